// tandem/time/spread.hpp: weights from each basis, the engine's rounding, limits,
// negative totals, and every error.
#include "tandem/time/spread.hpp"

#include <gtest/gtest.h>

#include <numeric>
#include <random>

#include "tandem/core/error.hpp"
#include "time/support/expect_error.hpp"
#include "time/support/hand_periods.hpp"

namespace tandem::time {
namespace {

using tandem::time::testing::caught;
using tandem::time::testing::code_of;
using tandem::time::testing::message_of;

using testing::calendar_months;
using testing::single_days;

std::int64_t sum(const std::vector<std::int64_t>& v) { return std::accumulate(v.begin(), v.end(), std::int64_t{0}); }

amount dec(std::string_view text) {
  const auto dot = text.find('.');
  const int scale = dot == std::string_view::npos ? 0 : static_cast<int>(text.size() - dot - 1);
  return amount::parse(text, scale);
}

TEST(spread, even_splits_equally_and_gives_the_first_periods_the_remainder) {
  const auto months = calendar_months(2027, 1, 12);
  EXPECT_EQ(spread(1200, months, {}), std::vector<std::int64_t>(12, 100));
  // 1000 / 3 = 333 r 1: ties on the remainder go to the first period.
  EXPECT_EQ(spread(1000, calendar_months(2027, 1, 3), {}), (std::vector<std::int64_t>{334, 333, 333}));
}

TEST(spread, calendar_days_of_a_quarter) {
  // Q1 2027 has 31 + 28 + 31 = 90 days. 1000 * 31/90 = 344.44, * 28/90 = 311.11:
  // floors 344 + 311 + 344 = 999; January and March tie on 4/9 for the last unit,
  // January comes first.
  spread_options by{.basis = spread_basis::calendar_days};
  EXPECT_EQ(spread(1000, calendar_months(2027, 1, 3), by), (std::vector<std::int64_t>{345, 311, 344}));
}

TEST(spread, calendar_days_of_a_leap_february) {
  // 2028 is a leap year: Feb has 29 of the quarter's 91 days; 9100 splits exactly.
  spread_options by{.basis = spread_basis::calendar_days};
  EXPECT_EQ(spread(9100, calendar_months(2028, 1, 3), by), (std::vector<std::int64_t>{3100, 2900, 3100}));
}

TEST(spread, working_days_follow_the_working_calendar) {
  // January 2027 starts on a Friday: 21 weekdays; with 1 January a holiday, 20.
  // February 2027: 20 weekdays. March 2027: 23 weekdays. 63 working days in all.
  working_calendar cal;
  cal.add_holiday(date::from_ymd(2027, 1, 1), "New Year");
  spread_options by{.basis = spread_basis::working_days, .workdays = &cal};
  const auto q1 = calendar_months(2027, 1, 3);
  EXPECT_EQ(spread_weights(q1, by), (std::vector<std::int64_t>{20, 20, 23}));
  EXPECT_EQ(spread(6300, q1, by), (std::vector<std::int64_t>{2000, 2000, 2300}));
}

TEST(spread, a_month_without_working_days_gets_nothing) {
  working_calendar cal;
  for (int d = 1; d <= 28; ++d) cal.add_holiday(date::from_ymd(2027, 2, d), "closed");
  spread_options by{.basis = spread_basis::working_days, .workdays = &cal};
  // January 2027 has 21 working days, March 23: 4400 splits 2100 / 0 / 2300.
  EXPECT_EQ(spread(4400, calendar_months(2027, 1, 3), by), (std::vector<std::int64_t>{2100, 0, 2300}));
}

TEST(spread, no_working_day_anywhere_follows_the_zero_policy) {
  working_calendar cal(weekday_set::parse("mon,tue,wed,thu,fri,sat,sun"));
  spread_options by{.basis = spread_basis::working_days, .workdays = &cal};
  const auto q1 = calendar_months(2027, 1, 3);
  EXPECT_EQ(caught([&] { (void)spread(900, q1, by); }).code(), errc::infeasible);
  by.when_zero = zero_basis_policy::even;
  EXPECT_EQ(spread(900, q1, by), (std::vector<std::int64_t>{300, 300, 300}));
  by.when_zero = zero_basis_policy::calendar_days;
  EXPECT_EQ(spread(9000, q1, by), (std::vector<std::int64_t>{3100, 2800, 3100}));
}

TEST(spread, working_days_without_a_calendar_is_an_error) {
  spread_options by{.basis = spread_basis::working_days};
  EXPECT_EQ(caught([&] { (void)spread(10, calendar_months(2027, 1, 2), by); }).code(), errc::invalid_argument);
}

TEST(spread, key_weights_are_matched_by_label_in_any_order) {
  const std::vector<labelled_value> key{{"2027-03", dec("2")}, {"2027-01", dec("5")}, {"2027-02", dec("3")}};
  spread_options by{.basis = spread_basis::key, .values = key};
  EXPECT_EQ(spread(7, calendar_months(2027, 1, 3), by), (std::vector<std::int64_t>{4, 2, 1}));
}

TEST(spread, key_percentages_must_sum_to_exactly_100) {
  const auto q1 = calendar_months(2027, 1, 3);
  std::vector<labelled_value> key{{"2027-01", dec("50")}, {"2027-02", dec("30.5")}, {"2027-03", dec("19.5")}};
  spread_options by{.basis = spread_basis::key, .values = key, .unit = key_unit::percent};
  EXPECT_EQ(spread(100000, q1, by), (std::vector<std::int64_t>{50000, 30500, 19500}));

  key[2].value = dec("19.4");
  const error e = caught([&] { (void)spread(100000, q1, by); });
  EXPECT_EQ(e.code(), errc::infeasible);
  EXPECT_NE(std::string(e.what()).find("99.9"), std::string::npos) << e.what();
}

TEST(spread, a_key_that_misses_a_period_names_it) {
  const std::vector<labelled_value> key{{"2027-01", dec("1")}, {"2027-03", dec("1")}};
  spread_options by{.basis = spread_basis::key, .values = key};
  const error e = caught([&] { (void)spread(10, calendar_months(2027, 1, 3), by); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_EQ(e.child(), 1U);  // the period index
  EXPECT_NE(std::string(e.what()).find("'2027-02'"), std::string::npos) << e.what();
}

TEST(spread, a_key_with_an_extra_or_repeated_label_names_the_value) {
  const auto q1 = calendar_months(2027, 1, 3);
  std::vector<labelled_value> key{{"2027-01", dec("1")}, {"2027-02", dec("1")}, {"2027-03", dec("1")},
                                  {"2027-04", dec("1")}};
  spread_options by{.basis = spread_basis::key, .values = key};
  error e = caught([&] { (void)spread(10, q1, by); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_EQ(e.child(), 3U);
  EXPECT_NE(std::string(e.what()).find("'2027-04'"), std::string::npos) << e.what();

  key[3].label = "2027-02";
  e = caught([&] { (void)spread(10, q1, by); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_EQ(e.child(), 3U);
  EXPECT_NE(std::string(e.what()).find("twice"), std::string::npos) << e.what();
}

TEST(spread, negative_key_values_are_out_of_range) {
  const std::vector<labelled_value> key{{"2027-01", dec("1")}, {"2027-02", amount(-1, 0)}};
  spread_options by{.basis = spread_basis::reference, .values = key};
  const error e = caught([&] { (void)spread(10, calendar_months(2027, 1, 2), by); });
  EXPECT_EQ(e.code(), errc::out_of_range);
  EXPECT_EQ(e.child(), 1U);
}

TEST(spread, values_at_different_scales_are_brought_to_one) {
  // 0.5 and 1.25 -> 50 and 125 at scale 2; 35 splits 10 and 25.
  const std::vector<labelled_value> ref{{"2027-01", dec("0.5")}, {"2027-02", dec("1.25")}};
  spread_options by{.basis = spread_basis::reference, .values = ref};
  EXPECT_EQ(spread(35, calendar_months(2027, 1, 2), by), (std::vector<std::int64_t>{10, 25}));
}

TEST(spread, a_value_that_overflows_at_the_common_scale_is_an_overflow) {
  const std::vector<labelled_value> ref{{"2027-01", amount(9'000'000'000'000'000'000, 0)},
                                        {"2027-02", dec("0.01")}};
  spread_options by{.basis = spread_basis::reference, .values = ref};
  const error e = caught([&] { (void)spread(35, calendar_months(2027, 1, 2), by); });
  EXPECT_EQ(e.code(), errc::overflow);
  EXPECT_EQ(e.child(), 0U);
}

TEST(spread, an_all_zero_reference_follows_the_zero_policy) {
  const auto q1 = calendar_months(2027, 1, 3);
  const std::vector<labelled_value> ref{{"2027-01", dec("0")}, {"2027-02", dec("0.00")}, {"2027-03", dec("0")}};
  spread_options by{.basis = spread_basis::reference, .values = ref};
  const error e = caught([&] { (void)spread(90, q1, by); });
  EXPECT_EQ(e.code(), errc::infeasible);
  EXPECT_NE(std::string(e.what()).find("reference"), std::string::npos) << e.what();
  by.when_zero = zero_basis_policy::even;
  EXPECT_EQ(spread(90, q1, by), (std::vector<std::int64_t>{30, 30, 30}));
  by.when_zero = zero_basis_policy::calendar_days;
  EXPECT_EQ(spread(90, q1, by), (std::vector<std::int64_t>{31, 28, 31}));
}

TEST(spread, periods_that_share_a_label_cannot_take_a_key) {
  auto months = calendar_months(2027, 1, 2);
  months[1].label = months[0].label;
  const std::vector<labelled_value> key{{"2027-01", dec("1")}};
  spread_options by{.basis = spread_basis::key, .values = key};
  EXPECT_EQ(caught([&] { (void)spread(10, months, by); }).code(), errc::invalid_argument);
}

TEST(spread, the_engine_method_decides_the_rounding) {
  // Weights 98:1:1 over 3 units: largest remainder gives all 3 to the first;
  // Adams gives every positive weight a unit first.
  const std::vector<labelled_value> ref{{"2027-01", dec("98")}, {"2027-02", dec("1")}, {"2027-03", dec("1")}};
  spread_options by{.basis = spread_basis::reference, .values = ref};
  const auto q1 = calendar_months(2027, 1, 3);
  EXPECT_EQ(spread(3, q1, by), (std::vector<std::int64_t>{3, 0, 0}));
  by.rounding.m = alloc::method::adams;
  EXPECT_EQ(spread(3, q1, by), (std::vector<std::int64_t>{1, 1, 1}));
}

TEST(spread, locked_periods_keep_their_value_and_the_rest_is_respread) {
  const auto q1 = calendar_months(2027, 1, 3);
  const std::vector<std::int64_t> fixed{500, alloc::unset, alloc::unset};
  EXPECT_EQ(spread(1200, q1, {}, {.fixed = fixed}), (std::vector<std::int64_t>{500, 350, 350}));
  const std::vector<std::int64_t> max{alloc::unset, 300, alloc::unset};
  EXPECT_EQ(spread(1200, q1, {}, {.max = max}), (std::vector<std::int64_t>{450, 300, 450}));
}

TEST(spread, a_negative_total_spreads_its_magnitude_with_mirrored_limits) {
  const auto q1 = calendar_months(2027, 1, 3);
  EXPECT_EQ(spread(-1000, q1, {}), (std::vector<std::int64_t>{-334, -333, -333}));
  const std::vector<std::int64_t> fixed{-500, alloc::unset, alloc::unset};
  EXPECT_EQ(spread(-1000, q1, {}, {.fixed = fixed}), (std::vector<std::int64_t>{-500, -250, -250}));
  // A share of at least -300 (no more than 300 below zero).
  const std::vector<std::int64_t> min{alloc::unset, -300, alloc::unset};
  EXPECT_EQ(spread(-1200, q1, {}, {.min = min}), (std::vector<std::int64_t>{-450, -300, -450}));
}

TEST(spread, a_negative_total_rejects_positive_limits_in_the_callers_terms) {
  const auto q1 = calendar_months(2027, 1, 3);
  const std::vector<std::int64_t> fixed{alloc::unset, 5, alloc::unset};
  const error e = caught([&] { (void)spread(-100, q1, {}, {.fixed = fixed}); });
  EXPECT_EQ(e.code(), errc::out_of_range);
  EXPECT_EQ(e.child(), 1U);
  EXPECT_NE(std::string(e.what()).find("fixed value of child 1 is 5"), std::string::npos) << e.what();
  // Minimums of -10 each cannot absorb -100 over three months: the engine's own
  // message is prefixed with how the numbers were turned round.
  const std::vector<std::int64_t> min{-10, -10, -10};
  const error f = caught([&] { (void)spread(-100, q1, {}, {.min = min}); });
  EXPECT_EQ(f.code(), errc::infeasible);
  EXPECT_NE(std::string(f.what()).find("the negative total -100 is spread as its magnitude 100"), std::string::npos)
      << f.what();
}

TEST(spread, values_are_refused_by_bases_that_take_none) {
  const std::vector<labelled_value> key{{"x", dec("1")}};
  spread_options by{.values = key};
  EXPECT_EQ(caught([&] { (void)spread(10, calendar_months(2027, 1, 2), by); }).code(), errc::invalid_argument);
}

TEST(spread, a_reference_can_be_matched_by_position) {
  // Last year's actuals under last year's labels weigh this year's months in order.
  const std::vector<labelled_value> last_year{{"2026-01", dec("2")}, {"2026-02", dec("1")}, {"2026-03", dec("1")}};
  spread_options by{.basis = spread_basis::reference, .values = last_year, .match = value_match::position};
  const auto q1 = calendar_months(2027, 1, 3);
  EXPECT_EQ(spread(400, q1, by), (std::vector<std::int64_t>{200, 100, 100}));
  by.match = value_match::label;
  EXPECT_EQ(caught([&] { (void)spread(400, q1, by); }).code(), errc::invalid_argument);

  // The counts must agree: child() is the first period without a value, or the first extra value.
  by.match = value_match::position;
  const std::vector<labelled_value> two{last_year[0], last_year[1]};
  by.values = two;
  error e = caught([&] { (void)spread(400, q1, by); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_EQ(e.child(), 2U);
  const auto q1_q2 = calendar_months(2027, 1, 2);
  by.values = last_year;
  e = caught([&] { (void)spread(400, q1_q2, by); });
  EXPECT_EQ(e.child(), 2U);
  const std::vector<labelled_value> negative{{"a", dec("1")}, {"b", amount(-1, 0)}, {"c", dec("1")}};
  by.values = negative;
  e = caught([&] { (void)spread(400, q1, by); });
  EXPECT_EQ(e.code(), errc::out_of_range);
  EXPECT_EQ(e.child(), 1U);
  EXPECT_EQ(value_match_from_name("Position"), value_match::position);
  EXPECT_EQ(to_string(value_match::label), "label");
  EXPECT_FALSE(value_match_from_name("order").has_value());
}

TEST(spread, totals_it_cannot_spread) {
  const auto q1 = calendar_months(2027, 1, 3);
  EXPECT_EQ(caught([&] { (void)spread(std::numeric_limits<std::int64_t>::min(), q1, {}); }).code(), errc::overflow);
  EXPECT_EQ(caught([&] { (void)spread(10, std::span<const period>{}, {}); }).code(), errc::invalid_argument);
  // The engine's own errors pass through with the period's index.
  const std::vector<std::int64_t> fixed{alloc::unset, 20, alloc::unset};
  const error e = caught([&] { (void)spread(10, q1, {}, {.fixed = fixed}); });
  EXPECT_EQ(e.code(), errc::infeasible);
}

TEST(spread, names_of_bases_and_policies_round_trip) {
  for (const auto b : {spread_basis::even, spread_basis::calendar_days, spread_basis::working_days, spread_basis::key,
                       spread_basis::reference}) {
    EXPECT_EQ(spread_basis_from_name(to_string(b)), b);
  }
  EXPECT_EQ(spread_basis_from_name("working_days"), spread_basis::working_days);
  EXPECT_EQ(spread_basis_from_name("Working-Days"), spread_basis::working_days);
  EXPECT_EQ(spread_basis_from_name("EVEN"), spread_basis::even);
  EXPECT_FALSE(spread_basis_from_name("weekly").has_value());
  for (const auto p : {zero_basis_policy::error, zero_basis_policy::even, zero_basis_policy::calendar_days}) {
    EXPECT_EQ(zero_basis_policy_from_name(to_string(p)), p);
  }
  EXPECT_FALSE(zero_basis_policy_from_name("zero").has_value());
}

// Properties over random totals and day-by-day periods: the shares sum to the
// total, spread() equals spread_by_weights() on the same weights, and a negative
// total gives the negated shares of its magnitude.
TEST(spread, random_totals_sum_exactly_and_negate_symmetrically) {
  std::mt19937_64 rng(20271);
  const auto days = single_days(date::from_ymd(2027, 1, 1), 365);
  std::vector<labelled_value> ref;
  for (const period& p : days) ref.push_back({p.label, amount(static_cast<std::int64_t>(rng() % 100'000), 2)});
  alloc::workspace scratch;
  for (int round = 0; round < 200; ++round) {
    const auto total = static_cast<std::int64_t>(rng() % 1'000'000'000'000ULL);
    for (const auto m : alloc::all_methods()) {
      spread_options by{.basis = spread_basis::reference, .rounding = {.m = m}, .values = ref};
      const auto shares = spread(total, days, by);
      ASSERT_EQ(sum(shares), total);
      std::vector<std::int64_t> direct(days.size());
      spread_by_weights(total, spread_weights(days, by), by.rounding, {}, direct, scratch);
      ASSERT_EQ(direct, shares);
      auto negative = spread(-total, days, by);
      for (auto& x : negative) x = -x;
      ASSERT_EQ(negative, shares);
    }
  }
}

}  // namespace
}  // namespace tandem::time
