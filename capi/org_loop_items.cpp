// Reading a loop schedule's flows, recurring duties, campaigns and deliveries
// through tandem.h, by index in the order they were added.
#include <cstddef>
#include <string>
#include <vector>

#include "firewall.hpp"
#include "org_catalog.hpp"
#include "org_handles.hpp"
#include "tandem.h"
#include "tandem/org/loop_schedule.hpp"
#include "text_output.hpp"
#include "time_handles.hpp"

namespace {

namespace org = tandem::org;
using tandem::capi::firewall;
using tandem::capi::require_non_null;

// Element `index` of one of the schedule's lists; `things` names it in the message.
template <class T>
const T& item_argument(const tandem_loop_schedule* schedule, const std::vector<T>& (org::loop_schedule::*list)() const,
                       std::size_t index, const char* things) {
  require_non_null(schedule, "schedule");
  const std::vector<T>& items = (schedule->schedule.*list)();
  tandem::capi::require_index(index, items.size(), things);
  return items[index];
}

const org::flow& flow_argument(const tandem_loop_schedule* schedule, std::size_t index) {
  return item_argument(schedule, &org::loop_schedule::flows, index, "flows");
}

const org::campaign& campaign_argument(const tandem_loop_schedule* schedule, std::size_t index) {
  return item_argument(schedule, &org::loop_schedule::campaigns, index, "campaigns");
}

// A text field of a flow or campaign, snprintf-style.
template <class Item, class Field>
tandem_status write_field(const Item& (*find)(const tandem_loop_schedule*, std::size_t),
                          const tandem_loop_schedule* schedule, std::size_t index, char* buffer,
                          std::size_t capacity, std::size_t* length_out, Field&& field) {
  return firewall([&] {
    const Item& item = find(schedule, index);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(field(item), buffer, capacity, length_out);
  });
}

}  // namespace

