// biproportional(): validates the request, reduces it to quanta, meets both margins
// by alternating scaling (biproportional_line.hpp) and finishes with tie-and-transfer
// (biproportional_state.hpp) when scaling stalls. Everything is built in a private
// state and returned only on success.
#include "tandem/alloc/biproportional.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "biproportional_line.hpp"
#include "biproportional_state.hpp"
#include "exact_ratio.hpp"
#include "signpost_ratio.hpp"
#include "tandem/core/error.hpp"
#include "tandem/core/int128.hpp"

namespace tandem::alloc {
namespace {

using detail::matrix_state;
using detail::ratio;

// Alternating scaling gets close in a handful of passes and then stalls, units
// circulating among a few rows and columns; tie-and-transfer (which always finishes)
// takes over as soon as a pass does not shrink the gap: on the benchmark's problems
// that is faster than waiting for more passes.
constexpr std::size_t max_scaling_passes = 60;
constexpr std::size_t max_passes_without_progress = 1;

std::string row_name(std::size_t i) { return "row " + std::to_string(i + 1); }
std::string col_name(std::size_t j) { return "column " + std::to_string(j + 1); }

void check_request(std::span<const std::int64_t> row_totals, std::span<const std::int64_t> col_totals,
                   std::span<const std::int64_t> weights, const biproportional_options& opts) {
  if (row_totals.empty() || col_totals.empty()) {
    throw error(errc::invalid_argument, "a biproportional apportionment needs at least one row and one column");
  }
  const uint128 cells = uint128{row_totals.size()} * col_totals.size();
  if (cells != weights.size()) {
    throw error(errc::invalid_argument, "weights has " + std::to_string(weights.size()) + " entries for " +
                                            std::to_string(row_totals.size()) + " rows x " +
                                            std::to_string(col_totals.size()) + " columns");
  }
  if (static_cast<unsigned>(opts.m) > static_cast<unsigned>(method::huntington_hill)) {
    throw error(errc::invalid_argument, "unknown method " + std::to_string(static_cast<unsigned>(opts.m)));
  }
  if (opts.m == method::hamilton) {
    throw error(errc::invalid_argument,
                "hamilton (largest remainder) has no divisors: biproportional apportionment needs a divisor method");
  }
  if (opts.m == method::huntington_hill) {
    throw error(errc::invalid_argument,
                "huntington-hill's signposts are irrational, so a tie would need an irrational divisor: "
                "choose another divisor method");
  }
  if (opts.quantum <= 0) {
    throw error(errc::invalid_argument, "the quantum must be positive, got " + std::to_string(opts.quantum));
  }
}

std::vector<std::int64_t> totals_in_quanta(std::span<const std::int64_t> totals, std::int64_t quantum,
                                           bool columns, std::size_t rows, int128& sum) {
  std::vector<std::int64_t> out(totals.size());
  sum = 0;
  for (std::size_t k = 0; k < totals.size(); ++k) {
    const std::string name = columns ? col_name(k) : row_name(k);
    const std::size_t index = columns ? rows + k : k;
    if (totals[k] < 0) {
      throw error(errc::out_of_range, name + ": the total must not be negative, got " + std::to_string(totals[k]),
                  index);
    }
    if (totals[k] % quantum != 0) {
      throw error(errc::infeasible, name + ": the total " + std::to_string(totals[k]) +
                                        " is not a multiple of the quantum " + std::to_string(quantum),
                  index);
    }
    out[k] = totals[k] / quantum;
    sum += totals[k];
  }
  return out;
}

// The cheap impossibilities, named precisely: a positive total with no positive
// weight, and (adams, dean) fewer units than cells that must each get one.
void check_zero_pattern(const matrix_state& st) {
  std::vector<std::int64_t> row_positive(st.rows, 0);
  std::vector<std::int64_t> col_positive(st.cols, 0);
  for (std::size_t i = 0; i < st.rows; ++i) {
    for (std::size_t j = 0; j < st.cols; ++j) {
      if (st.weight(i, j) > 0) {
        ++row_positive[i];
        ++col_positive[j];
      }
    }
  }
  const bool one_each = detail::first_signpost_is_zero(st.m);
  const auto check = [&](std::int64_t total, std::int64_t positive, const std::string& name, std::size_t index) {
    if (total > 0 && positive == 0) {
      throw error(errc::infeasible, name + " has a positive total but no cell with positive weight", index);
    }
    if (one_each && total < positive) {
      throw error(errc::infeasible, name + " has " + std::to_string(positive) + " cells with positive weight, and " +
                                        std::string(to_string(st.m)) + " gives each at least one quantum, but its total is " +
                                        std::to_string(total) + " quanta",
                  index);
    }
  };
  for (std::size_t i = 0; i < st.rows; ++i) check(st.row_totals[i], row_positive[i], row_name(i), i);
  for (std::size_t j = 0; j < st.cols; ++j) check(st.col_totals[j], col_positive[j], col_name(j), st.rows + j);
}

// The alternating-scaling driver: fits rows, then columns, then rows, ...
class scaling {
 public:
  scaling(matrix_state& st, biproportional_stats& stats) : st_(st), stats_(stats) {
    for (const std::int64_t w : st.weights) weight_bits_ = std::max(weight_bits_, detail::bit_length(uint128(w)));
    largest_row_total_ = *std::max_element(st.row_totals.begin(), st.row_totals.end());
    largest_col_total_ = *std::max_element(st.col_totals.begin(), st.col_totals.end());
  }

