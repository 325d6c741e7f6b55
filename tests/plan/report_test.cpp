// Target against actual (include/tandem/plan/report.hpp): format_percent, worked
// reports by quarter and by month with hand-checked numbers, the as-of pro-rating
// (exact, additive across units and lines and day by day), the errors, and respread_remaining (worked
// example, the invariant actuals + open targets + unallocated == annual target on
// every cell of random plans, errors naming the unit and product line).
#include "tandem/plan/report.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "plan/support/plan_fixtures.hpp"
#include "tandem/core/error.hpp"

namespace tandem::plan {
namespace {

using testing::small_spec;
using time::date;
constexpr auto A = measure::amount;
constexpr auto Q = measure::quantity;
constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();

template <typename F>
error caught(F&& f) {
  try {
    f();
  } catch (const error& e) {
    return e;
  }
  ADD_FAILURE() << "expected a tandem::error";
  return error(errc::invalid_argument, "(nothing was thrown)");
}

// --- format_percent and the names -------------------------------------------------------

TEST(FormatPercent, RoundsOnceHalfAwayFromZero) {
  EXPECT_EQ(format_percent({1, 3}), "33.3");
  EXPECT_EQ(format_percent({2, 3}), "66.7");
  EXPECT_EQ(format_percent({2, 3}, 0), "67");
  EXPECT_EQ(format_percent({2, 3}, 4), "66.6667");
  EXPECT_EQ(format_percent({1, 8}, 0), "13");    // 12.5 -> 13
  EXPECT_EQ(format_percent({-1, 8}, 0), "-13");  // -12.5 -> -13
  EXPECT_EQ(format_percent({1, 8}, 1), "12.5");
  EXPECT_EQ(format_percent({1, 200}, 0), "1");    // 0.5 -> 1
  EXPECT_EQ(format_percent({-1, 200}, 0), "-1");
  EXPECT_EQ(format_percent({-1, 1000}), "-0.1");
  EXPECT_EQ(format_percent({-1, 10000}), "0.0");  // -0.01 rounds to zero: no "-0.0"
  EXPECT_EQ(format_percent({0, 1}), "0.0");
  EXPECT_EQ(format_percent({1, 1}, 2), "100.00");
  EXPECT_EQ(format_percent({7, 4}), "175.0");
  EXPECT_EQ(format_percent({1, 3}, 15), "33.333333333333333");
  EXPECT_EQ(format_percent({2, 3}, 15), "66.666666666666667");
  // Exact at the ends of int64: no intermediate overflows.
  EXPECT_EQ(format_percent({int64_max, 1}, 0), "922337203685477580700");
  EXPECT_EQ(format_percent({int64_min, 1}, 1), "-922337203685477580800.0");
  EXPECT_EQ(format_percent({int64_max, int64_max}, 3), "100.000");
  EXPECT_EQ(format_percent({1, int64_max}, 15), "0.000000000000000");
  EXPECT_EQ(format_percent({5, 0}), "");
  EXPECT_EQ(format_percent({0, 0}), "");
}

TEST(FormatPercent, RefusesDecimalsOutsideTheRange) {
  EXPECT_EQ(caught([] { (void)format_percent({1, 3}, -1); }).code(), errc::out_of_range);
  EXPECT_EQ(caught([] { (void)format_percent({1, 3}, 16); }).code(), errc::out_of_range);
}

TEST(ReportNames, Groupings) {
  const std::string_view names[] = {"month", "quarter", "half", "year"};
  for (std::uint8_t i = 0; i < 4; ++i) {
    const auto g = static_cast<grouping>(i);
    EXPECT_EQ(to_string(g), names[i]);
    EXPECT_EQ(grouping_from_name(names[i]), g);
  }
  EXPECT_EQ(grouping_from_name("Quarter"), std::nullopt);
  EXPECT_EQ(grouping_from_name("week"), std::nullopt);
}

// --- worked reports ------------------------------------------------------------------------

// small_spec at 3600: lathes 2400 and parts 1200; east 2700 (east_li 900, east_wang
// 1800) and west 900; every cell divides by 12, so each month is a twelfth:
// the company's month is 300 (lathes 200, parts 100).
plan_spec spec_3600() {
  plan_spec s = small_spec();
  s.annual_target[A] = 3600;
  return s;
}

class report_small : public ::testing::Test {
 protected:
  void SetUp() override {
    // The plan as the hand numbers below assume it.
    ASSERT_EQ(p.cell_total(A, li, lathes), 600);
    ASSERT_EQ(p.cell_total(A, li, parts), 300);
    ASSERT_EQ(p.cell_total(A, wang, lathes), 1200);
    ASSERT_EQ(p.cell_total(A, west, parts), 300);
    for (std::size_t k = 0; k < 12; ++k) ASSERT_EQ(p.target(A, 0, all_products, k), 300);
    a.add(p, "east_li", "lathes", date::from_ymd(2026, 4, 10), {{120, 0}});
    a.add(p, "east_wang", "parts", date::from_ymd(2026, 5, 20), {{60, 0}});
    a.add(p, "west", "lathes", date::from_ymd(2026, 6, 30), {{300, 0}});
    a.add(p, "west", "parts", date::from_ymd(2026, 7, 1), {{30, 0}});
    a.add(p, "east_li", "lathes", date::from_ymd(2027, 1, 15), {{-20, 0}});
  }

