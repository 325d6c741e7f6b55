// plan_decompose.cpp — the top-down decomposition of one measure's targets.
//
// Parents come before their children in depth-first order, so one pass over a
// subtree splits each parent's total among its children (alloc::apportion), then
// its per-line targets among the children (alloc::biproportional: the children's
// totals are the row margins, the parent's lines the column margins), and spreads
// every leaf's lines over the months (time::spread_by_weights).
#include <algorithm>
#include <string>
#include <utility>

#include "plan/plan_decompose_detail.hpp"
#include "plan/plan_state.hpp"
#include "tandem/core/error.hpp"
#include "tandem/time/spread.hpp"

namespace tandem::plan::detail {
namespace {

std::string in_quotes(std::string_view id) { return "'" + std::string(id) + "'"; }

// The limits of a list of units (or product lines) for one measure, as alloc wants them.
struct limit_arrays {
  std::vector<std::int64_t> min, max, fixed;
  alloc::limits view() const { return {min, max, fixed}; }
};

template <class Item>
limit_arrays limits_of(std::span<const Item* const> items, measure m) {
  limit_arrays out;
  bool any = false;
  for (const Item* x : items) any = any || !x->limits[m].empty();
  if (!any) return out;
  for (const Item* x : items) {
    out.min.push_back(x->limits[m].min);
    out.max.push_back(x->limits[m].max);
    out.fixed.push_back(x->limits[m].fixed);
  }
  return out;
}

template <class Item>
std::vector<std::int64_t> weights_of(std::span<const Item* const> items) {
  std::vector<amount> w;
  w.reserve(items.size());
  // A fixed item's weight is not used (alloc gives it its fixed value); 0 keeps an
  // unused large weight from widening the common scale.
  for (const Item* x : items) w.push_back(x->basis == share_basis::fixed ? amount{} : x->weight);
  return common_scale(w);
}

std::vector<std::int64_t> product_split(const plan_spec& spec, measure m) {
  std::vector<const product_line*> items;
  for (const product_line& p : spec.products) items.push_back(&p);
  const limit_arrays lim = limits_of<product_line>(items, m);
  std::vector<std::int64_t> shares(items.size());
  try {
    const auto weights = weights_of<product_line>(items);
    alloc::apportion(spec.annual_target[m], weights, {.m = spec.product_rule.split, .quantum = spec.product_rule.quantum[m]},
                     lim.view(), shares);
  } catch (const error& e) {
    std::string where = "splitting the annual " + std::string(to_string(m)) + " target among the product lines";
    if (e.child()) {
      throw error(e.code(), where + ": product line " + in_quotes(spec.products[*e.child()].id) + ": " + e.what(), *e.child());
    }
    throw error(e.code(), where + ": " + e.what());
  }
  return shares;
}

}  // namespace

std::vector<std::int64_t> children_weights(const plan_spec& spec, const structure& tree, std::size_t parent,
                                           std::span<const std::int64_t> parent_cells,
                                           std::span<const std::int64_t> child_totals) {
  const std::size_t products = spec.products.size();
  const auto kids = tree.children(parent);
  std::vector<std::int64_t> w(kids.size() * products, 0);
  std::vector<amount> row;
  for (std::size_t i = 0; i < kids.size(); ++i) {
    const auto& mix = tree.mix_of_unit[kids[i]];
    std::int64_t* out = w.data() + i * products;
    if (mix.empty()) {
      std::copy(parent_cells.begin(), parent_cells.end(), out);
      continue;
    }
    row.clear();
    for (const auto& [product, entry] : mix) row.push_back(spec.mix[entry].weight);
    const auto scaled = common_scale(row);
    for (std::size_t k = 0; k < mix.size(); ++k) out[mix[k].first] = scaled[k];
  }
  // A row or column with nothing to share gets zeros in every method anyway; zero
  // weights there keep adams and dean (at least one quantum per positive weight) from
  // calling a unit with a zero target infeasible.
  for (std::size_t i = 0; i < kids.size(); ++i) {
    for (std::size_t j = 0; j < products; ++j) {
      if (child_totals[i] == 0 || parent_cells[j] == 0) w[i * products + j] = 0;
    }
  }
  return w;
}

void spread_cell(const plan_spec& spec, const structure& tree, measure m, std::size_t leaf, std::size_t product,
                 std::int64_t total, std::span<std::int64_t> shares, alloc::workspace& scratch) {
  const alloc::options rounding{.m = spec.period_rule.split, .quantum = spec.period_rule.quantum[m]};
  limit_arrays lim;
  const auto found = tree.period_limits_of_cell.find(leaf * spec.products.size() + product);
  if (found != tree.period_limits_of_cell.end()) {
    for (std::size_t k : found->second) {
      const period_bounds& b = spec.period_limits[k];
      if (b.m != m) continue;
      if (lim.min.empty()) {
        lim.min.assign(tree.months.size(), alloc::unset);
        lim.max = lim.min;
        lim.fixed = lim.min;
      }
      const std::size_t month = tree.month_by_label.at(b.period);
      lim.min[month] = b.limits.min;
      lim.max[month] = b.limits.max;
      lim.fixed[month] = b.limits.fixed;
    }
  }
  try {
    time::spread_by_weights(total, tree.season_weights[product], rounding, lim.view(), shares, scratch);
  } catch (const error& e) {
    std::string where = "unit " + in_quotes(spec.units[tree.leaves[leaf]].id) + ", product line " +
                        in_quotes(spec.products[product].id) + ": spreading " + std::to_string(total) + " over the months";
    if (e.child()) where += ": " + tree.months[*e.child()].label;
    throw error(e.code(), where + ": " + e.what(), tree.leaves[leaf]);
  }
}

namespace {

// Splits `parent`'s total among its children into r (local indices).
void split_children(const plan_spec& spec, const structure& tree, measure m, std::size_t parent, subtree_result& r,
                    alloc::workspace& scratch) {
  const auto kids = tree.children(parent);
  std::vector<const sales_unit*> items;
  items.reserve(kids.size());
  for (std::size_t k : kids) items.push_back(&spec.units[k]);
  const level_rule& rule = rule_at(spec, tree.depth[parent] + 1);
  const limit_arrays lim = limits_of<sales_unit>(items, m);
  std::vector<std::int64_t> shares(kids.size());
  const std::int64_t total = r.t.unit_total[parent - r.first_unit];
  try {
    const auto weights = weights_of<sales_unit>(items);
    alloc::apportion(total, weights, {.m = rule.split, .quantum = rule.quantum[m]}, lim.view(), shares, scratch);
  } catch (const error& e) {
    std::string where = "splitting " + in_quotes(spec.units[parent].id) + "'s " + std::string(to_string(m)) + " target " +
                        std::to_string(total) + " among its units";
    if (e.child()) {
      throw error(e.code(), where + ": unit " + in_quotes(spec.units[kids[*e.child()]].id) + ": " + e.what(), kids[*e.child()]);
    }
    throw error(e.code(), where + ": " + e.what(), parent);
  }
  for (std::size_t i = 0; i < kids.size(); ++i) r.t.unit_total[kids[i] - r.first_unit] = shares[i];
}

// Names the rows (units) and columns (product lines) of a failed biproportional call.
std::string name_matrix_parts(const plan_spec& spec, std::span<const std::size_t> kids, const error& e) {
  std::string units, lines;
  for (std::size_t idx : e.children()) {
    if (idx < kids.size()) {
      units += (units.empty() ? "" : ", ") + in_quotes(spec.units[kids[idx]].id);
    } else if (idx - kids.size() < spec.products.size()) {
      lines += (lines.empty() ? "" : ", ") + in_quotes(spec.products[idx - kids.size()].id);
    }
  }
  std::string out;
  if (!units.empty()) out += " (units " + units;
  if (!lines.empty()) out += std::string(out.empty() ? " (" : "; ") + "product lines " + lines;
  if (!out.empty()) out += ")";
  return out;
}

void split_cells(const plan_spec& spec, const structure& tree, measure m, std::size_t parent, subtree_result& r) {
  const std::size_t products = spec.products.size();
  const auto kids = tree.children(parent);
  const level_rule& rule = rule_at(spec, tree.depth[parent] + 1);
  const std::size_t local = parent - r.first_unit;
  std::span<const std::int64_t> columns(r.t.cell.data() + local * products, products);
  std::vector<std::int64_t> rows(kids.size());
  for (std::size_t i = 0; i < kids.size(); ++i) rows[i] = r.t.unit_total[kids[i] - r.first_unit];
  alloc::biproportional_result result;
  try {
    const auto weights = children_weights(spec, tree, parent, columns, rows);
    result = alloc::biproportional(rows, columns, weights, {.m = rule.cells, .quantum = rule.quantum[m]});
  } catch (const error& e) {
    std::vector<std::size_t> units;
    for (std::size_t idx : e.children()) {
      if (idx < kids.size()) units.push_back(kids[idx]);
    }
    if (units.empty()) units.push_back(parent);
    throw error(e.code(),
                "splitting " + in_quotes(spec.units[parent].id) + "'s " + std::string(to_string(m)) +
                    " targets among its units and product lines: " + e.what() + name_matrix_parts(spec, kids, e),
                std::move(units));
  }
  for (std::size_t i = 0; i < kids.size(); ++i) {
    std::copy_n(result.shares.data() + i * products, products, r.t.cell.data() + (kids[i] - r.first_unit) * products);
  }
  r.t.certificate[local] = std::move(result);
}

}  // namespace

subtree_result decompose(const plan_spec& spec, const structure& tree, measure m, const measure_targets& in,
                         std::size_t top) {
  const std::size_t products = spec.products.size();
  const std::size_t months = tree.months.size();
  subtree_result r;
  r.first_unit = top;
  r.first_leaf = tree.first_leaf[top];
  const std::size_t n = tree.subtree_size[top];
  r.t.unit_total.assign(n, 0);
  r.t.cell.assign(n * products, 0);
  r.t.months.assign(tree.leaf_count[top] * products * months, 0);
  r.t.certificate.resize(n);
  if (top == 0) {
    r.t.unit_total[0] = spec.annual_target[m];
    const auto lines = product_split(spec, m);
    std::copy(lines.begin(), lines.end(), r.t.cell.begin());
  } else {
    r.t.unit_total[0] = in.unit_total[top];
    std::copy_n(in.cell.data() + top * products, products, r.t.cell.data());
  }
  alloc::workspace scratch;
  for (std::size_t u = top; u < top + n; ++u) {
    if (tree.leaf_ordinal[u] == no_index) {
      split_children(spec, tree, m, u, r, scratch);
      split_cells(spec, tree, m, u, r);
      ++r.units_resplit;
      continue;
    }
    const std::size_t leaf = tree.leaf_ordinal[u];
    for (std::size_t j = 0; j < products; ++j) {
      std::span<std::int64_t> out(r.t.months.data() + ((leaf - r.first_leaf) * products + j) * months, months);
      spread_cell(spec, tree, m, leaf, j, r.t.cell[(u - top) * products + j], out, scratch);
      ++r.cells_respread;
    }
  }
  return r;
}

void commit(subtree_result&& r, const structure& tree, std::size_t products, measure_targets& out) noexcept {
  if (r.first_unit == 0) {  // the whole plan: take the buffers instead of copying 8 bytes a cell
    out = std::move(r.t);
    return;
  }
  const std::size_t months = tree.months.size();
  std::copy(r.t.unit_total.begin(), r.t.unit_total.end(), out.unit_total.begin() + static_cast<std::ptrdiff_t>(r.first_unit));
  std::copy(r.t.cell.begin(), r.t.cell.end(), out.cell.begin() + static_cast<std::ptrdiff_t>(r.first_unit * products));
  std::copy(r.t.months.begin(), r.t.months.end(),
            out.months.begin() + static_cast<std::ptrdiff_t>(r.first_leaf * products * months));
  for (std::size_t i = 0; i < r.t.certificate.size(); ++i) {
    out.certificate[r.first_unit + i] = std::move(r.t.certificate[i]);
  }
}

}  // namespace tandem::plan::detail
