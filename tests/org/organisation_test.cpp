// Tests for tandem/org/organisation.hpp: building, every validation error, names from
// the catalog, and every query on the catalog's own structure (fixtures/organisations.hpp).
#include "tandem/org/organisation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "org/fixtures/organisations.hpp"
#include "tandem/core/error.hpp"
#include "time/support/expect_error.hpp"

namespace {

using namespace tandem::org;
using tandem::errc;
using tandem::org::testing::catalog_company;
using tandem::org::testing::dept;
using tandem::org::testing::role_in;
using tandem::time::testing::caught;
using strings = std::vector<std::string>;

void expect_invalid(const tandem::error& e, const std::string& message) {
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_EQ(std::string(e.what()), message);
}

// ---- ids ----

TEST(organisation_ids, well_formed_ids_follow_the_pattern_and_length) {
  EXPECT_TRUE(is_well_formed_org_id("a"));
  EXPECT_TRUE(is_well_formed_org_id("org_x_9"));
  EXPECT_TRUE(is_well_formed_org_id(std::string(64, 'a')));
  EXPECT_FALSE(is_well_formed_org_id(std::string(65, 'a')));
  EXPECT_FALSE(is_well_formed_org_id(""));
  EXPECT_FALSE(is_well_formed_org_id("Sales"));
  EXPECT_FALSE(is_well_formed_org_id("9sales"));
  EXPECT_FALSE(is_well_formed_org_id("_sales"));
  EXPECT_FALSE(is_well_formed_org_id("sales-dept"));
  EXPECT_FALSE(is_well_formed_org_id("sales dept"));
  EXPECT_FALSE(is_well_formed_org_id("销售部"));
}

TEST(organisation_ids, malformed_ids_are_rejected_everywhere) {
  organisation org;
  org.add_unit(role_in("boss", "", "老板", "Boss"));
  expect_invalid(caught([&] { org.add_unit(dept("Sales", "", "销售", "Sales")); }),
                 "malformed unit id 'Sales': must match [a-z][a-z0-9_]* and have at most 64 characters");
  expect_invalid(caught([&] { org.add_unit(dept(std::string(65, 'x'), "", "x", "x")); }),
                 "malformed unit id '" + std::string(65, 'x') +
                     "': must match [a-z][a-z0-9_]* and have at most 64 characters");
  expect_invalid(
      caught([&] { org.add_unit(dept("sales", "the-boss", "销售", "Sales")); }),
      "malformed superior id 'the-boss': must match [a-z][a-z0-9_]* and have at most 64 characters");
  expect_invalid(caught([&] {
                   org.add_duty({"1st_duty", "", "First"});
                 }),
                 "malformed duty id '1st_duty': must match [a-z][a-z0-9_]* and have at most 64 characters");
  expect_invalid(caught([&] { org.assign_person("Li Lei", "boss"); }),
                 "malformed person id 'Li Lei': must match [a-z][a-z0-9_]* and have at most 64 characters");
  EXPECT_EQ(org.units().size(), 1u);
}

// ---- units ----

TEST(organisation_units, catalog_ids_take_catalog_names_and_host_names_override) {
  organisation org;
  org.add_unit(dept("org_sales_department", ""));
  org.add_unit(dept("org_marketing_department", "", "", "Market Department"));
  org.add_unit(role_in("buyer", "", "采购员", ""));
  const unit& sales = org.unit_at("org_sales_department");
  EXPECT_EQ(sales.zh, "销售部");  // catalog departments_and_roles.org_units
  EXPECT_EQ(sales.en, "Sales Department");
  EXPECT_EQ(sales.function, unit_function::sales);
  const unit& marketing = org.unit_at("org_marketing_department");
  EXPECT_EQ(marketing.zh, "市场部");
  EXPECT_EQ(marketing.en, "Market Department");
  EXPECT_EQ(marketing.name(lang::en), "Market Department");
  EXPECT_EQ(marketing.function, unit_function::marketing);
  const unit& buyer = org.unit_at("buyer");
  EXPECT_EQ(buyer.en, "采购员");  // falls back to the only name given
  EXPECT_EQ(buyer.kind, unit_kind::role);
  EXPECT_EQ(buyer.function, unit_function::none);
  EXPECT_EQ(org.unit_with(unit_function::sales), &sales);
  EXPECT_EQ(org.unit_with(unit_function::marketing_and_sales), nullptr);
  EXPECT_EQ(org.find_unit("nobody"), nullptr);
  expect_invalid(caught([&] { (void)org.unit_at("nobody"); }), "unknown unit 'nobody'");
}

TEST(organisation_units, duplicate_ids_are_rejected_and_leave_the_organisation_unchanged) {
  organisation org;
  org.add_unit(dept("org_sales_department", ""));
  expect_invalid(caught([&] { org.add_unit(dept("org_sales_department", "")); }),
                 "duplicate unit id 'org_sales_department'");
  ASSERT_EQ(org.units().size(), 1u);
  org.add_unit(dept("plant", "", "工厂", "Plant"));
  EXPECT_EQ(org.units().back().id, "plant");
}

TEST(organisation_units, catalog_ids_keep_their_kind) {
  organisation org;
  expect_invalid(caught([&] { org.add_unit(role_in("org_sales_department", "")); }),
                 "unit 'org_sales_department' is a catalog org_unit id and cannot be a role");
  expect_invalid(caught([&] { org.add_unit(dept("role_marketing_director", "")); }),
                 "unit 'role_marketing_director' is a catalog role id and cannot be a department");
  expect_invalid(
      caught([&] { org.add_unit(dept("sales_resp_product_sales", "")); }),
      "unit 'sales_resp_product_sales' is a catalog sales_responsibility id and cannot be a department");
  expect_invalid(caught([&] { org.add_unit(dept("plant", "")); }),
                 "unit 'plant' is not a catalog id and needs a zh or en name");
  EXPECT_TRUE(org.units().empty());
}

TEST(organisation_units, functions_must_be_unambiguous) {
  organisation org;
  expect_invalid(
      caught([&] { org.add_unit(dept("org_sales_department", "", "", "", unit_function::marketing)); }),
      "unit 'org_sales_department' is the catalog's sales department and cannot have the function "
      "marketing");
  org.add_unit(dept("org_marketing_department", ""));
  expect_invalid(
      caught([&] { org.add_unit(dept("promo", "", "推广部", "Promotion", unit_function::marketing)); }),
      "unit 'promo' (marketing) conflicts with unit 'org_marketing_department' (marketing): at most one "
      "marketing and one sales unit, or one unit doing both");
  expect_invalid(
      caught(
          [&] { org.add_unit(dept("both", "", "市场营销部", "Both", unit_function::marketing_and_sales)); }),
      "unit 'both' (marketing_and_sales) conflicts with unit 'org_marketing_department' (marketing): at "
      "most one marketing and one sales unit, or one unit doing both");
  // An explicit none on a host unit, and the catalog's own function stated explicitly, are fine.
  org.add_unit(dept("org_sales_department", "", "", "", unit_function::sales));
  org.add_unit(dept("hr", "", "人事部", "HR", unit_function::none));
  EXPECT_EQ(org.units().size(), 3u);

  organisation merged;
  merged.add_unit(dept("both", "", "市场营销部", "Both", unit_function::marketing_and_sales));
  expect_invalid(
      caught([&] { merged.add_unit(dept("org_sales_department", "")); }),
      "unit 'org_sales_department' (sales) conflicts with unit 'both' (marketing_and_sales): at most one "
      "marketing and one sales unit, or one unit doing both");
}

TEST(organisation_units, enum_names_are_pinned_and_values_outside_them_are_rejected) {
  EXPECT_EQ(to_string(unit_kind::department), "department");
  EXPECT_EQ(to_string(unit_kind::role), "role");
  EXPECT_EQ(to_string(unit_function::from_id), "from_id");
  EXPECT_EQ(to_string(unit_function::none), "none");
  EXPECT_EQ(to_string(unit_function::marketing), "marketing");
  EXPECT_EQ(to_string(unit_function::sales), "sales");
  EXPECT_EQ(to_string(unit_function::marketing_and_sales), "marketing_and_sales");
  EXPECT_EQ(static_cast<int>(unit_function::marketing_and_sales), 4);
  EXPECT_EQ(static_cast<int>(duty_source::host), 2);
  // A host passing a number from outside (a future C API) gets an error, not UB.
  organisation org;
  unit_spec bad_kind = dept("plant", "", "工厂", "Plant");
  bad_kind.kind = static_cast<unit_kind>(7);
  expect_invalid(caught([&] { org.add_unit(bad_kind); }), "unit 'plant' has an unknown kind");
  unit_spec bad_function = dept("plant", "", "工厂", "Plant");
  bad_function.function = static_cast<unit_function>(9);
  expect_invalid(caught([&] { org.add_unit(bad_function); }), "unit 'plant' has an unknown function");
  EXPECT_TRUE(org.units().empty());
}

// ---- the reporting tree ----

TEST(organisation_tree, dangling_superiors_are_rejected_by_validate) {
  organisation org;
  org.add_unit(dept("org_sales_department", "role_marketing_vp"));  // superior added later: fine
  org.add_unit(role_in("role_marketing_vp", ""));
  org.validate();
  org.add_unit(dept("plant", "operations_director", "工厂", "Plant"));
  expect_invalid(caught([&] { org.validate(); }),
                 "unit 'plant' reports to unknown superior 'operations_director'");
  // Tree queries validate first.
  expect_invalid(caught([&] { (void)org.subtree("role_marketing_vp"); }),
                 "unit 'plant' reports to unknown superior 'operations_director'");
}

TEST(organisation_tree, cycles_are_rejected_naming_the_ids_on_the_loop) {
  organisation org;
  expect_invalid(caught([&] { org.add_unit(dept("a", "a", "甲", "A")); }), "reporting cycle: a -> a");
  // tail -> a -> b -> c -> a: the walk from tail meets a again; the tail is not on the loop.
  org.add_unit(dept("tail", "a", "尾", "Tail"));
  org.add_unit(dept("a", "b", "甲", "A"));
  org.add_unit(dept("b", "c", "乙", "B"));
  org.add_unit(dept("c", "a", "丙", "C"));
  expect_invalid(caught([&] { org.validate(); }), "reporting cycle: a -> b -> c -> a");
  expect_invalid(caught([&] { (void)org.superior_chain("tail"); }), "reporting cycle: a -> b -> c -> a");
  expect_invalid(caught([&] { (void)org.duties_of("a", true); }), "reporting cycle: a -> b -> c -> a");
}

TEST(organisation_tree, chains_subordinates_and_subtrees_follow_the_catalog_structure) {
  const organisation org = catalog_company();
  org.validate();
  EXPECT_EQ(org.superior_chain("role_field_sales_staff"),
            (strings{"role_sales_department_manager", "org_sales_department", "role_marketing_director",
                     "role_general_manager"}));
  EXPECT_EQ(org.superior_chain("role_general_manager"), strings{});
  // The five supervisors under the marketing department, as the catalog lists them.
  EXPECT_EQ(org.direct_subordinates("org_marketing_department"),
            (strings{"role_business_supervisor", "role_planning_supervisor", "role_office_admin_supervisor",
                     "role_new_product_development_supervisor", "role_distribution_supervisor"}));
  EXPECT_EQ(org.direct_subordinates("role_marketing_director"),
            (strings{"org_marketing_department", "org_sales_department"}));
  // Depth first, in the order added.
  EXPECT_EQ(org.subtree("role_marketing_director"),
            (strings{"role_marketing_director", "org_marketing_department", "role_business_supervisor",
                     "role_planning_supervisor", "role_office_admin_supervisor",
                     "role_new_product_development_supervisor", "role_distribution_supervisor",
                     "org_sales_department", "role_sales_department_manager", "role_field_sales_staff"}));
  EXPECT_EQ(org.subtree("role_field_sales_staff"), strings{"role_field_sales_staff"});
  expect_invalid(caught([&] { (void)org.direct_subordinates("ghost"); }), "unknown unit 'ghost'");
}

// ---- people ----

TEST(organisation_people, people_hold_roles_and_errors_name_the_ids) {
  organisation org = catalog_company();
  EXPECT_EQ(org.people_in("role_field_sales_staff"), (strings{"chen_jing", "liu_yang"}));
  EXPECT_EQ(org.people_in("role_distribution_supervisor"), strings{});
  EXPECT_EQ(org.roles_of("zhao_lei"), (strings{"role_sales_department_manager", "role_business_supervisor"}));
  EXPECT_EQ(org.roles_of("nobody"), strings{});
  expect_invalid(caught([&] { org.assign_person("li_lei", "role_cfo"); }),
                 "cannot assign person 'li_lei' to unknown role 'role_cfo'");
  expect_invalid(caught([&] { org.assign_person("li_lei", "org_sales_department"); }),
                 "cannot assign person 'li_lei' to 'org_sales_department': it is a department, not a role");
  expect_invalid(caught([&] { org.assign_person("chen_jing", "role_field_sales_staff"); }),
                 "person 'chen_jing' is already assigned to role 'role_field_sales_staff'");
  expect_invalid(caught([&] { (void)org.people_in("role_cfo"); }), "unknown unit 'role_cfo'");
  EXPECT_EQ(org.people_in("role_field_sales_staff").size(), 2u);
  EXPECT_EQ(org.roles_of("li_lei"), strings{});
}

// ---- duties ----

TEST(organisation_duties, known_duties_are_the_catalogs_then_the_hosts) {
  const organisation org = catalog_company();
  const std::vector<duty> all = org.duties();
  // 22 marketing duties + 23 sales responsibilities (catalog.json) + 2 host duties.
  ASSERT_EQ(all.size(), 22u + 23u + 2u);
  EXPECT_EQ(all.front().id, "mkt_resp_market_analysis_01_trends_and_customer_relations");
  EXPECT_EQ(all.front().source, duty_source::marketing_duty);
  EXPECT_EQ(all[22].id, "sales_resp_find_demand_customers");
  EXPECT_EQ(all[22].source, duty_source::sales_responsibility);
  EXPECT_EQ(all[45].id, "key_account_review");
  EXPECT_EQ(all[46].id, "trade_fair_budget");
  EXPECT_EQ(all[46].zh, "Trade fair budget");  // only en given
  EXPECT_EQ(all[46].source, duty_source::host);
  EXPECT_EQ(org.duty_at("sales_resp_customer_development").zh, "客户开发");
  EXPECT_EQ(org.duty_at("key_account_review").name(lang::zh), "大客户评审");
  EXPECT_TRUE(org.is_known_duty("key_account_review"));
  EXPECT_FALSE(org.is_known_duty("mkt_resp_market_analysis"));  // an area, not a duty
  expect_invalid(caught([&] { (void)org.duty_at("nope"); }), "unknown duty 'nope'");
}

TEST(organisation_duties, host_duty_ids_must_not_collide) {
  organisation org;
  expect_invalid(
      caught([&] {
        org.add_duty({"mkt_resp_info_mgmt_03_early_warning", "", "Warn"});
      }),
      "host duty id 'mkt_resp_info_mgmt_03_early_warning' collides with the catalog's marketing_duty "
      "'mkt_resp_info_mgmt_03_early_warning'");
  expect_invalid(caught([&] {
                   org.add_duty({"sales_resp_product_sales", "", "Sell"});
                 }),
                 "host duty id 'sales_resp_product_sales' collides with the catalog's sales_responsibility "
                 "'sales_resp_product_sales'");
  expect_invalid(
      caught([&] {
        org.add_duty({"org_sales_department", "", "Sell"});
      }),
      "host duty id 'org_sales_department' collides with the catalog's org_unit 'org_sales_department'");
  expect_invalid(caught([&] {
                   org.add_duty({"mkt_resp_market_analysis", "", "Area"});
                 }),
                 "host duty id 'mkt_resp_market_analysis' collides with the catalog's marketing_area "
                 "'mkt_resp_market_analysis'");
  expect_invalid(caught([&] { org.add_duty({"audit", "", ""}); }), "duty 'audit' needs a zh or en name");
  org.add_duty({"audit", "审计", "Audit"});
  expect_invalid(caught([&] { org.add_duty({"audit", "审计", "Audit"}); }), "duplicate duty id 'audit'");
  EXPECT_EQ(org.duties().size(), 46u);
}

TEST(organisation_duties, assigning_unknown_duties_or_owners_is_rejected) {
  organisation org;
  org.add_unit(dept("org_sales_department", ""));
  expect_invalid(
      caught([&] { org.assign_duty("mkt_resp_market_analysis", "org_sales_department"); }),
      "cannot assign unknown duty 'mkt_resp_market_analysis' to 'org_sales_department': not a catalog "
      "marketing duty or sales responsibility, nor a host duty");
  expect_invalid(caught([&] { org.assign_duty("sales_resp_product_sales", "org_marketing_department"); }),
                 "cannot assign duty 'sales_resp_product_sales' to unknown unit 'org_marketing_department'");
  org.assign_duty("sales_resp_product_sales", "org_sales_department");
  expect_invalid(caught([&] { org.assign_duty("sales_resp_product_sales", "org_sales_department"); }),
                 "duty 'sales_resp_product_sales' is already assigned to 'org_sales_department'");
  EXPECT_EQ(org.duty_assignments().size(), 1u);
  expect_invalid(caught([&] { (void)org.owners_of("nope"); }), "unknown duty 'nope'");
  expect_invalid(caught([&] { (void)org.duties_of("nope"); }), "unknown unit 'nope'");
}

// ---- queries on the catalog's structure ----

TEST(organisation_queries, owners_of_a_duty) {
  const organisation org = catalog_company();
  EXPECT_EQ(org.owners_of("mkt_resp_market_analysis_03_survey_and_forecast"),
            strings{"role_planning_supervisor"});
  EXPECT_EQ(org.owners_of("mkt_resp_org_actions_02_professional_training"),
            (strings{"role_business_supervisor", "role_sales_department_manager"}));
  EXPECT_EQ(org.owners_of("key_account_review"), strings{"role_sales_department_manager"});
  EXPECT_EQ(org.owners_of("trade_fair_budget"), strings{});
}

TEST(organisation_queries, unowned_duties_are_exactly_the_gaps_left) {
  // The fixture leaves out one marketing duty, two sales responsibilities, one host duty.
  EXPECT_EQ(catalog_company().unowned_duties(),
            (strings{"mkt_resp_org_actions_04_mobilise_review_reward", "sales_resp_convey_brand_image",
                     "sales_resp_market_share_growth", "trade_fair_budget"}));
  // An empty organisation owns nothing: every catalog duty is unowned.
  EXPECT_EQ(organisation().unowned_duties().size(), 45u);
}

TEST(organisation_queries, duties_owned_more_than_once_are_exactly_the_shared_ones) {
  const std::vector<duty_owners> expected{
      {"mkt_resp_marketing_plan_07_sales_payment_supervision",
       {"role_office_admin_supervisor", "finance_department"}},
      {"mkt_resp_org_actions_02_professional_training",
       {"role_business_supervisor", "role_sales_department_manager"}},
      {"sales_resp_payment_collection", {"role_field_sales_staff", "finance_department"}},
  };
  EXPECT_EQ(catalog_company().duties_owned_more_than_once(), expected);
}

TEST(organisation_queries, what_one_unit_owns_with_and_without_subordinates) {
  const organisation org = catalog_company();
  EXPECT_EQ(org.duties_of("role_office_admin_supervisor"),
            (std::vector<duty_assignment>{
                {"mkt_resp_marketing_plan_07_sales_payment_supervision", "role_office_admin_supervisor"},
                {"mkt_resp_info_mgmt_01_related_information", "role_office_admin_supervisor"},
                {"mkt_resp_info_mgmt_02_competitor_information", "role_office_admin_supervisor"},
                {"mkt_resp_info_mgmt_03_early_warning", "role_office_admin_supervisor"},
                {"mkt_resp_info_mgmt_04_market_survey_information", "role_office_admin_supervisor"}}));
  const auto own = org.duties_of("org_marketing_department");
  ASSERT_EQ(own.size(), 7u);  // plan 01..06 and org_actions_01
  EXPECT_EQ(own.front().duty_id, "mkt_resp_marketing_plan_01_annual_plan_for_review");
  EXPECT_EQ(own.back().duty_id, "mkt_resp_org_actions_01_set_and_assign_targets");
  // With the five supervisors: every marketing duty but the unowned org_actions_04,
  // each once (plan_07 and org_actions_02 are shared with units outside marketing).
  const auto all = org.duties_of("org_marketing_department", true);
  ASSERT_EQ(all.size(), 21u);
  EXPECT_EQ(all[0], (duty_assignment{"mkt_resp_market_analysis_01_trends_and_customer_relations",
                                     "role_planning_supervisor"}));
  EXPECT_EQ(all[20], (duty_assignment{"mkt_resp_org_actions_03_brand_promotion_incentives",
                                      "role_planning_supervisor"}));
  for (const duty_assignment& a : all) EXPECT_NE(a.owner_id, "role_sales_department_manager");
  // The director has no duty of its own; below it is everything but finance's two.
  EXPECT_EQ(org.duties_of("role_marketing_director"), std::vector<duty_assignment>{});
  EXPECT_EQ(org.duties_of("role_marketing_director", true).size(), org.duty_assignments().size() - 2);
  // The sales side: 20 responsibilities to the department, the shared training and
  // the host's key account review to the manager, payment collection to field staff.
  const auto sales = org.duties_of("org_sales_department", true);
  ASSERT_EQ(sales.size(), 23u);
  EXPECT_EQ(sales[0], (duty_assignment{"mkt_resp_org_actions_02_professional_training",
                                       "role_sales_department_manager"}));
  EXPECT_EQ(sales.back(), (duty_assignment{"key_account_review", "role_sales_department_manager"}));
  EXPECT_EQ(org.duties_of("role_general_manager", true).size(), org.duty_assignments().size());
}

TEST(organisation_queries, a_failed_assignment_leaves_every_query_unchanged) {
  organisation org = catalog_company();
  const auto unowned = org.unowned_duties();
  const auto twice = org.duties_owned_more_than_once();
  EXPECT_THROW(org.assign_duty("trade_fair_budget", "ghost"), tandem::error);
  EXPECT_THROW(org.assign_duty("ghost_duty", "finance_department"), tandem::error);
  EXPECT_EQ(org.unowned_duties(), unowned);
  EXPECT_EQ(org.duties_owned_more_than_once(), twice);
  org.assign_duty("trade_fair_budget", "finance_department");
  EXPECT_EQ(org.unowned_duties().back(), "sales_resp_market_share_growth");
}

}  // namespace

