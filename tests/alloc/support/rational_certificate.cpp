#include "alloc/support/rational_certificate.hpp"

#include <sstream>
#include <stdexcept>
#include <string>

#include "tandem/core/int128.hpp"

namespace tandem::alloc::test_support {
namespace {

// The sign of s(k) - x for the k-th signpost (k = 0, 1, ...) of method m. Each
// case is the textbook signpost; Huntington-Hill compares squares, both sides
// being non-negative.
int compare_signpost(method m, const big_int& k, const rational& x) {
  const auto sign = [](const rational& d) { return d < 0 ? -1 : (d > 0 ? 1 : 0); };
  switch (m) {
    case method::jefferson:
      return sign(rational(k + 1) - x);
    case method::webster:
      return sign(rational(2 * k + 1, 2) - x);
    case method::modified_sainte_lague:
      return sign((k == 0 ? rational(7, 10) : rational(2 * k + 1, 2)) - x);
    case method::adams:
      return sign(rational(k) - x);
    case method::dean:
      return sign(rational(2 * k * (k + 1), 2 * k + 1) - x);  // k(k+1) / (k + 1/2)
    case method::huntington_hill:
      return sign(rational(k * (k + 1)) - x * x);  // sqrt(k(k+1)) vs x, squared
    case method::hamilton:
      break;
  }
  throw std::logic_error("allowed_roundings: not a divisor method");
}

// Decimal text of a non-negative 128-bit sum. (The margins are summed in int128, not
// big_int: GCC 12 at -O3 reports a false maybe-uninitialized inside Boost for a
// big_int accumulator here.)
std::string decimal(int128 v) {
  std::string out;
  auto u = static_cast<uint128>(v);
  do {
    out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  } while (u != 0);
  return out;
}

std::string cell_name(std::size_t i, std::size_t j) {
  std::ostringstream out;
  out << "cell (row " << i << ", column " << j << ")";
  return out.str();
}

}  // namespace

rounding_range allowed_roundings(method m, const rational& x) {
  if (x < 0) throw std::logic_error("allowed_roundings: negative quotient");
  // Every method has k <= s(k) <= k + 1. With f = floor(x), the signposts
  // s(0) .. s(f-2) are at most f - 1 < x, and s(f+1) .. are at least f + 1 > x;
  // only s(f-1) and s(f) need a comparison.
  const big_int f = numerator(x) / denominator(x);
  rounding_range r;
  r.low = f >= 1 ? big_int(f - 1) : big_int(0);
  r.high = r.low;
  for (big_int k = f >= 1 ? big_int(f - 1) : big_int(0); k <= f; ++k) {
    const int c = compare_signpost(m, k, x);
    if (c < 0) ++r.low;
    if (c <= 0) ++r.high;
  }
  return r;
}

std::string verify_biproportional(std::span<const std::int64_t> row_totals,
                                  std::span<const std::int64_t> column_totals,
                                  std::span<const std::int64_t> weights, std::span<const std::int64_t> shares,
                                  std::span<const rational> row_divisors,
                                  std::span<const rational> column_divisors, method m, std::int64_t quantum) {
  std::ostringstream out;
  const std::size_t rows = row_totals.size();
  const std::size_t cols = column_totals.size();
  if (weights.size() != rows * cols) {
    out << "weights: " << weights.size() << " entries for " << rows << " x " << cols;
    return out.str();
  }
  if (shares.size() != rows * cols) {
    out << "shares: " << shares.size() << " entries for " << rows << " x " << cols;
    return out.str();
  }
  if (row_divisors.size() != rows || column_divisors.size() != cols) {
    out << "divisors: " << row_divisors.size() << " row and " << column_divisors.size()
        << " column divisors for " << rows << " x " << cols;
    return out.str();
  }
  if (!is_divisor_method(m)) return "method: not a divisor method";
  if (quantum <= 0) {
    out << "quantum " << quantum << " is not positive";
    return out.str();
  }
  for (std::size_t c = 0; c < shares.size(); ++c) {
    if (shares[c] < 0 || shares[c] % quantum != 0) {
      out << cell_name(c / cols, c % cols) << ": share " << shares[c] << " is not a non-negative multiple of "
          << quantum;
      return out.str();
    }
  }
  for (std::size_t i = 0; i < rows; ++i) {
    int128 sum = 0;  // shares are non-negative here (checked above)
    for (std::size_t j = 0; j < cols; ++j) sum += shares[i * cols + j];
    if (sum != row_totals[i]) {
      out << "row " << i << ": shares sum to " << decimal(sum) << ", total is " << row_totals[i];
      return out.str();
    }
  }
  for (std::size_t j = 0; j < cols; ++j) {
    int128 sum = 0;
    for (std::size_t i = 0; i < rows; ++i) sum += shares[i * cols + j];
    if (sum != column_totals[j]) {
      out << "column " << j << ": shares sum to " << decimal(sum) << ", total is " << column_totals[j];
      return out.str();
    }
  }
  for (std::size_t i = 0; i < rows; ++i) {
    if (row_divisors[i] <= 0) {
      out << "row " << i << ": divisor " << row_divisors[i] << " is not positive";
      return out.str();
    }
  }
  for (std::size_t j = 0; j < cols; ++j) {
    if (column_divisors[j] <= 0) {
      out << "column " << j << ": divisor " << column_divisors[j] << " is not positive";
      return out.str();
    }
  }
  for (std::size_t i = 0; i < rows; ++i) {
    for (std::size_t j = 0; j < cols; ++j) {
      const std::int64_t w = weights[i * cols + j];
      const std::int64_t units = shares[i * cols + j] / quantum;
      if (w < 0) {
        out << cell_name(i, j) << ": negative weight " << w;
        return out.str();
      }
      if (w == 0) {
        if (units != 0) {
          out << cell_name(i, j) << ": weight 0 but " << units << " quanta";
          return out.str();
        }
        continue;
      }
      const rational x = rational(w) / (row_divisors[i] * column_divisors[j]);
      const rounding_range r = allowed_roundings(m, x);
      if (units < r.low || units > r.high) {
        out << cell_name(i, j) << ": " << units << " quanta, but " << w << " / (" << row_divisors[i] << " * "
            << column_divisors[j] << ") = " << x << " rounds to ";
        if (r.low == r.high) {
          out << r.low;
        } else {
          out << r.low << " or " << r.high;
        }
        out << " under " << to_string(m);
        return out.str();
      }
    }
  }
  return "";
}

bool some_cell_on_signpost(std::size_t rows, std::size_t cols, std::span<const std::int64_t> weights,
                           std::span<const rational> row_divisors, std::span<const rational> column_divisors,
                           method m) {
  for (std::size_t i = 0; i < rows; ++i) {
    for (std::size_t j = 0; j < cols; ++j) {
      const std::int64_t w = weights[i * cols + j];
      if (w <= 0) continue;
      const rounding_range r = allowed_roundings(m, rational(w) / (row_divisors[i] * column_divisors[j]));
      if (r.low != r.high) return true;
    }
  }
  return false;
}

std::string verify_result(const matrix_problem& p, const biproportional_result& r) {
  return verify_biproportional(p.rows, p.cols, p.weights, r.shares, r.row_divisors, r.column_divisors, p.opts.m,
                               p.opts.quantum);
}

biproportional_result solve(const matrix_problem& p) { return biproportional(p.rows, p.cols, p.weights, p.opts); }

std::string describe_matrix(std::span<const std::int64_t> cells, std::size_t cols) {
  std::ostringstream out;
  for (std::size_t k = 0; k < cells.size(); ++k) {
    out << (k % cols == 0 ? (k == 0 ? "[" : "\n [") : ", ") << cells[k];
    if (k % cols + 1 == cols) out << "]";
  }
  return out.str();
}

std::string describe(const matrix_problem& p) {
  std::ostringstream out;
  out << "method " << to_string(p.opts.m) << ", quantum " << p.opts.quantum << "\nrow totals [";
  for (std::size_t i = 0; i < p.rows.size(); ++i) out << (i ? ", " : "") << p.rows[i];
  out << "]\ncolumn totals [";
  for (std::size_t j = 0; j < p.cols.size(); ++j) out << (j ? ", " : "") << p.cols[j];
  out << "]\nweights\n" << describe_matrix(p.weights, p.cols.empty() ? 1 : p.cols.size());
  return out.str();
}

}  // namespace tandem::alloc::test_support
