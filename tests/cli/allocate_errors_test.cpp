// `tandem allocate` on invalid input or an infeasible request: exit status 1, one
// line on standard error naming the file, line, row and column at fault, and
// nothing at all on standard output.
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

const std::vector<std::string> hamilton_10{"--method", "hamilton", "--total", "10"};

void expect_invalid_input(const run_result& r, const std::string& message) {
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "") << "nothing may reach standard output on failure";
  EXPECT_EQ(r.err, "tandem allocate: " + message + "\n");
}

// For messages whose wording belongs to the engine: check the status, the
// location we add, a key word, and that the message is one line.
void expect_engine_failure(const run_result& r, const std::string& location_prefix, const std::string& word) {
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "") << "nothing may reach standard output on failure";
  EXPECT_THAT(r.err, StartsWith("tandem allocate: " + location_prefix)) << r.err;
  EXPECT_THAT(r.err, HasSubstr(word)) << r.err;
  EXPECT_EQ(cli_test::lines_of(r.err).size(), 1U) << r.err;
}

// --- The header -----------------------------------------------------------------

TEST(allocate_errors, unknown_column) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight,region\na,1,x\n"),
                       "in.csv:1: header: unknown column \"region\" (field 3); "
                       "the columns are id, weight, min, max, fixed");
}

TEST(allocate_errors, column_names_are_case_sensitive) {
  expect_invalid_input(run_allocate(hamilton_10, "id,Weight\na,1\n"),
                       "in.csv:1: header: unknown column \"Weight\" (field 2); "
                       "the columns are id, weight, min, max, fixed");
}

TEST(allocate_errors, duplicate_column) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight,min,max,min\na,1,,,\n"),
                       "in.csv:1: header: column \"min\" appears twice (fields 3 and 5)");
}

TEST(allocate_errors, missing_weight_column) {
  expect_invalid_input(run_allocate(hamilton_10, "id,min\na,1\n"),
                       "in.csv:1: header: there is no \"weight\" column; the columns id and weight are required");
}

TEST(allocate_errors, missing_id_column) {
  expect_invalid_input(run_allocate(hamilton_10, "weight\n1\n"),
                       "in.csv:1: header: there is no \"id\" column; the columns id and weight are required");
}

TEST(allocate_errors, empty_input) {
  expect_invalid_input(run_allocate(hamilton_10, ""), "in.csv: the input is empty; expected a header row");
  expect_invalid_input(run_allocate(hamilton_10, "\n\n"), "in.csv: the input is empty; expected a header row");
}

// --- CSV syntax -----------------------------------------------------------------

TEST(allocate_errors, row_with_the_wrong_number_of_fields) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight\na,1\nb,2,3\n"),
                       "in.csv:3: row 2: the row has 3 fields but the header has 2");
}

TEST(allocate_errors, unterminated_quote_names_the_line_it_opened_on) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight\na,1\n\"b,2\nc,3\n"),
                       "in.csv:3: row 2, column \"id\": a quoted field opened on line 3 is never closed");
}

TEST(allocate_errors, quote_inside_an_unquoted_field) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight\nsay \"hi\",1\n"),
                       "in.csv:2: row 1, column \"id\": a quote inside an unquoted field; "
                       "quote the whole field and double the quote");
}

TEST(allocate_errors, text_after_a_closing_quote) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight\n\"a\"b,1\n"),
                       "in.csv:2: row 1, column \"id\": unexpected text after the closing quote of a field");
}

TEST(allocate_errors, lone_carriage_return) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight\na,1\rb,2\n"),
                       "in.csv:2: row 1, column \"weight\": a carriage return not followed by a line feed");
}

TEST(allocate_errors, invalid_utf8) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight\n\xFF\xFE,1\n"),
                       "in.csv:2: row 1, column \"id\": the field is not valid UTF-8");
}

TEST(allocate_errors, line_numbers_count_physical_lines_and_skip_blank_ones) {
  // Row 2 starts on line 5: line 2 holds row 1 ("a\nb" spans lines 2-3), line 4 is blank.
  expect_invalid_input(run_allocate(hamilton_10, "id,weight\n\"a\nb\",1\n\nc,-1\n"),
                       "in.csv:5: row 2 (id \"c\"), column \"weight\": \"-1\" is negative; "
                       "weights must be zero or more");
}

