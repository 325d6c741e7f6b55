"""Biproportional apportionment: a total split two ways at once (tandem.h, "alloc:
biproportional apportionment"; docs/biproportional.md states the method).

A matrix of rows (regions, sales units) by columns (product lines) is filled so that
every row and every column meets its own total exactly, each cell being its weight
divided by a row divisor and a column divisor and rounded by a divisor method. The
divisors come back as exact fractions.Fraction values: a certificate anyone can
check, and check_biproportional does.

    >>> import tandem
    >>> result = tandem.biproportional([5, 3], [4, 4], [[30, 10], [10, 20]])
    >>> result.shares
    [[3, 2], [1, 2]]
    >>> tandem.check_biproportional([5, 3], [4, 4], [[30, 10], [10, 20]], result.shares,
    ...                             result.row_divisors, result.column_divisors)
    >>> from fractions import Fraction
    >>> tandem.check_biproportional([5, 3], [4, 4], [[30, 10], [10, 20]], [[4, 1], [0, 3]],
    ...                             [1, Fraction(9, 5)], [10, 5])
    Traceback (most recent call last):
    ...
    tandem.errors.Infeasible: ...

Integers only: totals, weights and shares are ints (or int64 buffers), divisors are
Fraction, int, decimal.Decimal or "p/q" text, never float.
"""

import decimal
import fractions
import operator
from ctypes import byref, c_bool, c_char_p, c_int64, c_size_t
from dataclasses import dataclass
from typing import List

from ._arrays import (_INT64_FORMATS, buffer_pointer, int64_input, integer, output_pointer,
                      sequence_array)
from ._library import BiproportionalResultPtr, check, last_error, lib
from ._names import method_code
from .errors import InvalidArgument
from .time import _read_text


@dataclass(frozen=True)
class BiproportionalStats:
    """What one call took: alternating scaling passes, tie-and-transfer steps, and
    whether some step needed more than 128-bit arithmetic. For the curious and for
    benchmarks; the figures may change between releases, the shares may not."""

    scaling_passes: int
    transfer_steps: int
    used_multiprecision: bool


@dataclass(frozen=True)
class Biproportional:
    """The result of biproportional().

    shares           rows lists of columns ints: share[i][j], in the caller's units
    row_divisors     one Fraction per row, exact and positive
    column_divisors  one Fraction per column; share[i][j] / quantum is
                     weight[i][j] / (row_divisors[i] * column_divisors[j]) rounded by
                     the method (either way exactly on a signpost)
    tied             True if some positive cell lies exactly on a signpost: another
                     apportionment meeting the same totals may exist, and this one was
                     chosen by the deterministic tie order (earlier rows, then columns)
    stats            a BiproportionalStats
    """

    shares: List[List[int]]
    row_divisors: List[fractions.Fraction]
    column_divisors: List[fractions.Fraction]
    tied: bool
    stats: BiproportionalStats

    @property
    def rows(self):
        return len(self.row_divisors)

    @property
    def columns(self):
        return len(self.column_divisors)

    def flat_shares(self):
        """The shares row-major in one list (cell (i, j) at i * columns + j)."""
        return [share for row in self.shares for share in row]


def _is_integer(value):
    try:
        operator.index(value)
    except TypeError:
        return False
    return not isinstance(value, bool)


def _buffer_matrix(values, what, rows, columns, releases):
    """(pointer, True) for an int64 buffer of rows * columns values read in place
    (1-D row-major, or 2-D C-contiguous of that shape, e.g. a NumPy int64 matrix);
    (None, False) if `values` is not a buffer."""
    cells = rows * columns
    if isinstance(values, (list, tuple, str)):
        return None, False
    try:
        view = memoryview(values)
    except TypeError:
        return None, False
    if view.ndim == 2 and view.c_contiguous and view.format in _INT64_FORMATS:
        if view.shape != (rows, columns):
            shape = view.shape
            view.release()
            raise InvalidArgument("%s has shape %d x %d but there are %d rows and %d columns"
                                  % (what, shape[0], shape[1], rows, columns))
        flat = view.cast("B").cast("q")  # the same memory, one-dimensional
        view.release()
        values, view = flat, memoryview(flat)
    pointer, length = buffer_pointer(values, view, what, releases)
    if length != cells:
        raise InvalidArgument("%s has %d values but rows * columns is %d" % (what, length, cells))
    return pointer, True


