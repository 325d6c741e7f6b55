// `tandem spread` on invalid input or an infeasible request: exit status 1, one
// line on standard error naming the file, line, row, period and column at fault,
// and nothing at all on standard output.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <string>
#include <utility>
#include <vector>

#include "cli/spread_test_support.hpp"

namespace {

using spread_test::expect_failure;
using spread_test::run_spread;
using testing::HasSubstr;
using testing::StartsWith;

using file_list = std::vector<std::pair<std::string, std::string>>;

// The first quarter of 2027 by months, with a basis read from in.csv.
cli_test::run_result quarter_by(const std::string& basis, const std::string& csv, std::vector<std::string> extra = {}) {
  std::vector<std::string> args{"--total",    "1000", "--from", "2027-01-01", "--to",
                                "2027-03-31", "--by", basis,    "--" + basis, "in.csv"};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_spread(args, {{"in.csv", csv}});
}

cli_test::run_result quarter_limits(const std::string& csv, const std::string& total = "1000") {
  return run_spread({"--total", total, "--from", "2027-01-01", "--to", "2027-03-31", "--limits", "in.csv"},
                    {{"in.csv", csv}});
}

constexpr int invalid = 1;

const std::string quarter_periods =
    "the periods are 2027-01, 2027-02, 2027-03 (3 periods; 'tandem spread ... --by even' lists them)";

// --- key ------------------------------------------------------------------------

TEST(spread_errors, key_missing_a_period) {
  expect_failure(quarter_by("key", "period,weight\n2027-01,1\n2027-03,1\n"), invalid,
                 "in.csv: no row for period \"2027-02\"; every period needs one (write 0 to give it nothing)");
}

TEST(spread_errors, key_missing_several_periods) {
  expect_failure(quarter_by("key", "period,weight\n"), invalid,
                 "in.csv: no rows for periods \"2027-01\", \"2027-02\", \"2027-03\"; every period needs one "
                 "(write 0 to give it nothing)");
}

TEST(spread_errors, key_with_an_extra_label) {
  expect_failure(quarter_by("key", "period,weight\n2027-01,1\n2027-02,1\n2027-03,1\n2027-04,1\n"), invalid,
                 "in.csv:5: row 4, column \"period\": \"2027-04\" is not a period of this spread; " + quarter_periods);
}

TEST(spread_errors, key_label_in_another_format) {
  expect_failure(quarter_by("key", "period,weight\n2027 Q1,1\n"), invalid,
                 "in.csv:2: row 1, column \"period\": \"2027 Q1\" is not a period of this spread; " + quarter_periods);
}

TEST(spread_errors, key_label_twice) {
  expect_failure(quarter_by("key", "period,weight\n2027-01,1\n2027-02,1\n2027-01,2\n2027-03,1\n"), invalid,
                 "in.csv:4: row 3, column \"period\": period \"2027-01\" appears twice; row 1 (line 2) has it already");
}

TEST(spread_errors, key_empty_label) {
  expect_failure(quarter_by("key", "period,weight\n,1\n"), invalid,
                 "in.csv:2: row 1, column \"period\": the period is empty; every row names one");
}

TEST(spread_errors, percent_not_summing_to_100) {
  expect_failure(quarter_by("key", "period,percent\n2027-01,30\n2027-02,30\n2027-03,30.5\n"), invalid,
                 "in.csv: key percentages sum to 90.5, not 100");
  expect_failure(quarter_by("key", "period,percent\n2027-01,30\n2027-02,30\n2027-03,40.01\n"), invalid,
                 "in.csv: key percentages sum to 100.01, not 100");
}

TEST(spread_errors, key_with_weight_and_percent) {
  expect_failure(quarter_by("key", "period,weight,percent\n2027-01,1,1\n"), invalid,
                 "in.csv:1: header: a key has a \"weight\" or a \"percent\" column, not both");
}

TEST(spread_errors, key_without_a_value_column) {
  expect_failure(quarter_by("key", "period\n2027-01\n"), invalid,
                 "in.csv:1: header: there is no \"weight\" or \"percent\" column; a key has the columns period and "
                 "weight, or period and percent");
}

TEST(spread_errors, key_without_a_period_column) {
  expect_failure(quarter_by("key", "weight\n1\n"), invalid,
                 "in.csv:1: header: there is no \"period\" column; the columns are period, weight, percent");
}

TEST(spread_errors, key_unknown_column) {
  expect_failure(quarter_by("key", "period,weight,note\n2027-01,1,x\n"), invalid,
                 "in.csv:1: header: unknown column \"note\" (field 3); the columns are period, weight, percent");
}

TEST(spread_errors, key_duplicate_column) {
  expect_failure(quarter_by("key", "period,weight,period\n"), invalid,
                 "in.csv:1: header: column \"period\" appears twice (fields 1 and 3)");
}

TEST(spread_errors, key_bad_numbers) {
  const std::string head = "period,weight\n2027-01,1\n2027-02,";
  const std::string where = "in.csv:3: row 2 (period \"2027-02\"), column \"weight\": ";
  expect_failure(quarter_by("key", head + "1e3\n2027-03,1\n"), invalid,
                 where + "\"1e3\" is not a plain decimal number (digits, an optional '.' and decimals)");
  expect_failure(quarter_by("key", head + "-1\n2027-03,1\n"), invalid,
                 where + "\"-1\" is negative; weights must be zero or more");
  expect_failure(quarter_by("key", head + "\n2027-03,1\n"), invalid,
                 where + "the value is empty; write 0 to give the period nothing");
}

TEST(spread_errors, key_header_after_blank_lines_names_its_line) {
  expect_failure(quarter_by("key", "\n\nperiod,weight,x\n"), invalid,
                 "in.csv:3: header: unknown column \"x\" (field 3); the columns are period, weight, percent");
}

TEST(spread_errors, key_all_zero) {
  expect_failure(quarter_by("key", "period,weight\n2027-01,0\n2027-02,0\n2027-03,0\n"), invalid,
                 "in.csv: cannot spread: every key value is zero (fall back with when_zero = even or "
                 "calendar-days; --when-zero on the command line)");
}

// --- reference ------------------------------------------------------------------

TEST(spread_errors, reference_all_zero_with_when_zero_error) {
  const std::string zeros = "period,value\n2027-01,0\n2027-02,0\n2027-03,0\n";
  const std::string message =
      "in.csv: cannot spread: every reference value is zero (fall back with when_zero = even or calendar-days; "
      "--when-zero on the command line)";
  expect_failure(quarter_by("reference", zeros), invalid, message);
  expect_failure(quarter_by("reference", zeros, {"--when-zero", "error"}), invalid, message);
}

TEST(spread_errors, reference_without_a_value_column) {
  expect_failure(quarter_by("reference", "period,weight\n"), invalid,
                 "in.csv:1: header: unknown column \"weight\" (field 2); the columns are period, value");
  expect_failure(quarter_by("reference", "period\n"), invalid,
                 "in.csv:1: header: there is no \"value\" column; a reference has the columns period and value");
}

TEST(spread_errors, reference_negative_value) {
  expect_failure(quarter_by("reference", "period,value\n2027-01,5\n2027-02,-5\n2027-03,1\n"), invalid,
                 "in.csv:3: row 2 (period \"2027-02\"), column \"value\": \"-5\" is negative; weights must be zero "
                 "or more");
}

TEST(spread_errors, reference_with_too_many_decimals) {
  expect_failure(quarter_by("reference", "period,value\n2027-01,1\n2027-02,0.0000000000000000001\n2027-03,1\n"),
                 invalid,
                 "in.csv:3: row 2 (period \"2027-02\"), column \"value\": \"0.0000000000000000001\" has more than 18 "
                 "decimal places");
}

TEST(spread_errors, reference_values_whose_common_scale_overflows) {
  // Each value fits alone, but 9e18 at 18 decimals does not.
  const auto r = quarter_by("reference",
                            "period,value\n2027-01,9000000000000000000\n2027-02,0.000000000000000001\n"
                            "2027-03,1\n");
  EXPECT_EQ(r.status, invalid);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, StartsWith("tandem spread: in.csv:")) << r.err;
  EXPECT_THAT(r.err, HasSubstr("common scale")) << r.err;
}

