// tandem/alloc/weights.hpp: decimal weights become integers at one common scale.
#include "tandem/alloc/weights.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "tandem/core/amount.hpp"
#include "tandem/core/error.hpp"

namespace {

using tandem::errc;
using tandem::alloc::weights_from_decimals;

std::vector<std::int64_t> weights(std::vector<std::string_view> texts) { return weights_from_decimals(texts); }

// Runs weights_from_decimals, which must throw `code` naming `index` and a
// message containing every string in `fragments`.
void expect_error(std::vector<std::string_view> texts, errc code, std::size_t index,
                  std::vector<std::string> fragments = {}) {
  try {
    static_cast<void>(weights_from_decimals(texts));
  } catch (const tandem::error& e) {
    EXPECT_EQ(e.code(), code) << e.what();
    ASSERT_TRUE(e.child().has_value()) << e.what();
    EXPECT_EQ(*e.child(), index) << e.what();
    EXPECT_EQ(e.children().size(), 1U);
    for (const auto& fragment : fragments) {
      EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos)
          << "message \"" << e.what() << "\" lacks \"" << fragment << "\"";
    }
    return;
  }
  ADD_FAILURE() << "no error thrown; expected " << tandem::to_string(code) << " at " << index;
}

TEST(WeightsFromDecimals, TheHeaderExamples) {
  // 1.5 and 2 at scale 1: 15 and 20.
  EXPECT_EQ(weights({"1.5", "2"}), (std::vector<std::int64_t>{15, 20}));
  // 1234.5 and 3 at scale 1: 12345 and 30.
  EXPECT_EQ(weights({"1234.5", "3"}), (std::vector<std::int64_t>{12345, 30}));
}

TEST(WeightsFromDecimals, WholeNumbersStayAsTheyAre) {
  EXPECT_EQ(weights({"3", "1", "0", "3000000000000"}), (std::vector<std::int64_t>{3, 1, 0, 3000000000000}));
  EXPECT_EQ(weights({"9223372036854775807"}), (std::vector<std::int64_t>{std::numeric_limits<std::int64_t>::max()}));
}

TEST(WeightsFromDecimals, TheLargestDecimalCountSetsTheScale) {
  // Scale 3 from 0.001: 0.001 -> 1, 1 -> 1000, 2.5 -> 2500.
  EXPECT_EQ(weights({"0.001", "1", "2.5"}), (std::vector<std::int64_t>{1, 1000, 2500}));
  // Scale 2 from 0.25 regardless of position: 3 -> 300, 0.25 -> 25.
  EXPECT_EQ(weights({"3", "0.25"}), (std::vector<std::int64_t>{300, 25}));
}

TEST(WeightsFromDecimals, TrailingZerosDoNotRaiseTheScale) {
  // "1.50" has one significant decimal, so the scale is 1, not 2.
  EXPECT_EQ(weights({"1.50", "2"}), (std::vector<std::int64_t>{15, 20}));
  // All decimals are zeros: scale 0.
  EXPECT_EQ(weights({"1.00", "2.0", "7."}), (std::vector<std::int64_t>{1, 2, 7}));
  // Hundreds of trailing zeros neither raise the scale nor exceed the 18-decimal limit.
  const std::string long_zeros = "0.5" + std::string(300, '0');
  EXPECT_EQ(weights({long_zeros, "1"}), (std::vector<std::int64_t>{5, 10}));
}

TEST(WeightsFromDecimals, LeadingZerosAreFine) {
  EXPECT_EQ(weights({"007.50", "0002"}), (std::vector<std::int64_t>{75, 20}));
}

TEST(WeightsFromDecimals, EighteenDecimalsAreTheLimit) {
  // 10^-18 -> 1 and 1 -> 10^18 at scale 18.
  EXPECT_EQ(weights({"0.000000000000000001", "1"}), (std::vector<std::int64_t>{1, 1'000'000'000'000'000'000}));
  expect_error({"1", "0.0000000000000000001"}, errc::overflow, 1, {"\"0.0000000000000000001\"", "19", "18"});
}

TEST(WeightsFromDecimals, EmptyInputGivesEmptyOutput) {
  EXPECT_TRUE(weights({}).empty());
}

TEST(WeightsFromDecimals, ZerosAreValidWeights) {
  EXPECT_EQ(weights({"0", "0.0", "0.5"}), (std::vector<std::int64_t>{0, 0, 5}));
}

