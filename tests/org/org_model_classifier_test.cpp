// Tests for tandem/org/org_model_classifier.hpp: one fixture per organisation model
// (fixtures/organisations.hpp), the reasons with their ids, and the changes towards
// model 4. Expected ids are read off the fixtures by hand against the rules in
// docs/domain.md ("Organisation model").
#include "tandem/org/org_model_classifier.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "org/fixtures/organisations.hpp"
#include "tandem/core/error.hpp"
#include "time/support/expect_error.hpp"

namespace {

using namespace tandem::org;
using namespace tandem::org::testing;
using tandem::time::testing::caught;
using strings = std::vector<std::string>;

const std::string plan_01 = "mkt_resp_marketing_plan_01_annual_plan_for_review";
const std::string plan_02 = "mkt_resp_marketing_plan_02_stage_strategies";
const std::string plan_03 = "mkt_resp_marketing_plan_03_targets_decompose_quantify";
const std::string plan_06 = "mkt_resp_marketing_plan_06_evaluation_and_expense_plans";
const std::string actions_01 = "mkt_resp_org_actions_01_set_and_assign_targets";
const std::string analysis[] = {"mkt_resp_market_analysis_01_trends_and_customer_relations",
                                "mkt_resp_market_analysis_02_environment_and_strategy",
                                "mkt_resp_market_analysis_03_survey_and_forecast",
                                "mkt_resp_market_analysis_04_target_analysis"};
const std::string info[] = {
    "mkt_resp_info_mgmt_01_related_information", "mkt_resp_info_mgmt_02_competitor_information",
    "mkt_resp_info_mgmt_03_early_warning", "mkt_resp_info_mgmt_04_market_survey_information"};

strings management() { return {plan_01, plan_02, plan_03, plan_06, actions_01}; }
strings support() {
  strings s(std::begin(analysis), std::end(analysis));
  s.insert(s.end(), std::begin(info), std::end(info));
  return s;
}

strings reason_ids(const std::vector<org_model_reason>& reasons) {
  strings out;
  for (const org_model_reason& r : reasons) out.push_back(r.id);
  return out;
}

TEST(org_model_duty_sets, are_catalog_marketing_duties_in_catalog_order) {
  strings m, s;
  for (std::string_view id : management_duties()) {
    EXPECT_NE(find<marketing_duty>(id), nullptr) << id;
    m.emplace_back(id);
  }
  for (std::string_view id : support_duties()) {
    EXPECT_NE(find<marketing_duty>(id), nullptr) << id;
    s.emplace_back(id);
  }
  EXPECT_EQ(m, management());
  EXPECT_EQ(s, support());
}

TEST(org_model_classifier, model_1_one_unit_does_both) {
  const organisation org = merged_company();
  const org_model_classification c = classify_org_model(org);
  ASSERT_NE(c.model, nullptr);
  EXPECT_EQ(c.model->id, "org_model_1_marketing_equals_sales");
  EXPECT_EQ(c.model->structure, org_structure::merged);
  ASSERT_EQ(c.reasons.size(), 1u);
  EXPECT_EQ(c.reasons[0].id, "marketing_and_sales_in_one_unit");
  EXPECT_EQ(c.reasons[0].ids, strings{"marketing_sales_department"});
  EXPECT_EQ(c.reasons[0].text(lang::zh),
            "市场营销部(marketing_sales_department)同时承担市场和销售工作,没有独立的市场部");
  EXPECT_EQ(
      c.reasons[0].text(lang::en),
      "Marketing & Sales Department (marketing_sales_department) does both the marketing and the sales work; "
      "there is no separate marketing department");
}

TEST(org_model_classifier, model_1_no_marketing_department) {
  organisation org;
  org.add_unit(role_in("role_general_manager", ""));
  org.add_unit(dept("org_sales_department", "role_general_manager"));
  const org_model_classification c = classify_org_model(org);
  EXPECT_EQ(c.model->number, 1);
  ASSERT_EQ(c.reasons.size(), 1u);
  EXPECT_EQ(c.reasons[0].id, "no_marketing_department");
  EXPECT_EQ(c.reasons[0].ids, strings{"org_sales_department"});
  // Nothing at all: both are missing.
  EXPECT_EQ(reason_ids(classify_org_model(organisation()).reasons),
            (strings{"no_marketing_department", "no_sales_department"}));
}

TEST(org_model_classifier, model_2_marketing_reports_to_sales) {
  const org_model_classification c = classify_org_model(marketing_under_sales_company());
  EXPECT_EQ(c.model->id, "org_model_2_marketing_under_sales");
  ASSERT_EQ(c.reasons.size(), 1u);
  EXPECT_EQ(c.reasons[0].id, "marketing_reports_to_sales");
  // The chain from marketing up to and including sales.
  EXPECT_EQ(c.reasons[0].ids,
            (strings{"org_marketing_department", "role_sales_department_manager", "org_sales_department"}));
  EXPECT_EQ(c.reasons[0].en,
            "The marketing department reports to the sales department: Marketing Department "
            "(org_marketing_department) -> Sales Department Manager (role_sales_department_manager) -> Sales "
            "Department (org_sales_department)");
  EXPECT_EQ(
      c.reasons[0].zh,
      "市场部隶属于销售部:市场部(org_marketing_department) -> 销售部经理(role_sales_department_manager) -> "
      "销售部(org_sales_department)");
}

TEST(org_model_classifier, model_3_peers_without_management_duties) {
  // Host ids mapped to the two departments by function.
  const org_model_classification c = classify_org_model(independent_company());
  EXPECT_EQ(c.model->id, "org_model_3_marketing_independent");
  EXPECT_EQ(reason_ids(c.reasons),
            (strings{"marketing_independent_of_sales", "marketing_owns_no_management_duty",
                     "marketing_owns_support_duties", "marketing_lacks_support_duties"}));
  EXPECT_EQ(c.reasons[0].ids, (strings{"brand_department", "business_department"}));
  EXPECT_EQ(c.reasons[1].ids, management());
  EXPECT_EQ(c.reasons[2].ids,
            strings(std::begin(analysis), std::end(analysis)));  // owned by the analyst below
  EXPECT_EQ(c.reasons[3].ids, strings(std::begin(info), std::end(info)));
  EXPECT_EQ(c.reasons[1].en, "The marketing side owns none of the 5 management duties: " + plan_01 + ", " +
                                 plan_02 + ", " + plan_03 + ", " + plan_06 + ", " + actions_01);
  EXPECT_EQ(c.reasons[3].zh,
            "市场部一方不承担以下支持职责:" + info[0] + "、" + info[1] + "、" + info[2] + "、" + info[3]);
  EXPECT_EQ(c.reasons[2].en, "The marketing side owns 4 of the 8 support duties: " + analysis[0] + ", " +
                                 analysis[1] + ", " + analysis[2] + ", " + analysis[3]);
}

TEST(org_model_classifier, model_4_the_catalog_structure) {
  const org_model_classification c = classify_org_model(catalog_company());
  EXPECT_EQ(c.model->id, "org_model_4_marketing_supports_and_manages_sales");
  EXPECT_TRUE(c.model->recommended_for_industrial);
  EXPECT_EQ(reason_ids(c.reasons),
            (strings{"marketing_independent_of_sales", "marketing_owns_management_duties",
                     "marketing_owns_support_duties"}));
  EXPECT_EQ(c.reasons[0].ids, (strings{"org_marketing_department", "org_sales_department"}));
  EXPECT_EQ(c.reasons[1].ids, management());
  EXPECT_EQ(c.reasons[2].ids, support());
  EXPECT_TRUE(changes_towards_model_4(catalog_company()).empty());
}

TEST(org_model_classifier, one_missing_management_duty_keeps_model_3) {
  // The catalog company with sales, not marketing, issuing the targets.
  const organisation base = catalog_company();
  organisation org;
  for (const unit& u : base.units()) org.add_unit({u.id, u.kind, u.zh, u.en, u.superior_id, u.function});
  for (const duty_assignment& a : base.duty_assignments()) {
    if (a.duty_id.starts_with("sales_resp") || a.duty_id == "key_account_review") continue;
    org.assign_duty(a.duty_id, a.duty_id == actions_01 ? "org_sales_department" : a.owner_id);
  }
  const org_model_classification c = classify_org_model(org);
  EXPECT_EQ(c.model->number, 3);
  EXPECT_EQ(reason_ids(c.reasons),
            (strings{"marketing_independent_of_sales", "marketing_owns_management_duties",
                     "marketing_lacks_management_duties", "marketing_owns_support_duties"}));
  EXPECT_EQ(c.reasons[1].ids, (strings{plan_01, plan_02, plan_03, plan_06}));
  EXPECT_EQ(c.reasons[2].ids, strings{actions_01});
  EXPECT_EQ(c.reasons[2].en, "The marketing side does not own these management duties: " + actions_01);
  EXPECT_EQ(c.reasons[1].zh,
            "市场部一方承担5项管理职责中的4项:" + plan_01 + "、" + plan_02 + "、" + plan_03 + "、" + plan_06);
  const std::vector<org_model_change> changes = changes_towards_model_4(org);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].id, "move_duty_to_marketing");
  EXPECT_EQ(changes[0].ids, (strings{actions_01, "org_marketing_department", "org_sales_department"}));
  EXPECT_EQ(
      changes[0].en,
      "Move the duty 'Set and allocate sales targets: break sales tasks down by stage and issue them to the "
      "sales department' (" +
          actions_01 +
          ") from Sales Department (org_sales_department) to Marketing "
          "Department (org_marketing_department)");
}