// --- CSV syntax and files ----------------------------------------------------------

TEST(spread_errors, malformed_csv_names_file_and_line) {
  expect_failure(quarter_by("key", "period,weight\n2027-01,1\n2027-02,1,9\n"), invalid,
                 "in.csv:3: row 2: the row has 3 fields but the header has 2");
  expect_failure(quarter_by("key", "period,weight\n2027-01,1\n\"2027-02,1\n"), invalid,
                 "in.csv:3: row 2, column \"period\": a quoted field opened on line 3 is never closed");
}

TEST(spread_errors, empty_file) {
  expect_failure(quarter_by("reference", ""), invalid, "in.csv: the input is empty; expected a header row");
}

TEST(spread_errors, missing_file) {
  expect_failure(run_spread({"--total", "1", "--fiscal-year", "2027", "--by", "key", "--key", "nope.csv"}), invalid,
                 "cannot read \"nope.csv\": No such file or directory");
}

TEST(spread_errors, calendar_file_errors_name_file_line_and_column) {
  const auto r = run_spread({"--total", "1", "--fiscal-year", "2026", "--by", "working-days", "--calendar", "cal.csv"},
                            {{"cal.csv", "date,kind,name\n2026-01-01,holiday,New Year\n2026-13-01,holiday,x\n"}});
  EXPECT_EQ(r.status, invalid);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, StartsWith("tandem spread: cal.csv:3:")) << r.err;
  EXPECT_THAT(r.err, HasSubstr("date")) << r.err;
  EXPECT_EQ(cli_test::lines_of(r.err).size(), 1U);
}

