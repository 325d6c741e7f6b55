// tandem/org/loop_schedule.hpp — what marketing and sales owe each other and when:
// the plans (企划) marketing sends sales and the reports (反馈) sales sends back, with
// a cadence the host sets; duties that recur (a monthly market analysis); the schedule
// of what falls due in a period; deliveries recorded with date and person; what is late
// or missing; and the health of the loop (市场 -> 销售 -> 市场) per period and direction.
//
//   using namespace tandem::org;
//   loop_schedule s(org, tandem::time::fiscal_calendar::starting(4));   // org: validated
//   s.add_flow({.id = "flow_s2m_07_regional_sales", .every = cadence::monthly,
//               .due = {.anchor = due_anchor::period_end, .offset_days = 5}});
//   s.add_flow({.id = "weekly_pipeline", .en = "Weekly pipeline", .direction = flow_direction::sales_to_marketing,
//               .every = cadence::weekly});
//   s.record_delivery({.item_id = "flow_s2m_07_regional_sales", .occurrence = "2027-04",
//                      .delivered_on = date::from_ymd(2027, 5, 4), .by = "zhang_wei"});
//   s.due_in(april_2027);                       // obligations whose due date is in April
//   s.health(april_2027, /*as_of=*/date::from_ymd(2027, 5, 31));
//
// Periods come from the fiscal calendar (tandem/time/fiscal_calendar.hpp): "monthly"
// means its months, "quarterly" its quarters. A flow's or duty's occurrence is named by
// the label of the period it covers ("2027-04", "FY2028 Q1") or, for per-campaign items,
// by the campaign id. Due dates are the period's (or campaign's) first or last day plus
// an offset in days, so a plan can be due five days before its month begins and a
// report five days after its month ends.
//
// Every mutator has the strong guarantee. Errors are tandem::error(errc::invalid_argument
// or errc::out_of_range, message) naming the ids, labels or dates at fault.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tandem/org/catalog.hpp"
#include "tandem/org/organisation.hpp"
#include "tandem/time/date.hpp"
#include "tandem/time/fiscal_calendar.hpp"

namespace tandem::org {

/// How often an item falls due. Numbers are pinned.
enum class cadence : std::uint8_t {
  weekly = 0,   ///< the calendar's weeks (ISO weeks; a retail calendar's fiscal weeks)
  monthly = 1,  ///< the calendar's months (fiscal or retail months)
  quarterly = 2,
  half_yearly = 3,
  yearly = 4,        ///< fiscal years
  per_campaign = 5,  ///< once per campaign added with add_campaign
};

/// "weekly", "monthly", "quarterly", "half_yearly", "yearly", "per_campaign".
[[nodiscard]] std::string_view to_string(cadence c) noexcept;
/// Parses the names above (any case).
[[nodiscard]] std::optional<cadence> cadence_from_name(std::string_view name) noexcept;
/// The calendar period a periodic cadence counts in: weekly -> week, monthly -> month,
/// quarterly -> quarter, half_yearly -> half, yearly -> year; nullopt for per_campaign
/// (and for a value outside the enum).
[[nodiscard]] std::optional<time::period_kind> period_kind_of(cadence c) noexcept;

/// Which day of the covered period (or campaign) a due date counts from. Numbers are pinned.
enum class due_anchor : std::uint8_t {
  period_start = 0,  ///< its first day (plans: due before the period they plan)
  period_end = 1,    ///< its last day (reports: due after the period they report on)
};

/// "period_start", "period_end".
[[nodiscard]] std::string_view to_string(due_anchor a) noexcept;
[[nodiscard]] std::optional<due_anchor> due_anchor_from_name(std::string_view name) noexcept;

/// When an occurrence is due: the anchor day plus offset_days (may be negative).
struct due_rule {
  due_anchor anchor = due_anchor::period_end;
  /// Days after (positive) or before (negative) the anchor day; |offset| <= max_due_offset_days.
  std::int32_t offset_days = 0;

  friend bool operator==(const due_rule&, const due_rule&) = default;
};

/// Largest |due_rule::offset_days| accepted.
inline constexpr std::int32_t max_due_offset_days = 366;

/// What add_flow takes.
struct flow_spec {
  /// A catalog information flow (plan, sub-item, report or other flow) or a host id.
  std::string id{};
  /// Names: empty for a catalog id (the catalog's are used; given ones override them);
  /// a host flow needs at least one (the other falls back to it).
  std::string zh{};
  std::string en{};
  /// Required for a host flow; for a catalog flow it may be left empty or must agree.
  std::optional<flow_direction> direction{};
  /// Unit ids in the organisation. Empty means: for marketing_to_sales, the sender is
  /// the unit whose function is marketing and the receiver the one whose function is
  /// sales; the other way round for sales_to_marketing (a marketing_and_sales unit
  /// stands for either). It is an error if the organisation has no such unit.
  /// Sender and receiver must differ, except for a unit doing both marketing and sales
  /// (organisation model 1): the merged department still owes itself the plans and
  /// reports, so its flows go from it to itself.
  std::string sender_id{};
  std::string receiver_id{};
  cadence every = cadence::monthly;
  due_rule due{};
};

/// A flow as stored: names, direction, sender and receiver resolved.
struct flow {
  std::string id;
  std::string zh;
  std::string en;
  flow_direction direction = flow_direction::marketing_to_sales;
  std::string sender_id;
  std::string receiver_id;
  cadence every = cadence::monthly;
  due_rule due{};
  bool from_catalog = false;

