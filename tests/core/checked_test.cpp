// tandem/core/checked.hpp and int128.hpp: overflow is an error, never a wrap.
#include "tandem/core/checked.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <string>

#include "tandem/core/int128.hpp"

namespace {

using tandem::checked_add;
using tandem::checked_mul;
using tandem::checked_sub;
using tandem::errc;
using tandem::int128;
using tandem::uint128;

constexpr std::int64_t i64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t i64_min = std::numeric_limits<std::int64_t>::min();
constexpr std::uint64_t u64_max = std::numeric_limits<std::uint64_t>::max();

// The helpers are usable in constant expressions when nothing overflows.
static_assert(checked_add(2, 3, "x") == 5);
static_assert(checked_sub(std::int64_t{2}, std::int64_t{5}, "x") == -3);
static_assert(checked_mul(std::int64_t{-4}, std::int64_t{25}, "x") == -100);

static_assert(sizeof(int128) == 16 && sizeof(uint128) == 16);
static_assert(static_cast<int128>(-1) < 0 && static_cast<uint128>(-1) > 0);

// Runs `f`, which must throw errc::overflow whose message names `what`.
template <class F>
void expect_overflow(F f, const std::string& what) {
  try {
    static_cast<void>(f());
  } catch (const tandem::error& e) {
    EXPECT_EQ(e.code(), errc::overflow);
    EXPECT_EQ(std::string(e.what()), "overflow: " + what);
    return;
  }
  ADD_FAILURE() << "no overflow reported for " << what;
}

TEST(CheckedAdd, ResultsAtTheEdgesOfTheRange) {
  EXPECT_EQ(checked_add(i64_max - 1, std::int64_t{1}, "s"), i64_max);
  EXPECT_EQ(checked_add(i64_min + 1, std::int64_t{-1}, "s"), i64_min);
  EXPECT_EQ(checked_add(i64_max, i64_min, "s"), -1);  // 2^63-1 - 2^63
  EXPECT_EQ(checked_add(u64_max - 5, std::uint64_t{5}, "s"), u64_max);
}

TEST(CheckedAdd, OverflowThrowsNamingTheComputation) {
  expect_overflow([] { return checked_add(i64_max, std::int64_t{1}, "sum of fixed values"); },
                  "sum of fixed values");
  expect_overflow([] { return checked_add(i64_min, std::int64_t{-1}, "sum of lower bounds"); },
                  "sum of lower bounds");
  expect_overflow([] { return checked_add(u64_max, std::uint64_t{1}, "unsigned sum"); }, "unsigned sum");
  expect_overflow(
      [] { return checked_add(std::numeric_limits<std::int32_t>::max(), std::int32_t{1}, "int32 sum"); },
      "int32 sum");
}

TEST(CheckedSub, ResultsAtTheEdgesOfTheRange) {
  EXPECT_EQ(checked_sub(i64_min + 1, std::int64_t{1}, "d"), i64_min);
  EXPECT_EQ(checked_sub(std::int64_t{-1}, i64_max, "d"), i64_min);  // -1 - (2^63-1) = -2^63
  EXPECT_EQ(checked_sub(std::uint64_t{7}, std::uint64_t{7}, "d"), 0U);
}

TEST(CheckedSub, OverflowThrowsNamingTheComputation) {
  expect_overflow([] { return checked_sub(i64_min, std::int64_t{1}, "remainder"); }, "remainder");
  expect_overflow([] { return checked_sub(std::int64_t{0}, i64_min, "negation"); }, "negation");
  expect_overflow([] { return checked_sub(std::uint64_t{0}, std::uint64_t{1}, "unsigned gap"); },
                  "unsigned gap");
}

TEST(CheckedMul, ResultsAtTheEdgesOfTheRange) {
  // 3037000499^2 = 9223372030926249001 <= 2^63 - 1 = 9223372036854775807.
  EXPECT_EQ(checked_mul(std::int64_t{3037000499}, std::int64_t{3037000499}, "p"), 9223372030926249001);
  EXPECT_EQ(checked_mul(i64_min, std::int64_t{1}, "p"), i64_min);
  EXPECT_EQ(checked_mul(std::int64_t{-4611686018427387904}, std::int64_t{2}, "p"), i64_min);  // -2^62 * 2
}

TEST(CheckedMul, OverflowThrowsNamingTheComputation) {
  // 3037000500^2 = 9223372037000250000 > 2^63 - 1.
  expect_overflow([] { return checked_mul(std::int64_t{3037000500}, std::int64_t{3037000500}, "square"); },
                  "square");
  // -2^63 * -1 = 2^63, one past the largest int64.
  expect_overflow([] { return checked_mul(i64_min, std::int64_t{-1}, "sign flip"); }, "sign flip");
  expect_overflow([] { return checked_mul(u64_max, std::uint64_t{2}, "unsigned product"); },
                  "unsigned product");
}

// Reference: the same operation in 128 bits, where int64 operands cannot overflow.
bool fits_int64(int128 v) { return v >= i64_min && v <= i64_max; }

TEST(Checked, AgreesWithA128BitReferenceOnRandomOperands) {
  std::mt19937_64 rng(20240611);
  // Mixed magnitudes so that both outcomes are common: full-range values
  // overflow often under multiplication, small ones rarely.
  std::uniform_int_distribution<std::int64_t> full(i64_min, i64_max);
  std::uniform_int_distribution<std::int64_t> small(-4'000'000'000, 4'000'000'000);
  int overflows = 0;
  int fits = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::int64_t a = (i % 3 == 0) ? small(rng) : full(rng);
    const std::int64_t b = (i % 2 == 0) ? small(rng) : full(rng);
    const int128 results[] = {int128{a} + b, int128{a} - b, int128{a} * b};
    for (int op = 0; op < 3; ++op) {
      const int128 expected = results[op];
      try {
        const std::int64_t got = op == 0   ? checked_add(a, b, "r")
                                 : op == 1 ? checked_sub(a, b, "r")
                                           : checked_mul(a, b, "r");
        ASSERT_TRUE(fits_int64(expected)) << "op " << op << " on " << a << ", " << b << " wrapped";
        ASSERT_EQ(int128{got}, expected) << "op " << op << " on " << a << ", " << b;
        ++fits;
      } catch (const tandem::error& e) {
        ASSERT_EQ(e.code(), errc::overflow);
        ASSERT_FALSE(fits_int64(expected)) << "op " << op << " on " << a << ", " << b << " fits";
        ++overflows;
      }
    }
  }
  // The sample must exercise both branches, or the test proves nothing.
  EXPECT_GT(overflows, 1000);
  EXPECT_GT(fits, 1000);
}

TEST(Int128, HoldsExactProductsOf64BitValues) {
  // (2^64 - 1)^2 = 2^128 - 2^65 + 1: high word 2^64 - 2, low word 1.
  const uint128 p = uint128{u64_max} * u64_max;
  EXPECT_EQ(static_cast<std::uint64_t>(p >> 64), u64_max - 1);
  EXPECT_EQ(static_cast<std::uint64_t>(p), 1U);
  // (-2^63)^2 = 2^126 is positive and exact in int128.
  const int128 q = int128{i64_min} * i64_min;
  EXPECT_EQ(q, int128{1} << 126);
}

}  // namespace
