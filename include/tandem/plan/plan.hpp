// tandem/plan/plan.hpp — a target plan, decomposed exactly (分解、量化).
//
// plan::build validates a plan_spec and decomposes the annual target top-down, for
// each targeted measure:
//   1. the company's target across the product lines (product weights, bounds, locks);
//   2. each parent's total across its children (the level's method, quantum, each
//      child's weight or reference value, bounds and locks), down to the leaves;
//   3. under each parent, the children x product lines matrix, whose row totals are
//      the children's totals and whose column totals are the parent's per-line
//      targets: a biproportional apportionment (alloc/biproportional.hpp) of the mix
//      weights, exact, with its row and column divisors kept as a certificate;
//   4. each leaf's target for each line over the months of the fiscal year, by the
//      line's seasonality, honouring bounds and locks per month.
// Every level sums exactly to its parent: a unit's total is the sum of its children's,
// the sum of its per-line targets, and the sum of its months.
//
//   auto p = tandem::plan::plan::build(spec);
//   p.unit_total(measure::amount, p.unit_index("east").value());
//   p.target(measure::amount, unit, product, month);   // a leaf's or a parent's (summed)
//   p.set_weight("east", amount(4, 0));               // re-plans the siblings of east
//
// Edits re-plan only what depends on the value changed (the changed node's parent's
// subtree, one leaf cell's months, or everything for the company and product lines)
// and give the strong guarantee: an edit that fails throws and leaves the plan, its
// spec and its targets exactly as they were.
//
// Errors are tandem::error. Validation problems (errc::invalid_argument and friends)
// name the unit, product line or month at fault by id; decomposition failures
// (errc::infeasible: locks above a total, bounds that cannot be met, a mix whose
// zero pattern cannot meet the margins) name the parent and the children or lines.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "tandem/alloc/biproportional.hpp"
#include "tandem/plan/plan_spec.hpp"
#include "tandem/time/period.hpp"

namespace tandem::plan {

/// Index of a unit in plan::units() (depth-first order: a unit's subtree is the
/// contiguous range [index, index + subtree_size)).
using unit_index_t = std::size_t;
/// Index of a product line in the spec's order.
using product_index_t = std::size_t;

/// Aggregation over every product line in target() and friends.
inline constexpr product_index_t all_products = static_cast<product_index_t>(-1);

class plan {
 public:
  /// Validates and decomposes. Throws tandem::error (see the header comment).
  [[nodiscard]] static plan build(plan_spec spec);

  plan(const plan&);
  plan& operator=(const plan&);
  /// A moved-from plan may only be assigned to or destroyed.
  plan(plan&&) noexcept;
  plan& operator=(plan&&) noexcept;
  ~plan();

  /// The inputs as they stand (edits update them); units in the plan's depth-first order.
  [[nodiscard]] const plan_spec& spec() const noexcept;
  /// The months of the fiscal year, in order.
  [[nodiscard]] std::span<const time::period> periods() const noexcept;

  [[nodiscard]] std::size_t unit_count() const noexcept;
  [[nodiscard]] std::size_t product_count() const noexcept;
  [[nodiscard]] std::optional<unit_index_t> unit_index(std::string_view id) const noexcept;
  [[nodiscard]] std::optional<product_index_t> product_index(std::string_view id) const noexcept;
  /// The parent's index; nullopt for the root (index 0).
  [[nodiscard]] std::optional<unit_index_t> parent(unit_index_t u) const;
  [[nodiscard]] std::span<const unit_index_t> children(unit_index_t u) const;
  [[nodiscard]] int depth(unit_index_t u) const;
  /// The deepest level of the tree (0 for a root without children).
  [[nodiscard]] int max_depth() const noexcept;
  /// 1 + the number of the unit's descendants.
  [[nodiscard]] std::size_t subtree_size(unit_index_t u) const;
  [[nodiscard]] bool is_leaf(unit_index_t u) const { return children(u).empty(); }

  /// The unit's annual target (sum over product lines and months). Throws
  /// errc::invalid_argument for a measure the plan does not target, errc::out_of_range
  /// for a bad index (all queries below do the same).
  [[nodiscard]] std::int64_t unit_total(measure m, unit_index_t u) const;
  /// The unit's annual target for one product line (or all_products).
  [[nodiscard]] std::int64_t cell_total(measure m, unit_index_t u, product_index_t p) const;
  /// The unit's target for one line (or all_products) in month `month` (index into
  /// periods()); a parent's is the sum of its leaves'.
  [[nodiscard]] std::int64_t target(measure m, unit_index_t u, product_index_t p, std::size_t month) const;
  /// The twelve (or so) monthly targets of a unit for one line (or all_products).
  [[nodiscard]] std::vector<std::int64_t> monthly(measure m, unit_index_t u, product_index_t p) const;

  /// The biproportional certificate of the children x product lines matrix under
  /// `parent` (rows: children in order; columns: product lines), or nullptr for a leaf.
  /// check_biproportional() verifies it against children_weights().
  [[nodiscard]] const alloc::biproportional_result* certificate(measure m, unit_index_t parent) const;
  /// The row-major children x product lines weights the certificate is for: a child's
  /// mix entries (at the row's own scale: a row's scale does not change the result), or,
  /// for a child without any, the parent's own targets per line (the parent's mix);
  /// zero in the rows of children whose total is zero and the columns of lines whose
  /// parent target is zero (those cells are zero whatever the weights).
  [[nodiscard]] std::vector<std::int64_t> children_weights(measure m, unit_index_t parent) const;
  /// The rounding rule of the units at `depth` (1..max_depth()).
  [[nodiscard]] const level_rule& rule_at_depth(int depth) const;

  // Edits. Each re-plans what depends on the value and nothing else, or throws and
  // changes nothing. Units and product lines are named by id (errc::invalid_argument
  // for an unknown id or an untargeted measure).

  /// A unit's weight or reference value. Its basis is kept unless it was fixed, in
  /// which case it becomes weight and its fixed values (locks) are removed; locks
  /// under another basis stay (set_bounds changes them).
  void set_weight(std::string_view unit, amount weight);
  /// A unit's bounds and lock for one measure.
  void set_bounds(std::string_view unit, measure m, bounds b);
  void set_product_weight(std::string_view product, amount weight);
  void set_product_bounds(std::string_view product, measure m, bounds b);
  /// A mix weight: adds the cell to the unit's mix or changes it. Zero says the unit
  /// does not sell the line (a unit with a mix sells only what its mix lists).
  void set_mix(std::string_view unit, std::string_view product, amount weight);
  /// Bounds of one month of one leaf cell; an empty `b` removes them.
  void set_period_bounds(std::string_view unit, std::string_view product, std::string_view period, measure m,
                         bounds b);
  void set_annual_target(measure m, std::int64_t target);

  /// What the last successful build or edit recomputed, for tests and the curious.
  struct replan_stats {
    std::size_t units_resplit = 0;   ///< parents whose children were split again
    std::size_t cells_respread = 0;  ///< leaf x product cells spread over the months again
  };
  [[nodiscard]] replan_stats last_replan() const noexcept;

 /// The implementation (src/plan/plan_state.hpp); opaque to users.
  struct state;

 private:
  explicit plan(std::unique_ptr<state> s) noexcept;
  std::unique_ptr<state> state_;
};

}  // namespace tandem::plan
