// `tandem spread` with a wrong command line: exit status 2, one line on standard
// error, nothing on standard output. And --help, which documents all of it.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <string>
#include <vector>

#include "cli/spread_test_support.hpp"

namespace {

using spread_test::expect_failure;
using spread_test::run_spread;
using testing::HasSubstr;
using testing::StartsWith;

constexpr int usage = 2;

// A valid command line to which each test adds its mistake.
std::vector<std::string> quarter(std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"--total", "1000", "--from", "2027-01-01", "--to", "2027-03-31"};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

// CLI11 words some messages itself: check our prefix, a phrase and one line.
void expect_usage_mentioning(const cli_test::run_result& r, const std::string& phrase) {
  EXPECT_EQ(r.status, usage);
  EXPECT_EQ(r.out, "") << "nothing may reach standard output on failure";
  EXPECT_THAT(r.err, StartsWith("tandem spread: ")) << r.err;
  EXPECT_THAT(r.err, HasSubstr(phrase)) << r.err;
  EXPECT_EQ(cli_test::lines_of(r.err).size(), 1U) << r.err;
}

TEST(spread_usage, valid_command_line_of_these_tests) { EXPECT_EQ(run_spread(quarter()).status, 0); }

TEST(spread_usage, missing_total) {
  expect_failure(run_spread({"--from", "2027-01-01", "--to", "2027-03-31"}), usage,
                 "--total is required (see 'tandem spread --help')");
}

TEST(spread_usage, unknown_option) { expect_usage_mentioning(run_spread(quarter({"--round", "up"})), "--round"); }

TEST(spread_usage, missing_range) {
  expect_failure(run_spread({"--total", "1"}), usage, "give the range: --from and --to, or --fiscal-year");
  expect_failure(run_spread({"--total", "1", "--from", "2027-01-01"}), usage,
                 "--from needs --to (the last day of the range)");
  expect_failure(run_spread({"--total", "1", "--to", "2027-01-01"}), usage,
                 "--to needs --from (the first day of the range)");
  expect_failure(run_spread(quarter({"--fiscal-year", "2027"})), usage,
                 "give the range either with --from and --to or with --fiscal-year, not both");
}

TEST(spread_usage, bad_dates) {
  expect_failure(run_spread({"--total", "1", "--from", "2027-02-29", "--to", "2027-03-31"}), usage,
                 "--from: '2027-02-29' is not a day of the calendar (dates run from 1400-01-01 to 9999-12-31)");
  expect_failure(run_spread({"--total", "1", "--from", "2027-01-01", "--to", "2027/03/31"}), usage,
                 "--to: '2027/03/31' is not a date of the form YYYY-MM-DD");
  expect_failure(run_spread({"--total", "1", "--from", "2027-1-1", "--to", "2027-03-31"}), usage,
                 "--from: '2027-1-1' is not a date of the form YYYY-MM-DD");
}

TEST(spread_usage, to_before_from) {
  expect_failure(run_spread({"--total", "1", "--from", "2027-03-31", "--to", "2027-01-01"}), usage,
                 "--to 2027-01-01 is before --from 2027-03-31");
}

TEST(spread_usage, one_day_range_is_fine) {
  EXPECT_EQ(run_spread({"--total", "1", "--from", "2027-03-31", "--to", "2027-03-31"}).out,
            "period,start,end,share\n2027-03,2027-03-31,2027-03-31,1\n");
}

TEST(spread_usage, bad_fiscal_year) {
  expect_failure(run_spread({"--total", "1", "--fiscal-year", "FY2027"}), usage,
                 "--fiscal-year: \"FY2027\" is not a year (a whole number such as 2028)");
  const auto r = run_spread({"--total", "1", "--fiscal-year", "12000"});
  EXPECT_EQ(r.status, usage);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, StartsWith("tandem spread: --fiscal-year: ")) << r.err;
}

