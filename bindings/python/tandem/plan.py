"""Target plans (tandem.h, "plan: target plans"): an annual sales target decomposed
exactly to every sales unit, product line and month, edited with the strong guarantee,
and set against actuals in reports. Plans are read from plan documents (JSON,
docs/plan-format.md).

    >>> import tandem
    >>> plan = tandem.Plan.load(tandem.plan.EXAMPLE)
    >>> [unit.id for unit in plan.units]
    ['company', 'east', 'east_li', 'east_wang', 'west']
    >>> plan.unit_total("east"), plan.format(plan.unit_total("east"))
    (90000, '900.00')
    >>> plan.monthly("west", "parts")[:5]
    [900, 900, 900, 900, 800]
    >>> plan.set_weight("west", "3")            # re-splits the company and east
    >>> plan.unit_total("west"), plan.last_replan
    (60000, Replan(units_resplit=2, cells_respread=6))
    >>> plan.set_bounds("east", fixed="1300.00")
    Traceback (most recent call last):
    ...
    tandem.errors.Infeasible: ...
    >>> plan.unit_total("west")                 # a failed edit changes nothing
    60000
    >>> sales = tandem.Actuals(plan)
    >>> sales.add(plan, "east_li", "lathes", "2026-04-10", amount="50.00")
    >>> row = tandem.plan_report(plan, sales, by="year", unit="east", by_product=False)[0]
    >>> row.period, row.target, row.actual, row.attainment, row.attainment_percent
    ('FY2027', 60000, 5000, Fraction(1, 12), '8.3')

Amounts, quantities and bounds are ints in the measure's smallest unit (fen for a
currency of scale 2), or, going in, exact decimal text or decimal.Decimal at the
measure's scale ("900.00"); never float. plan.format(units) and plan.decimal(units)
give them back as text or Decimal. Units and product lines are named by id (or by
index); months by index or label ("2026-07"). Measures are "amount" (the default)
and "quantity". Every failure raises a TandemError subclass naming what is at fault.
"""

import datetime
import decimal
import fractions
import os
from collections import namedtuple
from ctypes import byref, c_bool, c_int32, c_int64, c_size_t, create_string_buffer, sizeof
from dataclasses import dataclass
from typing import List, Optional

from ._arrays import INT32_MAX, INT32_MIN, NONE, integer, output_pointer
from ._library import (ActualsPtr, FiscalCalendarPtr, PlanPtr, PlanReportPtr, PlanReportRow,
                       PlanRevisionPtr, check, last_error, lib)
from .catalog import _name
from .decimals import format_decimal, parse_decimal
from .errors import InvalidArgument
from .organisation import _code_name
from .time import (_SHORTFALL, _SURPLUS, FiscalCalendar, _choice, _create, _date_text, _Handle,
                   _library_name, _read_text, _SpreadSettings)

ALL_PRODUCTS = (1 << (8 * sizeof(c_size_t))) - 1  # TANDEM_ALL_PRODUCTS (SIZE_MAX)
_DATE_SIZE = 11  # TANDEM_DATE_SIZE
_GROUPINGS = {"year": 0, "half": 1, "quarter": 2, "month": 3}  # tandem_period_kind values

# A small plan document to try things on (the module's example and docs/python.md's):
# 1200.00 split 2:1 between two product lines, 3:1 between two regions, 1:2 between
# east's two people, every quantum 1.00, even seasonality.
EXAMPLE = """{
  "schema_version": 1, "id": "small",
  "calendar": {"kind": "fiscal", "start_month": 4}, "fiscal_year": 2027,
  "measures": ["amount"], "annual_target": {"amount": "1200.00"},
  "rules": {"products": {"quantum": {"amount": "1.00"}},
            "levels": [{"quantum": {"amount": "1.00"}}],
            "periods": {"quantum": {"amount": "1.00"}}},
  "units": [
    {"id": "company", "zh": "公司", "kind": "company"},
    {"id": "east", "zh": "华东区", "kind": "region", "parent": "company", "weight": "3"},
    {"id": "west", "kind": "region", "parent": "company", "weight": "1"},
    {"id": "east_li", "kind": "person", "parent": "east"},
    {"id": "east_wang", "kind": "person", "parent": "east", "weight": "2"}],
  "products": [
    {"id": "lathes", "weight": "2", "seasonality": "even"},
    {"id": "parts", "stage": "growth", "weight": "1", "seasonality": "even"}]
}"""


