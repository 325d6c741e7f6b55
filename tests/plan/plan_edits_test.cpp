// Edits re-plan only what depends on them, equal a rebuild, and fail atomically.
#include <gtest/gtest.h>

#include <random>

#include "plan/support/plan_fixtures.hpp"
#include "tandem/core/error.hpp"
#include "tandem/plan/plan.hpp"

namespace tandem::plan {
namespace {

const auto A = measure::amount;

TEST(PlanEdits, SetWeightReplansOnlyTheParentsSubtree) {
  plan p = plan::build(testing::small_spec());
  const std::size_t west = *p.unit_index("west");
  const auto west_before = p.monthly(A, west, all_products);
  p.set_weight("east_li", amount(2, 0));  // east's people now 2:2
  EXPECT_EQ(p.last_replan().units_resplit, 1u);   // east only
  EXPECT_EQ(p.last_replan().cells_respread, 4u);  // east's two people x two lines
  EXPECT_EQ(p.unit_total(A, *p.unit_index("east_li")), 450);
  EXPECT_EQ(p.monthly(A, west, all_products), west_before);
  EXPECT_TRUE(testing::same_targets(p, plan::build(p.spec())));
  EXPECT_EQ(testing::expect_invariants(p), 0);
}

TEST(PlanEdits, EveryEditEqualsARebuild) {
  std::mt19937_64 rng(42);
  for (std::uint64_t seed = 500; seed < 560; ++seed) {
    SCOPED_TRACE(seed);
    plan p = plan::build(testing::random_spec(seed, {.with_limits = false, .with_mix = false, .any_cell_method = false}));
    for (int step = 0; step < 6; ++step) {
      const std::size_t u = std::uniform_int_distribution<std::size_t>(0, p.unit_count() - 1)(rng);
      const std::size_t j = std::uniform_int_distribution<std::size_t>(0, p.product_count() - 1)(rng);
      const std::string unit = p.spec().units[u].id;
      const std::string line = p.spec().products[j].id;
      const auto w = amount(std::uniform_int_distribution<std::int64_t>(1, 1000)(rng), 0);
      const plan before = p;
      try {
        switch (step % 4) {
          case 0: p.set_weight(unit, w); break;
          case 1: p.set_product_weight(line, w); break;
          case 2:
            if (u != 0) p.set_mix(unit, line, w);
            break;
          default: p.set_annual_target(A, p.spec().annual_target[A] + p.spec().product_rule.quantum[A]); break;
        }
      } catch (const error& e) {
        ASSERT_EQ(e.code(), errc::infeasible) << e.what();
        ASSERT_TRUE(testing::same_targets(p, before));
        continue;
      }
      ASSERT_TRUE(testing::same_targets(p, plan::build(p.spec()))) << "step " << step;
    }
    ASSERT_EQ(testing::expect_invariants(p), 0);
  }
}

TEST(PlanEdits, AFailedEditChangesNothing) {
  plan p = plan::build(testing::small_spec());
  const plan before = p;
  // east cannot be locked above the company's total.
  EXPECT_THROW(p.set_bounds("east", A, {.fixed = 5000}), error);
  EXPECT_TRUE(testing::same_targets(p, before));
  // min above max is refused before any arithmetic.
  EXPECT_THROW(p.set_bounds("west", A, {.min = 10, .max = 5}), error);
  EXPECT_TRUE(testing::same_targets(p, before));
  // A mix that leaves the parts with no seller.
  p.set_mix("west", "lathes", amount(1, 0));
  const plan with_one = p;
  EXPECT_THROW(p.set_mix("east", "lathes", amount(1, 0)), error);
  EXPECT_TRUE(testing::same_targets(p, with_one));
  // A month locked above its cell.
  EXPECT_THROW(p.set_period_bounds("west", "lathes", "2026-05", A, {.fixed = 100000}), error);
  EXPECT_TRUE(testing::same_targets(p, with_one));
  EXPECT_THROW(p.set_annual_target(A, -1), error);
  EXPECT_THROW(p.set_weight("nobody", amount(1, 0)), error);
  EXPECT_THROW(p.set_weight("west", amount(-1, 0)), error);
  EXPECT_THROW(p.set_bounds("west", measure::quantity, {.min = 1}), error);
  EXPECT_THROW(p.set_period_bounds("east", "lathes", "2026-05", A, {.fixed = 1}), error);
  EXPECT_THROW(p.set_period_bounds("west", "lathes", "2026-13", A, {.fixed = 1}), error);
  EXPECT_THROW(p.set_mix("company", "lathes", amount(1, 0)), error);
  EXPECT_TRUE(testing::same_targets(p, with_one));
}

TEST(PlanEdits, PeriodBoundsRespreadOneCell) {
  plan p = plan::build(testing::small_spec());
  const std::size_t west = *p.unit_index("west"), lathes = *p.product_index("lathes");
  p.set_period_bounds("west", "lathes", "2026-06", A, {.fixed = 0});
  EXPECT_EQ(p.last_replan().cells_respread, 1u);
  EXPECT_EQ(p.target(A, west, lathes, 2), 0);
  EXPECT_EQ(p.cell_total(A, west, lathes), 200);
  EXPECT_TRUE(testing::same_targets(p, plan::build(p.spec())));
  p.set_period_bounds("west", "lathes", "2026-06", A, {});  // removed
  EXPECT_TRUE(p.spec().period_limits.empty());
  EXPECT_TRUE(testing::same_targets(p, plan::build(testing::small_spec())));
}

TEST(PlanEdits, AnnualTargetReplansEverything) {
  plan p = plan::build(testing::small_spec());
  p.set_annual_target(A, 2400);
  EXPECT_EQ(p.unit_total(A, *p.unit_index("east_wang")), 1200);
  EXPECT_EQ(p.last_replan().units_resplit, 2u);
  EXPECT_EQ(testing::expect_invariants(p), 0);
}

}  // namespace
}  // namespace tandem::plan
