// tandem/time/respread.hpp: the shortfall and surplus policies, the invariant
// actuals + open targets + unallocated == annual target, and the errors.
#include "tandem/time/respread.hpp"

#include <gtest/gtest.h>

#include <numeric>
#include <random>

#include "tandem/core/error.hpp"
#include "time/support/hand_periods.hpp"

namespace tandem::time {
namespace {

using testing::calendar_months;

std::int64_t sum(std::span<const std::int64_t> v) { return std::accumulate(v.begin(), v.end(), std::int64_t{0}); }

std::vector<std::int64_t> repeat(std::size_t n, std::int64_t v) { return std::vector<std::int64_t>(n, v); }

std::vector<std::int64_t> concat(std::vector<std::int64_t> a, const std::vector<std::int64_t>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

class respread_plan : public ::testing::Test {
 protected:
  std::vector<period> months = calendar_months(2027, 1, 12);
  std::vector<std::int64_t> original = repeat(12, 100);  // 1200 a year
};

TEST_F(respread_plan, on_plan_keeps_the_original_targets) {
  const auto r = respread(1200, months, original, repeat(3, 100));
  EXPECT_EQ(r.targets, original);
  EXPECT_EQ(r.unallocated, 0);
  EXPECT_EQ(r.remaining, 900);
}

TEST_F(respread_plan, a_shortfall_is_spread_over_the_open_periods) {
  // 270 achieved in three months: 930 left for nine months = 103 each and 3 over.
  const auto r = respread(1200, months, original, repeat(3, 90));
  EXPECT_EQ(r.targets, concat(repeat(3, 90), concat(repeat(3, 104), repeat(6, 103))));
  EXPECT_EQ(r.unallocated, 0);
  EXPECT_EQ(r.remaining, 930);
}

TEST_F(respread_plan, a_carried_shortfall_keeps_the_targets_and_reports_the_gap) {
  const auto r = respread(1200, months, original, repeat(3, 90), {.on_shortfall = shortfall_policy::carry});
  EXPECT_EQ(r.targets, concat(repeat(3, 90), repeat(9, 100)));
  EXPECT_EQ(r.unallocated, 30);
}

TEST_F(respread_plan, a_surplus_lowers_the_open_periods) {
  // 330 achieved: 870 left = 96 each and 6 over.
  const auto r = respread(1200, months, original, repeat(3, 110));
  EXPECT_EQ(r.targets, concat(repeat(3, 110), concat(repeat(6, 97), repeat(3, 96))));
  EXPECT_EQ(r.unallocated, 0);
}

TEST_F(respread_plan, a_banked_surplus_keeps_the_targets) {
  const auto r = respread(1200, months, original, repeat(3, 110), {.on_surplus = surplus_policy::bank});
  EXPECT_EQ(r.targets, concat(repeat(3, 110), repeat(9, 100)));
  EXPECT_EQ(r.unallocated, -30);
}

TEST_F(respread_plan, beyond_the_annual_target_the_open_periods_go_to_zero_not_below) {
  const auto r = respread(1200, months, original, repeat(3, 500));
  EXPECT_EQ(r.remaining, -300);
  EXPECT_EQ(r.targets, concat(repeat(3, 500), repeat(9, 0)));
  EXPECT_EQ(r.unallocated, -300);
}

TEST_F(respread_plan, shares_follow_the_original_targets) {
  // Open months with targets 100 and 300 share 800 as 1:3.
  const auto two = calendar_months(2027, 1, 3);
  const auto r = respread(900, two, std::vector<std::int64_t>{100, 100, 300}, repeat(1, 100));
  EXPECT_EQ(r.targets, (std::vector<std::int64_t>{100, 200, 600}));
}

TEST_F(respread_plan, another_basis_can_replace_the_original_targets) {
  // By calendar days over the open months April (30) and May (31) of a two-month
  // remainder: 610 splits 300 / 310.
  const auto five = calendar_months(2027, 1, 5);
  respread_options opts{.proportional_to_original = false, .basis = {.basis = spread_basis::calendar_days}};
  const auto r = respread(1000, five, repeat(5, 200), repeat(3, 130), opts);
  EXPECT_EQ(r.targets, (std::vector<std::int64_t>{130, 130, 130, 300, 310}));
  // A key written for the whole plan still matches: weights for closed months are ignored.
  const std::vector<labelled_value> key{{"2027-01", amount(1, 0)}, {"2027-02", amount(1, 0)},
                                        {"2027-03", amount(1, 0)}, {"2027-04", amount(1, 0)},
                                        {"2027-05", amount(4, 0)}};
  opts.basis = {.basis = spread_basis::key, .values = key};
  EXPECT_EQ(respread(1000, five, repeat(5, 200), repeat(3, 130), opts).targets,
            (std::vector<std::int64_t>{130, 130, 130, 122, 488}));
}

TEST_F(respread_plan, open_periods_with_no_original_target_follow_the_zero_policy) {
  std::vector<std::int64_t> front_loaded = concat(repeat(3, 400), repeat(9, 0));
  try {
    (void)respread(1200, months, front_loaded, repeat(3, 300));
    ADD_FAILURE() << "spread over zero weights";
  } catch (const error& e) {
    EXPECT_EQ(e.code(), errc::infeasible);
  }
  respread_options opts;
  opts.basis.when_zero = zero_basis_policy::even;
  const auto r = respread(1200, months, front_loaded, repeat(3, 300), opts);
  EXPECT_EQ(sum(r.targets), 1200);
  EXPECT_EQ(r.targets[3], 34);  // 300 / 9 = 33 r 3: the first three open months carry 34
  EXPECT_EQ(r.targets[6], 33);
}

TEST_F(respread_plan, nothing_to_spread_needs_no_weights) {
  // Ahead of the whole year's target, with a basis that has no weight at all: the
  // open months get zero, and the lead is reported, without a zero-weight error.
  const std::vector<labelled_value> zeros{
      {"2027-01", amount(0, 0)}, {"2027-02", amount(0, 0)}, {"2027-03", amount(0, 0)}, {"2027-04", amount(0, 0)},
      {"2027-05", amount(0, 0)}, {"2027-06", amount(0, 0)}, {"2027-07", amount(0, 0)}, {"2027-08", amount(0, 0)},
      {"2027-09", amount(0, 0)}, {"2027-10", amount(0, 0)}, {"2027-11", amount(0, 0)}, {"2027-12", amount(0, 0)}};
  respread_options opts{.proportional_to_original = false,
                        .basis = {.basis = spread_basis::reference, .values = zeros}};
  const auto r = respread(1200, months, original, repeat(3, 500), opts);
  EXPECT_EQ(r.targets, concat(repeat(3, 500), repeat(9, 0)));
  EXPECT_EQ(r.unallocated, -300);
}

TEST_F(respread_plan, errors_name_what_is_wrong) {
  EXPECT_THROW((void)respread(1200, months, repeat(11, 100), repeat(3, 100)), error);
  try {
    (void)respread(1200, months, original, repeat(12, 100));
    ADD_FAILURE();
  } catch (const error& e) {
    EXPECT_EQ(e.code(), errc::invalid_argument);
  }
  auto negative = original;
  negative[7] = -5;
  try {
    (void)respread(1200, months, negative, repeat(3, 100));
    ADD_FAILURE();
  } catch (const error& e) {
    EXPECT_EQ(e.code(), errc::out_of_range);
    EXPECT_EQ(e.child(), 7U);
  }
  try {
    (void)respread(std::numeric_limits<std::int64_t>::min(), months, original, repeat(3, 100));
    ADD_FAILURE();
  } catch (const error& e) {
    EXPECT_EQ(e.code(), errc::overflow);
  }
}

// The invariant over random plans, actuals and every policy pair.
TEST(respread, actuals_plus_open_targets_plus_unallocated_is_the_annual_target) {
  std::mt19937_64 rng(77);
  const auto months = calendar_months(2027, 1, 12);
  for (int round = 0; round < 2000; ++round) {
    std::vector<std::int64_t> original(12);
    for (auto& t : original) t = static_cast<std::int64_t>(rng() % 1'000'000);
    const std::int64_t annual = sum(original);
    const std::size_t closed = rng() % 12;
    std::vector<std::int64_t> actuals(closed);
    for (auto& a : actuals) a = static_cast<std::int64_t>(rng() % 2'000'000) - 200'000;
    for (const auto shortfall : {shortfall_policy::spread, shortfall_policy::carry}) {
      for (const auto surplus : {surplus_policy::spread, surplus_policy::bank}) {
        respread_options opts{.on_shortfall = shortfall, .on_surplus = surplus};
        opts.basis.when_zero = zero_basis_policy::even;
        const auto r = respread(annual, months, original, actuals, opts);
        ASSERT_EQ(sum(r.targets) + r.unallocated, annual);
        ASSERT_EQ(r.remaining, annual - sum(actuals));
        for (std::size_t i = 0; i < closed; ++i) ASSERT_EQ(r.targets[i], actuals[i]);
        for (std::size_t i = closed; i < 12; ++i) ASSERT_GE(r.targets[i], 0);
      }
    }
  }
}

TEST(respread, policy_names) {
  EXPECT_EQ(to_string(shortfall_policy::spread), "spread");
  EXPECT_EQ(to_string(shortfall_policy::carry), "carry");
  EXPECT_EQ(to_string(surplus_policy::spread), "spread");
  EXPECT_EQ(to_string(surplus_policy::bank), "bank");
}

}  // namespace
}  // namespace tandem::time