def plan_document_schema_version():
    """The plan document schema version this library writes and the newest it reads."""
    return lib.tandem_plan_document_schema_version()


def _measure(name):
    return _library_name(name, lib.tandem_measure_from_name, "measure")


def _text(value, what):
    """Bytes of a str argument (documents, CSV): str or bytes-like."""
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError("%s must be a str or bytes, not %s" % (what, type(value).__name__))


def _source(source_name):
    if source_name is None:
        return None
    return _name(source_name, "source_name")


def _path(path):
    path = os.fsencode(path)
    if b"\0" in path:
        raise InvalidArgument("path contains a NUL character")
    return path


def _weight(value, what="weight"):
    """Decimal text of a weight: str, int or Decimal (never float)."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError("%s must be exact (str, int or Decimal), not %s"
                        % (what, type(value).__name__))
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise InvalidArgument("%s must be finite, got %s" % (what, value))
        value = format(value, "f")
    elif not isinstance(value, str):
        value = str(integer(value, what))
    return _name(value, what)


@dataclass(frozen=True)
class Bounds:
    """A lower bound, an upper bound and a lock, in the smallest unit; None where none."""

    min: Optional[int] = None
    max: Optional[int] = None
    fixed: Optional[int] = None


@dataclass(frozen=True)
class PlanUnit:
    """A sales unit of a plan. index is its place in the plan's depth-first order;
    parent is the parent's id (None for the root); children are ids in order."""

    index: int
    id: str
    zh: str
    en: str
    kind: str
    basis: str
    weight: str
    parent: Optional[str]
    depth: int
    children: List[str]
    subtree_size: int

    @property
    def is_leaf(self):
        return not self.children


@dataclass(frozen=True)
class ProductLine:
    """A product line of a plan: its lifecycle stage ("maturity"), share basis,
    weight (decimal text) and seasonality ("even", "calendar-days", "key")."""

    index: int
    id: str
    zh: str
    en: str
    stage: str
    basis: str
    weight: str
    seasonality: str


Month = namedtuple("Month", "index label first last")
Month.__doc__ = "A month of the plan's fiscal year: its label and first and last day."
Replan = namedtuple("Replan", "units_resplit cells_respread")
Replan.__doc__ = ("What the last load or edit recomputed: parents whose children were split "
                  "again, leaf x product line cells spread over the months again.")


