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
    for (int step = 0; step < 14; ++step) {
      const std::size_t u = std::uniform_int_distribution<std::size_t>(0, p.unit_count() - 1)(rng);
      const std::size_t j = std::uniform_int_distribution<std::size_t>(0, p.product_count() - 1)(rng);
      const std::string unit = p.spec().units[u].id;
      const std::string line = p.spec().products[j].id;
      const auto w = amount(std::uniform_int_distribution<std::int64_t>(1, 1000)(rng), 0);
      const plan before = p;
      try {
        const std::int64_t cap = p.cell_total(A, 0, all_products) / 2;
        switch (step % 7) {
          case 0: p.set_weight(unit, w); break;
          case 1: p.set_product_weight(line, w); break;
          case 2:
            if (u != 0) p.set_mix(unit, line, w);
            break;
          case 3:
            if (u != 0) p.set_bounds(unit, A, {.max = cap - cap % p.rule_at_depth(p.depth(u)).quantum[A]});
            break;
          case 4: p.set_product_bounds(line, A, {.min = 0, .max = cap - cap % p.spec().product_rule.quantum[A]}); break;
          case 5:
            if (p.is_leaf(u)) {
              const std::int64_t q = p.spec().period_rule.quantum[A];
              p.set_period_bounds(unit, line, p.periods()[static_cast<std::size_t>(step % 12)].label, A, {.max = q * (cap / q / 100)});
            }
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

TEST(PlanEdits, TheRootTakesNoBounds) {
  plan p = plan::build(testing::small_spec());
  const plan before = p;
  p.set_bounds("company", A, {});  // nothing before, nothing after
  EXPECT_EQ(p.last_replan().units_resplit, 0u);
  EXPECT_TRUE(testing::same_targets(p, before));
  try {
    p.set_bounds("company", A, {.max = 5});
    FAIL();
  } catch (const error& e) {
    EXPECT_EQ(e.code(), errc::invalid_argument);
    EXPECT_NE(std::string(e.what()).find("'company' is the root"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(testing::same_targets(p, before));
}

TEST(PlanEdits, ErrorsNameWhatIsAtFault) {
  plan p = plan::build(testing::small_spec());
  const auto message = [&](auto&& edit) -> std::string {
    try {
      edit();
    } catch (const error& e) {
      return e.what();
    }
    return "no error";
  };
  EXPECT_EQ(message([&] { p.set_period_bounds("east_li", "lathes", "2026-07", A, {.min = 10, .max = 5}); }),
            "period bounds 1 ('east_li' x 'lathes' in '2026-07'): amount minimum above its maximum");
  EXPECT_EQ(message([&] { p.set_bounds("west", A, {.fixed = 5000}); }).find("splitting 'company''s amount target 1200 among "
                                                                             "its units: unit 'west': "),
            0u);
  EXPECT_EQ(message([&] { p.set_weight("nobody", amount(1, 0)); }), "unknown unit 'nobody'");
  EXPECT_EQ(message([&] { p.set_product_weight("mills", amount(1, 0)); }), "unknown product line 'mills'");
  EXPECT_EQ(message([&] { p.set_bounds("west", measure::quantity, {.max = 1}); }), "the plan does not target quantity");
}

TEST(PlanEdits, ANewWeightUnlocksAFixedUnit) {
  plan_spec s = testing::small_spec();
  s.units[2].basis = share_basis::fixed;  // west
  s.units[2].limits[A].fixed = 100;
  plan p = plan::build(s);
  EXPECT_EQ(p.unit_total(A, *p.unit_index("west")), 100);
  p.set_weight("west", amount(1, 0));
  const sales_unit& west = p.spec().units[*p.unit_index("west")];
  EXPECT_EQ(west.basis, share_basis::weight);
  EXPECT_EQ(west.limits[A].fixed, alloc::unset);
  EXPECT_EQ(p.unit_total(A, *p.unit_index("west")), 300);  // 3:1 again
  EXPECT_TRUE(testing::same_targets(p, plan::build(testing::small_spec())));
}

TEST(PlanEdits, WeightsThatShareNoScaleNameTheirParent) {
  plan_spec s = testing::small_spec();
  s.units[1].weight = amount(1, 18);                  // east: 10^-18
  s.units[2].weight = amount(10, 0);                  // west: 10 = 10^19 at 18 decimals
  try {
    (void)plan::build(s);
    FAIL();
  } catch (const error& e) {
    EXPECT_EQ(e.code(), errc::overflow);
    EXPECT_NE(std::string(e.what()).find("splitting 'company''s amount target 1200 among its units"), std::string::npos)
        << e.what();
  }
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
