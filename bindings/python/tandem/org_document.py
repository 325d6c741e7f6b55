"""Organisation documents (tandem.h, "org: organisation documents"): one company's
organisation, fiscal calendar, flows, recurring duties, campaigns and deliveries as
JSON (schema in docs/org-format.md).

    schedule = tandem.load_org_document_file("company.json")
    tandem.classify_org_model(schedule.organisation())
    text = tandem.save_org_document(schedule)   # loads back to the same schedule

Loading validates everything and reports every problem, not only the first: the
InvalidArgument's message lists one problem per line, each as
"SOURCE: $.json.path: what is wrong". Nothing is returned unless the whole document
is valid.
"""

import os

from ._library import LoopSchedulePtr, lib
from .errors import InvalidArgument
from .loop import LoopSchedule
from .time import _create, _read_text


def org_document_schema_version():
    """The schema version this library writes and the newest it reads."""
    return lib.tandem_org_document_schema_version()


def load_org_document(text, source_name=None):
    """A LoopSchedule from a document: `text` is str or UTF-8 bytes; `source_name`
    names it in messages (None: "<memory>")."""
    if isinstance(text, str):
        data = text.encode("utf-8")
    elif isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
    else:
        raise TypeError("text must be a str or bytes, not %s" % type(text).__name__)
    if source_name is not None:
        if not isinstance(source_name, str):
            raise TypeError("source_name must be a str or None, not %s"
                            % type(source_name).__name__)
        if "\0" in source_name:
            raise InvalidArgument("source_name contains a NUL character")
        source_name = source_name.encode("utf-8")
    # The length is passed: the text need not end in NUL and may not contain one
    # that ends it early.
    return LoopSchedule(_handle=_create(lib.tandem_org_document_load, LoopSchedulePtr, data,
                                        len(data), source_name))


def load_org_document_file(path):
    """A LoopSchedule from the document in the file at `path` (str or os.PathLike;
    UTF-8, an optional BOM skipped); the path names it in messages."""
    path = os.fsencode(path)  # the file system's own bytes for a str path
    if b"\0" in path:
        raise InvalidArgument("path contains a NUL character")
    return LoopSchedule(_handle=_create(lib.tandem_org_document_load_file, LoopSchedulePtr,
                                        path))


def save_org_document(schedule):
    """The document of a LoopSchedule as str: deterministic, two-space indented,
    ending with a newline; load_org_document reads it back to an equal schedule."""
    if not isinstance(schedule, LoopSchedule):
        raise TypeError("schedule must be a tandem.LoopSchedule, not %s"
                        % type(schedule).__name__)
    with schedule._use() as handle:
        return _read_text(lib.tandem_org_document_save, handle)


__all__ = ["load_org_document", "load_org_document_file", "save_org_document",
           "org_document_schema_version"]