class Plan(_Handle):
    """A target plan, decomposed (see the module's docstring). Make one with
    Plan.load(text) or Plan.load_file(path); copy() gives an independent copy. Every
    use of the handle holds its lock, so one object may be shared between threads."""

    _kind_name = "Plan"

    def __init__(self, _handle):
        if not isinstance(_handle, PlanPtr):
            raise TypeError("use Plan.load or Plan.load_file to make a plan")
        super().__init__(_handle, lib.tandem_plan_destroy)

    @classmethod
    def load(cls, text, source_name=None):
        """Loads and decomposes a plan document: `text` is str or UTF-8 bytes;
        `source_name` names it in messages (None: "<memory>"). InvalidArgument lists
        every problem of the document, one per line ("SOURCE: $.path: what"); a valid
        document whose numbers do not fit together raises Infeasible (or another
        error) naming the units and lines."""
        data = _text(text, "text")
        return cls(_create(lib.tandem_plan_load, PlanPtr, data, len(data), _source(source_name)))

    @classmethod
    def load_file(cls, path):
        """Loads and decomposes the plan document in the file at `path`."""
        return cls(_create(lib.tandem_plan_load_file, PlanPtr, _path(path)))

    def save(self):
        """The plan's inputs as they stand (edits included) as a plan document (str):
        deterministic, two-space indented, ending with a newline."""
        with self._use() as handle:
            return _read_text(lib.tandem_plan_save, handle)

    def copy(self):
        """An independent copy: editing one does not change the other."""
        with self._use() as handle:
            return Plan(_create(lib.tandem_plan_clone, PlanPtr, handle))

    # -- the plan as a whole -----------------------------------------------------------

    @property
    def id(self):
        with self._use() as handle:
            return _read_text(lib.tandem_plan_id, handle)

    @property
    def currency(self):
        with self._use() as handle:
            return _read_text(lib.tandem_plan_currency, handle)

    @property
    def fiscal_year(self):
        year = c_int32()
        with self._use() as handle:
            check(lib.tandem_plan_fiscal_year(handle, byref(year)))
        return year.value

    def calendar(self):
        """The plan's fiscal calendar (a new tandem.FiscalCalendar)."""
        with self._use() as handle:
            return FiscalCalendar(_create(lib.tandem_plan_calendar, FiscalCalendarPtr, handle))

    def _measure_info(self, measure):
        targeted, scale, annual = c_bool(), c_int32(), c_int64()
        code = _measure(measure)
        with self._use() as handle:
            check(lib.tandem_plan_measure(handle, code, byref(targeted), byref(scale),
                                          byref(annual)))
        return targeted.value, scale.value, annual.value

    @property
    def measures(self):
        """The measures the plan targets, ["amount"], ["amount", "quantity"]..."""
        return [m for m in ("amount", "quantity") if self._measure_info(m)[0]]

    def scale(self, measure="amount"):
        """Decimals of the measure's smallest unit (the currency's for amount)."""
        return self._measure_info(measure)[1]

    def annual_target(self, measure="amount"):
        """The company's annual target (0 for a measure the plan does not target)."""
        return self._measure_info(measure)[2]

    def format(self, units, measure="amount"):
        """Exact decimal text of `units` at the measure's scale: 90000 -> "900.00"."""
        return format_decimal(units, self.scale(measure))

    def decimal(self, units, measure="amount"):
        """`units` at the measure's scale as an exact decimal.Decimal."""
        return decimal.Decimal(self.format(units, measure))

    def _units(self, value, measure, what):
        """An amount going in: int (smallest unit), or decimal text or Decimal at the
        measure's scale, parsed exactly."""
        if isinstance(value, float):
            raise TypeError("%s must be exact (int, str or Decimal), not float" % what)
        if isinstance(value, decimal.Decimal):
            value = format(value, "f")
        if isinstance(value, str):
            return parse_decimal(value, self.scale(measure), allow_negative=True)
        return integer(value, what)

    def _limit(self, value, measure, what):
        return NONE if value is None else self._units(value, measure, what)

    # -- units, product lines, months --------------------------------------------------

    def unit_index(self, unit):
        """The index of a unit given by id (or checked index); InvalidArgument if none."""
        return self._index(unit, lib.tandem_plan_find_unit, lib.tandem_plan_unit_count, "unit")

    def product_index(self, product):
        """The index of a product line by id (or checked index); None stays None (all)."""
        if product is None:
            return ALL_PRODUCTS
        return self._index(product, lib.tandem_plan_find_product, lib.tandem_plan_product_count,
                           "product line")

    def _index(self, value, find, count, what):
        if isinstance(value, str):
            found, index = c_bool(), c_size_t()
            with self._use() as handle:
                check(find(handle, _name(value, what), byref(found), byref(index)))
            if not found.value:
                raise InvalidArgument("unknown %s '%s'" % (what, value))
            return index.value
        index = integer(value, what, 0)
        with self._use() as handle:
            total = count(handle)
        if index >= total:
            raise InvalidArgument("%s %d is out of range: the plan has %d" % (what, index, total))
        return index

    def _month_index(self, month):
        if isinstance(month, str):
            for m in self.months:
                if m.label == month:
                    return m.index
            raise InvalidArgument("no month of the plan is labelled '%s'" % month)
        return integer(month, "month", 0)

    @property
    def units(self):
        """Every unit (PlanUnit), in the plan's depth-first order."""
        with self._use() as handle:
            count = lib.tandem_plan_unit_count(handle)
            ids = [_read_text(lib.tandem_plan_unit_id, handle, i) for i in range(count)]
            return [self._unit(handle, i, ids) for i in range(count)]

    def unit(self, unit):
        """One unit (PlanUnit) by id or index."""
        index = self.unit_index(unit)
        with self._use() as handle:
            count = lib.tandem_plan_unit_count(handle)
            ids = [_read_text(lib.tandem_plan_unit_id, handle, i) for i in range(count)]
            return self._unit(handle, index, ids)

    @staticmethod
    def _unit(handle, i, ids):
        has_parent, parent, depth = c_bool(), c_size_t(), c_int32()
        children, subtree, kind, basis = c_size_t(), c_size_t(), c_int32(), c_int32()
        check(lib.tandem_plan_unit_tree(handle, i, byref(has_parent), byref(parent), byref(depth),
                                        byref(children), byref(subtree)))
        check(lib.tandem_plan_unit_info(handle, i, byref(kind), byref(basis)))
        child_ids = []
        for k in range(children.value):
            child = c_size_t()
            check(lib.tandem_plan_unit_child(handle, i, k, byref(child)))
            child_ids.append(ids[child.value])
        return PlanUnit(
            index=i, id=ids[i],
            zh=_read_text(lib.tandem_plan_unit_name, handle, i, 0),
            en=_read_text(lib.tandem_plan_unit_name, handle, i, 1),
            kind=_code_name(lib.tandem_sales_unit_kind_name, kind.value, "kind"),
            basis=_code_name(lib.tandem_share_basis_name, basis.value, "basis"),
            weight=_read_text(lib.tandem_plan_unit_weight, handle, i),
            parent=ids[parent.value] if has_parent.value else None, depth=depth.value,
            children=child_ids, subtree_size=subtree.value)

    @property
    def products(self):
        """Every product line (ProductLine), in the document's order."""
        result = []
        with self._use() as handle:
            for i in range(lib.tandem_plan_product_count(handle)):
                stage, basis, seasonality = c_int32(), c_int32(), c_int32()
                check(lib.tandem_plan_product_info(handle, i, byref(stage), byref(basis),
                                                   byref(seasonality)))
                result.append(ProductLine(
                    index=i, id=_read_text(lib.tandem_plan_product_id, handle, i),
                    zh=_read_text(lib.tandem_plan_product_name, handle, i, 0),
                    en=_read_text(lib.tandem_plan_product_name, handle, i, 1),
                    stage=_code_name(lib.tandem_lifecycle_stage_name, stage.value, "stage"),
                    basis=_code_name(lib.tandem_share_basis_name, basis.value, "basis"),
                    weight=_read_text(lib.tandem_plan_product_weight, handle, i),
                    seasonality=_code_name(lib.tandem_seasonality_name, seasonality.value,
                                           "seasonality")))
        return result

    @property
    def months(self):
        """The months of the fiscal year (Month: index, label, first, last)."""
        result = []
        with self._use() as handle:
            for i in range(lib.tandem_plan_month_count(handle)):
                first = create_string_buffer(_DATE_SIZE)
                last = create_string_buffer(_DATE_SIZE)
                check(lib.tandem_plan_month_dates(handle, i, first, _DATE_SIZE, last, _DATE_SIZE))
                result.append(Month(i, _read_text(lib.tandem_plan_month_label, handle, i),
                                    datetime.date.fromisoformat(first.value.decode("ascii")),
                                    datetime.date.fromisoformat(last.value.decode("ascii"))))
        return result

    def _bounds(self, function, index, measure):
        code = _measure(measure)
        low, high, fixed = c_int64(), c_int64(), c_int64()
        with self._use() as handle:
            check(function(handle, index, code, byref(low), byref(high), byref(fixed)))
        return Bounds(*[None if v.value == NONE else v.value for v in (low, high, fixed)])

    def unit_bounds(self, unit, measure="amount"):
        """A unit's Bounds for one measure."""
        return self._bounds(lib.tandem_plan_unit_bounds, self.unit_index(unit), measure)

    def product_bounds(self, product, measure="amount"):
        """A product line's Bounds (on its company-wide target) for one measure."""
        return self._bounds(lib.tandem_plan_product_bounds, self.product_index(product), measure)

    # -- targets -----------------------------------------------------------------------

    def unit_total(self, unit, measure="amount"):
        """The unit's annual target (over every product line and month)."""
        code, index = _measure(measure), self.unit_index(unit)
        out = c_int64()
        with self._use() as handle:
            check(lib.tandem_plan_unit_total(handle, code, index, byref(out)))
        return out.value

    def cell_total(self, unit, product=None, measure="amount"):
        """The unit's annual target for one product line (None: every line)."""
        code, index, line = _measure(measure), self.unit_index(unit), self.product_index(product)
        out = c_int64()
        with self._use() as handle:
            check(lib.tandem_plan_cell_total(handle, code, index, line, byref(out)))
        return out.value

    def target(self, unit, product, month, measure="amount"):
        """The unit's target for one product line (None: every line) in one month
        (index or label)."""
        code, index, line = _measure(measure), self.unit_index(unit), self.product_index(product)
        month = self._month_index(month)
        out = c_int64()
        with self._use() as handle:
            check(lib.tandem_plan_target(handle, code, index, line, month, byref(out)))
        return out.value

    def monthly(self, unit, product=None, measure="amount"):
        """The unit's monthly targets (a list, months in order) for one product line
        (None: every line)."""
        code, index, line = _measure(measure), self.unit_index(unit), self.product_index(product)
        with self._use() as handle:
            count = lib.tandem_plan_month_count(handle)
            pointer, result = output_pointer(None, count, [])
            check(lib.tandem_plan_monthly(handle, code, index, line, pointer, count))
        return list(result)

    @property
    def last_replan(self):
        """What the last load or successful edit recomputed (a Replan)."""
        resplit, respread = c_size_t(), c_size_t()
        with self._use() as handle:
            check(lib.tandem_plan_last_replan(handle, byref(resplit), byref(respread)))
        return Replan(resplit.value, respread.value)

    # -- edits -------------------------------------------------------------------------

    def set_weight(self, unit, weight):
        """A unit's weight or reference value (decimal text, int or Decimal, >= 0); a
        fixed unit becomes weighted. Re-plans the unit's parent's subtree."""
        args = (_name(unit, "unit"), _weight(weight))
        with self._use() as handle:
            check(lib.tandem_plan_set_weight(handle, *args))

    def set_bounds(self, unit, min=None, max=None, fixed=None, measure="amount"):
        """A unit's bounds and lock for one measure (None: none; all None removes them)."""
        code = _measure(measure)
        limits = [self._limit(v, measure, w) for v, w in ((min, "min"), (max, "max"),
                                                          (fixed, "fixed"))]
        unit = _name(unit, "unit")
        with self._use() as handle:
            check(lib.tandem_plan_set_bounds(handle, unit, code, *limits))

    def set_product_weight(self, product, weight):
        """A product line's weight. Re-plans everything."""
        args = (_name(product, "product"), _weight(weight))
        with self._use() as handle:
            check(lib.tandem_plan_set_product_weight(handle, *args))

    def set_product_bounds(self, product, min=None, max=None, fixed=None, measure="amount"):
        """Bounds and lock on a product line's company-wide target."""
        code = _measure(measure)
        limits = [self._limit(v, measure, w) for v, w in ((min, "min"), (max, "max"),
                                                          (fixed, "fixed"))]
        product = _name(product, "product")
        with self._use() as handle:
            check(lib.tandem_plan_set_product_bounds(handle, product, code, *limits))

    def set_mix(self, unit, product, weight):
        """A unit x product line mix weight ("0": the unit does not sell the line)."""
        args = (_name(unit, "unit"), _name(product, "product"), _weight(weight))
        with self._use() as handle:
            check(lib.tandem_plan_set_mix(handle, *args))

    def set_period_bounds(self, unit, product, period, min=None, max=None, fixed=None,
                          measure="amount"):
        """Bounds of one month (its label, "2026-07") of a leaf's target for one line."""
        code = _measure(measure)
        limits = [self._limit(v, measure, w) for v, w in ((min, "min"), (max, "max"),
                                                          (fixed, "fixed"))]
        args = (_name(unit, "unit"), _name(product, "product"), _name(period, "period"))
        with self._use() as handle:
            check(lib.tandem_plan_set_period_bounds(handle, *args, code, *limits))

    def set_annual_target(self, target, measure="amount"):
        """The company's annual target for one measure. Re-plans everything."""
        code = _measure(measure)
        target = self._units(target, measure, "target")
        with self._use() as handle:
            check(lib.tandem_plan_set_annual_target(handle, code, target))

    def __repr__(self):
        if self.closed:
            return "<tandem.Plan closed>"
        return "<tandem.Plan %r FY%d, %d units>" % (self.id, self.fiscal_year, len(self.units))