TEST(org_model_classifier, sales_under_marketing_is_judged_on_duties) {
  organisation org;
  org.add_unit(role_in("role_marketing_vp", ""));
  org.add_unit(dept("org_marketing_department", "role_marketing_vp"));
  org.add_unit(dept("org_sales_department", "org_marketing_department"));
  // Duties owned inside sales' subtree do not count for marketing, though it is below.
  org.assign_duty(plan_01, "org_sales_department");
  const org_model_classification c = classify_org_model(org);
  EXPECT_EQ(c.model->number, 3);
  EXPECT_EQ(reason_ids(c.reasons), (strings{"sales_reports_to_marketing", "marketing_owns_no_management_duty",
                                            "marketing_owns_no_support_duty"}));
  EXPECT_EQ(c.reasons[0].ids, (strings{"org_sales_department", "org_marketing_department"}));
  EXPECT_EQ(c.reasons[2].zh, "市场部一方不承担任何支持职责(共8项):" + analysis[0] + "、" + analysis[1] +
                                 "、" + analysis[2] + "、" + analysis[3] + "、" + info[0] + "、" + info[1] +
                                 "、" + info[2] + "、" + info[3]);
}

// The catalog company with one unit's superior or one duty's owner changed.
organisation catalog_company_with(const std::string& unit_id, const std::string& superior,
                                  const std::string& duty_id, const std::string& owner) {
  const organisation base = catalog_company();
  organisation org;
  for (const unit& u : base.units())
    org.add_unit({u.id, u.kind, u.zh, u.en, u.id == unit_id ? superior : u.superior_id, u.function});
  for (const duty& d : base.duties())
    if (d.source == duty_source::host) org.add_duty({d.id, d.zh, d.en});
  for (const duty_assignment& a : base.duty_assignments())
    org.assign_duty(a.duty_id, a.duty_id == duty_id ? owner : a.owner_id);
  return org;
}

