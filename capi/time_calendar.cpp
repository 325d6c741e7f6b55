// Period kind names and the fiscal calendar handle.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "firewall.hpp"
#include "tandem.h"
#include "text_output.hpp"
#include "time_handles.hpp"

namespace {

namespace tt = tandem::time;
using tandem::capi::firewall;
using tandem::capi::require_enum;
using tandem::capi::require_non_null;

static_assert(static_cast<int>(tt::period_kind::year) == TANDEM_PERIOD_YEAR);
static_assert(static_cast<int>(tt::period_kind::half) == TANDEM_PERIOD_HALF);
static_assert(static_cast<int>(tt::period_kind::quarter) == TANDEM_PERIOD_QUARTER);
static_assert(static_cast<int>(tt::period_kind::month) == TANDEM_PERIOD_MONTH);
static_assert(static_cast<int>(tt::period_kind::week) == TANDEM_PERIOD_WEEK);
static_assert(static_cast<int>(tt::period_kind::day) == TANDEM_PERIOD_DAY);
static_assert(static_cast<int>(tt::weekday::monday) == TANDEM_MONDAY);
static_assert(static_cast<int>(tt::weekday::sunday) == TANDEM_SUNDAY);
static_assert(static_cast<int>(tt::fiscal_year_naming::end_year) == TANDEM_NAMING_END_YEAR);
static_assert(static_cast<int>(tt::fiscal_year_naming::start_year) == TANDEM_NAMING_START_YEAR);
static_assert(static_cast<int>(tt::retail_pattern::p445) == TANDEM_RETAIL_445);
static_assert(static_cast<int>(tt::retail_pattern::p454) == TANDEM_RETAIL_454);
static_assert(static_cast<int>(tt::retail_pattern::p544) == TANDEM_RETAIL_544);
static_assert(static_cast<int>(tt::year_end_rule::last_weekday) == TANDEM_YEAR_END_LAST_WEEKDAY);
static_assert(static_cast<int>(tt::year_end_rule::nearest_weekday) == TANDEM_YEAR_END_NEAREST_WEEKDAY);

tt::fiscal_year_naming naming_argument(tandem_fiscal_year_naming naming) {
  require_enum(naming, TANDEM_NAMING_END_YEAR, TANDEM_NAMING_START_YEAR, "tandem_fiscal_year_naming");
  return static_cast<tt::fiscal_year_naming>(naming);
}

void publish(tt::fiscal_calendar calendar, tandem_fiscal_calendar** out) {
  *out = new tandem_fiscal_calendar{calendar};
}

}  // namespace

extern "C" {

tandem_status tandem_period_kind_from_name(const char* name, tandem_period_kind* out) {
  return firewall([&] {
    require_non_null(name, "name");
    require_non_null(out, "out");
    const auto parsed = tt::period_kind_from_name(name);
    if (!parsed) {
      tandem::capi::throw_invalid_argument("name " + tandem::capi::quoted_name(name) +
                                           " is not a period kind (year, half, quarter, month, "
                                           "week, day)");
    }
    *out = static_cast<tandem_period_kind>(*parsed);
  });
}

const char* tandem_period_kind_name(tandem_period_kind kind) {
  if (kind < TANDEM_PERIOD_YEAR || kind > TANDEM_PERIOD_DAY) return nullptr;
  // The names are string literals, hence NUL-terminated and static.
  return tt::to_string(static_cast<tt::period_kind>(kind)).data();
}

tandem_status tandem_fiscal_calendar_create_gregorian(tandem_fiscal_calendar** out) {
  return firewall([&] {
    require_non_null(out, "out");
    publish(tt::fiscal_calendar::gregorian(), out);
  });
}

tandem_status tandem_fiscal_calendar_create_fiscal(int32_t start_month, int32_t start_day,
                                                   tandem_fiscal_year_naming naming,
                                                   tandem_fiscal_calendar** out) {
  return firewall([&] {
    require_non_null(out, "out");
    publish(tt::fiscal_calendar::starting(start_month, start_day, naming_argument(naming)), out);
  });
}

tandem_status tandem_fiscal_calendar_create_retail(tandem_retail_pattern pattern, int32_t end_month,
                                                   tandem_weekday end_weekday,
                                                   tandem_year_end_rule rule,
                                                   tandem_fiscal_year_naming naming,
                                                   tandem_fiscal_calendar** out) {
  return firewall([&] {
    require_non_null(out, "out");
    require_enum(pattern, TANDEM_RETAIL_445, TANDEM_RETAIL_544, "tandem_retail_pattern");
    require_enum(end_weekday, TANDEM_MONDAY, TANDEM_SUNDAY, "tandem_weekday");
    require_enum(rule, TANDEM_YEAR_END_LAST_WEEKDAY, TANDEM_YEAR_END_NEAREST_WEEKDAY,
                 "tandem_year_end_rule");
    publish(tt::fiscal_calendar::retail(static_cast<tt::retail_pattern>(pattern), end_month,
                                        static_cast<tt::weekday>(end_weekday),
                                        static_cast<tt::year_end_rule>(rule), naming_argument(naming)),
            out);
  });
}

void tandem_fiscal_calendar_destroy(tandem_fiscal_calendar* calendar) { delete calendar; }

tandem_status tandem_fiscal_calendar_year(const tandem_fiscal_calendar* calendar, int32_t year,
                                          char* first_out, size_t first_capacity, char* last_out,
                                          size_t last_capacity) {
  return firewall([&] {
    require_non_null(calendar, "calendar");
    tandem::capi::require_date_buffer(first_out, first_capacity, "first_out");
    tandem::capi::require_date_buffer(last_out, last_capacity, "last_out");
    const tt::date_range days = calendar->calendar.fiscal_year(year);
    tandem::capi::write_date(days.first, first_out);
    tandem::capi::write_date(days.last, last_out);
  });
}

tandem_status tandem_fiscal_calendar_year_of(const tandem_fiscal_calendar* calendar, const char* date,
                                             int32_t* year_out) {
  return firewall([&] {
    require_non_null(calendar, "calendar");
    require_non_null(year_out, "year_out");
    const tt::date d = tandem::capi::date_argument(date, "date");
    *year_out = calendar->calendar.fiscal_year_of(d);
  });
}

tandem_status tandem_fiscal_calendar_describe(const tandem_fiscal_calendar* calendar, char* buffer,
                                              size_t capacity, size_t* length_out) {
  return firewall([&] {
    require_non_null(calendar, "calendar");
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(calendar->calendar.describe(), buffer, capacity, length_out);
  });
}

}  // extern "C"
