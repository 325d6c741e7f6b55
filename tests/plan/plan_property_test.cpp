// Invariants of the decomposition over random plans (fixed seeds).
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "plan/support/plan_fixtures.hpp"
#include "tandem/core/error.hpp"
#include "tandem/plan/plan.hpp"

namespace tandem::plan {
namespace {

TEST(PlanProperty, EveryLevelSumsExactlyAndCertificatesHold) {
  int built = 0, infeasible = 0;
  for (std::uint64_t seed = 1; seed <= 300; ++seed) {
    SCOPED_TRACE(seed);
    const plan_spec s = testing::random_spec(seed);
    try {
      const plan p = plan::build(s);
      ++built;
      ASSERT_EQ(testing::expect_invariants(p), 0);
    } catch (const error& e) {
      // Random bounds and mixes can be impossible; that must be said as such.
      ASSERT_EQ(e.code(), errc::infeasible) << e.what();
      ++infeasible;
    }
  }
  // The generator is meant to give mostly feasible plans: a test that always hits
  // the catch would check nothing.
  EXPECT_GT(built, 100);
  EXPECT_GT(infeasible, 0);
}

TEST(PlanProperty, WithoutLimitsAndMixEveryPlanBuilds) {
  for (std::uint64_t seed = 1000; seed < 1100; ++seed) {
    SCOPED_TRACE(seed);
    const plan p = plan::build(testing::random_spec(seed, {.with_limits = false, .with_mix = false, .any_cell_method = false}));
    ASSERT_EQ(testing::expect_invariants(p), 0);
  }
}

TEST(PlanProperty, Deterministic) {
  for (std::uint64_t seed = 2000; seed < 2030; ++seed) {
    const plan_spec s = testing::random_spec(seed, {.with_limits = false, .with_mix = false, .any_cell_method = false});
    const plan a = plan::build(s);
    const plan b = plan::build(s);
    EXPECT_TRUE(testing::same_targets(a, b)) << seed;
  }
}

TEST(PlanProperty, UnitOrderInTheSpecDoesNotMatter) {
  // Only the order of siblings matters (ties go to the earlier); listing the units
  // breadth-first instead of depth-first keeps it, and must give the same plan.
  for (std::uint64_t seed = 3000; seed < 3030; ++seed) {
    const plan a = plan::build(testing::random_spec(seed, {.with_limits = false, .with_mix = false, .any_cell_method = false}));
    plan_spec t = a.spec();
    std::vector<int> depth(t.units.size());
    for (std::size_t u = 0; u < depth.size(); ++u) depth[u] = a.depth(u);
    std::vector<std::size_t> order(t.units.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return depth[x] < depth[y]; });
    std::vector<sales_unit> bfs;
    for (std::size_t u : order) bfs.push_back(t.units[u]);
    t.units = bfs;
    const plan b = plan::build(t);
    EXPECT_TRUE(testing::same_targets(a, b)) << seed;
  }
}

}  // namespace
}  // namespace tandem::plan
