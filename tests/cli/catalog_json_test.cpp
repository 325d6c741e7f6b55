// `tandem catalog --format json`: the documented shape, ids and texts in the chosen
// language, one section or all. Expectations are the library's catalog lists (checked
// against data/domain/catalog.json by tests/org/catalog_test.cpp) and the documented
// key order, written out here.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "cli/support/run_tandem.hpp"
#include "tandem/org/catalog.hpp"

namespace {

using nlohmann::ordered_json;
using namespace tandem::org;

ordered_json catalog_json(const std::vector<std::string>& args) {
  const cli_test::scratch_dir dir;
  std::vector<std::string> full{"catalog", "--format", "json"};
  full.insert(full.end(), args.begin(), args.end());
  const auto r = cli_test::run_tandem(full, dir);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  return ordered_json::parse(r.out);
}

std::vector<std::string> keys_of(const ordered_json& object) {
  std::vector<std::string> keys;
  for (const auto& item : object.items()) keys.push_back(item.key());
  return keys;
}

TEST(catalog_json, top_level_shape_and_section_order) {
  const ordered_json doc = catalog_json({});
  EXPECT_EQ(keys_of(doc), (std::vector<std::string>{"catalog", "lang", "sections"}));
  EXPECT_EQ(keys_of(doc["catalog"]), (std::vector<std::string>{"id", "schema_version", "source_sha256", "title"}));
  EXPECT_EQ(doc["catalog"]["id"], "marketing_vs_sales_departments_zh");
  EXPECT_EQ(doc["catalog"]["source_sha256"], "a3d3792276fd571515f7f830af6823885aae1aacbe4db324c76ee9fc11c91c6e");
  EXPECT_EQ(doc["lang"], "en");
  EXPECT_EQ(keys_of(doc["sections"]),
            (std::vector<std::string>{"org_units", "roles", "relations", "marketing_responsibilities",
                                      "sales_responsibilities", "lifecycle", "information_flows", "org_models",
                                      "capabilities", "comparison", "time_horizons", "workflows"}));
}

TEST(catalog_json, lists_have_the_catalog_sizes_and_ids) {
  const ordered_json s = catalog_json({})["sections"];
  ASSERT_EQ(s["roles"].size(), roles().size());
  for (std::size_t i = 0; i < roles().size(); ++i) EXPECT_EQ(s["roles"][i]["id"], roles()[i].id);
  EXPECT_EQ(s["org_units"].size(), 3U);
  EXPECT_EQ(s["relations"].size(), relations().size());
  ASSERT_EQ(s["marketing_responsibilities"].size(), 5U);
  std::size_t duties = 0;
  for (const auto& area : s["marketing_responsibilities"]) duties += area["duties"].size();
  EXPECT_EQ(duties, 22U);
  EXPECT_EQ(s["sales_responsibilities"].size(), 23U);
  EXPECT_EQ(s["lifecycle"].size(), 3U);
  EXPECT_EQ(s["information_flows"]["marketing_to_sales"].size(), 5U);
  EXPECT_EQ(s["information_flows"]["sales_to_marketing"].size(), 9U);
  EXPECT_EQ(s["information_flows"]["other"].size(), other_information_flows().size());
  EXPECT_EQ(s["org_models"].size(), 4U);
  EXPECT_EQ(s["capabilities"].size(), 8U);
  EXPECT_EQ(s["comparison"].size(), 8U);
  EXPECT_EQ(s["time_horizons"]["planning_periods"].size(), planning_periods().size());
  EXPECT_EQ(s["time_horizons"]["marketing"].size(), 3U);
  EXPECT_EQ(s["time_horizons"]["sales"].size(), 3U);
  EXPECT_EQ(s["workflows"].size(), 6U);
}

TEST(catalog_json, org_unit_objects_carry_the_reporting_lines) {
  const ordered_json units = catalog_json({"--section", "org_units"})["sections"]["org_units"];
  const ordered_json marketing = {
      {"id", "org_marketing_department"},
      {"text", "Marketing Department"},
      {"parent", "org_marketing_division"},
      {"superiors", {"role_marketing_director", "role_marketing_vp"}},
      {"subordinates",
       {"role_business_supervisor", "role_planning_supervisor", "role_office_admin_supervisor",
        "role_new_product_development_supervisor", "role_distribution_supervisor"}},
      {"inferred", false}};
  EXPECT_EQ(units[1], marketing);
  EXPECT_TRUE(units[0]["parent"].is_null());
}

TEST(catalog_json, zh_texts_and_one_section) {
  const ordered_json doc = catalog_json({"--lang", "zh", "--section", "org_models"});
  EXPECT_EQ(doc["lang"], "zh");
  EXPECT_EQ(doc["catalog"]["title"], std::string(catalog_title().zh));
  EXPECT_EQ(keys_of(doc["sections"]), std::vector<std::string>{"org_models"});
  const ordered_json& models = doc["sections"]["org_models"];
  ASSERT_EQ(models.size(), 4U);
  EXPECT_EQ(keys_of(models[0]), (std::vector<std::string>{"id", "text", "number", "structure",
                                                          "recommended_for_industrial", "description", "inferred"}));
  EXPECT_EQ(models[0]["text"], "市场部=销售部");
  EXPECT_EQ(models[3]["structure"], "marketing_supports_and_manages_sales");
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(models[i]["number"], i + 1);
    EXPECT_EQ(models[i]["recommended_for_industrial"], i == 3);
    EXPECT_EQ(models[i]["description"], std::string(org_models()[i].description.zh));
  }
}