TEST(spread_usage, unknown_period_kind) {
  expect_failure(run_spread(quarter({"--period", "fortnight"})), usage,
                 "--period: unknown period kind \"fortnight\"; the kinds are year, half, quarter, month, week, day");
}

TEST(spread_usage, unknown_basis) {
  expect_failure(run_spread(quarter({"--by", "sales"})), usage,
                 "--by: unknown basis \"sales\"; the bases are even, calendar-days, working-days, key, reference");
}

TEST(spread_usage, unknown_when_zero_policy) {
  expect_failure(run_spread(quarter({"--when-zero", "skip"})), usage,
                 "--when-zero: unknown policy \"skip\"; use error, even or calendar-days");
}

TEST(spread_usage, unknown_method_tie_rule_format_scale) {
  expect_failure(run_spread(quarter({"--method", "borda"})), usage,
                 "--method: unknown method \"borda\"; the methods are hamilton, jefferson, webster, "
                 "modified-sainte-lague, adams, dean, huntington-hill (see 'tandem spread --help')");
  expect_failure(run_spread(quarter({"--ties", "random"})), usage,
                 "--ties: unknown tie rule \"random\"; the rules are input-order, larger, smaller, error "
                 "(see 'tandem spread --help')");
  expect_failure(run_spread(quarter({"--format", "xml"})), usage,
                 "--format: unknown format \"xml\"; the formats are csv, json (see 'tandem spread --help')");
  expect_failure(run_spread(quarter({"--scale", "19"})), usage,
                 "--scale: \"19\" is not a scale; use a whole number from 0 to 18 (see 'tandem spread --help')");
}

TEST(spread_usage, bad_amounts) {
  expect_failure(run_spread({"--total", "1e6", "--fiscal-year", "2027"}), usage,
                 "--total: \"1e6\" is not a plain decimal number (digits, an optional '.' and decimals)");
  expect_failure(run_spread({"--total", "12.345", "--scale", "2", "--fiscal-year", "2027"}), usage,
                 "--total: \"12.345\" has more than 2 decimal places");
  expect_failure(run_spread({"--total", "1.0000000000000000001", "--fiscal-year", "2027"}), usage,
                 "--total: \"1.0000000000000000001\" has more than 18 decimal places");
  expect_failure(run_spread({"--total", "10", "--quantum", "0", "--fiscal-year", "2027"}), usage,
                 "--quantum: the quantum must be greater than zero");
  expect_failure(run_spread({"--total", "10", "--quantum", "0.5", "--fiscal-year", "2027"}), usage,
                 "--quantum: \"0.5\" has decimal places but --scale is 0");
  expect_failure(run_spread({"--total", "10", "--quantum=-1", "--fiscal-year", "2027"}), usage,
                 "--quantum: \"-1\" is negative");
  expect_failure(run_spread({"--total", "9223372036854775808", "--fiscal-year", "2027"}), usage,
                 "--total: \"9223372036854775808\" is too large (at most 9223372036854775807 at --scale 0)");
}

TEST(spread_usage, usage_errors_win_over_input_errors) {
  // The total is off the quantum (input) and the date is bad (usage): usage first.
  expect_failure(run_spread({"--total", "15", "--quantum", "10", "--from", "2027-13-01", "--to", "2027-12-31"}), usage,
                 "--from: '2027-13-01' is not a day of the calendar (dates run from 1400-01-01 to 9999-12-31)");
  // And a missing key file is not read when the command line is wrong.
  expect_failure(
      run_spread({"--total", "1", "--fiscal-year", "2027", "--by", "key", "--key", "nope.csv", "--period", "moon"}),
      usage, "--period: unknown period kind \"moon\"; the kinds are year, half, quarter, month, week, day");
}

