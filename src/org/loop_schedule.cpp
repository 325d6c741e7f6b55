// Building a loop schedule (tandem/org/loop_schedule.hpp): flows, recurring duties,
// campaigns and deliveries, each checked before anything is stored (strong guarantee:
// the new element is built in a local, then appended after a reserve).
#include "tandem/org/loop_schedule.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "org/reserve.hpp"
#include "tandem/core/error.hpp"
#include "text/utf8.hpp"

namespace tandem::org {

namespace {

[[noreturn]] void fail(const std::string& message) { throw error(errc::invalid_argument, message); }

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

void require_well_formed(std::string_view id, std::string_view what) {
  if (!is_well_formed_org_id(id))
    fail("malformed " + std::string(what) + " id " + quoted(id) +
         ": must match [a-z][a-z0-9_]* and have at most 64 characters");
}

// Names are stored and written out (JSON must be UTF-8), so they are checked here,
// where they come in, and the error names the entry and the field (worded as
// organisation::add_unit and add_duty word theirs).
void require_utf8(std::string_view what, std::string_view id, std::string_view field, std::string_view text) {
  if (!text::is_valid_utf8(text))
    fail(std::string(what) + " " + quoted(id) + ": the " + std::string(field) + " name is not valid UTF-8");
}

// An enum's number, for naming a value outside the enum.
template <class E>
std::string number(E e) {
  return std::to_string(static_cast<unsigned>(e));
}

bool cadence_is_valid(cadence c) noexcept {
  return static_cast<std::uint8_t>(c) <= static_cast<std::uint8_t>(cadence::per_campaign);
}

// Checks what flows and duties share: the cadence and the due rule.
void require_valid_timing(std::string_view what, cadence every, const due_rule& due) {
  if (!cadence_is_valid(every)) fail(std::string(what) + " has an unknown cadence " + number(every));
  if (due.anchor != due_anchor::period_start && due.anchor != due_anchor::period_end)
    fail(std::string(what) + " has an unknown due anchor " + number(due.anchor));
  if (due.offset_days > max_due_offset_days || due.offset_days < -max_due_offset_days)
    throw error(errc::out_of_range, std::string(what) + " has a due offset of " + std::to_string(due.offset_days) +
                                        " days: at most " + std::to_string(max_due_offset_days) +
                                        " days before or after the anchor day");
}

bool direction_is_valid(flow_direction d) noexcept {
  return d == flow_direction::marketing_to_sales || d == flow_direction::sales_to_marketing;
}

// The unit playing `f` by default: the merged marketing_and_sales unit stands for either.
const unit* default_unit(const organisation& org, unit_function f) noexcept {
  const unit* u = org.unit_with(f);
  return u != nullptr ? u : org.unit_with(unit_function::marketing_and_sales);
}

// Resolves an explicit or default sender/receiver to a unit id.
std::string resolve_unit(const organisation& org, const std::string& flow_id, const std::string& given,
                         std::string_view role, unit_function default_function) {
  if (!given.empty()) {
    if (org.find_unit(given) == nullptr)
      fail("flow " + quoted(flow_id) + " has unknown " + std::string(role) + " " + quoted(given));
    return given;
  }
  const unit* u = default_unit(org, default_function);
  if (u == nullptr)
    fail("flow " + quoted(flow_id) + " has no " + std::string(role) + ": the organisation has no " +
         std::string(to_string(default_function)) + " unit (nor one doing marketing and sales); set " +
         std::string(role) + "_id");
  return u->id;
}

}  // namespace

loop_schedule::loop_schedule(organisation org, time::fiscal_calendar calendar)
    : org_(std::move(org)), calendar_(calendar) {
  org_.validate();
}

const flow* loop_schedule::find_flow(std::string_view id) const noexcept {
  const auto it = std::find_if(flows_.begin(), flows_.end(), [&](const flow& f) { return f.id == id; });
  return it == flows_.end() ? nullptr : &*it;
}

void loop_schedule::add_flow(const flow_spec& spec) {
  require_well_formed(spec.id, "flow");
  if (find_flow(spec.id) != nullptr) fail("duplicate flow id " + quoted(spec.id));
  for (const duty_schedule& d : duty_schedules_)
    if (d.duty_id == spec.id) fail("flow id " + quoted(spec.id) + " is already a scheduled duty");
  const std::string what = "flow " + quoted(spec.id);
  if (spec.direction && !direction_is_valid(*spec.direction))
    fail(what + " has an unknown direction " + number(*spec.direction));
  require_valid_timing(what, spec.every, spec.due);
  require_utf8("flow", spec.id, "zh", spec.zh);
  require_utf8("flow", spec.id, "en", spec.en);

  flow f{spec.id, spec.zh, spec.en, flow_direction::marketing_to_sales, {}, {}, spec.every, spec.due, false};
  if (const entry* e = find_entry(spec.id)) {
    // A host id may not borrow a catalog id: the catalog's meaning would be lost.
    const information_flow* catalog_flow = find<information_flow>(spec.id);
    if (catalog_flow == nullptr)
      fail(what + " is a catalog " + std::string(to_string(e->kind)) + ", not an information flow");
    if (spec.direction && *spec.direction != catalog_flow->direction)
      fail(what + " is the catalog's " + std::string(to_string(catalog_flow->direction)) + " flow and cannot go " +
           std::string(to_string(*spec.direction)));
    if (f.zh.empty()) f.zh = std::string(catalog_flow->zh);
    if (f.en.empty()) f.en = std::string(catalog_flow->en);
    f.direction = catalog_flow->direction;
    f.from_catalog = true;
  } else {
    if (f.zh.empty() && f.en.empty()) fail(what + " is not a catalog id and needs a zh or en name");
    if (!spec.direction) fail(what + " is not a catalog id and needs a direction");
    f.direction = *spec.direction;
  }
  if (f.zh.empty()) f.zh = f.en;
  if (f.en.empty()) f.en = f.zh;

  const bool m2s = f.direction == flow_direction::marketing_to_sales;
  f.sender_id =
      resolve_unit(org_, spec.id, spec.sender_id, "sender", m2s ? unit_function::marketing : unit_function::sales);
  f.receiver_id =
      resolve_unit(org_, spec.id, spec.receiver_id, "receiver", m2s ? unit_function::sales : unit_function::marketing);
  // A unit owes itself nothing, except the merged department of model 1, whose plans
  // and reports are still due (to itself) and still worth tracking.
  if (f.sender_id == f.receiver_id && org_.unit_at(f.sender_id).function != unit_function::marketing_and_sales)
    fail(what + " has the same unit " + quoted(f.sender_id) +
         " as sender and receiver (only a unit doing both marketing and sales may send to itself)");

  detail::reserve_one_more(flows_);  // so that push_back below cannot throw
  flows_.push_back(std::move(f));
}

void loop_schedule::schedule_duty(const duty_schedule& spec) {
  if (!org_.is_known_duty(spec.duty_id)) fail("cannot schedule unknown duty " + quoted(spec.duty_id));
  for (const duty_schedule& d : duty_schedules_)
    if (d.duty_id == spec.duty_id) fail("duty " + quoted(spec.duty_id) + " is already scheduled");
  if (find_flow(spec.duty_id) != nullptr) fail("duty " + quoted(spec.duty_id) + " has the id of a flow");
  require_valid_timing("duty " + quoted(spec.duty_id), spec.every, spec.due);
  detail::reserve_one_more(duty_schedules_);
  duty_schedules_.push_back(spec);
}

void loop_schedule::add_campaign(const campaign_spec& spec) {
  require_well_formed(spec.id, "campaign");
  for (const campaign& c : campaigns_)
    if (c.id == spec.id) fail("duplicate campaign id " + quoted(spec.id));
  if (spec.zh.empty() && spec.en.empty()) fail("campaign " + quoted(spec.id) + " needs a zh or en name");
  require_utf8("campaign", spec.id, "zh", spec.zh);
  require_utf8("campaign", spec.id, "en", spec.en);
  if (spec.dates.last < spec.dates.first)
    fail("campaign " + quoted(spec.id) + " ends (" + spec.dates.last.to_string() + ") before it starts (" +
         spec.dates.first.to_string() + ")");
  campaign c{spec.id, spec.zh.empty() ? spec.en : spec.zh, spec.en.empty() ? spec.zh : spec.en, spec.dates};
  detail::reserve_one_more(campaigns_);
  campaigns_.push_back(std::move(c));
}

void loop_schedule::record_delivery(const delivery& d) {
  cadence every = cadence::monthly;
  if (const flow* f = find_flow(d.item_id)) {
    every = f->every;
  } else {
    const auto it = std::find_if(duty_schedules_.begin(), duty_schedules_.end(),
                                 [&](const duty_schedule& s) { return s.duty_id == d.item_id; });
    if (it == duty_schedules_.end())
      fail("cannot record a delivery of " + quoted(d.item_id) + ": it is neither a flow nor a scheduled duty");
    every = it->every;
  }
  require_well_formed(d.by, "person");

  if (every == cadence::per_campaign) {
    if (std::none_of(campaigns_.begin(), campaigns_.end(), [&](const campaign& c) { return c.id == d.occurrence; }))
      fail("occurrence " + quoted(d.occurrence) + " of per-campaign item " + quoted(d.item_id) + " is not a campaign");
  } else {
    // The occurrence must be a period near the delivery: two fiscal years back (a late
    // annual report) to one ahead (a plan delivered early). Years beyond the supported
    // dates are left out.
    const int year = calendar_.fiscal_year_of(d.delivered_on);
    std::optional<time::date_range> window;
    std::string first_label;
    std::string last_label;
    for (int y = year - 2; y <= year + 1; ++y) {
      try {
        const time::date_range days = calendar_.fiscal_year(y);
        std::string label = calendar_.period_containing(days.first, time::period_kind::year).label;
        if (!window) {
          window = days;
          first_label = std::move(label);
        } else {
          window->last = days.last;
          last_label = std::move(label);
        }
      } catch (const error&) {
        // beyond the supported dates: not a year an occurrence can be in
      }
    }
    const time::period_kind kind = *period_kind_of(every);
    bool found = false;
    if (window)
      for (const time::period& p : whole_periods(*window, kind))
        if (p.label == d.occurrence) {
          found = true;
          break;
        }
    if (!found) {
      std::string years = first_label;
      if (!last_label.empty()) years += ".." + last_label;
      fail("occurrence " + quoted(d.occurrence) + " of " + std::string(to_string(every)) + " item " +
           quoted(d.item_id) + " is not the label of a " + std::string(time::to_string(kind)) + " in " + years +
           " (two fiscal years before to one after the delivery on " + d.delivered_on.to_string() + ")");
    }
  }

  for (const delivery& earlier : deliveries_)
    if (earlier.item_id == d.item_id && earlier.occurrence == d.occurrence)
      fail("occurrence " + quoted(d.occurrence) + " of " + quoted(d.item_id) + " was delivered on " +
           earlier.delivered_on.to_string() + " by " + earlier.by);

  detail::reserve_one_more(deliveries_);
  deliveries_.push_back(d);
}

std::vector<flow_spec> standard_flow_specs() {
  std::vector<flow_spec> out;
  for (const information_flow& plan : marketing_to_sales_plans()) {
    flow_spec s{.id = std::string(plan.id),
                .every = cadence::monthly,
                .due = {.anchor = due_anchor::period_start, .offset_days = -5}};
    // Targets are set for the year before it starts (sales counts them per month,
    // quarter and year; the annual plan comes first).
    if (plan.id == "flow_m2s_04_sales_targets") {
      s.every = cadence::yearly;
      s.due.offset_days = -30;
    }
    out.push_back(std::move(s));
  }
  for (const information_flow& report : sales_to_marketing_reports())
    out.push_back({.id = std::string(report.id),
                   .every = cadence::monthly,
                   .due = {.anchor = due_anchor::period_end, .offset_days = 5}});
  return out;
}

}  // namespace tandem::org