  plan p = plan::build(spec_3600());
  actuals a{p};
  unit_index_t east = *p.unit_index("east");
  unit_index_t west = *p.unit_index("west");
  unit_index_t li = *p.unit_index("east_li");
  unit_index_t wang = *p.unit_index("east_wang");
  product_index_t lathes = *p.product_index("lathes");
  product_index_t parts = *p.product_index("parts");
};

TEST_F(report_small, CompanyByQuarterWithItsLines) {
  const auto rows = make_report(p, &a, {.m = A, .by = grouping::quarter});
  ASSERT_EQ(rows.size(), 12u);  // (company + 2 lines) x 4 quarters
  const std::vector<std::string> labels{"FY2027 Q1", "FY2027 Q2", "FY2027 Q3", "FY2027 Q4"};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].unit, 0u);
    EXPECT_EQ(rows[i].product, i < 4 ? all_products : i < 8 ? lathes : parts);
    EXPECT_EQ(rows[i].period, labels[i % 4]);
    EXPECT_EQ(rows[i].target_to_date, std::nullopt);
    EXPECT_EQ(rows[i].attainment_to_date, std::nullopt);
  }
  // The company: 900 a quarter; 480 sold in Q1, 30 in Q2, none in Q3, a return of 20 in Q4.
  EXPECT_EQ(rows[0].target, 900);
  EXPECT_EQ(rows[0].actual, 480);
  EXPECT_EQ(rows[0].variance, -420);
  EXPECT_EQ(rows[0].attainment, (ratio{8, 15}));
  EXPECT_EQ(format_percent(rows[0].attainment), "53.3");
  EXPECT_EQ(rows[1].attainment, (ratio{1, 30}));
  EXPECT_EQ(format_percent(rows[1].attainment), "3.3");
  EXPECT_EQ(rows[2].actual, 0);
  EXPECT_EQ(rows[2].attainment, (ratio{0, 1}));
  EXPECT_EQ(rows[3].actual, -20);
  EXPECT_EQ(rows[3].variance, -920);
  EXPECT_EQ(rows[3].attainment, (ratio{-1, 45}));
  EXPECT_EQ(format_percent(rows[3].attainment), "-2.2");
  // Lathes: 600 a quarter, 420 in Q1; parts: 300 a quarter, 60 in Q1 and 30 in Q2.
  EXPECT_EQ(rows[4].target, 600);
  EXPECT_EQ(rows[4].attainment, (ratio{7, 10}));
  EXPECT_EQ(rows[7].attainment, (ratio{-1, 30}));
  EXPECT_EQ(rows[8].target, 300);
  EXPECT_EQ(rows[8].attainment, (ratio{1, 5}));
  EXPECT_EQ(rows[9].attainment, (ratio{1, 10}));
}

