"""What marketing and sales owe each other and when (tandem.h, "org: the
marketing-sales loop"): the plans (企划) marketing sends sales and the reports (反馈)
sales sends back, each a flow with a cadence; duties that recur; campaigns;
deliveries recorded with date and person; what falls due in a range, where each
obligation stands on a day, and the loop's health per direction.

    >>> import tandem
    >>> org = tandem.Organisation()
    >>> org.add_unit("org_marketing_department")
    >>> org.add_unit("org_sales_department")
    >>> schedule = tandem.LoopSchedule(org, tandem.FiscalCalendar.gregorian())
    >>> schedule.add_flow("flow_s2m_07_regional_sales", every="monthly",
    ...                   anchor="period_end", offset_days=5)
    >>> schedule.record_delivery("flow_s2m_07_regional_sales", "2027-04", "2027-05-04",
    ...                          "zhang_wei")
    >>> [(o.occurrence, str(o.due)) for o in schedule.due_in("2027-05-01", "2027-06-30")]
    [('2027-04', '2027-05-05'), ('2027-05', '2027-06-05')]
    >>> [(s.what.occurrence, s.status) for s in
    ...  schedule.status("2027-05-01", "2027-06-30", as_of="2027-06-10")]
    [('2027-04', 'on_time'), ('2027-05', 'missing')]
    >>> health = schedule.health("2027-05-01", "2027-06-30", as_of="2027-06-10")
    >>> health.sales_to_marketing.on_time_percent()
    '50.0'

Periods come from the schedule's fiscal calendar: "monthly" means its months. An
occurrence is the label of the period it covers ("2027-04", "FY2028 Q1") or, for
"per_campaign" items, the campaign id. A due date is the covered period's (or
campaign's) first or last day ("period_start", "period_end") plus offset_days.
Cadences: "weekly", "monthly", "quarterly", "half_yearly", "yearly", "per_campaign".
Dates are datetime.date or "YYYY-MM-DD" going in, datetime.date coming out.
"""

import datetime
from ctypes import byref, c_bool, c_int32, c_int64, c_size_t, create_string_buffer
from dataclasses import dataclass
from typing import Optional, Tuple

from ._arrays import INT32_MAX, INT32_MIN, integer
from ._library import (DirectionHealth as _CDirectionHealth, FiscalCalendarPtr, FlowSpecPtr,
                       LoopHealth as _CLoopHealth, LoopHealthListPtr, LoopSchedulePtr,
                       ObligationsPtr, OrganisationPtr, check, lib)
from ._names import _names
from .catalog import _lang, _name
from .organisation import Organisation, _code_name, _ids, _optional
from .time import (FiscalCalendar, _Handle, _create, _date_text, _kind, _library_name,
                   _read_dates, _read_text)

_DATE_SIZE = 11  # TANDEM_DATE_SIZE
_UNSET = -1      # TANDEM_FLOW_DIRECTION_UNSET
_UINT32_MAX = 2**32 - 1


def cadences():
    """The cadence names, in the order of their pinned values."""
    return _names(lib.tandem_cadence_name)


def due_anchors():
    """("period_start", "period_end")."""
    return _names(lib.tandem_due_anchor_name)


def flow_directions():
    """("marketing_to_sales", "sales_to_marketing")."""
    return _names(lib.tandem_flow_direction_name)


def obligation_statuses():
    """("pending", "on_time", "late", "missing")."""
    return _names(lib.tandem_obligation_status_name)


def _cadence(name):
    return _library_name(name, lib.tandem_cadence_from_name, "every")


def _anchor(name):
    return _library_name(name, lib.tandem_due_anchor_from_name, "anchor")


def _direction(name):
    return _library_name(name, lib.tandem_flow_direction_from_name, "direction")


def _offset(value):
    # Passed as int32_t; the library checks the range itself (OutOfRange past 366).
    return integer(value, "offset_days", INT32_MIN, INT32_MAX)