TEST(spread_errors, calendar_make_up_day_that_is_not_a_weekend_day) {
  // 2026-02-14 is a Saturday: with a Friday-Saturday weekend it is still a weekend
  // day, but 2026-02-15 (a Sunday) is not.
  const auto r = run_spread({"--total", "1", "--fiscal-year", "2026", "--by", "working-days", "--calendar", "cal.csv",
                             "--weekend", "fri,sat"},
                            {{"cal.csv", "date,kind\n2026-02-14,workday\n2026-02-15,workday\n"}});
  EXPECT_EQ(r.status, invalid);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, StartsWith("tandem spread: cal.csv:3:")) << r.err;
}

TEST(spread_errors, working_days_none_in_the_range) {
  // 2027-01-02 and 03 are a Saturday and a Sunday.
  expect_failure(run_spread({"--total", "10", "--from", "2027-01-02", "--to", "2027-01-03", "--period", "day", "--by",
                             "working-days"}),
                 invalid,
                 "cannot spread: no period has a working day (fall back with when_zero = even or calendar-days; "
                 "--when-zero on the command line)");
  // ... which --when-zero resolves.
  EXPECT_EQ(spread_test::shares_of(run_spread({"--total", "10", "--from", "2027-01-02", "--to", "2027-01-03",
                                               "--period", "day", "--by", "working-days", "--when-zero", "even"})),
            (std::vector<std::string>{"5", "5"}));
}

TEST(spread_errors, errors_in_standard_input_name_it) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem(
      {"spread", "--total", "10", "--from", "2027-01-01", "--to", "2027-02-28", "--by", "key", "--key", "-"}, dir,
      "period,weight\n2027-01,3\n");
  expect_failure(r, invalid,
                 "<stdin>: no row for period \"2027-02\"; every period needs one (write 0 to give it "
                 "nothing)");
}

// --- limits -------------------------------------------------------------------------

TEST(spread_errors, limits_infeasible) {
  expect_failure(quarter_limits("period,max\n2027-01,100\n2027-02,100\n2027-03,100\n"), invalid,
                 "in.csv: the maximums (and the minimums of zero-weight children) sum to 300, below the 1000 left to "
                 "apportion");
  expect_failure(quarter_limits("period,min,fixed\n2027-01,,800\n2027-03,300,\n"), invalid,
                 "in.csv: the minimums sum to 300, above the 200 left to apportion");
}

TEST(spread_errors, limits_infeasible_at_a_positive_scale_says_what_a_unit_is) {
  expect_failure(quarter_limits("period,fixed\n2027-01,800.00\n2027-02,300.00\n", "1000.00"), invalid,
                 "in.csv:3: period \"2027-02\": fixed values (and bounds with min = max) sum to more than the total "
                 "100000 (at child 2) (amounts counted in units of 0.01)");
}