TEST(catalog_json, flows_keep_numbers_directions_and_sub_items) {
  const ordered_json flows = catalog_json({"--section", "information_flows"})["sections"]["information_flows"];
  EXPECT_EQ(keys_of(flows), (std::vector<std::string>{"marketing_to_sales", "sales_to_marketing", "other"}));
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(flows["marketing_to_sales"][i]["number"], i + 1);
    EXPECT_EQ(flows["marketing_to_sales"][i]["direction"], "marketing_to_sales");
  }
  const ordered_json& sub = flows["marketing_to_sales"][1]["sub_items"];
  ASSERT_EQ(sub.size(), 1U);
  EXPECT_EQ(sub[0]["id"], "flow_m2s_02a_terminal_activation_check");
  EXPECT_TRUE(sub[0]["number"].is_null());
  EXPECT_EQ(flows["sales_to_marketing"][8]["id"], "flow_s2m_09_customer_feedback");
  EXPECT_EQ(flows["sales_to_marketing"][8]["direction"], "sales_to_marketing");
  for (const auto& other : flows["other"]) EXPECT_TRUE(other["number"].is_null());
}

TEST(catalog_json, stages_list_their_focus_and_workflows_their_steps) {
  const ordered_json s = catalog_json({})["sections"];
  std::size_t mentions = 0;
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(s["lifecycle"][i]["order"], i + 1);
    mentions += s["lifecycle"][i]["focus"].size();
  }
  EXPECT_EQ(mentions, 13U);  // catalog.json counts.lifecycle_focus_mentions
  const ordered_json& annual = s["workflows"][0];
  EXPECT_EQ(annual["id"], "wf_annual_marketing_plan");
  ASSERT_EQ(annual["steps"].size(), 14U);
  EXPECT_EQ(annual["steps"][0]["input"], true);
  EXPECT_EQ(keys_of(annual["steps"][0]),
            (std::vector<std::string>{"id", "text", "order", "input", "actor", "inferred"}));
  const ordered_json& progression = s["workflows"][5];
  ASSERT_EQ(progression["steps"].size(), 3U);
  EXPECT_EQ(progression["steps"][2]["id"], "lifecycle_maturity");
}

TEST(catalog_json, comparison_states_a_missing_side_as_null) {
  const ordered_json dims = catalog_json({"--section", "comparison"})["sections"]["comparison"];
  ASSERT_EQ(dims.size(), 8U);
  // cmp_08 is cut off in the source before the marketing side (catalog.json: marketing null).
  EXPECT_EQ(dims[7]["id"], "cmp_08_result_pursued");
  EXPECT_TRUE(dims[7]["marketing"].is_null());
  EXPECT_EQ(dims[7]["truncated_in_source"], true);
  EXPECT_TRUE(dims[0]["marketing"].is_string());
}

}  // namespace
