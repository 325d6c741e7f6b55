// Every validation error of plan::build names what is at fault.
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "plan/support/plan_fixtures.hpp"
#include "tandem/core/error.hpp"
#include "tandem/plan/plan.hpp"

namespace tandem::plan {
namespace {

struct bad_case {
  const char* name;
  std::function<void(plan_spec&)> change;
  errc code;
  const char* message_part;
};

void PrintTo(const bad_case& c, std::ostream* os) { *os << c.name; }

class PlanValidation : public ::testing::TestWithParam<bad_case> {};

TEST_P(PlanValidation, IsRefusedWithItsReason) {
  plan_spec s = testing::small_spec();
  GetParam().change(s);
  try {
    (void)plan::build(s);
    FAIL() << "expected an error";
  } catch (const error& e) {
    EXPECT_EQ(e.code(), GetParam().code) << e.what();
    EXPECT_NE(std::string(e.what()).find(GetParam().message_part), std::string::npos) << e.what();
  }
}

sales_unit& unit(plan_spec& s, const char* id) {
  for (auto& u : s.units) {
    if (u.id == id) return u;
  }
  throw std::logic_error("no such unit in the fixture");
}

const auto A = measure::amount;
const auto Q = measure::quantity;
constexpr auto invalid = errc::invalid_argument;

INSTANTIATE_TEST_SUITE_P(
    Spec, PlanValidation,
    ::testing::Values(
        bad_case{"plan_id", [](plan_spec& s) { s.id = "Bad Id"; }, invalid, "plan id 'Bad Id'"},
        bad_case{"currency", [](plan_spec& s) { s.currency = "yuan"; }, invalid, "currency 'yuan'"},
        bad_case{"currency_scale", [](plan_spec& s) { s.currency_scale = 7; }, invalid, "currency_scale"},
        bad_case{"quantity_scale", [](plan_spec& s) { s.quantity_scale = -1; }, invalid, "quantity_scale"},
        bad_case{"no_measure", [](plan_spec& s) { s.targets[A] = false; s.annual_target[A] = 0; }, invalid, "targets no measure"},
        bad_case{"negative_target", [](plan_spec& s) { s.annual_target[A] = -5; }, invalid, "negative annual amount"},
        bad_case{"untargeted_target", [](plan_spec& s) { s.annual_target[Q] = 5; }, invalid, "annual quantity target, which"},
        bad_case{"no_units", [](plan_spec& s) { s.units.clear(); }, invalid, "no sales units"},
        bad_case{"no_products", [](plan_spec& s) { s.products.clear(); }, invalid, "no product lines"},
        bad_case{"fiscal_year", [](plan_spec& s) { s.fiscal_year = 100000; }, errc::out_of_range, "fiscal year 100000"},
        bad_case{"unit_id", [](plan_spec& s) { unit(s, "west").id = "West"; }, invalid, "unit 'West' is not a snake_case id"},
        bad_case{"unit_twice", [](plan_spec& s) { unit(s, "west").id = "east"; }, invalid, "unit 'east' is listed twice"},
        bad_case{"two_roots", [](plan_spec& s) { unit(s, "west").parent.clear(); }, invalid, "both have no parent"},
        bad_case{"no_root", [](plan_spec& s) { unit(s, "company").parent = "west"; }, invalid, "no unit is the root"},
        bad_case{"unknown_parent", [](plan_spec& s) { unit(s, "west").parent = "north"; }, invalid, "unknown parent 'north'"},
        bad_case{"own_parent", [](plan_spec& s) { unit(s, "west").parent = "west"; }, invalid, "'west' is its own parent"},
        bad_case{"cycle",
                 [](plan_spec& s) {
                   unit(s, "east").parent = "east_li";
                 },
                 invalid, "form a cycle"},
        bad_case{"negative_weight", [](plan_spec& s) { unit(s, "west").weight = amount(-1, 0); }, invalid, "'west': a negative weight"},
        bad_case{"fixed_without_value", [](plan_spec& s) { unit(s, "west").basis = share_basis::fixed; }, invalid, "needs a fixed amount"},
        bad_case{"root_bounds", [](plan_spec& s) { unit(s, "company").limits[A].max = 5; }, invalid, "is the root"},
        bad_case{"negative_bound", [](plan_spec& s) { unit(s, "west").limits[A].min = -1; }, invalid, "negative amount bound"},
        bad_case{"min_above_max", [](plan_spec& s) { unit(s, "west").limits[A] = {.min = 5, .max = 4}; }, invalid, "minimum above its maximum"},
        bad_case{"fixed_outside", [](plan_spec& s) { unit(s, "west").limits[A] = {.max = 4, .fixed = 5}; }, invalid, "fixed value outside"},
        bad_case{"untargeted_bounds", [](plan_spec& s) { unit(s, "west").limits[Q].max = 4; }, invalid, "does not target"},
        bad_case{"product_id", [](plan_spec& s) { s.products[0].id = "1abc"; }, invalid, "product line '1abc' is not"},
        bad_case{"product_twice", [](plan_spec& s) { s.products[1].id = s.products[0].id; }, invalid, "'lathes' is listed twice"},
        bad_case{"product_weight", [](plan_spec& s) { s.products[1].weight = amount(-3, 1); }, invalid, "'parts': a negative weight"},
        bad_case{"key_size",
                 [](plan_spec& s) {
                   s.products[0].seasonality = seasonality_basis::key;
                   s.products[0].key = {amount(1, 0)};
                 },
                 invalid, "has 1 values for 12 months"},
        bad_case{"key_negative",
                 [](plan_spec& s) {
                   s.products[0].seasonality = seasonality_basis::key;
                   s.products[0].key.assign(12, amount(1, 0));
                   s.products[0].key[3] = amount(-1, 0);
                 },
                 invalid, "negative seasonality weight for 2026-07"},
        bad_case{"key_zero",
                 [](plan_spec& s) {
                   s.products[0].seasonality = seasonality_basis::key;
                   s.products[0].key.assign(12, amount(0, 0));
                 },
                 errc::infeasible, "'lathes': seasonality"},
        bad_case{"key_unused", [](plan_spec& s) { s.products[0].key.assign(12, amount(1, 0)); }, invalid, "a seasonality key, but"},
        bad_case{"mix_unit", [](plan_spec& s) { s.mix = {{"north", "lathes", amount(1, 0)}}; }, invalid, "mix entry 1 ('north' x 'lathes'): unknown unit"},
        bad_case{"mix_root", [](plan_spec& s) { s.mix = {{"company", "lathes", amount(1, 0)}}; }, invalid, "the root's mix"},
        bad_case{"mix_product", [](plan_spec& s) { s.mix = {{"west", "mills", amount(1, 0)}}; }, invalid, "unknown product line"},
        bad_case{"mix_negative", [](plan_spec& s) { s.mix = {{"west", "lathes", amount(-1, 0)}}; }, invalid, "a negative weight"},
        bad_case{"mix_twice",
                 [](plan_spec& s) { s.mix = {{"west", "lathes", amount(1, 0)}, {"west", "lathes", amount(2, 0)}}; },
                 invalid, "mix entry 2 ('west' x 'lathes'): the cell is listed twice"},
        bad_case{"period_unit", [](plan_spec& s) { s.period_limits = {{"north", "lathes", "2026-04", A, {.max = 1}}}; }, invalid, "unknown unit"},
        bad_case{"period_not_leaf", [](plan_spec& s) { s.period_limits = {{"east", "lathes", "2026-04", A, {.max = 1}}}; }, invalid, "leaf units only"},
        bad_case{"period_product", [](plan_spec& s) { s.period_limits = {{"west", "mills", "2026-04", A, {.max = 1}}}; }, invalid, "unknown product line"},
        bad_case{"period_label", [](plan_spec& s) { s.period_limits = {{"west", "lathes", "2027-04", A, {.max = 1}}}; }, invalid, "no month of the plan is labelled '2027-04'"},
        bad_case{"period_measure", [](plan_spec& s) { s.period_limits = {{"west", "lathes", "2026-04", Q, {.max = 1}}}; }, invalid, "does not target"},
        bad_case{"period_twice",
                 [](plan_spec& s) {
                   s.period_limits = {{"west", "lathes", "2026-04", A, {.max = 1}}, {"west", "lathes", "2026-04", A, {.min = 0}}};
                 },
                 invalid, "period bounds 2 ('west' x 'lathes' in '2026-04'): listed twice"},
        bad_case{"period_empty", [](plan_spec& s) { s.period_limits = {{"west", "lathes", "2026-04", A, {}}}; }, invalid, "no min, max or fixed value"},
        bad_case{"untargeted_quantum", [](plan_spec& s) { s.levels = {level_rule{}}; s.levels[0].quantum[Q] = 0; }, invalid, "the quantity quantum must be positive"},
        bad_case{"deep_level_method",
                 [](plan_spec& s) {
                   s.levels = {level_rule{}, level_rule{}, level_rule{.cells = alloc::method::huntington_hill}};
                 },
                 invalid, "level 3's rule: the cells method"},
        bad_case{"quantum", [](plan_spec& s) { s.period_rule.quantum[A] = 0; }, invalid, "the months' rule: the amount quantum must be positive"},
        bad_case{"cells_method",
                 [](plan_spec& s) {
                   s.levels = {level_rule{.cells = alloc::method::hamilton}};
                 },
                 invalid, "level 1's rule: the cells method"},
        bad_case{"cells_hh",
                 [](plan_spec& s) {
                   s.levels = {level_rule{.cells = alloc::method::huntington_hill}};
                 },
                 invalid, "not huntington-hill"},
        bad_case{"quantum_nesting",
                 [](plan_spec& s) {
                   level_rule r;
                   r.quantum[A] = 7;
                   s.levels = {r};
                 },
                 invalid, "level 1 and the product lines: the amount quantum 7 must divide 1"},
        bad_case{"month_quantum",
                 [](plan_spec& s) { s.period_rule.quantum[A] = 3; }, invalid, "the months and level 1: the amount quantum 3 must divide 1"},
        bad_case{"target_quantum",
                 [](plan_spec& s) {
                   s.product_rule.quantum[A] = 1000;
                 },
                 errc::infeasible, "not a multiple of the product lines' quantum 1000"},
        bad_case{"locks_above_total", [](plan_spec& s) { unit(s, "west").limits[A].fixed = 5000; }, errc::infeasible,
                 "splitting 'company''s amount target 1200 among its units"},
        bad_case{"product_lock", [](plan_spec& s) { s.products[0].limits[A].fixed = 5000; }, errc::infeasible,
                 "among the product lines"},
        bad_case{"month_lock",
                 [](plan_spec& s) { s.period_limits = {{"west", "lathes", "2026-04", A, {.fixed = 1000}}}; }, errc::infeasible,
                 "unit 'west', product line 'lathes': spreading 200 over the months"}),
    [](const ::testing::TestParamInfo<bad_case>& param) { return std::string(param.param.name); });

}  // namespace
}  // namespace tandem::plan
