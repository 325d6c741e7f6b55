"""Loads libtandem and declares the exact C signature of every function of capi/tandem.h.

Search order: the TANDEM_LIBRARY environment variable (a path), then a library
shipped next to the package (inside it or in the directory that holds it), then
ctypes.util.find_library("tandem") (the system's library path). The loaded
library's major version must be the one this binding was written for: within a
major version the C API only grows, so a newer minor release is fine.
"""

import ctypes
import ctypes.util
import os
import sys
from ctypes import (POINTER, c_bool, c_char, c_char_p, c_int32, c_int64, c_size_t, c_uint32,
                    c_void_p)

# The C API version this binding was written against (capi/tandem.h).
BINDING_VERSION_MAJOR = 0
BINDING_VERSION_MINOR = 6

_FILE_NAMES = {
    "win32": ("tandem.dll",),
    "darwin": ("libtandem.dylib", "libtandem.0.dylib"),
}.get(sys.platform, ("libtandem.so", "libtandem.so.%d" % BINDING_VERSION_MAJOR))


class AllocOptions(ctypes.Structure):
    """Opaque tandem_alloc_options; only ever used through a pointer."""


class Allocation(ctypes.Structure):
    """Opaque tandem_allocation; only ever used through a pointer."""


class FiscalCalendar(ctypes.Structure):
    """Opaque tandem_fiscal_calendar; only ever used through a pointer."""


class WorkingCalendar(ctypes.Structure):
    """Opaque tandem_working_calendar; only ever used through a pointer."""


class Periods(ctypes.Structure):
    """Opaque tandem_periods; only ever used through a pointer."""


class SpreadOptions(ctypes.Structure):
    """Opaque tandem_spread_options; only ever used through a pointer."""


class TargetSeries(ctypes.Structure):
    """Opaque tandem_target_series; only ever used through a pointer."""


class ProductLifecycle(ctypes.Structure):
    """Opaque tandem_product_lifecycle; only ever used through a pointer."""


class LifecycleOptions(ctypes.Structure):
    """Opaque tandem_lifecycle_options; only ever used through a pointer."""


class LifecycleProposal(ctypes.Structure):
    """tandem_lifecycle_proposal, field for field (its layout is fixed for 0.x)."""
    _fields_ = [("stage", c_int32), ("rule", c_int32), ("periods", c_size_t),
                ("periods_since_first_sale", c_size_t), ("recent_level", c_int64),
                ("previous_level", c_int64), ("peak_level", c_int64), ("has_growth", c_bool),
                ("growth_bp", c_int64), ("level_bp", c_int64)]


class IdList(ctypes.Structure):
    """Opaque tandem_id_list; only ever used through a pointer."""


class Organisation(ctypes.Structure):
    """Opaque tandem_organisation; only ever used through a pointer."""


class OrgModelResult(ctypes.Structure):
    """Opaque tandem_org_model_result; only ever used through a pointer."""


class FlowSpec(ctypes.Structure):
    """Opaque tandem_flow_spec; only ever used through a pointer."""


class LoopSchedule(ctypes.Structure):
    """Opaque tandem_loop_schedule; only ever used through a pointer."""


class Obligations(ctypes.Structure):
    """Opaque tandem_obligations; only ever used through a pointer."""


class LoopHealthList(ctypes.Structure):
    """Opaque tandem_loop_health_list; only ever used through a pointer."""


class DirectionHealth(ctypes.Structure):
    """tandem_direction_health, field for field (its layout is fixed for 0.x)."""
    _fields_ = [("due", c_uint32), ("on_time", c_uint32), ("late", c_uint32),
                ("missing", c_uint32), ("pending", c_uint32)]


class LoopHealth(ctypes.Structure):
    """tandem_loop_health, field for field (its layout is fixed for 0.x)."""
    _fields_ = [("first", c_char * 11), ("last", c_char * 11),  # TANDEM_DATE_SIZE
                ("marketing_to_sales", DirectionHealth), ("sales_to_marketing", DirectionHealth)]


class BiproportionalResult(ctypes.Structure):
    """Opaque tandem_biproportional_result; only ever used through a pointer."""


class Plan(ctypes.Structure):
    """Opaque tandem_plan; only ever used through a pointer."""


class Actuals(ctypes.Structure):
    """Opaque tandem_actuals; only ever used through a pointer."""


class PlanReport(ctypes.Structure):
    """Opaque tandem_plan_report; only ever used through a pointer."""


class PlanRevision(ctypes.Structure):
    """Opaque tandem_plan_revision; only ever used through a pointer."""


class PlanReportRow(ctypes.Structure):
    """tandem_plan_report_row, field for field (its layout is fixed for 0.x)."""
    _fields_ = [("unit", c_size_t), ("product", c_size_t), ("target", c_int64),
                ("actual", c_int64), ("variance", c_int64), ("attainment_num", c_int64),
                ("attainment_den", c_int64), ("target_to_date", c_int64),
                ("attainment_to_date_num", c_int64), ("attainment_to_date_den", c_int64),
                ("has_to_date", c_bool)]


OptionsPtr = POINTER(AllocOptions)
AllocationPtr = POINTER(Allocation)
Int64Ptr = POINTER(c_int64)
FiscalCalendarPtr = POINTER(FiscalCalendar)
WorkingCalendarPtr = POINTER(WorkingCalendar)
PeriodsPtr = POINTER(Periods)
SpreadOptionsPtr = POINTER(SpreadOptions)
TargetSeriesPtr = POINTER(TargetSeries)
ProductLifecyclePtr = POINTER(ProductLifecycle)
LifecycleOptionsPtr = POINTER(LifecycleOptions)
LifecycleProposalPtr = POINTER(LifecycleProposal)
IdListPtr = POINTER(IdList)
OrganisationPtr = POINTER(Organisation)
OrgModelResultPtr = POINTER(OrgModelResult)
FlowSpecPtr = POINTER(FlowSpec)
LoopSchedulePtr = POINTER(LoopSchedule)
ObligationsPtr = POINTER(Obligations)
LoopHealthListPtr = POINTER(LoopHealthList)
DirectionHealthPtr = POINTER(DirectionHealth)
LoopHealthPtr = POINTER(LoopHealth)
BiproportionalResultPtr = POINTER(BiproportionalResult)
PlanPtr = POINTER(Plan)
ActualsPtr = POINTER(Actuals)
PlanReportPtr = POINTER(PlanReport)
PlanReportRowPtr = POINTER(PlanReportRow)
PlanRevisionPtr = POINTER(PlanRevision)
# tandem_status and every enumeration of tandem.h (tandem_method, tandem_period_kind...).
c_status = c_int32
_DATE_OUT = [POINTER(c_char), c_size_t, POINTER(c_char), c_size_t]  # first, last buffers
_TEXT_OUT = [POINTER(c_char), c_size_t, POINTER(c_size_t)]  # snprintf-style text

