// plan_validate.cpp — checking a plan_spec and building its tree.
//
// Everything that can be known without doing the arithmetic is checked here, so
// that decomposition failures are only about numbers that do not fit together.
#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include "plan/plan_state.hpp"
#include "tandem/core/error.hpp"
#include "tandem/org/organisation.hpp"
#include "tandem/time/spread.hpp"

namespace tandem::plan::detail {
namespace {

[[noreturn]] void fail(const std::string& message) { throw error(errc::invalid_argument, message); }
[[noreturn]] void fail(const std::string& message, std::size_t index) {
  throw error(errc::invalid_argument, message, index);
}

std::string in_quotes(std::string_view id) { return "'" + std::string(id) + "'"; }

bool targeted(const plan_spec& s, measure m) { return s.targets[m]; }

constexpr measure measures[] = {measure::amount, measure::quantity};

void check_bounds(const plan_spec& s, const per_measure<bounds>& limits, const std::string& who, std::size_t index) {
  for (measure m : measures) {
    const bounds& b = limits[m];
    if (!targeted(s, m)) {
      if (!b.empty()) fail(who + ": bounds on " + std::string(to_string(m)) + ", which the plan does not target", index);
      continue;
    }
    for (std::int64_t v : {b.min, b.max, b.fixed}) {
      if (v != alloc::unset && v < 0) fail(who + ": a negative " + std::string(to_string(m)) + " bound", index);
    }
    if (b.min != alloc::unset && b.max != alloc::unset && b.min > b.max) {
      fail(who + ": " + std::string(to_string(m)) + " minimum above its maximum", index);
    }
    if (b.fixed != alloc::unset && ((b.min != alloc::unset && b.fixed < b.min) || (b.max != alloc::unset && b.fixed > b.max))) {
      fail(who + ": " + std::string(to_string(m)) + " fixed value outside its bounds", index);
    }
  }
}

void check_share(const plan_spec& s, share_basis basis, const amount& weight, const per_measure<bounds>& limits,
                 const std::string& who, std::size_t index) {
  if (weight.units() < 0) fail(who + ": a negative weight", index);
  if (basis == share_basis::fixed) {
    for (measure m : measures) {
      if (targeted(s, m) && limits[m].fixed == alloc::unset) {
        fail(who + ": basis 'fixed' needs a fixed " + std::string(to_string(m)) + " value", index);
      }
    }
  }
  check_bounds(s, limits, who, index);
}

void check_rule(const plan_spec& /*s*/, const level_rule& r, const std::string& which) {
  for (measure m : measures) {
    // Untargeted measures too: what is saved must load again (docs/plan-format.md).
    if (r.quantum[m] <= 0) fail(which + ": the " + std::string(to_string(m)) + " quantum must be positive");
  }
  if (static_cast<unsigned>(r.split) > static_cast<unsigned>(alloc::method::huntington_hill)) {
    fail(which + ": unknown split method");
  }
}

void check_cells_method(const level_rule& r, const std::string& which) {
  if (!alloc::is_divisor_method(r.cells) || r.cells == alloc::method::huntington_hill ||
      static_cast<unsigned>(r.cells) > static_cast<unsigned>(alloc::method::huntington_hill)) {
    fail(which + ": the cells method must be a divisor method with rational signposts (webster, jefferson, "
                 "adams, dean, modified-sainte-lague), not " + std::string(alloc::to_string(r.cells)));
  }
}

void check_divides(const plan_spec& s, const level_rule& coarse, const level_rule& fine, const std::string& what) {
  for (measure m : measures) {
    if (targeted(s, m) && coarse.quantum[m] % fine.quantum[m] != 0) {
      fail(what + ": the " + std::string(to_string(m)) + " quantum " + std::to_string(fine.quantum[m]) +
           " must divide " + std::to_string(coarse.quantum[m]));
    }
  }
}

void check_header(const plan_spec& s) {
  if (!org::is_well_formed_org_id(s.id)) fail("plan id " + in_quotes(s.id) + " is not a snake_case id");
  if (s.currency.size() != 3 || !std::all_of(s.currency.begin(), s.currency.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    fail("currency " + in_quotes(s.currency) + " is not a three-letter ISO 4217 code");
  }
  if (s.currency_scale < 0 || s.currency_scale > 6) fail("currency_scale must be between 0 and 6");
  if (s.quantity_scale < 0 || s.quantity_scale > 6) fail("quantity_scale must be between 0 and 6");
  if (!s.targets[measure::amount] && !s.targets[measure::quantity]) fail("the plan targets no measure");
  for (measure m : measures) {
    if (targeted(s, m) && s.annual_target[m] < 0) fail("a negative annual " + std::string(to_string(m)) + " target");
    if (!targeted(s, m) && s.annual_target[m] != 0) {
      fail("an annual " + std::string(to_string(m)) + " target, which the plan does not target");
    }
  }
  if (s.units.empty()) fail("the plan has no sales units");
  if (s.products.empty()) fail("the plan has no product lines");
}

// Puts the units in depth-first order (children in input order) and fills the tree.
void order_units(plan_spec& s, structure& t) {
  std::unordered_map<std::string, std::size_t> input_index;
  std::size_t root = no_index;
  for (std::size_t i = 0; i < s.units.size(); ++i) {
    const sales_unit& u = s.units[i];
    if (!org::is_well_formed_org_id(u.id)) fail("unit " + in_quotes(u.id) + " is not a snake_case id", i);
    if (!input_index.emplace(u.id, i).second) fail("unit " + in_quotes(u.id) + " is listed twice", i);
    if (u.parent.empty()) {
      if (root != no_index) fail("units " + in_quotes(s.units[root].id) + " and " + in_quotes(u.id) + " both have no parent", i);
      root = i;
    }
  }
  if (root == no_index) fail("no unit is the root (every unit names a parent)");
  std::vector<std::vector<std::size_t>> kids(s.units.size());
  for (std::size_t i = 0; i < s.units.size(); ++i) {
    const sales_unit& u = s.units[i];
    if (u.parent.empty()) continue;
    auto it = input_index.find(u.parent);
    if (it == input_index.end()) fail("unit " + in_quotes(u.id) + " names an unknown parent " + in_quotes(u.parent), i);
    if (it->second == i) fail("unit " + in_quotes(u.id) + " is its own parent", i);
    kids[it->second].push_back(i);
  }
  std::vector<std::size_t> order;
  order.reserve(s.units.size());
  std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}};
  order.push_back(root);
  while (!stack.empty()) {
    auto& [u, next] = stack.back();
    if (next == kids[u].size()) {
      stack.pop_back();
      continue;
    }
    const std::size_t child = kids[u][next++];
    order.push_back(child);
    stack.emplace_back(child, 0);
  }
  if (order.size() != s.units.size()) {
    std::vector<bool> seen(s.units.size());
    for (std::size_t u : order) seen[u] = true;
    const auto lost = static_cast<std::size_t>(std::find(seen.begin(), seen.end(), false) - seen.begin());
    fail("unit " + in_quotes(s.units[lost].id) + " is not below the root " + in_quotes(s.units[root].id) +
             " (its parents form a cycle)", lost);
  }
  std::vector<sales_unit> sorted;
  sorted.reserve(order.size());
  for (std::size_t u : order) sorted.push_back(std::move(s.units[u]));
  s.units = std::move(sorted);