// ---- large and deep trees (the walks are iterative and linear) ----

namespace deep {

std::string name(std::size_t i) { return "u" + std::to_string(i); }

// The slow definitions the library must agree with: walk up from each unit in the
// order added, remembering the walk; the first unit met twice closes the loop.
std::optional<std::string> reference_cycle(const organisation& org) {
  for (const unit& start : org.units()) {
    std::vector<std::string> walk;
    const unit* u = &start;
    while (u != nullptr && !u->superior_id.empty()) {
      walk.push_back(u->id);
      const auto seen = std::find(walk.begin(), walk.end(), u->superior_id);
      if (seen != walk.end()) {
        std::string text = "reporting cycle: ";
        for (auto it = seen; it != walk.end(); ++it) text += *it + " -> ";
        return text + u->superior_id;
      }
      u = org.find_unit(u->superior_id);
    }
  }
  return std::nullopt;
}

// Depth first, children in the order added, by recursion over the unit list.
void reference_subtree(const organisation& org, const std::string& id, std::vector<std::string>& out) {
  out.push_back(id);
  for (const unit& u : org.units())
    if (u.superior_id == id) reference_subtree(org, u.id, out);
}

}  // namespace deep

TEST(organisation_tree, a_chain_of_twenty_thousand_units_validates_and_walks) {
  organisation org;
  const std::size_t n = 20000;
  org.add_unit(dept(deep::name(0), "", "", "Top"));
  for (std::size_t i = 1; i < n; ++i) org.add_unit(dept(deep::name(i), deep::name(i - 1), "", "U"));
  org.validate();
  const std::vector<std::string> all = org.subtree(deep::name(0));
  ASSERT_EQ(all.size(), n);
  for (std::size_t i = 0; i < n; ++i) ASSERT_EQ(all[i], deep::name(i));
  EXPECT_EQ(org.superior_chain(deep::name(n - 1)).size(), n - 1);
  // Closing the chain into a loop names every unit on it, from the first added.
  organisation looped;
  for (std::size_t i = 0; i < 1000; ++i) looped.add_unit(dept(deep::name(i), deep::name((i + 999) % 1000), "", "U"));
  const tandem::error e = caught([&] { looped.validate(); });
  std::string expected = "reporting cycle: u0";
  for (std::size_t i = 999; i >= 1; --i) expected += " -> " + deep::name(i);
  EXPECT_EQ(std::string(e.what()), expected + " -> u0");
}