TEST(spread_usage, options_that_belong_to_another_basis) {
  expect_failure(run_spread(quarter({"--key", "k.csv"})), usage, "--key is only used with --by key");
  expect_failure(run_spread(quarter({"--by", "key", "--reference", "r.csv"})), usage,
                 "--reference is only used with --by reference");
  expect_failure(run_spread(quarter({"--calendar", "c.csv"})), usage, "--calendar is only used with --by working-days");
  expect_failure(run_spread(quarter({"--weekend", "sat,sun"})), usage, "--weekend is only used with --by working-days");
  expect_failure(run_spread(quarter({"--weekend", ""})), usage, "--weekend is only used with --by working-days");
  expect_failure(run_spread(quarter({"--by", "key"})), usage, "--by key needs --key FILE");
  expect_failure(run_spread(quarter({"--by", "reference"})), usage, "--by reference needs --reference FILE");
}

TEST(spread_usage, bad_weekend) {
  const auto r = run_spread(quarter({"--by", "working-days", "--weekend", "sat,funday"}));
  EXPECT_EQ(r.status, usage);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, StartsWith("tandem spread: --weekend: ")) << r.err;
  EXPECT_THAT(r.err, HasSubstr("funday")) << r.err;
}

TEST(spread_usage, no_weekend_at_all) {
  // --weekend "" : every day works; 3 months by working days = by calendar days.
  EXPECT_EQ(spread_test::shares_of(run_spread(quarter({"--by", "working-days", "--weekend", ""}))),
            (std::vector<std::string>{"345", "311", "344"}));
}

TEST(spread_usage, fiscal_calendar_options) {
  expect_failure(run_spread({"--total", "1", "--fiscal-year", "2027", "--fiscal-start", "4-1"}), usage,
                 "--fiscal-start: \"4-1\" is not a month and day of the form MM-DD (e.g. 04-01)");
  const auto late = run_spread({"--total", "1", "--fiscal-year", "2027", "--fiscal-start", "04-30"});
  EXPECT_EQ(late.status, usage);
  EXPECT_THAT(late.err, StartsWith("tandem spread: --fiscal-start: \"04-30\": ")) << late.err;
  const auto month = run_spread({"--total", "1", "--fiscal-year", "2027", "--fiscal-start", "13-01"});
  EXPECT_EQ(month.status, usage);
  EXPECT_THAT(month.err, StartsWith("tandem spread: --fiscal-start: \"13-01\": ")) << month.err;
  expect_failure(run_spread({"--total", "1", "--fiscal-year", "2027", "--fy-naming", "start"}), usage,
                 "--fy-naming is only used with --fiscal-start or --retail (calendar years are named by their number)");
  expect_failure(
      run_spread({"--total", "1", "--fiscal-year", "2027", "--fiscal-start", "04-01", "--fy-naming", "begin"}), usage,
      "--fy-naming: unknown naming \"begin\"; use end or start");
}

TEST(spread_usage, retail_options) {
  const std::vector<std::string> base{"--total", "1", "--fiscal-year", "2027"};
  auto with = [&](std::vector<std::string> extra) {
    std::vector<std::string> a = base;
    a.insert(a.end(), extra.begin(), extra.end());
    return run_spread(a);
  };
  expect_failure(with({"--retail", "4-4-4", "--year-end-month", "1"}), usage,
                 "--retail: unknown pattern \"4-4-4\"; the patterns are 4-4-5, 4-5-4, 5-4-4");
  expect_failure(with({"--retail", "4-4-5"}), usage,
                 "--retail needs --year-end-month (the month in or near which the year ends, 1 to 12)");
  expect_failure(with({"--retail", "4-4-5", "--year-end-month", "13"}), usage,
                 "--year-end-month: \"13\" is not a month; use 1 to 12");
  expect_failure(with({"--retail", "4-4-5", "--year-end-month", "1", "--year-end-day", "someday"}), usage,
                 "--year-end-day: \"someday\" is not a weekday (mon, tue, ..., sun)");
  expect_failure(with({"--retail", "4-4-5", "--year-end-month", "1", "--year-end", "first"}), usage,
                 "--year-end: unknown rule \"first\"; use last or nearest");
  expect_failure(with({"--retail", "4-4-5", "--year-end-month", "1", "--fiscal-start", "02-01"}), usage,
                 "--retail and --fiscal-start cannot be used together");
  expect_failure(with({"--year-end-month", "1"}), usage, "--year-end-month is only used with --retail");
  expect_failure(with({"--year-end-day", "fri"}), usage, "--year-end-day is only used with --retail");
  expect_failure(with({"--year-end", "last"}), usage, "--year-end is only used with --retail");
}