TEST(org_model_classifier, the_catalog_company_under_the_sales_manager_is_model_2) {
  const organisation org =
      catalog_company_with("org_marketing_department", "role_sales_department_manager", "", "");
  const org_model_classification c = classify_org_model(org);
  EXPECT_EQ(c.model->number, 2);
  ASSERT_EQ(c.reasons.size(), 1u);
  EXPECT_EQ(c.reasons[0].ids,
            (strings{"org_marketing_department", "role_sales_department_manager", "org_sales_department"}));
  const std::vector<org_model_change> ch = changes_towards_model_4(org);
  ASSERT_EQ(ch.size(), 1u);  // marketing owns every duty already: only the reporting line moves
  EXPECT_EQ(ch[0].ids, (strings{"org_marketing_department", "org_sales_department",
                                "role_sales_department_manager", "role_marketing_director"}));
}

TEST(org_model_classifier, duties_owned_above_both_departments_count_for_neither) {
  // The director, not the marketing department, writes the annual plan.
  const organisation org = catalog_company_with("", "", plan_01, "role_marketing_director");
  const org_model_classification c = classify_org_model(org);
  EXPECT_EQ(c.model->number, 3);
  EXPECT_EQ(c.reasons[2].id, "marketing_lacks_management_duties");
  EXPECT_EQ(c.reasons[2].ids, strings{plan_01});
  const std::vector<org_model_change> ch = changes_towards_model_4(org);
  ASSERT_EQ(ch.size(), 1u);
  EXPECT_EQ(ch[0].ids, (strings{plan_01, "org_marketing_department", "role_marketing_director"}));
}