def _day(text):
    return datetime.date.fromisoformat(text)


def _date_out(buffer):
    return _day(buffer.value.decode("ascii"))


@dataclass(frozen=True)
class DueRule:
    """When an occurrence is due: the covered period's "period_start" or "period_end"
    day plus offset_days (negative: before it)."""

    anchor: str
    offset_days: int


@dataclass(frozen=True)
class Flow:
    """A flow as stored: names, direction, sender and receiver resolved; every is its
    cadence, due its DueRule, from_catalog whether its id is a catalog flow."""

    id: str
    zh: str
    en: str
    direction: str
    sender: str
    receiver: str
    every: str
    due: DueRule
    from_catalog: bool

    def name(self, lang="en"):
        """The name in `lang` ("zh" or "en")."""
        return self.zh if _lang(lang) == _lang("zh") else self.en


@dataclass(frozen=True)
class DutySchedule:
    """A duty that recurs: its owners owe it every `every`, due by `due`."""

    duty_id: str
    every: str
    due: DueRule


@dataclass(frozen=True)
class Campaign:
    """A campaign (促销/公关活动) running from `first` to `last` (both included)."""

    id: str
    zh: str
    en: str
    first: datetime.date
    last: datetime.date

    def name(self, lang="en"):
        """The name in `lang` ("zh" or "en")."""
        return self.zh if _lang(lang) == _lang("zh") else self.en


@dataclass(frozen=True)
class Delivery:
    """That item `item_id` was delivered for `occurrence` on `delivered_on` by `by`."""

    item_id: str
    occurrence: str
    delivered_on: datetime.date
    by: str


@dataclass(frozen=True)
class Obligation:
    """One occurrence of a flow or of a recurring duty.

    kind            "flow" or "duty"
    item_id         the flow's or duty's id
    occurrence      the label of the covered period, or the campaign id
    first, last     the whole covered period (never cut), or the campaign's dates
    due             the due date
    responsible     a flow: (sender,); a duty: its owners in the order assigned
    recipients      a flow: (receiver,); a duty: ()
    direction       a flow's direction; None for a duty
    """

    kind: str
    item_id: str
    occurrence: str
    first: datetime.date
    last: datetime.date
    due: datetime.date
    responsible: Tuple[str, ...]
    recipients: Tuple[str, ...]
    direction: Optional[str]


@dataclass(frozen=True)
class ObligationState:
    """Where an obligation (`what`) stands on a day: status "pending" (not delivered,
    not yet due), "on_time", "late" or "missing" (not delivered, due date passed);
    `delivered` the Delivery when on_time or late, else None; days_late is
    delivered_on - due when late, as_of - due when missing, else 0."""

    what: Obligation
    status: str
    delivered: Optional[Delivery]
    days_late: int


@dataclass(frozen=True)
class DirectionHealth:
    """Counts of the flow obligations of one direction: due == on_time + late +
    missing + pending."""

    direction: str
    due: int
    on_time: int
    late: int
    missing: int
    pending: int

    @property
    def assessed(self):
        """The obligations that can be judged: on_time + late + missing (a Python
        int: it does not wrap, unlike a sum of the C struct's uint32_t fields)."""
        return self.on_time + self.late + self.missing

    def on_time_percent(self, decimals=1):
        """on_time / assessed as a percentage rounded half up to `decimals` (0..6)
        places, exactly for any counts (each 0..2**32-1), as text ("83.3"); None
        when nothing can be judged yet."""
        decimals = integer(decimals, "decimals", INT32_MIN, INT32_MAX)
        # uint32_t in C: ctypes would wrap a negative count silently.
        counts = _CDirectionHealth(*(integer(getattr(self, name), name, 0, _UINT32_MAX)
                                     for name in ("due", "on_time", "late", "missing",
                                                  "pending")))
        text = _read_text(lib.tandem_direction_health_on_time_percent, byref(counts), decimals)
        return text or None