class Actuals(_Handle):
    """What was sold, booked by leaf units for a product line on a day of the plan's
    fiscal year; rolled up the tree, across lines and over months like the targets.
    Actuals(plan) is empty; Actuals.load_csv(plan, text) reads CSV (columns unit,
    product, date and one per targeted measure, in any order)."""

    _kind_name = "Actuals"

    def __init__(self, plan=None, _handle=None):
        if _handle is None:
            if not isinstance(plan, Plan):
                raise TypeError("plan must be a tandem.Plan, not %s" % type(plan).__name__)
            with plan._use() as plan_handle:
                _handle = _create(lib.tandem_actuals_create, ActualsPtr, plan_handle)
        elif not isinstance(_handle, ActualsPtr):
            raise TypeError("use Actuals(plan) or Actuals.load_csv to make actuals")
        super().__init__(_handle, lib.tandem_actuals_destroy)

    @classmethod
    def load_csv(cls, plan, text, source_name=None):
        """Sales from CSV text (str or UTF-8 bytes); errors name `source_name` (None:
        "<memory>"), the row and the column, and .child is the zero-based data row."""
        data = _text(text, "text")
        with _plan(plan)._use() as plan_handle:
            return cls(_handle=_create(lib.tandem_actuals_load_csv, ActualsPtr, plan_handle,
                                       data, len(data), _source(source_name)))

    @classmethod
    def load_csv_file(cls, plan, path):
        """Sales from the CSV file at `path`."""
        with _plan(plan)._use() as plan_handle:
            return cls(_handle=_create(lib.tandem_actuals_load_csv_file, ActualsPtr,
                                       plan_handle, _path(path)))

    def add(self, plan, unit, product, date, amount=0, quantity=0):
        """Books one sale of a leaf unit (ids) on `date` (datetime.date or
        "YYYY-MM-DD"): amount and quantity as ints in the smallest unit or decimal
        text at the measure's scale, negative for a return; 0 for a measure the plan
        does not target."""
        plan = _plan(plan)
        values = (plan._units(amount, "amount", "amount") if amount != 0 else 0,
                  plan._units(quantity, "quantity", "quantity") if quantity != 0 else 0)
        args = (_name(unit, "unit"), _name(product, "product"), _date_text(date, "date"))
        # The plan's lock first, then the actuals', as every call holding both.
        with plan._use() as plan_handle, self._use() as handle:
            check(lib.tandem_actuals_add(handle, plan_handle, *args, *values))

    def actual(self, plan, unit, product=None, month=None, measure="amount"):
        """The actual of a unit (rolled up) for one line (None: all) in one month
        (index or label; None: the whole year)."""
        plan = _plan(plan)
        code, index, line = _measure(measure), plan.unit_index(unit), plan.product_index(product)
        out = c_int64()
        with self._use() as handle:
            if month is None:
                check(lib.tandem_actuals_total(handle, code, index, line, byref(out)))
            else:
                month = plan._month_index(month)
                check(lib.tandem_actuals_actual(handle, code, index, line, month, byref(out)))
        return out.value

    @property
    def rows(self):
        """Number of sales booked."""
        with self._use() as handle:
            return lib.tandem_actuals_rows(handle)

    @property
    def last_date(self):
        """The latest date booked (datetime.date), or None."""
        has, buffer = c_bool(), create_string_buffer(_DATE_SIZE)
        with self._use() as handle:
            check(lib.tandem_actuals_last_date(handle, byref(has), buffer, _DATE_SIZE))
        return datetime.date.fromisoformat(buffer.value.decode("ascii")) if has.value else None