TEST_F(report_small, OneUnitByMonthAndByHalfAndYear) {
  const auto months = make_report(p, &a, {.m = A, .by = grouping::month, .unit = east, .by_product = false});
  ASSERT_EQ(months.size(), 12u);
  EXPECT_EQ(months[0].period, "2026-04");
  EXPECT_EQ(months[11].period, "2027-03");
  EXPECT_EQ(months[0].target, 225);  // 2700 / 12
  EXPECT_EQ(months[0].actual, 120);
  EXPECT_EQ(months[0].attainment, (ratio{8, 15}));
  EXPECT_EQ(months[1].actual, 60);
  EXPECT_EQ(months[9].actual, -20);

  const auto halves = make_report(p, &a, {.m = A, .by = grouping::half, .unit = west});
  ASSERT_EQ(halves.size(), 6u);  // west + 2 lines, 2 halves each
  EXPECT_EQ(halves[0].period, "FY2027 H1");
  EXPECT_EQ(halves[1].period, "FY2027 H2");
  EXPECT_EQ(halves[0].target, 450);
  EXPECT_EQ(halves[0].actual, 330);
  EXPECT_EQ(halves[0].attainment, (ratio{11, 15}));
  EXPECT_EQ(halves[2].product, lathes);
  EXPECT_EQ(halves[2].actual, 300);
  EXPECT_EQ(halves[2].attainment, (ratio{1, 1}));
  EXPECT_EQ(format_percent(halves[2].attainment), "100.0");

  const auto year = make_report(p, &a, {.m = A, .by = grouping::year, .unit = 0, .by_product = false});
  ASSERT_EQ(year.size(), 1u);
  EXPECT_EQ(year[0].period, "FY2027");
  EXPECT_EQ(year[0].target, 3600);
  EXPECT_EQ(year[0].actual, 490);
  EXPECT_EQ(year[0].attainment, (ratio{49, 360}));
}

TEST_F(report_small, EveryUnitOfALevelInDepthFirstOrder) {
  const auto level1 = make_report(p, &a, {.m = A, .by = grouping::year, .level = 1, .by_product = false});
  ASSERT_EQ(level1.size(), 2u);
  EXPECT_EQ(level1[0].unit, east);
  EXPECT_EQ(level1[1].unit, west);
  EXPECT_EQ(level1[0].actual, 160);
  EXPECT_EQ(level1[1].actual, 330);
  const auto level2 = make_report(p, &a, {.m = A, .by = grouping::year, .level = 2});
  ASSERT_EQ(level2.size(), 6u);
  EXPECT_EQ(level2[0].unit, li);
  EXPECT_EQ(level2[1].unit, li);
  EXPECT_EQ(level2[1].product, lathes);
  EXPECT_EQ(level2[1].actual, 100);
  EXPECT_EQ(level2[3].unit, wang);
  EXPECT_EQ(level2[3].product, all_products);
  EXPECT_EQ(level2[5].actual, 60);
}

TEST_F(report_small, WithoutActualsTheActualIsZero) {
  const auto rows = make_report(p, nullptr, {.m = A, .by = grouping::quarter, .by_product = false});
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].actual, 0);
  EXPECT_EQ(rows[0].variance, -900);
  EXPECT_EQ(rows[0].attainment, (ratio{0, 1}));
}

TEST(Report, AZeroTargetHasNoAttainment) {
  plan_spec s = spec_3600();
  s.mix = {{"west", "parts", amount(1, 0)}};  // west sells no lathes
  const plan p = plan::build(s);
  actuals a(p);
  a.add(p, "west", "lathes", date::from_ymd(2026, 4, 1), {{10, 0}});
  const auto rows = make_report(p, &a, {.m = A, .by = grouping::year, .unit = *p.unit_index("west")});
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].product, *p.product_index("lathes"));
  EXPECT_EQ(rows[1].target, 0);
  EXPECT_EQ(rows[1].actual, 10);
  EXPECT_EQ(rows[1].variance, 10);
  EXPECT_EQ(rows[1].attainment, (ratio{0, 0}));
  EXPECT_EQ(format_percent(rows[1].attainment), "");
}

// --- as of a date --------------------------------------------------------------------------

TEST_F(report_small, AsOfProRatesTheMonthThatContainsTheDate) {
  const auto rows = make_report(p, &a, {.m = A, .by = grouping::quarter, .as_of = date::from_ymd(2026, 5, 10)});
  ASSERT_EQ(rows.size(), 12u);
  // Q1 to 10 May: April in full, and each leaf's May line for 10 of 31 days, rounded
  // half up: 50 -> 16 (16.13), 25 -> 8 (8.06), 100 -> 32 (32.26).
  // Lathes: April's 200 + east_li 16 + east_wang 32 + west 16.
  EXPECT_EQ(rows[4].target_to_date, 264);
  // Parts: April's 100 + east_li 8 + east_wang 16 + west 8.
  EXPECT_EQ(rows[8].target_to_date, 132);
  // The company's is the sum of its lines' (and of its leaves').
  EXPECT_EQ(rows[0].target_to_date, 396);
  EXPECT_EQ(rows[0].attainment_to_date, (ratio{40, 33}));  // 480 / 396
  EXPECT_EQ(format_percent(*rows[0].attainment_to_date), "121.2");
  // Later quarters have no target yet.
  EXPECT_EQ(rows[1].target_to_date, 0);
  EXPECT_EQ(rows[1].attainment_to_date, (ratio{0, 0}));
  EXPECT_EQ(rows[3].target_to_date, 0);
}