def _matrix(values, what, rows, columns, releases):
    """Pointer to `values` as rows x columns int64, row-major.

    Accepts a list of rows (each a sequence of `columns` ints), a flat sequence of
    rows * columns ints, or an int64 buffer (read in place)."""
    cells = rows * columns
    pointer, done = _buffer_matrix(values, what, rows, columns, releases)
    if done:
        return pointer
    if not isinstance(values, (list, tuple)):
        values = list(values)
    if values and not _is_integer(values[0]):
        if len(values) != rows:
            raise InvalidArgument("%s has %d rows but there are %d row totals"
                                  % (what, len(values), rows))
        flat = []
        for index, row in enumerate(values):
            if isinstance(row, (str, bytes)) or not hasattr(row, "__len__"):
                raise TypeError("%s[%d] must be a sequence of integers, not %s"
                                % (what, index, type(row).__name__))
            if len(row) != columns:
                raise InvalidArgument("%s[%d] has %d values but there are %d column totals"
                                      % (what, index, len(row), columns))
            flat.extend(row)
        values = flat
    elif len(values) != cells:
        raise InvalidArgument("%s has %d values but rows * columns is %d"
                              % (what, len(values), cells))
    converted = sequence_array(values, what)
    # from_buffer keeps `converted` alive for as long as the pointer lives.
    return byref(c_int64.from_buffer(converted)) if cells else None


def _divisor_text(value, what):
    """Exact "p/q" (or "p") text of a divisor: Fraction, int, Decimal or str."""
    if isinstance(value, str):
        if "\0" in value:
            raise InvalidArgument("%s contains a NUL character" % what)
        return value.encode("ascii", "replace")  # anything not ASCII is malformed anyway
    if isinstance(value, float) or isinstance(value, bool):
        raise TypeError("%s must be exact (Fraction, int, Decimal or 'p/q'), not %s"
                        % (what, type(value).__name__))
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise InvalidArgument("%s must be finite, got %s" % (what, value))
        value = fractions.Fraction(value)
    if isinstance(value, fractions.Fraction):
        return str(value).encode("ascii")
    try:
        return str(operator.index(value)).encode("ascii")  # any size: divisors are not int64
    except TypeError:
        raise TypeError("%s must be exact (Fraction, int, Decimal or 'p/q'), not %s"
                        % (what, type(value).__name__)) from None


def _divisors(values, what, count):
    values = list(values)
    if len(values) != count:
        raise InvalidArgument("%s has %d values but there are %d %s"
                              % (what, len(values), count, what.split("_")[0] + "s"))
    return (c_char_p * count)(*[_divisor_text(value, "%s[%d]" % (what, index))
                                for index, value in enumerate(values)])


def _totals(row_totals, column_totals, releases):
    rows_ptr, rows = int64_input(row_totals, "row_totals", releases)
    columns_ptr, columns = int64_input(column_totals, "column_totals", releases)
    return rows_ptr, rows, columns_ptr, columns


