// tandem/plan/plan_spec.hpp — what a target plan is made of (its inputs).
//
// A plan_spec is plain data: the fiscal year and calendar, the currency and the
// measures targeted, the annual target, the organisation tree of sales units, the
// product lines, the unit x product mix, the rounding rules per level and the locks
// and bounds. tandem::plan::plan (plan.hpp) validates it and decomposes the target;
// plan_document.hpp reads and writes it as JSON (docs/plan-format.md).
//
//   plan_spec s;
//   s.fiscal_year = 2027;
//   s.calendar = time::fiscal_calendar::starting(4, 1);      // FY2027 = 2026-04..2027-03
//   s.annual_target[measure::amount] = 60'000'000'00;        // 60,000,000.00 yuan in fen
//   s.units = {{.id = "company", .kind = unit_kind::company},
//              {.id = "east", .kind = unit_kind::region, .parent = "company", .weight = amount(3, 0)}, ...};
//   s.products = {{.id = "lathes", .stage = org::lifecycle_stage::maturity, .weight = amount(5, 0)}, ...};
//
// Every value is an exact integer in the measure's smallest unit (fen for a currency of
// scale 2) or an exact decimal (weights); nothing is floating point.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tandem/alloc/apportion.hpp"
#include "tandem/alloc/method.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/org/lifecycle.hpp"
#include "tandem/time/fiscal_calendar.hpp"
#include "tandem/time/spread.hpp"

