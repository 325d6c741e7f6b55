// `tandem catalog` on a bad command line: status 2, nothing on standard output, one
// line on standard error. And status 1 when standard output cannot be written.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <sstream>
#include <string>
#include <vector>

#include "catalog_command.hpp"
#include "cli/support/run_tandem.hpp"

namespace {

using testing::HasSubstr;

cli_test::run_result run_catalog(const std::vector<std::string>& args) {
  const cli_test::scratch_dir dir;
  std::vector<std::string> full{"catalog"};
  full.insert(full.end(), args.begin(), args.end());
  return cli_test::run_tandem(full, dir);
}

void expect_usage_error(const cli_test::run_result& r, const std::string& message) {
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "") << "nothing may reach standard output on failure";
  EXPECT_EQ(r.err, "tandem catalog: " + message + " (see 'tandem catalog --help')\n");
}

TEST(catalog_usage, unknown_language) {
  expect_usage_error(run_catalog({"--lang", "fr"}), "--lang: unknown language \"fr\"; the languages are zh, en");
  expect_usage_error(run_catalog({"--lang", ""}), "--lang: unknown language \"\"; the languages are zh, en");
}

TEST(catalog_usage, unknown_format) {
  expect_usage_error(run_catalog({"--format", "csv"}), "--format: unknown format \"csv\"; the formats are table, json");
}

TEST(catalog_usage, unknown_section) {
  expect_usage_error(run_catalog({"--section", "duties"}),
                     "--section: unknown section \"duties\"; the sections are org_units, roles, relations, "
                     "marketing_responsibilities, sales_responsibilities, lifecycle, information_flows, "
                     "org_models, capabilities, comparison, time_horizons, workflows");
}

TEST(catalog_usage, missing_value_and_unexpected_arguments) {
  const auto missing = run_catalog({"--lang"});
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.out, "");
  EXPECT_THAT(missing.err, HasSubstr("--lang"));
  const auto extra = run_catalog({"catalog.json"});
  EXPECT_EQ(extra.status, 2);
  EXPECT_EQ(extra.out, "");
  EXPECT_THAT(extra.err, HasSubstr("catalog.json"));
  const auto unknown = run_catalog({"--verbose"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_EQ(unknown.out, "");
}

TEST(catalog_usage, help_lists_the_options_and_sections) {
  const auto r = run_catalog({"--help"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_THAT(r.out, HasSubstr("--lang LANG"));
  EXPECT_THAT(r.out, HasSubstr("--format FORMAT"));
  EXPECT_THAT(r.out, HasSubstr("--section NAME"));
  EXPECT_THAT(r.out, HasSubstr("Sections: org_units, roles,"));
}

// The command itself, in process (its default options: every section, English, a
// table), with a standard output that refuses to be written.
TEST(catalog_usage, unwritable_output_is_status_1_with_one_line) {
  tandem::cli::catalog_command command;
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  out.setstate(std::ios::badbit);
  EXPECT_EQ(command.run({in, out, err}), 1);
  EXPECT_EQ(err.str(), "tandem catalog: cannot write to standard output\n");
}

}  // namespace
