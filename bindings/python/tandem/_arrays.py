"""Python values to C int64 arrays, without floats and, for buffers, without copies.

Integers are checked here because ctypes converts silently: c_int64(2**70) is 0
and c_int64(True) is 1. Lists and tuples are converted once into an
array.array('q'); objects exporting a C-contiguous int64 buffer (array.array('q'),
memoryview of format 'q' or 'l', a NumPy int64 array...) are passed to the C
library in place.
"""

import array
import ctypes
import operator
import sys
from ctypes import byref, c_int64

from ._library import Int64Ptr
from .errors import InvalidArgument, OutOfRange, Overflow

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1
INT32_MIN = -(2**31)
INT32_MAX = 2**31 - 1
NONE = INT64_MIN  # TANDEM_NONE: "no value" in a min, max or fixed array

# Buffer formats that are a native signed 64-bit integer.
_NATIVE_PREFIXES = ("", "@", "=", "<" if sys.byteorder == "little" else ">")
_INT64_FORMATS = frozenset(p + c for p in _NATIVE_PREFIXES for c in "ql")


def integer(value, what, low=INT64_MIN, high=INT64_MAX):
    """`value` as a Python int in [low, high]; TypeError for float, bool and non-integers."""
    if isinstance(value, bool):
        raise TypeError("%s must be an integer, not bool" % what)
    try:
        number = operator.index(value)
    except TypeError:
        raise TypeError("%s must be an integer, not %s" % (what, type(value).__name__)) from None
    if not low <= number <= high:
        if low == INT64_MIN and high == INT64_MAX:
            raise Overflow("%s = %d does not fit a 64-bit integer" % (what, number))
        raise OutOfRange("%s = %d is outside %d..%d" % (what, number, low, high))
    return number


def _buffer_view(value):
    """A memoryview of `value` if it exports a buffer, else None (lists, tuples, iterables)."""
    if isinstance(value, (list, tuple, str)):
        return None
    try:
        return memoryview(value)
    except TypeError:
        return None


class _PyBuffer(ctypes.Structure):
    """Py_buffer from CPython's Include/pybuffer.h (stable since Python 3.0)."""
    _fields_ = [("buf", ctypes.c_void_p), ("obj", ctypes.c_void_p), ("len", ctypes.c_ssize_t),
                ("itemsize", ctypes.c_ssize_t), ("readonly", ctypes.c_int), ("ndim", ctypes.c_int),
                ("format", ctypes.c_char_p), ("shape", ctypes.c_void_p),
                ("strides", ctypes.c_void_p), ("suboffsets", ctypes.c_void_p),
                ("internal", ctypes.c_void_p)]


_PyBUF_C_CONTIGUOUS = 0x0038
_get_buffer = ctypes.pythonapi.PyObject_GetBuffer
_get_buffer.argtypes = [ctypes.py_object, ctypes.POINTER(_PyBuffer), ctypes.c_int]
_get_buffer.restype = ctypes.c_int
_release_buffer = ctypes.pythonapi.PyBuffer_Release
_release_buffer.argtypes = [ctypes.POINTER(_PyBuffer)]
_release_buffer.restype = None


def _check_int64_view(view, what):
    """Refuses (and releases) a view that is not 1-D C-contiguous native int64."""
    if view.format not in _INT64_FORMATS or view.itemsize != 8:
        found = view.format
        view.release()
        raise TypeError("%s must hold 64-bit signed integers (array.array('q')), not buffer "
                        "format %r" % (what, found))
    if view.ndim != 1 or not view.c_contiguous:
        view.release()
        raise InvalidArgument("%s must be a one-dimensional contiguous buffer" % what)


def _mismatch(what, length, count):
    return InvalidArgument("%s has %d values but there are %d weights" % (what, length, count))


