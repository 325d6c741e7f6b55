// actuals_builder.hpp — filling an actuals object in bulk (internal to the library).
//
// actuals::add() keeps every ancestor's cells up to date on each sale (a few cells per
// level), which is right for one sale at a time. Loading millions of rows is faster
// the other way round: add each row to its leaf's own cell only, then roll the leaves
// up the tree and across the product lines once, at the end. The builder owns the
// actuals while they are filled, so a load that fails part way leaves nothing behind.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>

#include "tandem/plan/actuals.hpp"
#include "tandem/plan/plan.hpp"

namespace tandem::plan {

class actuals_builder {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  /// Empty actuals shaped like `p`.
  explicit actuals_builder(const plan& p) : a_(p) {}

  [[nodiscard]] bool targeted(measure m) const noexcept { return a_.targeted_[m]; }
  [[nodiscard]] bool is_leaf(unit_index_t u) const noexcept { return a_.leaf_[u] != 0; }
  [[nodiscard]] std::size_t products() const noexcept { return a_.products_; }
  [[nodiscard]] std::size_t months() const noexcept { return a_.months_; }
  /// The serial of the fiscal year's first day and the number of its days.
  [[nodiscard]] std::int32_t first_day() const noexcept { return a_.first_day_; }
  [[nodiscard]] std::size_t days() const noexcept { return a_.month_of_day_.size(); }
  /// The month of the day `offset` days into the fiscal year (offset < days()).
  [[nodiscard]] std::size_t month_of_offset(std::size_t offset) const noexcept { return a_.month_of_day_[offset]; }

  /// The first cell of a targeted measure's array; the cell of (u, product, month)
  /// is at cell_index(u, product, month).
  [[nodiscard]] std::int64_t* cells(measure m) noexcept { return a_.rolled_[m].data(); }
  [[nodiscard]] std::size_t cell_index(unit_index_t u, std::size_t product, std::size_t month) const noexcept {
    return a_.cell_index(u, product, month);
  }

  /// Counts one booked row dated `serial` (days since 1970-01-01).
  void note_row(std::int32_t serial) noexcept {
    ++a_.rows_;
    if (serial > last_serial_) last_serial_ = serial;
  }

  /// Rolls the leaves' own cells up the tree and across the product lines (before
  /// this, only the leaves' product cells hold anything) and hands the actuals over.
  /// Throws errc::overflow naming `source`, the unit, the product line and the month
  /// of a sum that leaves int64 (`p` names them).
  [[nodiscard]] actuals finish(const plan& p, std::string_view source) &&;

  /// True if `a` has the units, product lines and months of `p` (and the same
  /// targeted measures): the checks callers make before using one with the other.
  [[nodiscard]] static bool same_shape(const actuals& a, const plan& p) noexcept;

 private:
  actuals a_;
  std::int32_t last_serial_ = std::numeric_limits<std::int32_t>::min();
};

}  // namespace tandem::plan