TEST(org_model_classifier, an_invalid_organisation_is_not_classified) {
  organisation org;
  org.add_unit(dept("org_marketing_department", "role_marketing_director"));
  EXPECT_THROW((void)classify_org_model(org), tandem::error);
  EXPECT_THROW((void)changes_towards_model_4(org), tandem::error);
}

// ---- what would move it to model 4 ----

TEST(org_model_changes, from_model_1_split_then_give_every_duty) {
  const std::vector<org_model_change> ch = changes_towards_model_4(merged_company());
  ASSERT_EQ(ch.size(), 1u + 5u + 8u);
  EXPECT_EQ(ch[0].id, "split_marketing_from_sales");
  EXPECT_EQ(ch[0].ids,
            (strings{"marketing_sales_department", "org_marketing_department", "role_general_manager"}));
  EXPECT_EQ(
      ch[0].en,
      "Split the marketing work out of Marketing & Sales Department (marketing_sales_department) into a "
      "separate "
      "marketing department (org_marketing_department) reporting to General Manager (role_general_manager)");
  // plan_03 and analysis_01 are owned by the merged unit: moved; the rest assigned.
  const strings order = [] {
    strings o = management();
    const strings s = support();
    o.insert(o.end(), s.begin(), s.end());
    return o;
  }();
  for (std::size_t i = 0; i < order.size(); ++i) {
    const org_model_change& c = ch[i + 1];
    EXPECT_EQ(c.ids[0], order[i]);
    EXPECT_EQ(c.ids[1], "org_marketing_department");
    if (order[i] == plan_03 || order[i] == analysis[0]) {
      EXPECT_EQ(c.id, "move_duty_to_marketing");
      EXPECT_EQ(c.ids.size(), 3u);
      EXPECT_EQ(c.ids[2], "marketing_sales_department");
    } else {
      EXPECT_EQ(c.id, "assign_duty_to_marketing");
      EXPECT_EQ(c.ids.size(), 2u);
    }
  }
}

TEST(org_model_changes, from_model_1_without_marketing_create_it) {
  organisation org;
  org.add_unit(dept("org_sales_department", ""));
  const std::vector<org_model_change> ch = changes_towards_model_4(org);
  ASSERT_EQ(ch.size(), 14u);
  EXPECT_EQ(ch[0].id, "create_marketing_department");
  EXPECT_EQ(ch[0].ids, strings{"org_marketing_department"});
  EXPECT_EQ(ch[0].en,
            "Set up a marketing department (org_marketing_department) reporting to no one (a top unit, as "
            "its peer)");
  EXPECT_EQ(ch[1].id, "assign_duty_to_marketing");
  EXPECT_EQ(ch[1].ids, (strings{plan_01, "org_marketing_department"}));
}

TEST(org_model_changes, from_model_1_without_sales_create_it) {
  organisation org;
  org.add_unit(role_in("role_marketing_director", ""));
  org.add_unit(dept("org_marketing_department", "role_marketing_director"));
  for (const std::string& d : management()) org.assign_duty(d, "org_marketing_department");
  for (const std::string& d : support()) org.assign_duty(d, "org_marketing_department");
  EXPECT_EQ(classify_org_model(org).model->number, 1);
  const std::vector<org_model_change> ch = changes_towards_model_4(org);
  ASSERT_EQ(ch.size(), 1u);
  EXPECT_EQ(ch[0].id, "create_sales_department");
  EXPECT_EQ(ch[0].ids, (strings{"org_sales_department", "role_marketing_director"}));
}