def biproportional(row_totals, column_totals, weights, method="webster", quantum=1):
    """Apportions a rows x columns matrix; returns a Biproportional.

    row_totals, column_totals  ints >= 0 (or int64 buffers) with equal sums
    weights    rows x columns ints >= 0: a list of rows, a flat row-major sequence,
               or an int64 buffer (1-D row-major, or 2-D C-contiguous) read in place.
               A cell of weight 0 gets 0.
    method     a divisor method name ("webster", the default; "jefferson"/"dhondt",
               "adams", "dean", "huntington-hill", "modified-sainte-lague");
               "hamilton" has no divisors and raises InvalidArgument
    quantum    every share is a whole multiple of it (totals must be too)

    Raises InvalidArgument (shapes, method, quantum), OutOfRange (a negative total or
    weight), Infeasible (unequal sums, a total not a multiple of the quantum, totals
    the zero weights make impossible; the message names rows and columns), Overflow.
    The error's .child is a row index, or len(row_totals) + j for column j.
    """
    code = method_code(method)
    quantum = integer(quantum, "quantum")
    releases = []
    rows_ptr = columns_ptr = weights_ptr = None
    try:
        rows_ptr, rows, columns_ptr, columns = _totals(row_totals, column_totals, releases)
        weights_ptr = _matrix(weights, "weights", rows, columns, releases)
        handle = BiproportionalResultPtr()
        status = lib.tandem_biproportional(rows_ptr, rows, columns_ptr, columns, weights_ptr, code,
                                           quantum, byref(handle))
        failure = None if status == 0 else last_error(status)
    finally:
        rows_ptr = columns_ptr = weights_ptr = None
        for release in releases:
            release()
    if failure is not None:
        raise failure
    try:
        return _read_result(handle, rows, columns)
    finally:
        lib.tandem_biproportional_result_destroy(handle)


def _read_result(handle, rows, columns):
    shares_ptr, flat = output_pointer(None, rows * columns, [])
    check(lib.tandem_biproportional_result_copy_shares(handle, shares_ptr, rows * columns))
    passes, steps, multiprecision = c_size_t(), c_size_t(), c_bool()
    check(lib.tandem_biproportional_result_stats(handle, byref(passes), byref(steps),
                                                 byref(multiprecision)))
    return Biproportional(
        shares=[list(flat[i * columns:(i + 1) * columns]) for i in range(rows)],
        row_divisors=[fractions.Fraction(_read_text(lib.tandem_biproportional_result_row_divisor,
                                                    handle, i)) for i in range(rows)],
        column_divisors=[fractions.Fraction(
            _read_text(lib.tandem_biproportional_result_column_divisor, handle, j))
            for j in range(columns)],
        tied=bool(lib.tandem_biproportional_result_tied(handle)),
        stats=BiproportionalStats(scaling_passes=passes.value, transfer_steps=steps.value,
                                  used_multiprecision=bool(multiprecision.value)))


def check_biproportional(row_totals, column_totals, weights, shares, row_divisors,
                         column_divisors, method="webster", quantum=1):
    """Checks a certificate independently of how it was found; returns None when it
    holds, raises Infeasible naming the first row, column or cell that fails.

    shares is rows x columns like weights; the divisors are one per row and one per
    column, each a Fraction, int, decimal.Decimal or "p/q" text (ParseError if
    malformed; float is a TypeError). A zero or negative divisor is Infeasible.
    """
    code = method_code(method)
    quantum = integer(quantum, "quantum")
    releases = []
    rows_ptr = columns_ptr = weights_ptr = shares_ptr = None
    try:
        rows_ptr, rows, columns_ptr, columns = _totals(row_totals, column_totals, releases)
        weights_ptr = _matrix(weights, "weights", rows, columns, releases)
        shares_ptr = _matrix(shares, "shares", rows, columns, releases)
        row_texts = _divisors(row_divisors, "row_divisors", rows)
        column_texts = _divisors(column_divisors, "column_divisors", columns)
        status = lib.tandem_biproportional_check(rows_ptr, rows, columns_ptr, columns, weights_ptr,
                                                 shares_ptr, row_texts, column_texts, code, quantum)
        failure = None if status == 0 else last_error(status)
    finally:
        rows_ptr = columns_ptr = weights_ptr = shares_ptr = None
        for release in releases:
            release()
    if failure is not None:
        raise failure


__all__ = ["Biproportional", "BiproportionalStats", "biproportional", "check_biproportional"]