  /// Chooses the column and then the row multipliers again for the current counts
  /// (after tie-and-transfer: shorter, and off the signposts wherever the counts allow).
  /// Returns whether a cell is left on a signpost.
  bool polish() {
    fit_columns(true);
    bool tied = false;
    fit_rows(tied, true);
    return tied;
  }

  /// True if both margins are met (the state is final, `tied` says whether on a tie);
  /// false if scaling stalled, leaving a state right after a column fit.
  bool run(bool& tied) {
    fit_rows(tied);
    std::uint64_t best = column_gap();
    std::size_t without_progress = 0;
    for (std::size_t pass = 1; pass <= max_scaling_passes; ++pass) {
      if (best == 0) return true;
      ++stats_.scaling_passes;
      fit_columns();
      fit_rows(tied);
      const std::uint64_t gap = column_gap();
      if (gap < best) {
        best = gap;
        without_progress = 0;
      } else if (++without_progress >= max_passes_without_progress) {
        break;
      }
    }
    if (best == 0 && column_gap() == 0) return true;
    fit_columns();
    return false;
  }

 private:
  // The sum over the columns of |column sum - column total|: at most twice the sum of
  // the totals, which fits int64, so below 2^64.
  // Summed row by row: the matrix is row-major.
  std::uint64_t column_gap() {
    column_sums_.assign(st_.cols, 0);  // each at most the sum of all counts, the sum of the totals
    for (std::size_t i = 0; i < st_.rows; ++i) {
      const std::int64_t* row = st_.counts.data() + i * st_.cols;
      for (std::size_t j = 0; j < st_.cols; ++j) column_sums_[j] += row[j];
    }
    std::uint64_t gap = 0;
    for (std::size_t j = 0; j < st_.cols; ++j) {
      const std::int64_t sum = column_sums_[j];
      const std::int64_t total = st_.col_totals[j];
      gap += sum > total ? static_cast<std::uint64_t>(sum - total) : static_cast<std::uint64_t>(total - sum);
    }
    return gap;
  }

  // The matrix seen from one side: cell c of line k is at k * line_stride + c * cell_stride.
  struct side {
    std::size_t lines;
    std::size_t cells;
    std::size_t line_stride;
    std::size_t cell_stride;
  };
  // Lines are copied out and back in blocks: a column's cells are a row apart, and a
  // block of them shares the cache lines it reads.
  static constexpr std::size_t block = 8;

  // Fits every line of one side; `other` are the other side's multipliers.
  bool fit_side(const side& v, std::span<const std::int64_t> totals, std::int64_t largest_total,
                const std::vector<detail::ratio<big_int>>& other, std::vector<detail::ratio<big_int>>& own,
                bool keep_counts) {
    // A warm start one unit over its total forms the signpost of a count one above it
    // (no count passes the sum of all totals, which fits int64).
    other_.assign(other, st_.m, weight_bits_, largest_total < INT64_MAX ? largest_total + 1 : largest_total);
    if (!other_.fast()) stats_.used_multiprecision = true;
    bool tied = false;
    block_weights_.resize(block * v.cells);
    block_counts_.resize(block * v.cells);
    for (std::size_t first = 0; first < v.lines; first += block) {
      const std::size_t count = std::min(block, v.lines - first);
      copy_block(v, first, count, true);
      for (std::size_t b = 0; b < count; ++b) {
        const std::size_t line = first + b;
        const std::span<const std::int64_t> w(block_weights_.data() + b * v.cells, v.cells);
        const std::span<std::int64_t> n(block_counts_.data() + b * v.cells, v.cells);
        detail::line_fit f = keep_counts ? other_.polish(w, st_.m, n, scratch_)
                                         : other_.fit(w, totals[line], st_.m, n, start_, scratch_);
        own[line] = std::move(f.multiplier);
        detail::keep_short(own[line]);
        tied = tied || f.tied;
      }
      if (!keep_counts) copy_block(v, first, count, false);
    }
    if (!keep_counts) start_ = detail::start::warm;  // the counts are a rounding from now on
    return tied;
  }

