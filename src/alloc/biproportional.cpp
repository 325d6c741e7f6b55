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
  std::uint64_t column_gap() const {
    std::uint64_t gap = 0;
    for (std::size_t j = 0; j < st_.cols; ++j) {
      std::int64_t sum = 0;  // at most the sum of all counts, which is the sum of the totals
      for (std::size_t i = 0; i < st_.rows; ++i) sum += st_.count(i, j);
      const std::int64_t total = st_.col_totals[j];
      gap += sum > total ? static_cast<std::uint64_t>(sum - total) : static_cast<std::uint64_t>(total - sum);
    }
    return gap;
  }

  // Fits every line of one side; `other` are the other side's multipliers.
  template <class Gather, class Scatter>
  bool fit_side(std::size_t lines, std::size_t cells, std::span<const std::int64_t> totals,
                std::int64_t largest_total, const std::vector<rational>& other, std::vector<rational>& own,
                bool keep_counts, Gather gather, Scatter scatter) {
    other_.assign(other, st_.m, weight_bits_, largest_total);
    if (!other_.fast()) stats_.used_multiprecision = true;
    bool tied = false;
    line_weights_.resize(cells);
    line_counts_.resize(cells);
    for (std::size_t line = 0; line < lines; ++line) {
      gather(line, line_weights_, line_counts_);
      detail::line_fit f;
      if (keep_counts) {
        f = other_.polish(line_weights_, st_.m, line_counts_, scratch_);
      } else {
        f = other_.fit(line_weights_, totals[line], st_.m, line_counts_, scratch_);
        scatter(line, line_counts_);
      }
      own[line] = f.multiplier;
      tied = tied || f.tied;
    }
    return tied;
  }

  void fit_rows(bool& tied, bool keep_counts = false) {
    tied = fit_side(
        st_.rows, st_.cols, st_.row_totals, largest_row_total_, st_.col_multipliers, st_.row_multipliers, keep_counts,
        [&](std::size_t i, std::vector<std::int64_t>& w, std::vector<std::int64_t>& n) {
          const auto first = static_cast<std::ptrdiff_t>(i * st_.cols);
          std::copy_n(st_.weights.begin() + first, st_.cols, w.begin());
          if (keep_counts) std::copy_n(st_.counts.begin() + first, st_.cols, n.begin());
        },
        [&](std::size_t i, const std::vector<std::int64_t>& n) {
          std::copy(n.begin(), n.end(), st_.counts.begin() + static_cast<std::ptrdiff_t>(i * st_.cols));
        });
  }

  void fit_columns(bool keep_counts = false) {
    fit_side(
        st_.cols, st_.rows, st_.col_totals, largest_col_total_, st_.row_multipliers, st_.col_multipliers, keep_counts,
        [&](std::size_t j, std::vector<std::int64_t>& w, std::vector<std::int64_t>& n) {
          for (std::size_t i = 0; i < st_.rows; ++i) w[i] = st_.weight(i, j);
          if (keep_counts) {
            for (std::size_t i = 0; i < st_.rows; ++i) n[i] = st_.count(i, j);
          }
        },
        [&](std::size_t j, const std::vector<std::int64_t>& n) {
          for (std::size_t i = 0; i < st_.rows; ++i) st_.count(i, j) = n[i];
        });
  }

  matrix_state& st_;
  biproportional_stats& stats_;
  unsigned weight_bits_ = 0;
  std::int64_t largest_row_total_ = 0;
  std::int64_t largest_col_total_ = 0;
  detail::other_side other_;
  std::vector<std::int64_t> line_weights_;
  std::vector<std::int64_t> line_counts_;
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
  st.row_multipliers.assign(st.rows, rational(1));
  st.col_multipliers.assign(st.cols, rational(1));

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
  for (const rational& r : st.row_multipliers) result.row_divisors.push_back(1 / r);
  for (const rational& c : st.col_multipliers) result.column_divisors.push_back(1 / c);
  result.tied = tied;
  return result;
}

}  // namespace tandem::alloc
