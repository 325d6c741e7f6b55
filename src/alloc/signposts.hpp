// The rounding rules of the divisor methods, in exact integer arithmetic.
//
// A divisor method gives child i the number of signposts s(0) < s(1) < ... that
// its quotient x = w_i / d passes. The methods differ only in their signposts:
//   jefferson  s(k) = k + 1                 adams            s(k) = k
//   webster    s(k) = k + 1/2               dean             s(k) = k(k+1) / (k + 1/2)
//   modified Sainte-Lague: s(0) = 0.7, then s(k) = k + 1/2
//   huntington-hill s(k) = sqrt(k(k+1))     (compared squared: no square roots)
// For x exactly on a signpost a child is tied for that unit, so each rule returns
// two counts: `down` = signposts strictly below x, `up` = signposts at or below x.
// x arrives as k0 + r/D (integer part and remainder of a division); since
// k <= s(k) <= k + 1, only the signposts next to k0 need a look.
#pragma once

#include <compare>
#include <cstdint>
#include <utility>

#include "tandem/alloc/method.hpp"
#include "tandem/core/int128.hpp"
#include "tandem/core/multiprecision.hpp"
#include "wide_product.hpp"

namespace tandem::alloc::detail {

template <class Int>
struct signpost_count {
  Int down;  ///< signposts strictly below x
  Int up;    ///< signposts at or below x
};

/// The exact product of two counts: 64 x 64 -> 128 bits on the fast path; the
/// 512-bit checked type multiplies in place (its operands are far below 2^256).
[[nodiscard]] inline uint128 times(std::uint64_t a, std::uint64_t b) noexcept { return uint128{a} * b; }
[[nodiscard]] inline checked_uint512 times(const checked_uint512& a, const checked_uint512& b) {
  return a * b;
}

/// a <=> b for the built-in and the Boost.Multiprecision integers alike (Boost 1.74
/// has no operator<=>).
template <class A, class B>
[[nodiscard]] std::strong_ordering order(const A& a, const B& b) {
  if (a < b) return std::strong_ordering::less;
  if (b < a) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

/// x^2 > k0(k0+1) for x = k0 + r/D, k0 >= 1, i.e. r(2 k0 D + r) > k0 D^2.
/// 64-bit version (k0 < 2^62, r < D < 2^64): each side is a product of two 128-bit
/// factors. The cheap bounds decide almost always: the geometric mean lies strictly
/// between the harmonic mean (Dean's signpost) and the arithmetic mean (Webster's).
[[nodiscard]] inline bool passes_geometric_mean(std::uint64_t k0, std::uint64_t r, std::uint64_t d) noexcept {
  const bool past_half = r >= d - r;                             // x >= k0 + 1/2
  const bool past_dean = times(r, 2 * k0 + 1) > times(k0, d);  // x > Dean's signpost
  // One branch on the rare undecided case, never on either flag alone: each is a
  // coin toss that would cost a misprediction per child.
  unsigned undecided = static_cast<unsigned>(!past_half) & static_cast<unsigned>(past_dean);
  asm("" : "+r"(undecided));  // materialise the flag: GCC would split it back into two branches
  if (__builtin_expect(undecided, 0) == 0) return past_half;
  return compare_products(r, 2 * times(k0, d) + r, times(k0, d), d) > 0;
}

/// The same test for the multiprecision path.
[[nodiscard]] inline bool passes_geometric_mean(const checked_uint512& k0, const checked_uint512& r,
                                                const checked_uint512& d) {
  return r * (2 * k0 * d + r) > k0 * d * d;
}

/// Counts the signposts below x = k0 + r/d (0 <= r < d). Int is std::uint64_t on the
/// fast path (k0 < 2^62) or checked_uint512. The decisions are computed as flags,
/// not branches: a rounding direction is a coin toss the branch predictor loses.
template <method M, class Int>
[[nodiscard]] [[gnu::always_inline]] inline signpost_count<Int> count_signposts(const Int& k0, const Int& r, const Int& d) {
  // x's fraction against the signpost between k0 and k0 + 1: past it, or exactly on it
  const auto counts = [&](bool past, bool on) {
    return signpost_count<Int>{Int(k0 + (past ? 1U : 0U)), Int(k0 + (past || on ? 1U : 0U))};
  };
  const Int one(1U);
  if constexpr (M == method::jefferson) {
    const bool on_signpost = r == 0U && k0 > 0U;  // x = k0 exactly: s(k0 - 1) = k0
    return {Int(k0 - (on_signpost ? 1U : 0U)), k0};
  } else if constexpr (M == method::adams) {
    return {Int(k0 + (r > 0U ? 1U : 0U)), Int(k0 + one)};
  } else if constexpr (M == method::webster) {
    const Int rest = d - r;  // 2r <=> d without overflow
    return counts(r > rest, r == rest);
  } else if constexpr (M == method::modified_sainte_lague) {
    if (k0 == 0U) {
      const auto lhs = times(r, Int(10U));
      const auto rhs = times(d, Int(7U));
      return counts(lhs > rhs, lhs == rhs);
    }
    const Int rest = d - r;
    return counts(r > rest, r == rest);
  } else if constexpr (M == method::dean) {
    if (k0 == 0U) return {Int(r > 0U ? 1U : 0U), one};
    const auto lhs = times(r, Int(2U * k0 + one));
    const auto rhs = times(k0, d);
    return counts(lhs > rhs, lhs == rhs);
  } else {
    static_assert(M == method::huntington_hill);
    if (k0 == 0U) return {Int(r > 0U ? 1U : 0U), one};
    // k0(k0+1) is never the square of a rational for k0 >= 1: no exact ties here.
    const Int count = k0 + (passes_geometric_mean(k0, r, d) ? 1U : 0U);
    return {count, count};
  }
}

/// Signpost s(k) as an exact fraction (for every method but Huntington-Hill).
struct fraction {
  uint128 numerator;
  uint128 denominator;
};

template <method M>
[[nodiscard]] constexpr fraction signpost(std::uint64_t k) noexcept {
  const uint128 kk = k;
  if constexpr (M == method::jefferson) return {kk + 1, 1};
  if constexpr (M == method::adams) return {kk, 1};
  if constexpr (M == method::webster) return {2 * kk + 1, 2};
  if constexpr (M == method::modified_sainte_lague) {
    if (k == 0) return {7, 10};
    return {2 * kk + 1, 2};
  }
  if constexpr (M == method::dean) return {2 * kk * (kk + 1), 2 * kk + 1};
  return {0, 1};  // not used for Huntington-Hill
}

/// True if s(k) is zero: the first unit of Adams, Dean and Huntington-Hill, whose
/// priority w / s(0) is infinite for every positive weight.
template <method M>
[[nodiscard]] constexpr bool zero_signpost(std::uint64_t k) noexcept {
  return k == 0 && (M == method::adams || M == method::dean || M == method::huntington_hill);
}

/// Compares the multipliers L = s(k) / w at which two children gain a unit
/// (smaller L = served earlier). Exact: every factor is below 2^128.
template <method M>
[[nodiscard]] std::strong_ordering compare_unit_thresholds(std::uint64_t k1, std::uint64_t w1,
                                                           std::uint64_t k2, std::uint64_t w2) noexcept {
  if constexpr (M == method::huntington_hill) {
    // sqrt(k1(k1+1)) / w1 vs sqrt(k2(k2+1)) / w2, squared
    const uint128 a = uint128{k1} * (uint128{k1} + 1);
    const uint128 b = uint128{k2} * (uint128{k2} + 1);
    return compare_products(a, uint128{w2} * w2, b, uint128{w1} * w1);
  } else {
    const fraction s1 = signpost<M>(k1);
    const fraction s2 = signpost<M>(k2);
    return compare_products(s1.numerator, s2.denominator * w2, s2.numerator, s1.denominator * w1);
  }
}

}  // namespace tandem::alloc::detail
