"""Fiscal calendars, working days and spreading targets over time (tandem.h, time section).

    >>> import tandem
    >>> fy = tandem.FiscalCalendar.fiscal(4)            # years from 1 April
    >>> quarters = tandem.periods(fy, "2027-04-01", "2028-03-31", "quarter")
    >>> [p.label for p in quarters]
    ['FY2028 Q1', 'FY2028 Q2', 'FY2028 Q3', 'FY2028 Q4']
    >>> tandem.spread(1000, quarters)
    [250, 250, 250, 250]
    >>> tandem.spread(1000, quarters, "key", values={"FY2028 Q1": "10", "FY2028 Q2": "20",
    ...                                              "FY2028 Q3": "30", "FY2028 Q4": "40"})
    [100, 200, 300, 400]

Dates are datetime.date objects or "YYYY-MM-DD" text going in, datetime.date coming
out. Amounts are ints in the smallest unit (spread_decimal takes decimal text).
Every handle is freed by close(), by a with block, or when garbage collected.
"""

import contextlib
import datetime
import threading
from collections import namedtuple
from ctypes import byref, c_bool, c_char_p, c_int32, c_int64, c_size_t, create_string_buffer

from ._arrays import INT32_MAX, INT32_MIN, NONE, integer, sequence_array
from ._library import (FiscalCalendarPtr, PeriodsPtr, SpreadOptionsPtr, TargetSeriesPtr,
                       WorkingCalendarPtr, check, last_error, lib)
from ._names import _names
from .allocation import _settings, _text
from .decimals import format_decimal, parse_decimal
from .errors import InvalidArgument, ParseError

_DATE_SIZE = 11  # TANDEM_DATE_SIZE

