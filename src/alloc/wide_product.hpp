// Exact comparison of products of 128-bit unsigned integers.
//
// The engine compares rationals by cross-multiplication. With shares, bounds and
// weights below 2^63 every factor it needs fits 128 bits, so a 128 x 128 -> 256-bit
// product decides every comparison exactly, without Boost.Multiprecision on the
// hot path (four 64-bit multiplications instead of a heap-free but generic bignum).
#pragma once

#include <compare>
#include <cstdint>

#include "tandem/core/int128.hpp"

namespace tandem::alloc::detail {

/// A 256-bit unsigned value as two 128-bit halves; ordered like the number.
struct u256 {
  uint128 high = 0;
  uint128 low = 0;
  friend constexpr auto operator<=>(const u256&, const u256&) = default;
};

/// The exact 256-bit product a * b.
[[nodiscard]] constexpr u256 multiply(uint128 a, uint128 b) noexcept {
  const auto a_lo = static_cast<std::uint64_t>(a);
  const auto a_hi = static_cast<std::uint64_t>(a >> 64);
  const auto b_lo = static_cast<std::uint64_t>(b);
  const auto b_hi = static_cast<std::uint64_t>(b >> 64);

  const uint128 lo_lo = uint128{a_lo} * b_lo;
  const uint128 hi_lo = uint128{a_hi} * b_lo;
  const uint128 lo_hi = uint128{a_lo} * b_hi;
  const uint128 hi_hi = uint128{a_hi} * b_hi;

  // Middle column: the high half of lo_lo plus the low halves of the cross terms.
  const uint128 middle = (lo_lo >> 64) + static_cast<std::uint64_t>(hi_lo) +
                         static_cast<std::uint64_t>(lo_hi);
  u256 out;
  out.low = (middle << 64) | static_cast<std::uint64_t>(lo_lo);
  out.high = hi_hi + (hi_lo >> 64) + (lo_hi >> 64) + (middle >> 64);
  return out;
}

/// Three-way comparison of a * b with c * d, exactly.
[[nodiscard]] constexpr std::strong_ordering compare_products(uint128 a, uint128 b, uint128 c,
                                                              uint128 d) noexcept {
  return multiply(a, b) <=> multiply(c, d);
}

}  // namespace tandem::alloc::detail
