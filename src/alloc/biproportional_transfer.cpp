// Tie-and-transfer, the exact fallback of the biproportional engine (see
// biproportional_state.hpp). Alternating scaling usually meets both margins in a few
// passes; when it stalls (ties it cannot break, slow convergence) this finishes the
// job with a guarantee of termination, and it is what detects totals that the zero
// pattern makes impossible.
//
// Terms: the quotient of cell (i, j) is q = w * row_multiplier[i] * col_multiplier[j].
// A cell "can give" a unit if q sits exactly on its lower signpost s(n - 1) (rounding
// down is as valid as rounding up), and "can take" one if q sits exactly on s(n).
// Moving a unit from an over-full row to an under-full one along
//   row -(gives in column j)-> column j -(another row takes in j)-> row -> ...
// keeps every column total and every rounding valid.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "approx_number.hpp"
#include "biproportional_line.hpp"
#include "biproportional_state.hpp"
#include "signpost_ratio.hpp"
#include "tandem/core/error.hpp"

namespace tandem::alloc::detail {
namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);
constexpr std::size_t source = static_cast<std::size_t>(-2);

std::string list_of(const char* what, const std::vector<std::size_t>& items) {
  std::string out = what;
  out += items.size() == 1 ? " " : "s ";
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (k == 8 && items.size() > 9) {
      out += " and " + std::to_string(items.size() - 8) + " more";
      break;
    }
    if (k > 0) out += ", ";
    out += std::to_string(items[k] + 1);
  }
  return out;
}

// A candidate label: `index` (a row or a column) becomes reachable when the common
// factor reaches its key, through the cell it shares with `via`. The heap keeps an
// approximation of the key (approx_number.hpp); the exact key is computed from the
// cell and via's factor only when two approximations are too close to order.
struct candidate {
  approx key;
  bool is_row = false;
  std::size_t index = 0;
  std::size_t via = 0;
};

// Tie-and-transfer as a sequence of phases, one unit moved per phase. A phase grows
// the labelled sets in order of the common factor Delta (>= 1) by which the labelled
// rows' multipliers must shrink and the labelled columns' grow for the next cell to
// reach a signpost: a Dijkstra search over products of ratios, instead of rescanning
// the matrix after every change of the multipliers. A row labelled at Delta_i has the
// multiplier rho_i / Delta from then on (rho_i = row_i * Delta_i), a column labelled
// at Delta_j the multiplier gamma_j * Delta (gamma_j = col_j / Delta_j). Written this
// way the multipliers cancel: the cell that labels a line ties it to the line that
// reached it, so rho and gamma are products of weights and signposts only (and of the
// over-full row's multiplier), short enough to keep unreduced: no gcds in the search.
class transfer {
 public:
  explicit transfer(matrix_state& st) : st_(st), row_sum_(st.rows, 0) {
    for (std::size_t i = 0; i < st.rows; ++i) {
      for (std::size_t j = 0; j < st.cols; ++j) row_sum_[i] += st.count(i, j);
    }
    for (const std::int64_t w : st.weights) weight_bits_ = std::max(weight_bits_, bit_length(uint128(w)));
    // Rows over their totals may hold cells as large as a column total: the bound of
    // the 128-bit path has to cover both.
    largest_total_ = std::max(*std::max_element(st.row_totals.begin(), st.row_totals.end()),
                              *std::max_element(st.col_totals.begin(), st.col_totals.end()));
    tabulate_signposts();
  }

  std::size_t run() {
    std::size_t phases = 0;
    while (any_over()) {
      phase();
      ++phases;
    }
    return phases;
  }

 private:
  bool any_over() const {
    for (std::size_t i = 0; i < st_.rows; ++i) {
      if (row_sum_[i] > st_.row_totals[i]) return true;
    }
    return false;
  }

  void phase() {
    row_from_.assign(st_.rows, none);
    col_from_.assign(st_.cols, none);
    rho_.resize(st_.rows);
    gamma_.resize(st_.cols);
    row_offer_.assign(st_.rows, std::nullopt);
    col_offer_.assign(st_.cols, std::nullopt);
    heap_.clear();
    approximate_multipliers();
    for (std::size_t i = 0; i < st_.rows; ++i) {
      if (row_sum_[i] > st_.row_totals[i]) {
        label_row(i, st_.row_multipliers[i], source);
      }
    }
    for (;;) {
      if (heap_.empty()) fail_infeasible();
      std::pop_heap(heap_.begin(), heap_.end(), later{this});
      const candidate c = heap_.back();
      heap_.pop_back();
      if (c.is_row ? row_from_[c.index] != none : col_from_[c.index] != none) continue;
      if (!c.is_row) {
        label_col(c.index, tied_factor(c), c.via);
        continue;
      }
      label_row(c.index, tied_factor(c), c.via);
      if (row_sum_[c.index] < st_.row_totals[c.index]) {
        finish(c.index, exact_key(c));
        return;
      }
    }
  }

