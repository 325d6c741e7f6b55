// `tandem allocate` with a wrong command line: exit status 2, one line on standard
// error, nothing on standard output. And --help, which documents all of it.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <string>
#include <vector>

#include "cli/support/run_tandem.hpp"

namespace {

using cli_test::run_allocate;
using cli_test::run_result;
using testing::HasSubstr;
using testing::StartsWith;

constexpr const char* one_row = "id,weight\na,1\n";

void expect_usage_error(const run_result& r, const std::string& message) {
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "") << "nothing may reach standard output on failure";
  EXPECT_EQ(r.err, "tandem allocate: " + message + "\n");
}

// CLI11 words some messages itself; check our prefix, a key phrase and one line.
void expect_usage_error_mentioning(const run_result& r, const std::string& phrase) {
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "") << "nothing may reach standard output on failure";
  EXPECT_THAT(r.err, StartsWith("tandem allocate: ")) << r.err;
  EXPECT_THAT(r.err, HasSubstr(phrase)) << r.err;
  EXPECT_THAT(r.err, HasSubstr("(see 'tandem allocate --help')")) << r.err;
  EXPECT_EQ(cli_test::lines_of(r.err).size(), 1U) << r.err;
}

TEST(allocate_usage, missing_method) {
  expect_usage_error(run_allocate({"--total", "1"}, one_row),
                     "--method is required (see 'tandem allocate --help')");
}

TEST(allocate_usage, missing_total) {
  expect_usage_error(run_allocate({"--method", "hamilton"}, one_row),
                     "--total is required (see 'tandem allocate --help')");
}

TEST(allocate_usage, unknown_option) {
  expect_usage_error_mentioning(run_allocate({"--method", "hamilton", "--total", "1", "--round", "up"}, one_row),
                                "--round");
}

TEST(allocate_usage, two_files) {
  expect_usage_error_mentioning(run_allocate({"--method", "hamilton", "--total", "1", "other.csv"}, one_row),
                                "in.csv");
}

TEST(allocate_usage, option_given_twice) {
  expect_usage_error_mentioning(run_allocate({"--method", "hamilton", "--total", "1", "--total", "2"}, one_row),
                                "--total");
}

TEST(allocate_usage, unknown_method) {
  expect_usage_error(run_allocate({"--method", "borda", "--total", "1"}, one_row),
                     "--method: unknown method \"borda\"; the methods are hamilton, jefferson, webster, "
                     "modified-sainte-lague, adams, dean, huntington-hill (see 'tandem allocate --help')");
}

TEST(allocate_usage, method_names_are_case_sensitive) {
  expect_usage_error_mentioning(run_allocate({"--method", "Hamilton", "--total", "1"}, one_row),
                                "unknown method \"Hamilton\"");
}

TEST(allocate_usage, unknown_tie_rule) {
  expect_usage_error(run_allocate({"--method", "hamilton", "--total", "1", "--ties", "random"}, one_row),
                     "--ties: unknown tie rule \"random\"; the rules are input-order, larger, smaller, error "
                     "(see 'tandem allocate --help')");
}

TEST(allocate_usage, unknown_format) {
  expect_usage_error(run_allocate({"--method", "hamilton", "--total", "1", "--format", "xml"}, one_row),
                     "--format: unknown format \"xml\"; the formats are csv, json (see 'tandem allocate --help')");
}

TEST(allocate_usage, bad_scale) {
  for (const std::string bad : {"19", "-1", "x", "1.5", "", "100"}) {
    expect_usage_error(run_allocate({"--method", "hamilton", "--total", "1", "--scale", bad}, one_row),
                       "--scale: \"" + bad +
                           "\" is not a scale; use a whole number from 0 to 18 (see 'tandem allocate --help')");
  }
}

TEST(allocate_usage, total_with_too_many_decimals) {
  expect_usage_error(run_allocate({"--method", "hamilton", "--scale", "2", "--total", "12.345"}, one_row),
                     "--total: \"12.345\" has more than 2 decimal places");
}

TEST(allocate_usage, malformed_total) {
  expect_usage_error(run_allocate({"--method", "hamilton", "--total", "1e6"}, one_row),
                     "--total: \"1e6\" is not a plain decimal number (digits, an optional '.' and decimals)");
}

TEST(allocate_usage, negative_total) {
  expect_usage_error(run_allocate({"--method", "hamilton", "--total=-5"}, one_row), "--total: \"-5\" is negative");
}

TEST(allocate_usage, total_too_large) {
  expect_usage_error(run_allocate({"--method", "hamilton", "--total", "9223372036854775808"}, one_row),
                     "--total: \"9223372036854775808\" is too large (at most 9223372036854775807 at --scale 0)");
}

TEST(allocate_usage, zero_quantum) {
  expect_usage_error(run_allocate({"--method", "hamilton", "--total", "1", "--quantum", "0"}, one_row),
                     "--quantum: the quantum must be greater than zero");
}

TEST(allocate_usage, quantum_finer_than_the_scale) {
  expect_usage_error(
      run_allocate({"--method", "hamilton", "--scale", "2", "--total", "1", "--quantum", "0.001"}, one_row),
      "--quantum: \"0.001\" has more than 2 decimal places");
}

TEST(allocate_usage, usage_errors_win_over_a_missing_file) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({"allocate", "--method", "borda", "--total", "1", "nope.csv"}, dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
}

// --- --help ---------------------------------------------------------------------

run_result allocate_help() {
  const cli_test::scratch_dir dir;
  return cli_test::run_tandem({"allocate", "--help"}, dir);
}

TEST(allocate_help, goes_to_standard_output_with_status_0) {
  const auto r = allocate_help();
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_THAT(r.out, HasSubstr("Usage: tandem allocate [OPTIONS] [FILE]"));
}

TEST(allocate_help, works_without_the_required_options) {
  const cli_test::scratch_dir dir;
  EXPECT_EQ(cli_test::run_tandem({"allocate", "--total", "1", "-h"}, dir).status, 0);
}

TEST(allocate_help, documents_options_columns_exit_statuses_and_formats) {
  const std::string help = allocate_help().out;
  for (const char* text : {"--method", "--total", "--quantum", "--scale", "--ties", "--format", "FILE",
                           "input-order", "larger", "smaller", "error", "csv", "json",
                           "  id      required", "  weight  required", "  min     optional", "  max     optional",
                           "  fixed   optional", "Exit status:", "  0  success", "  1  invalid input",
                           "  2  usage error", "\"shares\": [{\"id\", \"weight\", \"share\"}, ...]"}) {
    EXPECT_THAT(help, HasSubstr(text));
  }
}

// Every method name and alias the help lists must be accepted, and every method
// the library has must be listed: this keeps the help and the library in step.
TEST(allocate_help, lists_every_method_and_alias_and_they_are_accepted) {
  const std::string help = allocate_help().out;
  const std::vector<std::string> names{"hamilton", "hare", "largest-remainder", "jefferson", "dhondt", "d-hondt",
                                       "webster", "sainte-lague", "modified-sainte-lague", "adams", "dean",
                                       "huntington-hill"};
  for (const std::string& name : names) {
    EXPECT_THAT(help, HasSubstr(name));
    const auto r = run_allocate({"--method", name, "--total", "1"}, one_row);
    EXPECT_EQ(r.status, 0) << name << ": " << r.err;
  }
}

}  // namespace
