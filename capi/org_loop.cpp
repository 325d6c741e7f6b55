// Building a loop schedule through tandem.h: the flow spec builder, create and
// destroy, copies of the organisation and calendar, and the mutators (flows, the
// standard flows, recurring duties, campaigns, deliveries). The C++ mutators have
// the strong guarantee; add_standard_flows gets it by working on a copy.
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "firewall.hpp"
#include "org_handles.hpp"
#include "tandem.h"
#include "tandem/org/loop_schedule.hpp"
#include "time_handles.hpp"

namespace {

namespace org = tandem::org;
using tandem::capi::firewall;
using tandem::capi::optional_text;
using tandem::capi::require_non_null;

void require_cadence(tandem_cadence every) {
  tandem::capi::require_enum(every, TANDEM_CADENCE_WEEKLY, TANDEM_CADENCE_PER_CAMPAIGN, "tandem_cadence");
}

void require_anchor(tandem_due_anchor anchor) {
  tandem::capi::require_enum(anchor, TANDEM_DUE_PERIOD_START, TANDEM_DUE_PERIOD_END, "tandem_due_anchor");
}

}  // namespace

extern "C" {

tandem_status tandem_flow_spec_create(const char* id, tandem_flow_spec** out) {
  return firewall([&] {
    require_non_null(id, "id");
    require_non_null(out, "out");
    auto made = std::make_unique<tandem_flow_spec>();
    made->spec.id = id;
    *out = made.release();
  });
}

void tandem_flow_spec_destroy(tandem_flow_spec* spec) { delete spec; }

tandem_status tandem_flow_spec_set_names(tandem_flow_spec* spec, const char* zh, const char* en) {
  return firewall([&] {
    require_non_null(spec, "spec");
    std::string new_zh = optional_text(zh);
    std::string new_en = optional_text(en);
    spec->spec.zh.swap(new_zh);  // both copies made first: no half-set names
    spec->spec.en.swap(new_en);
  });
}

tandem_status tandem_flow_spec_set_direction(tandem_flow_spec* spec, tandem_flow_direction direction) {
  return firewall([&] {
    require_non_null(spec, "spec");
    tandem::capi::require_enum(direction, TANDEM_FLOW_DIRECTION_UNSET, TANDEM_FLOW_SALES_TO_MARKETING,
                               "tandem_flow_direction");
    if (direction == TANDEM_FLOW_DIRECTION_UNSET) {
      spec->spec.direction.reset();
    } else {
      spec->spec.direction = static_cast<org::flow_direction>(direction);
    }
  });
}

tandem_status tandem_flow_spec_set_units(tandem_flow_spec* spec, const char* sender_id, const char* receiver_id) {
  return firewall([&] {
    require_non_null(spec, "spec");
    std::string sender = optional_text(sender_id);
    std::string receiver = optional_text(receiver_id);
    spec->spec.sender_id.swap(sender);
    spec->spec.receiver_id.swap(receiver);
  });
}

tandem_status tandem_flow_spec_set_cadence(tandem_flow_spec* spec, tandem_cadence every) {
  return firewall([&] {
    require_non_null(spec, "spec");
    require_cadence(every);
    spec->spec.every = static_cast<org::cadence>(every);
  });
}

tandem_status tandem_flow_spec_set_due(tandem_flow_spec* spec, tandem_due_anchor anchor, int32_t offset_days) {
  return firewall([&] {
    require_non_null(spec, "spec");
    require_anchor(anchor);
    spec->spec.due = {.anchor = static_cast<org::due_anchor>(anchor), .offset_days = offset_days};
  });
}

tandem_status tandem_loop_schedule_create(const tandem_organisation* org, const tandem_fiscal_calendar* calendar,
                                          tandem_loop_schedule** out) {
  return firewall([&] {
    require_non_null(org, "org");
    require_non_null(calendar, "calendar");
    require_non_null(out, "out");
    *out = std::make_unique<tandem_loop_schedule>(
               tandem_loop_schedule{org::loop_schedule(org->org, calendar->calendar)})
               .release();
  });
}

void tandem_loop_schedule_destroy(tandem_loop_schedule* schedule) { delete schedule; }

tandem_status tandem_loop_schedule_organisation(const tandem_loop_schedule* schedule, tandem_organisation** out) {
  return firewall([&] {
    require_non_null(schedule, "schedule");
    require_non_null(out, "out");
    *out = std::make_unique<tandem_organisation>(tandem_organisation{schedule->schedule.org()}).release();
  });
}

tandem_status tandem_loop_schedule_calendar(const tandem_loop_schedule* schedule, tandem_fiscal_calendar** out) {
  return firewall([&] {
    require_non_null(schedule, "schedule");
    require_non_null(out, "out");
    *out = std::make_unique<tandem_fiscal_calendar>(tandem_fiscal_calendar{schedule->schedule.calendar()})
               .release();
  });
}

tandem_status tandem_loop_schedule_add_flow(tandem_loop_schedule* schedule, const tandem_flow_spec* spec) {
  return firewall([&] {
    require_non_null(schedule, "schedule");
    require_non_null(spec, "spec");
    schedule->schedule.add_flow(spec->spec);
  });
}

tandem_status tandem_loop_schedule_add_standard_flows(tandem_loop_schedule* schedule) {
  return firewall([&] {
    require_non_null(schedule, "schedule");
    org::loop_schedule updated = schedule->schedule;
    for (const org::flow_spec& spec : org::standard_flow_specs()) updated.add_flow(spec);
    schedule->schedule = std::move(updated);
  });
}

tandem_status tandem_loop_schedule_schedule_duty(tandem_loop_schedule* schedule, const char* duty_id,
                                                 tandem_cadence every, tandem_due_anchor anchor,
                                                 int32_t offset_days) {
  return firewall([&] {
    require_non_null(schedule, "schedule");
    require_non_null(duty_id, "duty_id");
    require_cadence(every);
    require_anchor(anchor);
    schedule->schedule.schedule_duty(
        {.duty_id = duty_id,
         .every = static_cast<org::cadence>(every),
         .due = {.anchor = static_cast<org::due_anchor>(anchor), .offset_days = offset_days}});
  });
}

tandem_status tandem_loop_schedule_add_campaign(tandem_loop_schedule* schedule, const char* id, const char* zh,
                                                const char* en, const char* first, const char* last) {
  return firewall([&] {
    require_non_null(schedule, "schedule");
    require_non_null(id, "id");
    const auto from = tandem::capi::date_argument(first, "first");
    const auto to = tandem::capi::date_argument(last, "last");
    // The order of the dates is checked by the core, whose message names the campaign.
    schedule->schedule.add_campaign(
        {.id = id, .zh = optional_text(zh), .en = optional_text(en), .dates = {from, to}});
  });
}

tandem_status tandem_loop_schedule_record_delivery(tandem_loop_schedule* schedule, const char* item_id,
                                                   const char* occurrence, const char* delivered_on,
                                                   const char* by) {
  return firewall([&] {
    require_non_null(schedule, "schedule");
    require_non_null(item_id, "item_id");
    require_non_null(occurrence, "occurrence");
    require_non_null(by, "by");
    const auto day = tandem::capi::date_argument(delivered_on, "delivered_on");
    schedule->schedule.record_delivery(
        {.item_id = item_id, .occurrence = occurrence, .delivered_on = day, .by = by});
  });
}

}  // extern "C"
