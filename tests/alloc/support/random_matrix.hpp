// tests/alloc/support/random_matrix.hpp — fixed-seed random biproportional
// requests that are feasible by construction.
//
// The margins come from a random integer matrix drawn on the positive-weight
// pattern (at least one unit per positive cell for the methods whose first
// signpost is 0, which give every such cell a unit), so a biproportional
// apportionment exists. Draws use test_support::draw, not
// std::uniform_int_distribution, so a seed gives the same problems everywhere.
//
//   std::mt19937_64 rng{42};
//   matrix_problem p = random_matrix_problem(rng, method::webster, {.max_rows = 8});
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

#include "alloc/support/rational_certificate.hpp"

namespace tandem::alloc::test_support {

struct matrix_profile {
  std::size_t min_rows = 2;         ///< rows are drawn in [min_rows, max_rows]
  std::size_t max_rows = 8;
  std::size_t min_cols = 2;         ///< columns in [min_cols, max_cols]
  std::size_t max_cols = 8;
  std::int64_t max_weight = 20;     ///< positive weights in [1, max_weight]
  int zero_percent = 20;            ///< chance (percent) of a zero weight
  std::int64_t max_cell_units = 4;  ///< hidden matrix cells in [0 (1 if s(0) = 0), max_cell_units]
  std::int64_t quantum = 1;         ///< totals are in multiples of this
};

/// True for adams, dean and huntington-hill: s(0) = 0, every positive cell gets a unit.
[[nodiscard]] bool first_signpost_zero(method m);

/// A random feasible request for method m.
[[nodiscard]] matrix_problem random_matrix_problem(std::mt19937_64& rng, method m, const matrix_profile& profile);

/// The transposed request (rows become columns; weights transposed).
[[nodiscard]] matrix_problem transpose(const matrix_problem& p);

/// A row-major matrix of `rows` x `cols` transposed.
[[nodiscard]] std::vector<std::int64_t> transpose(const std::vector<std::int64_t>& cells, std::size_t rows,
                                                  std::size_t cols);

}  // namespace tandem::alloc::test_support
