// The working calendar handle: weekends, holidays and make-up working days.
#include <cstdint>
#include <memory>
#include <string>

#include "firewall.hpp"
#include "tandem/core/error.hpp"
#include "tandem.h"
#include "time_handles.hpp"

namespace {

namespace tt = tandem::time;
using tandem::capi::date_argument;
using tandem::capi::firewall;
using tandem::capi::require_non_null;

tt::weekday_set weekend_argument(int32_t mask) {
  if (mask < 0) {
    throw tandem::error(tandem::errc::out_of_range, "weekend_mask " + std::to_string(mask) +
                                                        " is negative; bits 0..6 are Monday..Sunday");
  }
  return tt::weekday_set::from_mask(static_cast<std::uint32_t>(mask));
}

// A listed day's name is optional in C: NULL is no name.
std::string name_argument(const char* name) {
  return name == nullptr ? std::string{} : std::string(name);
}

}  // namespace

extern "C" {

tandem_status tandem_working_calendar_create(int32_t weekend_mask, tandem_working_calendar** out) {
  return firewall([&] {
    require_non_null(out, "out");
    *out = new tandem_working_calendar{tt::working_calendar(weekend_argument(weekend_mask))};
  });
}

tandem_status tandem_working_calendar_load_csv(const char* path, int32_t weekend_mask,
                                               tandem_working_calendar** out) {
  return firewall([&] {
    require_non_null(path, "path");
    require_non_null(out, "out");
    auto loaded = std::make_unique<tandem_working_calendar>(
        tandem_working_calendar{tt::read_working_calendar_file(path, weekend_argument(weekend_mask))});
    *out = loaded.release();
  });
}

void tandem_working_calendar_destroy(tandem_working_calendar* calendar) { delete calendar; }

tandem_status tandem_working_calendar_add_holiday(tandem_working_calendar* calendar, const char* date,
                                                  const char* name) {
  return firewall([&] {
    require_non_null(calendar, "calendar");
    calendar->calendar.add_holiday(date_argument(date, "date"), name_argument(name));
  });
}

tandem_status tandem_working_calendar_add_workday(tandem_working_calendar* calendar, const char* date,
                                                  const char* name) {
  return firewall([&] {
    require_non_null(calendar, "calendar");
    calendar->calendar.add_workday(date_argument(date, "date"), name_argument(name));
  });
}

tandem_status tandem_working_calendar_is_working_day(const tandem_working_calendar* calendar,
                                                     const char* date, bool* out) {
  return firewall([&] {
    require_non_null(calendar, "calendar");
    require_non_null(out, "out");
    *out = calendar->calendar.is_working_day(date_argument(date, "date"));
  });
}

tandem_status tandem_working_calendar_working_days(const tandem_working_calendar* calendar,
                                                   const char* first, const char* last, int64_t* out) {
  return firewall([&] {
    require_non_null(calendar, "calendar");
    require_non_null(out, "out");
    *out = calendar->calendar.working_days(tandem::capi::range_argument(first, last));
  });
}

}  // extern "C"