@dataclass(frozen=True)
class LoopHealth:
    """The loop's health over first..last (flows only): the period's label when
    computed per period (None for an arbitrary range), and a DirectionHealth for
    marketing_to_sales (plans) and sales_to_marketing (reports)."""

    first: datetime.date
    last: datetime.date
    label: Optional[str]
    marketing_to_sales: DirectionHealth
    sales_to_marketing: DirectionHealth


def _direction_health(direction, counts):
    return DirectionHealth(direction, counts.due, counts.on_time, counts.late, counts.missing,
                           counts.pending)


def _loop_health(raw, label):
    return LoopHealth(first=_day(raw.first.decode("ascii")), last=_day(raw.last.decode("ascii")),
                      label=label,
                      marketing_to_sales=_direction_health("marketing_to_sales",
                                                           raw.marketing_to_sales),
                      sales_to_marketing=_direction_health("sales_to_marketing",
                                                           raw.sales_to_marketing))


def _obligation(handle, index):
    kind, direction = c_int32(), c_int32()
    item_id = _read_text(lib.tandem_obligations_item, handle, index, byref(kind))
    first, last, due = (create_string_buffer(_DATE_SIZE) for _ in range(3))
    check(lib.tandem_obligations_dates(handle, index, first, _DATE_SIZE, last, _DATE_SIZE, due,
                                       _DATE_SIZE))
    check(lib.tandem_obligations_direction(handle, index, byref(direction)))
    kind_name = _code_name(lib.tandem_item_kind_name, kind.value, "kind")
    return Obligation(
        kind=kind_name, item_id=item_id,
        occurrence=_read_text(lib.tandem_obligations_occurrence, handle, index),
        first=_date_out(first), last=_date_out(last), due=_date_out(due),
        responsible=tuple(_ids(lib.tandem_obligations_responsible, handle, index)),
        recipients=tuple(_ids(lib.tandem_obligations_recipients, handle, index)),
        direction=(None if kind_name == "duty"
                   else _code_name(lib.tandem_flow_direction_name, direction.value,
                                   "direction")))


def _state(handle, index):
    what = _obligation(handle, index)
    status, days_late = c_int32(), c_int64()
    check(lib.tandem_obligations_status(handle, index, byref(status), byref(days_late)))
    delivered, day = c_bool(), create_string_buffer(_DATE_SIZE)
    by = _read_text(lib.tandem_obligations_delivery, handle, index, byref(delivered), day,
                    _DATE_SIZE)
    delivery = (Delivery(what.item_id, what.occurrence, _date_out(day), by)
                if delivered.value else None)
    return ObligationState(what=what,
                           status=_code_name(lib.tandem_obligation_status_name, status.value,
                                             "status"),
                           delivered=delivery, days_late=days_late.value)


def _read_obligations(function, *args, read):
    handle = _create(function, ObligationsPtr, *args)
    try:
        return [read(handle, index) for index in range(lib.tandem_obligations_count(handle))]
    finally:
        lib.tandem_obligations_destroy(handle)


def _flow_at(handle, index):
    direction, every, anchor, offset, from_catalog = (c_int32(), c_int32(), c_int32(),
                                                      c_int32(), c_bool())
    check(lib.tandem_loop_schedule_flow_info(handle, index, byref(direction), byref(every),
                                             byref(anchor), byref(offset),
                                             byref(from_catalog)))
    return Flow(
        id=_read_text(lib.tandem_loop_schedule_flow_id, handle, index),
        zh=_read_text(lib.tandem_loop_schedule_flow_name, handle, index, _lang("zh")),
        en=_read_text(lib.tandem_loop_schedule_flow_name, handle, index, _lang("en")),
        direction=_code_name(lib.tandem_flow_direction_name, direction.value, "direction"),
        sender=_read_text(lib.tandem_loop_schedule_flow_sender, handle, index),
        receiver=_read_text(lib.tandem_loop_schedule_flow_receiver, handle, index),
        every=_code_name(lib.tandem_cadence_name, every.value, "every"),
        due=DueRule(_code_name(lib.tandem_due_anchor_name, anchor.value, "anchor"),
                    offset.value),
        from_catalog=from_catalog.value)


