// plan_state.hpp — the inside of tandem::plan::plan: the validated tree and the targets.
//
// Units are kept in depth-first order, so a unit's subtree is a contiguous range of
// units and its leaves a contiguous range of leaves: an edit re-plans one range and
// commits it by copying, and a parent's monthly target is a sum over one range.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "tandem/alloc/biproportional.hpp"
#include "tandem/plan/plan.hpp"
#include "tandem/time/period.hpp"

namespace tandem::plan::detail {

inline constexpr std::size_t no_index = static_cast<std::size_t>(-1);

/// The tree, the lookups and the per-cell inputs that plan_spec holds as lists.
struct structure {
  std::vector<time::period> months;
  std::vector<std::size_t> parent;        ///< no_index for the root (unit 0)
  std::vector<std::size_t> child_begin;   ///< children of u: child_list[child_begin[u]..child_begin[u+1])
  std::vector<std::size_t> child_list;
  std::vector<int> depth;
  std::vector<std::size_t> subtree_size;
  std::vector<std::size_t> leaf_ordinal;  ///< no_index for a parent
  std::vector<std::size_t> first_leaf;    ///< the first leaf ordinal in u's subtree
  std::vector<std::size_t> leaf_count;    ///< leaves in u's subtree
  std::vector<std::size_t> leaves;        ///< leaf ordinal -> unit
  int max_depth = 0;
  std::unordered_map<std::string, std::size_t> unit_by_id;
  std::unordered_map<std::string, std::size_t> product_by_id;
  std::unordered_map<std::string, std::size_t> month_by_label;
  /// Mix entries of each unit: (product, index into spec.mix), sorted by product.
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> mix_of_unit;
  /// Period bounds of each leaf cell (leaf ordinal * products + product): indices into
  /// spec.period_limits.
  std::unordered_map<std::size_t, std::vector<std::size_t>> period_limits_of_cell;
  /// Spreading weights of each product line over the months.
  std::vector<std::vector<std::int64_t>> season_weights;

  [[nodiscard]] std::size_t units() const noexcept { return parent.size(); }
  [[nodiscard]] std::span<const std::size_t> children(std::size_t u) const noexcept {
    return {child_list.data() + child_begin[u], child_begin[u + 1] - child_begin[u]};
  }
};

/// The targets of one measure.
struct measure_targets {
  std::vector<std::int64_t> unit_total;  ///< per unit
  std::vector<std::int64_t> cell;        ///< units x products (annual)
  std::vector<std::int64_t> months;      ///< leaves x products x months
  std::vector<std::optional<alloc::biproportional_result>> certificate;  ///< per unit (parents)
};

}  // namespace tandem::plan::detail

namespace tandem::plan {

struct plan::state {
  plan_spec spec;
  detail::structure tree;
  per_measure<detail::measure_targets> targets{};
  replan_stats last{};
};

}  // namespace tandem::plan

namespace tandem::plan::detail {

/// Validates `spec` (reordering its units depth-first) and builds the structure.
/// Throws tandem::error naming the id at fault.
[[nodiscard]] structure validate(plan_spec& spec);

/// Re-checks the parts of `spec` an edit may touch that validate() checks, for the
/// unit (or product line) `u` only; throws like validate().
void check_unit(const plan_spec& spec, std::size_t u);
/// Checks one entry of spec.period_limits (entry number `index`) against the spec's
/// measures: a targeted measure, at least one value, consistent bounds.
void check_period_bounds(const plan_spec& spec, const period_bounds& b, std::size_t index);
void check_product(const plan_spec& spec, std::size_t p);

/// The rule of the units at `depth` (>= 1).
[[nodiscard]] const level_rule& rule_at(const plan_spec& spec, int depth) noexcept;

/// Weights at one common scale (the largest of them), checked.
[[nodiscard]] std::vector<std::int64_t> common_scale(std::span<const amount> weights);

/// Everything below `top` (its children's totals, the matrix under each parent, the
/// leaves' months), written into a buffer covering the subtree of `top`; `top`'s own
/// total and cells are read from `in` (or, for the root, computed from the annual
/// target and the product lines). Strong: nothing in `in` changes.
struct subtree_result {
  std::size_t first_unit = 0;
  std::size_t first_leaf = 0;
  measure_targets t;  ///< sized to the subtree
  std::size_t units_resplit = 0;
  std::size_t cells_respread = 0;
};
[[nodiscard]] subtree_result decompose(const plan_spec& spec, const structure& tree, measure m,
                                       const measure_targets& in, std::size_t top);
/// Copies a subtree result into `out` (sized to the whole plan). Never throws.
void commit(subtree_result&& r, const structure& tree, std::size_t products, measure_targets& out) noexcept;

/// Spreads one leaf cell over the months into `shares` (months().size()).
void spread_cell(const plan_spec& spec, const structure& tree, measure m, std::size_t leaf, std::size_t product,
                 std::int64_t total, std::span<std::int64_t> shares, alloc::workspace& scratch);

}  // namespace tandem::plan::detail
