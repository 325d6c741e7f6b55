// `tandem biproportional` with a wrong command line: exit status 2, one line on
// standard error, nothing on standard output. And --help, which documents all of it.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <string>
#include <vector>

#include "cli/biproportional_test_support.hpp"

namespace {

using biproportional_test::expect_failure;
using biproportional_test::matrix_files;
using biproportional_test::run_biproportional;
using biproportional_test::run_matrix;
using cli_test::run_result;
using testing::HasSubstr;
using testing::StartsWith;

// One row, one column, one cell: any method gives it the whole total of 1.
const matrix_files one_cell{"id,total\na,1\n", "id,total\nx,1\n", "row,col,weight\na,x,1\n"};

constexpr const char* see_help = " (see 'tandem biproportional --help')";

void expect_usage_error(const run_result& r, const std::string& message) { expect_failure(r, 2, message); }

// CLI11 words some messages itself; check our prefix, a key phrase and one line.
void expect_usage_error_mentioning(const run_result& r, const std::string& phrase) {
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "") << "nothing may reach standard output on failure";
  EXPECT_THAT(r.err, StartsWith("tandem biproportional: ")) << r.err;
  EXPECT_THAT(r.err, HasSubstr(phrase)) << r.err;
  EXPECT_THAT(r.err, HasSubstr(see_help)) << r.err;
  EXPECT_EQ(cli_test::lines_of(r.err).size(), 1U) << r.err;
}

TEST(biproportional_usage, each_required_option) {
  const std::vector<std::string> all{"--method", "webster", "--rows", "r.csv", "--cols", "c.csv", "--weights", "w.csv"};
  for (std::size_t drop = 0; drop < all.size(); drop += 2) {
    std::vector<std::string> args;
    for (std::size_t i = 0; i < all.size(); i += 2) {
      if (i != drop) args.insert(args.end(), {all[i], all[i + 1]});
    }
    expect_usage_error(run_biproportional(args), all[drop] + " is required" + see_help);
  }
}

TEST(biproportional_usage, unknown_option) {
  expect_usage_error_mentioning(run_matrix({"--method", "webster", "--total", "5"}, one_cell), "--total");
}

TEST(biproportional_usage, no_positional_file) {
  expect_usage_error_mentioning(run_matrix({"--method", "webster", "extra.csv"}, one_cell), "extra.csv");
}

TEST(biproportional_usage, option_given_twice) {
  expect_usage_error_mentioning(run_matrix({"--method", "webster", "--rows", "r.csv"}, one_cell), "--rows");
}

const std::string accepted = "jefferson, webster, modified-sainte-lague, adams, dean";

TEST(biproportional_usage, unknown_method_lists_the_methods_that_work) {
  expect_usage_error(run_matrix({"--method", "borda"}, one_cell),
                     "--method: unknown method \"borda\"; use one of " + accepted + see_help);
}

TEST(biproportional_usage, method_names_are_case_sensitive) {
  expect_usage_error_mentioning(run_matrix({"--method", "Webster"}, one_cell), "unknown method \"Webster\"");
}

// The engine refuses largest remainder (no divisors) and huntington-hill (irrational
// signposts): a usage error before any file is read, whatever the method is called,
// with the engine's reason.
TEST(biproportional_usage, methods_the_engine_refuses) {
  for (const std::string name : {"hamilton", "hare", "largest-remainder", "largest_remainder"}) {
    const auto r = run_matrix({"--method", name}, one_cell);
    expect_usage_error_mentioning(r, "--method: \"" + name + "\": hamilton (largest remainder) has no divisors");
    EXPECT_THAT(r.err, HasSubstr("; use one of " + accepted + see_help)) << r.err;
  }
  for (const std::string name : {"huntington-hill", "huntington_hill"}) {
    const auto r = run_matrix({"--method", name}, one_cell);
    expect_usage_error_mentioning(r, "--method: \"" + name + "\": huntington-hill's signposts are irrational");
    EXPECT_THAT(r.err, HasSubstr("; use one of " + accepted + see_help)) << r.err;
  }
}

TEST(biproportional_usage, unknown_format) {
  expect_usage_error(run_matrix({"--method", "webster", "--format", "xml"}, one_cell),
                     std::string("--format: unknown format \"xml\"; the formats are csv, json") + see_help);
}

TEST(biproportional_usage, bad_scale) {
  for (const std::string bad : {"19", "-1", "x", "1.5", "", "100"}) {
    expect_usage_error(run_matrix({"--method", "webster", "--scale", bad}, one_cell),
                       "--scale: \"" + bad + "\" is not a scale; use a whole number from 0 to 18" + see_help);
  }
}

TEST(biproportional_usage, malformed_quantum) {
  expect_usage_error(run_matrix({"--method", "webster", "--quantum", "1e3"}, one_cell),
                     "--quantum: \"1e3\" is not a plain decimal number (digits, an optional '.' and decimals)");
}

