// Worked examples of the decomposition (include/tandem/plan/plan.hpp).
#include "tandem/plan/plan.hpp"

#include <gtest/gtest.h>

#include <numeric>
#include <string>

#include "plan/support/plan_fixtures.hpp"
#include "tandem/plan/plan_document.hpp"
#include "tandem/core/error.hpp"

namespace tandem::plan {
namespace {

using testing::small_spec;

TEST(Plan, SmallExampleByHand) {
  const plan p = plan::build(small_spec());
  ASSERT_EQ(p.unit_count(), 5u);
  // Depth-first order, children in input order.
  EXPECT_EQ(p.spec().units[0].id, "company");
  EXPECT_EQ(p.spec().units[1].id, "east");
  EXPECT_EQ(p.spec().units[2].id, "east_li");
  EXPECT_EQ(p.spec().units[3].id, "east_wang");
  EXPECT_EQ(p.spec().units[4].id, "west");
  const auto A = measure::amount;
  const std::size_t lathes = *p.product_index("lathes"), parts = *p.product_index("parts");
  // 1200 by 2:1 across the lines, 3:1 across the regions, 1:2 across east's people.
  EXPECT_EQ(p.cell_total(A, 0, lathes), 800);
  EXPECT_EQ(p.cell_total(A, 0, parts), 400);
  EXPECT_EQ(p.unit_total(A, *p.unit_index("east")), 900);
  EXPECT_EQ(p.unit_total(A, *p.unit_index("west")), 300);
  EXPECT_EQ(p.unit_total(A, *p.unit_index("east_li")), 300);
  EXPECT_EQ(p.unit_total(A, *p.unit_index("east_wang")), 600);
  // Without a mix every unit sells its parent's mix, 2:1.
  EXPECT_EQ(p.cell_total(A, *p.unit_index("east"), lathes), 600);
  EXPECT_EQ(p.cell_total(A, *p.unit_index("west"), parts), 100);
  EXPECT_EQ(p.cell_total(A, *p.unit_index("east_li"), lathes), 200);
  EXPECT_EQ(p.cell_total(A, *p.unit_index("east_wang"), parts), 200);
  // Even seasonality: 100 over 12 months is 8 or 9, four 9s, ties to the earlier months.
  const auto west_parts = p.monthly(A, *p.unit_index("west"), parts);
  EXPECT_EQ(west_parts, (std::vector<std::int64_t>{9, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8}));
  // FY2027 from April: the months are 2026-04 .. 2027-03.
  EXPECT_EQ(p.periods().front().label, "2026-04");
  EXPECT_EQ(p.periods().back().label, "2027-03");
  // A parent's month is the sum of its leaves'.
  for (std::size_t t = 0; t < 12; ++t) {
    EXPECT_EQ(p.target(A, 0, all_products, t),
              p.target(A, *p.unit_index("east_li"), all_products, t) +
                  p.target(A, *p.unit_index("east_wang"), all_products, t) +
                  p.target(A, *p.unit_index("west"), all_products, t));
  }
  EXPECT_EQ(testing::expect_invariants(p), 0);
}

// A company with no units under it is its own only leaf: the target goes across the
// lines and over the months, and there is no unit x line matrix to certify.
TEST(Plan, RootWithoutChildrenIsItsOwnLeaf) {
  plan_spec spec = small_spec();
  spec.units.resize(1);  // the company alone
  plan p = plan::build(spec);
  const auto A = measure::amount;
  ASSERT_EQ(p.unit_count(), 1u);
  EXPECT_TRUE(p.is_leaf(0));
  EXPECT_EQ(p.max_depth(), 0);
  EXPECT_EQ(p.subtree_size(0), 1u);
  EXPECT_EQ(p.certificate(A, 0), nullptr);
  const std::size_t lathes = *p.product_index("lathes"), parts = *p.product_index("parts");
  EXPECT_EQ(p.unit_total(A, 0), 1200);
  EXPECT_EQ(p.cell_total(A, 0, lathes), 800);
  EXPECT_EQ(p.cell_total(A, 0, parts), 400);
  // 800 over 12 months: eight 67s, then 66s; 400: four 34s, then 33s.
  EXPECT_EQ(p.monthly(A, 0, lathes), (std::vector<std::int64_t>{67, 67, 67, 67, 67, 67, 67, 67, 66, 66, 66, 66}));
  EXPECT_EQ(p.monthly(A, 0, parts), (std::vector<std::int64_t>{34, 34, 34, 34, 33, 33, 33, 33, 33, 33, 33, 33}));
  EXPECT_EQ(testing::expect_invariants(p), 0);
  // Its document round-trips like any other.
  const std::string saved = save_plan_document(spec);
  EXPECT_EQ(save_plan_document(load_plan_document(saved, "root.json")), saved);

  // Edits re-plan the lines: 2:3 now.
  p.set_product_weight("parts", amount(3, 0));
  EXPECT_EQ(p.cell_total(A, 0, lathes), 480);
  EXPECT_EQ(p.cell_total(A, 0, parts), 720);
  p.set_annual_target(A, 1500);
  EXPECT_EQ(p.cell_total(A, 0, lathes), 600);
  EXPECT_EQ(p.cell_total(A, 0, parts), 900);
  EXPECT_EQ(p.unit_total(A, 0), 1500);
  EXPECT_EQ(testing::expect_invariants(p), 0);
}

TEST(Plan, MixZeroPatternKeepsZeros) {
  plan_spec s = small_spec();
  // west sells only parts; east_li only lathes.
  s.mix = {{"west", "parts", amount(1, 0)}, {"east_li", "lathes", amount(5, 0)}};
  const plan p = plan::build(s);
  const auto A = measure::amount;
  const std::size_t lathes = *p.product_index("lathes"), parts = *p.product_index("parts");
  EXPECT_EQ(p.cell_total(A, *p.unit_index("west"), lathes), 0);
  EXPECT_EQ(p.cell_total(A, *p.unit_index("west"), parts), 300);
  EXPECT_EQ(p.cell_total(A, *p.unit_index("east"), parts), 100);
  EXPECT_EQ(p.cell_total(A, *p.unit_index("east_li"), parts), 0);
  EXPECT_EQ(p.cell_total(A, *p.unit_index("east_li"), lathes), 300);
  EXPECT_EQ(p.cell_total(A, *p.unit_index("east_wang"), parts), 100);
  EXPECT_EQ(testing::expect_invariants(p), 0);
}

TEST(Plan, ImpossibleMixNamesTheUnitsAndLines) {
  plan_spec s = small_spec();
  // Both regions sell only lathes: parts' 400 has nowhere to go.
  s.mix = {{"west", "lathes", amount(1, 0)}, {"east", "lathes", amount(1, 0)}};
  try {
    (void)plan::build(s);
    FAIL() << "expected infeasible";
  } catch (const error& e) {
    EXPECT_EQ(e.code(), errc::infeasible);
    const std::string what = e.what();
    EXPECT_NE(what.find("'company'"), std::string::npos) << what;
    EXPECT_NE(what.find("'parts'"), std::string::npos) << what;
  }
}

TEST(Plan, LocksAndBoundsAreHonoured) {
  plan_spec s = small_spec();
  s.units[1].limits[measure::amount].fixed = 1000;  // east locked
  s.products[1].limits[measure::amount].min = 500;  // parts at least 500
  s.products[1].seasonality = seasonality_basis::calendar_days;
  s.period_limits = {{"west", "lathes", "2026-08", measure::amount, {.fixed = 50}}};
  const plan p = plan::build(s);
  EXPECT_EQ(p.unit_total(measure::amount, *p.unit_index("east")), 1000);
  EXPECT_EQ(p.unit_total(measure::amount, *p.unit_index("west")), 200);
  EXPECT_EQ(p.cell_total(measure::amount, 0, *p.product_index("parts")), 500);
  EXPECT_EQ(p.target(measure::amount, *p.unit_index("west"), *p.product_index("lathes"), 4), 50);
  EXPECT_EQ(testing::expect_invariants(p), 0);
}

TEST(Plan, FixedBasisNeedsAFixedValue) {
  plan_spec s = small_spec();
  s.units[2].basis = share_basis::fixed;
  try {
    (void)plan::build(s);
    FAIL();
  } catch (const error& e) {
    EXPECT_EQ(e.code(), errc::invalid_argument);
    EXPECT_NE(std::string(e.what()).find("'west'"), std::string::npos) << e.what();
  }
  s.units[2].limits[measure::amount].fixed = 250;
  const plan p = plan::build(s);
  EXPECT_EQ(p.unit_total(measure::amount, *p.unit_index("west")), 250);
  EXPECT_EQ(p.unit_total(measure::amount, *p.unit_index("east")), 950);
}

TEST(Plan, BothMeasuresAreDecomposedIndependently) {
  plan_spec s = small_spec();
  s.targets[measure::quantity] = true;
  s.annual_target[measure::quantity] = 37;
  const plan p = plan::build(s);
  EXPECT_EQ(p.unit_total(measure::quantity, 0), 37);
  EXPECT_EQ(p.unit_total(measure::amount, 0), 1200);
  EXPECT_EQ(testing::expect_invariants(p), 0);
}

TEST(Plan, QueriesCheckTheirArguments) {
  const plan p = plan::build(small_spec());
  EXPECT_THROW((void)p.unit_total(measure::quantity, 0), error);
  EXPECT_THROW((void)p.unit_total(measure::amount, 99), error);
  EXPECT_THROW((void)p.cell_total(measure::amount, 0, 7), error);
  EXPECT_THROW((void)p.target(measure::amount, 0, 0, 12), error);
  EXPECT_THROW((void)p.rule_at_depth(0), error);
  EXPECT_THROW((void)p.rule_at_depth(3), error);
  EXPECT_FALSE(p.unit_index("nobody"));
  EXPECT_FALSE(p.parent(0));
  EXPECT_EQ(*p.parent(*p.unit_index("east_li")), *p.unit_index("east"));
  EXPECT_EQ(p.max_depth(), 2);
  EXPECT_EQ(p.subtree_size(*p.unit_index("east")), 3u);
}

TEST(Plan, CopiesAreIndependent) {
  plan p = plan::build(small_spec());
  plan q = p;
  q.set_weight("west", amount(3, 0));
  EXPECT_EQ(p.unit_total(measure::amount, *p.unit_index("west")), 300);
  EXPECT_EQ(q.unit_total(measure::amount, *q.unit_index("west")), 600);
}

}  // namespace
}  // namespace tandem::plan
