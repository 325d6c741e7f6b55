// `tandem org check --format json`: the documented shape (docs/org-format.md), with
// the example's figures; dates are ISO strings and no number is a float.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/support/run_tandem.hpp"

namespace {

using json = nlohmann::ordered_json;

json check_json(const std::vector<std::string>& extra = {}) {
  const cli_test::scratch_dir dir;
  std::vector<std::string> args{"org",     "check",      std::string(TANDEM_EXAMPLES_DIR) + "/org/company.json",
                                "--as-of", "2026-09-25", "--format",
                                "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = cli_test::run_tandem(args, dir);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  return json::parse(r.out);
}

std::vector<std::string> keys_of(const json& j) {
  std::vector<std::string> out;
  for (const auto& [k, v] : j.items()) out.push_back(k);
  return out;
}

bool has_float(const json& j) {
  if (j.is_number_float()) return true;
  for (const auto& v : j) {
    if ((v.is_structured() || v.is_number_float()) && has_float(v)) return true;
  }
  return false;
}

TEST(org_check_json, top_level_shape) {
  const json j = check_json();
  EXPECT_EQ(keys_of(j), (std::vector<std::string>{"source", "lang", "as_of", "calendar", "model", "reasons",
                                                  "changes_towards_model_4", "unowned_duties",
                                                  "duties_owned_more_than_once", "period", "due", "health"}));
  EXPECT_EQ(j["lang"], "en");
  EXPECT_EQ(j["as_of"], "2026-09-25");
  EXPECT_EQ(j["calendar"], "fiscal year from 04-01 (named by end year)");
  EXPECT_EQ(j["model"], (json{{"number", 4},
                              {"id", "org_model_4_marketing_supports_and_manages_sales"},
                              {"name",
                               "Marketing department performs support and management functions towards the "
                               "sales department"}}));
  EXPECT_EQ(j["changes_towards_model_4"], json::array());
  EXPECT_EQ(j["period"],
            (json{{"kind", "month"}, {"label", "2026-09"}, {"first", "2026-09-01"}, {"last", "2026-09-30"}}));
  EXPECT_FALSE(has_float(j));
}

TEST(org_check_json, gaps_and_overlaps) {
  const json j = check_json({"--lang", "zh"});
  EXPECT_EQ(
      j["unowned_duties"],
      (json::array({json{{"id", "mkt_resp_marketing_plan_07_sales_payment_supervision"}, {"name", "销售货款督察"}}})));
  ASSERT_EQ(j["duties_owned_more_than_once"].size(), 1U);
  EXPECT_EQ(j["duties_owned_more_than_once"][0]["owners"],
            (json::array({"org_sales_department", "finance_department"})));
}

TEST(org_check_json, due_rows) {
  const json j = check_json();
  ASSERT_EQ(j["due"].size(), 13U);
  EXPECT_EQ(j["due"][9], (json{{"due", "2026-09-05"},
                               {"kind", "flow"},
                               {"item", "flow_s2m_09_customer_feedback"},
                               {"name", "Customer feedback"},
                               {"occurrence", "2026-08"},
                               {"covers", {{"first", "2026-08-01"}, {"last", "2026-08-31"}}},
                               {"direction", "sales_to_marketing"},
                               {"responsible", {"org_sales_department"}},
                               {"recipients", {"org_marketing_department"}},
                               {"status", "missing"},
                               {"delivered_on", nullptr},
                               {"delivered_by", nullptr},
                               {"days_late", 20}}));
  EXPECT_EQ(j["due"][1]["kind"], "duty");
  EXPECT_EQ(j["due"][1]["direction"], nullptr);
  EXPECT_EQ(j["due"][1]["recipients"], json::array());
  EXPECT_EQ(j["due"][1]["delivered_on"], "2026-09-03");
  EXPECT_EQ(j["due"][1]["delivered_by"], "chen_jie");
}

TEST(org_check_json, health_percentages_are_strings) {
  const json j = check_json({"--period", "week"});
  EXPECT_EQ(j["health"], (json::array({json{{"direction", "marketing_to_sales"},
                                            {"due", 3},
                                            {"on_time", 1},
                                            {"late", 1},
                                            {"missing", 0},
                                            {"pending", 1},
                                            {"on_time_percent", "50.0"}},
                                       json{{"direction", "sales_to_marketing"},
                                            {"due", 0},
                                            {"on_time", 0},
                                            {"late", 0},
                                            {"missing", 0},
                                            {"pending", 0},
                                            {"on_time_percent", nullptr}}})));
}

TEST(org_check_json, a_file_name_that_is_not_utf8_is_written_with_replacement_characters) {
  // JSON must be UTF-8, but a file name may be any bytes: "caf\xe9.json" (Latin-1)
  // is written as "caf\uFFFD.json" instead of failing with an internal error.
  std::ifstream example(std::string(TANDEM_EXAMPLES_DIR) + "/org/company.json", std::ios::binary);
  ASSERT_TRUE(example) << "cannot read the example";
  std::ostringstream text;
  text << example.rdbuf();
  const cli_test::scratch_dir dir;
  dir.write("caf\xe9.json", text.str());
  for (const std::string format : {"json", "table"}) {
    const auto r =
        cli_test::run_tandem({"org", "check", "caf\xe9.json", "--as-of", "2026-09-25", "--format", format}, dir);
    EXPECT_EQ(r.status, 0) << format << ": " << r.err;
    EXPECT_EQ(r.err, "") << format;
    if (format == "json") {
      const json j = json::parse(r.out);
      EXPECT_EQ(j["source"], "caf\xef\xbf\xbd.json");
      EXPECT_EQ(j["as_of"], "2026-09-25");
      EXPECT_EQ(j["due"].size(), 13U);
    }
  }
}

}  // namespace