  // Orders the heap: the smallest key first, then columns before rows, then by
  // index, so that every run takes the same path. Exact; the approximations only
  // spare the big-integer products when they already decide.
  struct later {
    const transfer* owner;
    bool operator()(const candidate& a, const candidate& b) const {
      int order = separated(a.key, b.key);
      if (order == 0) {
        const std::strong_ordering exact = compare(owner->exact_key(a), owner->exact_key(b));
        order = exact < 0 ? -1 : (exact > 0 ? 1 : 0);
      }
      if (order != 0) return order > 0;
      if (a.is_row != b.is_row) return a.is_row;
      return a.index > b.index;
    }
  };

  static approx approx_of(const ratio<big_int>& r) {
    return divide(detail::approx_of(r.num), detail::approx_of(r.den));
  }
  static approx signpost_approx(method m, std::uint64_t j) {
    const ratio<uint128> s = signpost_ratio<uint128>(m, j);
    return divide(normalise(s.num, 0), normalise(s.den, 0));
  }
  static approx reciprocal(approx a) { return divide(detail::approx_of(std::uint64_t{1}), a); }

  // s(j) and 1 / s(j), from the tables for the counts most cells hold: the searches
  // multiply where they would otherwise divide, a 128-bit division a cell.
  approx signpost(std::uint64_t j) const {
    return j < signposts_.size() ? signposts_[j] : signpost_approx(st_.m, j);
  }
  approx inverse_signpost(std::uint64_t j) const {
    return j < inverse_signposts_.size() ? inverse_signposts_[j] : reciprocal(signpost_approx(st_.m, j));
  }
  void tabulate_signposts() {
    constexpr std::int64_t table_size = 4096;  // no cell holds more than largest_total_
    const auto size = static_cast<std::size_t>(std::min(largest_total_ + 1, table_size));
    signposts_.resize(size);
    inverse_signposts_.resize(size);
    for (std::size_t j = 0; j < size; ++j) {
      signposts_[j] = signpost_approx(st_.m, j);
      // s(0) = 0 for adams and dean: never divided by (those cells cannot give a unit).
      inverse_signposts_[j] = signposts_[j].mant == 0 ? approx{} : reciprocal(signposts_[j]);
    }
  }

  void approximate_multipliers() {
    row_approx_.resize(st_.rows);
    inverse_row_approx_.resize(st_.rows);
    col_approx_.resize(st_.cols);
    for (std::size_t i = 0; i < st_.rows; ++i) {
      row_approx_[i] = approx_of(st_.row_multipliers[i]);
      inverse_row_approx_[i] = reciprocal(row_approx_[i]);
    }
    for (std::size_t j = 0; j < st_.cols; ++j) col_approx_[j] = approx_of(st_.col_multipliers[j]);
  }

  // The exact key of a candidate, unreduced: the Delta at which its cell reaches its
  // signpost. A column j reached from row i: w * (rho_i / Delta) * col_j = s(n - 1).
  // A row k reached from column j: w * row_k * (gamma_j * Delta) = s(n).
  ratio<big_int> exact_key(const candidate& c) const {
    const std::size_t i = c.is_row ? c.index : c.via;
    const std::size_t j = c.is_row ? c.via : c.index;
    const auto n = static_cast<std::uint64_t>(st_.count(i, j));
    const big_int w(st_.weight(i, j));
    if (!c.is_row) {
      const ratio<big_int>& col = st_.col_multipliers[j];
      const ratio<big_int>& rho = rho_[i];
      const ratio<big_int> s = signpost_ratio<big_int>(st_.m, n - 1);
      return {w * rho.num * col.num * s.den, rho.den * col.den * s.num};
    }
    const ratio<big_int>& row = st_.row_multipliers[i];
    const ratio<big_int>& gamma = gamma_[j];
    const ratio<big_int> s = signpost_ratio<big_int>(st_.m, n);
    return {s.num * row.den * gamma.den, s.den * w * row.num * gamma.num};
  }

