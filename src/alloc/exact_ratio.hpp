// Non-negative rationals as (numerator, denominator) pairs for the biproportional
// engine, over two integer types: uint128 on the fast path (comparisons through a
// 256-bit product, see wide_product.hpp) and big_int when 128 bits are not enough.
// A denominator of zero stands for +infinity (an interval with no upper end).
//
// simplest_between() picks the rational with the smallest denominator (and then
// numerator) strictly inside an open interval, walking the Stern-Brocot tree by
// continued fractions. The engine picks its divisors this way: any value inside the
// interval certifies the apportionment, and the simplest keeps the certificate
// short (typically a few digits) and every later step on the fast path.
#pragma once

#include <bit>
#include <compare>
#include <cstdint>
#include <optional>
#include <vector>

#include "tandem/core/int128.hpp"
#include "tandem/core/multiprecision.hpp"
#include "wide_product.hpp"

namespace tandem::alloc::detail {

template <class U>
struct ratio {
  U num{};
  U den{};  ///< zero: +infinity
  [[nodiscard]] bool infinite() const { return den == 0U; }
};

/// a/b <=> c/d for finite ratios, exactly.
[[nodiscard]] inline std::strong_ordering compare(const ratio<uint128>& x, const ratio<uint128>& y) noexcept {
  return compare_products(x.num, y.den, y.num, x.den);
}
[[nodiscard]] inline std::strong_ordering compare(const ratio<big_int>& x, const ratio<big_int>& y) {
  const big_int lhs = x.num * y.den;
  const big_int rhs = y.num * x.den;
  if (lhs < rhs) return std::strong_ordering::less;
  if (rhs < lhs) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

/// Bits needed for the value (0 for zero).
[[nodiscard]] inline unsigned bit_length(uint128 v) noexcept {
  const auto high = static_cast<std::uint64_t>(v >> 64);
  if (high != 0) return 128U - static_cast<unsigned>(std::countl_zero(high));
  return 64U - static_cast<unsigned>(std::countl_zero(static_cast<std::uint64_t>(v)));
}
[[nodiscard]] inline unsigned bit_length(const big_int& v) {
  return v == 0 ? 0U : static_cast<unsigned>(mp::msb(v)) + 1U;
}

[[nodiscard]] inline big_int to_big(uint128 v) {
  big_int out = static_cast<std::uint64_t>(v >> 64);
  out <<= 64;
  out += static_cast<std::uint64_t>(v);
  return out;
}
/// `v` as uint128; v must be below 2^128.
[[nodiscard]] inline uint128 to_uint128(const big_int& v) {
  const big_int high = v >> 64;
  const big_int low = v - (high << 64);
  return (uint128{static_cast<std::uint64_t>(high)} << 64) | static_cast<std::uint64_t>(low);
}

[[nodiscard]] inline ratio<big_int> to_big(const ratio<uint128>& r) { return {to_big(r.num), to_big(r.den)}; }
[[nodiscard]] inline const ratio<big_int>& to_big(const ratio<big_int>& r) { return r; }

/// The simplest rational p/q with lo < p/q < hi (0 <= lo < hi; hi may be infinite).
/// Returns nothing if the uint128 version would overflow (the caller retries with big_int).
template <class U>
[[nodiscard]] std::optional<ratio<U>> simplest_between(ratio<U> lo, ratio<U> hi) {
  std::vector<U> terms;  // the continued fraction [t0; t1, ...] of the answer
  for (;;) {
    const U t = lo.num / lo.den;
    // Is the integer t + 1 (> lo) below hi? Compared without forming (t + 1) * hi.den.
    bool fits = hi.infinite();
    if (!fits) {
      const U whole = hi.num / hi.den;
      fits = t + 1U < whole || (t + 1U == whole && hi.num % hi.den != 0U);
    }
    if (fits) {
      terms.push_back(t + 1U);
      break;
    }
    // lo and hi both lie in [t, t + 1]: continue with the reciprocals of their fractional
    // parts, which swap order. hi > lo >= t, so hi - t > 0; lo - t may be 0 (-> infinity).
    terms.push_back(t);
    ratio<U> next_lo{hi.den, U(hi.num - t * hi.den)};
    ratio<U> next_hi{lo.den, U(lo.num - t * lo.den)};
    lo = next_lo;
    hi = next_hi;
  }
  // Fold [t0; t1, ..., tk] into p/q from the back.
  U p = terms.back();
  U q = 1U;
  for (auto it = terms.rbegin() + 1; it != terms.rend(); ++it) {
    U next{};
    if constexpr (std::is_same_v<U, uint128>) {
      if (__builtin_mul_overflow(*it, p, &next) || __builtin_add_overflow(next, q, &next)) return std::nullopt;
    } else {
      next = *it * p + q;
    }
    q = p;
    p = next;
  }
  return ratio<U>{p, q};
}

}  // namespace tandem::alloc::detail