TEST(spread_errors, limits_row_checks) {
  const std::string at = "in.csv:2: row 1 (period \"2027-02\"), column ";
  expect_failure(quarter_limits("period,min,max\n2027-02,500,400\n"), invalid,
                 at + "\"max\": max 400 is below min 500");
  expect_failure(quarter_limits("period,min,max,fixed\n2027-02,100,400,50\n"), invalid,
                 at + "\"fixed\": fixed 50 is below min 100");
  expect_failure(quarter_limits("period,max,fixed\n2027-02,400,500\n"), invalid,
                 at + "\"fixed\": fixed 500 is above max 400");
  expect_failure(quarter_limits("period,min\n2027-02,-5\n"), invalid,
                 at + "\"min\": \"-5\" is negative (limits take the total's sign)");
  expect_failure(quarter_limits("period,min\n2027-02,1.5\n"), invalid,
                 at + "\"min\": \"1.5\" has decimal places but --scale is 0");
  expect_failure(quarter_limits("period,min\n2027-02,x\n"), invalid,
                 at + "\"min\": \"x\" is not a plain decimal number (digits, an optional '.' and decimals)");
  expect_failure(quarter_limits("period,max\n2027-02,5\n", "-1000"), invalid,
                 at + "\"max\": \"5\" is positive but the total is negative (limits take the total's sign)");
}

TEST(spread_errors, limits_off_the_quantum) {
  expect_failure(
      run_spread(
          {"--total", "1000", "--quantum", "10", "--from", "2027-01-01", "--to", "2027-03-31", "--limits", "in.csv"},
          {{"in.csv", "period,fixed\n2027-03,15\n"}}),
      invalid, "in.csv:2: row 1 (period \"2027-03\"), column \"fixed\": \"15\" is not a multiple of the quantum 10");
}

TEST(spread_errors, limits_header) {
  expect_failure(quarter_limits("period\n2027-01\n"), invalid,
                 "in.csv:1: header: there is no \"min\", \"max\" or \"fixed\" column; limits have the columns period "
                 "and any of min, max, fixed");
  expect_failure(quarter_limits("period,min,maximum\n"), invalid,
                 "in.csv:1: header: unknown column \"maximum\" (field 3); the columns are period, min, max, fixed");
}

TEST(spread_errors, limits_unknown_and_repeated_periods) {
  expect_failure(quarter_limits("period,min\n2027-05,1\n"), invalid,
                 "in.csv:2: row 1, column \"period\": \"2027-05\" is not a period of this spread; " + quarter_periods);
  expect_failure(quarter_limits("period,min\n2027-01,1\n2027-01,2\n"), invalid,
                 "in.csv:3: row 2, column \"period\": period \"2027-01\" appears twice; row 1 (line 2) has it already");
}

// --- matching by position -------------------------------------------------------------

TEST(spread_errors, by_position_a_row_too_many_or_too_few) {
  expect_failure(quarter_by("reference", "period,value\na,1\nb,1\nc,1\nd,1\n", {"--match", "position"}), invalid,
                 "in.csv:5: row 4, column \"period\": row 4 has no period to weigh: matched by position, the file "
                 "needs exactly 3 rows, one for each of 2027-01, 2027-02, 2027-03 (3 periods; 'tandem spread ... "
                 "--by even' lists them)");
  expect_failure(quarter_by("key", "period,weight\na,1\nb,1\n", {"--match", "position"}), invalid,
                 "in.csv: 2 rows for 3 periods; matched by position, the file needs one row for each of 2027-01, "
                 "2027-02, 2027-03 (3 periods; 'tandem spread ... --by even' lists them)");
}

// --- the request ----------------------------------------------------------------------

TEST(spread_errors, total_not_a_multiple_of_the_quantum) {
  expect_failure(run_spread({"--total", "1000.50", "--quantum", "1.00", "--fiscal-year", "2027"}), invalid,
                 "the total 1000.50 is not a multiple of the quantum 1.00");
}

TEST(spread_errors, tie_with_ties_error_names_the_periods) {
  expect_failure(run_spread({"--total", "1000", "--from", "2027-01-01", "--to", "2027-03-31", "--by", "calendar-days",
                             "--ties", "error"}),
                 invalid,
                 "tie: children 1, 3 have equal claims to the last 1 unit served; choose a tie rule other than "
                 "'error'; tied periods: \"2027-01\", \"2027-03\"");
}

}  // namespace