def _duty_schedule_at(handle, index):
    every, anchor, offset, length = c_int32(), c_int32(), c_int32(), c_size_t()
    check(lib.tandem_loop_schedule_duty_get(handle, index, None, 0, byref(length), byref(every),
                                            byref(anchor), byref(offset)))
    duty_id = create_string_buffer(length.value + 1)
    check(lib.tandem_loop_schedule_duty_get(handle, index, duty_id, len(duty_id), None, None,
                                            None, None))
    return DutySchedule(duty_id.value.decode("utf-8"),
                        _code_name(lib.tandem_cadence_name, every.value, "every"),
                        DueRule(_code_name(lib.tandem_due_anchor_name, anchor.value, "anchor"),
                                offset.value))


def _campaign_at(handle, index):
    first, last = _read_dates(lib.tandem_loop_schedule_campaign_dates, handle, index)
    return Campaign(
        id=_read_text(lib.tandem_loop_schedule_campaign_id, handle, index),
        zh=_read_text(lib.tandem_loop_schedule_campaign_name, handle, index, _lang("zh")),
        en=_read_text(lib.tandem_loop_schedule_campaign_name, handle, index, _lang("en")),
        first=first, last=last)


def _delivery_at(handle, index):
    lengths = [c_size_t() for _ in range(3)]
    day = create_string_buffer(_DATE_SIZE)
    check(lib.tandem_loop_schedule_delivery_get(handle, index, None, 0, byref(lengths[0]), None,
                                                0, byref(lengths[1]), day, _DATE_SIZE, None, 0,
                                                byref(lengths[2])))
    item, occurrence, by = (create_string_buffer(length.value + 1) for length in lengths)
    check(lib.tandem_loop_schedule_delivery_get(handle, index, item, len(item), None,
                                                occurrence, len(occurrence), None, day,
                                                _DATE_SIZE, by, len(by), None))
    return Delivery(item.value.decode("utf-8"), occurrence.value.decode("utf-8"),
                    _date_out(day), by.value.decode("utf-8"))