# Values pinned in capi/tandem.h; names the C API does not parse itself. '_' may
# replace '-' in every name.
_NAMING = {"end-year": 0, "start-year": 1}
_PATTERNS = {"4-4-5": 0, "4-5-4": 1, "5-4-4": 2}
_YEAR_END = {"last": 0, "last-weekday": 0, "nearest": 1, "nearest-weekday": 1}
_WEEKDAYS = {name: number for number, names in enumerate(
    (("monday", "mon"), ("tuesday", "tue"), ("wednesday", "wed"), ("thursday", "thu"),
     ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")), start=1) for name in names}
_KEY_UNITS = {"weights": 0, "percent": 1}
_MATCHES = {"label": 0, "position": 1}
_ZERO = {"error": 0, "even": 1, "calendar-days": 2}
_DAY_BASIS = {"calendar-days": 0, "working-days": 1}
_SHORTFALL = {"spread": 0, "carry": 1}
_SURPLUS = {"spread": 0, "bank": 1}


def _choice(name, table, what):
    """The pinned value of `name` in `table` (any case, '_' for '-')."""
    if not isinstance(name, str):
        raise TypeError("%s must be a str, not %s" % (what, type(name).__name__))
    try:
        return table[name.lower().replace("_", "-")]
    except KeyError:
        raise InvalidArgument("unknown %s %r; expected one of %s"
                              % (what, name, ", ".join(table))) from None


def _library_name(name, parser, what):
    """A name parsed by the C library (period kinds, spread bases)."""
    if not isinstance(name, str):
        raise TypeError("%s must be a str, not %s" % (what, type(name).__name__))
    if "\0" in name:
        raise InvalidArgument("%s contains a NUL character" % what)
    code = c_int32()
    check(parser(name.encode("utf-8"), byref(code)))
    return code.value


def _kind(name):
    return _library_name(name, lib.tandem_period_kind_from_name, "kind")


def _basis(name):
    return _library_name(name, lib.tandem_spread_basis_from_name, "basis")


def _weekday(day):
    if isinstance(day, str):
        return _choice(day, _WEEKDAYS, "weekday")
    return integer(day, "weekday", 1, 7)


def _date_text(value, what):
    """b"YYYY-MM-DD" for a datetime.date or text (checked by the library)."""
    if isinstance(value, datetime.datetime):
        raise TypeError("%s must be a date, not a datetime (dates carry no time of day)" % what)
    if isinstance(value, datetime.date):
        return value.isoformat().encode("ascii")
    if isinstance(value, str):
        if "\0" in value:
            raise ParseError("%s contains a NUL character" % what)
        return value.encode("utf-8")
    raise TypeError("%s must be a datetime.date or 'YYYY-MM-DD' text, not %s"
                    % (what, type(value).__name__))


def _read_dates(function, *args):
    """Calls a C function writing two dates; returns them as datetime.date."""
    first, last = create_string_buffer(_DATE_SIZE), create_string_buffer(_DATE_SIZE)
    check(function(*args, first, _DATE_SIZE, last, _DATE_SIZE))
    return (datetime.date.fromisoformat(first.value.decode("ascii")),
            datetime.date.fromisoformat(last.value.decode("ascii")))


def _read_text(function, *args):
    """Calls a snprintf-style C function; retries once at the size it asks for."""
    buffer, length = create_string_buffer(64), c_size_t()
    check(function(*args, buffer, len(buffer), byref(length)))
    if length.value >= len(buffer):
        buffer = create_string_buffer(length.value + 1)
        check(function(*args, buffer, len(buffer), byref(length)))
    return buffer.raw[:length.value].decode("utf-8")


class _Handle:
    """Owns one C handle: close() (or a with block, or garbage collection) frees it."""

    _kind_name = "handle"

    def __init__(self, handle, destroy):
        self._handle = handle
        self._destroy = destroy
        self._lock = threading.Lock()

    @property
    def closed(self):
        return self._handle is None

    def _live(self):
        if self._handle is None:
            raise ValueError("tandem.%s is closed" % self._kind_name)
        return self._handle

    @contextlib.contextmanager
    def _use(self):
        """The live handle, locked for one C call: close() on another thread waits."""
        with self._lock:
            yield self._live()

    def close(self):
        """Frees the C handle. Safe to call more than once."""
        with self._lock:
            handle, self._handle = self._handle, None
        if handle is not None:
            self._destroy(handle)

    def __enter__(self):
        self._live()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        if getattr(self, "_handle", None) is not None:
            self.close()


def _create(function, pointer_type, *args):
    handle = pointer_type()
    check(function(*args, byref(handle)))
    return handle


class FiscalCalendar(_Handle):
    """How years divide into halves, quarters, months and weeks, and their labels.

    Build one with FiscalCalendar.gregorian(), .fiscal(month, day, naming) or
    .retail(pattern, end_month, end_weekday, rule, naming). Immutable.
    """

    _kind_name = "FiscalCalendar"

    def __init__(self, _handle):
        if not isinstance(_handle, FiscalCalendarPtr):
            raise TypeError("use FiscalCalendar.gregorian(), .fiscal() or .retail()")
        super().__init__(_handle, lib.tandem_fiscal_calendar_destroy)

    @classmethod
    def gregorian(cls):
        """The calendar year: "2027", "2027 Q2", "2027-04", "2027-W14"."""
        return cls(_create(lib.tandem_fiscal_calendar_create_gregorian, FiscalCalendarPtr))

    @classmethod
    def fiscal(cls, month, day=1, naming="end-year"):
        """A fiscal year starting on month/day (day 1..28), named by its "end-year"
        (2026-07-01..2027-06-30 is FY2027) or its "start-year" (Japan's nendo)."""
        return cls(_create(lib.tandem_fiscal_calendar_create_fiscal, FiscalCalendarPtr,
                           integer(month, "month", INT32_MIN, INT32_MAX),
                           integer(day, "day", INT32_MIN, INT32_MAX),
                           _choice(naming, _NAMING, "naming")))

    @classmethod
    def retail(cls, pattern="4-5-4", end_month=1, end_weekday="saturday", rule="nearest",
               naming="end-year"):
        """A 52/53-week retail calendar ("4-4-5", "4-5-4", "5-4-4") whose years end on
        `end_weekday` in or near `end_month`: rule "last" (the last such weekday of the
        month) or "nearest" (the one nearest the month's end; the NRF calendar is
        retail("4-5-4", 1, "saturday", "nearest", "start-year"))."""
        return cls(_create(lib.tandem_fiscal_calendar_create_retail, FiscalCalendarPtr,
                           _choice(pattern, _PATTERNS, "pattern"),
                           integer(end_month, "end_month", INT32_MIN, INT32_MAX),
                           _weekday(end_weekday), _choice(rule, _YEAR_END, "rule"),
                           _choice(naming, _NAMING, "naming")))

    def year(self, year):
        """(first day, last day) of fiscal year `year` (the number in its label)."""
        year = integer(year, "year", INT32_MIN, INT32_MAX)
        with self._use() as handle:
            return _read_dates(lib.tandem_fiscal_calendar_year, handle, year)

    def year_of(self, day):
        """The number of the fiscal year containing `day`."""
        out, day = c_int32(), _date_text(day, "day")
        with self._use() as handle:
            check(lib.tandem_fiscal_calendar_year_of(handle, day, byref(out)))
        return out.value

    def describe(self):
        """One line: "fiscal year from 04-01 (named by end year)"."""
        with self._use() as handle:
            return _read_text(lib.tandem_fiscal_calendar_describe, handle)

    def periods(self, first, last, kind="month"):
        """The same as tandem.periods(self, first, last, kind)."""
        return periods(self, first, last, kind)

    def __repr__(self):
        if self.closed:
            return "<tandem.FiscalCalendar closed>"
        return "<tandem.FiscalCalendar %s>" % self.describe()


def _weekend_mask(weekend):
    if isinstance(weekend, str):
        weekend = [part.strip() for part in weekend.split(",") if part.strip()]
    mask = 0
    for day in weekend:
        bit = 1 << (_weekday(day) - 1)
        if mask & bit:
            raise InvalidArgument("weekend names %r twice" % (day,))
        mask |= bit
    return mask


class WorkingCalendar(_Handle):
    """Which days are working days: a weekend, holidays, and make-up working days
    that turn a weekend day into a working day (as in mainland China's schedules).

        cal = WorkingCalendar()                       # Saturday-Sunday weekend
        cal = WorkingCalendar(weekend=("fri", "sat"))
        cal = WorkingCalendar.load("examples/calendars/cn-2026.csv")
    """

    _kind_name = "WorkingCalendar"

    def __init__(self, weekend=("saturday", "sunday"), _handle=None):
        if _handle is None:
            _handle = _create(lib.tandem_working_calendar_create, WorkingCalendarPtr,
                              _weekend_mask(weekend))
        super().__init__(_handle, lib.tandem_working_calendar_destroy)

    @classmethod
    def load(cls, path, weekend=("saturday", "sunday")):
        """Reads a CSV file "date,kind[,name]" (kind "holiday" or "workday"). Errors
        name "<path>:<line>" and the column; .child is the zero-based data row."""
        path = str(path)
        if "\0" in path:
            raise InvalidArgument("path contains a NUL character")
        handle = _create(lib.tandem_working_calendar_load_csv, WorkingCalendarPtr,
                         path.encode("utf-8"), _weekend_mask(weekend))
        return cls(_handle=handle)

    def _add(self, function, day, name):
        if name is not None and not isinstance(name, str):
            raise TypeError("name must be a str or None, not %s" % type(name).__name__)
        if name is not None and "\0" in name:
            raise InvalidArgument("name contains a NUL character")
        day = _date_text(day, "day")
        with self._use() as handle:
            check(function(handle, day, None if name is None else name.encode("utf-8")))

    def add_holiday(self, day, name=None):
        """Lists `day` as a holiday (InvalidArgument if it is already listed)."""
        self._add(lib.tandem_working_calendar_add_holiday, day, name)

    def add_workday(self, day, name=None):
        """Lists `day` as a make-up working day; it must be a weekend day."""
        self._add(lib.tandem_working_calendar_add_workday, day, name)

    def is_working_day(self, day):
        out = c_bool()
        day = _date_text(day, "day")
        with self._use() as handle:
            check(lib.tandem_working_calendar_is_working_day(handle, day, byref(out)))
        return out.value

    def working_days(self, first, last):
        """Working days from `first` to `last`, both included."""
        out = c_int64()
        first, last = _date_text(first, "first"), _date_text(last, "last")
        with self._use() as handle:
            check(lib.tandem_working_calendar_working_days(handle, first, last, byref(out)))
        return out.value


Period = namedtuple("Period", "label first last full_first full_last partial")
Period.__doc__ = """One period: its label, the dates inside the requested range (first,
last), the whole period (full_first, full_last), and whether it is cut (partial)."""


class Periods(list):
    """The list of Period that periods() returns, holding the C handle that spread(),
    TargetSeries and respread() use. Immutable in C: changing the list changes
    nothing there."""

    def __init__(self, handle, items):
        super().__init__(items)
        self._owner = _Handle(handle, lib.tandem_periods_destroy)
        self._owner._kind_name = "Periods"

    def _use(self):
        return self._owner._use()

    @property
    def labels(self):
        return [period.label for period in self]

    def close(self):
        self._owner.close()


def periods(calendar, first, last, kind="month"):
    """The periods of `kind` ("year", "half", "quarter", "month", "week", "day") of a
    FiscalCalendar that tile first..last (both included), the first and last cut to
    the range when it does not start or end on a boundary."""
    if not isinstance(calendar, FiscalCalendar):
        raise TypeError("calendar must be a tandem.FiscalCalendar, not %s"
                        % type(calendar).__name__)
    first, last, kind = _date_text(first, "first"), _date_text(last, "last"), _kind(kind)
    with calendar._use() as calendar_handle:
        handle = _create(lib.tandem_periods_create, PeriodsPtr, calendar_handle, first, last,
                         kind)
    try:
        items, partial = [], c_bool()
        for index in range(lib.tandem_periods_count(handle)):
            label = _read_text(lib.tandem_periods_label, handle, index)
            span = _read_dates(lib.tandem_periods_span, handle, index)
            full = _read_dates(lib.tandem_periods_full, handle, index)
            check(lib.tandem_periods_is_partial(handle, index, byref(partial)))
            items.append(Period(label, span[0], span[1], full[0], full[1], partial.value))
    except BaseException:
        lib.tandem_periods_destroy(handle)
        raise
    return Periods(handle, items)


def _check_periods(value):
    if not isinstance(value, Periods):
        raise TypeError("periods must come from tandem.periods(), not %s" % type(value).__name__)
    return value


def _values(values):
    """(labels, texts, count) C arrays from {label: value} or (label, value) pairs."""
    pairs = list(values.items()) if isinstance(values, dict) else list(values)
    labels, texts = [], []
    for index, pair in enumerate(pairs):
        try:
            label, value = pair
        except (TypeError, ValueError):
            raise TypeError("values[%d] must be a (label, value) pair" % index) from None
        if not isinstance(label, str):
            raise TypeError("values[%d]: the label must be a str, not %s"
                            % (index, type(label).__name__))
        if "\0" in label:
            raise InvalidArgument("values[%d]: the label contains a NUL character" % index,
                                  child=index)
        labels.append(label.encode("utf-8"))
        texts.append(_text(value, "values[%d]" % index, index))
    count = len(pairs)
    return (c_char_p * count)(*labels), (c_char_p * count)(*texts), count


def _limits(values, what, labels):
    """One int64 per period (TANDEM_NONE for none) from a list or a {label: value} dict."""
    if values is None:
        return None
    if isinstance(values, dict):
        unknown = [label for label in values if label not in labels]
        if unknown:
            raise InvalidArgument("%s names %r, which is not a period" % (what, unknown[0]))
        values = [values.get(label) for label in labels]
    else:
        values = list(values)
        if len(values) != len(labels):
            raise InvalidArgument("%s has %d values but there are %d periods"
                                  % (what, len(values), len(labels)))
    if NONE in values:  # in a list, TANDEM_NONE would silently mean "none"
        index = values.index(NONE)
        raise InvalidArgument("%s[%d] is INT64_MIN, which means no value; use None" % (what, index),
                              child=index)
    return sequence_array([NONE if item is None else item for item in values], what)


def _pointer(converted):
    return None if not converted else byref(c_int64.from_buffer(converted))


class _SpreadSettings:
    """A tandem_spread_options handle built for one call, destroyed after it."""

    def __init__(self, basis, calendar, values, unit, when_zero, method, quantum, ties, options,
                 match="label"):
        self._keep = []  # Python objects the C handle borrows during the call
        self.handle = None
        rounding, self._temporary = _settings(options, method, quantum, ties)
        try:
            self.handle = _create(lib.tandem_spread_options_create, SpreadOptionsPtr)
            if basis is not None:
                check(lib.tandem_spread_options_set_basis(self.handle, _basis(basis)))
            if rounding is not None:
                with rounding._lock:
                    check(lib.tandem_spread_options_set_rounding(self.handle, rounding._live()))
            if calendar is not None:
                if not isinstance(calendar, WorkingCalendar):
                    raise TypeError("calendar must be a tandem.WorkingCalendar, not %s"
                                    % type(calendar).__name__)
                check(lib.tandem_spread_options_set_working_calendar(self.handle,
                                                                     calendar._live()))
                self._keep.append(calendar)
            if values is not None:
                labels, texts, count = _values(values)
                check(lib.tandem_spread_options_set_values(self.handle, labels, texts, count))
            check(lib.tandem_spread_options_set_key_unit(self.handle,
                                                         _choice(unit, _KEY_UNITS, "unit")))
            check(lib.tandem_spread_options_set_match(self.handle,
                                                      _choice(match, _MATCHES, "match")))
            check(lib.tandem_spread_options_set_zero_policy(self.handle,
                                                            _choice(when_zero, _ZERO, "when_zero")))
        except BaseException:
            self.close()
            raise

    def locked(self):
        """The working calendar's lock, held while C reads it (or a no-op). Taken
        before any other handle's lock, everywhere, so that no two calls deadlock."""
        return self._keep[0]._use() if self._keep else _NO_LOCK

    def close(self):
        if self.handle is not None:
            lib.tandem_spread_options_destroy(self.handle)
            self.handle = None
        if self._temporary is not None:
            self._temporary.close()
            self._temporary = None


class _NoLock:
    """Stands in for a missing working calendar: no lock, a NULL handle."""

    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


_NO_LOCK = _NoLock()


def spread(total, periods, basis="even", *, calendar=None, values=None, unit="weights",
           when_zero="error", min=None, max=None, fixed=None, method=None, quantum=None,
           ties=None, options=None, match="label"):
    """Spreads the integer `total` over `periods`; returns one int per period, summing
    exactly to `total` (a negative total is spread by magnitude, signs restored).

    basis      "even", "calendar-days", "working-days" (needs `calendar`, a
               WorkingCalendar), "key" or "reference" (need `values`).
    values     {label: value} or (label, value) pairs, one per period; values are
               decimal text, int or decimal.Decimal (never float).
    unit       "weights" or "percent" (a key that must sum to exactly 100).
    match      "label" (values name their periods) or "position" (the i-th value
               weighs the i-th period: last year's actuals under last year's labels).
    when_zero  "error", "even" or "calendar-days": what an all-zero basis does.
    min, max, fixed
               None, a list with one entry per period (None where none), or a
               {label: value} dict; fixed periods keep their value.
    method, quantum, ties, options
               the rounding, as for allocate().
    """
    periods = _check_periods(periods)
    total = integer(total, "total")
    labels = periods.labels
    limits = [_limits(min, "min", labels), _limits(max, "max", labels),
              _limits(fixed, "fixed", labels)]
    settings = _SpreadSettings(basis, calendar, values, unit, when_zero, method, quantum, ties,
                               options, match)
    shares = sequence_array([0] * len(periods), "shares")
    try:
        with settings.locked(), periods._use() as handle:
            status = lib.tandem_spread(handle, settings.handle, total,
                                       *[_pointer(item) for item in limits], _pointer(shares))
        failure = None if status == 0 else last_error(status)
    finally:
        settings.close()
    if failure is not None:
        raise failure
    return shares.tolist()


def spread_decimal(total, periods, scale, basis="even", *, min=None, max=None, fixed=None,
                   **keywords):
    """spread() for decimal amounts: `total` and the limits are decimal text (or int
    or decimal.Decimal) with at most `scale` decimals, never rounded; returns exact
    decimal strings. The quantum counts units of the scale (quantum=100 at scale 2
    gives whole units).
        spread_decimal("1200.00", months, 2)  # ['100.00', '100.00', ...]
    """
    scale = integer(scale, "scale", INT32_MIN, INT32_MAX)

    def units(value, what):
        return parse_decimal(_text(value, what).decode("utf-8"), scale, allow_negative=True)

    def limit(values, what):
        if values is None:
            return None
        if isinstance(values, dict):
            return {label: None if value is None else units(value, "%s[%r]" % (what, label))
                    for label, value in values.items()}
        return [None if value is None else units(value, "%s[%d]" % (what, index))
                for index, value in enumerate(values)]

    shares = spread(units(total, "total"), periods, basis, min=limit(min, "min"),
                    max=limit(max, "max"), fixed=limit(fixed, "fixed"), **keywords)
    return [format_decimal(share, scale) for share in shares]


class TargetSeries(_Handle):
    """Consecutive periods with a target each: the target of any dates (pro-rated by
    calendar or working days inside a cut period) and to-date targets."""

    _kind_name = "TargetSeries"

    def __init__(self, periods, targets):
        periods = _check_periods(periods)
        if isinstance(targets, dict):
            unknown = [label for label in targets if label not in periods.labels]
            missing = [label for label in periods.labels if label not in targets]
            if unknown or missing:
                raise InvalidArgument("targets must name every period once: %s"
                                      % ("unknown %r" % unknown[0] if unknown
                                         else "no target for %r" % missing[0]))
            targets = [targets[label] for label in periods.labels]
        converted = sequence_array(list(targets), "targets")
        with periods._use() as periods_handle:
            handle = _create(lib.tandem_target_series_create, TargetSeriesPtr, periods_handle,
                             _pointer(converted), len(converted))
        super().__init__(handle, lib.tandem_target_series_destroy)

    @staticmethod
    def _workdays(basis, calendar):
        code = _choice(basis, _DAY_BASIS, "basis")
        if calendar is not None and not isinstance(calendar, WorkingCalendar):
            raise TypeError("calendar must be a tandem.WorkingCalendar, not %s"
                            % type(calendar).__name__)
        return code, calendar

    def _ask(self, function, calendar, *args):
        out = c_int64()
        with (_NO_LOCK if calendar is None else calendar._use()) as workdays, \
                self._use() as handle:
            check(function(handle, *args, workdays, byref(out)))
        return out.value

    def between(self, first, last, basis="calendar-days", calendar=None):
        """The target of first..last (both included, inside the series); a cut period
        counts by "calendar-days" or "working-days" (needs `calendar`)."""
        code, calendar = self._workdays(basis, calendar)
        return self._ask(lib.tandem_target_series_between, calendar, _date_text(first, "first"),
                         _date_text(last, "last"), code)

    def to_date(self, fiscal_calendar, as_of, kind="year", basis="calendar-days",
                calendar=None):
        """The target from the start of the `kind` period of `fiscal_calendar` holding
        `as_of`, through `as_of`: YTD ("year"), QTD ("quarter"), MTD ("month")."""
        if not isinstance(fiscal_calendar, FiscalCalendar):
            raise TypeError("fiscal_calendar must be a tandem.FiscalCalendar, not %s"
                            % type(fiscal_calendar).__name__)
        code, calendar = self._workdays(basis, calendar)
        as_of, kind = _date_text(as_of, "as_of"), _kind(kind)

        def to_date(handle, *rest):
            with fiscal_calendar._use() as fiscal_handle:
                return lib.tandem_target_series_to_date(handle, fiscal_handle, *rest)
        return self._ask(to_date, calendar, as_of, kind, code)


Respread = namedtuple("Respread", "targets unallocated remaining")
Respread.__doc__ = """targets: the actual of each closed period, the revised target of each
open one; unallocated: what the open periods were not asked to achieve; remaining:
annual target minus the actuals."""


def respread(annual_target, periods, original, actuals, *, on_shortfall="spread",
             on_surplus="spread", basis=None, calendar=None, values=None, unit="weights",
             when_zero="error", method=None, quantum=None, ties=None, options=None):
    """Re-spreads what remains of `annual_target` after `actuals` (one per closed
    period, the first len(actuals) periods) over the open periods.

    basis=None (the default) shares in proportion to the `original` targets (one
    per period); any spread basis ("even", "working-days", "key"...) shares by it
    instead, with `calendar`, `values`, `unit` as for spread().
    on_shortfall: "spread" (open targets rise to close the gap) or "carry" (they
    stay; the gap is unallocated). on_surplus: "spread" (they fall, never below 0)
    or "bank" (they stay; the lead is unallocated, negative).
    Returns Respread(targets, unallocated, remaining).
    """
    periods = _check_periods(periods)
    annual_target = integer(annual_target, "annual_target")
    count = len(periods)
    original = sequence_array(list(original), "original")
    if len(original) != count:
        raise InvalidArgument("original has %d values but there are %d periods"
                              % (len(original), count))
    actuals = sequence_array(list(actuals), "actuals")
    shortfall = _choice(on_shortfall, _SHORTFALL, "on_shortfall")
    surplus = _choice(on_surplus, _SURPLUS, "on_surplus")
    settings = _SpreadSettings(basis, calendar, values, unit, when_zero, method, quantum, ties,
                               options)
    targets = sequence_array([0] * count, "targets")
    unallocated, remaining = c_int64(), c_int64()
    try:
        with settings.locked(), periods._use() as handle:
            status = lib.tandem_respread(handle, annual_target, _pointer(original),
                                         _pointer(actuals), len(actuals), shortfall, surplus,
                                         basis is None, settings.handle, _pointer(targets),
                                         byref(unallocated), byref(remaining))
        failure = None if status == 0 else last_error(status)
    finally:
        settings.close()
    if failure is not None:
        raise failure
    return Respread(targets.tolist(), unallocated.value, remaining.value)


def period_kinds():
    """Period kind names, in the order of their pinned values."""
    return _names(lib.tandem_period_kind_name)


def spread_bases():
    """Spread basis names, in the order of their pinned values."""
    return _names(lib.tandem_spread_basis_name)
