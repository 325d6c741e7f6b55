// plan_edits.cpp — changing one input of a plan and re-planning what depends on it.
//
// Each edit changes the spec in place, re-plans into buffers of its own, and only
// then commits (copies that cannot fail). If validation or the re-plan throws, the
// spec is put back as it was, so the plan is unchanged: the strong guarantee.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "plan/plan_state.hpp"
#include "tandem/core/error.hpp"
#include "tandem/plan/plan.hpp"

namespace tandem::plan {
namespace {

constexpr measure measures[] = {measure::amount, measure::quantity};

std::string in_quotes(std::string_view id) { return "'" + std::string(id) + "'"; }

std::size_t require_unit(const plan::state& s, std::string_view id) {
  auto it = s.tree.unit_by_id.find(std::string(id));
  if (it == s.tree.unit_by_id.end()) throw error(errc::invalid_argument, "unknown unit " + in_quotes(id));
  return it->second;
}

std::size_t require_product(const plan::state& s, std::string_view id) {
  auto it = s.tree.product_by_id.find(std::string(id));
  if (it == s.tree.product_by_id.end()) throw error(errc::invalid_argument, "unknown product line " + in_quotes(id));
  return it->second;
}

void require_measure(const plan::state& s, measure m) {
  if (static_cast<std::size_t>(m) >= measure_count || !s.spec.targets[m]) {
    throw error(errc::invalid_argument, "the plan does not target " + std::string(to_string(m)));
  }
}

// Re-plans the subtree of `top` for every targeted measure (or `only`), then commits.
void replan(plan::state& s, std::size_t top, std::optional<measure> only) {
  struct pending {
    measure m;
    detail::subtree_result r;
  };
  std::vector<pending> results;
  for (measure m : measures) {
    if (!s.spec.targets[m] || (only && *only != m)) continue;
    results.push_back({m, detail::decompose(s.spec, s.tree, m, s.targets[m], top)});
  }
  plan::replan_stats stats{};
  for (pending& p : results) {
    stats.units_resplit += p.r.units_resplit;
    stats.cells_respread += p.r.cells_respread;
    detail::commit(std::move(p.r), s.tree, s.spec.products.size(), s.targets[p.m]);
  }
  s.last = stats;
}

// A unit or line whose share was fixed is decided by its weight from now on: its
// locks go with the fixed basis (a lock kept would ignore the new weight).
template <class Item>
void unlock(Item& x) {
  if (x.basis != share_basis::fixed) return;
  x.basis = share_basis::weight;
  for (measure m : measures) x.limits[m].fixed = alloc::unset;
}

// Runs `change` then `check_and_replan`; puts `slot` back if either throws.
template <class T, class Change, class Replan>
void transact(T& slot, Change&& change, Replan&& check_and_replan) {
  T saved = slot;
  try {
    change(slot);
    check_and_replan();
  } catch (...) {
    slot = std::move(saved);
    throw;
  }
}

}  // namespace

void plan::set_weight(std::string_view unit, amount weight) {
  state& s = *state_;
  const std::size_t u = require_unit(s, unit);
  transact(
      s.spec.units[u],
      [&](sales_unit& x) {
        x.weight = weight;
        unlock(x);
      },
      [&] {
        detail::check_unit(s.spec, u);
        if (u == 0) {
          s.last = {};  // the root takes the annual target whatever its weight
          return;
        }
        replan(s, s.tree.parent[u], std::nullopt);
      });
}

void plan::set_bounds(std::string_view unit, measure m, bounds b) {
  state& s = *state_;
  const std::size_t u = require_unit(s, unit);
  require_measure(s, m);
  transact(
      s.spec.units[u], [&](sales_unit& x) { x.limits[m] = b; },
      [&] {
        detail::check_unit(s.spec, u);  // refuses any bound on the root
        if (u == 0) {
          s.last = {};  // no bounds on the root before or after: nothing changes
          return;
        }
        replan(s, s.tree.parent[u], m);
      });
}

void plan::set_product_weight(std::string_view product, amount weight) {
  state& s = *state_;
  const std::size_t p = require_product(s, product);
  transact(
      s.spec.products[p],
      [&](product_line& x) {
        x.weight = weight;
        unlock(x);
      },
      [&] {
        detail::check_product(s.spec, p);
        replan(s, 0, std::nullopt);
      });
}

void plan::set_product_bounds(std::string_view product, measure m, bounds b) {
  state& s = *state_;
  const std::size_t p = require_product(s, product);
  require_measure(s, m);
  transact(
      s.spec.products[p], [&](product_line& x) { x.limits[m] = b; },
      [&] {
        detail::check_product(s.spec, p);
        replan(s, 0, m);
      });
}

void plan::set_mix(std::string_view unit, std::string_view product, amount weight) {
  state& s = *state_;
  const std::size_t u = require_unit(s, unit);
  const std::size_t p = require_product(s, product);
  if (u == 0) {
    throw error(errc::invalid_argument, "unit " + in_quotes(unit) +
                                            " is the root: its mix is the product lines' split; give the product lines weights");
  }
  if (weight.units() < 0) throw error(errc::invalid_argument, "mix " + in_quotes(unit) + " x " + in_quotes(product) + ": a negative weight");
  auto& list = s.tree.mix_of_unit[u];
  auto found = std::find_if(list.begin(), list.end(), [&](const auto& e) { return e.first == p; });
  if (found != list.end()) {
    transact(
        s.spec.mix[found->second], [&](mix_entry& e) { e.weight = weight; },
        [&] { replan(s, s.tree.parent[u], std::nullopt); });
    return;
  }
  // A new cell: add it to the spec and the index, and take both back on failure.
  s.spec.mix.push_back({std::string(unit), std::string(product), weight});
  const auto at = std::lower_bound(list.begin(), list.end(), std::pair<std::size_t, std::size_t>{p, 0});
  const auto pos = at - list.begin();
  try {
    list.insert(at, {p, s.spec.mix.size() - 1});
  } catch (...) {
    s.spec.mix.pop_back();
    throw;
  }
  try {
    replan(s, s.tree.parent[u], std::nullopt);
  } catch (...) {
    list.erase(list.begin() + pos);
    s.spec.mix.pop_back();
    throw;
  }
}

void plan::set_period_bounds(std::string_view unit, std::string_view product, std::string_view period, measure m,
                             bounds b) {
  state& s = *state_;
  const std::size_t u = require_unit(s, unit);
  const std::size_t p = require_product(s, product);
  require_measure(s, m);
  const std::size_t leaf = s.tree.leaf_ordinal[u];
  if (leaf == detail::no_index) {
    throw error(errc::invalid_argument,
                "unit " + in_quotes(unit) + " has units below it; months are planned for leaf units only");
  }
  if (!s.tree.month_by_label.contains(std::string(period))) {
    throw error(errc::invalid_argument, "no month of the plan is labelled " + in_quotes(period));
  }
  // The new list of period bounds and its index, built aside.
  std::vector<period_bounds> limits = s.spec.period_limits;
  auto same = [&](const period_bounds& x) {
    return x.unit == unit && x.product == product && x.period == period && x.m == m;
  };
  limits.erase(std::remove_if(limits.begin(), limits.end(), same), limits.end());
  if (!b.empty()) limits.push_back({std::string(unit), std::string(product), std::string(period), m, b});
  if (!b.empty()) detail::check_period_bounds(s.spec, limits.back(), limits.size() - 1);
  decltype(s.tree.period_limits_of_cell) index;
  for (std::size_t k = 0; k < limits.size(); ++k) {
    const period_bounds& x = limits[k];
    index[s.tree.leaf_ordinal[s.tree.unit_by_id.at(x.unit)] * s.spec.products.size() +
          s.tree.product_by_id.at(x.product)]
        .push_back(k);
  }
  const std::size_t months = s.tree.months.size();
  std::vector<std::int64_t> shares(months);
  std::swap(s.spec.period_limits, limits);
  std::swap(s.tree.period_limits_of_cell, index);
  try {
    alloc::workspace scratch;
    detail::spread_cell(s.spec, s.tree, m, leaf, p, s.targets[m].cell[u * s.spec.products.size() + p], shares,
                        scratch);
  } catch (...) {
    std::swap(s.spec.period_limits, limits);
    std::swap(s.tree.period_limits_of_cell, index);
    throw;
  }
  std::copy(shares.begin(), shares.end(),
            s.targets[m].months.begin() + static_cast<std::ptrdiff_t>((leaf * s.spec.products.size() + p) * months));
  s.last = {0, 1};
}

void plan::set_annual_target(measure m, std::int64_t target) {
  state& s = *state_;
  require_measure(s, m);
  if (target < 0) throw error(errc::out_of_range, "a negative annual " + std::string(to_string(m)) + " target");
  if (target % s.spec.product_rule.quantum[m] != 0) {
    throw error(errc::infeasible, "the annual " + std::string(to_string(m)) + " target " + std::to_string(target) +
                                      " is not a multiple of the product lines' quantum " +
                                      std::to_string(s.spec.product_rule.quantum[m]));
  }
  transact(s.spec.annual_target[m], [&](std::int64_t& v) { v = target; }, [&] { replan(s, 0, m); });
}

}  // namespace tandem::plan