// --- Ids and weights ------------------------------------------------------------

TEST(allocate_errors, empty_id) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight\na,1\n,2\n"),
                       "in.csv:3: row 2, column \"id\": the id is empty; every row needs one");
}

TEST(allocate_errors, duplicate_id_names_both_rows) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight\na,1\nb,2\na,3\n"),
                       "in.csv:4: row 3, column \"id\": duplicate id \"a\"; row 1 (line 2) has it already");
}

TEST(allocate_errors, negative_weight) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight\na,1\nb,-2\n"),
                       "in.csv:3: row 2 (id \"b\"), column \"weight\": \"-2\" is negative; "
                       "weights must be zero or more");
}

TEST(allocate_errors, malformed_weight) {
  for (const std::string bad : {"x", "1e5", "1,5", " 1", "1.2.3", ".5", "+1"}) {
    expect_invalid_input(run_allocate(hamilton_10, "id,weight\na,\"" + bad + "\"\n"),
                         "in.csv:2: row 1 (id \"a\"), column \"weight\": \"" + bad +
                             "\" is not a plain decimal number (digits, an optional '.' and decimals)");
  }
}

TEST(allocate_errors, empty_weight) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight\na,\n"),
                       "in.csv:2: row 1 (id \"a\"), column \"weight\": the weight is empty; every row needs one");
}

TEST(allocate_errors, weights_too_large_at_their_common_scale) {
  // 9e18 fits int64 alone, but the other weight's 0.5 puts both at one decimal: 9e19 does not.
  const auto r = run_allocate(hamilton_10, "id,weight\na,0.5\nb,9000000000000000000\n");
  expect_engine_failure(r, "in.csv:3: row 2 (id \"b\"), column \"weight\": ", "9000000000000000000");
}

// --- Bounds and fixed values ----------------------------------------------------

TEST(allocate_errors, more_decimals_than_the_scale) {
  expect_invalid_input(
      run_allocate({"--method", "hamilton", "--scale", "2", "--total", "100"}, "id,weight,min\na,1,12.345\n"),
      "in.csv:2: row 1 (id \"a\"), column \"min\": \"12.345\" has more than 2 decimal places");
}

TEST(allocate_errors, decimals_at_scale_zero) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight,max\na,1,1.5\n"),
                       "in.csv:2: row 1 (id \"a\"), column \"max\": \"1.5\" has decimal places but --scale is 0");
}

TEST(allocate_errors, malformed_bound) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight,fixed\na,1,ten\n"),
                       "in.csv:2: row 1 (id \"a\"), column \"fixed\": \"ten\" is not a plain decimal number "
                       "(digits, an optional '.' and decimals)");
}

TEST(allocate_errors, negative_bound) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight,min\na,1,-1\n"),
                       "in.csv:2: row 1 (id \"a\"), column \"min\": \"-1\" is negative");
}

TEST(allocate_errors, bound_too_large) {
  expect_invalid_input(
      run_allocate({"--method", "hamilton", "--scale", "2", "--total", "100"},
                   "id,weight,max\na,1,92233720368547758.08\n"),
      "in.csv:2: row 1 (id \"a\"), column \"max\": \"92233720368547758.08\" is too large "
      "(at most 92233720368547758.07 at --scale 2)");
}

TEST(allocate_errors, bound_not_a_multiple_of_the_quantum) {
  expect_invalid_input(
      run_allocate({"--method", "hamilton", "--scale", "2", "--total", "10000.00", "--quantum", "1000.00"},
                   "id,weight,min\na,1,1500.00\n"),
      "in.csv:2: row 1 (id \"a\"), column \"min\": \"1500.00\" is not a multiple of the quantum 1000.00");
}

TEST(allocate_errors, min_above_max) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight,min,max\na,1,4,2\n"),
                       "in.csv:2: row 1 (id \"a\"), column \"max\": max 2 is below min 4");
}