  // What a candidate's line keeps once labelled, from the cell that ties it to `via`:
  // gamma_j = s(n - 1) / (w * rho_i) for a column, rho_k = s(n) / (w * gamma_j) for a row.
  ratio<big_int> tied_factor(const candidate& c) const {
    const std::size_t i = c.is_row ? c.index : c.via;
    const std::size_t j = c.is_row ? c.via : c.index;
    const auto n = static_cast<std::uint64_t>(st_.count(i, j));
    const big_int w(st_.weight(i, j));
    const ratio<big_int>& other = c.is_row ? gamma_[j] : rho_[i];
    const ratio<big_int> s = signpost_ratio<big_int>(st_.m, c.is_row ? n : n - 1);
    return {s.num * other.den, s.den * w * other.num};
  }

  // Pushes a candidate unless its row or column already has a better one waiting:
  // the heap then holds at most one live candidate per row and column, not one per
  // cell of every labelled line.
  void offer(const candidate& c) {
    std::optional<candidate>& best = c.is_row ? row_offer_[c.index] : col_offer_[c.index];
    if (best && !later{this}(*best, c)) return;  // the waiting one comes first or equal
    best = c;
    heap_.push_back(c);
    std::push_heap(heap_.begin(), heap_.end(), later{this});
  }

  // Row i is labelled: its cells in unlabelled columns shrink with Delta and can give
  // a unit once w * rho_i / Delta * col reaches s(n - 1).
  void label_row(std::size_t i, ratio<big_int> rho, std::size_t via) {
    row_from_[i] = via;
    const approx row_factor = approx_of(rho);
    rho_[i] = std::move(rho);
    for (std::size_t j = 0; j < st_.cols; ++j) {
      const std::int64_t w = st_.weight(i, j);
      if (col_from_[j] != none || w == 0) continue;
      const auto n = static_cast<std::uint64_t>(st_.count(i, j));
      if (n == 0 || (n == 1 && first_signpost_is_zero(st_.m))) continue;
      // key = w * rho * col / s(n - 1)
      const approx q = multiply(multiply(row_factor, detail::approx_of(static_cast<std::uint64_t>(w))), col_approx_[j]);
      offer({multiply(q, inverse_signpost(n - 1)), false, j, i});
    }
  }

  // Column j is labelled: its cells in unlabelled rows grow with Delta and can take a
  // unit once w * row * gamma_j * Delta reaches s(n).
  void label_col(std::size_t j, ratio<big_int> gamma, std::size_t via) {
    col_from_[j] = via;
    const approx col_factor = reciprocal(approx_of(gamma));
    gamma_[j] = std::move(gamma);
    for (std::size_t r = 0; r < st_.rows; ++r) {
      const std::int64_t w = st_.weight(r, j);
      if (row_from_[r] != none || w == 0) continue;
      const auto n = static_cast<std::uint64_t>(st_.count(r, j));
      // key = s(n) / (w * row * gamma)
      const approx q = multiply(reciprocal(detail::approx_of(static_cast<std::uint64_t>(w))), inverse_row_approx_[r]);
      offer({multiply(multiply(col_factor, signpost(n)), q), true, r, j});
    }
  }

  // Moves the multipliers by the phase's factors, one unit back along the labels from
  // the under-full row `r` to an over-full one, and shortens the moved multipliers.
  void finish(std::size_t r, const ratio<big_int>& final_delta) {
    // The labelled rows' new multipliers would be rho_i / Delta_final; polish() chooses
    // every labelled row again from its interval given the new columns, an interval
    // that value proves non-empty, so only the columns need their exact new values,
    // gamma_j * Delta_final, kept unreduced.
    exact_cols_.resize(st_.cols);
    for (std::size_t j = 0; j < st_.cols; ++j) {
      if (col_from_[j] != none) {
        exact_cols_[j] = {gamma_[j].num * final_delta.num, gamma_[j].den * final_delta.den};
      } else {
        exact_cols_[j] = st_.col_multipliers[j];
      }
    }
    ++row_sum_[r];
    for (;;) {
      const std::size_t j = row_from_[r];
      const std::size_t giver = col_from_[j];
      ++st_.count(r, j);
      --st_.count(giver, j);
      if (row_from_[giver] == source) {
        --row_sum_[giver];
        break;
      }
      r = giver;
    }
    polish(final_delta);
  }

