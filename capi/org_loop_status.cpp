// The schedule's answers through tandem.h: the obligations due in a range (with or
// without their status on a day), the loop's health over a range or per period, and
// the on-time percentage of a direction.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "firewall.hpp"
#include "org_handles.hpp"
#include "tandem.h"
#include "tandem/org/loop_schedule.hpp"
#include "text_output.hpp"
#include "time_handles.hpp"

namespace {

namespace org = tandem::org;
using tandem::capi::firewall;
using tandem::capi::require_non_null;

const org::obligation_state& state_argument(const tandem_obligations* obligations, std::size_t index) {
  require_non_null(obligations, "obligations");
  tandem::capi::require_index(index, obligations->states.size(), "obligations");
  return obligations->states[index];
}

void require_status(const tandem_obligations* obligations) {
  if (!obligations->has_status) {
    tandem::capi::throw_invalid_argument(
        "the obligations were listed by tandem_loop_schedule_due_in, which gives no status: use "
        "tandem_loop_schedule_status");
  }
}

tandem_direction_health to_c(const org::direction_health& h) {
  return {.due = h.due, .on_time = h.on_time, .late = h.late, .missing = h.missing, .pending = h.pending};
}

org::direction_health from_c(const tandem_direction_health& h) {
  org::direction_health out;
  out.due = h.due;
  out.on_time = h.on_time;
  out.late = h.late;
  out.missing = h.missing;
  out.pending = h.pending;
  return out;
}

void write_health(const org::loop_health& h, tandem_loop_health* out) noexcept {
  tandem_loop_health c{};
  tandem::capi::write_date(h.range.first, c.first);
  tandem::capi::write_date(h.range.last, c.last);
  c.marketing_to_sales = to_c(h.marketing_to_sales);
  c.sales_to_marketing = to_c(h.sales_to_marketing);
  *out = c;
}

}  // namespace

