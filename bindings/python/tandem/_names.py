"""Method, tie-rule and rounding names to their pinned C values, parsed by the library."""

from ctypes import byref, c_int32

from ._library import check, lib

_methods = {}
_tie_rules = {}

# Values pinned in capi/tandem.h (TANDEM_ROUND_*); the C API has no name parser for them.
ROUNDING = {"exact": 0, "down": 1, "up": 2, "floor": 3, "ceiling": 4, "half-up": 5,
            "half-down": 6, "half-even": 7}


def _parse(name, what, cache, parser):
    if not isinstance(name, str):
        raise TypeError("%s must be a str, not %s" % (what, type(name).__name__))
    code = cache.get(name)
    if code is None:
        out = c_int32()
        check(parser(name.encode("utf-8"), byref(out)))
        code = cache[name] = out.value  # only names the library accepted are cached
    return code


def method_code(name):
    """The tandem_method for a name or alias ("hamilton", "dhondt", "sainte_lague"...)."""
    return _parse(name, "method", _methods, lib.tandem_method_from_name)


def tie_rule_code(name):
    """The tandem_tie_rule for "input-order", "larger", "smaller", "error"..."""
    return _parse(name, "ties", _tie_rules, lib.tandem_tie_rule_from_name)


def rounding_code(name):
    """The tandem_rounding for "exact", "half-even"... ('_' may replace '-')."""
    if not isinstance(name, str):
        raise TypeError("rounding must be a str, not %s" % type(name).__name__)
    try:
        return ROUNDING[name.replace("_", "-")]
    except KeyError:
        from .errors import InvalidArgument
        raise InvalidArgument("unknown rounding %r; expected one of %s"
                              % (name, ", ".join(ROUNDING))) from None


def _names(describe):
    found, value = [], 0
    while True:
        name = describe(value)
        if name is None:
            return tuple(found)
        found.append(name.decode("ascii"))
        value += 1


def methods():
    """Canonical method names, in the order of their pinned values."""
    return _names(lib.tandem_method_name)


def tie_rules():
    """Canonical tie-rule names, in the order of their pinned values."""
    return _names(lib.tandem_tie_rule_name)


def method_name(code):
    name = lib.tandem_method_name(code)
    return None if name is None else name.decode("ascii")


def tie_rule_name(code):
    name = lib.tandem_tie_rule_name(code)
    return None if name is None else name.decode("ascii")