namespace tandem::plan {

/// What a target counts. Numbers are pinned (the C API and arrays use them).
enum class measure : std::uint8_t {
  amount = 0,    ///< sales revenue in the plan's currency (smallest unit: fen, cents)
  quantity = 1,  ///< units of product, at the plan's quantity scale
};
inline constexpr std::size_t measure_count = 2;
/// "amount", "quantity".
[[nodiscard]] std::string_view to_string(measure m) noexcept;
[[nodiscard]] std::optional<measure> measure_from_name(std::string_view name) noexcept;

/// A value per measure, indexed by measure: v[measure::amount].
template <class T>
struct per_measure {
  std::array<T, measure_count> values{};
  [[nodiscard]] T& operator[](measure m) noexcept { return values[static_cast<std::size_t>(m)]; }
  [[nodiscard]] const T& operator[](measure m) const noexcept { return values[static_cast<std::size_t>(m)]; }
  friend bool operator==(const per_measure&, const per_measure&) = default;
};

/// What kind of sales unit a node of the tree is (descriptive: every kind may have
/// children and every kind may be a leaf). Numbers are pinned.
enum class unit_kind : std::uint8_t {
  company = 0,
  department = 1,  ///< e.g. the sales department (销售部)
  region = 2,      ///< 大区
  branch = 3,      ///< 分公司 / 办事处
  team = 4,
  person = 5,       ///< a salesperson (业务员)
  agent = 6,        ///< 代理商
  distributor = 7,  ///< 经销商
};
/// "company", "department", "region", "branch", "team", "person", "agent", "distributor".
[[nodiscard]] std::string_view to_string(unit_kind k) noexcept;
[[nodiscard]] std::optional<unit_kind> unit_kind_from_name(std::string_view name) noexcept;

/// What decides a node's share of its parent's total. Numbers are pinned.
enum class share_basis : std::uint8_t {
  weight = 0,     ///< `weight` is a plain proportion (any non-negative decimal)
  reference = 1,  ///< `weight` is a reference value such as last year's sales; it is
                  ///< used as a proportion, and reports can show it
  fixed = 2,      ///< the node's targets are its `limits[m].fixed`, one per targeted
                  ///< measure (all required); `weight` is not used
};
/// "weight", "reference", "fixed".
[[nodiscard]] std::string_view to_string(share_basis b) noexcept;
[[nodiscard]] std::optional<share_basis> share_basis_from_name(std::string_view name) noexcept;

/// Lower bound, upper bound and lock of one target, in the measure's smallest unit;
/// alloc::unset where there is none. A lock (fixed) is honoured exactly.
struct bounds {
  std::int64_t min = alloc::unset;
  std::int64_t max = alloc::unset;
  std::int64_t fixed = alloc::unset;
  [[nodiscard]] bool empty() const noexcept {
    return min == alloc::unset && max == alloc::unset && fixed == alloc::unset;
  }
  friend bool operator==(const bounds&, const bounds&) = default;
};

/// One node of the organisation tree. Exactly one unit has no parent (the root,
/// normally the company); every other names its parent. Order is free; the plan
/// keeps the units in a depth-first order of the tree (children in input order).
struct sales_unit {
  std::string id{};  ///< lower-case snake_case, unique among units
  std::string zh{};  ///< Chinese name (may be empty)
  std::string en{};  ///< English name (may be empty)
  unit_kind kind = unit_kind::team;
  std::string parent{};  ///< empty for the root
  share_basis basis = share_basis::weight;
  amount weight{1, 0};  ///< the proportion or reference value (>= 0); ignored when fixed
  per_measure<bounds> limits{};
  friend bool operator==(const sales_unit&, const sales_unit&) = default;
};

/// How a product line's cells are spread over the months. Numbers are pinned.
enum class seasonality_basis : std::uint8_t {
  even = 0,           ///< every month the same
  calendar_days = 1,  ///< by days in the month
  key = 2,            ///< by the product line's seasonality key (one weight per month)
};
/// "even", "calendar-days", "key".
[[nodiscard]] std::string_view to_string(seasonality_basis b) noexcept;
[[nodiscard]] std::optional<seasonality_basis> seasonality_basis_from_name(std::string_view name) noexcept;

/// One product line.
struct product_line {
  std::string id{};  ///< lower-case snake_case, unique among product lines
  std::string zh{};
  std::string en{};
  org::lifecycle_stage stage = org::lifecycle_stage::maturity;
  share_basis basis = share_basis::weight;
  amount weight{1, 0};  ///< the line's proportion of the company's target (>= 0)
  per_measure<bounds> limits{};  ///< on the company-wide target of the line
  seasonality_basis seasonality = seasonality_basis::calendar_days;
  /// With seasonality_basis::key: one non-negative weight per month, in the order of
  /// the fiscal year's months (twelve values), not all zero.
  std::vector<amount> key{};
  friend bool operator==(const product_line&, const product_line&) = default;
};

/// The weight of one unit x product cell (e.g. the unit's sales of the line last year).
/// A unit with any mix entry has weight zero for the product lines it does not list
/// (it does not sell them); a unit with none sells every line in its parent's mix.
struct mix_entry {
  std::string unit{};
  std::string product{};
  amount weight{};
  friend bool operator==(const mix_entry&, const mix_entry&) = default;
};

/// Bounds on one month of one leaf unit's target for one product line.
struct period_bounds {
  std::string unit{};     ///< a leaf unit
  std::string product{};  ///< a product line
  std::string period{};   ///< the month's label, e.g. "2026-07" or "FY2027 P04"
  measure m = measure::amount;
  bounds limits{};
  friend bool operator==(const period_bounds&, const period_bounds&) = default;
};

/// How one level of the decomposition rounds.
struct level_rule {
  /// Splitting a parent's total among its children (any method of alloc::method).
  alloc::method split = alloc::method::webster;
  /// The children x product lines matrix (biproportional: a divisor method other than
  /// huntington-hill).
  alloc::method cells = alloc::method::webster;
  /// Every target at this level is a whole multiple of its measure's quantum (> 0).
  per_measure<std::int64_t> quantum{{1, 1}};
  friend bool operator==(const level_rule&, const level_rule&) = default;
};

/// Everything a plan is made of.
struct plan_spec {
  std::string id = "plan";  ///< the plan's own name (snake_case)
  time::fiscal_calendar calendar = time::fiscal_calendar::gregorian();
  int fiscal_year = 2027;    ///< the year planned, as the calendar names it
  std::string currency = "CNY";  ///< ISO 4217 code, three upper-case letters
  int currency_scale = 2;        ///< decimals of the currency's smallest unit (0..6)
  int quantity_scale = 0;        ///< decimals of a quantity (0..6)
  per_measure<bool> targets{{true, false}};  ///< which measures are planned (at least one)
  /// The company's annual target per targeted measure, in the smallest unit (>= 0).
  per_measure<std::int64_t> annual_target{};
  std::vector<sales_unit> units{};
  std::vector<product_line> products{};
  std::vector<mix_entry> mix{};
  std::vector<period_bounds> period_limits{};
  /// Splitting the company's target among the product lines (`split` and `quantum`
  /// are used).
  level_rule product_rule{};
  /// levels[d - 1] rounds the units at depth d (the root is depth 0). Deeper levels
  /// than listed use the last rule; none listed means the default rule everywhere.
  std::vector<level_rule> levels{};
  /// Spreading each leaf cell over the months (`split` and `quantum` are used).
  level_rule period_rule{};
  friend bool operator==(const plan_spec&, const plan_spec&) = default;
};

}  // namespace tandem::plan
