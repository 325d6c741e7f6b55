// The working state of a biproportional apportionment: the problem in quanta, the
// counts, and the row and column multipliers (the reciprocals of the divisors).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

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
  std::vector<rational> row_multipliers;   ///< 1 / row divisor
  std::vector<rational> col_multipliers;   ///< 1 / column divisor

  [[nodiscard]] std::int64_t weight(std::size_t i, std::size_t j) const noexcept { return weights[i * cols + j]; }
  [[nodiscard]] std::int64_t& count(std::size_t i, std::size_t j) noexcept { return counts[i * cols + j]; }
  [[nodiscard]] std::int64_t count(std::size_t i, std::size_t j) const noexcept { return counts[i * cols + j]; }
};

/// Tie-and-transfer (Balinski and Demange): from a state whose columns meet their
/// totals and whose every cell is a valid rounding under the multipliers, moves
/// units between rows along chains of ties, changing the multipliers of the rows
/// that hold too much (and of the columns they reach) just enough to create new
/// ties, until every row meets its total too. Exact rationals throughout. Returns
/// the number of steps (transfers plus multiplier changes); throws errc::infeasible
/// naming the rows and columns when the zero pattern makes the totals impossible.
std::size_t tie_and_transfer(matrix_state& state);

}  // namespace tandem::alloc::detail
