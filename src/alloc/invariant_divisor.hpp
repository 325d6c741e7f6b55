// Fast exact division of 128-bit numerators by one 64-bit divisor used many times.
//
// Apportioning n children divides n numerators (weight x total) by the same sum of
// weights. A hardware 128/64 division costs tens of cycles; with the divisor's
// reciprocal computed once, each division becomes two multiplications and a few
// corrections (Moller & Granlund, "Improved division by invariant integers", IEEE
// Trans. Computers 60(2), 2011, algorithm 4). The result is exact, not approximate.
#pragma once

#include <bit>
#include <cstdint>

#include "tandem/core/int128.hpp"

namespace tandem::alloc::detail {

class invariant_divisor {
 public:
  /// `divisor` must be non-zero.
  explicit invariant_divisor(std::uint64_t divisor) noexcept
      : shift_(std::countl_zero(divisor)),
        normalized_(divisor << shift_),
        reciprocal_(static_cast<std::uint64_t>(~uint128{0} / normalized_)) {}

  /// Quotient and remainder, the remainder scaled by 2^shift() (see normalized_remainder).
  struct result {
    std::uint64_t quotient;
    std::uint64_t normalized_remainder;
  };

  /// Divides `numerator`; the quotient must fit 64 bits (numerator < divisor * 2^64).
  /// The remainder comes back multiplied by 2^shift(): comparisons of remainders of
  /// the same divisor are unaffected, and the caller avoids a shift per element.
  [[nodiscard]] [[gnu::always_inline]] result divide(uint128 numerator) const noexcept {
    return divide_normalized(numerator << shift_);
  }

  /// divide() for a numerator already multiplied by 2^shift() (the quotient must
  /// still fit 64 bits). Lets a loop fold the shift into a per-loop constant.
  [[nodiscard]] [[gnu::always_inline]] result divide_normalized(uint128 n) const noexcept {
    const auto u1 = static_cast<std::uint64_t>(n >> 64);
    const auto u0 = static_cast<std::uint64_t>(n);
    uint128 q = uint128{reciprocal_} * u1;
    q += n;
    auto q1 = static_cast<std::uint64_t>(q >> 64) + 1;
    const auto q0 = static_cast<std::uint64_t>(q);
    std::uint64_t r = u0 - q1 * normalized_;
    // The first correction is taken about half the time: branch-free, as the paper advises.
    const std::uint64_t mask = -static_cast<std::uint64_t>(r > q0);
    q1 += mask;
    r += mask & normalized_;
    if (r >= normalized_) [[unlikely]] {
      ++q1;
      r -= normalized_;
    }
    return {q1, r};
  }

  [[nodiscard]] int shift() const noexcept { return shift_; }
  /// The divisor multiplied by 2^shift(): the scale of normalized remainders.
  [[nodiscard]] std::uint64_t normalized() const noexcept { return normalized_; }

 private:
  int shift_;
  std::uint64_t normalized_;
  std::uint64_t reciprocal_;  // floor((2^128 - 1) / normalized) - 2^64, truncated to 64 bits
};

}  // namespace tandem::alloc::detail
