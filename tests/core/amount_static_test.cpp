// Compile-time proofs about tandem::amount (in the style of mp-units test/static):
// if any of these properties regresses, the test binary does not build.
#include <gtest/gtest.h>

#include <compare>
#include <concepts>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>

#include "tandem/core/amount.hpp"

namespace {

using tandem::amount;
using tandem::rounding;

// No amount ever comes from binary floating point, whatever the float type.
static_assert(!std::constructible_from<amount, double, int>);
static_assert(!std::constructible_from<amount, float, int>);
static_assert(!std::constructible_from<amount, long double, int>);
static_assert(!std::constructible_from<amount, double>);
static_assert(!std::constructible_from<amount, float>);
static_assert(!std::convertible_to<double, amount>);
static_assert(!std::convertible_to<float, amount>);

// The one way in from numbers is units plus scale, both integers, and explicit:
// a bare integer does not silently become an amount at some scale.
static_assert(std::constructible_from<amount, std::int64_t, int>);
static_assert(std::constructible_from<amount, int, int>);
static_assert(!std::constructible_from<amount, std::int64_t>);
static_assert(!std::convertible_to<std::int64_t, amount>);
static_assert(!std::convertible_to<int, amount>);

// Nor does an amount leak out as a number that forgets its scale.
static_assert(!std::convertible_to<amount, std::int64_t>);
static_assert(!std::convertible_to<amount, double>);
static_assert(!std::convertible_to<amount, bool>);

// Text is never an amount without going through parse (which needs a scale).
static_assert(!std::constructible_from<amount, const char*>);
static_assert(!std::constructible_from<amount, std::string_view, int>);

// A small value type: cheap to copy, default is zero, comparisons cannot throw.
static_assert(std::is_nothrow_default_constructible_v<amount>);
static_assert(std::is_trivially_copyable_v<amount>);
static_assert(std::regular<amount>);
static_assert(std::totally_ordered<amount>);
static_assert(std::three_way_comparable<amount, std::strong_ordering>);
static_assert(noexcept(std::declval<const amount&>() == std::declval<const amount&>()));
static_assert(noexcept(std::declval<const amount&>() <=> std::declval<const amount&>()));
static_assert(noexcept(std::declval<const amount&>().units()));
static_assert(noexcept(std::declval<const amount&>().scale()));

// Construction and accessors work in constant expressions.
constexpr amount zero{};
static_assert(zero.units() == 0 && zero.scale() == 0);
constexpr amount price{123456, 2};
static_assert(price.units() == 123456 && price.scale() == 2);
constexpr amount extreme{std::numeric_limits<std::int64_t>::min(), tandem::max_scale};
static_assert(extreme.units() == std::numeric_limits<std::int64_t>::min() && extreme.scale() == 18);

// max_scale is what its comment claims: 10^18 fits int64 and 10^19 does not.
static_assert(tandem::max_scale == 18);
static_assert(std::numeric_limits<std::int64_t>::max() / 1'000'000'000'000'000'000 == 9);

// Rounding numbers are pinned (the C API exposes them) and exact is the default.
static_assert(static_cast<int>(rounding::exact) == 0);
static_assert(static_cast<int>(rounding::down) == 1);
static_assert(static_cast<int>(rounding::up) == 2);
static_assert(static_cast<int>(rounding::floor) == 3);
static_assert(static_cast<int>(rounding::ceiling) == 4);
static_assert(static_cast<int>(rounding::half_up) == 5);
static_assert(static_cast<int>(rounding::half_down) == 6);
static_assert(static_cast<int>(rounding::half_even) == 7);
static_assert(tandem::parse_options{}.mode == rounding::exact);
static_assert(!tandem::parse_options{}.allow_negative);

// The same constructor evaluated at run time: a constexpr value and a run-time
// value must agree, and the run-time path must reject a bad scale by throwing
// (in a constant expression the throw makes the program ill-formed instead).
TEST(AmountStatic, RunTimeConstructionMatchesCompileTime) {
  volatile int runtime_scale = 2;  // volatile: defeats constant folding
  const amount at_run_time{123456, runtime_scale};
  EXPECT_EQ(at_run_time.units(), price.units());
  EXPECT_EQ(at_run_time.scale(), price.scale());
  EXPECT_EQ(at_run_time, price);

  runtime_scale = tandem::max_scale + 1;
  EXPECT_THROW(static_cast<void>(amount(1, runtime_scale)), tandem::error);
  runtime_scale = -1;
  EXPECT_THROW(static_cast<void>(amount(1, runtime_scale)), tandem::error);
}

}  // namespace
