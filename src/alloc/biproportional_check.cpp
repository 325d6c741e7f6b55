// check_biproportional(): verifies a certificate from scratch, with nothing shared
// with the engine but the signposts.
#include <cstddef>
#include <string>

#include "exact_ratio.hpp"
#include "signpost_ratio.hpp"
#include "tandem/alloc/biproportional.hpp"
#include "tandem/core/error.hpp"
#include "tandem/core/int128.hpp"

namespace tandem::alloc {
namespace {

[[noreturn]] void fail(const std::string& message, std::size_t index) {
  throw error(errc::infeasible, message, index);
}

std::string cell_name(std::size_t i, std::size_t j) {
  return "cell (row " + std::to_string(i + 1) + ", column " + std::to_string(j + 1) + ")";
}

}  // namespace

void check_biproportional(std::span<const std::int64_t> row_totals, std::span<const std::int64_t> column_totals,
                          std::span<const std::int64_t> weights, std::span<const std::int64_t> shares,
                          std::span<const rational> row_divisors, std::span<const rational> column_divisors,
                          const biproportional_options& opts) {
  const std::size_t rows = row_totals.size();
  const std::size_t cols = column_totals.size();
  if (rows == 0 || cols == 0 || weights.size() != rows * cols || shares.size() != rows * cols || row_divisors.size() != rows ||
      column_divisors.size() != cols) {
    throw error(errc::invalid_argument, "the sizes of weights, shares and divisors do not match " +
                                            std::to_string(rows) + " rows x " + std::to_string(cols) + " columns");
  }
  if (opts.m == method::hamilton || opts.m == method::huntington_hill ||
      static_cast<unsigned>(opts.m) > static_cast<unsigned>(method::huntington_hill)) {
    throw error(errc::invalid_argument, "the method has no rational certificate");
  }
  if (opts.quantum <= 0) throw error(errc::invalid_argument, "the quantum must be positive");
  for (std::size_t i = 0; i < rows; ++i) {
    if (row_divisors[i] <= 0) fail("row " + std::to_string(i + 1) + ": the divisor is not positive", i);
  }
  for (std::size_t j = 0; j < cols; ++j) {
    if (column_divisors[j] <= 0) fail("column " + std::to_string(j + 1) + ": the divisor is not positive", rows + j);
  }
  std::vector<int128> col_sums(cols, 0);
  for (std::size_t i = 0; i < rows; ++i) {
    int128 row_sum = 0;
    for (std::size_t j = 0; j < cols; ++j) {
      const std::size_t k = i * cols + j;
      const std::int64_t share = shares[k];
      const std::int64_t w = weights[k];
      if (share < 0 || share % opts.quantum != 0) {
        fail(cell_name(i, j) + ": the share " + std::to_string(share) + " is not a non-negative multiple of the quantum", k);
      }
      if (w < 0) fail(cell_name(i, j) + ": negative weight", k);
      row_sum += share;
      col_sums[j] += share;
      const auto n = static_cast<std::uint64_t>(share / opts.quantum);
      if (w == 0) {
        if (n != 0) fail(cell_name(i, j) + ": a cell with weight zero must get zero", k);
        continue;
      }
      // q = w / (x * y) must satisfy s(n - 1) <= q <= s(n).
      const rational q = rational(w) / (row_divisors[i] * column_divisors[j]);
      const detail::ratio<big_int> upper = detail::signpost_ratio<big_int>(opts.m, n);
      if (q > rational(upper.num, upper.den)) {
        fail(cell_name(i, j) + ": the quotient " + q.str() + " rounds to more than " + std::to_string(n), k);
      }
      if (n > 0) {
        const detail::ratio<big_int> lower = detail::signpost_ratio<big_int>(opts.m, n - 1);
        if (q < rational(lower.num, lower.den)) {
          fail(cell_name(i, j) + ": the quotient " + q.str() + " rounds to less than " + std::to_string(n), k);
        }
      }
    }
    if (row_sum != row_totals[i]) fail("row " + std::to_string(i + 1) + ": the shares do not sum to the total", i);
  }
  for (std::size_t j = 0; j < cols; ++j) {
    if (col_sums[j] != column_totals[j]) {
      fail("column " + std::to_string(j + 1) + ": the shares do not sum to the total", rows + j);
    }
  }
}

}  // namespace tandem::alloc