  const std::size_t n = s.units.size();
  t.parent.assign(n, no_index);
  t.depth.assign(n, 0);
  t.subtree_size.assign(n, 1);
  for (std::size_t i = 0; i < n; ++i) t.unit_by_id.emplace(s.units[i].id, i);
  std::vector<std::size_t> count(n, 0);
  for (std::size_t i = 1; i < n; ++i) {
    t.parent[i] = t.unit_by_id.at(s.units[i].parent);
    t.depth[i] = t.depth[t.parent[i]] + 1;
    t.max_depth = std::max(t.max_depth, t.depth[i]);
    ++count[t.parent[i]];
  }
  t.child_begin.assign(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) t.child_begin[i + 1] = t.child_begin[i] + count[i];
  t.child_list.assign(n == 0 ? 0 : n - 1, 0);
  std::vector<std::size_t> fill(t.child_begin.begin(), t.child_begin.end() - 1);
  for (std::size_t i = 1; i < n; ++i) t.child_list[fill[t.parent[i]]++] = i;
  for (std::size_t i = n; i-- > 1;) t.subtree_size[t.parent[i]] += t.subtree_size[i];
  t.leaf_ordinal.assign(n, no_index);
  t.first_leaf.assign(n, 0);
  t.leaf_count.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    t.first_leaf[i] = t.leaves.size();
    if (count[i] == 0) {
      t.leaf_ordinal[i] = t.leaves.size();
      t.leaves.push_back(i);
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    // Depth-first order: the leaves of i's subtree are those first met in [i, i + size).
    const std::size_t end = i + t.subtree_size[i];
    t.leaf_count[i] = (end == n ? t.leaves.size() : t.first_leaf[end]) - t.first_leaf[i];
  }
}

std::vector<std::int64_t> season_weights(const plan_spec& s, const product_line& p, std::size_t index,
                                         std::span<const time::period> months) {
  time::spread_options o;
  std::vector<time::labelled_value> values;
  switch (p.seasonality) {
    case seasonality_basis::even: o.basis = time::spread_basis::even; break;
    case seasonality_basis::calendar_days: o.basis = time::spread_basis::calendar_days; break;
    case seasonality_basis::key:
      o.basis = time::spread_basis::key;
      if (p.key.size() != months.size()) {
        fail("product line " + in_quotes(p.id) + ": the seasonality key has " + std::to_string(p.key.size()) +
                 " values for " + std::to_string(months.size()) + " months",
             index);
      }
      for (std::size_t i = 0; i < months.size(); ++i) {
        if (p.key[i].units() < 0) fail("product line " + in_quotes(p.id) + ": a negative seasonality weight for " + months[i].label, index);
        values.push_back({months[i].label, p.key[i]});
      }
      o.values = values;
      o.match = time::value_match::position;
      break;
    default: fail("product line " + in_quotes(p.id) + ": unknown seasonality", index);
  }
  if (p.seasonality != seasonality_basis::key && !p.key.empty()) {
    fail("product line " + in_quotes(p.id) + ": a seasonality key, but seasonality is " + std::string(to_string(p.seasonality)), index);
  }
  (void)s;
  try {
    return time::spread_weights(months, o);
  } catch (const error& e) {
    throw error(e.code(), "product line " + in_quotes(p.id) + ": seasonality: " + e.what(), index);
  }
}

void index_products(const plan_spec& s, structure& t) {
  for (std::size_t j = 0; j < s.products.size(); ++j) {
    const product_line& p = s.products[j];
    if (!org::is_well_formed_org_id(p.id)) fail("product line " + in_quotes(p.id) + " is not a snake_case id", j);
    if (!t.product_by_id.emplace(p.id, j).second) fail("product line " + in_quotes(p.id) + " is listed twice", j);
    if (static_cast<unsigned>(p.stage) > static_cast<unsigned>(org::lifecycle_stage::decline)) {
      fail("product line " + in_quotes(p.id) + ": unknown lifecycle stage", j);
    }
    check_product(s, j);
    t.season_weights.push_back(season_weights(s, p, j, t.months));
  }
}

void index_mix(const plan_spec& s, structure& t) {
  t.mix_of_unit.assign(s.units.size(), {});
  for (std::size_t k = 0; k < s.mix.size(); ++k) {
    const mix_entry& e = s.mix[k];
    const std::string who = "mix entry " + std::to_string(k + 1) + " (" + in_quotes(e.unit) + " x " + in_quotes(e.product) + ")";
    auto u = t.unit_by_id.find(e.unit);
    if (u == t.unit_by_id.end()) fail(who + ": unknown unit", k);
    if (u->second == 0) fail(who + ": the root's mix is the product lines' split; give the product lines weights", k);
    auto p = t.product_by_id.find(e.product);
    if (p == t.product_by_id.end()) fail(who + ": unknown product line", k);
    if (e.weight.units() < 0) fail(who + ": a negative weight", k);
    auto& list = t.mix_of_unit[u->second];
    for (const auto& [product, entry] : list) {
      if (product == p->second) fail(who + ": the cell is listed twice", k);
    }
    list.emplace_back(p->second, k);
  }
  for (auto& list : t.mix_of_unit) std::sort(list.begin(), list.end());
}

void index_period_limits(const plan_spec& s, structure& t) {
  for (std::size_t k = 0; k < s.period_limits.size(); ++k) {
    const period_bounds& b = s.period_limits[k];
    const std::string who = "period bounds " + std::to_string(k + 1) + " (" + in_quotes(b.unit) + " x " + in_quotes(b.product) +
                            " in " + in_quotes(b.period) + ")";
    auto u = t.unit_by_id.find(b.unit);
    if (u == t.unit_by_id.end()) fail(who + ": unknown unit", k);
    if (t.leaf_ordinal[u->second] == no_index) {
      fail(who + ": the unit has units below it; months are planned for leaf units only", k);
    }
    auto p = t.product_by_id.find(b.product);
    if (p == t.product_by_id.end()) fail(who + ": unknown product line", k);
    if (!t.month_by_label.contains(b.period)) fail(who + ": no month of the plan is labelled " + in_quotes(b.period), k);
    check_period_bounds(s, b, k);
    auto& list = t.period_limits_of_cell[t.leaf_ordinal[u->second] * s.products.size() + p->second];
    for (std::size_t other : list) {
      if (s.period_limits[other].period == b.period && s.period_limits[other].m == b.m) fail(who + ": listed twice", k);
    }
    list.push_back(k);
  }
}

void check_rules(const plan_spec& s, const structure& t) {
  check_rule(s, s.product_rule, "the product lines' rule");
  check_rule(s, s.period_rule, "the months' rule");
  for (std::size_t d = 0; d < s.levels.size(); ++d) {
    check_rule(s, s.levels[d], "level " + std::to_string(d + 1) + "'s rule");
    check_cells_method(s.levels[d], "level " + std::to_string(d + 1) + "'s rule");
  }
  for (int d = 1; d <= t.max_depth; ++d) {
    const level_rule& r = rule_at(s, d);
    check_cells_method(r, "level " + std::to_string(d) + "'s rule");
    check_divides(s, d == 1 ? s.product_rule : rule_at(s, d - 1), r,
                  d == 1 ? "level 1 and the product lines" : "levels " + std::to_string(d - 1) + " and " + std::to_string(d));
  }
  for (int d = 1; d <= std::max(t.max_depth, 1); ++d) {
    check_divides(s, t.max_depth == 0 ? s.product_rule : rule_at(s, d), s.period_rule,
                  "the months and level " + std::to_string(t.max_depth == 0 ? 0 : d));
  }
  for (measure m : measures) {
    if (targeted(s, m) && s.annual_target[m] % s.product_rule.quantum[m] != 0) {
      throw error(errc::infeasible, "the annual " + std::string(to_string(m)) + " target " +
                                        std::to_string(s.annual_target[m]) + " is not a multiple of the product lines' quantum " +
                                        std::to_string(s.product_rule.quantum[m]));
    }
  }
}

}  // namespace