TEST(WeightsFromDecimals, MalformedTextIsAParseErrorAtItsIndex) {
  expect_error({"1", "2", "abc"}, errc::parse_error, 2, {"\"abc\""});
  expect_error({""}, errc::parse_error, 0, {"\"\""});
  expect_error({"1", " 1"}, errc::parse_error, 1, {"\" 1\""});
  expect_error({"1e3", "1"}, errc::parse_error, 0, {"\"1e3\""});
  expect_error({"1", ".5"}, errc::parse_error, 1);
  expect_error({"1", "+1"}, errc::parse_error, 1);
  expect_error({"1", "1,5"}, errc::parse_error, 1);
  expect_error({"1", "NaN"}, errc::parse_error, 1);
  expect_error({"1", "-"}, errc::parse_error, 1);
}

TEST(WeightsFromDecimals, NegativeWeightsAreOutOfRangeAtTheirIndex) {
  expect_error({"1", "-2"}, errc::out_of_range, 1, {"\"-2\"", "negative"});
  // Even a negative zero: a sign on a weight is a mistake worth reporting.
  expect_error({"1", "2", "-0"}, errc::out_of_range, 2, {"\"-0\""});
  expect_error({"-0.5"}, errc::out_of_range, 0);
}

TEST(WeightsFromDecimals, AnIntegerPartBeyondInt64Overflows) {
  expect_error({"1", "9223372036854775808"}, errc::overflow, 1, {"\"9223372036854775808\""});
  expect_error({std::string_view("1" + std::string(300, '0'))}, errc::overflow, 0);
}

TEST(WeightsFromDecimals, AWeightTooLargeAtTheCommonScaleOverflows) {
  // INT64_MAX fits alone, but "0.5" raises the scale to 1 and 10 * INT64_MAX does not fit.
  expect_error({"9223372036854775807", "0.5"}, errc::overflow, 0, {"\"9223372036854775807\"", "\"0.5\""});
  // 10 at scale 18 is 10^19 > INT64_MAX; the weight forcing scale 18 comes first.
  expect_error({"0.000000000000000001", "10"}, errc::overflow, 1, {"\"10\"", "18 decimal places"});
  // 922337203685477580.7 * 10 = 9223372036854775807 fits exactly.
  EXPECT_EQ(weights({"922337203685477580.7", "1"}),
            (std::vector<std::int64_t>{std::numeric_limits<std::int64_t>::max(), 10}));
}

TEST(WeightsFromDecimals, MalformedTextIsReportedBeforeAScaleOverflow) {
  // Weight 0 would overflow at the scale set by weight 1, but weight 2 is not a
  // number at all: the more basic mistake is the one to fix first.
  expect_error({"9223372036854775807", "0.5", "x"}, errc::parse_error, 2);
}

// Significant decimals of units at scale: 1500 at scale 3 (1.500) has 1.
int significant_decimals(std::int64_t units, int scale) {
  while (scale > 0 && units % 10 == 0) {
    units /= 10;
    --scale;
  }
  return scale;
}

TEST(WeightsFromDecimals, RandomWeightsKeepTheirExactValuesAtTheSmallestCommonScale) {
  std::mt19937_64 rng(5150);
  std::uniform_int_distribution<std::int64_t> units_dist(0, 999'999'999);
  std::uniform_int_distribution<int> scale_dist(0, 9);  // 10^9 * 10^9 stays below 2^63
  std::uniform_int_distribution<int> count_dist(1, 8);
  std::uniform_int_distribution<int> coin(0, 2);
  for (int round = 0; round < 3000; ++round) {
    const int n = count_dist(rng);
    std::vector<tandem::amount> values;
    std::vector<std::string> texts;
    int expected_scale = 0;
    for (int i = 0; i < n; ++i) {
      std::int64_t units = units_dist(rng);
      if (coin(rng) == 0) units = units / 1000 * 1000;  // trailing zeros that must not count
      const tandem::amount value(units, scale_dist(rng));
      values.push_back(value);
      texts.push_back(value.to_string());
      expected_scale = std::max(expected_scale, significant_decimals(value.units(), value.scale()));
    }
    const std::vector<std::string_view> views(texts.begin(), texts.end());
    const std::vector<std::int64_t> out = weights_from_decimals(views);
    ASSERT_EQ(out.size(), values.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
      // Each integer weight is the decimal at the common scale, exactly.
      ASSERT_EQ(tandem::amount(out[i], expected_scale), values[i])
          << texts[i] << " -> " << out[i] << " at scale " << expected_scale;
    }
  }
}

}  // namespace