# name: (restype, argtypes), in header order.
_PROTOTYPES = {
    "tandem_version_number": (c_int32, []),
    "tandem_version_string": (c_char_p, []),
    "tandem_status_name": (c_char_p, [c_status]),
    "tandem_last_error_message": (c_char_p, []),
    "tandem_last_error_child": (c_int64, []),
    "tandem_free": (None, [c_void_p]),
    "tandem_method_from_name": (c_status, [c_char_p, POINTER(c_int32)]),
    "tandem_method_name": (c_char_p, [c_int32]),
    "tandem_tie_rule_from_name": (c_status, [c_char_p, POINTER(c_int32)]),
    "tandem_tie_rule_name": (c_char_p, [c_int32]),
    "tandem_alloc_options_create": (c_status, [POINTER(OptionsPtr)]),
    "tandem_alloc_options_destroy": (None, [OptionsPtr]),
    "tandem_alloc_options_set_method": (c_status, [OptionsPtr, c_int32]),
    "tandem_alloc_options_set_quantum": (c_status, [OptionsPtr, c_int64]),
    "tandem_alloc_options_set_ties": (c_status, [OptionsPtr, c_int32]),
    "tandem_alloc_options_get": (c_status, [OptionsPtr, POINTER(c_int32), POINTER(c_int64),
                                            POINTER(c_int32)]),
    "tandem_apportion": (c_status, [OptionsPtr, c_int64, Int64Ptr, c_size_t, Int64Ptr, Int64Ptr,
                                    Int64Ptr, Int64Ptr]),
    "tandem_apportion_decimal": (c_status, [OptionsPtr, c_char_p, c_int32, POINTER(c_char_p),
                                            c_size_t, POINTER(c_char_p), POINTER(c_char_p),
                                            POINTER(c_char_p), POINTER(AllocationPtr)]),
    "tandem_allocation_destroy": (None, [AllocationPtr]),
    "tandem_allocation_count": (c_size_t, [AllocationPtr]),
    "tandem_allocation_scale": (c_int32, [AllocationPtr]),
    "tandem_allocation_units": (c_status, [AllocationPtr, c_size_t, Int64Ptr]),
    "tandem_allocation_copy_units": (c_status, [AllocationPtr, Int64Ptr, c_size_t]),
    "tandem_allocation_decimal": (c_status, [AllocationPtr, c_size_t, POINTER(c_char), c_size_t,
                                             POINTER(c_size_t)]),
    "tandem_decimal_parse": (c_status, [c_char_p, c_int32, c_int32, c_bool, Int64Ptr]),
    "tandem_decimal_format": (c_status, [c_int64, c_int32, POINTER(c_char), c_size_t,
                                         POINTER(c_size_t)]),
    # time: calendars and spreading
    "tandem_period_kind_from_name": (c_status, [c_char_p, POINTER(c_int32)]),
    "tandem_period_kind_name": (c_char_p, [c_int32]),
    "tandem_fiscal_calendar_create_gregorian": (c_status, [POINTER(FiscalCalendarPtr)]),
    "tandem_fiscal_calendar_create_fiscal": (c_status, [c_int32, c_int32, c_int32,
                                                        POINTER(FiscalCalendarPtr)]),
    "tandem_fiscal_calendar_create_retail": (c_status, [c_int32, c_int32, c_int32, c_int32,
                                                        c_int32, POINTER(FiscalCalendarPtr)]),
    "tandem_fiscal_calendar_destroy": (None, [FiscalCalendarPtr]),
    "tandem_fiscal_calendar_year": (c_status, [FiscalCalendarPtr, c_int32] + _DATE_OUT),
    "tandem_fiscal_calendar_year_of": (c_status, [FiscalCalendarPtr, c_char_p,
                                                  POINTER(c_int32)]),
    "tandem_fiscal_calendar_describe": (c_status, [FiscalCalendarPtr, POINTER(c_char), c_size_t,
                                                   POINTER(c_size_t)]),
    "tandem_working_calendar_create": (c_status, [c_int32, POINTER(WorkingCalendarPtr)]),
    "tandem_working_calendar_load_csv": (c_status, [c_char_p, c_int32,
                                                    POINTER(WorkingCalendarPtr)]),
    "tandem_working_calendar_destroy": (None, [WorkingCalendarPtr]),
    "tandem_working_calendar_add_holiday": (c_status, [WorkingCalendarPtr, c_char_p, c_char_p]),
    "tandem_working_calendar_add_workday": (c_status, [WorkingCalendarPtr, c_char_p, c_char_p]),
    "tandem_working_calendar_is_working_day": (c_status, [WorkingCalendarPtr, c_char_p,
                                                          POINTER(c_bool)]),
    "tandem_working_calendar_working_days": (c_status, [WorkingCalendarPtr, c_char_p, c_char_p,
                                                        Int64Ptr]),
    "tandem_periods_create": (c_status, [FiscalCalendarPtr, c_char_p, c_char_p, c_int32,
                                         POINTER(PeriodsPtr)]),
    "tandem_periods_destroy": (None, [PeriodsPtr]),
    "tandem_periods_count": (c_size_t, [PeriodsPtr]),
    "tandem_periods_label": (c_status, [PeriodsPtr, c_size_t, POINTER(c_char), c_size_t,
                                        POINTER(c_size_t)]),
    "tandem_periods_span": (c_status, [PeriodsPtr, c_size_t] + _DATE_OUT),
    "tandem_periods_full": (c_status, [PeriodsPtr, c_size_t] + _DATE_OUT),
    "tandem_periods_is_partial": (c_status, [PeriodsPtr, c_size_t, POINTER(c_bool)]),
    "tandem_spread_basis_from_name": (c_status, [c_char_p, POINTER(c_int32)]),
    "tandem_spread_basis_name": (c_char_p, [c_int32]),
    "tandem_spread_options_create": (c_status, [POINTER(SpreadOptionsPtr)]),
    "tandem_spread_options_destroy": (None, [SpreadOptionsPtr]),
    "tandem_spread_options_set_basis": (c_status, [SpreadOptionsPtr, c_int32]),
    "tandem_spread_options_set_rounding": (c_status, [SpreadOptionsPtr, OptionsPtr]),
    "tandem_spread_options_set_working_calendar": (c_status, [SpreadOptionsPtr,
                                                              WorkingCalendarPtr]),
    "tandem_spread_options_set_values": (c_status, [SpreadOptionsPtr, POINTER(c_char_p),
                                                    POINTER(c_char_p), c_size_t]),
    "tandem_spread_options_set_key_unit": (c_status, [SpreadOptionsPtr, c_int32]),
    "tandem_spread_options_set_match": (c_status, [SpreadOptionsPtr, c_int32]),
    "tandem_spread_options_set_zero_policy": (c_status, [SpreadOptionsPtr, c_int32]),
    "tandem_spread": (c_status, [PeriodsPtr, SpreadOptionsPtr, c_int64, Int64Ptr, Int64Ptr,
                                 Int64Ptr, Int64Ptr]),
    "tandem_target_series_create": (c_status, [PeriodsPtr, Int64Ptr, c_size_t,
                                               POINTER(TargetSeriesPtr)]),
    "tandem_target_series_destroy": (None, [TargetSeriesPtr]),
    "tandem_target_series_between": (c_status, [TargetSeriesPtr, c_char_p, c_char_p, c_int32,
                                                WorkingCalendarPtr, Int64Ptr]),
    "tandem_target_series_to_date": (c_status, [TargetSeriesPtr, FiscalCalendarPtr, c_char_p,
                                                c_int32, c_int32, WorkingCalendarPtr, Int64Ptr]),
    "tandem_respread": (c_status, [PeriodsPtr, c_int64, Int64Ptr, Int64Ptr, c_size_t, c_int32,
                                   c_int32, c_bool, SpreadOptionsPtr, Int64Ptr, Int64Ptr,
                                   Int64Ptr]),
    # org: the built-in catalog
    "tandem_lang_from_name": (c_status, [c_char_p, POINTER(c_int32)]),
    "tandem_lang_name": (c_char_p, [c_int32]),
    "tandem_catalog_info": (c_status, [c_char_p, c_int32, POINTER(c_char), c_size_t,
                                       POINTER(c_size_t)]),
    "tandem_catalog_list_name": (c_char_p, [c_size_t]),
    "tandem_catalog_list_count": (c_status, [c_char_p, POINTER(c_size_t)]),
    "tandem_catalog_list_id": (c_status, [c_char_p, c_size_t, POINTER(c_char), c_size_t,
                                          POINTER(c_size_t)]),
    "tandem_catalog_contains": (c_status, [c_char_p, POINTER(c_bool)]),
    "tandem_catalog_kind": (c_status, [c_char_p, POINTER(c_char), c_size_t, POINTER(c_size_t)]),
    "tandem_catalog_text": (c_status, [c_char_p, c_int32, POINTER(c_char), c_size_t,
                                       POINTER(c_size_t)]),
    "tandem_catalog_parent": (c_status, [c_char_p, POINTER(c_char), c_size_t,
                                         POINTER(c_size_t)]),
    "tandem_catalog_link_count": (c_status, [c_char_p, c_char_p, POINTER(c_size_t)]),
    "tandem_catalog_link_id": (c_status, [c_char_p, c_char_p, c_size_t, POINTER(c_char),
                                          c_size_t, POINTER(c_size_t)]),
    "tandem_catalog_field": (c_status, [c_char_p, c_char_p, c_int32, POINTER(c_char), c_size_t,
                                        POINTER(c_size_t)]),
    "tandem_catalog_flag": (c_status, [c_char_p, c_char_p, POINTER(c_bool)]),
    "tandem_catalog_integer": (c_status, [c_char_p, c_char_p, Int64Ptr]),
    # org: product lifecycle
    "tandem_lifecycle_stage_from_name": (c_status, [c_char_p, POINTER(c_int32)]),
    "tandem_lifecycle_stage_name": (c_char_p, [c_int32]),
    "tandem_lifecycle_stage_id": (c_char_p, [c_int32]),
    "tandem_lifecycle_stage_is_extension": (c_bool, [c_int32]),
    "tandem_lifecycle_focus_count": (c_status, [c_int32, POINTER(c_size_t)]),
    "tandem_lifecycle_focus_get": (c_status, [c_int32, c_size_t, c_int32, POINTER(c_char), c_size_t,
                                              POINTER(c_size_t), POINTER(c_char), c_size_t,
                                              POINTER(c_size_t), POINTER(c_bool)]),
    "tandem_product_lifecycle_create": (c_status, [c_char_p, POINTER(ProductLifecyclePtr)]),
    "tandem_product_lifecycle_destroy": (None, [ProductLifecyclePtr]),
    "tandem_product_lifecycle_id": (c_status, [ProductLifecyclePtr, POINTER(c_char), c_size_t,
                                               POINTER(c_size_t)]),
    "tandem_product_lifecycle_enter": (c_status, [ProductLifecyclePtr, c_int32, c_char_p]),
    "tandem_product_lifecycle_stage_on": (c_status, [ProductLifecyclePtr, c_char_p,
                                                     POINTER(c_int32)]),
    "tandem_product_lifecycle_current": (c_status, [ProductLifecyclePtr, POINTER(c_int32)]),
    "tandem_product_lifecycle_count": (c_size_t, [ProductLifecyclePtr]),
    "tandem_product_lifecycle_entry": (c_status, [ProductLifecyclePtr, c_size_t, POINTER(c_int32),
                                                  POINTER(c_char), c_size_t]),
    "tandem_lifecycle_options_create": (c_status, [POINTER(LifecycleOptionsPtr)]),
    "tandem_lifecycle_options_destroy": (None, [LifecycleOptionsPtr]),
    "tandem_lifecycle_options_set_window": (c_status, [LifecycleOptionsPtr, c_int64]),
    "tandem_lifecycle_options_set_introduction_periods": (c_status, [LifecycleOptionsPtr,
                                                                     c_int64]),
    "tandem_lifecycle_options_set_growth_threshold_bp": (c_status, [LifecycleOptionsPtr,
                                                                    c_int64]),
    "tandem_lifecycle_options_set_decline_threshold_bp": (c_status, [LifecycleOptionsPtr,
                                                                     c_int64]),
    "tandem_lifecycle_options_set_maturity_level_bp": (c_status, [LifecycleOptionsPtr,
                                                                  c_int64]),
    "tandem_lifecycle_options_get": (c_status, [LifecycleOptionsPtr, Int64Ptr, Int64Ptr, Int64Ptr,
                                                Int64Ptr, Int64Ptr]),
    "tandem_lifecycle_rule_name": (c_char_p, [c_int32]),
    "tandem_lifecycle_classify": (c_status, [Int64Ptr, c_size_t, LifecycleOptionsPtr,
                                             LifecycleProposalPtr]),
    # org: organisation and organisation model
    "tandem_unit_kind_from_name": (c_status, [c_char_p, POINTER(c_int32)]),
    "tandem_unit_kind_name": (c_char_p, [c_int32]),
    "tandem_unit_function_from_name": (c_status, [c_char_p, POINTER(c_int32)]),
    "tandem_unit_function_name": (c_char_p, [c_int32]),
    "tandem_duty_source_name": (c_char_p, [c_int32]),
    "tandem_org_id_is_well_formed": (c_bool, [c_char_p]),
    "tandem_id_list_destroy": (None, [IdListPtr]),
    "tandem_id_list_count": (c_size_t, [IdListPtr]),
    "tandem_id_list_get": (c_status, [IdListPtr, c_size_t, POINTER(c_char), c_size_t,
                                      POINTER(c_size_t)]),
    "tandem_id_list_related_count": (c_status, [IdListPtr, c_size_t, POINTER(c_size_t)]),
    "tandem_id_list_related": (c_status, [IdListPtr, c_size_t, c_size_t, POINTER(c_char), c_size_t,
                                          POINTER(c_size_t)]),
    "tandem_organisation_create": (c_status, [POINTER(OrganisationPtr)]),
    "tandem_organisation_destroy": (None, [OrganisationPtr]),
    "tandem_organisation_clone": (c_status, [OrganisationPtr, POINTER(OrganisationPtr)]),
    "tandem_organisation_add_unit": (c_status, [OrganisationPtr, c_char_p, c_int32, c_char_p,
                                                c_char_p, c_char_p, c_int32]),
    "tandem_organisation_add_duty": (c_status, [OrganisationPtr, c_char_p, c_char_p, c_char_p]),
    "tandem_organisation_assign_person": (c_status, [OrganisationPtr, c_char_p, c_char_p]),
    "tandem_organisation_assign_duty": (c_status, [OrganisationPtr, c_char_p, c_char_p]),
    "tandem_organisation_validate": (c_status, [OrganisationPtr]),
    "tandem_organisation_unit_count": (c_size_t, [OrganisationPtr]),
    "tandem_organisation_find_unit": (c_status, [OrganisationPtr, c_char_p, POINTER(c_bool),
                                                 POINTER(c_size_t)]),
    "tandem_organisation_unit_with": (c_status, [OrganisationPtr, c_int32, POINTER(c_bool),
                                                 POINTER(c_size_t)]),
    "tandem_organisation_unit_id": (c_status, [OrganisationPtr, c_size_t, POINTER(c_char),
                                               c_size_t, POINTER(c_size_t)]),
    "tandem_organisation_unit_name": (c_status, [OrganisationPtr, c_size_t, c_int32,
                                                 POINTER(c_char), c_size_t, POINTER(c_size_t)]),
    "tandem_organisation_unit_superior": (c_status, [OrganisationPtr, c_size_t, POINTER(c_char),
                                                     c_size_t, POINTER(c_size_t)]),
    "tandem_organisation_unit_info": (c_status, [OrganisationPtr, c_size_t, POINTER(c_int32),
                                                 POINTER(c_int32)]),
    "tandem_organisation_duty_count": (c_size_t, [OrganisationPtr]),
    "tandem_organisation_find_duty": (c_status, [OrganisationPtr, c_char_p, POINTER(c_bool),
                                                 POINTER(c_size_t)]),
    "tandem_organisation_duty_id": (c_status, [OrganisationPtr, c_size_t, POINTER(c_char),
                                               c_size_t, POINTER(c_size_t)]),
    "tandem_organisation_duty_name": (c_status, [OrganisationPtr, c_size_t, c_int32,
                                                 POINTER(c_char), c_size_t, POINTER(c_size_t)]),
    "tandem_organisation_duty_source": (c_status, [OrganisationPtr, c_size_t, POINTER(c_int32)]),
    "tandem_organisation_duty_assignments": (c_status, [OrganisationPtr, POINTER(IdListPtr)]),
    "tandem_organisation_owners_of": (c_status, [OrganisationPtr, c_char_p, POINTER(IdListPtr)]),
    "tandem_organisation_unowned_duties": (c_status, [OrganisationPtr, POINTER(IdListPtr)]),
    "tandem_organisation_duties_owned_more_than_once": (c_status, [OrganisationPtr,
                                                                   POINTER(IdListPtr)]),
    "tandem_organisation_duties_of": (c_status, [OrganisationPtr, c_char_p, c_bool,
                                                 POINTER(IdListPtr)]),
    "tandem_organisation_direct_subordinates": (c_status, [OrganisationPtr, c_char_p,
                                                           POINTER(IdListPtr)]),
    "tandem_organisation_subtree": (c_status, [OrganisationPtr, c_char_p, POINTER(IdListPtr)]),
    "tandem_organisation_superior_chain": (c_status, [OrganisationPtr, c_char_p,
                                                      POINTER(IdListPtr)]),
    "tandem_organisation_people_in": (c_status, [OrganisationPtr, c_char_p, POINTER(IdListPtr)]),
    "tandem_organisation_roles_of": (c_status, [OrganisationPtr, c_char_p, POINTER(IdListPtr)]),
    "tandem_org_model_classify": (c_status, [OrganisationPtr, POINTER(OrgModelResultPtr)]),
    "tandem_org_model_changes_towards_model_4": (c_status, [OrganisationPtr,
                                                            POINTER(OrgModelResultPtr)]),
    "tandem_org_model_result_destroy": (None, [OrgModelResultPtr]),
    "tandem_org_model_result_model": (c_int32, [OrgModelResultPtr]),
    "tandem_org_model_result_model_id": (c_status, [OrgModelResultPtr, POINTER(c_char), c_size_t,
                                                    POINTER(c_size_t)]),
    "tandem_org_model_result_reason_count": (c_size_t, [OrgModelResultPtr]),
    "tandem_org_model_result_reason_id": (c_status, [OrgModelResultPtr, c_size_t, POINTER(c_char),
                                                     c_size_t, POINTER(c_size_t)]),
    "tandem_org_model_result_reason_text": (c_status, [OrgModelResultPtr, c_size_t, c_int32,
                                                       POINTER(c_char), c_size_t,
                                                       POINTER(c_size_t)]),
    "tandem_org_model_result_reason_ids": (c_status, [OrgModelResultPtr, c_size_t,
                                                      POINTER(IdListPtr)]),
    # org: the marketing-sales loop
    "tandem_flow_direction_from_name": (c_status, [c_char_p, POINTER(c_int32)]),
    "tandem_flow_direction_name": (c_char_p, [c_int32]),
    "tandem_cadence_from_name": (c_status, [c_char_p, POINTER(c_int32)]),
    "tandem_cadence_name": (c_char_p, [c_int32]),
    "tandem_due_anchor_from_name": (c_status, [c_char_p, POINTER(c_int32)]),
    "tandem_due_anchor_name": (c_char_p, [c_int32]),
    "tandem_item_kind_name": (c_char_p, [c_int32]),
    "tandem_obligation_status_name": (c_char_p, [c_int32]),
    "tandem_flow_spec_create": (c_status, [c_char_p, POINTER(FlowSpecPtr)]),
    "tandem_flow_spec_destroy": (None, [FlowSpecPtr]),
    "tandem_flow_spec_set_names": (c_status, [FlowSpecPtr, c_char_p, c_char_p]),
    "tandem_flow_spec_set_direction": (c_status, [FlowSpecPtr, c_int32]),
    "tandem_flow_spec_set_units": (c_status, [FlowSpecPtr, c_char_p, c_char_p]),
    "tandem_flow_spec_set_cadence": (c_status, [FlowSpecPtr, c_int32]),
    "tandem_flow_spec_set_due": (c_status, [FlowSpecPtr, c_int32, c_int32]),
    "tandem_loop_schedule_create": (c_status, [OrganisationPtr, FiscalCalendarPtr,
                                               POINTER(LoopSchedulePtr)]),
    "tandem_loop_schedule_destroy": (None, [LoopSchedulePtr]),
    "tandem_loop_schedule_organisation": (c_status, [LoopSchedulePtr, POINTER(OrganisationPtr)]),
    "tandem_loop_schedule_calendar": (c_status, [LoopSchedulePtr, POINTER(FiscalCalendarPtr)]),
    "tandem_loop_schedule_add_flow": (c_status, [LoopSchedulePtr, FlowSpecPtr]),
    "tandem_loop_schedule_add_standard_flows": (c_status, [LoopSchedulePtr]),
    "tandem_loop_schedule_schedule_duty": (c_status, [LoopSchedulePtr, c_char_p, c_int32, c_int32,
                                                      c_int32]),
    "tandem_loop_schedule_add_campaign": (c_status, [LoopSchedulePtr, c_char_p, c_char_p, c_char_p,
                                                     c_char_p, c_char_p]),
    "tandem_loop_schedule_record_delivery": (c_status, [LoopSchedulePtr, c_char_p, c_char_p,
                                                        c_char_p, c_char_p]),
    "tandem_loop_schedule_flow_count": (c_size_t, [LoopSchedulePtr]),
    "tandem_loop_schedule_find_flow": (c_status, [LoopSchedulePtr, c_char_p, POINTER(c_bool),
                                                  POINTER(c_size_t)]),
    "tandem_loop_schedule_flow_id": (c_status, [LoopSchedulePtr, c_size_t, POINTER(c_char),
                                                c_size_t, POINTER(c_size_t)]),
    "tandem_loop_schedule_flow_name": (c_status, [LoopSchedulePtr, c_size_t, c_int32,
                                                  POINTER(c_char), c_size_t, POINTER(c_size_t)]),
    "tandem_loop_schedule_flow_sender": (c_status, [LoopSchedulePtr, c_size_t, POINTER(c_char),
                                                    c_size_t, POINTER(c_size_t)]),
    "tandem_loop_schedule_flow_receiver": (c_status, [LoopSchedulePtr, c_size_t, POINTER(c_char),
                                                      c_size_t, POINTER(c_size_t)]),
    "tandem_loop_schedule_flow_info": (c_status, [LoopSchedulePtr, c_size_t, POINTER(c_int32),
                                                  POINTER(c_int32), POINTER(c_int32),
                                                  POINTER(c_int32), POINTER(c_bool)]),
    "tandem_loop_schedule_duty_count": (c_size_t, [LoopSchedulePtr]),
    "tandem_loop_schedule_duty_get": (c_status, [LoopSchedulePtr, c_size_t, POINTER(c_char),
                                                 c_size_t, POINTER(c_size_t), POINTER(c_int32),
                                                 POINTER(c_int32), POINTER(c_int32)]),
    "tandem_loop_schedule_campaign_count": (c_size_t, [LoopSchedulePtr]),
    "tandem_loop_schedule_campaign_id": (c_status, [LoopSchedulePtr, c_size_t, POINTER(c_char),
                                                    c_size_t, POINTER(c_size_t)]),
    "tandem_loop_schedule_campaign_name": (c_status, [LoopSchedulePtr, c_size_t, c_int32,
                                                      POINTER(c_char), c_size_t,
                                                      POINTER(c_size_t)]),
    "tandem_loop_schedule_campaign_dates": (c_status, [LoopSchedulePtr, c_size_t, POINTER(c_char),
                                                       c_size_t, POINTER(c_char), c_size_t]),
    "tandem_loop_schedule_delivery_count": (c_size_t, [LoopSchedulePtr]),
    "tandem_loop_schedule_delivery_get": (c_status, [LoopSchedulePtr, c_size_t, POINTER(c_char),
                                                     c_size_t, POINTER(c_size_t), POINTER(c_char),
                                                     c_size_t, POINTER(c_size_t), POINTER(c_char),
                                                     c_size_t, POINTER(c_char), c_size_t,
                                                     POINTER(c_size_t)]),
    "tandem_loop_schedule_due_in": (c_status, [LoopSchedulePtr, c_char_p, c_char_p,
                                               POINTER(ObligationsPtr)]),
    "tandem_loop_schedule_status": (c_status, [LoopSchedulePtr, c_char_p, c_char_p, c_char_p,
                                               POINTER(ObligationsPtr)]),
    "tandem_obligations_destroy": (None, [ObligationsPtr]),
    "tandem_obligations_count": (c_size_t, [ObligationsPtr]),
    "tandem_obligations_has_status": (c_bool, [ObligationsPtr]),
    "tandem_obligations_item": (c_status, [ObligationsPtr, c_size_t, POINTER(c_int32),
                                           POINTER(c_char), c_size_t, POINTER(c_size_t)]),
    "tandem_obligations_occurrence": (c_status, [ObligationsPtr, c_size_t, POINTER(c_char),
                                                 c_size_t, POINTER(c_size_t)]),
    "tandem_obligations_dates": (c_status, [ObligationsPtr, c_size_t, POINTER(c_char), c_size_t,
                                            POINTER(c_char), c_size_t, POINTER(c_char), c_size_t]),
    "tandem_obligations_direction": (c_status, [ObligationsPtr, c_size_t, POINTER(c_int32)]),
    "tandem_obligations_responsible": (c_status, [ObligationsPtr, c_size_t, POINTER(IdListPtr)]),
    "tandem_obligations_recipients": (c_status, [ObligationsPtr, c_size_t, POINTER(IdListPtr)]),
    "tandem_obligations_status": (c_status, [ObligationsPtr, c_size_t, POINTER(c_int32),
                                             Int64Ptr]),
    "tandem_obligations_delivery": (c_status, [ObligationsPtr, c_size_t, POINTER(c_bool),
                                               POINTER(c_char), c_size_t, POINTER(c_char),
                                               c_size_t, POINTER(c_size_t)]),
    "tandem_loop_schedule_health": (c_status, [LoopSchedulePtr, c_char_p, c_char_p, c_char_p,
                                               LoopHealthPtr]),
    "tandem_direction_health_on_time_percent": (c_status, [DirectionHealthPtr, c_int32,
                                                           POINTER(c_char), c_size_t,
                                                           POINTER(c_size_t)]),
    "tandem_loop_schedule_health_by_period": (c_status, [LoopSchedulePtr, c_char_p, c_char_p,
                                                         c_int32, c_char_p,
                                                         POINTER(LoopHealthListPtr)]),
    "tandem_loop_health_list_destroy": (None, [LoopHealthListPtr]),
    "tandem_loop_health_list_count": (c_size_t, [LoopHealthListPtr]),
    "tandem_loop_health_list_get": (c_status, [LoopHealthListPtr, c_size_t, LoopHealthPtr]),
    "tandem_loop_health_list_label": (c_status, [LoopHealthListPtr, c_size_t, POINTER(c_char),
                                                 c_size_t, POINTER(c_size_t)]),
    # org: organisation documents
    "tandem_org_document_schema_version": (c_int32, []),
    "tandem_org_document_load": (c_status, [c_char_p, c_size_t, c_char_p,
                                            POINTER(LoopSchedulePtr)]),
    "tandem_org_document_load_file": (c_status, [c_char_p, POINTER(LoopSchedulePtr)]),
    "tandem_org_document_save": (c_status, [LoopSchedulePtr, POINTER(c_char), c_size_t,
                                            POINTER(c_size_t)]),
    # alloc: biproportional apportionment
    "tandem_biproportional": (c_status, [Int64Ptr, c_size_t, Int64Ptr, c_size_t, Int64Ptr, c_int32,
                                         c_int64, POINTER(BiproportionalResultPtr)]),
    "tandem_biproportional_result_destroy": (None, [BiproportionalResultPtr]),
    "tandem_biproportional_result_rows": (c_size_t, [BiproportionalResultPtr]),
    "tandem_biproportional_result_columns": (c_size_t, [BiproportionalResultPtr]),
    "tandem_biproportional_result_share": (c_status, [BiproportionalResultPtr, c_size_t, c_size_t,
                                                      Int64Ptr]),
    "tandem_biproportional_result_copy_shares": (c_status, [BiproportionalResultPtr, Int64Ptr,
                                                            c_size_t]),
    "tandem_biproportional_result_tied": (c_bool, [BiproportionalResultPtr]),
    "tandem_biproportional_result_stats": (c_status, [BiproportionalResultPtr, POINTER(c_size_t),
                                                      POINTER(c_size_t), POINTER(c_bool)]),
    "tandem_biproportional_result_row_divisor": (c_status, [BiproportionalResultPtr, c_size_t,
                                                            POINTER(c_char), c_size_t,
                                                            POINTER(c_size_t)]),
    "tandem_biproportional_result_column_divisor": (c_status, [BiproportionalResultPtr, c_size_t,
                                                               POINTER(c_char), c_size_t,
                                                               POINTER(c_size_t)]),
    "tandem_biproportional_check": (c_status, [Int64Ptr, c_size_t, Int64Ptr, c_size_t, Int64Ptr,
                                               Int64Ptr, POINTER(c_char_p), POINTER(c_char_p),
                                               c_int32, c_int64]),
    # plan: target plans
    "tandem_measure_from_name": (c_status, [c_char_p, POINTER(c_int32)]),
    "tandem_measure_name": (c_char_p, [c_int32]),
    "tandem_sales_unit_kind_from_name": (c_status, [c_char_p, POINTER(c_int32)]),
    "tandem_sales_unit_kind_name": (c_char_p, [c_int32]),
    "tandem_share_basis_name": (c_char_p, [c_int32]),
    "tandem_seasonality_name": (c_char_p, [c_int32]),
    "tandem_plan_document_schema_version": (c_int32, []),
    "tandem_plan_load": (c_status, [c_char_p, c_size_t, c_char_p, POINTER(PlanPtr)]),
    "tandem_plan_load_file": (c_status, [c_char_p, POINTER(PlanPtr)]),
    "tandem_plan_save": (c_status, [PlanPtr] + _TEXT_OUT),
    "tandem_plan_clone": (c_status, [PlanPtr, POINTER(PlanPtr)]),
    "tandem_plan_destroy": (None, [PlanPtr]),
    "tandem_plan_id": (c_status, [PlanPtr] + _TEXT_OUT),
    "tandem_plan_currency": (c_status, [PlanPtr] + _TEXT_OUT),
    "tandem_plan_fiscal_year": (c_status, [PlanPtr, POINTER(c_int32)]),
    "tandem_plan_calendar": (c_status, [PlanPtr, POINTER(FiscalCalendarPtr)]),
    "tandem_plan_measure": (c_status, [PlanPtr, c_int32, POINTER(c_bool), POINTER(c_int32),
                                       Int64Ptr]),
    "tandem_plan_unit_count": (c_size_t, [PlanPtr]),
    "tandem_plan_find_unit": (c_status, [PlanPtr, c_char_p, POINTER(c_bool), POINTER(c_size_t)]),
    "tandem_plan_unit_id": (c_status, [PlanPtr, c_size_t] + _TEXT_OUT),
    "tandem_plan_unit_name": (c_status, [PlanPtr, c_size_t, c_int32] + _TEXT_OUT),
    "tandem_plan_unit_tree": (c_status, [PlanPtr, c_size_t, POINTER(c_bool), POINTER(c_size_t),
                                         POINTER(c_int32), POINTER(c_size_t),
                                         POINTER(c_size_t)]),
    "tandem_plan_unit_child": (c_status, [PlanPtr, c_size_t, c_size_t, POINTER(c_size_t)]),
    "tandem_plan_unit_info": (c_status, [PlanPtr, c_size_t, POINTER(c_int32), POINTER(c_int32)]),
    "tandem_plan_unit_weight": (c_status, [PlanPtr, c_size_t] + _TEXT_OUT),
    "tandem_plan_unit_bounds": (c_status, [PlanPtr, c_size_t, c_int32, Int64Ptr, Int64Ptr,
                                           Int64Ptr]),
    "tandem_plan_product_count": (c_size_t, [PlanPtr]),
    "tandem_plan_find_product": (c_status, [PlanPtr, c_char_p, POINTER(c_bool),
                                            POINTER(c_size_t)]),
    "tandem_plan_product_id": (c_status, [PlanPtr, c_size_t] + _TEXT_OUT),
    "tandem_plan_product_name": (c_status, [PlanPtr, c_size_t, c_int32] + _TEXT_OUT),
    "tandem_plan_product_info": (c_status, [PlanPtr, c_size_t, POINTER(c_int32),
                                            POINTER(c_int32), POINTER(c_int32)]),
    "tandem_plan_product_weight": (c_status, [PlanPtr, c_size_t] + _TEXT_OUT),
    "tandem_plan_product_bounds": (c_status, [PlanPtr, c_size_t, c_int32, Int64Ptr, Int64Ptr,
                                              Int64Ptr]),
    "tandem_plan_month_count": (c_size_t, [PlanPtr]),
    "tandem_plan_month_label": (c_status, [PlanPtr, c_size_t] + _TEXT_OUT),
    "tandem_plan_month_dates": (c_status, [PlanPtr, c_size_t] + _DATE_OUT),
    "tandem_plan_unit_total": (c_status, [PlanPtr, c_int32, c_size_t, Int64Ptr]),
    "tandem_plan_cell_total": (c_status, [PlanPtr, c_int32, c_size_t, c_size_t, Int64Ptr]),
    "tandem_plan_target": (c_status, [PlanPtr, c_int32, c_size_t, c_size_t, c_size_t, Int64Ptr]),
    "tandem_plan_monthly": (c_status, [PlanPtr, c_int32, c_size_t, c_size_t, Int64Ptr,
                                       c_size_t]),
    "tandem_plan_last_replan": (c_status, [PlanPtr, POINTER(c_size_t), POINTER(c_size_t)]),
    "tandem_plan_set_weight": (c_status, [PlanPtr, c_char_p, c_char_p]),
    "tandem_plan_set_bounds": (c_status, [PlanPtr, c_char_p, c_int32, c_int64, c_int64, c_int64]),
    "tandem_plan_set_product_weight": (c_status, [PlanPtr, c_char_p, c_char_p]),
    "tandem_plan_set_product_bounds": (c_status, [PlanPtr, c_char_p, c_int32, c_int64, c_int64,
                                                  c_int64]),
    "tandem_plan_set_mix": (c_status, [PlanPtr, c_char_p, c_char_p, c_char_p]),
    "tandem_plan_set_period_bounds": (c_status, [PlanPtr, c_char_p, c_char_p, c_char_p, c_int32,
                                                 c_int64, c_int64, c_int64]),
    "tandem_plan_set_annual_target": (c_status, [PlanPtr, c_int32, c_int64]),
    "tandem_actuals_create": (c_status, [PlanPtr, POINTER(ActualsPtr)]),
    "tandem_actuals_load_csv": (c_status, [PlanPtr, c_char_p, c_size_t, c_char_p,
                                           POINTER(ActualsPtr)]),
    "tandem_actuals_load_csv_file": (c_status, [PlanPtr, c_char_p, POINTER(ActualsPtr)]),
    "tandem_actuals_destroy": (None, [ActualsPtr]),
    "tandem_actuals_add": (c_status, [ActualsPtr, PlanPtr, c_char_p, c_char_p, c_char_p, c_int64,
                                      c_int64]),
    "tandem_actuals_actual": (c_status, [ActualsPtr, c_int32, c_size_t, c_size_t, c_size_t,
                                         Int64Ptr]),
    "tandem_actuals_total": (c_status, [ActualsPtr, c_int32, c_size_t, c_size_t, Int64Ptr]),
    "tandem_actuals_rows": (c_size_t, [ActualsPtr]),
    "tandem_actuals_last_date": (c_status, [ActualsPtr, POINTER(c_bool), POINTER(c_char),
                                            c_size_t]),
    "tandem_plan_report_create": (c_status, [PlanPtr, ActualsPtr, c_int32, c_int32, c_char_p,
                                             c_int32, c_bool, c_char_p, POINTER(PlanReportPtr)]),
    "tandem_plan_report_destroy": (None, [PlanReportPtr]),
    "tandem_plan_report_count": (c_size_t, [PlanReportPtr]),
    "tandem_plan_report_get": (c_status, [PlanReportPtr, c_size_t, PlanReportRowPtr]),
    "tandem_plan_report_period": (c_status, [PlanReportPtr, c_size_t] + _TEXT_OUT),
    "tandem_plan_report_percent": (c_status, [PlanReportPtr, c_size_t, c_bool, c_int32]
                                   + _TEXT_OUT),
    "tandem_plan_respread_remaining": (c_status, [PlanPtr, ActualsPtr, c_int32, c_char_p, c_int32,
                                                  c_int32, c_bool, SpreadOptionsPtr,
                                                  POINTER(PlanRevisionPtr)]),
    "tandem_plan_revision_destroy": (None, [PlanRevisionPtr]),
    "tandem_plan_revision_closed_months": (c_size_t, [PlanRevisionPtr]),
    "tandem_plan_revision_leaf_count": (c_size_t, [PlanRevisionPtr]),
    "tandem_plan_revision_leaf": (c_status, [PlanRevisionPtr, c_size_t, POINTER(c_size_t)]),
    "tandem_plan_revision_cell": (c_status, [PlanRevisionPtr, c_size_t, c_size_t, Int64Ptr,
                                             c_size_t, Int64Ptr]),
}


