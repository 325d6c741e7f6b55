// tandem/plan/actuals.hpp — what was sold, against a plan's units, lines and months.
//
// Sales are booked by leaf units (the people, agents and distributors who sell) for
// a product line on a date inside the plan's fiscal year, with an amount and/or a
// quantity (as the plan targets). They roll up the organisation tree, across product
// lines and over months by the same structure as the targets, so a region's actual
// is exactly the sum of its people's.
//
//   auto a = tandem::plan::load_actuals_csv(p, text, "sales.csv");
//   a.actual(measure::amount, p.unit_index("east").value(), all_products, 3);
//
// CSV (RFC 4180, UTF-8, optional BOM): a header row naming the columns, in any
// order: unit, product, date (YYYY-MM-DD), and amount and/or quantity (a column for
// every measure the plan targets; others are refused). Values are plain decimals at
// the plan's currency or quantity scale; negative values (returns, credit notes) are
// allowed. An empty value counts as zero.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "tandem/plan/plan.hpp"
#include "tandem/time/date.hpp"

namespace tandem::plan {

class actuals {
 public:
  /// No sales yet, shaped like `p` (its units, product lines and months). The
  /// actuals keep no reference to the plan; use them with plans of the same shape.
  explicit actuals(const plan& p);

  /// Books one sale. `values` holds one value per measure the plan targets (others
  /// must be 0). Throws errc::invalid_argument for an unknown unit or product line or
  /// a unit that is not a leaf, errc::out_of_range for a date outside the fiscal year,
  /// errc::overflow if a running sum would leave int64. Strong guarantee.
  void add(const plan& p, std::string_view unit, std::string_view product, time::date day,
           per_measure<std::int64_t> values);
  /// The same by index (no lookup), for hosts that resolve ids once.
  void add(unit_index_t leaf, product_index_t product, std::size_t month, per_measure<std::int64_t> values);

  /// The actual of a unit (rolled up over its subtree) for a line (or all_products)
  /// in month `month`. errc::out_of_range for a bad index, errc::invalid_argument for
  /// a measure the plan does not target.
  [[nodiscard]] std::int64_t actual(measure m, unit_index_t u, product_index_t p, std::size_t month) const;
  /// The same summed over every month.
  [[nodiscard]] std::int64_t actual_total(measure m, unit_index_t u, product_index_t p) const;
  /// The latest date booked by name (add() by index has no date), if any.
  [[nodiscard]] std::optional<time::date> last_date() const noexcept;
  /// Number of sales booked.
  [[nodiscard]] std::size_t rows() const noexcept;

 private:
  // See src/plan/actuals.cpp. The CSV loader (src/plan/actuals_builder.hpp) fills the
  // leaves' cells in bulk and rolls them up once, so it reaches in here.
  friend class actuals_builder;

  [[nodiscard]] std::size_t cell_index(unit_index_t u, std::size_t column, std::size_t month) const noexcept {
    return (u * (products_ + 1) + column) * months_ + month;
  }

  std::size_t units_ = 0, products_ = 0, months_ = 0;
  per_measure<bool> targeted_{};
  std::vector<std::size_t> parent_;  // static_cast<std::size_t>(-1) for the root
  std::vector<unsigned char> leaf_;  // 1 for a leaf unit
  // Per targeted measure, units x (products + 1) x months, ROLLED UP: a unit's cell is
  // its own bookings (leaves) or the sum of its children's (parents); column
  // `products_` is the sum over the product lines. Empty for an untargeted measure.
  per_measure<std::vector<std::int64_t>> rolled_{};
  std::size_t rows_ = 0;
  std::optional<time::date> last_{};
  std::int32_t first_day_ = 0;                // serial of the fiscal year's first day
  std::vector<std::uint16_t> month_of_day_;  // day offset in the fiscal year -> month
};

/// Loads sales from CSV text (see the header comment). `source_name` names it in
/// errors. Throws tandem::error naming the source, the row (counted from 1, the header
/// being row 1) and the column at fault: errc::parse_error for malformed CSV, dates or
/// decimals; errc::invalid_argument for a missing or unknown column, an unknown unit
/// or product line, a unit that is not a leaf; errc::out_of_range for a date outside
/// the fiscal year or too many decimals; errc::overflow for sums beyond int64.
/// Nothing is returned unless every row is valid.
[[nodiscard]] actuals load_actuals_csv(const plan& p, std::string_view csv_text, std::string_view source_name);

}  // namespace tandem::plan