def _plan(plan):
    if not isinstance(plan, Plan):
        raise TypeError("plan must be a tandem.Plan, not %s" % type(plan).__name__)
    return plan


@dataclass(frozen=True)
class ReportRow:
    """One row of a report: a unit (id), a product line (id; None on the unit's own
    row), a period label, the target, the actual and actual - target (ints in the
    smallest unit), and the attainment actual / target as an exact Fraction (None
    when the target is 0) with its percentage rounded once to one decimal ("" when
    None). With as_of: the target to that date and its attainment; else None."""

    unit: str
    product: Optional[str]
    period: str
    target: int
    actual: int
    variance: int
    attainment: Optional[fractions.Fraction]
    attainment_percent: str
    target_to_date: Optional[int] = None
    attainment_to_date: Optional[fractions.Fraction] = None
    attainment_to_date_percent: str = ""


def _ratio(num, den):
    return fractions.Fraction(num, den) if den > 0 else None


def plan_report(plan, actuals=None, measure="amount", by="month", unit=None, level=0,
                by_product=True, as_of=None):
    """Targets against actuals (a list of ReportRow).

    actuals     an Actuals, or None for targets only
    by          "month", "quarter", "half" or "year" of the plan's fiscal calendar
    unit        one unit's rows (id or index); None: every unit at depth `level`
    by_product  also a row per product line under each unit's row
    as_of       a datetime.date or "YYYY-MM-DD" in the fiscal year: adds targets to date
    """
    plan = _plan(plan)
    code = _measure(measure)
    if not isinstance(by, str):
        raise TypeError("by must be a str, not %s" % type(by).__name__)
    if by not in _GROUPINGS:
        raise InvalidArgument("unknown grouping %r; expected one of %s"
                              % (by, ", ".join(reversed(list(_GROUPINGS)))))
    if actuals is not None and not isinstance(actuals, Actuals):
        raise TypeError("actuals must be a tandem.Actuals or None, not %s"
                        % type(actuals).__name__)
    if not isinstance(by_product, bool):
        raise TypeError("by_product must be a bool")
    unit_id = None if unit is None else _name(plan.unit(unit).id, "unit")
    level = integer(level, "level", INT32_MIN, INT32_MAX)
    day = None if as_of is None else _date_text(as_of, "as_of")
    units = [u.id for u in plan.units]
    products = [p.id for p in plan.products]
    with plan._use() as plan_handle:
        if actuals is None:
            handle = _create(lib.tandem_plan_report_create, PlanReportPtr, plan_handle, None, code,
                             _GROUPINGS[by], unit_id, level, by_product, day)
        else:
            with actuals._use() as actuals_handle:
                handle = _create(lib.tandem_plan_report_create, PlanReportPtr, plan_handle,
                                 actuals_handle, code, _GROUPINGS[by], unit_id, level, by_product,
                                 day)
    try:
        rows = []
        for i in range(lib.tandem_plan_report_count(handle)):
            raw = PlanReportRow()
            check(lib.tandem_plan_report_get(handle, i, byref(raw)))
            to_date = raw.has_to_date
            rows.append(ReportRow(
                unit=units[raw.unit],
                product=None if raw.product == ALL_PRODUCTS else products[raw.product],
                period=_read_text(lib.tandem_plan_report_period, handle, i),
                target=raw.target, actual=raw.actual, variance=raw.variance,
                attainment=_ratio(raw.attainment_num, raw.attainment_den),
                attainment_percent=_read_text(lib.tandem_plan_report_percent, handle, i, False, 1),
                target_to_date=raw.target_to_date if to_date else None,
                attainment_to_date=(_ratio(raw.attainment_to_date_num, raw.attainment_to_date_den)
                                    if to_date else None),
                attainment_to_date_percent=_read_text(lib.tandem_plan_report_percent, handle, i,
                                                      True, 1)))
        return rows
    finally:
        lib.tandem_plan_report_destroy(handle)