TEST(organisation_tree, validate_and_subtree_agree_with_the_slow_definitions_on_random_forests) {
  std::mt19937_64 rng(20261127);
  for (int round = 0; round < 300; ++round) {
    const std::size_t n = 1 + rng() % 40;
    organisation org;
    for (std::size_t i = 0; i < n; ++i) {
      // Mostly a superior added earlier (a forest); sometimes a later one or none,
      // which may close loops.
      std::string superior;
      const auto pick = rng() % 10;
      if (pick < 6 && i > 0) superior = deep::name(rng() % i);
      else if (pick < 8) superior = deep::name(rng() % n);
      if (superior == deep::name(i)) superior.clear();
      org.add_unit(dept(deep::name(i), superior, "", "U"));
    }
    const std::optional<std::string> cycle = deep::reference_cycle(org);
    if (cycle) {
      EXPECT_EQ(std::string(caught([&] { org.validate(); }).what()), *cycle) << "round " << round;
      continue;
    }
    org.validate();
    for (std::size_t i = 0; i < n; ++i) {
      std::vector<std::string> expected;
      deep::reference_subtree(org, deep::name(i), expected);
      EXPECT_EQ(org.subtree(deep::name(i)), expected) << "round " << round << " unit " << i;
    }
  }
}

TEST(organisation_units, names_must_be_valid_utf8) {
  organisation org;
  expect_invalid(caught([&] { org.add_unit(dept("plant", "", "厂\xff", "Plant")); }),
                 "unit 'plant': the zh name is not valid UTF-8");
  expect_invalid(caught([&] { org.add_unit(dept("plant", "", "", "Pl\xc3")); }),
                 "unit 'plant': the en name is not valid UTF-8");
  expect_invalid(caught([&] { org.add_unit(dept("org_sales_department", "", "", "\xed\xa0\x80")); }),
                 "unit 'org_sales_department': the en name is not valid UTF-8");
  expect_invalid(caught([&] { org.add_duty({.id = "audit", .zh = "审计", .en = "Audit \x80"}); }),
                 "duty 'audit': the en name is not valid UTF-8");
  EXPECT_TRUE(org.units().empty());
  EXPECT_FALSE(org.is_known_duty("audit"));
  org.add_unit(dept("plant", "", "工厂", "Plant"));
  EXPECT_EQ(org.unit_at("plant").zh, "工厂");
}

TEST(organisation_people, repeated_pairs_are_refused_among_many) {
  organisation org;
  org.add_unit(role_in("engineer", "", "工程师", "Engineer"));
  org.add_unit(role_in("lead", "", "组长", "Lead"));
  org.add_duty({.id = "audit", .en = "Audit"});
  for (int i = 0; i < 2000; ++i) org.assign_person("p" + std::to_string(i), "engineer");
  org.assign_person("p7", "lead");
  expect_invalid(caught([&] { org.assign_person("p1999", "engineer"); }),
                 "person 'p1999' is already assigned to role 'engineer'");
  org.assign_duty("audit", "engineer");
  org.assign_duty("audit", "lead");
  expect_invalid(caught([&] { org.assign_duty("audit", "lead"); }), "duty 'audit' is already assigned to 'lead'");
  EXPECT_EQ(org.people_in("engineer").size(), 2000U);
  EXPECT_EQ(org.roles_of("p7"), (strings{"engineer", "lead"}));
  EXPECT_EQ(org.owners_of("audit"), (strings{"engineer", "lead"}));
}
