// The signposts of the divisor methods as exact fractions, for the biproportional
// engine (tandem/alloc/biproportional.hpp). A cell of quotient x gets j + 1 units
// or more exactly when x exceeds s(j); signposts.hpp has the same rules tuned for
// the one-dimensional engine. Huntington-Hill's signposts sqrt(j(j+1)) are
// irrational, so a tie under it has no rational divisor: the biproportional engine
// refuses that method.
#pragma once

#include <cstdint>

#include "tandem/alloc/method.hpp"
#include "exact_ratio.hpp"

namespace tandem::alloc::detail {

/// s(j) = num / den, for every method but hamilton and huntington_hill (j < 2^62).
template <class U>
[[nodiscard]] ratio<U> signpost_ratio(method m, std::uint64_t j) {
  const U k(j);
  switch (m) {
    case method::jefferson:
      return {U(k + 1U), U(1U)};
    case method::adams:
      return {k, U(1U)};
    case method::modified_sainte_lague:
      if (j == 0) return {U(7U), U(10U)};
      return {U(2U * k + 1U), U(2U)};
    case method::dean:
      return {U(2U * k * (k + 1U)), U(2U * k + 1U)};
    case method::webster:
    case method::hamilton:
    case method::huntington_hill:
      break;
  }
  return {U(2U * k + 1U), U(2U)};  // webster
}

/// True if s(0) = 0: every cell with positive weight gets at least one unit.
[[nodiscard]] constexpr bool first_signpost_is_zero(method m) noexcept {
  return m == method::adams || m == method::dean;
}

/// Bits of the largest numerator and denominator of s(j) for j <= top.
struct signpost_bits {
  unsigned num;
  unsigned den;
};
[[nodiscard]] inline signpost_bits signpost_bits_up_to(method m, std::uint64_t top) {
  const ratio<uint128> s = signpost_ratio<uint128>(m, top);
  const unsigned num = bit_length(s.num) < 3 ? 3U : bit_length(s.num);  // 7/10 at j = 0
  const unsigned den = bit_length(s.den) < 4 ? 4U : bit_length(s.den);
  return {num, den};
}

}  // namespace tandem::alloc::detail
