"""Tandem: exact apportionment of sales targets, over the stable C API (libtandem).

    >>> import tandem
    >>> tandem.allocate(7, [5, 3, 2])
    [4, 2, 1]
    >>> tandem.allocate(7, [5, 3, 2], "adams")
    [3, 2, 2]
    >>> tandem.allocate_decimal("10.00", ["1", "1", "1"], 2)
    ['3.34', '3.33', '3.33']

Targets spread over fiscal periods (tandem.time: FiscalCalendar, WorkingCalendar,
periods, spread, TargetSeries, respread):

    >>> fy = tandem.FiscalCalendar.fiscal(4)
    >>> months = tandem.periods(fy, "2027-04-01", "2028-03-31", "month")
    >>> tandem.spread_decimal("1200.00", months, 2)[:2]
    ['100.00', '100.00']

An organisation, its organisation model, and the marketing-sales loop
(tandem.organisation, tandem.org_model, tandem.loop, tandem.org_document):

    >>> org = tandem.Organisation()
    >>> org.add_unit("org_marketing_department")
    >>> org.add_unit("org_sales_department", superior="org_marketing_department")
    >>> tandem.classify_org_model(org).model
    3

A total split two ways at once, among rows and columns with their own totals
(tandem.biproportional; the divisors are exact Fractions):

    >>> tandem.biproportional([5, 3], [4, 4], [[30, 10], [10, 20]]).shares
    [[3, 2], [1, 2]]

A target plan decomposed to every unit, product line and month, edited with the
strong guarantee and set against actuals (tandem.plan: Plan, Actuals, plan_report):

    >>> plan = tandem.Plan.load(tandem.plan.EXAMPLE)
    >>> plan.format(plan.unit_total("east"))
    '900.00'

The built-in domain catalog of marketing and sales (tandem.catalog):

    >>> tandem.catalog.text("lifecycle_introduction", "zh")
    '导入期'

Integers only: amounts and weights never pass through float. Failures raise a
TandemError subclass carrying .status, .message and .child. See docs/python.md.
"""

from . import catalog
from ._arrays import NONE
from ._library import BINDING_VERSION_MAJOR, BINDING_VERSION_MINOR, lib as _lib
from ._names import methods, tie_rules
from .allocation import allocate, allocate_decimal
from .biproportional import (Biproportional, BiproportionalStats, biproportional,
                             check_biproportional)
from .decimals import format_decimal, parse_decimal
from .errors import (Infeasible, Internal, InvalidArgument, NoMemory, OutOfRange, Overflow,
                     ParseError, TandemError, Tie)
from .options import Options
from .lifecycle import (FocusActivity, ProductLifecycle, Proposal, Transition, classify_lifecycle,
                        is_extension, lifecycle_rules, lifecycle_stage_id, lifecycle_stages,
                        marketing_focus)
from .loop import (Campaign, Delivery, DirectionHealth, DueRule, DutySchedule, Flow,
                   LoopHealth, LoopSchedule, Obligation, ObligationState, cadences, due_anchors,
                   flow_directions, obligation_statuses)
from .org_document import (load_org_document, load_org_document_file, org_document_schema_version,
                           save_org_document)
from .org_model import OrgModelClassification, Reason, changes_towards_model_4, classify_org_model
from .organisation import (Duty, DutyAssignment, Organisation, Unit, duty_sources,
                           is_well_formed_org_id, unit_functions, unit_kinds)
from .plan import (Actuals, Bounds, Month, Plan, PlanUnit, ProductLine, Replan, ReportRow,
                   Revision, plan_document_schema_version, plan_report, plan_respread_remaining)
from .time import (FiscalCalendar, Period, Periods, Respread, TargetSeries, WorkingCalendar,
                   period_kinds, periods, respread, spread, spread_bases, spread_decimal)

__version__ = _lib.tandem_version_string().decode("ascii")
version_number = _lib.tandem_version_number()


def status_name(status):
    """The library's stable name of a status code ("infeasible"; "unknown" if not one)."""
    return _lib.tandem_status_name(status).decode("ascii")


__all__ = [
    "allocate", "allocate_decimal", "Options", "parse_decimal", "format_decimal", "methods",
    "tie_rules", "status_name", "NONE", "version_number", "__version__",
    "TandemError", "InvalidArgument", "ParseError", "OutOfRange", "Overflow", "Infeasible", "Tie",
    "NoMemory", "Internal", "BINDING_VERSION_MAJOR", "BINDING_VERSION_MINOR",
    "FiscalCalendar", "WorkingCalendar", "periods", "Period", "Periods", "spread",
    "spread_decimal", "TargetSeries", "respread", "Respread", "period_kinds", "spread_bases",
    "ProductLifecycle", "Proposal", "Transition", "classify_lifecycle", "is_extension",
    "lifecycle_rules", "lifecycle_stage_id", "lifecycle_stages", "FocusActivity",
    "marketing_focus",
    "Organisation", "Unit", "Duty", "DutyAssignment", "unit_kinds", "unit_functions",
    "duty_sources", "is_well_formed_org_id", "classify_org_model", "changes_towards_model_4",
    "OrgModelClassification", "Reason",
    "LoopSchedule", "Flow", "DueRule", "DutySchedule", "Campaign", "Delivery", "Obligation",
    "ObligationState", "DirectionHealth", "LoopHealth", "cadences", "due_anchors",
    "flow_directions", "obligation_statuses",
    "load_org_document", "load_org_document_file", "save_org_document",
    "org_document_schema_version",
    "catalog",
    "biproportional", "check_biproportional", "Biproportional", "BiproportionalStats",
    "Plan", "PlanUnit", "ProductLine", "Month", "Bounds", "Replan", "Actuals", "ReportRow",
    "plan_report", "plan_document_schema_version", "Revision", "plan_respread_remaining",
]