def buffer_pointer(value, view, what, releases, count=None, writable=False):
    """(pointer, count) for an int64 buffer, read in place; cleanups go to `releases`.

    A writable buffer is mapped with c_int64.from_buffer, which holds the buffer
    export (an array.array cannot be resized under the call) until the returned
    pointer is dropped. A read-only buffer cannot go through from_buffer, so it is
    exported with PyObject_GetBuffer and released through `releases` after the C
    call. Every check comes before the export, so a refused buffer stays free.
    """
    _check_int64_view(view, what)
    length, readonly = view.nbytes // 8, view.readonly
    view.release()
    if count is not None and length != count:
        raise _mismatch(what, length, count)
    if readonly and writable:
        raise TypeError("%s must be a writable buffer" % what)
    if length == 0:
        return None, 0
    if not readonly:
        return byref(c_int64.from_buffer(value)), length
    exported = _PyBuffer()
    _get_buffer(value, byref(exported), _PyBUF_C_CONTIGUOUS)
    releases.append(lambda: _release_buffer(byref(exported)))
    return ctypes.cast(exported.buf, Int64Ptr), length


def _first_bad(values, what):
    """Raises the precise error, naming the child, for the element array.array('q') refused."""
    for index, item in enumerate(values):
        try:
            integer(item, "%s[%d]" % (what, index))
        except Overflow as error:
            error.child = index
            raise
    raise AssertionError("unreachable: every element of %s is a valid int64" % what)


def _check_no_bool(values, what):
    # array.array('q') accepts True as 1; amounts and weights must be real integers.
    if bool in set(map(type, values)):
        index = next(i for i, item in enumerate(values) if isinstance(item, bool))
        raise TypeError("%s[%d] must be an integer, not bool" % (what, index))


def sequence_array(values, what):
    """An array.array('q') copy of a list or tuple of integers."""
    _check_no_bool(values, what)
    try:
        return array.array("q", values)
    except (TypeError, OverflowError):
        _first_bad(values, what)
        raise


def int64_input(values, what, releases):
    """(pointer, count) for weights: a buffer in place, or a sequence converted once."""
    view = _buffer_view(values)
    if view is not None:
        return buffer_pointer(values, view, what, releases)
    if not isinstance(values, (list, tuple)):
        values = list(values)
    converted = sequence_array(values, what)
    if not converted:
        return None, 0
    return byref(c_int64.from_buffer(converted)), len(converted)


def limit_input(values, what, count, releases):
    """Pointer for a min/max/fixed array (None stays NULL); None elements become TANDEM_NONE."""
    if values is None:
        return None
    view = _buffer_view(values)
    if view is not None:
        return buffer_pointer(values, view, what, releases, count)[0]
    if not isinstance(values, (list, tuple)):
        values = list(values)
    if len(values) != count:
        raise _mismatch(what, len(values), count)
    if NONE in values:  # in a list, TANDEM_NONE would silently mean "none"
        index = values.index(NONE)
        raise OutOfRange("%s[%d] is negative" % (what, index), child=index)
    if None in values:
        values = [NONE if item is None else item for item in values]
    converted = sequence_array(values, what)
    return byref(c_int64.from_buffer(converted)) if count else None


def output_pointer(out, count, releases):
    """(pointer, result) for the shares: `out` filled in place, or a new array.array('q')."""
    if out is None:
        result = array.array("q", [0]) * count
        return (byref(c_int64.from_buffer(result)) if count else None), result
    view = _buffer_view(out)
    if view is None:
        raise TypeError("out must be a writable int64 buffer such as array.array('q'), not %s"
                        % type(out).__name__)
    return buffer_pointer(out, view, "out", releases, count, writable=True)[0], out


def _address(pointer):
    if isinstance(pointer, Int64Ptr):
        return ctypes.cast(pointer, ctypes.c_void_p).value
    return ctypes.addressof(pointer._obj)  # byref(c_int64.from_buffer(...))


def check_no_overlap(out_pointer, count, inputs):
    """Refuses an `out` buffer that shares memory with an input array.

    The C API reads the inputs as const and promises nothing when the output
    aliases them, so allocate(total, a, out=a) is an argument error, not a gamble.
    """
    if out_pointer is None:
        return
    start = _address(out_pointer)
    for what, pointer in inputs:
        if pointer is not None and abs(_address(pointer) - start) < 8 * count:
            raise InvalidArgument("out shares memory with %s; pass a separate buffer" % what)