void check_period_bounds(const plan_spec& s, const period_bounds& b, std::size_t index) {
  const std::string who = "period bounds " + std::to_string(index + 1) + " (" + in_quotes(b.unit) + " x " +
                          in_quotes(b.product) + " in " + in_quotes(b.period) + ")";
  if (static_cast<unsigned>(b.m) >= measure_count || !s.targets[b.m]) fail(who + ": a measure the plan does not target", index);
  if (b.limits.empty()) fail(who + ": no min, max or fixed value", index);
  per_measure<bounds> one{};
  one[b.m] = b.limits;
  check_bounds(s, one, who, index);
}

const level_rule& rule_at(const plan_spec& spec, int depth) noexcept {
  static const level_rule default_rule{};
  if (spec.levels.empty()) return default_rule;
  const auto i = static_cast<std::size_t>(std::max(depth, 1) - 1);
  return spec.levels[std::min(i, spec.levels.size() - 1)];
}

void check_unit(const plan_spec& spec, std::size_t u) {
  const sales_unit& x = spec.units[u];
  const std::string who = "unit " + in_quotes(x.id);
  if (static_cast<unsigned>(x.kind) > static_cast<unsigned>(unit_kind::distributor)) fail(who + ": unknown kind", u);
  if (static_cast<unsigned>(x.basis) > static_cast<unsigned>(share_basis::fixed)) fail(who + ": unknown basis", u);
  if (x.parent.empty()) {
    if (x.basis == share_basis::fixed || !x.limits[measure::amount].empty() || !x.limits[measure::quantity].empty()) {
      fail(who + " is the root: its target is the annual target, so it takes no bounds and no fixed value", u);
    }
  }
  check_share(spec, x.basis, x.weight, x.limits, who, u);
}

