// The target series handle: pro-rating a range of dates and to-date targets.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "firewall.hpp"
#include "tandem.h"
#include "time_handles.hpp"

namespace {

namespace tt = tandem::time;
using tandem::capi::firewall;
using tandem::capi::require_enum;
using tandem::capi::require_non_null;

static_assert(static_cast<int>(tt::day_basis::calendar_days) == TANDEM_DAYS_CALENDAR);
static_assert(static_cast<int>(tt::day_basis::working_days) == TANDEM_DAYS_WORKING);

tt::day_basis day_basis_argument(tandem_day_basis basis) {
  require_enum(basis, TANDEM_DAYS_CALENDAR, TANDEM_DAYS_WORKING, "tandem_day_basis");
  return static_cast<tt::day_basis>(basis);
}

const tt::working_calendar* workdays_argument(const tandem_working_calendar* workdays) {
  return workdays == nullptr ? nullptr : &workdays->calendar;
}

}  // namespace

extern "C" {

tandem_status tandem_target_series_create(const tandem_periods* periods, const int64_t* targets,
                                          size_t count, tandem_target_series** out) {
  return firewall([&] {
    require_non_null(periods, "periods");
    require_non_null(out, "out");
    tandem::capi::require_array(targets, count, sizeof(int64_t), "targets");
    if (count != periods->periods.size()) {
      tandem::capi::throw_invalid_argument("targets has " + std::to_string(count) +
                                           " values but there are " +
                                           std::to_string(periods->periods.size()) + " periods");
    }
    auto made = std::make_unique<tandem_target_series>(tandem_target_series{
        tt::target_series(periods->periods, std::vector<std::int64_t>(targets, targets + count))});
    *out = made.release();
  });
}

void tandem_target_series_destroy(tandem_target_series* series) { delete series; }

tandem_status tandem_target_series_between(const tandem_target_series* series, const char* first,
                                           const char* last, tandem_day_basis basis,
                                           const tandem_working_calendar* workdays, int64_t* out) {
  return firewall([&] {
    require_non_null(series, "series");
    require_non_null(out, "out");
    const tt::day_basis days = day_basis_argument(basis);
    const tt::date_range range = tandem::capi::range_argument(first, last);
    *out = series->series.target_between(range, days, workdays_argument(workdays));
  });
}

tandem_status tandem_target_series_to_date(const tandem_target_series* series,
                                           const tandem_fiscal_calendar* calendar, const char* as_of,
                                           tandem_period_kind to_date_of, tandem_day_basis basis,
                                           const tandem_working_calendar* workdays, int64_t* out) {
  return firewall([&] {
    require_non_null(series, "series");
    require_non_null(calendar, "calendar");
    require_non_null(out, "out");
    require_enum(to_date_of, TANDEM_PERIOD_YEAR, TANDEM_PERIOD_DAY, "tandem_period_kind");
    const tt::day_basis days = day_basis_argument(basis);
    const tt::date day = tandem::capi::date_argument(as_of, "as_of");
    const auto kind = static_cast<tt::period_kind>(to_date_of);
    *out = tt::target_to_date(series->series, calendar->calendar, day, kind, days,
                              workdays_argument(workdays));
  });
}

}  // extern "C"
