#include "plan/support/plan_fixtures.hpp"

#include <gtest/gtest.h>

#include <random>

#include "tandem/alloc/biproportional.hpp"

namespace tandem::plan::testing {

plan_spec small_spec() {
  plan_spec s;
  s.id = "small";
  s.calendar = time::fiscal_calendar::starting(4, 1);
  s.fiscal_year = 2027;
  s.currency_scale = 0;
  s.annual_target[measure::amount] = 1200;
  auto unit = [](std::string id, std::string parent, unit_kind k, std::int64_t w) {
    sales_unit u;
    u.id = std::move(id);
    u.parent = std::move(parent);
    u.kind = k;
    u.weight = amount(w, 0);
    return u;
  };
  s.units = {unit("company", "", unit_kind::company, 1), unit("east", "company", unit_kind::region, 3),
             unit("west", "company", unit_kind::region, 1), unit("east_li", "east", unit_kind::person, 1),
             unit("east_wang", "east", unit_kind::person, 2)};
  product_line a;
  a.id = "lathes";
  a.weight = amount(2, 0);
  a.seasonality = seasonality_basis::even;
  product_line b;
  b.id = "parts";
  b.weight = amount(1, 0);
  b.stage = org::lifecycle_stage::growth;
  b.seasonality = seasonality_basis::even;
  s.products = {a, b};
  return s;
}

namespace {

std::int64_t pick(std::mt19937_64& rng, std::int64_t lo, std::int64_t hi) {
  return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
}

}  // namespace

plan_spec random_spec(std::uint64_t seed, const random_options& o) {
  std::mt19937_64 rng(seed);
  plan_spec s;
  s.id = "random";
  s.calendar = pick(rng, 0, 1) == 0 ? time::fiscal_calendar::gregorian() : time::fiscal_calendar::starting(4, 1);
  s.fiscal_year = 2027;
  s.targets[measure::quantity] = pick(rng, 0, 1) == 1;
  // Quanta nest: products | level 1 | level 2 ... | months.
  const int depth = static_cast<int>(pick(rng, 1, o.max_depth));
  const std::int64_t month_q = pick(rng, 0, 2) == 0 ? 1 : 100;
  std::int64_t q = month_q;
  std::vector<std::int64_t> level_q(static_cast<std::size_t>(depth));
  for (int d = depth; d >= 1; --d) {
    q *= pick(rng, 0, 1) == 0 ? 1 : 10;
    level_q[static_cast<std::size_t>(d - 1)] = q;
  }
  for (measure m : {measure::amount, measure::quantity}) {
    s.period_rule.quantum[m] = m == measure::amount ? month_q : 1;
    s.product_rule.quantum[m] = m == measure::amount ? q : 1;
  }
  for (int d = 1; d <= depth; ++d) {
    level_rule r;
    r.quantum[measure::amount] = level_q[static_cast<std::size_t>(d - 1)];
    r.split = alloc::all_methods()[static_cast<std::size_t>(pick(rng, 0, 6))];
    const alloc::method cells[] = {alloc::method::webster, alloc::method::jefferson, alloc::method::adams,
                                   alloc::method::dean, alloc::method::modified_sainte_lague};
    const alloc::method safe_cells[] = {alloc::method::webster, alloc::method::jefferson,
                                        alloc::method::modified_sainte_lague};
    r.cells = pick(rng, 0, 2) != 0 ? alloc::method::webster
              : o.any_cell_method  ? cells[pick(rng, 0, 4)]
                                   : safe_cells[pick(rng, 0, 2)];
    s.levels.push_back(r);
  }
  s.annual_target[measure::amount] = q * pick(rng, 0, 200'000);
  if (s.targets[measure::quantity]) s.annual_target[measure::quantity] = pick(rng, 0, 50'000);

  const auto products = static_cast<std::size_t>(pick(rng, 1, o.max_products));
  for (std::size_t j = 0; j < products; ++j) {
    product_line p;
    p.id = "line_" + std::to_string(j);
    p.stage = org::all_lifecycle_stages[pick(rng, 0, 3)];
    p.weight = amount(pick(rng, 0, 4) == 0 ? 0 : pick(rng, 1, 1'000'000), static_cast<int>(pick(rng, 0, 3)));
    p.seasonality = static_cast<seasonality_basis>(pick(rng, 0, 2));
    if (p.seasonality == seasonality_basis::key) {
      for (int k = 0; k < 12; ++k) p.key.emplace_back(pick(rng, 0, 20), 0);
      p.key[static_cast<std::size_t>(pick(rng, 0, 11))] = amount(1, 0);
    }
    s.products.push_back(p);
  }
  if (std::all_of(s.products.begin(), s.products.end(), [](const product_line& p) { return p.weight.units() == 0; })) {
    s.products[0].weight = amount(1, 0);
  }

  sales_unit root;
  root.id = "company";
  root.kind = unit_kind::company;
  s.units.push_back(root);
  std::vector<std::pair<std::size_t, int>> frontier{{0, 0}};
  for (std::size_t f = 0; f < frontier.size(); ++f) {
    const auto [parent, d] = frontier[f];
    if (d == depth) continue;
    const auto kids = d == 0 ? pick(rng, 1, o.max_children) : pick(rng, 0, o.max_children);
    for (std::int64_t k = 0; k < kids; ++k) {
      sales_unit u;
      u.id = s.units[parent].id + "_" + std::to_string(k);
      u.parent = s.units[parent].id;
      u.kind = static_cast<unit_kind>(pick(rng, 1, 7));
      u.basis = pick(rng, 0, 1) == 0 ? share_basis::weight : share_basis::reference;
      u.weight = amount(pick(rng, 0, 5) == 0 ? 0 : pick(rng, 1, 100'000), static_cast<int>(pick(rng, 0, 2)));
      if (o.with_limits && pick(rng, 0, 9) == 0) {
        const std::int64_t lq = level_q[static_cast<std::size_t>(d)];
        u.limits[measure::amount].max = lq * pick(rng, 0, 50'000);
      }
      if (o.with_limits && pick(rng, 0, 14) == 0) {
        const std::int64_t lq = level_q[static_cast<std::size_t>(d)];
        const std::int64_t max = u.limits[measure::amount].max;
        u.limits[measure::amount].min = lq * pick(rng, 0, max == alloc::unset ? 2'000 : std::min<std::int64_t>(2'000, max / lq));
      }
      if (k == 0 && u.weight.units() == 0) u.weight = amount(1, 0);  // someone carries the total
      s.units.push_back(u);
      frontier.emplace_back(s.units.size() - 1, d + 1);
    }
  }
  if (o.with_mix) {
    for (std::size_t u = 1; u < s.units.size(); ++u) {
      if (pick(rng, 0, 3) != 0) continue;
      for (std::size_t j = 0; j < products; ++j) {
        if (pick(rng, 0, 5) == 0) continue;
        s.mix.push_back({s.units[u].id, s.products[j].id, amount(pick(rng, 0, 5'000), static_cast<int>(pick(rng, 0, 1)))});
      }
    }
  }
  // Shuffle the units: the plan puts them in depth-first order itself.
  std::shuffle(s.units.begin(), s.units.end(), rng);
  return s;
}

int expect_invariants(const plan& p) {
  const int before = ::testing::UnitTest::GetInstance()->current_test_info()->result()->total_part_count();
  const plan_spec& s = p.spec();
  const std::size_t products = p.product_count();
  const std::size_t months = p.periods().size();
  for (measure m : {measure::amount, measure::quantity}) {
    if (!s.targets[m]) continue;
    EXPECT_EQ(p.unit_total(m, 0), s.annual_target[m]);
    std::int64_t line_sum = 0;
    for (std::size_t j = 0; j < products; ++j) {
      const std::int64_t v = p.cell_total(m, 0, j);
      line_sum += v;
      EXPECT_EQ(v % s.product_rule.quantum[m], 0);
      const bounds& b = s.products[j].limits[m];
      if (b.fixed != alloc::unset) { EXPECT_EQ(v, b.fixed) << s.products[j].id; }
      if (b.min != alloc::unset) { EXPECT_GE(v, b.min) << s.products[j].id; }
      if (b.max != alloc::unset) { EXPECT_LE(v, b.max) << s.products[j].id; }
    }
    EXPECT_EQ(line_sum, s.annual_target[m]);
    for (std::size_t u = 0; u < p.unit_count(); ++u) {
      const std::int64_t total = p.unit_total(m, u);
      std::int64_t across = 0;
      std::vector<std::int64_t> month_sum(months, 0);
      for (std::size_t j = 0; j < products; ++j) {
        const std::int64_t c = p.cell_total(m, u, j);
        EXPECT_GE(c, 0);
        across += c;
        std::int64_t over_months = 0;
        for (std::size_t t = 0; t < months; ++t) {
          const std::int64_t v = p.target(m, u, j, t);
          over_months += v;
          month_sum[t] += v;
          EXPECT_EQ(v % s.period_rule.quantum[m], 0);
        }
        EXPECT_EQ(over_months, c) << s.units[u].id << " x " << s.products[j].id;
      }
      EXPECT_EQ(across, total) << s.units[u].id;
      for (std::size_t t = 0; t < months; ++t) EXPECT_EQ(month_sum[t], p.target(m, u, all_products, t));
      if (u > 0) {
        const level_rule& r = p.rule_at_depth(p.depth(u));
        EXPECT_EQ(total % r.quantum[m], 0) << s.units[u].id;
        const bounds& b = s.units[u].limits[m];
        if (b.fixed != alloc::unset) { EXPECT_EQ(total, b.fixed) << s.units[u].id; }
        if (b.min != alloc::unset) { EXPECT_GE(total, b.min) << s.units[u].id; }
        if (b.max != alloc::unset) { EXPECT_LE(total, b.max) << s.units[u].id; }
      }
      const auto kids = p.children(u);
      if (kids.empty()) {
        EXPECT_EQ(p.certificate(m, u), nullptr);
        continue;
      }
      std::int64_t kid_sum = 0;
      std::vector<std::int64_t> rows, cols, shares;
      for (std::size_t k : kids) {
        kid_sum += p.unit_total(m, k);
        rows.push_back(p.unit_total(m, k));
        for (std::size_t j = 0; j < products; ++j) shares.push_back(p.cell_total(m, k, j));
      }
      for (std::size_t j = 0; j < products; ++j) cols.push_back(p.cell_total(m, u, j));
      EXPECT_EQ(kid_sum, total) << s.units[u].id;
      const alloc::biproportional_result* cert = p.certificate(m, u);
      EXPECT_NE(cert, nullptr);
      if (cert == nullptr) continue;
      EXPECT_EQ(cert->shares, shares);
      const level_rule& r = p.rule_at_depth(p.depth(u) + 1);
      EXPECT_NO_THROW(alloc::check_biproportional(rows, cols, p.children_weights(m, u), shares, cert->row_divisors,
                                                  cert->column_divisors, {.m = r.cells, .quantum = r.quantum[m]}))
          << s.units[u].id;
    }
    for (const period_bounds& b : s.period_limits) {
      if (b.m != m) continue;
      const std::size_t u = *p.unit_index(b.unit), j = *p.product_index(b.product);
      std::size_t t = 0;
      while (p.periods()[t].label != b.period) ++t;
      const std::int64_t v = p.target(m, u, j, t);
      if (b.limits.fixed != alloc::unset) { EXPECT_EQ(v, b.limits.fixed); }
      if (b.limits.min != alloc::unset) { EXPECT_GE(v, b.limits.min); }
      if (b.limits.max != alloc::unset) { EXPECT_LE(v, b.limits.max); }
    }
  }
  return ::testing::UnitTest::GetInstance()->current_test_info()->result()->total_part_count() - before;
}

bool same_targets(const plan& a, const plan& b) {
  if (!(a.spec() == b.spec())) return false;
  for (measure m : {measure::amount, measure::quantity}) {
    if (!a.spec().targets[m]) continue;
    for (std::size_t u = 0; u < a.unit_count(); ++u) {
      for (std::size_t j = 0; j < a.product_count(); ++j) {
        if (a.monthly(m, u, j) != b.monthly(m, u, j)) return false;
      }
      if (a.unit_total(m, u) != b.unit_total(m, u)) return false;
    }
  }
  return true;
}

}  // namespace tandem::plan::testing
