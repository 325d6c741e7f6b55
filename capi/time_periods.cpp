// The periods handle: the periods of one kind that tile a date range.
#include <cstddef>
#include <cstdint>
#include <memory>

#include "firewall.hpp"
#include "tandem.h"
#include "text_output.hpp"
#include "time_handles.hpp"

namespace {

namespace tt = tandem::time;
using tandem::capi::firewall;
using tandem::capi::require_date_buffer;
using tandem::capi::require_non_null;
using tandem::capi::require_period_index;
using tandem::capi::write_date;

// Both date outputs are checked before either is written: a failed call writes nothing.
void write_range(const tt::date_range& range, char* first_out, std::size_t first_capacity,
                 char* last_out, std::size_t last_capacity) {
  require_date_buffer(first_out, first_capacity, "first_out");
  require_date_buffer(last_out, last_capacity, "last_out");
  write_date(range.first, first_out);
  write_date(range.last, last_out);
}

}  // namespace

extern "C" {

tandem_status tandem_periods_create(const tandem_fiscal_calendar* calendar, const char* first,
                                    const char* last, tandem_period_kind kind, tandem_periods** out) {
  return firewall([&] {
    require_non_null(calendar, "calendar");
    require_non_null(out, "out");
    tandem::capi::require_enum(kind, TANDEM_PERIOD_YEAR, TANDEM_PERIOD_DAY, "tandem_period_kind");
    const tt::date_range range = tandem::capi::range_argument(first, last);
    auto made = std::make_unique<tandem_periods>();
    made->periods = calendar->calendar.periods(range, static_cast<tt::period_kind>(kind));
    *out = made.release();
  });
}

void tandem_periods_destroy(tandem_periods* periods) { delete periods; }

size_t tandem_periods_count(const tandem_periods* periods) {
  return periods == nullptr ? 0 : periods->periods.size();
}

tandem_status tandem_periods_label(const tandem_periods* periods, size_t index, char* buffer,
                                   size_t capacity, size_t* length_out) {
  return firewall([&] {
    require_period_index(periods, index);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(periods->periods[index].label, buffer, capacity, length_out);
  });
}

tandem_status tandem_periods_span(const tandem_periods* periods, size_t index, char* first_out,
                                  size_t first_capacity, char* last_out, size_t last_capacity) {
  return firewall([&] {
    require_period_index(periods, index);
    write_range(periods->periods[index].span, first_out, first_capacity, last_out, last_capacity);
  });
}

tandem_status tandem_periods_full(const tandem_periods* periods, size_t index, char* first_out,
                                  size_t first_capacity, char* last_out, size_t last_capacity) {
  return firewall([&] {
    require_period_index(periods, index);
    write_range(periods->periods[index].full, first_out, first_capacity, last_out, last_capacity);
  });
}

tandem_status tandem_periods_is_partial(const tandem_periods* periods, size_t index, bool* out) {
  return firewall([&] {
    require_period_index(periods, index);
    require_non_null(out, "out");
    *out = periods->periods[index].is_partial();
  });
}

}  // extern "C"
