/*
 * tandem.h on its own under strict C99 (-std=c99 -Wall -Wextra -pedantic -Werror,
 * after libgit2's headertest): the header must need nothing but itself. A build
 * failure of this file is the test failing.
 *
 * Each function is also assigned to a pointer of the exact type it had when it was
 * published, so that a changed signature (an ABI break) stops the build here.
 */
#include "tandem.h"

/* Pinned constants: renumbering any of them breaks every compiled host. */
typedef char check_ok[TANDEM_OK == 0 ? 1 : -1];
typedef char check_internal[TANDEM_E_INTERNAL == 8 ? 1 : -1];
typedef char check_huntington_hill[TANDEM_METHOD_HUNTINGTON_HILL == 6 ? 1 : -1];
typedef char check_ties_error[TANDEM_TIES_ERROR == 3 ? 1 : -1];
typedef char check_half_even[TANDEM_ROUND_HALF_EVEN == 7 ? 1 : -1];
typedef char check_none[TANDEM_NONE == INT64_MIN ? 1 : -1];
typedef char check_date_size[TANDEM_DATE_SIZE == 11 ? 1 : -1];
typedef char check_period_day[TANDEM_PERIOD_DAY == 5 ? 1 : -1];
typedef char check_sunday[TANDEM_SUNDAY == 7 ? 1 : -1];
typedef char check_spread_reference[TANDEM_SPREAD_REFERENCE == 4 ? 1 : -1];
typedef char check_surplus_bank[TANDEM_SURPLUS_BANK == 1 ? 1 : -1];
typedef char check_version[TANDEM_VERSION_NUMBER ==
                                   TANDEM_VERSION_MAJOR * 10000 + TANDEM_VERSION_MINOR * 100 +
                                       TANDEM_VERSION_PATCH
                               ? 1
                               : -1];

/* Assigns `function` to a pointer of the published type; a mismatch is an error
   under -Werror (incompatible pointer types). */
#define PINNED_SIGNATURE(function, return_type, parameters) \
  do {                                                     \
    return_type(*pointer) parameters = function;           \
    (void)pointer;                                         \
  } while (0)

