// plan.cpp — building a plan, and the queries on its targets.
#include "tandem/plan/plan.hpp"

#include <string>
#include <utility>

#include "plan/plan_decompose_detail.hpp"
#include "plan/plan_state.hpp"
#include "tandem/core/checked.hpp"
#include "tandem/core/error.hpp"

namespace tandem::plan {
namespace {

constexpr measure measures[] = {measure::amount, measure::quantity};

}  // namespace

plan plan::build(plan_spec spec) {
  auto s = std::make_unique<state>();
  s->tree = detail::validate(spec);
  s->spec = std::move(spec);
  const std::size_t products = s->spec.products.size();
  for (measure m : measures) {
    if (!s->spec.targets[m]) continue;
    detail::measure_targets& t = s->targets[m];
    auto r = detail::decompose(s->spec, s->tree, m, t, 0);
    s->last.units_resplit += r.units_resplit;
    s->last.cells_respread += r.cells_respread;
    detail::commit(std::move(r), s->tree, products, t);
  }
  return plan(std::move(s));
}

plan::plan(std::unique_ptr<state> s) noexcept : state_(std::move(s)) {}
plan::plan(const plan& other) : state_(std::make_unique<state>(*other.state_)) {}
plan& plan::operator=(const plan& other) {
  if (this != &other) state_ = std::make_unique<state>(*other.state_);
  return *this;
}
plan::plan(plan&&) noexcept = default;
plan& plan::operator=(plan&&) noexcept = default;
plan::~plan() = default;

const plan_spec& plan::spec() const noexcept { return state_->spec; }
std::span<const time::period> plan::periods() const noexcept { return state_->tree.months; }
std::size_t plan::unit_count() const noexcept { return state_->tree.units(); }
std::size_t plan::product_count() const noexcept { return state_->spec.products.size(); }

std::optional<unit_index_t> plan::unit_index(std::string_view id) const noexcept {
  const auto& map = state_->tree.unit_by_id;
  auto it = map.find(std::string(id));
  if (it == map.end()) return std::nullopt;
  return it->second;
}

std::optional<product_index_t> plan::product_index(std::string_view id) const noexcept {
  const auto& map = state_->tree.product_by_id;
  auto it = map.find(std::string(id));
  if (it == map.end()) return std::nullopt;
  return it->second;
}

namespace {

void check_unit_index(const detail::structure& t, unit_index_t u) {
  if (u >= t.units()) {
    throw error(errc::out_of_range, "unit index " + std::to_string(u) + " is out of range (the plan has " +
                                        std::to_string(t.units()) + " units)");
  }
}

}  // namespace

std::optional<unit_index_t> plan::parent(unit_index_t u) const {
  check_unit_index(state_->tree, u);
  const std::size_t p = state_->tree.parent[u];
  if (p == detail::no_index) return std::nullopt;
  return p;
}

std::span<const unit_index_t> plan::children(unit_index_t u) const {
  check_unit_index(state_->tree, u);
  return state_->tree.children(u);
}

int plan::depth(unit_index_t u) const {
  check_unit_index(state_->tree, u);
  return state_->tree.depth[u];
}

int plan::max_depth() const noexcept { return state_->tree.max_depth; }

std::size_t plan::subtree_size(unit_index_t u) const {
  check_unit_index(state_->tree, u);
  return state_->tree.subtree_size[u];
}

namespace {

const detail::measure_targets& targets_of(const plan::state& s, measure m) {
  if (static_cast<std::size_t>(m) >= measure_count || !s.spec.targets[m]) {
    throw error(errc::invalid_argument, "the plan does not target " + std::string(to_string(m)));
  }
  return s.targets[m];
}

void check_product_index(const plan_spec& spec, product_index_t p, bool allow_all) {
  if (p == all_products && allow_all) return;
  if (p >= spec.products.size()) {
    throw error(errc::out_of_range, "product line index " + std::to_string(p) + " is out of range (the plan has " +
                                        std::to_string(spec.products.size()) + " product lines)");
  }
}

}  // namespace

std::int64_t plan::unit_total(measure m, unit_index_t u) const {
  const auto& t = targets_of(*state_, m);
  check_unit_index(state_->tree, u);
  return t.unit_total[u];
}

std::int64_t plan::cell_total(measure m, unit_index_t u, product_index_t p) const {
  const auto& t = targets_of(*state_, m);
  check_unit_index(state_->tree, u);
  check_product_index(state_->spec, p, true);
  if (p == all_products) return t.unit_total[u];
  return t.cell[u * product_count() + p];
}

std::int64_t plan::target(measure m, unit_index_t u, product_index_t p, std::size_t month) const {
  const auto& t = targets_of(*state_, m);
  const auto& tree = state_->tree;
  check_unit_index(tree, u);
  check_product_index(state_->spec, p, true);
  if (month >= tree.months.size()) {
    throw error(errc::out_of_range, "month index " + std::to_string(month) + " is out of range (the plan has " +
                                        std::to_string(tree.months.size()) + " months)");
  }
  const std::size_t products = product_count();
  const std::size_t months = tree.months.size();
  const std::size_t first = p == all_products ? 0 : p;
  const std::size_t last = p == all_products ? products : p + 1;
  // Every partial sum is a part of the unit's annual target, which fits int64.
  std::int64_t sum = 0;
  for (std::size_t leaf = tree.first_leaf[u]; leaf < tree.first_leaf[u] + tree.leaf_count[u]; ++leaf) {
    for (std::size_t j = first; j < last; ++j) sum += t.months[(leaf * products + j) * months + month];
  }
  return sum;
}

std::vector<std::int64_t> plan::monthly(measure m, unit_index_t u, product_index_t p) const {
  std::vector<std::int64_t> out(periods().size());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = target(m, u, p, i);
  return out;
}

const alloc::biproportional_result* plan::certificate(measure m, unit_index_t parent) const {
  const auto& t = targets_of(*state_, m);
  check_unit_index(state_->tree, parent);
  const auto& c = t.certificate[parent];
  return c ? &*c : nullptr;
}

std::vector<std::int64_t> plan::children_weights(measure m, unit_index_t parent) const {
  const auto& t = targets_of(*state_, m);
  check_unit_index(state_->tree, parent);
  const std::size_t products = product_count();
  std::vector<std::int64_t> totals;
  for (std::size_t k : state_->tree.children(parent)) totals.push_back(t.unit_total[k]);
  return detail::children_weights(state_->spec, state_->tree, parent,
                                  std::span<const std::int64_t>(t.cell.data() + parent * products, products), totals);
}

const level_rule& plan::rule_at_depth(int depth) const {
  if (depth < 1 || depth > max_depth()) {
    throw error(errc::out_of_range, "depth " + std::to_string(depth) + " is not a level of the tree (1.." +
                                        std::to_string(max_depth()) + ")");
  }
  return detail::rule_at(state_->spec, depth);
}

plan::replan_stats plan::last_replan() const noexcept { return state_->last; }

}  // namespace tandem::plan
