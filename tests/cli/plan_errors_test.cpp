// `tandem plan` on input it cannot use: status 1, nothing on standard output, every
// problem on standard error naming the file (and the JSON path or CSV row).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "plan_test_support.hpp"

namespace {

using namespace plan_test;  // NOLINT(google-build-using-namespace)
using testing::HasSubstr;
using testing::StartsWith;

TEST(plan_errors, a_missing_file) {
  const auto r = run_plan({"nowhere.json"});
  expect_input_error(r);
  EXPECT_THAT(r.err, StartsWith("tandem plan: "));
  EXPECT_THAT(r.err, HasSubstr("nowhere.json"));
  EXPECT_EQ(cli_test::lines_of(r.err).size(), 1U);

  const auto a = run_plan({"plan.json", "--actuals", "nowhere.csv"});
  expect_input_error(a);
  EXPECT_THAT(a.err, StartsWith("tandem plan: "));
  EXPECT_THAT(a.err, HasSubstr("nowhere.csv"));
}

TEST(plan_errors, malformed_json) {
  const auto r = run_plan({"bad.json"}, small_spec(), {{"bad.json", "{\"schema_version\": 1,"}});
  expect_input_error(r);
  EXPECT_THAT(r.err, StartsWith("tandem plan: bad.json"));
}

// The document loader's own messages, one per problem, each on its own prefixed line.
TEST(plan_errors, an_invalid_document_reports_every_problem_with_its_json_path) {
  nlohmann::json doc = nlohmann::json::parse(save_plan_document(small_spec()));
  doc["currency"] = "yuan";
  doc["schema_version"] = 99;
  const auto r = run_plan({"bad.json"}, small_spec(), {{"bad.json", doc.dump(2)}});
  expect_input_error(r);
  std::string expected;
  try {
    (void)load_plan_document(doc.dump(2), "bad.json");
    ADD_FAILURE() << "the library accepted the document";
  } catch (const tandem::error& e) {
    for (const std::string& line : cli_test::lines_of(e.what())) expected += "tandem plan: " + line + "\n";
  }
  EXPECT_EQ(r.err, expected);
  EXPECT_THAT(r.err, StartsWith("tandem plan: bad.json"));
  EXPECT_THAT(r.err, HasSubstr("$."));
}

TEST(plan_errors, a_plan_that_cannot_be_met_names_the_file_and_the_unit) {
  plan_spec spec = small_spec();
  spec.units[1].limits[measure::amount].fixed = 200'000'000;  // east locked above the company's target
  const auto r = run_plan({"plan.json"}, spec);
  expect_input_error(r);
  std::string message;
  try {
    (void)plan::build(spec);
    ADD_FAILURE() << "the library built the plan";
  } catch (const tandem::error& e) {
    message = e.what();
  }
  EXPECT_EQ(r.err, "tandem plan: plan.json: " + message + "\n");
  EXPECT_THAT(r.err, HasSubstr("east"));
}

TEST(plan_errors, a_bad_actuals_row_is_named_by_the_library) {
  for (const std::string& csv : {std::string("unit,product,date,amount\nalice,lathes,2026-04-15,1.00\n"
                                            "east,lathes,2026-04-16,2.00\n"),  // not a leaf
                                std::string("unit,product,date,amount\nalice,lathes,2026-04-15,1.00\n"
                                            "alice,drills,2026-04-16,2.00\n"),  // no such line
                                std::string("unit,product,date,amount\nalice,lathes,2027-04-01,1.00\n"),
                                std::string("unit,product,date,amount\nalice,lathes,2026-04-15,1.005\n"),
                                std::string("unit,product,when,amount\nalice,lathes,2026-04-15,1.00\n")}) {
    const auto r = run_plan({"plan.json", "--actuals", "sales.csv"}, small_spec(), {{"sales.csv", csv}});
    expect_input_error(r);
    std::string message;
    try {
      const plan p = plan::build(small_spec());
      (void)load_actuals_csv(p, csv, "sales.csv");
      ADD_FAILURE() << "the library accepted " << csv;
    } catch (const tandem::error& e) {
      message = e.what();
    }
    EXPECT_EQ(r.err, "tandem plan: " + message + "\n") << csv;
    EXPECT_THAT(r.err, HasSubstr("sales.csv")) << csv;
  }
}

TEST(plan_errors, nothing_is_printed_when_a_later_step_fails) {
  // The plan is fine; the actuals are not: standard output stays empty in every format.
  for (const char* format : {"table", "csv", "json"}) {
    const auto r = run_plan({"plan.json", "--actuals", "sales.csv", "--format", format}, small_spec(),
                            {{"sales.csv", "unit,product,date,amount\nnobody,lathes,2026-04-15,1.00\n"}});
    expect_input_error(r);
  }
}

}  // namespace