TEST(allocate_errors, fixed_outside_its_bounds) {
  expect_invalid_input(run_allocate(hamilton_10, "id,weight,min,max,fixed\na,1,1,2,3\n"),
                       "in.csv:2: row 1 (id \"a\"), column \"fixed\": fixed 3 is above max 2");
  expect_invalid_input(run_allocate(hamilton_10, "id,weight,min,fixed\na,1,5,3\n"),
                       "in.csv:2: row 1 (id \"a\"), column \"fixed\": fixed 3 is below min 5");
}

// --- Infeasible requests (judged by the engine over all rows) ---------------------

TEST(allocate_errors, total_not_a_multiple_of_the_quantum) {
  expect_invalid_input(run_allocate({"--method", "hamilton", "--total", "10", "--quantum", "3"}, "id,weight\na,1\n"),
                       "the total 10 is not a multiple of the quantum 3");
}

TEST(allocate_errors, minimums_above_the_total) {
  // 6 + 6 = 12 > 10: no allocation can give both rows their minimum.
  expect_engine_failure(run_allocate(hamilton_10, "id,weight,min\na,1,6\nb,1,6\n"), "", "minimums");
}

TEST(allocate_errors, maximums_below_the_total) {
  // 3 + 3 = 6 < 10: the rows cannot take the whole total.
  expect_engine_failure(run_allocate(hamilton_10, "id,weight,max\na,1,3\nb,1,3\n"), "", "maximums");
}

TEST(allocate_errors, fixed_values_above_the_total_name_the_row_that_overflows) {
  // 8 fits in 10; 8 + 5 does not: the second fixed row is the one at fault.
  expect_engine_failure(run_allocate(hamilton_10, "id,weight,fixed\na,1,8\nb,1,5\n"),
                        "in.csv:3: row 2 (id \"b\"): ", "fixed");
}

TEST(allocate_errors, no_positive_weight_to_carry_the_total) {
  expect_engine_failure(run_allocate(hamilton_10, "id,weight\na,0\nb,0\n"), "", "weight zero");
}

TEST(allocate_errors, engine_amounts_at_a_scale_say_what_a_unit_is) {
  // The engine counts in units of the scale: at --scale 2, 6.00 + 6.00 is "1200".
  const auto r = run_allocate({"--method", "hamilton", "--scale", "2", "--total", "10.00"},
                              "id,weight,min\na,1,6.00\nb,1,6.00\n");
  expect_engine_failure(r, "", "(amounts counted in units of 0.01)");
  EXPECT_TRUE(r.err.ends_with(")\n")) << r.err;
}

TEST(allocate_errors, tie_with_ties_error_names_the_tied_rows) {
  // Total 1 among 1, 2, 2: quotas 0.2, 0.4, 0.4 -> floors 0, 0, 0; b and c tie for the
  // only unit (a, with the smaller remainder, is not part of the tie).
  const auto r = run_allocate({"--method", "hamilton", "--total", "1", "--ties", "error"},
                              "id,weight\na,1\nb,2\nc,2\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, StartsWith("tandem allocate: in.csv: ")) << r.err;
  EXPECT_THAT(r.err, HasSubstr("tied rows: row 2 (id \"b\", line 3), row 3 (id \"c\", line 4)")) << r.err;
  EXPECT_THAT(r.err, testing::Not(HasSubstr("\"a\""))) << r.err;
  EXPECT_EQ(cli_test::lines_of(r.err).size(), 1U) << r.err;
}

// --- The file -------------------------------------------------------------------

TEST(allocate_errors, missing_file_is_invalid_input) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({"allocate", "--method", "hamilton", "--total", "1", "nope.csv"}, dir);
  expect_invalid_input(r, "cannot read \"nope.csv\": No such file or directory");
}

TEST(allocate_errors, directory_is_invalid_input) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({"allocate", "--method", "hamilton", "--total", "1", "."}, dir);
  expect_invalid_input(r, "cannot read \".\": Is a directory");
}

TEST(allocate_errors, standard_input_is_named_in_messages) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({"allocate", "--method", "hamilton", "--total", "1"}, dir, "id,weight\n,1\n");
  expect_invalid_input(r, "<stdin>:2: row 1, column \"id\": the id is empty; every row needs one");
}

}  // namespace