extern "C" {

tandem_status tandem_loop_schedule_due_in(const tandem_loop_schedule* schedule, const char* first,
                                          const char* last, tandem_obligations** out) {
  return firewall([&] {
    require_non_null(schedule, "schedule");
    require_non_null(out, "out");
    const auto range = tandem::capi::range_argument(first, last);
    auto made = std::make_unique<tandem_obligations>();
    for (org::obligation& o : schedule->schedule.due_in(range)) {
      org::obligation_state state;
      state.what = std::move(o);
      made->states.push_back(std::move(state));
    }
    *out = made.release();
  });
}

tandem_status tandem_loop_schedule_status(const tandem_loop_schedule* schedule, const char* first,
                                          const char* last, const char* as_of, tandem_obligations** out) {
  return firewall([&] {
    require_non_null(schedule, "schedule");
    require_non_null(out, "out");
    const auto range = tandem::capi::range_argument(first, last);
    const auto day = tandem::capi::date_argument(as_of, "as_of");
    auto made = std::make_unique<tandem_obligations>();
    made->states = schedule->schedule.status(range, day);
    made->has_status = true;
    *out = made.release();
  });
}

void tandem_obligations_destroy(tandem_obligations* obligations) { delete obligations; }

size_t tandem_obligations_count(const tandem_obligations* obligations) {
  return obligations == nullptr ? 0 : obligations->states.size();
}

bool tandem_obligations_has_status(const tandem_obligations* obligations) {
  return obligations != nullptr && obligations->has_status;
}

tandem_status tandem_obligations_item(const tandem_obligations* obligations, size_t index,
                                      tandem_item_kind* kind_out, char* buffer, size_t capacity,
                                      size_t* length_out) {
  return firewall([&] {
    const org::obligation& o = state_argument(obligations, index).what;
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(o.item_id, buffer, capacity, length_out);
    if (kind_out != nullptr) *kind_out = static_cast<tandem_item_kind>(o.kind);
  });
}

tandem_status tandem_obligations_occurrence(const tandem_obligations* obligations, size_t index, char* buffer,
                                            size_t capacity, size_t* length_out) {
  return firewall([&] {
    const org::obligation& o = state_argument(obligations, index).what;
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(o.occurrence, buffer, capacity, length_out);
  });
}

tandem_status tandem_obligations_dates(const tandem_obligations* obligations, size_t index,
                                       char* covers_first_out, size_t covers_first_capacity,
                                       char* covers_last_out, size_t covers_last_capacity, char* due_out,
                                       size_t due_capacity) {
  return firewall([&] {
    const org::obligation& o = state_argument(obligations, index).what;
    tandem::capi::require_date_buffer(covers_first_out, covers_first_capacity, "covers_first_out");
    tandem::capi::require_date_buffer(covers_last_out, covers_last_capacity, "covers_last_out");
    tandem::capi::require_date_buffer(due_out, due_capacity, "due_out");
    tandem::capi::write_date(o.covers.first, covers_first_out);
    tandem::capi::write_date(o.covers.last, covers_last_out);
    tandem::capi::write_date(o.due, due_out);
  });
}

tandem_status tandem_obligations_direction(const tandem_obligations* obligations, size_t index,
                                           tandem_flow_direction* out) {
  return firewall([&] {
    require_non_null(out, "out");
    *out = static_cast<tandem_flow_direction>(state_argument(obligations, index).what.direction);
  });
}

tandem_status tandem_obligations_responsible(const tandem_obligations* obligations, size_t index,
                                             tandem_id_list** out) {
  return firewall([&] {
    require_non_null(out, "out");
    *out = tandem::capi::new_id_list(state_argument(obligations, index).what.responsible_ids);
  });
}

tandem_status tandem_obligations_recipients(const tandem_obligations* obligations, size_t index,
                                            tandem_id_list** out) {
  return firewall([&] {
    require_non_null(out, "out");
    *out = tandem::capi::new_id_list(state_argument(obligations, index).what.recipient_ids);
  });
}

tandem_status tandem_obligations_status(const tandem_obligations* obligations, size_t index,
                                        tandem_obligation_status* status_out, int64_t* days_late_out) {
  return firewall([&] {
    require_non_null(status_out, "status_out");
    const org::obligation_state& s = state_argument(obligations, index);
    require_status(obligations);
    *status_out = static_cast<tandem_obligation_status>(s.status);
    if (days_late_out != nullptr) *days_late_out = s.days_late;
  });
}

tandem_status tandem_obligations_delivery(const tandem_obligations* obligations, size_t index,
                                          bool* delivered_out, char* delivered_on_out,
                                          size_t delivered_on_capacity, char* by_buffer, size_t by_capacity,
                                          size_t* by_length_out) {
  return firewall([&] {
    require_non_null(delivered_out, "delivered_out");
    const org::obligation_state& s = state_argument(obligations, index);
    require_status(obligations);
    tandem::capi::require_date_buffer(delivered_on_out, delivered_on_capacity, "delivered_on_out");
    tandem::capi::require_text_buffer(by_buffer, by_capacity);
    *delivered_out = s.delivered.has_value();
    if (s.delivered) {
      tandem::capi::write_date(s.delivered->delivered_on, delivered_on_out);
      tandem::capi::write_text(s.delivered->by, by_buffer, by_capacity, by_length_out);
    } else {
      delivered_on_out[0] = '\0';
      tandem::capi::write_text("", by_buffer, by_capacity, by_length_out);
    }
  });
}

tandem_status tandem_loop_schedule_health(const tandem_loop_schedule* schedule, const char* first,
                                          const char* last, const char* as_of, tandem_loop_health* out) {
  return firewall([&] {
    require_non_null(schedule, "schedule");
    require_non_null(out, "out");
    const auto range = tandem::capi::range_argument(first, last);
    const auto day = tandem::capi::date_argument(as_of, "as_of");
    write_health(schedule->schedule.health(range, day), out);
  });
}

tandem_status tandem_direction_health_on_time_percent(const tandem_direction_health* health, int32_t decimals,
                                                      char* buffer, size_t capacity, size_t* length_out) {
  return firewall([&] {
    require_non_null(health, "health");
    tandem::capi::require_text_buffer(buffer, capacity);
    const std::optional<std::string> text = from_c(*health).on_time_percent(decimals);
    tandem::capi::write_text(text ? std::string_view(*text) : std::string_view(), buffer, capacity, length_out);
  });
}

tandem_status tandem_loop_schedule_health_by_period(const tandem_loop_schedule* schedule, const char* first,
                                                    const char* last, tandem_period_kind kind, const char* as_of,
                                                    tandem_loop_health_list** out) {
  return firewall([&] {
    require_non_null(schedule, "schedule");
    require_non_null(out, "out");
    tandem::capi::require_enum(kind, TANDEM_PERIOD_YEAR, TANDEM_PERIOD_DAY, "tandem_period_kind");
    const auto range = tandem::capi::range_argument(first, last);
    const auto day = tandem::capi::date_argument(as_of, "as_of");
    auto made = std::make_unique<tandem_loop_health_list>();
    made->periods = schedule->schedule.health_by_period(range, static_cast<tandem::time::period_kind>(kind), day);
    *out = made.release();
  });
}

void tandem_loop_health_list_destroy(tandem_loop_health_list* list) { delete list; }

size_t tandem_loop_health_list_count(const tandem_loop_health_list* list) {
  return list == nullptr ? 0 : list->periods.size();
}

tandem_status tandem_loop_health_list_get(const tandem_loop_health_list* list, size_t index,
                                          tandem_loop_health* out) {
  return firewall([&] {
    require_non_null(list, "list");
    require_non_null(out, "out");
    tandem::capi::require_index(index, list->periods.size(), "periods");
    write_health(list->periods[index], out);
  });
}

tandem_status tandem_loop_health_list_label(const tandem_loop_health_list* list, size_t index, char* buffer,
                                            size_t capacity, size_t* length_out) {
  return firewall([&] {
    require_non_null(list, "list");
    tandem::capi::require_index(index, list->periods.size(), "periods");
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(list->periods[index].label, buffer, capacity, length_out);
  });
}

}  // extern "C"
