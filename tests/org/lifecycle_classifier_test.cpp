// Tests for classify_lifecycle (tandem/org/lifecycle.hpp). Expected figures are
// worked out by hand from the documented rule: level = lower median of a window;
// recent = last window, previous = the one before, peak = highest window level;
// growth_bp = floor((recent - previous) * 10000 / previous). Defaults: window 3,
// introduction_periods 6, growth and decline thresholds 1000 bp, maturity level 8000 bp.
#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "tandem/core/error.hpp"
#include "tandem/org/lifecycle.hpp"
#include "time/support/expect_error.hpp"

namespace {

using tandem::errc;
using tandem::org::classify_lifecycle;
using tandem::org::lifecycle_options;
using tandem::org::lifecycle_proposal;
using tandem::org::lifecycle_rule;
using tandem::org::lifecycle_stage;
using tandem::time::testing::caught;
using series = std::vector<std::int64_t>;

constexpr std::int64_t max64 = std::numeric_limits<std::int64_t>::max();

series repeat(std::int64_t value, std::size_t count) { return series(count, value); }

series join(series a, const series& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

TEST(classify_lifecycle, too_few_periods_propose_no_stage) {
  // Two windows of 3 are needed.
  for (std::size_t n = 0; n < 6; ++n) {
    const auto p = classify_lifecycle(repeat(100, n));
    EXPECT_EQ(p.stage, std::nullopt);
    EXPECT_EQ(p.rule, lifecycle_rule::insufficient_data);
    EXPECT_EQ(p.periods, n);
    EXPECT_EQ(p.recent_level, 0);
    EXPECT_EQ(p.growth_bp, std::nullopt);
  }
  // Six periods suffice; all of them sold, so the product is still young (<= 6).
  EXPECT_EQ(classify_lifecycle(repeat(100, 6)).rule, lifecycle_rule::young);
  // A window of 1 needs two periods.
  const auto one = classify_lifecycle(series{10, 20}, {.window = 1, .introduction_periods = 0});
  EXPECT_EQ(one.stage, lifecycle_stage::growth);
  EXPECT_EQ(one.growth_bp, 10000);  // doubled: +100 %
}

TEST(classify_lifecycle, all_zeros_propose_no_stage) {
  const auto p = classify_lifecycle(repeat(0, 12));
  EXPECT_EQ(p.stage, std::nullopt);
  EXPECT_EQ(p.rule, lifecycle_rule::no_sales);
  EXPECT_EQ(p.periods, 12U);
  EXPECT_EQ(p.periods_since_first_sale, 0U);
}

TEST(classify_lifecycle, a_young_product_is_in_introduction) {
  // First sale at index 7 of 10: 3 periods of sales <= 6. Recent [5,8,12] -> 8,
  // previous [0,0,0] -> 0, peak 8 (the last window).
  const auto p = classify_lifecycle(series{0, 0, 0, 0, 0, 0, 0, 5, 8, 12});
  EXPECT_EQ(p.stage, lifecycle_stage::introduction);
  EXPECT_EQ(p.rule, lifecycle_rule::young);
  EXPECT_EQ(p.periods_since_first_sale, 3U);
  EXPECT_EQ(p.recent_level, 8);
  EXPECT_EQ(p.previous_level, 0);
  EXPECT_EQ(p.peak_level, 8);
  EXPECT_EQ(p.growth_bp, std::nullopt);
  EXPECT_EQ(p.level_bp, 10000);
}

TEST(classify_lifecycle, sales_rising_from_nothing_again_are_an_introduction) {
  // Sold once long ago (14 periods of history), then nothing, then a relaunch:
  // previous [0,0,0] -> 0, recent [3,5,6] -> 5, peak 5.
  const auto p = classify_lifecycle(series{4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 5, 6});
  EXPECT_EQ(p.stage, lifecycle_stage::introduction);
  EXPECT_EQ(p.rule, lifecycle_rule::takeoff);
  EXPECT_EQ(p.periods_since_first_sale, 14U);
  EXPECT_EQ(p.recent_level, 5);
  EXPECT_EQ(p.peak_level, 5);
}

TEST(classify_lifecycle, sustained_growth_is_growth) {
  // +10 % a period. Recent [161,177,195] -> 177, previous [121,133,146] -> 133:
  // 44 * 10000 / 133 = 3308.27 -> 3308 bp >= 1000.
  const auto p = classify_lifecycle(series{100, 110, 121, 133, 146, 161, 177, 195});
  EXPECT_EQ(p.stage, lifecycle_stage::growth);
  EXPECT_EQ(p.rule, lifecycle_rule::rising);
  EXPECT_EQ(p.recent_level, 177);
  EXPECT_EQ(p.previous_level, 133);
  EXPECT_EQ(p.growth_bp, 3308);
  EXPECT_EQ(p.peak_level, 177);
  EXPECT_EQ(p.level_bp, 10000);
}

TEST(classify_lifecycle, a_flat_series_at_its_peak_is_maturity) {
  const auto p = classify_lifecycle(repeat(100, 8));
  EXPECT_EQ(p.stage, lifecycle_stage::maturity);
  EXPECT_EQ(p.rule, lifecycle_rule::plateau);
  EXPECT_EQ(p.growth_bp, 0);
  EXPECT_EQ(p.level_bp, 10000);
}

TEST(classify_lifecycle, a_sustained_fall_is_decline) {
  // Previous [100,100,100] -> 100, recent [90,80,70] -> 80: -2000 bp <= -1000.
  const auto p = classify_lifecycle(series{100, 100, 100, 100, 100, 100, 90, 80, 70});
  EXPECT_EQ(p.stage, lifecycle_stage::decline);
  EXPECT_EQ(p.rule, lifecycle_rule::falling);
  EXPECT_EQ(p.growth_bp, -2000);
  EXPECT_EQ(p.level_bp, 8000);
}

TEST(classify_lifecycle, a_plateau_well_under_the_peak_is_decline) {
  // Steady at 60 (growth 0) after a peak level of 100: 6000 bp < 8000.
  const auto p = classify_lifecycle(series{100, 100, 100, 100, 60, 60, 60, 60, 60, 60});
  EXPECT_EQ(p.stage, lifecycle_stage::decline);
  EXPECT_EQ(p.rule, lifecycle_rule::below_peak);
  EXPECT_EQ(p.growth_bp, 0);
  EXPECT_EQ(p.peak_level, 100);
  EXPECT_EQ(p.level_bp, 6000);
  // Sales that stopped altogether: previous and recent 0, peak 10.
  const auto stopped = classify_lifecycle(join(repeat(10, 4), repeat(0, 6)));
  EXPECT_EQ(stopped.stage, lifecycle_stage::decline);
  EXPECT_EQ(stopped.rule, lifecycle_rule::below_peak);
  EXPECT_EQ(stopped.growth_bp, std::nullopt);
}

TEST(classify_lifecycle, growth_threshold_boundary) {
  // 100 -> 110 is exactly +1000 bp: growth; 100 -> 109 is 900 bp, and 109 is the
  // peak: maturity.
  const auto at = classify_lifecycle(join(repeat(100, 6), repeat(110, 3)));
  EXPECT_EQ(at.rule, lifecycle_rule::rising);
  EXPECT_EQ(at.growth_bp, 1000);
  const auto below = classify_lifecycle(join(repeat(100, 6), repeat(109, 3)));
  EXPECT_EQ(below.rule, lifecycle_rule::plateau);
  EXPECT_EQ(below.growth_bp, 900);
}

TEST(classify_lifecycle, decline_threshold_boundary) {
  // 100 -> 90 is exactly -1000 bp: falling; 100 -> 91 is -900 bp, 9100 bp of the
  // peak: maturity.
  const auto at = classify_lifecycle(join(repeat(100, 6), repeat(90, 3)));
  EXPECT_EQ(at.rule, lifecycle_rule::falling);
  EXPECT_EQ(at.growth_bp, -1000);
  const auto above = classify_lifecycle(join(repeat(100, 6), repeat(91, 3)));
  EXPECT_EQ(above.rule, lifecycle_rule::plateau);
  EXPECT_EQ(above.growth_bp, -900);
  EXPECT_EQ(above.level_bp, 9100);
}

TEST(classify_lifecycle, maturity_level_boundary) {
  // Steady at 80 after a peak of 100 is exactly 8000 bp: maturity; 79 is not.
  const auto at = classify_lifecycle(join(repeat(100, 4), repeat(80, 6)));
  EXPECT_EQ(at.rule, lifecycle_rule::plateau);
  EXPECT_EQ(at.level_bp, 8000);
  const auto below = classify_lifecycle(join(repeat(100, 4), repeat(79, 6)));
  EXPECT_EQ(below.rule, lifecycle_rule::below_peak);
  EXPECT_EQ(below.level_bp, 7900);
}

TEST(classify_lifecycle, introduction_periods_boundary) {
  // Sales in the last 6 periods: young; in the last 7: a flat series, maturity.
  const auto at = classify_lifecycle(join(repeat(0, 3), repeat(5, 6)));
  EXPECT_EQ(at.rule, lifecycle_rule::young);
  EXPECT_EQ(at.periods_since_first_sale, 6U);
  const auto past = classify_lifecycle(join(repeat(0, 2), repeat(5, 7)));
  EXPECT_EQ(past.rule, lifecycle_rule::plateau);
  EXPECT_EQ(past.periods_since_first_sale, 7U);
  // 0 turns the rule off.
  const auto off = classify_lifecycle(join(repeat(0, 3), repeat(5, 6)), {.introduction_periods = 0});
  EXPECT_EQ(off.rule, lifecycle_rule::plateau);
}

TEST(classify_lifecycle, a_young_product_that_falls_is_decline) {
  // Falling comes first: previous [20,20,20] -> 20, recent [10,10,10] -> 10.
  const auto p = classify_lifecycle(join(repeat(20, 3), repeat(10, 3)));
  EXPECT_EQ(p.rule, lifecycle_rule::falling);
  EXPECT_EQ(p.periods_since_first_sale, 6U);
}

TEST(classify_lifecycle, thresholds_are_configurable) {
  const series s = join(repeat(100, 6), repeat(105, 3));  // +500 bp
  EXPECT_EQ(classify_lifecycle(s).rule, lifecycle_rule::plateau);
  EXPECT_EQ(classify_lifecycle(s, {.growth_threshold_bp = 500}).rule, lifecycle_rule::rising);
  const series fall = join(repeat(100, 6), repeat(95, 3));  // -500 bp
  EXPECT_EQ(classify_lifecycle(fall).rule, lifecycle_rule::plateau);
  EXPECT_EQ(classify_lifecycle(fall, {.decline_threshold_bp = 500}).rule, lifecycle_rule::falling);
  EXPECT_EQ(classify_lifecycle(fall, {.maturity_level_bp = 9600}).rule, lifecycle_rule::below_peak);
  // A window of 4 needs 8 periods; its lower median is the 2nd smallest.
  const series w4{1, 2, 3, 4, 10, 20, 30, 40};
  const auto p = classify_lifecycle(w4, {.window = 4, .introduction_periods = 0});
  EXPECT_EQ(p.previous_level, 2);
  EXPECT_EQ(p.recent_level, 20);
  EXPECT_EQ(p.growth_bp, 90000);
}

TEST(classify_lifecycle, a_single_spike_does_not_move_a_flat_series) {
  for (std::size_t at = 0; at < 9; ++at) {
    series s = repeat(100, 9);
    s[at] = 1000000;
    const auto p = classify_lifecycle(s);
    EXPECT_EQ(p.rule, lifecycle_rule::plateau) << "spike at " << at;
    EXPECT_EQ(p.recent_level, 100);
    EXPECT_EQ(p.peak_level, 100);
  }
}

TEST(classify_lifecycle, a_single_spike_does_not_move_a_growing_or_falling_series) {
  const series rising{100, 110, 121, 133, 146, 161, 177, 195, 214};
  const series falling{200, 190, 180, 170, 160, 140, 120, 100, 80};
  for (std::size_t at = 0; at < rising.size(); ++at) {
    series up = rising;
    up[at] *= 50;
    EXPECT_EQ(classify_lifecycle(up).rule, lifecycle_rule::rising) << "spike at " << at;
    series down = falling;
    down[at] *= 50;
    EXPECT_EQ(classify_lifecycle(down).rule, lifecycle_rule::falling) << "spike at " << at;
  }
}

TEST(classify_lifecycle, a_lone_old_spike_in_zeros_is_sporadic) {
  // One sale 8 periods ago: every window's median is 0, so no level to judge.
  const auto p = classify_lifecycle(series{0, 0, 500, 0, 0, 0, 0, 0, 0, 0});
  EXPECT_EQ(p.stage, std::nullopt);
  EXPECT_EQ(p.rule, lifecycle_rule::sporadic);
  EXPECT_EQ(p.peak_level, 0);
  EXPECT_EQ(p.level_bp, 0);
  // A recent lone sale is a young product.
  EXPECT_EQ(classify_lifecycle(series{0, 0, 0, 0, 0, 0, 0, 500, 0, 0}).rule, lifecycle_rule::young);
}

TEST(classify_lifecycle, values_up_to_int64_max_are_exact) {
  const auto flat = classify_lifecycle(repeat(max64, 7));
  EXPECT_EQ(flat.rule, lifecycle_rule::plateau);
  EXPECT_EQ(flat.growth_bp, 0);
  EXPECT_EQ(flat.level_bp, 10000);
  // From 1 to INT64_MAX: the growth figure is capped, the decision exact.
  const auto jump = classify_lifecycle(join(repeat(1, 7), repeat(max64, 3)));
  EXPECT_EQ(jump.rule, lifecycle_rule::rising);
  EXPECT_EQ(jump.growth_bp, max64);
  const auto crash = classify_lifecycle(join(repeat(max64, 7), repeat(0, 3)));
  EXPECT_EQ(crash.rule, lifecycle_rule::falling);
  EXPECT_EQ(crash.growth_bp, -10000);
  // Exactly -10 % at 9e18, and one unit less of a fall (8.1e18 and 8.1e18 + 1 are
  // the same double: only integers tell them apart).
  constexpr std::int64_t big = 9'000'000'000'000'000'000;
  constexpr std::int64_t tenth_off = 8'100'000'000'000'000'000;
  EXPECT_EQ(classify_lifecycle(join(repeat(big, 6), repeat(tenth_off, 3))).rule, lifecycle_rule::falling);
  const auto just_above = classify_lifecycle(join(repeat(big, 6), repeat(tenth_off + 1, 3)));
  EXPECT_EQ(just_above.rule, lifecycle_rule::plateau);
  EXPECT_EQ(just_above.growth_bp, -1000);  // floor(-999.999...) is -1000: the figure, not the rule
}

TEST(classify_lifecycle, a_negative_sale_is_named_by_its_index) {
  const auto e = caught([] { (void)classify_lifecycle(series{5, 5, 5, -1, 5, 5}); });
  EXPECT_EQ(e.code(), errc::out_of_range);
  EXPECT_EQ(e.child(), 3U);
  EXPECT_NE(std::string(e.what()).find("period 4 (index 3) is negative: -1"), std::string::npos)
      << e.what();
  // Checked even when there are too few periods to classify.
  const auto short_one = caught([] { (void)classify_lifecycle(series{std::numeric_limits<std::int64_t>::min()}); });
  EXPECT_EQ(short_one.code(), errc::out_of_range);
  EXPECT_EQ(short_one.child(), 0U);
}

TEST(classify_lifecycle, every_option_is_checked_and_named) {
  struct bad_case {
    lifecycle_options options;
    const char* field;
  };
  const bad_case cases[] = {
      {{.window = 0}, "window = 0"},
      {{.window = 1001}, "window = 1001"},
      {{.introduction_periods = 1000001}, "introduction_periods = 1000001"},
      {{.growth_threshold_bp = 0}, "growth_threshold_bp = 0"},
      {{.growth_threshold_bp = 1000001}, "growth_threshold_bp = 1000001"},
      {{.decline_threshold_bp = 0}, "decline_threshold_bp = 0"},
      {{.decline_threshold_bp = 10001}, "decline_threshold_bp = 10001"},
      {{.maturity_level_bp = 0}, "maturity_level_bp = 0"},
      {{.maturity_level_bp = 10001}, "maturity_level_bp = 10001"},
  };
  for (const auto& c : cases) {
    const auto e = caught([&] { (void)classify_lifecycle(repeat(1, 10), c.options); });
    EXPECT_EQ(e.code(), errc::out_of_range) << c.field;
    EXPECT_NE(std::string(e.what()).find(c.field), std::string::npos) << e.what();
    EXPECT_EQ(e.child(), std::nullopt);
  }
  // The extremes of each range are accepted.
  EXPECT_NO_THROW((void)classify_lifecycle(repeat(1, 2000), {.window = 1000}));
  EXPECT_NO_THROW(tandem::org::validate({.window = 1,
                                         .introduction_periods = 1000000,
                                         .growth_threshold_bp = 1000000,
                                         .decline_threshold_bp = 10000,
                                         .maturity_level_bp = 10000}));
}

// Random series of the four shapes (rising, flat, falling, noise), fixed seeds.
series random_series(std::mt19937_64& rng) {
  std::uniform_int_distribution<int> shape(0, 3);
  std::uniform_int_distribution<std::size_t> length(0, 30);
  std::uniform_int_distribution<std::int64_t> start(0, 1000);
  std::uniform_int_distribution<std::int64_t> step(-50, 50);
  const int kind = shape(rng);
  series s(length(rng));
  std::int64_t value = start(rng);
  for (auto& v : s) {
    const std::int64_t drift = kind == 0 ? 40 : kind == 2 ? -40 : 0;
    value = std::max<std::int64_t>(0, value + drift + (kind == 3 ? step(rng) * 4 : step(rng) / 5));
    v = value;
  }
  return s;
}

bool proposes_a_stage(lifecycle_rule r) {
  return r != lifecycle_rule::insufficient_data && r != lifecycle_rule::no_sales &&
         r != lifecycle_rule::sporadic;
}

TEST(classify_lifecycle, invariants_on_random_series) {
  std::mt19937_64 rng(20261127);
  std::uniform_int_distribution<std::int64_t> factor(2, 1000000);
  for (int round = 0; round < 2000; ++round) {
    const series s = random_series(rng);
    const lifecycle_proposal p = classify_lifecycle(s);
    // Deterministic.
    EXPECT_EQ(classify_lifecycle(s), p);
    // A stage exactly when the rule proposes one, and the rule's stage.
    EXPECT_EQ(p.stage.has_value(), proposes_a_stage(p.rule));
    // The recent window is one of the windows: never above the peak.
    EXPECT_LE(p.recent_level, p.peak_level);
    EXPECT_LE(p.level_bp, 10000);
    // Scaling every value by a constant changes the levels only.
    const std::int64_t c = factor(rng);
    series scaled = s;
    for (auto& v : scaled) v *= c;
    lifecycle_proposal q = classify_lifecycle(scaled);
    EXPECT_EQ(q.recent_level, p.recent_level * c);
    EXPECT_EQ(q.peak_level, p.peak_level * c);
    q.recent_level = p.recent_level;
    q.previous_level = p.previous_level;
    q.peak_level = p.peak_level;
    EXPECT_EQ(q, p) << "scaled by " << c;
    // Zeros before the history change nothing once there are enough periods.
    if (p.rule != lifecycle_rule::insufficient_data) {
      lifecycle_proposal r = classify_lifecycle(join(repeat(0, 5), s));
      EXPECT_EQ(r.periods, p.periods + 5);
      r.periods = p.periods;
      EXPECT_EQ(r, p);
    }
  }
}

TEST(classify_lifecycle, random_series_reach_every_rule_that_proposes_a_stage) {
  // Guards the invariant test above against testing only one branch.
  std::mt19937_64 rng(7);
  std::vector<int> seen(9, 0);
  for (int round = 0; round < 2000; ++round) {
    ++seen[static_cast<std::size_t>(classify_lifecycle(random_series(rng)).rule)];
  }
  for (const auto r : {lifecycle_rule::insufficient_data, lifecycle_rule::falling, lifecycle_rule::young,
                       lifecycle_rule::rising, lifecycle_rule::plateau, lifecycle_rule::below_peak}) {
    EXPECT_GT(seen[static_cast<std::size_t>(r)], 0) << to_string(r);
  }
}

TEST(lifecycle_rule, names) {
  EXPECT_EQ(to_string(lifecycle_rule::insufficient_data), "insufficient_data");
  EXPECT_EQ(to_string(lifecycle_rule::no_sales), "no_sales");
  EXPECT_EQ(to_string(lifecycle_rule::falling), "falling");
  EXPECT_EQ(to_string(lifecycle_rule::young), "young");
  EXPECT_EQ(to_string(lifecycle_rule::sporadic), "sporadic");
  EXPECT_EQ(to_string(lifecycle_rule::takeoff), "takeoff");
  EXPECT_EQ(to_string(lifecycle_rule::rising), "rising");
  EXPECT_EQ(to_string(lifecycle_rule::plateau), "plateau");
  EXPECT_EQ(to_string(lifecycle_rule::below_peak), "below_peak");
  EXPECT_EQ(static_cast<int>(lifecycle_rule::below_peak), 8);
}

}  // namespace