TEST(biproportional_usage, zero_quantum) {
  expect_usage_error(run_matrix({"--method", "webster", "--quantum", "0"}, one_cell),
                     "--quantum: the quantum must be greater than zero");
  expect_usage_error(run_matrix({"--method", "webster", "--scale", "2", "--quantum", "0.00"}, one_cell),
                     "--quantum: the quantum must be greater than zero");
}

TEST(biproportional_usage, negative_quantum) {
  expect_usage_error(run_matrix({"--method", "webster", "--quantum=-5"}, one_cell), "--quantum: \"-5\" is negative");
}

TEST(biproportional_usage, quantum_finer_than_the_scale) {
  expect_usage_error(run_matrix({"--method", "webster", "--scale", "2", "--quantum", "0.001"}, one_cell),
                     "--quantum: \"0.001\" has more than 2 decimal places");
  expect_usage_error(run_matrix({"--method", "webster", "--quantum", "0.5"}, one_cell),
                     "--quantum: \"0.5\" has decimal places but --scale is 0");
}

TEST(biproportional_usage, quantum_too_large) {
  expect_usage_error(run_matrix({"--method", "webster", "--quantum", "9223372036854775808"}, one_cell),
                     "--quantum: \"9223372036854775808\" is too large (at most 9223372036854775807 at --scale 0)");
}

TEST(biproportional_usage, standard_input_for_two_files) {
  expect_usage_error(run_biproportional({"--method", "webster", "--rows", "-", "--cols", "-", "--weights", "w.csv"}),
                     "only one of --rows, --cols and --weights can read standard input (-)");
  expect_usage_error(run_biproportional({"--method", "webster", "--rows", "r.csv", "--cols", "-", "--weights", "-"}),
                     "only one of --rows, --cols and --weights can read standard input (-)");
}

TEST(biproportional_usage, usage_errors_win_over_missing_files) {
  for (const char* method : {"hamilton", "huntington-hill", "borda"}) {
    const auto r =
        run_biproportional({"--method", method, "--rows", "no-r.csv", "--cols", "no-c.csv", "--weights", "no-w.csv"});
    EXPECT_EQ(r.status, 2) << method;
    EXPECT_EQ(r.out, "");
    EXPECT_THAT(r.err, HasSubstr("--method")) << r.err;
  }
}

// --- --help ---------------------------------------------------------------------

run_result biproportional_help() { return run_biproportional({"--help"}); }

TEST(biproportional_help, goes_to_standard_output_with_status_0) {
  const auto r = biproportional_help();
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_THAT(r.out, HasSubstr("Usage: tandem biproportional [OPTIONS]"));
}

TEST(biproportional_help, works_without_the_required_options) {
  EXPECT_EQ(run_biproportional({"--rows", "r.csv", "-h"}).status, 0);
}

TEST(biproportional_help, documents_options_files_output_and_exit_statuses) {
  const std::string help = biproportional_help().out;
  for (const char* text : {"--method",
                           "--rows",
                           "--cols",
                           "--weights",
                           "--quantum",
                           "--scale",
                           "--format",
                           "csv",
                           "json",
                           "columns id,total",
                           "columns row,col,weight",
                           "A cell given no line has weight 0",
                           "row,col,share",
                           "0 included (a full matrix)",
                           "\"tied\"",
                           "\"divisors\": {\"rows\": {id: divisor, ...}",
                           "share / quantum = round(weight / (row divisor * column divisor))",
                           "Exit status:",
                           "  0  success",
                           "  1  invalid input",
                           "  2  usage error"}) {
    EXPECT_THAT(help, HasSubstr(text));
  }
}

TEST(biproportional_help, lists_the_methods_that_work_and_says_which_do_not) {
  const std::string help = biproportional_help().out;
  for (const char* name : {"  jefferson ", "dhondt", "d-hondt", "  webster ", "sainte-lague",
                           "  modified-sainte-lague ", "  adams ", "  dean "}) {
    EXPECT_THAT(help, HasSubstr(name));
  }
  EXPECT_THAT(help, HasSubstr("Not hamilton (largest remainder has no divisors) nor huntington-hill"));
}

// Every method name and alias the help lists must be accepted: this keeps the help
// and the engine in step.
TEST(biproportional_help, every_listed_method_and_alias_is_accepted) {
  for (const std::string name : {"jefferson", "dhondt", "d-hondt", "d_hondt", "webster", "sainte-lague", "sainte_lague",
                                 "modified-sainte-lague", "modified_sainte_lague", "adams", "dean"}) {
    const auto r = run_matrix({"--method", name}, one_cell);
    EXPECT_EQ(r.status, 0) << name << ": " << r.err;
    EXPECT_EQ(r.out, "row,col,share\na,x,1\n") << name;
  }
}

}  // namespace
