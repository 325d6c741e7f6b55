// `tandem spread --format json`: the documented shape, amounts as strings.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "cli/spread_test_support.hpp"

namespace {

using spread_test::run_spread;

TEST(spread_json, shape_and_values) {
  const auto r = run_spread({"--total", "1000.00", "--fiscal-start", "04-01", "--fiscal-year", "2028", "--period",
                             "quarter", "--by", "calendar-days", "--format", "json"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const auto doc = nlohmann::ordered_json::parse(r.out);
  std::vector<std::string> keys;
  for (const auto& item : doc.items()) keys.push_back(item.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"total", "scale", "quantum", "method", "ties", "by", "period_kind", "from",
                                            "to", "fiscal_calendar", "periods"}));
  EXPECT_EQ(doc["total"], "1000.00");
  EXPECT_EQ(doc["scale"], 2);
  EXPECT_EQ(doc["quantum"], "0.01");
  EXPECT_EQ(doc["method"], "hamilton");
  EXPECT_EQ(doc["ties"], "input-order");
  EXPECT_EQ(doc["by"], "calendar-days");
  EXPECT_EQ(doc["period_kind"], "quarter");
  EXPECT_EQ(doc["from"], "2027-04-01");
  EXPECT_EQ(doc["to"], "2028-03-31");
  EXPECT_EQ(doc["fiscal_calendar"], "fiscal year from 04-01 (named by end year)");
  ASSERT_EQ(doc["periods"].size(), 4U);
  // As in spread_results.fiscal_year_from_april_crosses_the_calendar_year.
  const nlohmann::ordered_json first = {
      {"period", "FY2028 Q1"}, {"start", "2027-04-01"}, {"end", "2027-06-30"}, {"share", "248.63"}};
  EXPECT_EQ(doc["periods"][0], first);
  EXPECT_EQ(doc["periods"][1]["share"], "251.37");
  EXPECT_EQ(doc["periods"][3]["period"], "FY2028 Q4");
  EXPECT_EQ(doc["periods"][3]["end"], "2028-03-31");
  for (const auto& p : doc["periods"]) EXPECT_TRUE(p["share"].is_string());
}

TEST(spread_json, is_indented_and_ends_with_a_newline) {
  const auto r = run_spread({"--total", "1", "--from", "2027-01-01", "--to", "2027-01-31", "--format", "json",
                             "--method", "sainte-lague", "--ties", "larger", "--quantum", "1"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "{\n"
            "  \"total\": \"1\",\n"
            "  \"scale\": 0,\n"
            "  \"quantum\": \"1\",\n"
            "  \"method\": \"webster\",\n"
            "  \"ties\": \"larger\",\n"
            "  \"by\": \"even\",\n"
            "  \"period_kind\": \"month\",\n"
            "  \"from\": \"2027-01-01\",\n"
            "  \"to\": \"2027-01-31\",\n"
            "  \"fiscal_calendar\": \"gregorian\",\n"
            "  \"periods\": [\n"
            "    {\n"
            "      \"period\": \"2027-01\",\n"
            "      \"start\": \"2027-01-01\",\n"
            "      \"end\": \"2027-01-31\",\n"
            "      \"share\": \"1\"\n"
            "    }\n"
            "  ]\n"
            "}\n");
}

TEST(spread_json, negative_amounts_are_strings_too) {
  const auto r = run_spread({"--total=-0.05", "--from", "2027-01-01", "--to", "2027-02-28", "--format", "json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["total"], "-0.05");
  EXPECT_EQ(doc["periods"][0]["share"], "-0.03");
  EXPECT_EQ(doc["periods"][1]["share"], "-0.02");
}

TEST(spread_json, retail_calendar_is_described) {
  const auto r = run_spread({"--total", "1", "--retail", "4-5-4", "--year-end-month", "1", "--fy-naming", "start",
                             "--fiscal-year", "2023", "--period", "year", "--format", "json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["fiscal_calendar"],
            "retail 4-5-4, year ends on the saturday nearest the end of month 1 (named by start year)");
  EXPECT_EQ(doc["periods"][0]["period"], "FY2023");
  EXPECT_EQ(doc["periods"][0]["start"], "2023-01-29");
  EXPECT_EQ(doc["periods"][0]["end"], "2024-02-03");
}

TEST(spread_json, nothing_on_standard_output_on_failure) {
  const auto r = run_spread({"--total", "1", "--from", "2027-02-01", "--to", "2027-01-01", "--format", "json"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
}

}  // namespace