  // Copies `count` lines from `first` out of the matrix (weights and counts) or their
  // counts back into it.
  void copy_block(const side& v, std::size_t first, std::size_t count, bool out) {
    for (std::size_t c = 0; c < v.cells; ++c) {
      const std::size_t at = first * v.line_stride + c * v.cell_stride;
      for (std::size_t b = 0; b < count; ++b) {
        const std::size_t cell = at + b * v.line_stride;
        if (out) {
          block_weights_[b * v.cells + c] = st_.weights[cell];
          block_counts_[b * v.cells + c] = st_.counts[cell];
        } else {
          st_.counts[cell] = block_counts_[b * v.cells + c];
        }
      }
    }
  }

  void fit_rows(bool& tied, bool keep_counts = false) {
    tied = fit_side({st_.rows, st_.cols, st_.cols, 1}, st_.row_totals, largest_row_total_, st_.col_multipliers,
                    st_.row_multipliers, keep_counts);
  }

  void fit_columns(bool keep_counts = false) {
    fit_side({st_.cols, st_.rows, 1, st_.cols}, st_.col_totals, largest_col_total_, st_.row_multipliers,
             st_.col_multipliers, keep_counts);
  }

  matrix_state& st_;
  biproportional_stats& stats_;
  unsigned weight_bits_ = 0;
  std::int64_t largest_row_total_ = 0;
  std::int64_t largest_col_total_ = 0;
  detail::other_side other_;
  detail::start start_ = detail::start::cold;
  std::vector<std::int64_t> block_weights_;  // `block` lines, one after another
  std::vector<std::int64_t> block_counts_;
  std::vector<std::int64_t> column_sums_;
  detail::line_scratch scratch_;
};

}  // namespace

biproportional_result biproportional(std::span<const std::int64_t> row_totals,
                                     std::span<const std::int64_t> column_totals,
                                     std::span<const std::int64_t> weights, const biproportional_options& opts) {
  check_request(row_totals, column_totals, weights, opts);
  for (std::size_t k = 0; k < weights.size(); ++k) {
    if (weights[k] < 0) {
      const std::size_t cols = column_totals.size();
      throw error(errc::out_of_range, "cell (" + row_name(k / cols) + ", " + col_name(k % cols) +
                                          "): the weight must not be negative, got " + std::to_string(weights[k]),
                  k);
    }
  }
  matrix_state st;
  st.rows = row_totals.size();
  st.cols = column_totals.size();
  st.weights = weights;
  st.m = opts.m;
  int128 row_sum = 0;
  int128 col_sum = 0;
  st.row_totals = totals_in_quanta(row_totals, opts.quantum, false, st.rows, row_sum);
  st.col_totals = totals_in_quanta(column_totals, opts.quantum, true, st.rows, col_sum);
  constexpr int128 int64_limit = INT64_MAX;
  if (row_sum > int64_limit || col_sum > int64_limit) {
    throw error(errc::overflow, "overflow: the sum of the totals does not fit a 64-bit integer");
  }
  if (row_sum != col_sum) {
    throw error(errc::infeasible, "the row totals sum to " + std::to_string(static_cast<std::int64_t>(row_sum)) +
                                      " but the column totals to " + std::to_string(static_cast<std::int64_t>(col_sum)));
  }
  check_zero_pattern(st);

  st.counts.assign(st.rows * st.cols, 0);
  st.row_multipliers.assign(st.rows, {big_int(1), big_int(1)});
  st.col_multipliers.assign(st.cols, {big_int(1), big_int(1)});

  biproportional_result result;
  bool tied = false;
  scaling scaler(st, result.stats);
  if (!scaler.run(tied)) {
    result.stats.used_multiprecision = true;
    result.stats.transfer_steps = detail::tie_and_transfer(st);
    tied = scaler.polish();
  }

  result.shares = std::move(st.counts);
  for (std::int64_t& share : result.shares) share *= opts.quantum;
  result.row_divisors.reserve(st.rows);
  result.column_divisors.reserve(st.cols);
  for (const detail::ratio<big_int>& r : st.row_multipliers) result.row_divisors.emplace_back(r.den, r.num);
  for (const detail::ratio<big_int>& c : st.col_multipliers) result.column_divisors.emplace_back(c.den, c.num);
  result.tied = tied;
  return result;
}

}  // namespace tandem::alloc
