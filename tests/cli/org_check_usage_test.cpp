// `tandem org check` on a bad command line: status 2, nothing on standard output, one
// line on standard error.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/support/run_tandem.hpp"
#include "org_command.hpp"

namespace {

using testing::HasSubstr;

cli_test::run_result run_org(const std::vector<std::string>& args) {
  const cli_test::scratch_dir dir;
  dir.write("c.json", "{\"schema_version\": 1}");
  std::vector<std::string> full{"org"};
  full.insert(full.end(), args.begin(), args.end());
  return cli_test::run_tandem(full, dir);
}

// Usage errors name the deepest command chosen (main.cpp's command_path): "tandem org
// check" for the options of `check`, "tandem org" when no subcommand was given.
void expect_usage_error(const cli_test::run_result& r, const std::string& message,
                        const std::string& command = "tandem org check") {
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "") << "nothing may reach standard output on failure";
  EXPECT_EQ(r.err, command + ": " + message + " (see '" + command + " --help')\n");
}

TEST(org_check_usage, the_period_containing_as_of_must_be_within_the_supported_dates) {
  // Gregorian (c.json): the year 9999 and its December are whole periods.
  for (const char* kind : {"year", "month", "quarter", "half"}) {
    const auto r = run_org({"check", "c.json", "--as-of", "9999-12-31", "--period", kind});
    EXPECT_EQ(r.status, 0) << kind << ": " << r.err;
    EXPECT_EQ(r.err, "") << kind;
    EXPECT_THAT(r.out, HasSubstr(", as of 9999-12-31\n")) << kind;
  }
  EXPECT_THAT(run_org({"check", "c.json", "--as-of", "9999-12-31", "--period", "year"}).out,
              HasSubstr("\nLoop health 9999, as of 9999-12-31\n"));
  // ISO week 9999-W52 ends in 10000; ISO week 1400-W01 starts in 1399.
  expect_usage_error(run_org({"check", "c.json", "--as-of", "9999-12-31", "--period", "week"}),
                     "--as-of: the week containing 9999-12-31 cannot be reported on: 9999-W52 "
                     "(9999-12-27..10000-01-02) extends beyond the supported dates 1400-01-01..9999-12-31");
  expect_usage_error(run_org({"check", "c.json", "--as-of", "1400-01-01", "--period", "week"}),
                     "--as-of: the week containing 1400-01-01 cannot be reported on: 1400-W01 "
                     "(1399-12-30..1400-01-05) extends beyond the supported dates 1400-01-01..9999-12-31");
  // A fiscal year from April: FY10000 runs to 10000-03-31, while its month is fine.
  const cli_test::scratch_dir dir;
  dir.write("fiscal.json", R"({"schema_version": 1, "calendar": {"kind": "fiscal", "start_month": 4}})");
  const auto fiscal = [&](const char* kind) {
    return cli_test::run_tandem({"org", "check", "fiscal.json", "--as-of", "9999-12-31", "--period", kind}, dir);
  };
  expect_usage_error(fiscal("year"),
                     "--as-of: the year containing 9999-12-31 cannot be reported on: FY10000 "
                     "(9999-04-01..10000-03-31) extends beyond the supported dates 1400-01-01..9999-12-31");
  expect_usage_error(fiscal("half"),
                     "--as-of: the half containing 9999-12-31 cannot be reported on: FY10000 H2 "
                     "(9999-10-01..10000-03-31) extends beyond the supported dates 1400-01-01..9999-12-31");
  const auto month = fiscal("month");
  EXPECT_EQ(month.status, 0) << month.err;
  EXPECT_THAT(month.out, HasSubstr("\nLoop health 9999-12, as of 9999-12-31\n"));
  // FY10000 Q3 lies within the supported dates, though its year does not.
  const auto quarter = fiscal("quarter");
  EXPECT_EQ(quarter.status, 0) << quarter.err;
  EXPECT_THAT(quarter.out, HasSubstr("\nLoop health FY10000 Q3, as of 9999-12-31\n"));
}

TEST(org_check_usage, bad_option_values) {
  expect_usage_error(run_org({"check", "c.json", "--lang", "fr"}),
                     "--lang: unknown language \"fr\"; the languages are zh, en");
  expect_usage_error(run_org({"check", "c.json", "--format", "csv"}),
                     "--format: unknown format \"csv\"; the formats are table, json");
  expect_usage_error(run_org({"check", "c.json", "--period", "day"}),
                     "--period: unknown period \"day\"; the periods are week, month, quarter, half, year");
  expect_usage_error(run_org({"check", "c.json", "--as-of", "2026-9-25"}),
                     "--as-of: '2026-9-25' is not a date of the form YYYY-MM-DD");
  expect_usage_error(run_org({"check", "c.json", "--as-of", "2026-02-30"}),
                     "--as-of: '2026-02-30' is not a day of the calendar (dates run from 1400-01-01 to 9999-12-31)");
}

TEST(org_check_usage, names_are_read_in_any_case_like_tandem_catalog) {
  const auto r = run_org({"check", "c.json", "--as-of", "2026-09-25", "--lang", "ZH", "--period", "Quarter"});
  EXPECT_EQ(r.status, 0) << r.err;
  // The document has no calendar: gregorian quarters.
  EXPECT_THAT(r.out, HasSubstr("\n到期事项 2026 Q3 (2026-07-01..2026-09-30), 截至 2026-09-25\n"));
}

TEST(org_check_usage, missing_pieces) {
  expect_usage_error(run_org({}), "a subcommand is required; the subcommands are check", "tandem org");
  expect_usage_error(run_org({"check"}), "FILE is required");
  const auto unknown = run_org({"verify", "c.json"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_EQ(unknown.out, "");
  EXPECT_THAT(unknown.err, HasSubstr("verify"));
  const auto extra = run_org({"check", "c.json", "d.json"});
  EXPECT_EQ(extra.status, 2);
  EXPECT_EQ(extra.out, "");
  EXPECT_THAT(extra.err, HasSubstr("d.json"));
  const auto option = run_org({"check", "c.json", "--verbose"});
  EXPECT_EQ(option.status, 2);
  EXPECT_EQ(option.out, "");
  EXPECT_THAT(option.err, HasSubstr("--verbose"));
}

TEST(org_check_usage, help_lists_the_options) {
  const auto r = run_org({"check", "--help"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  for (const char* option : {"--as-of", "--period", "--lang", "--format", "FILE", "Exit status"}) {
    EXPECT_THAT(r.out, HasSubstr(option));
  }
  EXPECT_THAT(r.out, HasSubstr("scripts should pass --as-of"));
}

TEST(org_check_usage, the_top_help_lists_org) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({"--help"}, dir);
  EXPECT_EQ(r.status, 0);
  EXPECT_THAT(r.out, HasSubstr("  org "));
}

// The command itself, in process, reading standard input and writing to a standard
// output that refuses to be written.
TEST(org_check_usage, unwritable_output_is_status_1_with_one_line) {
  tandem::cli::org_command command;
  CLI::App app;
  command.attach(app);
  app.parse(std::string("org check - --as-of 2026-09-25"), false);
  std::istringstream in("{\"schema_version\": 1}");
  std::ostringstream out;
  std::ostringstream err;
  out.setstate(std::ios::badbit);
  EXPECT_EQ(command.run({in, out, err}), 1);
  EXPECT_EQ(err.str(), "tandem org check: cannot write to standard output\n");
}

}  // namespace
