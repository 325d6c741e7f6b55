// Tests for tandem/time/fiscal_calendar.hpp: known calendars (computed by hand in
// comments or taken from the NRF's published 4-5-4 calendar), tiling properties over
// random ranges with fixed seeds, the supported-date extremes and every error path.
#include "tandem/time/fiscal_calendar.hpp"

#include <gtest/gtest.h>

#include <climits>
#include <cstdint>
#include <cstdlib>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tandem/core/error.hpp"
#include "time/support/expect_error.hpp"

namespace {

using tandem::time::testing::caught;
using tandem::time::testing::code_of;
using tandem::time::testing::message_of;

using tandem::errc;
using tandem::error;
using tandem::time::date;
using tandem::time::date_range;
using tandem::time::fiscal_calendar;
using tandem::time::fiscal_year_naming;
using tandem::time::parse_date;
using tandem::time::period;
using tandem::time::period_kind;
using tandem::time::retail_pattern;
using tandem::time::weekday;
using tandem::time::year_end_rule;

constexpr std::int32_t first_serial = -208'188;  // 1400-01-01
constexpr std::int32_t last_serial = 2'932'896;  // 9999-12-31

date_range days(std::string_view first, std::string_view last) {
  return tandem::time::make_range(parse_date(first), parse_date(last));
}

std::vector<std::string> labels_of(const std::vector<period>& ps) {
  std::vector<std::string> out;
  for (const period& p : ps) out.push_back(p.label);
  return out;
}

constexpr period_kind all_kinds[] = {period_kind::year,  period_kind::half, period_kind::quarter,
                                     period_kind::month, period_kind::week, period_kind::day};

fiscal_calendar nrf() {
  return fiscal_calendar::retail(retail_pattern::p454, 1, weekday::saturday, year_end_rule::nearest_weekday,
                                 fiscal_year_naming::start_year);
}

// ============================================================ gregorian

TEST(gregorian_calendar, year_halves_quarters_months) {
  const auto cal = fiscal_calendar::gregorian();
  EXPECT_EQ(cal.kind(), fiscal_calendar::shape::gregorian);
  EXPECT_EQ(cal.fiscal_year(2027), days("2027-01-01", "2027-12-31"));
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2027-12-31")), 2027);
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2028-01-01")), 2028);

  const auto year = cal.periods(cal.fiscal_year(2027), period_kind::year);
  ASSERT_EQ(year.size(), 1U);
  EXPECT_EQ(year[0].label, "2027");
  EXPECT_FALSE(year[0].is_partial());

  const auto halves = cal.periods(cal.fiscal_year(2027), period_kind::half);
  EXPECT_EQ(labels_of(halves), (std::vector<std::string>{"2027 H1", "2027 H2"}));
  EXPECT_EQ(halves[0].full, days("2027-01-01", "2027-06-30"));
  EXPECT_EQ(halves[1].full, days("2027-07-01", "2027-12-31"));

  const auto quarters = cal.periods(cal.fiscal_year(2027), period_kind::quarter);
  EXPECT_EQ(labels_of(quarters), (std::vector<std::string>{"2027 Q1", "2027 Q2", "2027 Q3", "2027 Q4"}));
  EXPECT_EQ(quarters[1].full, days("2027-04-01", "2027-06-30"));
  EXPECT_EQ(quarters[0].full.days(), 90);  // 31 + 28 + 31

  const auto months = cal.periods(cal.fiscal_year(2027), period_kind::month);
  EXPECT_EQ(labels_of(months),
            (std::vector<std::string>{"2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07",
                                      "2027-08", "2027-09", "2027-10", "2027-11", "2027-12"}));
  EXPECT_EQ(months[1].full, days("2027-02-01", "2027-02-28"));
  EXPECT_EQ(months[3].full, days("2027-04-01", "2027-04-30"));
}

TEST(gregorian_calendar, leap_february) {
  const auto cal = fiscal_calendar::gregorian();
  EXPECT_EQ(cal.period_containing(parse_date("2024-02-29"), period_kind::month).full,
            days("2024-02-01", "2024-02-29"));
  EXPECT_EQ(cal.period_containing(parse_date("2024-02-29"), period_kind::quarter).full.days(), 91);
  EXPECT_EQ(cal.period_containing(parse_date("2100-02-15"), period_kind::month).full.days(), 28);
  EXPECT_EQ(cal.period_containing(parse_date("2000-02-15"), period_kind::month).full.days(), 29);
  EXPECT_EQ(cal.fiscal_year(2024).days(), 366);
  EXPECT_EQ(cal.fiscal_year(1900).days(), 365);

  const auto feb = cal.periods(days("2024-02-01", "2024-02-29"), period_kind::day);
  ASSERT_EQ(feb.size(), 29U);
  EXPECT_EQ(feb.front().label, "2024-02-01");
  EXPECT_EQ(feb.back().label, "2024-02-29");
  EXPECT_EQ(feb.back().full, days("2024-02-29", "2024-02-29"));
}

TEST(gregorian_calendar, iso_week_53) {
  const auto cal = fiscal_calendar::gregorian();
  // 2026-01-01 is a Thursday, so 2026 has 53 ISO weeks; 2027-01-01 is a Friday and
  // falls in 2026-W53, the week Monday 2026-12-28 .. Sunday 2027-01-03.
  const period w = cal.period_containing(parse_date("2027-01-01"), period_kind::week);
  EXPECT_EQ(w.label, "2026-W53");
  EXPECT_EQ(w.full, days("2026-12-28", "2027-01-03"));
  EXPECT_FALSE(w.is_partial());
  // 2027-01-04 is the Monday of 2027-W01 (the week holding 2027's first Thursday, 01-07).
  EXPECT_EQ(cal.period_containing(parse_date("2027-01-04"), period_kind::week).label, "2027-W01");
  // 2027-04-01: 87 days after 2027-01-04, i.e. in the 13th week; the header's W14 is 04-05..04-11.
  EXPECT_EQ(cal.period_containing(parse_date("2027-04-01"), period_kind::week).label, "2027-W13");
  EXPECT_EQ(cal.period_containing(parse_date("2027-04-05"), period_kind::week).full, days("2027-04-05", "2027-04-11"));
  EXPECT_EQ(cal.period_containing(parse_date("2027-04-11"), period_kind::week).label, "2027-W14");
  // 2020 (leap, starts on Wednesday) and 2015 (starts on Thursday) also have 53 weeks.
  EXPECT_EQ(cal.period_containing(parse_date("2020-12-31"), period_kind::week).label, "2020-W53");
  EXPECT_EQ(cal.period_containing(parse_date("2021-01-03"), period_kind::week).label, "2020-W53");
  EXPECT_EQ(cal.period_containing(parse_date("2015-12-31"), period_kind::week).label, "2015-W53");
  // 2008-12-29 (Monday) is already 2009-W01.
  EXPECT_EQ(cal.period_containing(parse_date("2008-12-29"), period_kind::week).label, "2009-W01");
}

TEST(gregorian_calendar, weeks_of_a_year_are_cut_at_both_ends) {
  const auto cal = fiscal_calendar::gregorian();
  const auto weeks = cal.periods(cal.fiscal_year(2027), period_kind::week);
  // 2026-W53 (cut to 01-01..01-03), then 2027-W01..W52; 2027-12-31 is a Friday of W52.
  ASSERT_EQ(weeks.size(), 53U);
  EXPECT_EQ(weeks.front().label, "2026-W53");
  EXPECT_EQ(weeks.front().span, days("2027-01-01", "2027-01-03"));
  EXPECT_EQ(weeks.front().full, days("2026-12-28", "2027-01-03"));
  EXPECT_TRUE(weeks.front().is_partial());
  EXPECT_EQ(weeks[1].label, "2027-W01");
  EXPECT_FALSE(weeks[1].is_partial());
  EXPECT_EQ(weeks.back().label, "2027-W52");
  EXPECT_EQ(weeks.back().span, days("2027-12-27", "2027-12-31"));
  EXPECT_EQ(weeks.back().full, days("2027-12-27", "2028-01-02"));
}

TEST(gregorian_calendar, starting_first_of_january_is_gregorian) {
  for (const auto naming : {fiscal_year_naming::end_year, fiscal_year_naming::start_year}) {
    const auto cal = fiscal_calendar::starting(1, 1, naming);
    EXPECT_EQ(cal.kind(), fiscal_calendar::shape::gregorian);
    EXPECT_EQ(cal.describe(), "gregorian");
    EXPECT_EQ(cal.fiscal_year(2027), days("2027-01-01", "2027-12-31"));
    EXPECT_EQ(cal.period_containing(parse_date("2027-05-05"), period_kind::quarter).label, "2027 Q2");
  }
  EXPECT_EQ(fiscal_calendar::gregorian().describe(), "gregorian");
}

// ============================================================ fiscal years

TEST(fiscal_year_calendar, july_year_named_by_end_year_crosses_the_calendar_year) {
  const auto cal = fiscal_calendar::starting(7, 1);
  EXPECT_EQ(cal.kind(), fiscal_calendar::shape::fiscal);
  EXPECT_EQ(cal.describe(), "fiscal year from 07-01 (named by end year)");
  EXPECT_EQ(cal.fiscal_year(2027), days("2026-07-01", "2027-06-30"));
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2026-07-01")), 2027);
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2027-06-30")), 2027);
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2026-06-30")), 2026);

  const date_range fy = cal.fiscal_year(2027);
  EXPECT_EQ(labels_of(cal.periods(fy, period_kind::year)), std::vector<std::string>{"FY2027"});
  const auto halves = cal.periods(fy, period_kind::half);
  EXPECT_EQ(labels_of(halves), (std::vector<std::string>{"FY2027 H1", "FY2027 H2"}));
  EXPECT_EQ(halves[0].full, days("2026-07-01", "2026-12-31"));
  EXPECT_EQ(halves[1].full, days("2027-01-01", "2027-06-30"));
  const auto quarters = cal.periods(fy, period_kind::quarter);
  EXPECT_EQ(labels_of(quarters), (std::vector<std::string>{"FY2027 Q1", "FY2027 Q2", "FY2027 Q3", "FY2027 Q4"}));
  EXPECT_EQ(quarters[0].full, days("2026-07-01", "2026-09-30"));
  EXPECT_EQ(quarters[2].full, days("2027-01-01", "2027-03-31"));
  // Months starting on the 1st are labelled by calendar month.
  const auto months = cal.periods(fy, period_kind::month);
  EXPECT_EQ(labels_of(months),
            (std::vector<std::string>{"2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01",
                                      "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"}));
  // Weeks are ISO weeks: 2026-07-01 is a Wednesday in 2026-W27 (06-29..07-05).
  const auto first_week = cal.periods(fy, period_kind::week).front();
  EXPECT_EQ(first_week.label, "2026-W27");
  EXPECT_EQ(first_week.full, days("2026-06-29", "2026-07-05"));
  EXPECT_EQ(first_week.span, days("2026-07-01", "2026-07-05"));
}

TEST(fiscal_year_calendar, april_year_named_by_end_year) {
  // The header's example.
  const auto fy = fiscal_calendar::starting(4, 1);
  const auto months = fy.periods(fy.fiscal_year(2028), period_kind::month);
  ASSERT_EQ(months.size(), 12U);
  EXPECT_EQ(months[0].label, "2027-04");
  EXPECT_EQ(months[11].label, "2028-03");
  // February 2028 is a leap February inside FY2028.
  EXPECT_EQ(months[10].full, days("2028-02-01", "2028-02-29"));
  EXPECT_EQ(fy.fiscal_year(2028).days(), 366);
  EXPECT_EQ(fy.period_containing(parse_date("2028-03-31"), period_kind::quarter).label, "FY2028 Q4");
}

TEST(fiscal_year_calendar, april_year_named_by_start_year) {
  // Japan's 年度: the year 2027-04-01..2028-03-31 is 2027.
  const auto cal = fiscal_calendar::starting(4, 1, fiscal_year_naming::start_year);
  EXPECT_EQ(cal.describe(), "fiscal year from 04-01 (named by start year)");
  EXPECT_EQ(cal.fiscal_year(2027), days("2027-04-01", "2028-03-31"));
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2028-03-31")), 2027);
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2028-04-01")), 2028);
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2027-03-31")), 2026);
  const period q4 = cal.period_containing(parse_date("2028-02-29"), period_kind::quarter);
  EXPECT_EQ(q4.label, "FY2027 Q4");
  EXPECT_EQ(q4.full, days("2028-01-01", "2028-03-31"));
  EXPECT_EQ(q4.full.days(), 91);  // 31 + 29 + 31
  EXPECT_EQ(cal.period_containing(parse_date("2027-10-01"), period_kind::half).label, "FY2027 H2");
}

TEST(fiscal_year_calendar, year_starting_mid_month_has_numbered_periods) {
  // The UK personal tax year: 6 April to 5 April, named by the year it ends in here.
  const auto cal = fiscal_calendar::starting(4, 6);
  EXPECT_EQ(cal.describe(), "fiscal year from 04-06 (named by end year)");
  EXPECT_EQ(cal.fiscal_year(2028), days("2027-04-06", "2028-04-05"));
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2027-04-05")), 2027);
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2027-04-06")), 2028);
  const auto months = cal.periods(cal.fiscal_year(2028), period_kind::month);
  ASSERT_EQ(months.size(), 12U);
  EXPECT_EQ(months[0].label, "FY2028 P01");
  EXPECT_EQ(months[0].full, days("2027-04-06", "2027-05-05"));
  EXPECT_EQ(months[9].label, "FY2028 P10");
  EXPECT_EQ(months[9].full, days("2028-01-06", "2028-02-05"));
  // P11 holds the leap day: 02-06..02-29 is 24 days, 03-01..03-05 is 5.
  EXPECT_EQ(months[10].full, days("2028-02-06", "2028-03-05"));
  EXPECT_EQ(months[10].full.days(), 29);
  EXPECT_EQ(months[11].label, "FY2028 P12");
  EXPECT_EQ(months[11].full, days("2028-03-06", "2028-04-05"));
  const auto quarters = cal.periods(cal.fiscal_year(2028), period_kind::quarter);
  EXPECT_EQ(quarters[3].full, days("2028-01-06", "2028-04-05"));
  EXPECT_EQ(quarters[3].label, "FY2028 Q4");
}

TEST(fiscal_year_calendar, january_start_after_the_first_is_not_the_calendar_year) {
  const auto cal = fiscal_calendar::starting(1, 15);
  EXPECT_EQ(cal.kind(), fiscal_calendar::shape::fiscal);
  EXPECT_EQ(cal.fiscal_year(2028), days("2027-01-15", "2028-01-14"));
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2027-01-14")), 2027);
  EXPECT_EQ(cal.period_containing(parse_date("2027-12-20"), period_kind::month).label, "FY2028 P12");
  const auto start_named = fiscal_calendar::starting(1, 15, fiscal_year_naming::start_year);
  EXPECT_EQ(start_named.fiscal_year(2027), days("2027-01-15", "2028-01-14"));
  EXPECT_EQ(start_named.fiscal_year_of(parse_date("2028-01-14")), 2027);
}

TEST(fiscal_year_calendar, partial_ranges_are_cut) {
  const auto cal = fiscal_calendar::starting(7, 1);
  const auto quarters = cal.periods(days("2026-08-15", "2027-02-10"), period_kind::quarter);
  ASSERT_EQ(quarters.size(), 3U);
  EXPECT_EQ(quarters[0].label, "FY2027 Q1");
  EXPECT_EQ(quarters[0].span, days("2026-08-15", "2026-09-30"));
  EXPECT_EQ(quarters[0].full, days("2026-07-01", "2026-09-30"));
  EXPECT_FALSE(quarters[1].is_partial());
  EXPECT_EQ(quarters[2].span, days("2027-01-01", "2027-02-10"));
  // A range inside one period gives that period, cut at both ends.
  const auto inside = cal.periods(days("2027-01-10", "2027-01-12"), period_kind::year);
  ASSERT_EQ(inside.size(), 1U);
  EXPECT_EQ(inside[0].label, "FY2027");
  EXPECT_EQ(inside[0].span, days("2027-01-10", "2027-01-12"));
  EXPECT_EQ(inside[0].full, days("2026-07-01", "2027-06-30"));
}

// ============================================================ retail calendars

TEST(retail_calendar, nrf_fiscal_2023_has_53_weeks) {
  // The NRF 4-5-4 calendar: the year ends on the Saturday nearest 31 January and is
  // named by the year it starts in. Published: fiscal 2023 = 2023-01-29..2024-02-03
  // (53 weeks), fiscal 2024 = 2024-02-04..2025-02-01.
  const auto cal = nrf();
  EXPECT_EQ(cal.kind(), fiscal_calendar::shape::retail);
  EXPECT_EQ(cal.describe(), "retail 4-5-4, year ends on the saturday nearest the end of month 1 (named by start year)");
  EXPECT_EQ(cal.fiscal_year(2023), days("2023-01-29", "2024-02-03"));
  EXPECT_EQ(cal.fiscal_year(2023).days(), 371);
  EXPECT_EQ(cal.fiscal_year(2024), days("2024-02-04", "2025-02-01"));
  EXPECT_EQ(cal.fiscal_year(2024).days(), 364);
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2024-02-03")), 2023);
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2024-02-04")), 2024);
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2023-01-28")), 2022);

  const date_range fy = cal.fiscal_year(2023);
  // NRF 2023 quarters: Jan 29-Apr 29, Apr 30-Jul 29, Jul 30-Oct 28, Oct 29-Feb 3 (14 weeks).
  const auto quarters = cal.periods(fy, period_kind::quarter);
  EXPECT_EQ(labels_of(quarters), (std::vector<std::string>{"FY2023 Q1", "FY2023 Q2", "FY2023 Q3", "FY2023 Q4"}));
  EXPECT_EQ(quarters[0].full, days("2023-01-29", "2023-04-29"));
  EXPECT_EQ(quarters[1].full, days("2023-04-30", "2023-07-29"));
  EXPECT_EQ(quarters[2].full, days("2023-07-30", "2023-10-28"));
  EXPECT_EQ(quarters[3].full, days("2023-10-29", "2024-02-03"));
  EXPECT_EQ(quarters[3].full.days(), 98);
  const auto halves = cal.periods(fy, period_kind::half);
  EXPECT_EQ(halves[0].full, days("2023-01-29", "2023-07-29"));
  EXPECT_EQ(halves[1].full, days("2023-07-30", "2024-02-03"));
  EXPECT_EQ(halves[1].full.days(), 27 * 7);

  // 4-5-4 months; the 53rd week goes to the last month: P12 = 2023-12-31..2024-02-03 (5 weeks).
  const auto months = cal.periods(fy, period_kind::month);
  ASSERT_EQ(months.size(), 12U);
  EXPECT_EQ(months[0].label, "FY2023 P01");
  EXPECT_EQ(months[0].full, days("2023-01-29", "2023-02-25"));
  EXPECT_EQ(months[1].full, days("2023-02-26", "2023-04-01"));
  EXPECT_EQ(months[2].full, days("2023-04-02", "2023-04-29"));
  EXPECT_EQ(months[10].full, days("2023-11-26", "2023-12-30"));
  EXPECT_EQ(months[11].label, "FY2023 P12");
  EXPECT_EQ(months[11].full, days("2023-12-31", "2024-02-03"));
  EXPECT_EQ(months[11].full.days(), 35);

  const auto weeks = cal.periods(fy, period_kind::week);
  ASSERT_EQ(weeks.size(), 53U);
  EXPECT_EQ(weeks.front().label, "FY2023 W01");
  EXPECT_EQ(weeks.front().full, days("2023-01-29", "2023-02-04"));
  EXPECT_EQ(weeks[13].label, "FY2023 W14");
  EXPECT_EQ(weeks.back().label, "FY2023 W53");
  EXPECT_EQ(weeks.back().full, days("2024-01-28", "2024-02-03"));
  EXPECT_EQ(cal.periods(cal.fiscal_year(2024), period_kind::week).size(), 52U);
  EXPECT_EQ(cal.period_containing(parse_date("2024-02-04"), period_kind::day).label, "2024-02-04");
}

TEST(retail_calendar, patterns_split_quarters_into_months) {
  // NRF year ends, fiscal 2024 (52 weeks from 2024-02-04); month lengths in weeks.
  const std::vector<std::pair<retail_pattern, std::vector<std::int64_t>>> cases{
      {retail_pattern::p445, {4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5}},
      {retail_pattern::p454, {4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4}},
      {retail_pattern::p544, {5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4}}};
  for (const auto& [pattern, weeks] : cases) {
    const auto cal = fiscal_calendar::retail(pattern, 1, weekday::saturday, year_end_rule::nearest_weekday,
                                             fiscal_year_naming::start_year);
    const auto months = cal.periods(cal.fiscal_year(2024), period_kind::month);
    ASSERT_EQ(months.size(), 12U);
    for (std::size_t i = 0; i < 12; ++i) {
      EXPECT_EQ(months[i].full.days(), weeks[i] * 7) << to_string(pattern) << i;
    }
    // In the 53-week fiscal 2023 only the last month grows.
    const auto long_year = cal.periods(cal.fiscal_year(2023), period_kind::month);
    for (std::size_t i = 0; i < 11; ++i) {
      EXPECT_EQ(long_year[i].full.days(), weeks[i] * 7);
    }
    EXPECT_EQ(long_year[11].full.days(), (weeks[11] + 1) * 7);
  }
}

TEST(retail_calendar, last_saturday_of_august) {
  // Computed by hand: 2026-08-31 is a Monday (2026-01-01 is a Thursday and 08-31 is
  // 242 days later, 242 = 34*7 + 4), so the last Saturday is 2026-08-29; 2027-08-31
  // is a Tuesday (+365 days), last Saturday 2027-08-28; 2028-08-31 a Thursday (+366),
  // last Saturday 08-26; 2029-08-31 a Friday, last Saturday 08-25; 2030-08-31 a
  // Saturday, itself the year end. So FY2027 = 2026-08-30..2027-08-28 (364 days) and
  // FY2030 = 2029-08-26..2030-08-31 (371 days, 53 weeks).
  const auto cal = fiscal_calendar::retail(retail_pattern::p445, 8, weekday::saturday, year_end_rule::last_weekday);
  EXPECT_EQ(cal.describe(), "retail 4-4-5, year ends on the last saturday of month 8 (named by end year)");
  EXPECT_EQ(cal.fiscal_year(2027), days("2026-08-30", "2027-08-28"));
  EXPECT_EQ(cal.fiscal_year(2028), days("2027-08-29", "2028-08-26"));
  EXPECT_EQ(cal.fiscal_year(2030), days("2029-08-26", "2030-08-31"));
  EXPECT_EQ(cal.fiscal_year(2030).days(), 371);
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2027-08-28")), 2027);
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2027-08-29")), 2028);
  EXPECT_EQ(cal.fiscal_year_of(parse_date("2027-08-31")), 2028);
  const auto q4 = cal.period_containing(parse_date("2030-08-31"), period_kind::quarter);
  EXPECT_EQ(q4.label, "FY2030 Q4");
  EXPECT_EQ(q4.full.days(), 14 * 7);
  EXPECT_EQ(cal.period_containing(parse_date("2030-08-31"), period_kind::week).label, "FY2030 W53");
  // 4-4-5: P12 has 5 weeks plus the 53rd, 42 days back from 08-31.
  EXPECT_EQ(cal.period_containing(parse_date("2030-08-31"), period_kind::month).full,
            days("2030-07-21", "2030-08-31"));
}

TEST(retail_calendar, nearest_weekday_may_end_in_the_next_month) {
  // Saturday nearest 31 December: 2019-12-31 is a Tuesday -> 2019-12-28 (3 back);
  // 2020-12-31 a Thursday -> 2021-01-02 (2 ahead); 2021-12-31 a Friday -> 2022-01-01;
  // 2022-12-31 a Saturday. The years are named by the December they close, so the
  // year ending 2021-01-02 is 2020 and names never repeat.
  for (const auto naming : {fiscal_year_naming::end_year, fiscal_year_naming::start_year}) {
    const auto cal =
        fiscal_calendar::retail(retail_pattern::p544, 12, weekday::saturday, year_end_rule::nearest_weekday, naming);
    EXPECT_EQ(cal.fiscal_year(2020), days("2019-12-29", "2021-01-02"));
    EXPECT_EQ(cal.fiscal_year(2021), days("2021-01-03", "2022-01-01"));
    EXPECT_EQ(cal.fiscal_year(2022), days("2022-01-02", "2022-12-31"));
    EXPECT_EQ(cal.fiscal_year_of(parse_date("2021-01-02")), 2020);
    EXPECT_EQ(cal.fiscal_year_of(parse_date("2022-01-01")), 2021);
    EXPECT_EQ(cal.period_containing(parse_date("2021-01-01"), period_kind::week).label, "FY2020 W53");
  }
  // Ending near 31 March, named by start year: the year ending near 2028-03-31 is 2027.
  const auto april = fiscal_calendar::retail(retail_pattern::p445, 3, weekday::sunday, year_end_rule::nearest_weekday,
                                             fiscal_year_naming::start_year);
  EXPECT_EQ(april.fiscal_year_of(parse_date("2027-06-01")), 2027);
  const auto april_end = fiscal_calendar::retail(retail_pattern::p445, 3, weekday::sunday,
                                                 year_end_rule::nearest_weekday, fiscal_year_naming::end_year);
  EXPECT_EQ(april_end.fiscal_year_of(parse_date("2027-06-01")), 2028);
  EXPECT_EQ(april.fiscal_year(2027), april_end.fiscal_year(2028));
}

// ============================================================ names

// Years ending in or near December: the nominal first month (January) and the end
// month lie in the same calendar year, so both namings give the same name. The
// last Saturday of December 2027 is the 25th (the 31st is a Friday); the previous
// year ended on Saturday 2026-12-26.
TEST(retail_calendar, december_years_have_one_name_under_both_namings) {
  const auto by_end = fiscal_calendar::retail(retail_pattern::p445, 12, weekday::saturday,
                                              year_end_rule::last_weekday, fiscal_year_naming::end_year);
  const auto by_start = fiscal_calendar::retail(retail_pattern::p445, 12, weekday::saturday,
                                                year_end_rule::last_weekday, fiscal_year_naming::start_year);
  const date_range fy2027{date::from_ymd(2026, 12, 27), date::from_ymd(2027, 12, 25)};
  EXPECT_EQ(by_end.fiscal_year(2027), fy2027);
  EXPECT_EQ(by_start.fiscal_year(2027), fy2027);
  EXPECT_EQ(by_start.fiscal_year_of(date::from_ymd(2026, 12, 27)), 2027);
}

TEST(retail_pattern, names) {
  using tandem::time::retail_pattern_from_name;
  static_assert(static_cast<int>(retail_pattern::p445) == 0 && static_cast<int>(retail_pattern::p454) == 1 &&
                static_cast<int>(retail_pattern::p544) == 2);
  static_assert(static_cast<int>(year_end_rule::last_weekday) == 0 &&
                static_cast<int>(year_end_rule::nearest_weekday) == 1);
  static_assert(static_cast<int>(fiscal_year_naming::end_year) == 0 &&
                static_cast<int>(fiscal_year_naming::start_year) == 1);
  EXPECT_EQ(to_string(retail_pattern::p445), "4-4-5");
  EXPECT_EQ(to_string(retail_pattern::p454), "4-5-4");
  EXPECT_EQ(to_string(retail_pattern::p544), "5-4-4");
  EXPECT_EQ(to_string(static_cast<retail_pattern>(3)), "?");
  for (const auto p : {retail_pattern::p445, retail_pattern::p454, retail_pattern::p544}) {
    EXPECT_EQ(retail_pattern_from_name(to_string(p)), p);
  }
  EXPECT_EQ(retail_pattern_from_name("445"), retail_pattern::p445);
  EXPECT_EQ(retail_pattern_from_name("454"), retail_pattern::p454);
  EXPECT_EQ(retail_pattern_from_name("544"), retail_pattern::p544);
  for (const std::string_view bad : {"", "4-4-4", "455", "4-4-5 ", " 445", "4_4_5", "4--4-5", "p445", "4-45"}) {
    EXPECT_EQ(retail_pattern_from_name(bad), std::nullopt) << "'" << bad << "'";
  }
}

// ============================================================ errors

TEST(fiscal_calendar_errors, starting_rejects_months_and_days_outside_their_range) {
  for (const auto& month_day : std::vector<std::pair<int, int>>{
           {0, 1}, {13, 1}, {-1, 1}, {INT_MIN, 1}, {4, 0}, {4, 29}, {4, 31}, {4, -3}, {4, INT_MAX}}) {
    const int month = month_day.first;
    const int day = month_day.second;
    EXPECT_EQ(code_of([&] { (void)fiscal_calendar::starting(month, day); }), errc::out_of_range)
        << month << "/" << day;
  }
  EXPECT_NE(message_of([] { (void)fiscal_calendar::starting(13); }).find("13"), std::string::npos);
  EXPECT_NE(message_of([] { (void)fiscal_calendar::starting(4, 29); }).find("29"), std::string::npos);
  EXPECT_EQ(fiscal_calendar::starting(2, 28).fiscal_year(2025), days("2024-02-28", "2025-02-27"));
  EXPECT_EQ(code_of([] { (void)fiscal_calendar::starting(4, 1, static_cast<fiscal_year_naming>(2)); }),
            errc::invalid_argument);
}

TEST(fiscal_calendar_errors, retail_rejects_bad_parameters) {
  const auto sat = weekday::saturday;
  const auto nearest = year_end_rule::nearest_weekday;
  for (const int month : {0, 13, -1}) {
    EXPECT_EQ(code_of([&] { (void)fiscal_calendar::retail(retail_pattern::p445, month, sat, nearest); }),
              errc::out_of_range);
  }
  EXPECT_EQ(code_of([&] { (void)fiscal_calendar::retail(static_cast<retail_pattern>(3), 1, sat, nearest); }),
            errc::invalid_argument);
  EXPECT_EQ(code_of([&] { (void)fiscal_calendar::retail(retail_pattern::p445, 1, static_cast<weekday>(0), nearest); }),
            errc::invalid_argument);
  EXPECT_EQ(code_of([&] { (void)fiscal_calendar::retail(retail_pattern::p445, 1, static_cast<weekday>(8), nearest); }),
            errc::invalid_argument);
  EXPECT_EQ(code_of([&] {
              (void)fiscal_calendar::retail(retail_pattern::p445, 1, sat, static_cast<year_end_rule>(2));
            }),
            errc::invalid_argument);
  EXPECT_EQ(code_of([&] {
              (void)fiscal_calendar::retail(retail_pattern::p445, 1, sat, nearest,
                                            static_cast<fiscal_year_naming>(7));
            }),
            errc::invalid_argument);
}

TEST(fiscal_calendar_errors, unknown_period_kind) {
  const auto cal = fiscal_calendar::gregorian();
  const auto bad = static_cast<period_kind>(6);
  EXPECT_EQ(code_of([&] { (void)cal.period_containing(parse_date("2027-04-01"), bad); }), errc::invalid_argument);
  EXPECT_EQ(code_of([&] { (void)cal.periods(days("2027-04-01", "2027-04-30"), bad); }), errc::invalid_argument);
  EXPECT_EQ(code_of([&] { (void)nrf().periods(days("2027-04-01", "2027-04-30"), static_cast<period_kind>(200)); }),
            errc::invalid_argument);
}

TEST(fiscal_calendar_errors, backward_range) {
  const date_range backward{parse_date("2027-04-30"), parse_date("2027-04-01")};
  const std::string message = message_of([&] { (void)nrf().periods(backward, period_kind::day); });
  EXPECT_NE(message.find("2027-04-30"), std::string::npos) << message;
  EXPECT_EQ(code_of([&] { (void)fiscal_calendar::gregorian().periods(backward, period_kind::month); }),
            errc::invalid_argument);
}

TEST(fiscal_calendar_errors, fiscal_year_outside_the_supported_dates) {
  const auto greg = fiscal_calendar::gregorian();
  EXPECT_EQ(greg.fiscal_year(1400), days("1400-01-01", "1400-12-31"));
  EXPECT_EQ(greg.fiscal_year(9999), days("9999-01-01", "9999-12-31"));
  for (const int year : {1399, 10000, 0, -1, INT_MIN, INT_MAX}) {
    EXPECT_EQ(code_of([&] { (void)greg.fiscal_year(year); }), errc::out_of_range) << year;
    EXPECT_EQ(code_of([&] { (void)nrf().fiscal_year(year); }), errc::out_of_range) << year;
  }
  // April years named by end year: FY10000 would end 10000-03-31.
  const auto april = fiscal_calendar::starting(4, 1);
  EXPECT_EQ(april.fiscal_year(9999), days("9998-04-01", "9999-03-31"));
  EXPECT_EQ(april.fiscal_year_of(parse_date("9999-12-31")), 10000);
  const std::string message = message_of([&] { (void)april.fiscal_year(10000); });
  EXPECT_NE(message.find("FY10000"), std::string::npos) << message;
  EXPECT_NE(message.find("10000-03-31"), std::string::npos) << message;
  // FY1400 would start 1399-04-01.
  EXPECT_EQ(code_of([&] { (void)april.fiscal_year(1400); }), errc::out_of_range);
  EXPECT_EQ(april.fiscal_year(1401), days("1400-04-01", "1401-03-31"));
}

// ============================================================ extremes

TEST(fiscal_calendar_extremes, gregorian_covers_every_supported_day) {
  const auto cal = fiscal_calendar::gregorian();
  const date_range all{date::from_serial(first_serial), date::from_serial(last_serial)};
  const auto years = cal.periods(all, period_kind::year);
  ASSERT_EQ(years.size(), 8600U);
  EXPECT_EQ(years.front().label, "1400");
  EXPECT_EQ(years.back().label, "9999");
  const auto months = cal.periods(all, period_kind::month);
  ASSERT_EQ(months.size(), 8600U * 12);
  EXPECT_EQ(months.front().label, "1400-01");
  EXPECT_EQ(months.back().label, "9999-12");
  EXPECT_EQ(cal.periods(all, period_kind::quarter).back().label, "9999 Q4");
  EXPECT_EQ(cal.periods(days("1400-01-01", "1400-01-03"), period_kind::day).front().label, "1400-01-01");
  EXPECT_EQ(cal.periods(days("9999-12-30", "9999-12-31"), period_kind::day).back().label, "9999-12-31");
}

TEST(fiscal_calendar_extremes, periods_reaching_beyond_the_supported_dates_throw) {
  // A period is reported whole (`full`), so one that the calendar extends past
  // 1400-01-01 or 9999-12-31 cannot be represented: out_of_range, naming it. Ranges
  // that keep clear of such periods work.
  const auto cal = fiscal_calendar::gregorian();
  // 1400-01-01 is a Wednesday: its ISO week 1400-W01 starts on Monday 1399-12-30.
  const std::string message =
      message_of([&] { (void)cal.period_containing(parse_date("1400-01-01"), period_kind::week); });
  EXPECT_NE(message.find("1400-W01"), std::string::npos) << message;
  EXPECT_NE(message.find("1399-12-30..1400-01-05"), std::string::npos) << message;
  EXPECT_EQ(code_of([&] { (void)cal.periods(days("1400-01-01", "1400-02-01"), period_kind::week); }),
            errc::out_of_range);
  EXPECT_EQ(cal.periods(days("1400-01-06", "1400-02-01"), period_kind::week).front().label, "1400-W02");
  // 9999-12-31 is a Friday: its week ends 10000-01-02; the week before ends 9999-12-26.
  EXPECT_EQ(code_of([&] { (void)cal.period_containing(parse_date("9999-12-31"), period_kind::week); }),
            errc::out_of_range);
  EXPECT_EQ(cal.periods(days("9999-12-01", "9999-12-26"), period_kind::week).back().label, "9999-W51");

  // April years named by end year: 9999-12-31 lies in FY10000 (9999-04-01..10000-03-31);
  // its Q3 (9999-10-01..12-31) fits, the year and H2 do not.
  const auto april = fiscal_calendar::starting(4, 1);
  EXPECT_EQ(april.period_containing(parse_date("9999-12-31"), period_kind::quarter).label, "FY10000 Q3");
  EXPECT_EQ(code_of([&] { (void)april.period_containing(parse_date("9999-12-31"), period_kind::year); }),
            errc::out_of_range);
  EXPECT_EQ(code_of([&] { (void)april.periods(days("9999-06-01", "9999-12-31"), period_kind::half); }),
            errc::out_of_range);
  EXPECT_EQ(april.periods(days("1400-04-01", "1400-12-31"), period_kind::year).front().label, "FY1401");

  // NRF: the year holding 1400-01-01 started in 1399.
  EXPECT_EQ(code_of([&] { (void)nrf().period_containing(parse_date("1400-01-01"), period_kind::year); }),
            errc::out_of_range);
  EXPECT_EQ(nrf().period_containing(parse_date("1400-01-01"), period_kind::day).label, "1400-01-01");
}

TEST(fiscal_calendar_extremes, failing_calls_leave_nothing_behind) {
  // periods() builds its result locally: a throw midway returns nothing partial, and
  // the calendar itself is unchanged (still usable, same answers).
  const auto cal = fiscal_calendar::gregorian();
  const auto before = cal.periods(days("2027-01-01", "2027-12-31"), period_kind::month);
  std::vector<period> out{before};
  EXPECT_THROW(out = cal.periods(days("9999-12-01", "9999-12-31"), period_kind::week), error);
  EXPECT_EQ(labels_of(out), labels_of(before));
  EXPECT_EQ(labels_of(cal.periods(days("2027-01-01", "2027-12-31"), period_kind::month)), labels_of(before));
}

// ============================================================ properties

std::vector<fiscal_calendar> calendar_shapes() {
  std::vector<fiscal_calendar> out{fiscal_calendar::gregorian(),
                                   fiscal_calendar::starting(4, 1),
                                   fiscal_calendar::starting(7, 1, fiscal_year_naming::start_year),
                                   fiscal_calendar::starting(4, 6),
                                   fiscal_calendar::starting(10, 28, fiscal_year_naming::start_year),
                                   fiscal_calendar::starting(1, 15),
                                   fiscal_calendar::starting(12, 1)};
  const retail_pattern patterns[] = {retail_pattern::p445, retail_pattern::p454, retail_pattern::p544};
  int i = 0;
  for (const auto pattern : patterns) {
    for (const auto rule : {year_end_rule::last_weekday, year_end_rule::nearest_weekday}) {
      for (const int month : {1, 8, 12}) {
        const auto day = static_cast<weekday>(i % 7 + 1);
        const auto naming = i % 2 == 0 ? fiscal_year_naming::end_year : fiscal_year_naming::start_year;
        out.push_back(fiscal_calendar::retail(pattern, month, day, rule, naming));
        ++i;
      }
    }
  }
  return out;
}

std::string year_label(const fiscal_calendar& cal, int year) {
  return (cal.kind() == fiscal_calendar::shape::gregorian ? "" : "FY") + std::to_string(year);
}

// Check that `ps` tiles `range` and that each period is the one the calendar defines.
void expect_tiles(const fiscal_calendar& cal, const date_range& range, period_kind k, const std::vector<period>& ps) {
  SCOPED_TRACE(cal.describe() + " " + std::string(to_string(k)) + " " + range.to_string());
  ASSERT_FALSE(ps.empty());
  EXPECT_EQ(ps.front().span.first, range.first);
  EXPECT_EQ(ps.back().span.last, range.last);
  std::int64_t total = 0;
  std::set<std::string> labels;
  for (std::size_t i = 0; i < ps.size(); ++i) {
    const period& p = ps[i];
    EXPECT_EQ(p.kind, k);
    EXPECT_TRUE(p.full.contains(p.span));
    EXPECT_TRUE(range.contains(p.span));
    EXPECT_EQ(p.span, tandem::time::intersect(p.full, range));
    if (i > 0) {
      EXPECT_EQ(p.span.first, ps[i - 1].span.last.plus_days(1));
    }
    if (i > 0 && i + 1 < ps.size()) {
      EXPECT_FALSE(p.is_partial());
    }
    total += p.span.days();
    EXPECT_TRUE(labels.insert(p.label).second) << "repeated label " << p.label;
    const period again = cal.period_containing(p.full.first, k);
    EXPECT_EQ(again.full, p.full);
    EXPECT_EQ(again.label, p.label);
    EXPECT_EQ(cal.period_containing(p.span.last, k).full, p.full);
  }
  EXPECT_EQ(total, range.days());
}

TEST(fiscal_calendar_properties, periods_tile_random_ranges) {
  std::mt19937_64 rng(4'2027);
  // Keep clear of the extremes, where whole periods may not be representable.
  std::uniform_int_distribution<std::int32_t> start(first_serial + 800, last_serial - 5000);
  for (const auto& cal : calendar_shapes()) {
    for (const period_kind k : all_kinds) {
      const std::int64_t max_len = k == period_kind::day ? 120 : k == period_kind::week ? 400 : 2000;
      std::uniform_int_distribution<std::int64_t> length(1, max_len);
      for (int trial = 0; trial < 12; ++trial) {
        const date first = date::from_serial(start(rng));
        const date_range range{first, first.plus_days(length(rng) - 1)};
        expect_tiles(cal, range, k, cal.periods(range, k));
      }
    }
  }
}

TEST(fiscal_calendar_properties, period_lengths) {
  std::mt19937_64 rng(77);
  std::uniform_int_distribution<std::int32_t> start(first_serial + 800, last_serial - 5000);
  for (const auto& cal : calendar_shapes()) {
    const bool retail = cal.kind() == fiscal_calendar::shape::retail;
    for (int trial = 0; trial < 200; ++trial) {
      const date d = date::from_serial(start(rng));
      SCOPED_TRACE(cal.describe() + " " + d.to_string());
      const auto len = [&](period_kind k) { return cal.period_containing(d, k).full.days(); };
      if (retail) {
        EXPECT_TRUE(len(period_kind::year) == 364 || len(period_kind::year) == 371);
        EXPECT_TRUE(len(period_kind::half) == 182 || len(period_kind::half) == 189);
        EXPECT_TRUE(len(period_kind::quarter) == 91 || len(period_kind::quarter) == 98);
        EXPECT_TRUE(len(period_kind::month) % 7 == 0 && len(period_kind::month) >= 28 && len(period_kind::month) <= 42);
        // Retail weeks start on the day after the year's end weekday.
        EXPECT_EQ(cal.period_containing(d, period_kind::week).full.first.day_of_week(),
                  cal.period_containing(d, period_kind::year).full.first.day_of_week());
      } else {
        EXPECT_TRUE(len(period_kind::year) == 365 || len(period_kind::year) == 366);
        EXPECT_GE(len(period_kind::half), 181);
        EXPECT_LE(len(period_kind::half), 184);
        EXPECT_GE(len(period_kind::quarter), 89);
        EXPECT_LE(len(period_kind::quarter), 92);
        EXPECT_GE(len(period_kind::month), 28);
        EXPECT_LE(len(period_kind::month), 31);
        EXPECT_EQ(cal.period_containing(d, period_kind::week).full.first.day_of_week(), weekday::monday);
      }
      EXPECT_EQ(len(period_kind::week), 7);
      EXPECT_EQ(len(period_kind::day), 1);
    }
  }
}

TEST(fiscal_calendar_properties, years_nest_halves_quarters_months) {
  std::mt19937_64 rng(12345);
  std::uniform_int_distribution<int> pick_year(1450, 9950);
  for (const auto& cal : calendar_shapes()) {
    for (int trial = 0; trial < 25; ++trial) {
      const int name = pick_year(rng);
      const date_range year = cal.fiscal_year(name);
      SCOPED_TRACE(cal.describe() + " " + std::to_string(name));
      const auto halves = cal.periods(year, period_kind::half);
      const auto quarters = cal.periods(year, period_kind::quarter);
      const auto months = cal.periods(year, period_kind::month);
      ASSERT_EQ(halves.size(), 2U);
      ASSERT_EQ(quarters.size(), 4U);
      ASSERT_EQ(months.size(), 12U);
      for (std::size_t h = 0; h < 2; ++h) {
        EXPECT_EQ(halves[h].full.first, quarters[2 * h].full.first);
        EXPECT_EQ(halves[h].full.last, quarters[2 * h + 1].full.last);
        EXPECT_EQ(halves[h].label, year_label(cal, name) + " H" + std::to_string(h + 1));
      }
      for (std::size_t q = 0; q < 4; ++q) {
        EXPECT_EQ(quarters[q].full.first, months[3 * q].full.first);
        EXPECT_EQ(quarters[q].full.last, months[3 * q + 2].full.last);
        EXPECT_EQ(quarters[q].label, year_label(cal, name) + " Q" + std::to_string(q + 1));
        EXPECT_EQ(cal.periods(quarters[q].full, period_kind::month).size(), 3U);
      }
      for (const period& m : months) {
        EXPECT_FALSE(m.is_partial());
        EXPECT_EQ(cal.fiscal_year_of(m.full.first), name);
        EXPECT_EQ(cal.fiscal_year_of(m.full.last), name);
      }
      EXPECT_EQ(cal.periods(year, period_kind::year).front().label, year_label(cal, name));
      EXPECT_EQ(cal.periods(year, period_kind::day).size(), static_cast<std::size_t>(year.days()));
      if (cal.kind() == fiscal_calendar::shape::retail) {
        // Retail years, and each of their months, are whole weeks.
        const auto weeks = cal.periods(year, period_kind::week);
        EXPECT_EQ(weeks.size() * 7, static_cast<std::size_t>(year.days()));
        for (const period& m : months) {
          for (const period& w : cal.periods(m.full, period_kind::week)) {
            EXPECT_FALSE(w.is_partial());
          }
        }
        EXPECT_EQ(weeks.back().label, year_label(cal, name) + (weeks.size() == 53 ? " W53" : " W52"));
      }
      // Consecutive years meet.
      EXPECT_EQ(cal.fiscal_year(name + 1).first, year.last.plus_days(1));
    }
  }
}

TEST(fiscal_calendar_properties, fiscal_year_of_agrees_with_a_straightforward_rule) {
  // For month-based calendars: the year starts on start_month/start_day of the year
  // (named by end year: the year before the name, unless it starts on 1 January).
  struct shape {
    int month;
    int day;
    fiscal_year_naming naming;
  };
  const std::vector<shape> shapes{{4, 1, fiscal_year_naming::end_year},
                                  {7, 1, fiscal_year_naming::start_year},
                                  {4, 6, fiscal_year_naming::end_year},
                                  {10, 28, fiscal_year_naming::start_year},
                                  {1, 1, fiscal_year_naming::end_year},
                                  {1, 15, fiscal_year_naming::end_year},
                                  {2, 28, fiscal_year_naming::end_year}};
  std::mt19937_64 rng(99);
  std::uniform_int_distribution<std::int32_t> start(first_serial + 400, last_serial - 400);
  for (const shape& s : shapes) {
    const auto cal = fiscal_calendar::starting(s.month, s.day, s.naming);
    for (int trial = 0; trial < 3000; ++trial) {
      const date d = date::from_serial(start(rng));
      const date this_year_start = date::from_ymd(d.year(), s.month, s.day);
      const int start_year = d < this_year_start ? d.year() - 1 : d.year();
      const bool calendar_year = s.month == 1 && s.day == 1;
      const int name = s.naming == fiscal_year_naming::start_year || calendar_year ? start_year : start_year + 1;
      ASSERT_EQ(cal.fiscal_year_of(d), name) << d.to_string();
      const date first = date::from_ymd(start_year, s.month, s.day);
      ASSERT_EQ(cal.fiscal_year(name), (date_range{first, first.plus_months(12).plus_days(-1)})) << d.to_string();
      // Fiscal months run from start_day of a month to the day before start_day of the next.
      const date month_start = d.day() >= s.day ? date::from_ymd(d.year(), d.month(), s.day)
                                                : date::from_ymd(d.year(), d.month(), s.day).plus_months(-1);
      ASSERT_EQ(cal.period_containing(d, period_kind::month).full,
                (date_range{month_start, month_start.plus_months(1).plus_days(-1)}))
          << d.to_string();
    }
  }
}

TEST(fiscal_calendar_properties, iso_weeks_agree_with_the_ordinal_date_formula) {
  // ISO 8601 week number from the ordinal date: w = (ordinal - weekday + 10) / 7;
  // w == 0 means the last week of the previous year, w == 53 in a 52-week year means W01.
  const auto weeks_in_year = [](int y) {
    const auto jan1 = date::from_ymd(y, 1, 1).day_of_week();
    return jan1 == weekday::thursday || (tandem::time::is_leap_year(y) && jan1 == weekday::wednesday) ? 53 : 52;
  };
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<std::int32_t> start(first_serial + 400, last_serial - 400);
  for (const auto& cal : {fiscal_calendar::gregorian(), fiscal_calendar::starting(7, 1)}) {
    for (int trial = 0; trial < 5000; ++trial) {
      const date d = date::from_serial(start(rng));
      const int ordinal = static_cast<int>(tandem::time::days_between(date::from_ymd(d.year(), 1, 1), d)) + 1;
      int year = d.year();
      int week = (ordinal - static_cast<int>(d.day_of_week()) + 10) / 7;
      if (week == 0) {
        --year;
        week = weeks_in_year(year);
      } else if (week > weeks_in_year(year)) {
        ++year;
        week = 1;
      }
      const std::string expected = std::to_string(year) + (week < 10 ? "-W0" : "-W") + std::to_string(week);
      ASSERT_EQ(cal.period_containing(d, period_kind::week).label, expected) << d.to_string();
    }
  }
}

TEST(fiscal_calendar_properties, retail_years_end_on_the_rule_day) {
  for (const auto& cal : calendar_shapes()) {
    if (cal.kind() != fiscal_calendar::shape::retail) continue;
    const std::string text = cal.describe();
    const bool nearest = text.find("nearest") != std::string::npos;
    const int month = std::stoi(text.substr(text.find("of month ") + 9));
    for (int name = 1500; name < 9900; name += 37) {
      const date last = cal.fiscal_year(name).last;
      SCOPED_TRACE(text + " " + std::to_string(name) + " ends " + last.to_string());
      EXPECT_EQ(cal.period_containing(last, period_kind::week).full.last, last);
      // The year end is the same weekday every year.
      EXPECT_EQ(last.day_of_week(), cal.fiscal_year(name + 1).last.day_of_week());
      if (nearest) {
        // Within 3 days of the end month's last day.
        const int y = month == 12 && last.month() == 1 ? last.year() - 1 : last.year();
        const date end_of_month = date::from_ymd(y, month, tandem::time::days_in_month(y, month));
        EXPECT_LE(std::abs(tandem::time::days_between(end_of_month, last)), 3);
      } else {
        EXPECT_EQ(last.month(), month);
        EXPECT_GT(last.day() + 7, tandem::time::days_in_month(last.year(), month));
      }
    }
  }
}

TEST(fiscal_calendar_properties, day_periods_are_labelled_with_their_date) {
  const auto cal = fiscal_calendar::starting(4, 1);
  const auto ps = cal.periods(cal.fiscal_year(2028), period_kind::day);
  ASSERT_EQ(ps.size(), 366U);
  date d = parse_date("2027-04-01");
  for (const period& p : ps) {
    EXPECT_EQ(p.label, d.to_string());
    EXPECT_EQ(p.full, (date_range{d, d}));
    d = d.plus_days(1);
  }
}

// ---- what a calendar was built from (for saving it, tandem/org/org_document.hpp) ----

TEST(fiscal_calendar_accessors, gregorian_answers_the_documented_defaults) {
  const fiscal_calendar c = fiscal_calendar::gregorian();
  EXPECT_EQ(c.start_month(), 1);
  EXPECT_EQ(c.start_day(), 1);
  EXPECT_EQ(c.naming(), fiscal_year_naming::end_year);
  EXPECT_EQ(c.pattern(), retail_pattern::p445);
  EXPECT_EQ(c.end_month(), 12);
  EXPECT_EQ(c.end_weekday(), weekday::saturday);
  EXPECT_EQ(c.end_rule(), year_end_rule::last_weekday);
}

TEST(fiscal_calendar_accessors, fiscal_gives_back_its_start_and_naming) {
  const fiscal_calendar c = fiscal_calendar::starting(7, 16, fiscal_year_naming::start_year);
  EXPECT_EQ(c.kind(), fiscal_calendar::shape::fiscal);
  EXPECT_EQ(c.start_month(), 7);
  EXPECT_EQ(c.start_day(), 16);
  EXPECT_EQ(c.naming(), fiscal_year_naming::start_year);
  EXPECT_EQ(c.end_month(), 12);  // not a retail calendar: the default
  EXPECT_EQ(fiscal_calendar::starting(4).start_day(), 1);
}

TEST(fiscal_calendar_accessors, retail_gives_back_its_rule) {
  const fiscal_calendar c = fiscal_calendar::retail(retail_pattern::p544, 1, weekday::sunday,
                                                    year_end_rule::nearest_weekday, fiscal_year_naming::start_year);
  EXPECT_EQ(c.pattern(), retail_pattern::p544);
  EXPECT_EQ(c.end_month(), 1);
  EXPECT_EQ(c.end_weekday(), weekday::sunday);
  EXPECT_EQ(c.end_rule(), year_end_rule::nearest_weekday);
  EXPECT_EQ(c.naming(), fiscal_year_naming::start_year);
  EXPECT_EQ(c.start_month(), 1);  // not a fiscal calendar: the default
  EXPECT_EQ(c.start_day(), 1);
}

TEST(fiscal_calendar_accessors, equality_compares_shape_and_parameters) {
  EXPECT_EQ(fiscal_calendar::starting(1, 1), fiscal_calendar::gregorian());  // the same calendar
  EXPECT_EQ(fiscal_calendar::starting(4), fiscal_calendar::starting(4, 1, fiscal_year_naming::end_year));
  EXPECT_NE(fiscal_calendar::starting(4), fiscal_calendar::starting(4, 2));
  EXPECT_NE(fiscal_calendar::starting(4), fiscal_calendar::starting(5));
  EXPECT_NE(fiscal_calendar::starting(4), fiscal_calendar::starting(4, 1, fiscal_year_naming::start_year));
  const auto retail = [](retail_pattern p, int m, weekday d, year_end_rule r) {
    return fiscal_calendar::retail(p, m, d, r);
  };
  const fiscal_calendar nrf = retail(retail_pattern::p445, 1, weekday::saturday, year_end_rule::nearest_weekday);
  EXPECT_EQ(nrf, retail(retail_pattern::p445, 1, weekday::saturday, year_end_rule::nearest_weekday));
  EXPECT_NE(nrf, retail(retail_pattern::p454, 1, weekday::saturday, year_end_rule::nearest_weekday));
  EXPECT_NE(nrf, retail(retail_pattern::p445, 2, weekday::saturday, year_end_rule::nearest_weekday));
  EXPECT_NE(nrf, retail(retail_pattern::p445, 1, weekday::sunday, year_end_rule::nearest_weekday));
  EXPECT_NE(nrf, retail(retail_pattern::p445, 1, weekday::saturday, year_end_rule::last_weekday));
  // A fiscal year from 1 January is not a retail year ending in January.
  EXPECT_NE(fiscal_calendar::starting(2), retail(retail_pattern::p445, 1, weekday::saturday, year_end_rule::last_weekday));
}

}  // namespace
