// tandem/time/target_series.hpp: pro-rating partial periods, additivity, to-date
// targets, and every error.
#include "tandem/time/target_series.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <numeric>
#include <random>

#include "tandem/core/error.hpp"
#include "tandem/time/respread.hpp"
#include "tandem/time/spread.hpp"
#include "time/support/expect_error.hpp"
#include "time/support/hand_periods.hpp"

namespace tandem::time {
namespace {

using tandem::time::testing::caught;
using tandem::time::testing::code_of;
using tandem::time::testing::message_of;

using testing::calendar_months;

date ymd(int y, int m, int d) { return date::from_ymd(y, m, d); }
date_range between(date a, date b) { return make_range(a, b); }

// 100 per calendar day of each month of 2027.
target_series hundred_a_day_2027() {
  auto months = calendar_months(2027, 1, 12);
  std::vector<std::int64_t> targets;
  for (const period& p : months) targets.push_back(p.span.days() * 100);
  return target_series(std::move(months), std::move(targets));
}

TEST(target_series, whole_periods_count_in_full_and_cut_ones_by_their_days) {
  const target_series s = hundred_a_day_2027();
  EXPECT_EQ(s.total(), 36500);
  EXPECT_EQ(s.span(), between(ymd(2027, 1, 1), ymd(2027, 12, 31)));
  EXPECT_EQ(s.target_between(between(ymd(2027, 1, 1), ymd(2027, 1, 31)), day_basis::calendar_days), 3100);
  EXPECT_EQ(s.target_between(between(ymd(2027, 1, 1), ymd(2027, 1, 10)), day_basis::calendar_days), 1000);
  EXPECT_EQ(s.target_between(between(ymd(2027, 1, 16), ymd(2027, 2, 14)), day_basis::calendar_days), 3000);
  EXPECT_EQ(s.target_between(between(ymd(2027, 12, 31), ymd(2027, 12, 31)), day_basis::calendar_days), 100);
}

TEST(target_series, the_remainder_of_a_period_goes_to_its_first_days) {
  // 100 over January's 31 days: 3 each and 7 left, so 1-7 January carry 4.
  target_series s(calendar_months(2027, 1, 1), {100});
  const auto days = s.daily_targets(0, day_basis::calendar_days);
  ASSERT_EQ(days.size(), 31U);
  EXPECT_EQ(days[0], 4);
  EXPECT_EQ(days[6], 4);
  EXPECT_EQ(days[7], 3);
  EXPECT_EQ(s.target_between(between(ymd(2027, 1, 1), ymd(2027, 1, 7)), day_basis::calendar_days), 28);
  EXPECT_EQ(s.target_between(between(ymd(2027, 1, 8), ymd(2027, 1, 31)), day_basis::calendar_days), 72);
}

TEST(target_series, working_days_skip_weekends_and_holidays) {
  // January 2027: 21 weekdays, 1 January (a Friday) a holiday: 20 working days.
  working_calendar cal;
  cal.add_holiday(ymd(2027, 1, 1), "New Year");
  target_series s(calendar_months(2027, 1, 1), {2000});
  // 1-10 January: working days 4-8 January, 5 of them.
  EXPECT_EQ(s.target_between(between(ymd(2027, 1, 1), ymd(2027, 1, 10)), day_basis::working_days, &cal), 500);
  // A weekend alone has no target.
  EXPECT_EQ(s.target_between(between(ymd(2027, 1, 2), ymd(2027, 1, 3)), day_basis::working_days, &cal), 0);
  const auto days = s.daily_targets(0, day_basis::working_days, &cal);
  EXPECT_EQ(days[0], 0);    // the holiday
  EXPECT_EQ(days[3], 100);  // Monday 4 January
}

TEST(target_series, a_period_without_working_days_is_prorated_by_calendar_days) {
  working_calendar cal;
  for (int d = 1; d <= 28; ++d) cal.add_holiday(ymd(2027, 2, d), "closed");
  target_series s(calendar_months(2027, 2, 1), {2800});
  EXPECT_EQ(s.target_between(between(ymd(2027, 2, 1), ymd(2027, 2, 7)), day_basis::working_days, &cal), 700);
}

TEST(target_series, negative_targets_are_prorated_like_positive_ones) {
  target_series s(calendar_months(2027, 1, 1), {-100});
  EXPECT_EQ(s.target_between(between(ymd(2027, 1, 1), ymd(2027, 1, 7)), day_basis::calendar_days), -28);
}

TEST(target_series, to_date_targets_year_quarter_and_month) {
  const target_series s = hundred_a_day_2027();
  const fiscal_calendar cal = fiscal_calendar::gregorian();
  const date as_of = ymd(2027, 5, 10);
  // YTD: 1 January..10 May = 31 + 28 + 31 + 30 + 10 = 130 days.
  EXPECT_EQ(target_to_date(s, cal, as_of, period_kind::year, day_basis::calendar_days), 13000);
  // QTD: 1 April..10 May = 40 days; MTD: 10 days.
  EXPECT_EQ(target_to_date(s, cal, as_of, period_kind::quarter, day_basis::calendar_days), 4000);
  EXPECT_EQ(target_to_date(s, cal, as_of, period_kind::month, day_basis::calendar_days), 1000);
}

TEST(target_series, to_date_in_a_fiscal_year_that_starts_in_april) {
  // Months April 2027..March 2028, 100 a day. FY from 1 April: as of 2028-02-10 the
  // year to date is 1 April 2027..10 February 2028 = 316 days (2028 is a leap year,
  // but 29 February lies after the as-of date).
  auto months = calendar_months(2027, 4, 12);
  std::vector<std::int64_t> targets;
  for (const period& p : months) targets.push_back(p.span.days() * 100);
  const target_series s(std::move(months), std::move(targets));
  EXPECT_EQ(s.total(), 36600);
  const fiscal_calendar fy = fiscal_calendar::starting(4, 1);
  EXPECT_EQ(target_to_date(s, fy, ymd(2028, 2, 10), period_kind::year, day_basis::calendar_days), 31600);
  // The fiscal Q4 starts on 1 January.
  EXPECT_EQ(target_to_date(s, fy, ymd(2028, 2, 10), period_kind::quarter, day_basis::calendar_days), 4100);
}

TEST(target_series, to_date_counts_days_before_the_series_as_zero) {
  auto months = calendar_months(2027, 7, 6);
  std::vector<std::int64_t> targets(6, 3100);
  targets[1] = 3100;
  const target_series s(std::move(months), std::move(targets));
  // YTD as of 5 August: July in full, 5/31 of August (3100 = 100 a day).
  EXPECT_EQ(target_to_date(s, fiscal_calendar::gregorian(), ymd(2027, 8, 5), period_kind::year,
                           day_basis::calendar_days),
            3600);
}

// Additivity: for random targets and random cut points, the target of [a, c] is
// the target of [a, b] plus that of [b + 1, c], and a period's days sum to it.
TEST(target_series, prorated_parts_add_up_on_random_ranges) {
  std::mt19937_64 rng(4242);
  working_calendar cal;
  cal.add_holiday(ymd(2027, 5, 3), "holiday");
  cal.add_workday(ymd(2027, 5, 8), "make-up");
  auto months = calendar_months(2027, 1, 12);
  std::vector<std::int64_t> targets;
  for (std::size_t i = 0; i < months.size(); ++i) {
    targets.push_back(static_cast<std::int64_t>(rng() % 10'000'000) - 1'000'000);
  }
  const target_series s(months, targets);
  for (const auto basis : {day_basis::calendar_days, day_basis::working_days}) {
    for (std::size_t i = 0; i < months.size(); ++i) {
      const auto days = s.daily_targets(i, basis, &cal);
      EXPECT_EQ(std::accumulate(days.begin(), days.end(), std::int64_t{0}), targets[i]);
    }
    for (int round = 0; round < 500; ++round) {
      std::array<std::int64_t, 3> cut{static_cast<std::int64_t>(rng() % 365), static_cast<std::int64_t>(rng() % 365),
                                      static_cast<std::int64_t>(rng() % 365)};
      std::sort(cut.begin(), cut.end());
      if (cut[1] == cut[2]) continue;
      const date a = ymd(2027, 1, 1).plus_days(cut[0]);
      const date b = ymd(2027, 1, 1).plus_days(cut[1]);
      const date c = ymd(2027, 1, 1).plus_days(cut[2]);
      const auto whole = s.target_between(between(a, c), basis, &cal);
      const auto left = s.target_between(between(a, b), basis, &cal);
      const auto right = s.target_between(between(b.plus_days(1), c), basis, &cal);
      ASSERT_EQ(left + right, whole) << a.to_string() << " " << b.to_string() << " " << c.to_string();
    }
    EXPECT_EQ(s.target_between(s.span(), basis, &cal), s.total());
  }
}

// The worked example of docs/time.md sections 5 and 6, on mainland China's
// official 2026 calendar (examples/calendars/cn-2026.csv). February 2026 has 16
// working days; its target 7,741,936 cents is 483,871 a day, and by 20 February
// 11 of them have passed (2-6, 9-13 and the make-up Saturday 14 February).
TEST(target_series, the_2026_example_of_the_time_guide) {
  const auto path = std::filesystem::path(__FILE__).parent_path() / "../../examples/calendars/cn-2026.csv";
  const working_calendar cn = read_working_calendar_file(path);
  const fiscal_calendar g = fiscal_calendar::gregorian();
  const auto months = g.periods(g.fiscal_year(2026), period_kind::month);
  const spread_options by{.basis = spread_basis::working_days, .workdays = &cn};
  const auto targets = spread(1'200'000'00, months, by);
  EXPECT_EQ(targets[0], 10'161'291);  // 1,200,000.00 x 21 / 248, rounded up by largest remainder
  EXPECT_EQ(targets[1], 7'741'936);   // x 16 / 248
  const target_series s(months, targets);
  const date as_of = ymd(2026, 2, 20);
  EXPECT_EQ(target_to_date(s, g, as_of, period_kind::month, day_basis::working_days, &cn), 11 * 483'871);
  EXPECT_EQ(target_to_date(s, g, as_of, period_kind::year, day_basis::working_days, &cn), 10'161'291 + 11 * 483'871);
  // By calendar days: 7,741,936 = 28 x 276,497 + 20, so each of 1-20 February carries 276,498.
  EXPECT_EQ(target_to_date(s, g, as_of, period_kind::month, day_basis::calendar_days), 20 * 276'498);

  // Section 6: January-March closed at 270,000.00 against a plan of 285,483.88.
  const std::vector<std::int64_t> actuals{90'000'00, 80'000'00, 100'000'00};
  const auto r = respread(1'200'000'00, months, targets, actuals);
  EXPECT_EQ(r.remaining, 930'000'00);
  EXPECT_EQ(r.unallocated, 0);
  EXPECT_EQ(r.targets[3], 10'333'333);
  const auto carried = respread(1'200'000'00, months, targets, actuals, {.on_shortfall = shortfall_policy::carry});
  EXPECT_EQ(carried.unallocated, 285'483'88 - 270'000'00);
  EXPECT_EQ(carried.targets[3], targets[3]);
}

TEST(target_series, errors) {
  const target_series s = hundred_a_day_2027();
  EXPECT_EQ(code_of([&] { (void)s.target_between(between(ymd(2026, 12, 31), ymd(2027, 1, 5)), day_basis::calendar_days); }),
            errc::out_of_range);
  EXPECT_EQ(code_of([&] { (void)s.target_between(between(ymd(2027, 1, 1), ymd(2027, 1, 5)), day_basis::working_days); }),
            errc::invalid_argument);
  EXPECT_EQ(code_of([&] { (void)s.daily_targets(12, day_basis::calendar_days); }), errc::out_of_range);
  EXPECT_EQ(code_of([&] { (void)target_to_date(s, fiscal_calendar::gregorian(), ymd(2028, 1, 1), period_kind::year,
                                               day_basis::calendar_days); }),
            errc::out_of_range);
  EXPECT_EQ(code_of([] { target_series(std::vector<period>{}, {}); }), errc::invalid_argument);
  EXPECT_EQ(code_of([] { target_series(calendar_months(2027, 1, 2), {1}); }), errc::invalid_argument);
  // A gap: January then March.
  auto gap = calendar_months(2027, 1, 3);
  gap.erase(gap.begin() + 1);
  try {
    target_series(gap, {1, 1});
    ADD_FAILURE() << "a gap was accepted";
  } catch (const error& e) {
    EXPECT_EQ(e.code(), errc::invalid_argument);
    EXPECT_EQ(e.child(), 1U);
    EXPECT_NE(std::string(e.what()).find("'2027-03'"), std::string::npos) << e.what();
  }
  const std::int64_t big = std::numeric_limits<std::int64_t>::max();
  EXPECT_EQ(code_of([&] { target_series(calendar_months(2027, 1, 2), {big, 1}); }), errc::overflow);
  // Only the sum has to fit, not every running sum.
  const target_series s3(calendar_months(2027, 1, 3), {big, 1, -1});
  EXPECT_EQ(s3.total(), big);
  EXPECT_EQ(s3.target_between(between(ymd(2027, 1, 1), ymd(2027, 3, 31)), day_basis::calendar_days), big);
  // A range that ends before it starts is refused, whatever its days.
  const date_range backwards{ymd(2027, 3, 10), ymd(2027, 1, 5)};
  EXPECT_EQ(code_of([&] { (void)s.target_between(backwards, day_basis::calendar_days); }), errc::invalid_argument);
  const date_range backwards_in_a_month{ymd(2027, 1, 10), ymd(2027, 1, 5)};
  EXPECT_EQ(code_of([&] { (void)s.target_between(backwards_in_a_month, day_basis::calendar_days); }),
            errc::invalid_argument);
}

}  // namespace
}  // namespace tandem::time