class LoopSchedule(_Handle):
    """An organisation's flows, recurring duties, campaigns and deliveries on a fiscal
    calendar. LoopSchedule(org, calendar) copies both (later changes to them do not
    affect it) after validating the organisation. Every use of the handle holds its
    lock, so one schedule may be shared between threads. A failed call changes
    nothing."""

    _kind_name = "LoopSchedule"

    def __init__(self, org=None, calendar=None, _handle=None):
        if _handle is None:
            if not isinstance(org, Organisation):
                raise TypeError("org must be a tandem.Organisation, not %s"
                                % type(org).__name__)
            if not isinstance(calendar, FiscalCalendar):
                raise TypeError("calendar must be a tandem.FiscalCalendar, not %s"
                                % type(calendar).__name__)
            # Locks in a fixed order (organisation, then calendar): no two calls deadlock.
            with org._use() as org_handle, calendar._use() as calendar_handle:
                _handle = _create(lib.tandem_loop_schedule_create, LoopSchedulePtr, org_handle,
                                  calendar_handle)
        elif not isinstance(_handle, LoopSchedulePtr):
            raise TypeError("use LoopSchedule(org, calendar) or tandem.load_org_document()")
        super().__init__(_handle, lib.tandem_loop_schedule_destroy)

    # -- building --------------------------------------------------------------------------

    def add_flow(self, id, *, zh=None, en=None, direction=None, sender=None, receiver=None,
                 every="monthly", anchor="period_end", offset_days=0):
        """Adds a flow: a catalog information flow ("flow_s2m_07_regional_sales") or a
        host id.

        zh, en        names: a catalog flow's are the catalog's unless given; a host
                      flow needs at least one.
        direction     "marketing_to_sales" or "sales_to_marketing": required for a host
                      flow; for a catalog flow None or the catalog's.
        sender, receiver
                      unit ids; None for the defaults (the marketing unit sends plans
                      to the sales unit, the sales unit reports back).
        every         the cadence; anchor and offset_days the due rule
                      (|offset_days| <= 366, else OutOfRange).
        """
        direction = _UNSET if direction is None else _direction(direction)
        names = (_optional(zh, "zh"), _optional(en, "en"))
        units = (_optional(sender, "sender"), _optional(receiver, "receiver"))
        every, anchor, offset_days = _cadence(every), _anchor(anchor), _offset(offset_days)
        spec = _create(lib.tandem_flow_spec_create, FlowSpecPtr, _name(id, "id"))
        try:
            check(lib.tandem_flow_spec_set_names(spec, *names))
            check(lib.tandem_flow_spec_set_direction(spec, direction))
            check(lib.tandem_flow_spec_set_units(spec, *units))
            check(lib.tandem_flow_spec_set_cadence(spec, every))
            check(lib.tandem_flow_spec_set_due(spec, anchor, offset_days))
            with self._use() as handle:
                check(lib.tandem_loop_schedule_add_flow(handle, spec))
        finally:
            lib.tandem_flow_spec_destroy(spec)

    def add_standard_flows(self):
        """Adds Tandem's default flows for the seed's 5 plans and 9 reports (the sales
        targets yearly, due 30 days before the fiscal year; the other plans monthly,
        due 5 days before the month; the reports monthly, due 5 days after it), with
        the default senders and receivers. All or nothing."""
        with self._use() as handle:
            check(lib.tandem_loop_schedule_add_standard_flows(handle))

    def schedule_duty(self, duty_id, every="monthly", anchor="period_end", offset_days=0):
        """Makes a known duty of the organisation recur; its owners owe it."""
        args = (_name(duty_id, "duty_id"), _cadence(every), _anchor(anchor),
                _offset(offset_days))
        with self._use() as handle:
            check(lib.tandem_loop_schedule_schedule_duty(handle, *args))

    def add_campaign(self, id, first, last, *, zh=None, en=None):
        """Adds a campaign from `first` to `last` (both included) with at least one
        name, for "per_campaign" items."""
        args = (_name(id, "id"), _optional(zh, "zh"), _optional(en, "en"),
                _date_text(first, "first"), _date_text(last, "last"))
        with self._use() as handle:
            check(lib.tandem_loop_schedule_add_campaign(handle, *args))

    def record_delivery(self, item_id, occurrence, delivered_on, by):
        """Records that a flow or scheduled duty was delivered for `occurrence` (a
        period label of its cadence, or a campaign id) on `delivered_on` by person
        `by`. Delivering one occurrence twice raises InvalidArgument ("... was
        delivered on 2027-05-04 by zhang_wei")."""
        args = (_name(item_id, "item_id"), _name(occurrence, "occurrence"),
                _date_text(delivered_on, "delivered_on"), _name(by, "by"))
        with self._use() as handle:
            check(lib.tandem_loop_schedule_record_delivery(handle, *args))

    # -- lookups -----------------------------------------------------------------------------

    def organisation(self):
        """A copy of the schedule's Organisation (changing it changes nothing here)."""
        with self._use() as handle:
            return Organisation(_create(lib.tandem_loop_schedule_organisation, OrganisationPtr,
                                        handle))

    def calendar(self):
        """A copy of the schedule's FiscalCalendar."""
        with self._use() as handle:
            return FiscalCalendar(_create(lib.tandem_loop_schedule_calendar, FiscalCalendarPtr,
                                          handle))

    def _list(self, count, read):
        with self._use() as handle:
            return [read(handle, index) for index in range(count(handle))]

    @property
    def flows(self):
        """Every Flow, in the order added."""
        return self._list(lib.tandem_loop_schedule_flow_count, _flow_at)

    def find_flow(self, id):
        """The Flow with this id, or None."""
        found, index = c_bool(), c_size_t()
        key = _name(id, "id")
        with self._use() as handle:
            check(lib.tandem_loop_schedule_find_flow(handle, key, byref(found), byref(index)))
            return _flow_at(handle, index.value) if found.value else None

    @property
    def duty_schedules(self):
        """Every DutySchedule, in the order scheduled."""
        return self._list(lib.tandem_loop_schedule_duty_count, _duty_schedule_at)

    @property
    def campaigns(self):
        """Every Campaign, in the order added."""
        return self._list(lib.tandem_loop_schedule_campaign_count, _campaign_at)

    @property
    def deliveries(self):
        """Every Delivery, in the order recorded."""
        return self._list(lib.tandem_loop_schedule_delivery_count, _delivery_at)

    # -- the schedule --------------------------------------------------------------------------

    def due_in(self, first, last):
        """Every Obligation whose due date lies in first..last (both included), ordered
        by due date, then flows before duties, then the order the items were added,
        then the occurrence's first day."""
        args = (_date_text(first, "first"), _date_text(last, "last"))
        with self._use() as handle:
            return _read_obligations(lib.tandem_loop_schedule_due_in, handle, *args,
                                     read=_obligation)

    def status(self, first, last, as_of):
        """due_in(first, last) with each obligation's ObligationState on `as_of`."""
        args = (_date_text(first, "first"), _date_text(last, "last"),
                _date_text(as_of, "as_of"))
        with self._use() as handle:
            return _read_obligations(lib.tandem_loop_schedule_status, handle, *args,
                                     read=_state)

    def health(self, first, last, as_of):
        """The LoopHealth of the flows due in first..last, on `as_of`."""
        args = (_date_text(first, "first"), _date_text(last, "last"),
                _date_text(as_of, "as_of"))
        out = _CLoopHealth()
        with self._use() as handle:
            check(lib.tandem_loop_schedule_health(handle, *args, byref(out)))
        return _loop_health(out, None)

    def health_by_period(self, first, last, kind, as_of):
        """A LoopHealth, labelled, for each period of `kind` ("month", "quarter"...) of
        the schedule's calendar that overlaps first..last (whole periods)."""
        args = (_date_text(first, "first"), _date_text(last, "last"), _kind(kind),
                _date_text(as_of, "as_of"))
        with self._use() as handle:
            health_list = _create(lib.tandem_loop_schedule_health_by_period, LoopHealthListPtr,
                                  handle, *args)
        try:
            found, out = [], _CLoopHealth()
            for index in range(lib.tandem_loop_health_list_count(health_list)):
                check(lib.tandem_loop_health_list_get(health_list, index, byref(out)))
                label = _read_text(lib.tandem_loop_health_list_label, health_list, index)
                found.append(_loop_health(out, label))
            return found
        finally:
            lib.tandem_loop_health_list_destroy(health_list)

    def __repr__(self):
        if self.closed:
            return "<tandem.LoopSchedule closed>"
        with self._use() as handle:
            counts = (lib.tandem_loop_schedule_flow_count(handle),
                      lib.tandem_loop_schedule_duty_count(handle),
                      lib.tandem_loop_schedule_delivery_count(handle))
        return "<tandem.LoopSchedule %d flows, %d duties, %d deliveries>" % counts


__all__ = ["LoopSchedule", "Flow", "DueRule", "DutySchedule", "Campaign", "Delivery",
           "Obligation", "ObligationState", "DirectionHealth", "LoopHealth", "cadences",
           "due_anchors", "flow_directions", "obligation_statuses"]
