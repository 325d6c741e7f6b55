// The working state of a biproportional apportionment: the problem in quanta, the
// counts, and the row and column multipliers (the reciprocals of the divisors).
//
// The multipliers are fractions that need not be in lowest terms: a multiplier forced
// onto a tie is a product of weights, signposts and its neighbour's multiplier, and
// reducing every such product (Boost's gcd runs bit by bit) cost more than the rest of
// tie-and-transfer. Fractions are reduced only once they grow long (keep_short) and
// when the result is returned.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "exact_ratio.hpp"
#include "tandem/alloc/method.hpp"
#include "tandem/core/multiprecision.hpp"

namespace tandem::alloc::detail {

struct matrix_state {
  std::size_t rows = 0;
  std::size_t cols = 0;
  std::span<const std::int64_t> weights;   ///< rows x cols, row-major, as given
  std::vector<std::int64_t> row_totals;    ///< in quanta
  std::vector<std::int64_t> col_totals;    ///< in quanta
  method m = method::webster;

  std::vector<std::int64_t> counts;        ///< rows x cols, in quanta
  std::vector<ratio<big_int>> row_multipliers;  ///< 1 / row divisor
  std::vector<ratio<big_int>> col_multipliers;  ///< 1 / column divisor

  [[nodiscard]] std::int64_t weight(std::size_t i, std::size_t j) const noexcept { return weights[i * cols + j]; }
  [[nodiscard]] std::int64_t& count(std::size_t i, std::size_t j) noexcept { return counts[i * cols + j]; }
  [[nodiscard]] std::int64_t count(std::size_t i, std::size_t j) const noexcept { return counts[i * cols + j]; }
};

/// Bits (numerator and denominator together) past which keep_short reduces a fraction.
/// On the 1,000 x 1,000 benchmark the tied multipliers are 1,000 to 2,600 bits in
/// lowest terms; 1,024 reduced nearly every one of them, 4,096 and 8,192 were equally
/// fast, and longer fractions slow the exact comparisons of the search.
inline constexpr unsigned long_fraction_bits = 4096;

/// Reduces `r` to lowest terms once its numerator and denominator together pass
/// long_fraction_bits: unreduced products grow by a weight and a signpost each time a
/// tie is carried across a cell, and an occasional gcd keeps them bounded.
inline void keep_short(ratio<big_int>& r) {
  if (bit_length(r.num) + bit_length(r.den) <= long_fraction_bits) return;
  const big_int g = mp::gcd(r.num, r.den);
  r.num /= g;
  r.den /= g;
}

/// Tie-and-transfer (Balinski and Demange): from a state whose columns meet their
/// totals and whose every cell is a valid rounding under the multipliers, moves
/// units between rows along chains of ties, changing the multipliers of the rows
/// that hold too much (and of the columns they reach) just enough to create new
/// ties, until every row meets its total too. Exact rationals throughout. Returns
/// the number of steps (transfers plus multiplier changes); throws errc::infeasible
/// naming the rows and columns when the zero pattern makes the totals impossible.
std::size_t tie_and_transfer(matrix_state& state);

}  // namespace tandem::alloc::detail