  [[nodiscard]] const std::string& name(lang l) const noexcept { return l == lang::zh ? zh : en; }
};

/// A duty that recurs: its owners (in the organisation) owe it every period.
struct duty_schedule {
  std::string duty_id{};
  cadence every = cadence::monthly;
  due_rule due{};

  friend bool operator==(const duty_schedule&, const duty_schedule&) = default;
};

/// A campaign (促销/公关活动) for per-campaign items.
struct campaign_spec {
  std::string id{};
  std::string zh{};
  std::string en{};
  time::date_range dates{};
};

struct campaign {
  std::string id;
  std::string zh;
  std::string en;
  time::date_range dates{};

  [[nodiscard]] const std::string& name(lang l) const noexcept { return l == lang::zh ? zh : en; }
};

/// Whether an obligation is a flow or a recurring duty. Numbers are pinned.
enum class item_kind : std::uint8_t {
  flow = 0,
  duty = 1,
};
/// "flow", "duty".
[[nodiscard]] std::string_view to_string(item_kind k) noexcept;
/// Parses the names above (any case).
[[nodiscard]] std::optional<item_kind> item_kind_from_name(std::string_view name) noexcept;

/// One occurrence of a flow or of a recurring duty.
struct obligation {
  item_kind kind = item_kind::flow;
  std::string item_id;
  /// The label of the covered period ("2027-04", "FY2028 Q1") or the campaign id.
  std::string occurrence;
  /// The whole period (never cut) or the campaign's dates.
  time::date_range covers{};
  time::date due{};
  /// flow: {sender}; duty: its owners in the order assigned (empty if unowned).
  std::vector<std::string> responsible_ids;
  /// flow: {receiver}; duty: empty.
  std::vector<std::string> recipient_ids;
  /// Flows only; a duty's is marketing_to_sales and means nothing.
  flow_direction direction = flow_direction::marketing_to_sales;

  friend bool operator==(const obligation&, const obligation&) = default;
};

/// That a flow was delivered or a duty done for one occurrence.
struct delivery {
  /// A flow id or a scheduled duty id (flows are looked up first; ids cannot clash).
  std::string item_id{};
  std::string occurrence{};
  time::date delivered_on{};
  /// Who delivered it: a person id (well formed, see is_well_formed_org_id).
  std::string by{};

  friend bool operator==(const delivery&, const delivery&) = default;
};

/// Where an obligation stands on a given day. Numbers are pinned.
enum class obligation_status : std::uint8_t {
  pending = 0,  ///< not delivered, and the due date has not passed
  on_time = 1,  ///< delivered on or before the due date
  late = 2,     ///< delivered after the due date
  missing = 3,  ///< not delivered, and the due date has passed
};
/// "pending", "on_time", "late", "missing".
[[nodiscard]] std::string_view to_string(obligation_status s) noexcept;
/// Parses the names above (any case).
[[nodiscard]] std::optional<obligation_status> obligation_status_from_name(std::string_view name) noexcept;

struct obligation_state {
  obligation what;
  obligation_status status = obligation_status::pending;
  /// Set when delivered (on_time or late).
  std::optional<delivery> delivered;
  /// late: delivered_on - due; missing: as_of - due; else 0.
  std::int64_t days_late = 0;
};

/// Counts for one direction of the loop.
struct direction_health {
  flow_direction direction = flow_direction::marketing_to_sales;
  std::uint32_t due = 0;  ///< flow obligations due in the range
  std::uint32_t on_time = 0;
  std::uint32_t late = 0;
  std::uint32_t missing = 0;
  std::uint32_t pending = 0;

  /// The obligations that can be judged: on_time + late + missing, summed in 64 bits
  /// so that no counts wrap.
  [[nodiscard]] std::uint64_t assessed() const noexcept {
    return std::uint64_t{on_time} + std::uint64_t{late} + std::uint64_t{missing};
  }
  /// on_time / assessed() as a percentage rounded half up to `decimals` (0..6)
  /// decimal places, exactly for any counts ("83.3"); nullopt when nothing can be
  /// judged yet. Throws errc::out_of_range for decimals outside 0..6.
  [[nodiscard]] std::optional<std::string> on_time_percent(int decimals = 1) const;