def _candidates():
    """Paths or names to try, in order, each with where it came from."""
    explicit = os.environ.get("TANDEM_LIBRARY")
    if explicit:
        # An explicit choice is final: falling back would hide a wrong path.
        return [(explicit, "TANDEM_LIBRARY")]
    found = []
    package_dir = os.path.dirname(os.path.abspath(__file__))
    for folder in (package_dir, os.path.dirname(package_dir)):
        for name in _FILE_NAMES:
            path = os.path.join(folder, name)
            if os.path.exists(path):
                found.append((path, "next to the package"))
    system = ctypes.util.find_library("tandem")
    if system:
        found.append((system, "ctypes.util.find_library"))
    return found


def _load():
    tried = []
    for where, origin in _candidates():
        try:
            return ctypes.CDLL(where)
        except OSError as error:
            tried.append("%s (%s): %s" % (where, origin, error))
    detail = "; ".join(tried) if tried else "no candidate found"
    raise ImportError(
        "tandem: cannot load the Tandem C library (libtandem). Build the tandem_c target and "
        "set TANDEM_LIBRARY=/path/to/libtandem.so, place the library next to the tandem "
        "package, or install it on the system library path. Tried: " + detail)


def _declare(lib):
    for name, (restype, argtypes) in _PROTOTYPES.items():
        try:
            function = getattr(lib, name)
        except AttributeError:
            raise ImportError(
                "tandem: %s does not export %s: not a Tandem %d.%d C library"
                % (lib._name, name, BINDING_VERSION_MAJOR, BINDING_VERSION_MINOR)) from None
        function.restype = restype
        function.argtypes = argtypes


