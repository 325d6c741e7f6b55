// Invariants of tandem/org/loop_schedule.hpp's schedule on random inputs (fixed seed):
// every obligation is due in the range asked for, covers a whole period labelled as the
// calendar labels it, appears once, in the documented order; due_in over a range is
// due_in over its two halves put together; and the periodic obligations are exactly
// those a brute-force scan of the calendar finds.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "org/fixtures/loop_schedules.hpp"
#include "tandem/org/loop_schedule.hpp"

namespace {

using namespace tandem::org;
using namespace tandem::org::testing;
using tandem::time::date;
using tandem::time::date_range;
using tandem::time::fiscal_calendar;

std::vector<fiscal_calendar> calendars() {
  using namespace tandem::time;
  return {fiscal_calendar::gregorian(), fiscal_calendar::starting(4), fiscal_calendar::starting(7, 15),
          fiscal_calendar::retail(retail_pattern::p445, 1, weekday::saturday, year_end_rule::nearest_weekday)};
}

// The obligations of one periodic flow due in range, found the slow way: every period
// of a window far wider than any offset, one by one.
std::set<std::tuple<std::string, std::string, date>> brute_force(const fiscal_calendar& cal, const flow& f,
                                                                 const date_range& range) {
  std::set<std::tuple<std::string, std::string, date>> out;
  const date_range wide{range.first.plus_days(-800), range.last.plus_days(800)};
  for (const tandem::time::period& p : cal.periods(wide, *period_kind_of(f.every))) {
    const date anchor = f.due.anchor == due_anchor::period_start ? p.full.first : p.full.last;
    const date due = anchor.plus_days(f.due.offset_days);
    if (range.contains(due)) out.emplace(f.id, p.label, due);
  }
  return out;
}

TEST(loop_schedule_invariants, random_flows_offsets_and_ranges) {
  std::mt19937 rng(20261127);
  const auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  const std::vector<fiscal_calendar> cals = calendars();
  std::size_t obligations_seen = 0;

  for (int round = 0; round < 200; ++round) {
    const fiscal_calendar& cal = cals[static_cast<std::size_t>(round) % cals.size()];
    loop_schedule s = empty_loop(cal);
    const int flows = uniform(1, 4);
    for (int i = 0; i < flows; ++i) {
      const auto direction = static_cast<flow_direction>(uniform(0, 1));
      const auto every = static_cast<cadence>(uniform(0, 5));
      const auto anchor = static_cast<due_anchor>(uniform(0, 1));
      s.add_flow(host_flow("f" + std::to_string(i), direction, every, anchor,
                           uniform(-max_due_offset_days, max_due_offset_days)));
    }
    s.schedule_duty({.duty_id = "key_account_review",
                     .every = static_cast<cadence>(uniform(0, 4)),
                     .due = {.anchor = due_anchor::period_end, .offset_days = uniform(-30, 30)}});
    for (int c = 0; c < 3; ++c) {
      const date start = ymd(2026, 1, 1).plus_days(uniform(0, 1500));
      s.add_campaign(
          {.id = "c" + std::to_string(c), .en = "Campaign", .dates = {start, start.plus_days(uniform(0, 60))}});
    }
    const date first = ymd(2025, 1, 1).plus_days(uniform(0, 2000));
    const date_range range{first, first.plus_days(uniform(0, 800))};
    SCOPED_TRACE("round " + std::to_string(round) + " range " + range.to_string() + " " + cal.describe());

    const std::vector<obligation> due = s.due_in(range);
    obligations_seen += due.size();

    // In range, whole periods with the calendar's labels, no duplicates, documented order.
    std::set<std::pair<std::string, std::string>> keys;
    const auto index_of = [&](const obligation& o) -> std::size_t {
      if (o.kind == item_kind::duty) return 0;
      return static_cast<std::size_t>(s.find_flow(o.item_id) - s.flows().data());
    };
    for (std::size_t i = 0; i < due.size(); ++i) {
      const obligation& o = due[i];
      EXPECT_TRUE(range.contains(o.due)) << o.item_id << " " << o.occurrence;
      EXPECT_TRUE(keys.emplace(o.item_id, o.occurrence).second) << "twice: " << o.item_id << " " << o.occurrence;
      cadence every = cadence::monthly;
      if (o.kind == item_kind::flow)
        every = s.find_flow(o.item_id)->every;
      else
        every = s.duty_schedules()[0].every;
      if (every != cadence::per_campaign) {
        const tandem::time::period p = cal.period_containing(o.covers.first, *period_kind_of(every));
        EXPECT_EQ(p.full, o.covers);
        EXPECT_EQ(p.label, o.occurrence);
      }
      if (i > 0) {
        const obligation& prev = due[i - 1];
        EXPECT_LE(std::tie(prev.due, prev.kind), std::tie(o.due, o.kind));
        if (prev.due == o.due && prev.kind == o.kind) {
          const std::size_t a = index_of(prev);
          const std::size_t b = index_of(o);
          EXPECT_LE(a, b);
          if (a == b) {
            EXPECT_LE(prev.covers.first, o.covers.first);
          }
        }
      }
    }

    // Periodic flows: exactly what the brute-force scan finds.
    for (const flow& f : s.flows()) {
      std::set<std::tuple<std::string, std::string, date>> got;
      for (const obligation& o : due)
        if (o.item_id == f.id) got.emplace(o.item_id, o.occurrence, o.due);
      if (f.every == cadence::per_campaign) {
        EXPECT_LE(got.size(), s.campaigns().size());
        for (const campaign& c : s.campaigns()) {
          const date anchor = f.due.anchor == due_anchor::period_start ? c.dates.first : c.dates.last;
          const date d = anchor.plus_days(f.due.offset_days);
          EXPECT_EQ(got.count({f.id, c.id, d}), range.contains(d) ? 1U : 0U) << f.id << " " << c.id;
        }
      } else {
        EXPECT_EQ(got, brute_force(cal, f, range)) << f.id;
      }
    }

    // Split anywhere: the halves put together are the whole.
    if (range.days() > 1) {
      const date cut = range.first.plus_days(uniform(0, static_cast<int>(range.days()) - 2));
      std::vector<obligation> joined = s.due_in({range.first, cut});
      const std::vector<obligation> second = s.due_in({cut.plus_days(1), range.last});
      joined.insert(joined.end(), second.begin(), second.end());
      EXPECT_EQ(joined, due);
    }

    // status and health agree with due_in.
    const date as_of = range.first.plus_days(uniform(-100, 900));
    const std::vector<obligation_state> st = s.status(range, as_of);
    ASSERT_EQ(st.size(), due.size());
    std::uint32_t flow_count = 0;
    for (std::size_t i = 0; i < st.size(); ++i) {
      EXPECT_EQ(st[i].what, due[i]);
      EXPECT_EQ(st[i].status, as_of > due[i].due ? obligation_status::missing : obligation_status::pending);
      if (due[i].kind == item_kind::flow) ++flow_count;
    }
    const loop_health h = s.health(range, as_of);
    EXPECT_EQ(h.marketing_to_sales.due + h.sales_to_marketing.due, flow_count);
    for (const direction_health& d : {h.marketing_to_sales, h.sales_to_marketing})
      EXPECT_EQ(d.due, d.on_time + d.late + d.missing + d.pending);
  }
  EXPECT_GT(obligations_seen, 1000U);  // the rounds are not vacuous
}

}  // namespace