extern "C" {

size_t tandem_loop_schedule_flow_count(const tandem_loop_schedule* schedule) {
  return schedule == nullptr ? 0 : schedule->schedule.flows().size();
}

tandem_status tandem_loop_schedule_find_flow(const tandem_loop_schedule* schedule, const char* id,
                                             bool* found_out, size_t* index_out) {
  return firewall([&] {
    require_non_null(schedule, "schedule");
    require_non_null(id, "id");
    require_non_null(found_out, "found_out");
    const org::flow* f = schedule->schedule.find_flow(id);
    *found_out = f != nullptr;
    if (f != nullptr && index_out != nullptr) {
      *index_out = static_cast<std::size_t>(f - schedule->schedule.flows().data());
    }
  });
}

tandem_status tandem_loop_schedule_flow_id(const tandem_loop_schedule* schedule, size_t index, char* buffer,
                                           size_t capacity, size_t* length_out) {
  return write_field(flow_argument, schedule, index, buffer, capacity, length_out,
                     [](const org::flow& f) -> const std::string& { return f.id; });
}

tandem_status tandem_loop_schedule_flow_name(const tandem_loop_schedule* schedule, size_t index, tandem_lang lang,
                                             char* buffer, size_t capacity, size_t* length_out) {
  return firewall([&] {
    const org::flow& f = flow_argument(schedule, index);
    const org::lang language = tandem::capi::lang_argument(lang);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(f.name(language), buffer, capacity, length_out);
  });
}

tandem_status tandem_loop_schedule_flow_sender(const tandem_loop_schedule* schedule, size_t index, char* buffer,
                                               size_t capacity, size_t* length_out) {
  return write_field(flow_argument, schedule, index, buffer, capacity, length_out,
                     [](const org::flow& f) -> const std::string& { return f.sender_id; });
}

tandem_status tandem_loop_schedule_flow_receiver(const tandem_loop_schedule* schedule, size_t index,
                                                 char* buffer, size_t capacity, size_t* length_out) {
  return write_field(flow_argument, schedule, index, buffer, capacity, length_out,
                     [](const org::flow& f) -> const std::string& { return f.receiver_id; });
}

tandem_status tandem_loop_schedule_flow_info(const tandem_loop_schedule* schedule, size_t index,
                                             tandem_flow_direction* direction_out, tandem_cadence* every_out,
                                             tandem_due_anchor* anchor_out, int32_t* offset_days_out,
                                             bool* from_catalog_out) {
  return firewall([&] {
    const org::flow& f = flow_argument(schedule, index);
    if (direction_out != nullptr) *direction_out = static_cast<tandem_flow_direction>(f.direction);
    if (every_out != nullptr) *every_out = static_cast<tandem_cadence>(f.every);
    if (anchor_out != nullptr) *anchor_out = static_cast<tandem_due_anchor>(f.due.anchor);
    if (offset_days_out != nullptr) *offset_days_out = f.due.offset_days;
    if (from_catalog_out != nullptr) *from_catalog_out = f.from_catalog;
  });
}

size_t tandem_loop_schedule_duty_count(const tandem_loop_schedule* schedule) {
  return schedule == nullptr ? 0 : schedule->schedule.duty_schedules().size();
}

tandem_status tandem_loop_schedule_duty_get(const tandem_loop_schedule* schedule, size_t index, char* buffer,
                                            size_t capacity, size_t* length_out, tandem_cadence* every_out,
                                            tandem_due_anchor* anchor_out, int32_t* offset_days_out) {
  return firewall([&] {
    const org::duty_schedule& d =
        item_argument(schedule, &org::loop_schedule::duty_schedules, index, "scheduled duties");
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(d.duty_id, buffer, capacity, length_out);
    if (every_out != nullptr) *every_out = static_cast<tandem_cadence>(d.every);
    if (anchor_out != nullptr) *anchor_out = static_cast<tandem_due_anchor>(d.due.anchor);
    if (offset_days_out != nullptr) *offset_days_out = d.due.offset_days;
  });
}

size_t tandem_loop_schedule_campaign_count(const tandem_loop_schedule* schedule) {
  return schedule == nullptr ? 0 : schedule->schedule.campaigns().size();
}

tandem_status tandem_loop_schedule_campaign_id(const tandem_loop_schedule* schedule, size_t index, char* buffer,
                                               size_t capacity, size_t* length_out) {
  return write_field(campaign_argument, schedule, index, buffer, capacity, length_out,
                     [](const org::campaign& c) -> const std::string& { return c.id; });
}

tandem_status tandem_loop_schedule_campaign_name(const tandem_loop_schedule* schedule, size_t index,
                                                 tandem_lang lang, char* buffer, size_t capacity,
                                                 size_t* length_out) {
  return firewall([&] {
    const org::campaign& c = campaign_argument(schedule, index);
    const org::lang language = tandem::capi::lang_argument(lang);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(c.name(language), buffer, capacity, length_out);
  });
}

tandem_status tandem_loop_schedule_campaign_dates(const tandem_loop_schedule* schedule, size_t index,
                                                  char* first_out, size_t first_capacity, char* last_out,
                                                  size_t last_capacity) {
  return firewall([&] {
    const org::campaign& c = campaign_argument(schedule, index);
    tandem::capi::require_date_buffer(first_out, first_capacity, "first_out");
    tandem::capi::require_date_buffer(last_out, last_capacity, "last_out");
    tandem::capi::write_date(c.dates.first, first_out);
    tandem::capi::write_date(c.dates.last, last_out);
  });
}

size_t tandem_loop_schedule_delivery_count(const tandem_loop_schedule* schedule) {
  return schedule == nullptr ? 0 : schedule->schedule.deliveries().size();
}

tandem_status tandem_loop_schedule_delivery_get(const tandem_loop_schedule* schedule, size_t index,
                                                char* item_buffer, size_t item_capacity, size_t* item_length_out,
                                                char* occurrence_buffer, size_t occurrence_capacity,
                                                size_t* occurrence_length_out, char* delivered_on_out,
                                                size_t delivered_on_capacity, char* by_buffer,
                                                size_t by_capacity, size_t* by_length_out) {
  return firewall([&] {
    const org::delivery& d = item_argument(schedule, &org::loop_schedule::deliveries, index, "deliveries");
    tandem::capi::require_text_buffer(item_buffer, item_capacity);
    tandem::capi::require_text_buffer(occurrence_buffer, occurrence_capacity);
    tandem::capi::require_date_buffer(delivered_on_out, delivered_on_capacity, "delivered_on_out");
    tandem::capi::require_text_buffer(by_buffer, by_capacity);
    tandem::capi::write_text(d.item_id, item_buffer, item_capacity, item_length_out);
    tandem::capi::write_text(d.occurrence, occurrence_buffer, occurrence_capacity, occurrence_length_out);
    tandem::capi::write_date(d.delivered_on, delivered_on_out);
    tandem::capi::write_text(d.by, by_buffer, by_capacity, by_length_out);
  });
}

}  // extern "C"