  friend bool operator==(const direction_health&, const direction_health&) = default;
};

/// The loop's health over one range: flows only (duties are not part of the loop).
struct loop_health {
  time::date_range range{};
  /// The period's label when computed per period; empty for an arbitrary range.
  std::string label;
  direction_health marketing_to_sales{flow_direction::marketing_to_sales};
  direction_health sales_to_marketing{flow_direction::sales_to_marketing};
};

/// Tandem's default cadences for the seed's 5 plans and 9 reports (the seed names no
/// cadence; docs/domain.md gives the reasoning): the sales targets yearly, due 30 days
/// before the fiscal year starts; the other plans monthly, due 5 days before the month;
/// the reports monthly, due 5 days after the month. Sender and receiver left empty.
[[nodiscard]] std::vector<flow_spec> standard_flow_specs();

/// An organisation's flows, recurring duties, campaigns and deliveries on a calendar.
/// Keeps its own copy of the organisation (validated on construction) and calendar.
class loop_schedule {
 public:
  /// Throws what organisation::validate() throws.
  loop_schedule(organisation org, time::fiscal_calendar calendar);

  // ---- building (strong guarantee) ----

  /// Adds a flow. Throws on a malformed id, an id used by another flow or a scheduled
  /// duty, a zh or en name that is not valid UTF-8 ("flow 'x': the en name is not
  /// valid UTF-8"), a catalog id that is not an information flow, a host flow without
  /// a name or a direction, a direction contradicting the catalog's, an unknown sender or
  /// receiver, a missing default sender/receiver (no marketing or sales unit), the same
  /// unit as sender and receiver, or an offset beyond max_due_offset_days.
  void add_flow(const flow_spec& spec);
  /// Makes a known duty of the organisation recur. Throws on an unknown duty, a duty
  /// scheduled already, an id used by a flow, or a bad offset.
  void schedule_duty(const duty_schedule& spec);
  /// Adds a campaign. Throws on a malformed or duplicate id, no name, a zh or en name
  /// that is not valid UTF-8 ("campaign 'x': the zh name is not valid UTF-8"), or
  /// dates that end before they start.
  void add_campaign(const campaign_spec& spec);
  /// Records a delivery. Throws on an unknown item, a malformed person id, an
  /// occurrence that is not a campaign (per-campaign items) or not the label of a
  /// period of the item's cadence in the fiscal years from two before to one after the
  /// delivery date, or an occurrence already delivered ("... was delivered on
  /// 2027-05-04 by zhang_wei").
  void record_delivery(const delivery& d);

  // ---- lookups ----

  [[nodiscard]] const organisation& org() const noexcept { return org_; }
  [[nodiscard]] const time::fiscal_calendar& calendar() const noexcept { return calendar_; }
  /// In the order added.
  [[nodiscard]] const std::vector<flow>& flows() const noexcept { return flows_; }
  [[nodiscard]] const std::vector<duty_schedule>& duty_schedules() const noexcept { return duty_schedules_; }
  [[nodiscard]] const std::vector<campaign>& campaigns() const noexcept { return campaigns_; }
  /// In the order recorded.
  [[nodiscard]] const std::vector<delivery>& deliveries() const noexcept { return deliveries_; }
  [[nodiscard]] const flow* find_flow(std::string_view id) const noexcept;

  // ---- the schedule ----

  /// Every obligation whose due date lies in `range`, ordered by due date, then flows
  /// before duties, then the order the items were added, then the occurrence's first
  /// day (then, for campaigns starting on the same day, the order they were added). An
  /// occurrence is listed once even when range spans several of its periods. Periods
  /// whose due date (or which themselves) would lie outside the supported dates are
  /// left out. Throws errc::invalid_argument if range ends before it starts.
  [[nodiscard]] std::vector<obligation> due_in(const time::date_range& range) const;
  /// due_in(range) with each obligation's status on `as_of`. A delivery dated after
  /// as_of is not seen (a report as of a day must not know the future).
  [[nodiscard]] std::vector<obligation_state> status(const time::date_range& range, time::date as_of) const;
  /// The flows of status(range, as_of), counted per direction.
  [[nodiscard]] loop_health health(const time::date_range& range, time::date as_of) const;
  /// health() for each period of kind `k` overlapping `range` (whole periods, labelled),
  /// in date order. Periods that would reach beyond the supported dates are left out,
  /// never an error (empty if none is left). Throws errc::invalid_argument if range
  /// ends before it starts.
  [[nodiscard]] std::vector<loop_health> health_by_period(const time::date_range& range, time::period_kind k,
                                                          time::date as_of) const;

 private:
  /// The whole periods of kind `k` overlapping `window`, leaving out those at either
  /// end that extend beyond the supported dates (empty if none is left).
  [[nodiscard]] std::vector<time::period> whole_periods(time::date_range window, time::period_kind k) const;

  organisation org_;
  time::fiscal_calendar calendar_;
  std::vector<flow> flows_;
  std::vector<duty_schedule> duty_schedules_;
  std::vector<campaign> campaigns_;
  std::vector<delivery> deliveries_;
};

}  // namespace tandem::org