def _check_version(lib):
    number = lib.tandem_version_number()
    major, minor = number // 10000, number // 100 % 100
    if major != BINDING_VERSION_MAJOR or minor < BINDING_VERSION_MINOR:
        raise ImportError(
            "tandem: the binding needs C library version %d.x (x >= %d) but %s is %s"
            % (BINDING_VERSION_MAJOR, BINDING_VERSION_MINOR, lib._name,
               lib.tandem_version_string().decode("ascii", "replace")))


def load():
    """The loaded, declared and version-checked library."""
    lib = _load()
    # The version functions come first so that a wrong library is named as such.
    for name in ("tandem_version_number", "tandem_version_string"):
        if not hasattr(lib, name):
            raise ImportError("tandem: %s is not a Tandem C library (no %s)" % (lib._name, name))
    lib.tandem_version_number.restype, lib.tandem_version_number.argtypes = c_int32, []
    lib.tandem_version_string.restype, lib.tandem_version_string.argtypes = c_char_p, []
    _check_version(lib)
    _declare(lib)
    return lib


lib = load()


def last_error(status):
    """The exception for a failed `status`, with this thread's last-error details.

    Called right after the failing call, on the same thread: the message and child
    are thread-local in the library (valid until its next call on this thread), and
    ctypes runs each foreign call on the calling thread.
    """
    from .errors import error_for_status
    message = lib.tandem_last_error_message().decode("utf-8", "replace")
    return error_for_status(status, message, lib.tandem_last_error_child())


def check(status):
    """Raises the matching TandemError unless `status` is TANDEM_OK."""
    if status != 0:
        raise last_error(status)