void check_product(const plan_spec& spec, std::size_t p) {
  const product_line& x = spec.products[p];
  if (static_cast<unsigned>(x.basis) > static_cast<unsigned>(share_basis::fixed)) fail("product line " + in_quotes(x.id) + ": unknown basis", p);
  check_share(spec, x.basis, x.weight, x.limits, "product line " + in_quotes(x.id), p);
}

std::vector<std::int64_t> common_scale(std::span<const amount> weights) {
  int scale = 0;
  for (const amount& w : weights) scale = std::max(scale, w.scale());
  std::vector<std::int64_t> out;
  out.reserve(weights.size());
  for (const amount& w : weights) out.push_back(w.scale() == scale ? w.units() : w.rescale(scale).units());
  return out;
}

structure validate(plan_spec& spec) {
  check_header(spec);
  structure t;
  try {
    t.months = spec.calendar.periods(spec.calendar.fiscal_year(spec.fiscal_year), time::period_kind::month);
  } catch (const error& e) {
    throw error(e.code(), "fiscal year " + std::to_string(spec.fiscal_year) + ": " + e.what());
  }
  for (std::size_t i = 0; i < t.months.size(); ++i) t.month_by_label.emplace(t.months[i].label, i);
  order_units(spec, t);
  for (std::size_t u = 0; u < spec.units.size(); ++u) check_unit(spec, u);
  index_products(spec, t);
  index_mix(spec, t);
  index_period_limits(spec, t);
  check_rules(spec, t);
  return t;
}

}  // namespace tandem::plan::detail