TEST(org_model_changes, from_model_2_lift_marketing_then_move_duties) {
  const std::vector<org_model_change> ch = changes_towards_model_4(marketing_under_sales_company());
  // 1 structural + 5 management (two moved from sales, three unowned) + 4 analysis
  // (info management is marketing's already).
  ASSERT_EQ(ch.size(), 10u);
  EXPECT_EQ(ch[0].id, "make_marketing_a_peer_of_sales");
  EXPECT_EQ(ch[0].ids, (strings{"org_marketing_department", "org_sales_department",
                                "role_sales_department_manager", "role_general_manager"}));
  EXPECT_EQ(
      ch[0].en,
      "Make Marketing Department (org_marketing_department) report to General Manager (role_general_manager) "
      "instead of Sales Department Manager (role_sales_department_manager), as a peer of Sales Department "
      "(org_sales_department)");
  EXPECT_EQ(
      ch[0].zh,
      "让市场部(org_marketing_department)改为向总经理(role_general_manager)汇报,不再向销售部经理(role_sales_"
      "department_manager)汇报,与销售部(org_sales_department)平级");
  EXPECT_EQ(ch[1].ids, (strings{plan_01, "org_marketing_department"}));
  EXPECT_EQ(ch[3].id, "move_duty_to_marketing");
  EXPECT_EQ(ch[3].ids, (strings{plan_03, "org_marketing_department", "org_sales_department"}));
  EXPECT_EQ(ch[5].id, "move_duty_to_marketing");
  EXPECT_EQ(ch[5].ids, (strings{actions_01, "org_marketing_department", "org_sales_department"}));
  EXPECT_EQ(ch[5].zh, "把职责“指定并分配销售目标:将销售任务按阶段分解下达销售部”(" + actions_01 +
                          ")从销售部(org_sales_department)移交给市场部(org_marketing_department)");
  EXPECT_EQ(ch[9].ids, (strings{analysis[3], "org_marketing_department"}));
}

TEST(org_model_changes, from_model_3_move_targets_and_fill_gaps) {
  const std::vector<org_model_change> ch = changes_towards_model_4(independent_company());
  ASSERT_EQ(ch.size(), 5u + 4u);  // all management, the four info management duties
  EXPECT_EQ(ch[2].ids, (strings{plan_03, "brand_department", "business_department"}));
  EXPECT_EQ(ch[4].ids, (strings{actions_01, "brand_department", "business_department"}));
  EXPECT_EQ(ch[5].id, "assign_duty_to_marketing");
  EXPECT_EQ(ch[5].ids, (strings{info[0], "brand_department"}));
  EXPECT_EQ(ch[5].en,
            "Give the unowned duty 'Collecting, researching and organising related information of all "
            "kinds from all regions' (" +
                info[0] + ") to Brand Promotion Department (brand_department)");
}

TEST(org_model_changes, applying_them_to_model_3_gives_model_4) {
  // Rebuild the model 3 company with the proposed changes applied (no structural ones).
  organisation fixed;
  const organisation before = independent_company();
  for (const unit& u : before.units()) fixed.add_unit({u.id, u.kind, u.zh, u.en, u.superior_id, u.function});
  fixed.add_duty({"organise_exhibitions", "组织展览会", "Organise exhibitions"});
  const std::vector<org_model_change> ch = changes_towards_model_4(before);
  for (const duty_assignment& a : before.duty_assignments()) {
    bool moved = false;
    for (const org_model_change& c : ch)
      moved = moved || (c.id == "move_duty_to_marketing" && c.ids[0] == a.duty_id);
    if (!moved) fixed.assign_duty(a.duty_id, a.owner_id);
  }
  for (const org_model_change& c : ch) fixed.assign_duty(c.ids[0], c.ids[1]);
  EXPECT_EQ(classify_org_model(fixed).model->number, 4);
  EXPECT_TRUE(changes_towards_model_4(fixed).empty());
}

}  // namespace
