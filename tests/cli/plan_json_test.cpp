// `tandem plan --format json`: the documented shape, every key always present, the
// values those of the library (amounts as decimal strings, never numbers).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "plan_test_support.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/time/date.hpp"

namespace {

using namespace plan_test;  // NOLINT(google-build-using-namespace)
using json = nlohmann::ordered_json;

json run_json(const std::vector<std::string>& args) {
  std::vector<std::string> full = args;
  full.emplace_back("--format");
  full.emplace_back("json");
  const auto r = run_plan(full);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  return r.status == 0 ? json::parse(r.out) : json::object();
}

std::vector<std::string> keys_of(const json& object) {
  std::vector<std::string> keys;
  for (const auto& item : object.items()) keys.push_back(item.key());
  return keys;
}

TEST(plan_json, metadata) {
  const json j = run_json({"plan.json", "--actuals", "actuals.csv", "--lang", "zh"});
  EXPECT_EQ(keys_of(j), (std::vector<std::string>{"source", "actuals", "plan", "fiscal_year", "measure", "currency",
                                                  "scale", "by", "as_of", "lang", "units", "products", "rows"}));
  EXPECT_EQ(j["source"], "plan.json");
  EXPECT_EQ(j["actuals"], "actuals.csv");
  EXPECT_EQ(j["plan"], "small_fy2027");
  EXPECT_EQ(j["fiscal_year"], (json{{"label", "FY2027"}, {"first", "2026-04-01"}, {"last", "2027-03-31"}}));
  EXPECT_EQ(j["measure"], "amount");
  EXPECT_EQ(j["currency"], "CNY");
  EXPECT_EQ(j["scale"], 2);
  EXPECT_EQ(j["by"], "month") << "json defaults to months";
  EXPECT_EQ(j["as_of"], "2026-08-31") << "the last sale";
  EXPECT_EQ(j["lang"], "zh");
  EXPECT_EQ(j["units"], json::parse(R"([{"id": "east", "name": "东区", "kind": "region", "parent": "company"},
                                        {"id": "west", "name": "西区", "kind": "region", "parent": "company"}])"));
  EXPECT_EQ(j["products"][2],
            json::parse(R"({"id": "grinders", "name": "磨床", "stage": "decline", "stage_name": "衰退期"})"));
}

TEST(plan_json, rows_are_the_library_s) {
  const plan p = plan::build(small_spec());
  const actuals a = load_actuals_csv(p, small_actuals, "actuals.csv");
  const json j = run_json({"plan.json", "--actuals", "actuals.csv", "--by", "quarter", "--as-of", "2026-11-20"});
  const std::vector<report_row> rows =
      make_report(p, &a,
                  {.m = measure::amount, .by = grouping::quarter, .level = 1,
                   .as_of = tandem::time::date::from_ymd(2026, 11, 20)});
  ASSERT_EQ(j["rows"].size(), rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const report_row& row = rows[i];
    const json& x = j["rows"][i];
    const auto percent = [](const ratio& r) { return r.den == 0 ? json(nullptr) : json(format_percent(r, 1)); };
    const json expected{
        {"unit", p.spec().units[row.unit].id},
        {"product", row.product == all_products ? json(nullptr) : json(p.spec().products[row.product].id)},
        {"period", row.period},
        {"target", tandem::format_units(row.target, 2)},
        {"actual", tandem::format_units(row.actual, 2)},
        {"variance", tandem::format_units(row.variance, 2)},
        {"attainment", percent(row.attainment)},
        {"target_to_date", tandem::format_units(row.target_to_date.value(), 2)},
        {"attainment_to_date", percent(row.attainment_to_date.value())}};
    EXPECT_EQ(x, expected) << i;
  }
}

TEST(plan_json, without_actuals_or_as_of_the_values_are_null) {
  const json j = run_json({"plan.json", "--unit", "carol", "--by", "year", "--lang", "en"});
  EXPECT_EQ(j["actuals"], nullptr);
  EXPECT_EQ(j["as_of"], nullptr);
  EXPECT_EQ(j["units"], json::parse(R"([{"id": "carol", "name": "Carol", "kind": "person", "parent": "west"}])"));
  ASSERT_EQ(j["rows"].size(), 4U);
  for (const json& row : j["rows"]) {
    EXPECT_EQ(keys_of(row), (std::vector<std::string>{"unit", "product", "period", "target", "actual", "variance",
                                                      "attainment", "target_to_date", "attainment_to_date"}));
    EXPECT_TRUE(row["target"].is_string());
    for (const char* key : {"actual", "variance", "attainment", "target_to_date", "attainment_to_date"}) {
      EXPECT_EQ(row[key], nullptr) << key;
    }
  }
  EXPECT_EQ(j["rows"][0]["product"], nullptr);
  EXPECT_EQ(j["rows"][1]["product"], "lathes");
}

}  // namespace

namespace {

TEST(plan_json, a_file_name_that_is_not_utf8_is_replaced_not_fatal) {
  const std::string name = "plan\xff.json";
  const auto r = run_plan({name, "--format", "json"}, small_spec(), {{name, save_plan_document(small_spec())}});
  ASSERT_EQ(r.status, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["source"], "plan\xEF\xBF\xBD.json");  // U+FFFD REPLACEMENT CHARACTER
}

}  // namespace