TEST_F(report_small, TargetsToDateAddUpAcrossUnits) {
  const date d = date::from_ymd(2026, 8, 17);
  const auto by_unit = [&](const char* id) {
    return *make_report(p, nullptr, {.m = A, .by = grouping::year, .unit = *p.unit_index(id), .as_of = d})[0].target_to_date;
  };
  EXPECT_EQ(by_unit("east"), by_unit("east_li") + by_unit("east_wang"));
  EXPECT_EQ(by_unit("company"), by_unit("east") + by_unit("west"));
}

TEST_F(report_small, AsOfAtAPeriodsEndCountsItInFull) {
  const auto rows =
      make_report(p, &a, {.m = A, .by = grouping::quarter, .by_product = false, .as_of = date::from_ymd(2026, 6, 30)});
  EXPECT_EQ(rows[0].target_to_date, 900);
  EXPECT_EQ(rows[1].target_to_date, 0);
  const auto first_day =
      make_report(p, &a, {.m = A, .by = grouping::year, .by_product = false, .as_of = date::from_ymd(2026, 4, 1)});
  // One of April's 30 days for each leaf line, rounded half up: lathes 50 -> 2 (1.67),
  // 100 -> 3 (3.33), 50 -> 2; parts 25 -> 1 (0.83), 50 -> 2, 25 -> 1.
  EXPECT_EQ(first_day[0].target_to_date, 11);
  const auto last_day =
      make_report(p, &a, {.m = A, .by = grouping::year, .by_product = false, .as_of = date::from_ymd(2027, 3, 31)});
  EXPECT_EQ(last_day[0].target_to_date, 3600);
}

TEST(ReportAsOf, ProRatingIsExactAndAdditiveDayByDay) {
  // Uneven months (calendar-days seasonality, a target that does not divide): every
  // day's increment is that day's share, the shares of a month sum to its target, the
  // year's target to date is the sum of the months', and every day is within half a
  // unit per leaf cell of the exact proportional target to date.
  plan_spec s = small_spec();
  s.annual_target[A] = 1'000'003;
  for (product_line& l : s.products) l.seasonality = seasonality_basis::calendar_days;
  const plan p = plan::build(s);
  const auto months = p.periods();
  for (const auto& [unit, line] : std::vector<std::pair<unit_index_t, product_index_t>>{
           {0, all_products}, {*p.unit_index("east_li"), *p.product_index("parts")}}) {
    const std::vector<std::int64_t> monthly = p.monthly(A, unit, line);
    std::int64_t previous = 0;
    std::size_t month = 0;
    std::int64_t month_sum = 0;
    for (date d = months.front().span.first; d <= months.back().span.last; d = d.plus_days(1)) {
      // The unit's own row comes first, then one per line.
      const std::size_t at = line == all_products ? 0 : 1 + line;
      const report_request by_year{.m = A, .by = grouping::year, .unit = unit, .by_product = true, .as_of = d};
      const auto year = make_report(p, nullptr, by_year);
      report_request by_month = by_year;
      by_month.by = grouping::month;
      const auto all_rows = make_report(p, nullptr, by_month);
      const std::vector<report_row> rows(all_rows.begin() + static_cast<std::ptrdiff_t>(at * 12),
                                         all_rows.begin() + static_cast<std::ptrdiff_t>((at + 1) * 12));
      ASSERT_EQ(year[at].product, line);
      ASSERT_EQ(rows.front().product, line);
      const std::int64_t ytd = *year[at].target_to_date;
      std::int64_t sum_of_months = 0;
      for (const report_row& r : rows) sum_of_months += *r.target_to_date;
      ASSERT_EQ(ytd, sum_of_months) << d.to_string();
      // Within half a unit per leaf cell of the exact proportional target to date.
      const auto& cut = months[month];
      const std::int64_t whole = std::accumulate(monthly.begin(), monthly.begin() + static_cast<std::ptrdiff_t>(month),
                                                 std::int64_t{0});
      const std::int64_t covered = time::date_range{cut.span.first, d}.days();
      const std::int64_t cells = unit == 0 ? 6 : 1;
      // |2 * days * (ytd - whole) - 2 * monthly * covered| <= cells * days
      const std::int64_t gap = 2 * cut.span.days() * (ytd - whole) - 2 * monthly[month] * covered;
      ASSERT_LE(gap < 0 ? -gap : gap, cells * cut.span.days()) << d.to_string();
      if (line == all_products && unit == 0) {
        ASSERT_EQ(ytd, *make_report(p, nullptr, {.m = A, .by = grouping::year, .by_product = false, .as_of = d})[0]
                            .target_to_date);
      }
      // The day's increment is a share of its month; the month's shares sum to its target.
      const std::int64_t day_share = ytd - previous;
      ASSERT_GE(day_share, 0);
      month_sum += day_share;
      if (d == months[month].span.last) {
        ASSERT_EQ(month_sum, monthly[month]) << months[month].label;
        ASSERT_EQ(*rows[month].target_to_date, monthly[month]);
        month_sum = 0;
        ++month;
      }
      previous = ytd;
    }
    EXPECT_EQ(previous, std::accumulate(monthly.begin(), monthly.end(), std::int64_t{0}));
  }
}