TEST(spread_usage, options_given_twice) { expect_usage_mentioning(run_spread(quarter({"--total", "2"})), "--total"); }

// --- --help ---------------------------------------------------------------------

std::string spread_help() {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({"spread", "--help"}, dir);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  return r.out;
}

TEST(spread_help, goes_to_standard_output_with_status_0) {
  EXPECT_THAT(spread_help(), StartsWith("Spread a total over the months"));
  EXPECT_THAT(spread_help(), HasSubstr("Usage: tandem spread [OPTIONS]"));
}

TEST(spread_help, works_without_the_required_options) {
  const cli_test::scratch_dir dir;
  EXPECT_EQ(cli_test::run_tandem({"spread", "--from", "2027-01-01", "-h"}, dir).status, 0);
}

TEST(spread_help, documents_options_labels_rules_files_and_exit_statuses) {
  const std::string help = spread_help();
  for (const char* text :
       {"--total", "--from", "--to", "--fiscal-year", "--period", "--by", "--fiscal-start", "--retail",
        "--year-end-month", "--year-end-day", "--year-end", "--fy-naming", "--calendar", "--weekend", "--key",
        "--reference", "--when-zero", "--limits", "--method", "--quantum", "--scale", "--ties", "--format",
        // labels
        "2027 H1", "2027 Q2", "2027-04", "2027-W14", "2027-04-01", "FY2028 Q1", "FY2028 P01", "FY2024 P05",
        "FY2024 W14",
        // the 53rd-week rule
        "53rd-week rule", "371 days",
        // bases and files
        "even", "calendar-days", "working-days", "period,weight", "period,percent", "period,value",
        "period,min,max,fixed", "date,kind,name", "sum to exactly 100",
        "Without\n                 --calendar only the weekend is off",
        // output and exit statuses
        "period,start,end,share", "\"periods\": [{\"period\", \"start\", \"end\", \"share\"}, ...]",
        "Exit status:", "  0  success", "  1  invalid input", "  2  usage error"}) {
    EXPECT_THAT(help, HasSubstr(text));
  }
}

// Every method name and alias the help lists is accepted.
TEST(spread_help, lists_every_method_and_alias_and_they_are_accepted) {
  const std::string help = spread_help();
  for (const std::string name : {"hamilton", "hare", "largest-remainder", "jefferson", "dhondt", "d-hondt", "webster",
                                 "sainte-lague", "modified-sainte-lague", "adams", "dean", "huntington-hill"}) {
    EXPECT_THAT(help, HasSubstr(name));
    const auto r = run_spread(quarter({"--method", name}));
    EXPECT_EQ(r.status, 0) << name << ": " << r.err;
  }
}

TEST(spread_help, tandem_help_lists_the_command) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({"--help"}, dir);
  EXPECT_EQ(r.status, 0);
  EXPECT_THAT(r.out, HasSubstr("  spread "));
}

TEST(spread_usage, match_needs_a_key_or_reference_and_a_known_name) {
  expect_usage_mentioning(run_spread(quarter({"--match", "position"})),
                          "--match is only used with --key or --reference");
  expect_usage_mentioning(run_spread(quarter({"--by", "reference", "--reference", "r.csv", "--match", "order"}),
                                     {{"r.csv", "period,value\n"}}),
                          "--match: unknown matching \"order\"; use label or position");
}

TEST(spread_usage, only_one_file_can_be_standard_input) {
  expect_usage_mentioning(run_spread(quarter({"--by", "key", "--key", "-", "--limits", "-"})),
                          "only one of --calendar, --key, --reference and --limits can be - (standard input)");
}

}  // namespace