@dataclass(frozen=True)
class Revision:
    """What remains after the closed months, re-planned (plan_respread_remaining).

    closed_months  months ending on or before the as-of date
    cells          {(leaf unit id, product line id): list of monthly values}: the
                   actuals of the closed months, then the revised open targets
    unallocated    {(leaf unit id, product line id): int}: what the open months were
                   not asked to achieve; for every cell
                   sum(cells[k]) + unallocated[k] == the cell's annual target
    """

    closed_months: int
    cells: dict
    unallocated: dict


def plan_respread_remaining(plan, actuals, as_of, measure="amount", *, on_shortfall="spread",
                            on_surplus="spread", basis=None, calendar=None, values=None,
                            unit="weights", when_zero="error", method=None, quantum=None,
                            ties=None, options=None):
    """Re-plans what remains of every leaf cell after the months closed by `as_of`
    (a month is closed when it ends on or before it): its annual target minus its
    actuals of the closed months, spread over its open months as tandem.respread
    does (basis None: in proportion to the original targets; on_shortfall "spread"
    or "carry", on_surplus "spread" or "bank"; the other keywords as for spread()).
    Returns a Revision."""
    plan = _plan(plan)
    if not isinstance(actuals, Actuals):
        raise TypeError("actuals must be a tandem.Actuals, not %s" % type(actuals).__name__)
    code = _measure(measure)
    day = _date_text(as_of, "as_of")
    shortfall = _choice(on_shortfall, _SHORTFALL, "on_shortfall")
    surplus = _choice(on_surplus, _SURPLUS, "on_surplus")
    units = [u.id for u in plan.units]
    products = [p.id for p in plan.products]
    months = len(plan.months)
    settings = _SpreadSettings(basis, calendar, values, unit, when_zero, method, quantum, ties,
                               options)
    handle = PlanRevisionPtr()
    try:
        with settings.locked(), plan._use() as plan_handle, actuals._use() as actuals_handle:
            status = lib.tandem_plan_respread_remaining(plan_handle, actuals_handle, code, day,
                                                        shortfall, surplus, basis is None,
                                                        settings.handle, byref(handle))
        failure = None if status == 0 else last_error(status)
    finally:
        settings.close()
    if failure is not None:
        raise failure
    try:
        cells, unallocated = {}, {}
        for leaf in range(lib.tandem_plan_revision_leaf_count(handle)):
            index = c_size_t()
            check(lib.tandem_plan_revision_leaf(handle, leaf, byref(index)))
            for line, product in enumerate(products):
                pointer, result = output_pointer(None, months, [])
                rest = c_int64()
                check(lib.tandem_plan_revision_cell(handle, leaf, line, pointer, months,
                                                    byref(rest)))
                cells[(units[index.value], product)] = list(result)
                unallocated[(units[index.value], product)] = rest.value
        return Revision(lib.tandem_plan_revision_closed_months(handle), cells, unallocated)
    finally:
        lib.tandem_plan_revision_destroy(handle)


__all__ = ["Plan", "PlanUnit", "ProductLine", "Month", "Bounds", "Replan", "Actuals",
           "ReportRow", "plan_report", "Revision", "plan_respread_remaining",
           "plan_document_schema_version", "ALL_PRODUCTS", "EXAMPLE"]
