#include "alloc/support/random_matrix.hpp"

#include "alloc/support/random_problem.hpp"

namespace tandem::alloc::test_support {

bool first_signpost_zero(method m) {
  return m == method::adams || m == method::dean || m == method::huntington_hill;
}

matrix_problem random_matrix_problem(std::mt19937_64& rng, method m, const matrix_profile& profile) {
  const auto rows = static_cast<std::size_t>(
      draw(rng, static_cast<std::int64_t>(profile.min_rows), static_cast<std::int64_t>(profile.max_rows)));
  const auto cols = static_cast<std::size_t>(
      draw(rng, static_cast<std::int64_t>(profile.min_cols), static_cast<std::int64_t>(profile.max_cols)));
  const std::int64_t least = first_signpost_zero(m) ? 1 : 0;
  matrix_problem p;
  p.opts.m = m;
  p.opts.quantum = profile.quantum;
  p.weights.resize(rows * cols);
  p.rows.assign(rows, 0);
  p.cols.assign(cols, 0);
  for (std::size_t i = 0; i < rows; ++i) {
    for (std::size_t j = 0; j < cols; ++j) {
      const std::int64_t w = chance(rng, profile.zero_percent) ? 0 : draw(rng, 1, profile.max_weight);
      p.weights[i * cols + j] = w;
      // The hidden matrix: zero where the weight is zero.
      const std::int64_t units = w == 0 ? 0 : draw(rng, least, profile.max_cell_units);
      p.rows[i] += units * profile.quantum;
      p.cols[j] += units * profile.quantum;
    }
  }
  return p;
}

std::vector<std::int64_t> transpose(const std::vector<std::int64_t>& cells, std::size_t rows, std::size_t cols) {
  std::vector<std::int64_t> out(cells.size());
  for (std::size_t i = 0; i < rows; ++i) {
    for (std::size_t j = 0; j < cols; ++j) out[j * rows + i] = cells[i * cols + j];
  }
  return out;
}

matrix_problem transpose(const matrix_problem& p) {
  matrix_problem t;
  t.rows = p.cols;
  t.cols = p.rows;
  t.weights = transpose(p.weights, p.rows.size(), p.cols.size());
  t.opts = p.opts;
  return t;
}

}  // namespace tandem::alloc::test_support
