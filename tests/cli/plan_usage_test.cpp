// `tandem plan` on a bad command line, or with options that do not fit the plan:
// status 2, nothing on standard output, one line on standard error.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "plan_test_support.hpp"

namespace {

using namespace plan_test;  // NOLINT(google-build-using-namespace)
using testing::HasSubstr;

TEST(plan_usage, help_lists_the_options_formats_and_exit_statuses) {
  const auto r = run_plan({"--help"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  for (const char* text : {"--actuals", "--as-of", "--by", "--level", "--unit", "--measure", "--lang", "--format",
                           "Exit status:", "unit,product,period,target,actual,variance,attainment",
                           "default quarter for the\ntable, month for csv and json"}) {
    EXPECT_THAT(r.out, HasSubstr(text));
  }
  const auto top = cli_test::run_tandem({"--help"}, cli_test::scratch_dir());
  EXPECT_THAT(top.out, HasSubstr("plan"));
}

TEST(plan_usage, the_file_is_required) {
  expect_usage_error(run_plan({}), "FILE is required");
}

TEST(plan_usage, level_and_unit_exclude_each_other) {
  const auto r = run_plan({"plan.json", "--level", "1", "--unit", "east"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("excludes"));
  EXPECT_THAT(r.err, testing::StartsWith("tandem plan: --"));
}

TEST(plan_usage, bad_option_values) {
  expect_usage_error(run_plan({"plan.json", "--by", "week"}),
                     "--by: unknown grouping \"week\"; the groupings are month, quarter, half, year");
  expect_usage_error(run_plan({"plan.json", "--measure", "revenue"}),
                     "--measure: unknown measure \"revenue\"; the measures are amount, quantity");
  expect_usage_error(run_plan({"plan.json", "--lang", "fr"}),
                     "--lang: unknown language \"fr\"; the languages are zh, en");
  expect_usage_error(run_plan({"plan.json", "--format", "xml"}),
                     "--format: unknown format \"xml\"; the formats are table, csv, json");
  expect_usage_error(run_plan({"plan.json", "--level", "one"}),
                     "--level: \"one\" is not a level; use a whole number, 0 for the company");
  const auto date = run_plan({"plan.json", "--as-of", "2026/09/30"});
  EXPECT_EQ(date.status, 2);
  EXPECT_EQ(date.out, "");
  EXPECT_THAT(date.err, testing::StartsWith("tandem plan: --as-of: "));
  EXPECT_THAT(date.err, HasSubstr("2026/09/30"));
  const auto no_day = run_plan({"plan.json", "--as-of", "2027-02-29"});
  EXPECT_EQ(no_day.status, 2);
  EXPECT_THAT(no_day.err, testing::StartsWith("tandem plan: --as-of: "));
}

TEST(plan_usage, options_that_do_not_fit_the_plan) {
  expect_usage_error(run_plan({"plan.json", "--as-of", "2027-04-01"}),
                     "--as-of: 2027-04-01 is outside the fiscal year of the plan in plan.json, FY2027 "
                     "(2026-04-01..2027-03-31)");
  expect_usage_error(run_plan({"plan.json", "--as-of", "2026-03-31", "--actuals", "actuals.csv"}),
                     "--as-of: 2026-03-31 is outside the fiscal year of the plan in plan.json, FY2027 "
                     "(2026-04-01..2027-03-31)");
  expect_usage_error(run_plan({"plan.json", "--level", "3"}),
                     "--level: 3 is deeper than the plan in plan.json, whose units go 2 levels below the company");
  expect_usage_error(run_plan({"plan.json", "--unit", "north"}), "--unit: no unit \"north\" in plan.json");
  expect_usage_error(run_plan({"plan.json", "--measure", "quantity"}),
                     "--measure: the plan in plan.json does not target quantity; it targets amount");
  expect_usage_error(run_plan({"-", "--actuals", "-"}), "FILE and --actuals cannot both read standard input (-)");
}

TEST(plan_usage, the_edges_of_the_fiscal_year_and_the_tree_are_accepted) {
  for (const char* day : {"2026-04-01", "2027-03-31"}) {
    const auto r = run_plan({"plan.json", "--as-of", day, "--format", "csv"});
    EXPECT_EQ(r.status, 0) << day << ": " << r.err;
  }
  for (const char* level : {"0", "2"}) {
    const auto r = run_plan({"plan.json", "--level", level, "--format", "csv"});
    EXPECT_EQ(r.status, 0) << level << ": " << r.err;
  }
}

}  // namespace