// --- errors -------------------------------------------------------------------------------

TEST_F(report_small, Errors) {
  EXPECT_EQ(caught([&] { (void)make_report(p, &a, {.m = Q}); }).code(), errc::invalid_argument);
  EXPECT_EQ(caught([&] { (void)make_report(p, &a, {.m = A, .level = 3}); }).code(), errc::invalid_argument);
  EXPECT_EQ(caught([&] { (void)make_report(p, &a, {.m = A, .level = -1}); }).code(), errc::invalid_argument);
  EXPECT_EQ(caught([&] { (void)make_report(p, &a, {.m = A, .unit = 5}); }).code(), errc::invalid_argument);
  error e = caught([&] { (void)make_report(p, &a, {.m = A, .as_of = date::from_ymd(2027, 4, 1)}); });
  EXPECT_EQ(e.code(), errc::out_of_range);
  EXPECT_STREQ(e.what(), "as-of date 2027-04-01 is outside the plan's fiscal year (2026-04-01..2027-03-31)");
  EXPECT_EQ(caught([&] { (void)make_report(p, &a, {.m = A, .as_of = date::from_ymd(2026, 3, 31)}); }).code(),
            errc::out_of_range);
  // Actuals of another plan's shape.
  plan_spec other = spec_3600();
  other.units.pop_back();  // no east_wang
  const plan q = plan::build(other);
  const actuals foreign(q);
  EXPECT_EQ(caught([&] { (void)make_report(p, &foreign, {.m = A}); }).code(), errc::invalid_argument);
  EXPECT_EQ(caught([&] { (void)respread_remaining(p, foreign, A, date::from_ymd(2026, 6, 30)); }).code(),
            errc::invalid_argument);
}

// --- respread_remaining -------------------------------------------------------------------

std::int64_t sum(std::span<const std::int64_t> v) { return std::accumulate(v.begin(), v.end(), std::int64_t{0}); }

std::vector<std::int64_t> row_of(const revision& r, std::size_t cell, std::size_t months) {
  return {r.targets.begin() + static_cast<std::ptrdiff_t>(cell * months),
          r.targets.begin() + static_cast<std::ptrdiff_t>((cell + 1) * months)};
}

TEST_F(report_small, RespreadWorkedExample) {
  actuals closed(p);
  closed.add(p, "east_li", "lathes", date::from_ymd(2026, 4, 3), {{30, 0}});
  closed.add(p, "east_li", "lathes", date::from_ymd(2026, 5, 3), {{30, 0}});
  closed.add(p, "east_li", "lathes", date::from_ymd(2026, 6, 3), {{30, 0}});
  const revision r = respread_remaining(p, closed, A, date::from_ymd(2026, 6, 30));
  EXPECT_EQ(r.closed_months, 3u);
  EXPECT_EQ(r.leaves, (std::vector<unit_index_t>{li, wang, west}));
  ASSERT_EQ(r.targets.size(), 3u * 2u * 12u);
  ASSERT_EQ(r.unallocated.size(), 6u);
  // east_li x lathes: 600 - 90 = 510 over nine months of 50: 56 each and 6 over, to the
  // earlier months.
  EXPECT_EQ(row_of(r, 0, 12), (std::vector<std::int64_t>{30, 30, 30, 57, 57, 57, 57, 57, 57, 56, 56, 56}));
  EXPECT_EQ(r.unallocated[0], 0);
  // west x parts: nothing sold: 300 over nine months: 33 each and 3 over.
  EXPECT_EQ(row_of(r, 5, 12), (std::vector<std::int64_t>{0, 0, 0, 34, 34, 34, 33, 33, 33, 33, 33, 33}));

  // Carrying the shortfall keeps the open months at 50 and reports the gap.
  const revision carry = respread_remaining(p, closed, A, date::from_ymd(2026, 7, 15),
                                            {.on_shortfall = time::shortfall_policy::carry});
  EXPECT_EQ(carry.closed_months, 3u);  // July is not closed on the 15th
  EXPECT_EQ(row_of(carry, 0, 12), (std::vector<std::int64_t>{30, 30, 30, 50, 50, 50, 50, 50, 50, 50, 50, 50}));
  EXPECT_EQ(carry.unallocated[0], 60);
}

