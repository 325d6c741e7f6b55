"""Exact conversion between decimal text and integer units (tandem_decimal_parse/format)."""

from ctypes import byref, c_int64, c_size_t, create_string_buffer

from ._arrays import INT32_MAX, INT32_MIN, integer
from ._library import check, lib
from ._names import rounding_code
from .errors import ParseError


def parse_decimal(text, scale, rounding="exact", allow_negative=False):
    """Units of 10**-scale in `text`: parse_decimal("12.34", 2) == 1234.

    rounding: "exact" (an error unless the extra digits are zeros), "down", "up",
    "floor", "ceiling", "half-up", "half-down", "half-even".
    """
    if not isinstance(text, str):
        raise TypeError("text must be a str, not %s" % type(text).__name__)
    if "\0" in text:
        raise ParseError("text contains a NUL character")
    if not isinstance(allow_negative, bool):
        raise TypeError("allow_negative must be a bool")
    units = c_int64()
    check(lib.tandem_decimal_parse(text.encode("utf-8"), integer(scale, "scale", INT32_MIN,
                                                                 INT32_MAX),
                                   rounding_code(rounding), allow_negative, byref(units)))
    return units.value


def format_decimal(units, scale):
    """Exact text of `units` at `scale`: format_decimal(-5, 2) == "-0.05"."""
    units = integer(units, "units")
    scale = integer(scale, "scale", INT32_MIN, INT32_MAX)
    length = c_size_t()
    buffer = create_string_buffer(48)  # an int64 at scale 18 needs 21 bytes
    check(lib.tandem_decimal_format(units, scale, buffer, len(buffer), byref(length)))
    return buffer.raw[:length.value].decode("ascii")
