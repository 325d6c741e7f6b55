// The built-in catalog (tandem/org/catalog.hpp) against its source.
//
// Expectations come from two places that do not go through the generator:
//  * data/domain/catalog.json, parsed here with nlohmann_json: every list must hold the
//    same ids, texts, numbers and flags in the same order, and the sizes must equal the
//    JSON's own "counts" (written by the cataloguer, not computed by the generator);
//  * facts read off the seed by hand (the reporting lines, the five supervisors, the
//    recommended model), written out literally below.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <fstream>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tandem/core/error.hpp"
#include "tandem/org/catalog.hpp"

namespace {

using nlohmann::json;
using namespace tandem::org;

const json& catalog_json() {
  static const json parsed = [] {
    std::ifstream in(TANDEM_CATALOG_JSON, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return json::parse(text.str());
  }();
  return parsed;
}

const json& counts() { return catalog_json().at("counts"); }

std::size_t count_of(const char* key) { return counts().at(key).get<std::size_t>(); }

std::vector<std::string> strings(std::span<const std::string_view> views) {
  return {views.begin(), views.end()};
}

// A JSON "from"/"to" field: one id or a list of them.
std::vector<std::string> id_list(const json& value) {
  if (value.is_array()) return value.get<std::vector<std::string>>();
  return {value.get<std::string>()};
}

// The id, both texts and the inferred flag of `e` equal the JSON item's.
void expect_same_entry(const entry& e, const json& item, entry_kind kind) {
  SCOPED_TRACE(item.at("id").get<std::string>());
  EXPECT_EQ(e.id, item.at("id").get<std::string>());
  EXPECT_EQ(e.zh, item.at("zh").get<std::string>());
  EXPECT_EQ(e.en, item.at("en").get<std::string>());
  EXPECT_EQ(e.text(lang::zh), e.zh);
  EXPECT_EQ(e.text(lang::en), e.en);
  EXPECT_EQ(e.kind, kind);
  EXPECT_EQ(e.inferred, item.value("inferred", false));
}

template <class T>
void expect_same_list(std::span<const T> entries, const json& items, entry_kind kind) {
  ASSERT_EQ(entries.size(), items.size());
  for (std::size_t i = 0; i < entries.size(); ++i) expect_same_entry(entries[i], items[i], kind);
}

// --- the lists match catalog.json and its counts ----------------------------------

TEST(catalog, org_units_roles_and_relations_match_the_json) {
  const json& dr = catalog_json().at("departments_and_roles");
  EXPECT_EQ(org_units().size(), count_of("org_units"));
  EXPECT_EQ(roles().size(), count_of("roles"));
  EXPECT_EQ(relations().size(), count_of("relations"));
  expect_same_list(org_units(), dr.at("org_units"), entry_kind::org_unit);
  expect_same_list(roles(), dr.at("roles"), entry_kind::role);
  expect_same_list(relations(), dr.at("relations"), entry_kind::relation);
  for (std::size_t i = 0; i < relations().size(); ++i) {
    const relation& r = relations()[i];
    const json& item = dr.at("relations")[i];
    EXPECT_EQ(to_string(r.type), item.at("type").get<std::string>());
    EXPECT_EQ(strings(r.from_ids), id_list(item.at("from")));
    EXPECT_EQ(strings(r.to_ids), id_list(item.at("to")));
    EXPECT_EQ(r.alternative_group, item.value("alternative_group", std::string{}));
  }
}

TEST(catalog, marketing_areas_and_duties_match_the_json) {
  const json& areas = catalog_json().at("marketing_department_responsibilities").at("areas");
  EXPECT_EQ(marketing_areas().size(), count_of("marketing_responsibility_areas"));
  EXPECT_EQ(marketing_duties().size(), count_of("marketing_responsibility_sub_items"));
  expect_same_list(marketing_areas(), areas, entry_kind::marketing_area);
  std::size_t flat = 0;
  for (std::size_t a = 0; a < areas.size(); ++a) {
    const marketing_area& area = marketing_areas()[a];
    EXPECT_EQ(area.number, areas[a].at("number").get<int>());
    EXPECT_EQ(area.duties.size(), counts().at("marketing_sub_items_per_area").at(std::string(area.id)).get<std::size_t>());
    expect_same_list(area.duties, areas[a].at("items"), entry_kind::marketing_duty);
    for (std::size_t d = 0; d < area.duties.size(); ++d) {
      EXPECT_EQ(area.duties[d].number, areas[a].at("items")[d].at("number").get<int>());
      EXPECT_EQ(area.duties[d].area_id, area.id);
      // marketing_duties() is the same storage, area by area.
      EXPECT_EQ(&area.duties[d], &marketing_duties()[flat++]);
    }
  }
}

TEST(catalog, sales_responsibilities_match_the_json) {
  EXPECT_EQ(sales_responsibilities().size(), count_of("sales_responsibilities"));
  EXPECT_EQ(sales_responsibilities().size(), 23U);
  expect_same_list(sales_responsibilities(), catalog_json().at("sales_department").at("responsibilities"),
                   entry_kind::sales_responsibility);
}

TEST(catalog, lifecycle_stages_and_their_focus_match_the_json) {
  const json& lc = catalog_json().at("product_lifecycle");
  EXPECT_EQ(lifecycle_stages().size(), count_of("lifecycle_stages"));
  EXPECT_EQ(lifecycle_activities().size(), count_of("lifecycle_unique_activities"));
  expect_same_list(lifecycle_stages(), lc.at("stages"), entry_kind::lifecycle_stage);
  expect_same_list(lifecycle_activities(), lc.at("activities"), entry_kind::lifecycle_activity);
  std::size_t mentions = 0;
  for (std::size_t s = 0; s < lifecycle_stages().size(); ++s) {
    const lifecycle_stage_entry& stage = lifecycle_stages()[s];
    EXPECT_EQ(stage.order, s + 1);
    std::vector<std::string> focus;
    for (const lifecycle_activity* a : stage.focus) focus.emplace_back(a->id);
    EXPECT_EQ(focus, lc.at("stages")[s].at("focus_activity_ids").get<std::vector<std::string>>());
    mentions += focus.size();
  }
  EXPECT_EQ(mentions, count_of("lifecycle_focus_mentions"));
}

TEST(catalog, information_flows_match_the_json) {
  const json& f = catalog_json().at("information_flows");
  EXPECT_EQ(marketing_to_sales_plans().size(), count_of("marketing_to_sales_items"));
  EXPECT_EQ(marketing_to_sales_sub_items().size(), count_of("marketing_to_sales_sub_items"));
  EXPECT_EQ(sales_to_marketing_reports().size(), count_of("sales_to_marketing_items"));
  EXPECT_EQ(other_information_flows().size(), count_of("other_information_flows"));
  const json& plans = f.at("marketing_to_sales").at("items");
  expect_same_list(marketing_to_sales_plans(), plans, entry_kind::information_flow);
  expect_same_list(sales_to_marketing_reports(), f.at("sales_to_marketing").at("items"), entry_kind::information_flow);
  expect_same_list(other_information_flows(), f.at("other_flows"), entry_kind::information_flow);

  for (std::size_t i = 0; i < plans.size(); ++i) {
    EXPECT_EQ(marketing_to_sales_plans()[i].number, i + 1);
    EXPECT_EQ(marketing_to_sales_plans()[i].direction, flow_direction::marketing_to_sales);
    EXPECT_TRUE(marketing_to_sales_plans()[i].parent_id.empty());
  }
  for (std::size_t i = 0; i < sales_to_marketing_reports().size(); ++i) {
    EXPECT_EQ(sales_to_marketing_reports()[i].number, i + 1);
    EXPECT_EQ(sales_to_marketing_reports()[i].direction, flow_direction::sales_to_marketing);
  }
  std::size_t sub = 0;
  for (const json& plan : plans) {
    for (const json& item : plan.value("sub_items", json::array())) {
      const information_flow& s = marketing_to_sales_sub_items()[sub++];
      expect_same_entry(s, item, entry_kind::information_flow);
      EXPECT_EQ(s.parent_id, plan.at("id").get<std::string>());
      EXPECT_EQ(s.number, 0);
    }
  }
  for (std::size_t i = 0; i < other_information_flows().size(); ++i) {
    EXPECT_EQ(to_string(other_information_flows()[i].direction), f.at("other_flows")[i].at("direction").get<std::string>());
    EXPECT_EQ(other_information_flows()[i].number, 0);
  }
}

TEST(catalog, org_models_and_capabilities_match_the_json) {
  const json& om = catalog_json().at("organisational_models");
  EXPECT_EQ(org_models().size(), count_of("organisational_models"));
  expect_same_list(org_models(), om.at("models"), entry_kind::org_model);
  for (std::size_t i = 0; i < org_models().size(); ++i) {
    const json& m = om.at("models")[i];
    EXPECT_EQ(org_models()[i].number, m.at("number").get<int>());
    EXPECT_EQ(to_string(org_models()[i].structure), m.at("structure").get<std::string>());
    EXPECT_EQ(org_models()[i].recommended_for_industrial, m.at("recommended_for_industrial").get<bool>());
    EXPECT_EQ(org_models()[i].description.zh, m.at("description").at("zh").get<std::string>());
    EXPECT_EQ(org_models()[i].description.in(lang::en), m.at("description").at("en").get<std::string>());
  }
  EXPECT_EQ(recommended_org_model().id, om.at("recommended_model_for_industrial").get<std::string>());

  const json& caps = catalog_json().at("industrial_marketing_capabilities").at("items");
  EXPECT_EQ(capabilities().size(), count_of("capabilities"));
  expect_same_list(capabilities(), caps, entry_kind::capability);
  for (std::size_t i = 0; i < capabilities().size(); ++i) {
    EXPECT_EQ(capabilities()[i].number, i + 1);
    EXPECT_EQ(capabilities()[i].symbol, caps[i].at("symbol").get<std::string>());
  }
}

TEST(catalog, comparison_periods_and_horizons_match_the_json) {
  const json& c = catalog_json().at("comparison");
  EXPECT_EQ(comparison_dimensions().size(), count_of("comparison_dimensions"));
  EXPECT_EQ(planning_periods().size(), count_of("planning_periods"));
  EXPECT_EQ(marketing_time_horizons().size(), count_of("time_horizons_marketing"));
  EXPECT_EQ(sales_time_horizons().size(), count_of("time_horizons_sales"));
  expect_same_list(comparison_dimensions(), c.at("dimensions"), entry_kind::comparison_dimension);
  for (std::size_t i = 0; i < comparison_dimensions().size(); ++i) {
    const comparison_dimension& d = comparison_dimensions()[i];
    const json& item = c.at("dimensions")[i];
    EXPECT_EQ(d.number, i + 1);
    EXPECT_EQ(d.sales.en, item.at("sales").at("en").get<std::string>());
    if (item.at("marketing").is_null()) {
      EXPECT_TRUE(d.marketing.empty());
    } else {
      EXPECT_EQ(d.marketing.zh, item.at("marketing").at("zh").get<std::string>());
    }
    EXPECT_EQ(d.summary.empty(), !item.contains("summary") || item.at("summary").is_null());
    EXPECT_EQ(d.truncated_in_source, item.value("truncated_in_source", false));
  }
  expect_same_list(planning_periods(), c.at("planning_periods"), entry_kind::planning_period);
  for (std::size_t i = 0; i < planning_periods().size(); ++i) {
    const json& months = c.at("planning_periods")[i].at("months");
    EXPECT_EQ(planning_periods()[i].months, months.is_null() ? 0 : months.get<int>());
  }
  const std::pair<std::span<const time_horizon>, const char*> sides[] = {{marketing_time_horizons(), "marketing"},
                                                                          {sales_time_horizons(), "sales"}};
  for (const auto& [horizons, side] : sides) {
    const json& items = c.at("time_horizons").at(side);
    expect_same_list(horizons, items, entry_kind::time_horizon);
    for (std::size_t i = 0; i < horizons.size(); ++i) {
      ASSERT_NE(horizons[i].period, nullptr);
      EXPECT_EQ(horizons[i].period->id, items[i].at("period").get<std::string>());
      EXPECT_EQ(to_string(horizons[i].role), items[i].at("role").get<std::string>());
      EXPECT_EQ(horizons[i].is_maximum, items[i].value("is_maximum", false));
      EXPECT_EQ(horizons[i].org_unit_id,
                std::string(side) == "marketing" ? "org_marketing_department" : "org_sales_department");
    }
  }
}

TEST(catalog, workflows_and_their_steps_match_the_json) {
  const json& wfs = catalog_json().at("workflows");
  EXPECT_EQ(workflows().size(), count_of("workflows"));
  expect_same_list(workflows(), wfs, entry_kind::workflow);
  for (std::size_t w = 0; w < workflows().size(); ++w) {
    const workflow& wf = workflows()[w];
    const json& item = wfs[w];
    EXPECT_EQ(wf.steps.size(), counts().at("workflow_steps").at(std::string(wf.id)).get<std::size_t>());
    EXPECT_EQ(wf.sequence_inferred, item.value("sequence_inferred", false));
    for (std::size_t s = 0; s < wf.steps.size(); ++s) {
      EXPECT_EQ(wf.steps[s].order, s + 1);
      if (item.contains("steps")) {
        const json& step = item.at("steps")[s];
        expect_same_entry(wf.steps[s], step, entry_kind::workflow_step);
        EXPECT_EQ(wf.steps[s].is_input, step.value("kind", std::string{}) == "input");
        EXPECT_EQ(wf.steps[s].actor_id, step.value("actor", std::string{}));
      } else {
        // The lifecycle progression: its states are stage ids, and its steps the stages.
        const std::string state = item.at("states")[s].get<std::string>();
        EXPECT_EQ(wf.steps[s].id, state);
        EXPECT_EQ(wf.steps[s].zh, at<lifecycle_stage_entry>(state).zh);
        EXPECT_EQ(wf.steps[s].kind, entry_kind::workflow_step);
      }
    }
  }
}

TEST(catalog, metadata_matches_the_json) {
  EXPECT_EQ(catalog_id(), catalog_json().at("catalog_id").get<std::string>());
  EXPECT_EQ(catalog_schema_version(), catalog_json().at("schema_version").get<std::string>());
  EXPECT_EQ(catalog_source_sha256(), catalog_json().at("source_document").at("sha256").get<std::string>());
  EXPECT_EQ(catalog_title().in(lang::zh), catalog_json().at("title").at("zh").get<std::string>());
  EXPECT_EQ(catalog_title().in(lang::en), catalog_json().at("title").at("en").get<std::string>());
}

// --- facts read off the seed -------------------------------------------------------

TEST(catalog, marketing_department_reports_to_the_director_or_the_vp) {
  // Seed line 4: 直接上级:营销总监或营销副总 — alternatives, one relation each.
  const org_unit& marketing = at<org_unit>("org_marketing_department");
  EXPECT_EQ(strings(marketing.superior_ids), (std::vector<std::string>{"role_marketing_director", "role_marketing_vp"}));
  EXPECT_EQ(marketing.parent_id, "org_marketing_division");
  EXPECT_EQ(at<org_unit>("org_sales_department").parent_id, "org_marketing_division");
  EXPECT_TRUE(at<org_unit>("org_marketing_division").parent_id.empty());
  EXPECT_EQ(strings(at<role>("role_marketing_vp").subordinate_ids),
            std::vector<std::string>{"org_marketing_department"});
  const relation& to_vp = at<relation>("rel_marketing_department_reports_to_vp");
  EXPECT_EQ(to_vp.type, relation_kind::reports_to);
  EXPECT_EQ(to_vp.alternative_group, at<relation>("rel_marketing_department_reports_to_director").alternative_group);
  EXPECT_FALSE(to_vp.alternative_group.empty());
}

TEST(catalog, marketing_department_supervises_the_five_supervisors) {
  // Seed line 4: 直接下级:业务主管、策划主管、内勤主管、新品开发主管、配送主管.
  const std::vector<std::string> five{"role_business_supervisor", "role_planning_supervisor",
                                      "role_office_admin_supervisor", "role_new_product_development_supervisor",
                                      "role_distribution_supervisor"};
  EXPECT_EQ(strings(at<org_unit>("org_marketing_department").subordinate_ids), five);
  const std::vector<std::string_view> zh{"业务主管", "策划主管", "内勤主管", "新品开发主管", "配送主管"};
  for (std::size_t i = 0; i < five.size(); ++i) {
    const role& supervisor = at<role>(five[i]);
    EXPECT_EQ(supervisor.text(lang::zh), zh[i]);
    EXPECT_EQ(strings(supervisor.superior_ids), std::vector<std::string>{"org_marketing_department"});
  }
}

TEST(catalog, the_seed_lists_five_areas_with_four_seven_three_four_four_duties) {
  const std::vector<std::size_t> sizes{4, 7, 3, 4, 4};
  ASSERT_EQ(marketing_areas().size(), sizes.size());
  for (std::size_t i = 0; i < sizes.size(); ++i) EXPECT_EQ(marketing_areas()[i].duties.size(), sizes[i]);
  EXPECT_EQ(marketing_areas()[0].text(lang::zh), "营销市场分析");
}

TEST(catalog, model_four_is_the_one_recommended_for_industrial_firms) {
  ASSERT_EQ(org_models().size(), 4U);
  for (const org_model& m : org_models()) EXPECT_EQ(m.recommended_for_industrial, m.number == 4) << m.id;
  EXPECT_EQ(recommended_org_model().structure, org_structure::marketing_supports_and_manages_sales);
  EXPECT_EQ(org_models()[0].text(lang::zh), "市场部=销售部");
}

TEST(catalog, stages_run_introduction_growth_maturity) {
  ASSERT_EQ(lifecycle_stages().size(), 3U);
  EXPECT_EQ(lifecycle_stages()[0].id, "lifecycle_introduction");
  EXPECT_EQ(lifecycle_stages()[1].id, "lifecycle_growth");
  EXPECT_EQ(lifecycle_stages()[2].id, "lifecycle_maturity");
  EXPECT_EQ(lifecycle_stages()[0].text(lang::zh), "导入期");
  // Decline is not in the seed: the catalog has no such entry (lifecycle.hpp adds it).
  EXPECT_EQ(find_entry("lifecycle_decline"), nullptr);
}

// --- ids and lookups ---------------------------------------------------------------

// Every entry reachable from the lists, each with its kind.
std::vector<const entry*> every_listed_entry() {
  std::vector<const entry*> all;
  auto add = [&all](auto span) {
    for (const auto& e : span) all.push_back(&e);
  };
  add(org_units());
  add(roles());
  add(relations());
  add(marketing_areas());
  add(marketing_duties());
  add(sales_responsibilities());
  add(lifecycle_stages());
  add(lifecycle_activities());
  add(marketing_to_sales_plans());
  add(marketing_to_sales_sub_items());
  add(sales_to_marketing_reports());
  add(other_information_flows());
  add(org_models());
  add(capabilities());
  add(comparison_dimensions());
  add(planning_periods());
  add(marketing_time_horizons());
  add(sales_time_horizons());
  add(workflows());
  for (const workflow& w : workflows()) {
    // The progression's steps reuse the stage ids; they are reached only through it.
    if (w.id != "wf_product_lifecycle_progression") add(w.steps);
  }
  return all;
}

TEST(catalog, ids_are_unique_and_well_formed) {
  std::set<std::string_view> seen;
  for (const entry* e : every_listed_entry()) {
    EXPECT_TRUE(seen.insert(e->id).second) << "duplicate " << e->id;
    ASSERT_FALSE(e->id.empty());
    EXPECT_TRUE(e->id.front() >= 'a' && e->id.front() <= 'z') << e->id;
    EXPECT_EQ(e->id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_"), std::string_view::npos) << e->id;
    EXPECT_FALSE(e->zh.empty()) << e->id;
    EXPECT_FALSE(e->en.empty()) << e->id;
  }
}

TEST(catalog, find_entry_returns_every_listed_entry_itself) {
  for (const entry* e : every_listed_entry()) EXPECT_EQ(find_entry(e->id), e) << e->id;
}

TEST(catalog, find_returns_the_typed_entry_or_nullptr) {
  const role* vp = find<role>("role_marketing_vp");
  ASSERT_NE(vp, nullptr);
  EXPECT_EQ(vp->text(lang::zh), "营销副总");
  EXPECT_EQ(find<role>("role_no_such_role"), nullptr);
  EXPECT_EQ(find<role>(""), nullptr);
  // An id of another kind is not a role.
  EXPECT_EQ(find<role>("org_marketing_department"), nullptr);
  EXPECT_NE(find<workflow_step>("wf_amp_01_company_sales_target"), nullptr);
  EXPECT_NE(find<information_flow>("flow_s2m_09_customer_feedback"), nullptr);
  EXPECT_NE(find<time_horizon>("th_sales_month"), nullptr);
  EXPECT_EQ(find<planning_period>("period_five_year")->months, 60);
}

TEST(catalog, at_throws_invalid_argument_naming_the_kind_and_the_id) {
  try {
    (void)at<marketing_duty>("mkt_no_such_duty");
    FAIL() << "no exception";
  } catch (const tandem::error& e) {
    EXPECT_EQ(e.code(), tandem::errc::invalid_argument);
    EXPECT_STREQ(e.what(), "unknown marketing_duty id 'mkt_no_such_duty'");
    EXPECT_FALSE(e.child().has_value());
  }
  // A known id of the wrong kind is unknown for that kind.
  EXPECT_THROW((void)at<org_unit>("role_marketing_vp"), tandem::error);
  EXPECT_EQ(&at<org_unit>("org_sales_department"), find<org_unit>("org_sales_department"));
}

// --- names ---------------------------------------------------------------------------

TEST(catalog_names, lang_names_round_trip_in_any_case) {
  EXPECT_EQ(to_string(lang::zh), "zh");
  EXPECT_EQ(to_string(lang::en), "en");
  EXPECT_EQ(lang_from_name("zh"), lang::zh);
  EXPECT_EQ(lang_from_name("EN"), lang::en);
  EXPECT_EQ(lang_from_name("fr"), std::nullopt);
  EXPECT_EQ(lang_from_name(""), std::nullopt);
  EXPECT_EQ(lang_from_name("zh-CN"), std::nullopt);
}

TEST(catalog_names, sections_round_trip_and_are_listed_in_order) {
  ASSERT_EQ(all_sections().size(), 12U);
  for (std::size_t i = 0; i < all_sections().size(); ++i) {
    const section s = all_sections()[i];
    EXPECT_EQ(static_cast<std::size_t>(s), i);
    EXPECT_EQ(section_from_name(to_string(s)), s);
  }
  EXPECT_EQ(to_string(section::marketing_responsibilities), "marketing_responsibilities");
  EXPECT_EQ(section_from_name("ROLES"), section::roles);
  EXPECT_EQ(section_from_name("role"), std::nullopt);
}

TEST(catalog_names, enum_names_are_pinned) {
  EXPECT_EQ(to_string(entry_kind::org_unit), "org_unit");
  EXPECT_EQ(to_string(entry_kind::workflow_step), "workflow_step");
  EXPECT_EQ(to_string(relation_kind::contains), "contains");
  EXPECT_EQ(to_string(relation_kind::jointly_set_targets), "jointly_set_targets");
  EXPECT_EQ(to_string(flow_direction::sales_to_marketing), "sales_to_marketing");
  EXPECT_EQ(to_string(org_structure::merged), "merged");
  EXPECT_EQ(to_string(horizon_role::verification_cycle), "verification_cycle");
  // Out-of-range values (a host casting an unchecked number) get a placeholder.
  EXPECT_EQ(to_string(static_cast<lang>(7)), "?");
  EXPECT_EQ(to_string(static_cast<section>(200)), "?");
}

TEST(catalog_names, bilingual_selects_by_language) {
  constexpr bilingual b{"市场部", "Marketing Department"};
  static_assert(b.in(lang::zh) == "市场部");
  static_assert(b.in(lang::en) == "Marketing Department");
  static_assert(!b.empty());
  static_assert(bilingual{}.empty());
}

}  // namespace
