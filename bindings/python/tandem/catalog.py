"""The built-in domain catalog (tandem.h, "org: the built-in catalog").

A bilingual reading of the seed document on how the marketing department (市场部)
and the sales department (销售部) divide the work, compiled into the library:
departments and roles, responsibility areas and duties, lifecycle stages and their
marketing focus, the plans and reports the two departments owe each other, the
organisation models, capabilities, comparison dimensions, horizons and workflows.
Every entry has a stable id; texts come in "zh" or "en".

    >>> from tandem import catalog
    >>> catalog.text("lifecycle_introduction", "zh")
    '导入期'
    >>> [area.number for area in catalog.entries("marketing_areas")]
    [1, 2, 3, 4, 5]
    >>> catalog.count("marketing_duties"), catalog.count("sales_to_marketing_reports")
    (22, 9)
    >>> duty = catalog.entry(catalog.children("mkt_resp_market_analysis")[0])
    >>> duty.parent, duty.number, duty.kind
    ('mkt_resp_market_analysis', 1, 'marketing_duty')
    >>> catalog.field("flow_s2m_09_customer_feedback", "sender")
    'org_sales_department'

Lists, links, fields, flags and integers are chosen by name (docs/python.md, "The
domain catalog", lists them). An unknown id or a name that does not apply raises
InvalidArgument (a ValueError) naming it. The data is static: every function may
be called from any thread.
"""

from ctypes import byref, c_bool, c_int32, c_int64, c_size_t, create_string_buffer
from dataclasses import dataclass
from typing import Optional

from ._library import check, lib
from ._names import _names
from .errors import InvalidArgument

_languages = {}  # name -> tandem_lang, filled with names the library accepted


def _name(value, what):
    """A name or id as UTF-8 bytes for the C API."""
    if not isinstance(value, str):
        raise TypeError("%s must be a str, not %s" % (what, type(value).__name__))
    if "\0" in value:  # C would stop reading at the NUL and see another name
        raise InvalidArgument("%s contains a NUL character" % what)
    return value.encode("utf-8")


def _lang(name):
    """The tandem_lang of "zh" or "en" (any case), parsed by the library."""
    code = _languages.get(name)
    if code is None:
        out = c_int32()
        check(lib.tandem_lang_from_name(_name(name, "lang"), byref(out)))
        code = _languages[name] = out.value
    return code


def _read(function, *args):
    """Calls a snprintf-style C function; retries once at the size it asks for."""
    buffer, length = create_string_buffer(128), c_size_t()
    check(function(*args, buffer, len(buffer), byref(length)))
    if length.value >= len(buffer):
        buffer = create_string_buffer(length.value + 1)
        check(function(*args, buffer, len(buffer), byref(length)))
    return buffer.raw[:length.value].decode("utf-8")


# The integer that numbers an entry, by kind: "number" as the seed numbers them,
# "order" for positions in a progression.
_NUMBER = {"marketing_area": "number", "marketing_duty": "number", "information_flow": "number",
           "org_model": "number", "capability": "number", "comparison_dimension": "number",
           "lifecycle_stage": "order", "workflow_step": "order"}


@dataclass(frozen=True)
class Entry:
    """One catalog entry: what every kind has, plus its number or order if it has one.

    id        stable snake_case id, unique across the catalog
    kind      "org_unit", "role", "marketing_duty", "lifecycle_stage"...
    zh, en    its text in each language
    parent    the id of the entry it belongs to (a duty's area...), or None
    inferred  True when it is the cataloguer's reading rather than stated in the seed
    number    1-based number or order where the kind has one (0 for a flow that has
              none), else None
    """

    id: str
    kind: str
    zh: str
    en: str
    parent: Optional[str]
    inferred: bool
    number: Optional[int]

    def text(self, lang="en"):
        """The text in `lang` ("zh" or "en")."""
        _lang(lang)  # the same check and message as the library's functions
        return self.zh if lang.lower() == "zh" else self.en


def languages():
    """The language names, in the order of their pinned values: ("zh", "en")."""
    return _names(lib.tandem_lang_name)


def lists():
    """The names of the catalog's lists ("org_units", "roles", "marketing_duties"...)."""
    return _names(lib.tandem_catalog_list_name)


def info(name, lang="en"):
    """Catalog information: "id", "schema_version", "source_sha256" or "title" (in `lang`)."""
    return _read(lib.tandem_catalog_info, _name(name, "name"), _lang(lang))


def count(list_name):
    """The number of entries of a list."""
    out = c_size_t()
    check(lib.tandem_catalog_list_count(_name(list_name, "list"), byref(out)))
    return out.value


def ids(list_name):
    """The ids of a list's entries, in the seed's order."""
    encoded = _name(list_name, "list")
    return [_read(lib.tandem_catalog_list_id, encoded, index) for index in range(count(list_name))]


def entries(list_name):
    """A list's entries (Entry), in the seed's order."""
    return [entry(id_) for id_ in ids(list_name)]


def contains(id_):
    """Whether `id_` is in the catalog."""
    out = c_bool()
    check(lib.tandem_catalog_contains(_name(id_, "id"), byref(out)))
    return out.value


def kind(id_):
    """The kind of an entry: "org_unit", "role", "marketing_duty"..."""
    return _read(lib.tandem_catalog_kind, _name(id_, "id"))


def text(id_, lang="en"):
    """The text of any entry in `lang` ("zh" or "en")."""
    return _read(lib.tandem_catalog_text, _name(id_, "id"), _lang(lang))


def parent(id_):
    """The id of the entry `id_` belongs to (a duty's area, a step's workflow), or None."""
    found = _read(lib.tandem_catalog_parent, _name(id_, "id"))
    return found or None


def links(id_, link):
    """The ids `id_` is linked to by `link` ("children", "superiors", "focus"...)."""
    encoded, link_encoded = _name(id_, "id"), _name(link, "link")
    total = c_size_t()
    check(lib.tandem_catalog_link_count(encoded, link_encoded, byref(total)))
    return [_read(lib.tandem_catalog_link_id, encoded, link_encoded, index)
            for index in range(total.value)]


def children(id_):
    """The ids of the entries that belong to `id_`: the inverse of parent()."""
    return links(id_, "children")


def field(id_, name, lang="en"):
    """A text field of an entry ("description", "direction", "sender"...); "" if empty."""
    return _read(lib.tandem_catalog_field, _name(id_, "id"), _name(name, "field"), _lang(lang))


def flag(id_, name):
    """A flag of an entry ("inferred", "recommended_for_industrial"...)."""
    out = c_bool()
    check(lib.tandem_catalog_flag(_name(id_, "id"), _name(name, "flag"), byref(out)))
    return out.value


def integer(id_, name):
    """An integer of an entry ("number", "order", "months")."""
    out = c_int64()
    check(lib.tandem_catalog_integer(_name(id_, "id"), _name(name, "integer"), byref(out)))
    return out.value


def entry(id_):
    """The Entry with this id."""
    kind_ = kind(id_)
    number_name = _NUMBER.get(kind_)
    return Entry(id=id_, kind=kind_, zh=text(id_, "zh"), en=text(id_, "en"), parent=parent(id_),
                 inferred=flag(id_, "inferred"),
                 number=None if number_name is None else integer(id_, number_name))


__all__ = ["Entry", "languages", "lists", "info", "count", "ids", "entries", "contains", "kind",
           "text", "parent", "links", "children", "field", "flag", "integer", "entry"]