  // Exact ties grow the multipliers' digits phase after phase; choosing each moved
  // multiplier again inside its interval (the counts stay) keeps them short.
  // A line whose interval is a single point (a tie on each side) can only keep its
  // exact value, rho_i / Delta_final or gamma_j * Delta_final: that value is taken as it
  // is, not as the polish wrote it (the tied cell's threshold: the same number with one
  // more weight and signpost multiplied into its numerator and denominator).
  void polish(const ratio<big_int>& final_delta) {
    other_.assign(exact_cols_, st_.m, weight_bits_, largest_total_);
    for (std::size_t i = 0; i < st_.rows; ++i) {
      if (row_from_[i] == none) continue;
      const std::span<const std::int64_t> w = st_.weights.subspan(i * st_.cols, st_.cols);
      const std::span<const std::int64_t> n(st_.counts.data() + i * st_.cols, st_.cols);
      line_fit f = other_.polish(w, st_.m, n, scratch_);
      if (f.tied) f.multiplier = {rho_[i].num * final_delta.den, rho_[i].den * final_delta.num};
      keep_short(f.multiplier);
      st_.row_multipliers[i] = std::move(f.multiplier);
    }
    other_.assign(st_.row_multipliers, st_.m, weight_bits_, largest_total_);
    column_weights_.resize(st_.rows);
    column_counts_.resize(st_.rows);
    for (std::size_t j = 0; j < st_.cols; ++j) {
      if (col_from_[j] == none) continue;
      for (std::size_t i = 0; i < st_.rows; ++i) {
        column_weights_[i] = st_.weight(i, j);
        column_counts_[i] = st_.count(i, j);
      }
      line_fit f = other_.polish(column_weights_, st_.m, column_counts_, scratch_);
      if (f.tied) f.multiplier = std::move(exact_cols_[j]);
      keep_short(f.multiplier);
      st_.col_multipliers[j] = std::move(f.multiplier);
    }
  }

  // Nothing can move: the labelled rows hold more than their totals, yet every unit
  // they hold outside the labelled columns is a minimum, and no other row has weight
  // in the labelled columns. So those columns need more than those rows can give.
  [[noreturn]] void fail_infeasible() const {
    std::vector<std::size_t> rows;
    std::vector<std::size_t> cols;
    std::int64_t row_total = 0;
    std::int64_t col_total = 0;
    std::int64_t minimum_elsewhere = 0;
    for (std::size_t i = 0; i < st_.rows; ++i) {
      if (row_from_[i] == none) continue;
      rows.push_back(i);
      row_total += st_.row_totals[i];
    }
    for (std::size_t j = 0; j < st_.cols; ++j) {
      if (col_from_[j] == none) continue;
      cols.push_back(j);
      col_total += st_.col_totals[j];
    }
    for (const std::size_t i : rows) {
      for (std::size_t j = 0; j < st_.cols; ++j) {
        if (col_from_[j] == none) minimum_elsewhere += st_.count(i, j);
      }
    }
    std::string message = "the totals cannot be met with these zero weights: ";
    std::vector<std::size_t> at_fault;
    if (cols.empty()) {
      message += list_of("row", rows) + (rows.size() == 1 ? " totals " : " total ") + std::to_string(row_total) +
                 " but must give at least " + std::to_string(minimum_elsewhere) +
                 " (one to each cell with positive weight)";
      at_fault = rows;
    } else {
      message += list_of("column", cols) + (cols.size() == 1 ? " needs " : " need ") + std::to_string(col_total) +
                 " but " + (cols.size() == 1 ? "gets" : "get") + " units only from " + list_of("row", rows) +
                 ", which total " + std::to_string(row_total);
      if (minimum_elsewhere > 0) {
        message += " and must give " + std::to_string(minimum_elsewhere) + " to other columns";
      }
      for (const std::size_t j : cols) at_fault.push_back(st_.rows + j);
      at_fault.insert(at_fault.end(), rows.begin(), rows.end());
    }
    throw error(errc::infeasible, message, std::move(at_fault));
  }

  matrix_state& st_;
  std::vector<std::int64_t> row_sum_;
  std::vector<std::size_t> row_from_;
  std::vector<std::size_t> col_from_;
  std::vector<ratio<big_int>> rho_;    // of the labelled rows
  std::vector<ratio<big_int>> gamma_;  // of the labelled columns
  std::vector<ratio<big_int>> exact_cols_;  // the columns' exact new multipliers at the end of a phase
  std::vector<candidate> heap_;  // a binary heap under `later`
  std::vector<approx> signposts_;
  std::vector<approx> inverse_signposts_;
  std::vector<approx> inverse_row_approx_;
  std::vector<approx> row_approx_;
  std::vector<std::optional<candidate>> row_offer_;
  std::vector<std::optional<candidate>> col_offer_;
  std::vector<approx> col_approx_;
  unsigned weight_bits_ = 0;
  std::int64_t largest_total_ = 0;
  other_side other_;
  std::vector<std::int64_t> column_weights_;
  std::vector<std::int64_t> column_counts_;
  line_scratch scratch_;
};

}  // namespace

std::size_t tie_and_transfer(matrix_state& state) { return transfer(state).run(); }

}  // namespace tandem::alloc::detail
