// Approximate positive numbers for ordering exact rationals quickly (a filter).
//
// Tie-and-transfer orders candidates by products of several rationals whose exact
// values run to hundreds of bits. Most comparisons are far from equal, so each
// candidate also carries an approximation mant * 2^exp with a 64-bit mantissa,
// computed by truncating integer arithmetic (no floating point). Every operation
// below adds at most two units in the last place (2^-62 relative), so a value built
// from k operations is within 2k * 2^-62 of the exact one. Two approximations that
// differ by more than the `separated` margin order their exact values; otherwise
// the caller compares exactly. The filter changes the speed, never the result.
#pragma once

#include <bit>
#include <cstdint>

#include "tandem/core/int128.hpp"
#include "tandem/core/multiprecision.hpp"

namespace tandem::alloc::detail {

struct approx {
  std::uint64_t mant = 0;  ///< in [2^63, 2^64) for a positive number; 0 for zero
  int exp = 0;             ///< the value is mant * 2^exp
};

/// Normalises a 128-bit mantissa: the top 64 significant bits, truncated.
[[nodiscard]] inline approx normalise(uint128 m, int exp) noexcept {
  if (m == 0) return {};
  const auto high = static_cast<std::uint64_t>(m >> 64);
  const int lead = high != 0 ? 128 - std::countl_zero(high) : 64 - std::countl_zero(static_cast<std::uint64_t>(m));
  const int shift = lead - 64;  // bits to drop (may be negative: shift left)
  if (shift > 0) return {static_cast<std::uint64_t>(m >> shift), exp + shift};
  return {static_cast<std::uint64_t>(m << -shift), exp + shift};
}

[[nodiscard]] inline approx approx_of(std::uint64_t v) noexcept { return normalise(v, 0); }

[[nodiscard]] inline approx approx_of(const big_int& v) {
  if (v == 0) return {};
  const auto bits = static_cast<int>(mp::msb(v)) + 1;
  if (bits <= 64) return normalise(static_cast<std::uint64_t>(v), 0);
  return {static_cast<std::uint64_t>(big_int(v >> (bits - 64))), bits - 64};
}

[[nodiscard]] inline approx multiply(approx a, approx b) noexcept {
  if (a.mant == 0 || b.mant == 0) return {};
  return normalise(uint128{a.mant} * b.mant, a.exp + b.exp);
}

/// a / b for b != 0.
[[nodiscard]] inline approx divide(approx a, approx b) noexcept {
  if (a.mant == 0) return {};
  // (a.mant * 2^63) / b.mant lies in (2^62, 2^64): 63 or 64 significant bits.
  return normalise((uint128{a.mant} << 63) / b.mant, a.exp - b.exp - 63);
}

/// -1 or 1 if the approximations order their exact values for certain (each within
/// 2^-52 relative of its exact value); 0 if they are too close to tell.
[[nodiscard]] inline int separated(approx a, approx b) noexcept {
  if (a.mant == 0 || b.mant == 0) {
    if (a.mant == b.mant) return 0;
    return a.mant == 0 ? -1 : 1;
  }
  if (a.exp > b.exp + 1) return 1;
  if (b.exp > a.exp + 1) return -1;
  // Bring both to the smaller exponent: mantissas below 2^66.
  const int base = a.exp < b.exp ? a.exp : b.exp;
  const uint128 x = uint128{a.mant} << (a.exp - base);
  const uint128 y = uint128{b.mant} << (b.exp - base);
  const uint128 larger = x > y ? x : y;
  const uint128 gap = x > y ? x - y : y - x;
  if (gap <= (larger >> 50)) return 0;  // within 2^-50: two errors of 2^-52 could flip it
  return x > y ? 1 : -1;
}

}  // namespace tandem::alloc::detail