TEST_F(report_small, RespreadErrors) {
  error e = caught([&] { (void)respread_remaining(p, a, A, date::from_ymd(2026, 4, 29)); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_NE(std::string(e.what()).find("no month is closed"), std::string::npos) << e.what();
  e = caught([&] { (void)respread_remaining(p, a, A, date::from_ymd(2027, 3, 31)); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_NE(std::string(e.what()).find("every month is closed"), std::string::npos) << e.what();
  EXPECT_EQ(caught([&] { (void)respread_remaining(p, a, Q, date::from_ymd(2026, 6, 30)); }).code(),
            errc::invalid_argument);
  // A quantum of 7: east_li's remaining 600 - 120 = 480 is not a multiple; respread's
  // error keeps its code and gains the cell's names.
  time::respread_options opts;
  opts.basis.rounding.quantum = 7;
  e = caught([&] { (void)respread_remaining(p, a, A, date::from_ymd(2026, 4, 30), opts); });
  EXPECT_EQ(e.code(), errc::infeasible);
  EXPECT_EQ(std::string(e.what()).rfind("unit 'east_li', product line 'lathes': ", 0), 0u) << e.what();
}

TEST(RespreadRandom, ActualsPlusOpenTargetsPlusUnallocatedIsTheCellTarget) {
  std::mt19937_64 rng(31);
  int plans = 0;
  for (std::uint64_t seed = 1; plans < 8 && seed < 100; ++seed) {
    std::optional<plan> built;
    try {
      built = plan::build(testing::random_spec(seed, {.with_limits = false}));
    } catch (const error&) {
      continue;
    }
    const plan& p = *built;
    if (p.spec().period_rule.quantum[A] != 1) continue;  // respread's amounts must be multiples of its quantum
    ++plans;
    actuals a(p);
    const auto months = p.periods();
    for (unit_index_t u = 0; u < p.unit_count(); ++u) {
      if (!p.is_leaf(u)) continue;
      for (int i = 0; i < 3; ++i) {
        per_measure<std::int64_t> v{};
        v[A] = std::uniform_int_distribution<std::int64_t>(-1'000, 2'000'000)(rng);
        a.add(u, std::uniform_int_distribution<std::size_t>(0, p.product_count() - 1)(rng),
              std::uniform_int_distribution<std::size_t>(0, 4)(rng), v);
      }
    }
    for (const auto policy : {time::shortfall_policy::spread, time::shortfall_policy::carry}) {
      const date as_of = months[4].span.last;
      const revision r = respread_remaining(p, a, A, as_of, {.on_shortfall = policy});
      ASSERT_EQ(r.closed_months, 5u);
      std::size_t cell = 0;
      for (const unit_index_t leaf : r.leaves) {
        for (product_index_t j = 0; j < p.product_count(); ++j, ++cell) {
          const std::vector<std::int64_t> row = row_of(r, cell, months.size());
          std::int64_t closed = 0;
          for (std::size_t k = 0; k < 5; ++k) {
            ASSERT_EQ(row[k], a.actual(A, leaf, j, k));
            closed += row[k];
          }
          const std::int64_t open = sum(row) - closed;
          ASSERT_EQ(closed + open + r.unallocated[cell], p.cell_total(A, leaf, j)) << "seed " << seed;
        }
      }
      EXPECT_EQ(cell * months.size(), r.targets.size());
    }
  }
  EXPECT_EQ(plans, 8);
}

}  // namespace
}  // namespace tandem::plan