int main(void) {
  PINNED_SIGNATURE(tandem_version_number, int32_t, (void));
  PINNED_SIGNATURE(tandem_version_string, const char*, (void));
  PINNED_SIGNATURE(tandem_status_name, const char*, (tandem_status));
  PINNED_SIGNATURE(tandem_last_error_message, const char*, (void));
  PINNED_SIGNATURE(tandem_last_error_child, int64_t, (void));
  PINNED_SIGNATURE(tandem_free, void, (void*));
  PINNED_SIGNATURE(tandem_method_from_name, tandem_status, (const char*, tandem_method*));
  PINNED_SIGNATURE(tandem_method_name, const char*, (tandem_method));
  PINNED_SIGNATURE(tandem_tie_rule_from_name, tandem_status, (const char*, tandem_tie_rule*));
  PINNED_SIGNATURE(tandem_tie_rule_name, const char*, (tandem_tie_rule));
  PINNED_SIGNATURE(tandem_alloc_options_create, tandem_status, (tandem_alloc_options**));
  PINNED_SIGNATURE(tandem_alloc_options_destroy, void, (tandem_alloc_options*));
  PINNED_SIGNATURE(tandem_alloc_options_set_method, tandem_status,
                   (tandem_alloc_options*, tandem_method));
  PINNED_SIGNATURE(tandem_alloc_options_set_quantum, tandem_status, (tandem_alloc_options*, int64_t));
  PINNED_SIGNATURE(tandem_alloc_options_set_ties, tandem_status,
                   (tandem_alloc_options*, tandem_tie_rule));
  PINNED_SIGNATURE(tandem_alloc_options_get, tandem_status,
                   (const tandem_alloc_options*, tandem_method*, int64_t*, tandem_tie_rule*));
  PINNED_SIGNATURE(tandem_apportion, tandem_status,
                   (tandem_alloc_options*, int64_t, const int64_t*, size_t, const int64_t*,
                    const int64_t*, const int64_t*, int64_t*));
  PINNED_SIGNATURE(tandem_apportion_decimal, tandem_status,
                   (tandem_alloc_options*, const char*, int32_t, const char* const*, size_t,
                    const char* const*, const char* const*, const char* const*,
                    tandem_allocation**));
  PINNED_SIGNATURE(tandem_allocation_destroy, void, (tandem_allocation*));
  PINNED_SIGNATURE(tandem_allocation_count, size_t, (const tandem_allocation*));
  PINNED_SIGNATURE(tandem_allocation_scale, int32_t, (const tandem_allocation*));
  PINNED_SIGNATURE(tandem_allocation_units, tandem_status,
                   (const tandem_allocation*, size_t, int64_t*));
  PINNED_SIGNATURE(tandem_allocation_copy_units, tandem_status,
                   (const tandem_allocation*, int64_t*, size_t));
  PINNED_SIGNATURE(tandem_allocation_decimal, tandem_status,
                   (const tandem_allocation*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_decimal_parse, tandem_status,
                   (const char*, int32_t, tandem_rounding, bool, int64_t*));
  PINNED_SIGNATURE(tandem_decimal_format, tandem_status, (int64_t, int32_t, char*, size_t, size_t*));

  /* The time section (calendars and spreading). */
  PINNED_SIGNATURE(tandem_period_kind_from_name, tandem_status, (const char*, tandem_period_kind*));
  PINNED_SIGNATURE(tandem_period_kind_name, const char*, (tandem_period_kind));
  PINNED_SIGNATURE(tandem_fiscal_calendar_create_gregorian, tandem_status,
                   (tandem_fiscal_calendar**));
  PINNED_SIGNATURE(tandem_fiscal_calendar_create_fiscal, tandem_status,
                   (int32_t, int32_t, tandem_fiscal_year_naming, tandem_fiscal_calendar**));
  PINNED_SIGNATURE(tandem_fiscal_calendar_create_retail, tandem_status,
                   (tandem_retail_pattern, int32_t, tandem_weekday, tandem_year_end_rule,
                    tandem_fiscal_year_naming, tandem_fiscal_calendar**));
  PINNED_SIGNATURE(tandem_fiscal_calendar_destroy, void, (tandem_fiscal_calendar*));
  PINNED_SIGNATURE(tandem_fiscal_calendar_year, tandem_status,
                   (const tandem_fiscal_calendar*, int32_t, char*, size_t, char*, size_t));
  PINNED_SIGNATURE(tandem_fiscal_calendar_year_of, tandem_status,
                   (const tandem_fiscal_calendar*, const char*, int32_t*));
  PINNED_SIGNATURE(tandem_fiscal_calendar_describe, tandem_status,
                   (const tandem_fiscal_calendar*, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_working_calendar_create, tandem_status,
                   (int32_t, tandem_working_calendar**));
  PINNED_SIGNATURE(tandem_working_calendar_load_csv, tandem_status,
                   (const char*, int32_t, tandem_working_calendar**));
  PINNED_SIGNATURE(tandem_working_calendar_destroy, void, (tandem_working_calendar*));
  PINNED_SIGNATURE(tandem_working_calendar_add_holiday, tandem_status,
                   (tandem_working_calendar*, const char*, const char*));
  PINNED_SIGNATURE(tandem_working_calendar_add_workday, tandem_status,
                   (tandem_working_calendar*, const char*, const char*));
  PINNED_SIGNATURE(tandem_working_calendar_is_working_day, tandem_status,
                   (const tandem_working_calendar*, const char*, bool*));
  PINNED_SIGNATURE(tandem_working_calendar_working_days, tandem_status,
                   (const tandem_working_calendar*, const char*, const char*, int64_t*));
  PINNED_SIGNATURE(tandem_periods_create, tandem_status,
                   (const tandem_fiscal_calendar*, const char*, const char*, tandem_period_kind,
                    tandem_periods**));
  PINNED_SIGNATURE(tandem_periods_destroy, void, (tandem_periods*));
  PINNED_SIGNATURE(tandem_periods_count, size_t, (const tandem_periods*));
  PINNED_SIGNATURE(tandem_periods_label, tandem_status,
                   (const tandem_periods*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_periods_span, tandem_status,
                   (const tandem_periods*, size_t, char*, size_t, char*, size_t));
  PINNED_SIGNATURE(tandem_periods_full, tandem_status,
                   (const tandem_periods*, size_t, char*, size_t, char*, size_t));
  PINNED_SIGNATURE(tandem_periods_is_partial, tandem_status, (const tandem_periods*, size_t, bool*));
  PINNED_SIGNATURE(tandem_spread_basis_from_name, tandem_status,
                   (const char*, tandem_spread_basis*));
  PINNED_SIGNATURE(tandem_spread_basis_name, const char*, (tandem_spread_basis));
  PINNED_SIGNATURE(tandem_spread_options_create, tandem_status, (tandem_spread_options**));
  PINNED_SIGNATURE(tandem_spread_options_destroy, void, (tandem_spread_options*));
  PINNED_SIGNATURE(tandem_spread_options_set_basis, tandem_status,
                   (tandem_spread_options*, tandem_spread_basis));
  PINNED_SIGNATURE(tandem_spread_options_set_rounding, tandem_status,
                   (tandem_spread_options*, const tandem_alloc_options*));
  PINNED_SIGNATURE(tandem_spread_options_set_working_calendar, tandem_status,
                   (tandem_spread_options*, const tandem_working_calendar*));
  PINNED_SIGNATURE(tandem_spread_options_set_values, tandem_status,
                   (tandem_spread_options*, const char* const*, const char* const*, size_t));
  PINNED_SIGNATURE(tandem_spread_options_set_key_unit, tandem_status,
                   (tandem_spread_options*, tandem_key_unit));
  PINNED_SIGNATURE(tandem_spread_options_set_match, tandem_status,
                   (tandem_spread_options*, tandem_value_match));
  PINNED_SIGNATURE(tandem_spread_options_set_zero_policy, tandem_status,
                   (tandem_spread_options*, tandem_zero_policy));
  PINNED_SIGNATURE(tandem_spread, tandem_status,
                   (const tandem_periods*, const tandem_spread_options*, int64_t, const int64_t*,
                    const int64_t*, const int64_t*, int64_t*));
  PINNED_SIGNATURE(tandem_target_series_create, tandem_status,
                   (const tandem_periods*, const int64_t*, size_t, tandem_target_series**));
  PINNED_SIGNATURE(tandem_target_series_destroy, void, (tandem_target_series*));
  PINNED_SIGNATURE(tandem_target_series_between, tandem_status,
                   (const tandem_target_series*, const char*, const char*, tandem_day_basis,
                    const tandem_working_calendar*, int64_t*));
  PINNED_SIGNATURE(tandem_target_series_to_date, tandem_status,
                   (const tandem_target_series*, const tandem_fiscal_calendar*, const char*,
                    tandem_period_kind, tandem_day_basis, const tandem_working_calendar*,
                    int64_t*));
  PINNED_SIGNATURE(tandem_respread, tandem_status,
                   (const tandem_periods*, int64_t, const int64_t*, const int64_t*, size_t,
                    tandem_shortfall_policy, tandem_surplus_policy, bool,
                    const tandem_spread_options*, int64_t*, int64_t*, int64_t*));

  /* The header's version is the loaded library's (zstd, SQLite). */
  return tandem_version_number() == TANDEM_VERSION_NUMBER ? 0 : 1;
}
