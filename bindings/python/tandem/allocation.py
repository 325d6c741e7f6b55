"""allocate() and allocate_decimal(): exact apportionment through the C API."""

import decimal
from ctypes import byref, c_char_p, c_size_t, create_string_buffer

from ._arrays import (INT32_MAX, INT32_MIN, check_no_overlap, int64_input, integer,
                      limit_input, output_pointer)
from ._library import AllocationPtr, check, last_error, lib
from .errors import InvalidArgument, ParseError
from .options import Options


def _settings(options, method, quantum, ties):
    """(options to use, temporary Options to close or None) for one call."""
    given = method is not None or quantum is not None or ties is not None
    if options is not None:
        if given:
            raise TypeError("pass method, quantum and ties either as arguments or in options, "
                            "not both")
        if not isinstance(options, Options):
            raise TypeError("options must be a tandem.Options, not %s" % type(options).__name__)
        return options, None
    if not given:
        return None, None  # NULL options: the library's defaults
    temporary = Options("hamilton" if method is None else method, 1 if quantum is None else quantum,
                        "input-order" if ties is None else ties)
    return temporary, temporary


def _call(options, function, *args):
    """Calls `function(handle, *args)` holding the options' lock.

    Returns None on success, else the exception to raise, built at once: the
    library's last-error details are only valid until its next call on this thread.
    The caller raises it after dropping its buffer pointers, so that a traceback
    kept by the host does not keep the host's arrays exported (and unresizable).
    """
    if options is None:
        status = function(None, *args)
    else:
        with options._lock:
            status = function(options._live(), *args)
    return None if status == 0 else last_error(status)


def allocate(total, weights, method=None, *, min=None, max=None, fixed=None, quantum=None,
             ties=None, options=None, out=None):
    """Splits the integer `total` among children in proportion to integer `weights`.

    Returns the shares as a list of ints summing exactly to `total`, or fills `out`
    (a writable int64 buffer such as array.array('q') of len(weights)) in place and
    returns it. `method` (default "hamilton"), `quantum` (default 1) and `ties`
    (default "input-order") may instead come from an Options; `min`, `max` and
    `fixed` are None or one entry per child, None where a child has none. Weights
    and limits may be int64 buffers (array.array('q'), memoryview 'q'), which are
    read in place. Floats and bools are refused with TypeError.
    """
    total = integer(total, "total")
    settings, temporary = _settings(options, method, quantum, ties)
    releases = []
    weights_ptr = min_ptr = max_ptr = fixed_ptr = shares_ptr = None
    try:
        weights_ptr, count = int64_input(weights, "weights", releases)
        min_ptr = limit_input(min, "min", count, releases)
        max_ptr = limit_input(max, "max", count, releases)
        fixed_ptr = limit_input(fixed, "fixed", count, releases)
        shares_ptr, result = output_pointer(out, count, releases)
        if out is not None:
            check_no_overlap(shares_ptr, count, (("weights", weights_ptr), ("min", min_ptr),
                                                 ("max", max_ptr), ("fixed", fixed_ptr)))
        failure = _call(settings, lib.tandem_apportion, total, weights_ptr, count, min_ptr,
                        max_ptr, fixed_ptr, shares_ptr)
    finally:
        weights_ptr = min_ptr = max_ptr = fixed_ptr = shares_ptr = None
        for release in releases:
            release()
        if temporary is not None:
            temporary.close()
    if failure is not None:
        raise failure
    return result.tolist() if out is None else out


def _text(value, what, child=None):
    """Decimal text as bytes from a str, an int or a decimal.Decimal (never a float)."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, decimal.Decimal):
        text = format(value, "f")  # plain digits, never an exponent
    elif isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    else:
        raise TypeError("%s must be decimal text (str), not %s" % (what, type(value).__name__))
    if "\0" in text:  # C would stop reading at the NUL and see another number
        raise ParseError("%s contains a NUL character" % what, child=child)
    return text.encode("utf-8")


def _texts(values, what, count=None):
    """A C array of `count` strings; None (and "") mean "no value" in limits."""
    if values is None:
        return None, 0
    if isinstance(values, (str, bytes)) or not hasattr(values, "__iter__"):
        raise TypeError("%s must be a sequence of decimal strings" % what)
    values = list(values)
    if count is not None and len(values) != count:
        raise InvalidArgument("%s has %d values but there are %d weights"
                              % (what, len(values), count))
    encoded = [None if (item is None and count is not None)
               else _text(item, "%s[%d]" % (what, index), index)
               for index, item in enumerate(values)]
    return (c_char_p * len(encoded))(*encoded), len(encoded)


def _decimal_shares(allocation):
    count = lib.tandem_allocation_count(allocation)
    buffer, capacity, length = create_string_buffer(48), 48, c_size_t()
    shares = []
    for index in range(count):
        check(lib.tandem_allocation_decimal(allocation, index, buffer, capacity, byref(length)))
        if length.value >= capacity:  # cut: retry at the size the library asked for
            capacity = length.value + 1
            buffer = create_string_buffer(capacity)
            check(lib.tandem_allocation_decimal(allocation, index, buffer, capacity,
                                                byref(length)))
        shares.append(buffer.raw[:length.value].decode("ascii"))
    return shares


def allocate_decimal(total, weights, scale, method=None, *, min=None, max=None, fixed=None,
                     quantum=None, ties=None, options=None):
    """Splits a decimal `total` among decimal `weights`; returns exact decimal strings.

    Amounts (total, min, max, fixed) have at most `scale` decimal places and are
    never rounded; weights may have any precision. Values are str (or int or
    decimal.Decimal, converted exactly). The quantum counts units of the scale:
    quantum=100 at scale 2 gives shares in whole units.
        allocate_decimal("10.00", ["1", "1", "1"], 2) == ["3.34", "3.33", "3.33"]
    """
    total_text = _text(total, "total")
    scale = integer(scale, "scale", INT32_MIN, INT32_MAX)
    if weights is None:
        raise TypeError("weights must be a sequence of decimal strings, not None")
    weight_texts, count = _texts(weights, "weights")
    min_texts, _ = _texts(min, "min", count)
    max_texts, _ = _texts(max, "max", count)
    fixed_texts, _ = _texts(fixed, "fixed", count)
    settings, temporary = _settings(options, method, quantum, ties)
    allocation = AllocationPtr()
    try:
        failure = _call(settings, lib.tandem_apportion_decimal, total_text, scale, weight_texts,
                        count, min_texts, max_texts, fixed_texts, byref(allocation))
        if failure is not None:
            raise failure
        return _decimal_shares(allocation)
    finally:
        lib.tandem_allocation_destroy(allocation)  # NULL (on failure) does nothing
        if temporary is not None:
            temporary.close()
