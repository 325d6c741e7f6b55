// `tandem biproportional` on invalid input or an infeasible request: exit status 1,
// one line on standard error naming the file, line, row and column at fault, and
// nothing at all on standard output.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <string>
#include <vector>

#include "cli/biproportional_test_support.hpp"

namespace {

using biproportional_test::matrix_files;
using biproportional_test::run_biproportional;
using biproportional_test::run_matrix;
using cli_test::run_result;
using testing::HasSubstr;
using testing::StartsWith;

const std::vector<std::string> webster{"--method", "webster"};

// A 2 x 2 request that succeeds, which each test spoils in one place.
const std::string good_rows = "id,total\na,5\nb,3\n";
const std::string good_cols = "id,total\nx,4\ny,4\n";
const std::string good_weights = "row,col,weight\na,x,30\na,y,10\nb,x,10\nb,y,20\n";

run_result with_rows(const std::string& rows, const std::vector<std::string>& args = webster) {
  return run_matrix(args, {rows, good_cols, good_weights});
}
run_result with_cols(const std::string& cols, const std::vector<std::string>& args = webster) {
  return run_matrix(args, {good_rows, cols, good_weights});
}
run_result with_weights(const std::string& weights, const std::vector<std::string>& args = webster) {
  return run_matrix(args, {good_rows, good_cols, weights});
}

void expect_invalid_input(const run_result& r, const std::string& message) {
  biproportional_test::expect_failure(r, 1, message);
}

// For messages whose wording belongs to the engine: the status, one line, and the
// phrases we add (the ids and places of the rows and columns at fault).
void expect_engine_failure(const run_result& r, const std::vector<std::string>& phrases) {
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "") << "nothing may reach standard output on failure";
  EXPECT_THAT(r.err, StartsWith("tandem biproportional: ")) << r.err;
  for (const std::string& phrase : phrases) EXPECT_THAT(r.err, HasSubstr(phrase)) << r.err;
  EXPECT_EQ(cli_test::lines_of(r.err).size(), 1U) << r.err;
  // The engine numbers rows and columns; every number must have become an id.
  EXPECT_THAT(r.err, testing::Not(testing::ContainsRegex("(row|column)s? [0-9]"))) << r.err;
}

TEST(biproportional_errors, the_unspoilt_request_succeeds) {
  EXPECT_EQ(run_matrix(webster, {good_rows, good_cols, good_weights}).status, 0);
}

// --- The rows and cols files: headers ----------------------------------------------

TEST(biproportional_errors, margins_unknown_column) {
  expect_invalid_input(with_rows("id,total,region\na,5,x\nb,3,y\n"),
                       "r.csv:1: header: unknown column \"region\" (field 3); the columns are id, total");
  expect_invalid_input(with_cols("id,Total\nx,4\ny,4\n"),
                       "c.csv:1: header: unknown column \"Total\" (field 2); the columns are id, total");
}

TEST(biproportional_errors, margins_duplicate_column) {
  expect_invalid_input(with_rows("id,total,id\na,5,a\nb,3,b\n"),
                       "r.csv:1: header: column \"id\" appears twice (fields 1 and 3)");
}

TEST(biproportional_errors, margins_missing_columns) {
  expect_invalid_input(with_rows("id\na\nb\n"),
                       "r.csv:1: header: there is no \"total\" column; the columns id, total are required");
  expect_invalid_input(with_cols("total\n4\n4\n"),
                       "c.csv:1: header: there is no \"id\" column; the columns id, total are required");
}

TEST(biproportional_errors, margins_empty_file) {
  expect_invalid_input(with_rows(""), "r.csv: the input is empty; expected a header row");
  expect_invalid_input(with_cols("\n\n"), "c.csv: the input is empty; expected a header row");
}

TEST(biproportional_errors, margins_without_any_line) {
  expect_invalid_input(with_rows("id,total\n"),
                       "r.csv: there are no rows; the file needs a line (id,total) for each row of the matrix");
  expect_invalid_input(with_cols("id,total\n"),
                       "c.csv: there are no columns; the file needs a line (id,total) for each column of the matrix");
}

// --- The rows and cols files: CSV syntax --------------------------------------------

TEST(biproportional_errors, margins_line_with_the_wrong_number_of_fields) {
  expect_invalid_input(with_rows("id,total\na,5\nb,3,1\n"),
                       "r.csv:3: row 2: the row has 3 fields but the header has 2");
}

TEST(biproportional_errors, margins_csv_syntax_names_the_column) {
  expect_invalid_input(with_cols("id,total\nx,4\nsay \"y\",4\n"),
                       "c.csv:3: row 2, column \"id\": a quote inside an unquoted field; "
                       "quote the whole field and double the quote");
  expect_invalid_input(with_rows("id,total\na,5\rb,3\n"),
                       "r.csv:2: row 1, column \"total\": a carriage return not followed by a line feed");
  expect_invalid_input(with_rows("id,total\n\xFF,5\nb,3\n"),
                       "r.csv:2: row 1, column \"id\": the field is not valid UTF-8");
}

// --- The rows and cols files: ids and totals -------------------------------------------

TEST(biproportional_errors, margins_empty_id) {
  expect_invalid_input(with_rows("id,total\na,5\n,3\n"),
                       "r.csv:3: row 2, column \"id\": the id is empty; every row needs one");
}

TEST(biproportional_errors, margins_duplicate_id_names_both_lines) {
  expect_invalid_input(with_cols("id,total\nx,4\n\ny,2\nx,2\n"),
                       "c.csv:5: row 3, column \"id\": duplicate id \"x\"; row 1 (line 2) has it already");
}

TEST(biproportional_errors, margins_empty_total) {
  expect_invalid_input(with_rows("id,total\na,5\nb,\n"),
                       "r.csv:3: row 2 (id \"b\"), column \"total\": the total is empty; every row needs one "
                       "(write 0 for none)");
}

TEST(biproportional_errors, margins_malformed_total) {
  for (const std::string bad : {"x", "1e5", "1,5", " 1", "1.2.3", ".5", "+1"}) {
    expect_invalid_input(with_rows("id,total\na,\"" + bad + "\"\nb,3\n"),
                         "r.csv:2: row 1 (id \"a\"), column \"total\": \"" + bad +
                             "\" is not a plain decimal number (digits, an optional '.' and decimals)");
  }
}

TEST(biproportional_errors, margins_negative_total) {
  expect_invalid_input(with_cols("id,total\nx,-4\ny,4\n"),
                       "c.csv:2: row 1 (id \"x\"), column \"total\": \"-4\" is negative");
}

TEST(biproportional_errors, margins_total_with_too_many_decimals) {
  expect_invalid_input(with_rows("id,total\na,5.00\nb,3.001\n", {"--method", "webster", "--scale", "2"}),
                       "r.csv:3: row 2 (id \"b\"), column \"total\": \"3.001\" has more than 2 decimal places");
  expect_invalid_input(with_rows("id,total\na,5.5\nb,3\n"),
                       "r.csv:2: row 1 (id \"a\"), column \"total\": \"5.5\" has decimal places but --scale is 0");
}

TEST(biproportional_errors, margins_total_too_large) {
  expect_invalid_input(with_rows("id,total\na,92233720368547758.08\nb,3\n", {"--method", "webster", "--scale", "2"}),
                       "r.csv:2: row 1 (id \"a\"), column \"total\": \"92233720368547758.08\" is too large "
                       "(at most 92233720368547758.07 at --scale 2)");
}

TEST(biproportional_errors, margins_total_not_a_multiple_of_the_quantum) {
  expect_invalid_input(with_cols("id,total\nx,4\ny,4\n", {"--method", "webster", "--quantum", "2"}),
                       "r.csv:2: row 1 (id \"a\"), column \"total\": \"5\" is not a multiple of the quantum 2");
  expect_invalid_input(
      run_matrix({"--method", "webster", "--scale", "2", "--quantum", "1000.00"},
                 {"id,total\na,5000.00\nb,3000.00\n", "id,total\nx,4000.00\ny,4500.00\n", good_weights}),
      "c.csv:3: row 2 (id \"y\"), column \"total\": \"4500.00\" is not a multiple of the quantum 1000.00");
}

// --- The weights file --------------------------------------------------------------------

TEST(biproportional_errors, weights_unknown_duplicate_and_missing_columns) {
  expect_invalid_input(with_weights("row,col,weight,note\na,x,1,\n"),
                       "w.csv:1: header: unknown column \"note\" (field 4); the columns are row, col, weight");
  expect_invalid_input(with_weights("row,col,weight,col\na,x,1,y\n"),
                       "w.csv:1: header: column \"col\" appears twice (fields 2 and 4)");
  expect_invalid_input(with_weights("row,weight\na,1\n"),
                       "w.csv:1: header: there is no \"col\" column; the columns row, col, weight are required");
  expect_invalid_input(with_weights("col,row\nx,a\n"),
                       "w.csv:1: header: there is no \"weight\" column; the columns row, col, weight are required");
  expect_invalid_input(with_weights(""), "w.csv: the input is empty; expected a header row");
}

TEST(biproportional_errors, weights_csv_syntax) {
  expect_invalid_input(with_weights("row,col,weight\na,x,1\nb,y\n"),
                       "w.csv:3: row 2: the row has 2 fields but the header has 3");
  expect_invalid_input(with_weights("row,col,weight\na,x,\"1\n"),
                       "w.csv:2: row 1, column \"weight\": a quoted field opened on line 2 is never closed");
}

TEST(biproportional_errors, weights_unknown_row_id_names_the_rows_file) {
  expect_invalid_input(with_weights("row,col,weight\na,x,30\nc,y,20\n"),
                       "w.csv:3: row 2, column \"row\": \"c\" is not a row id of r.csv; its ids are \"a\", \"b\"");
}

TEST(biproportional_errors, weights_unknown_col_id_names_the_cols_file) {
  expect_invalid_input(with_weights("row,col,weight\na,X,30\n"),
                       "w.csv:2: row 1, column \"col\": \"X\" is not a col id of c.csv; its ids are \"x\", \"y\"");
}

TEST(biproportional_errors, weights_unknown_id_lists_at_most_five_ids) {
  const auto r = run_matrix(
      webster, {"id,total\na,0\nb,0\nc,0\nd,0\ne,0\nf,0\ng,0\n", "id,total\nx,0\n", "row,col,weight\nz,x,1\n"});
  expect_invalid_input(r,
                       "w.csv:2: row 1, column \"row\": \"z\" is not a row id of r.csv; its ids are "
                       "\"a\", \"b\", \"c\", \"d\", \"e\" and 2 more");
}

TEST(biproportional_errors, weights_empty_ids) {
  expect_invalid_input(with_weights("row,col,weight\n,x,30\n"),
                       "w.csv:2: row 1, column \"row\": the row id is empty; every line names an id of r.csv");
  expect_invalid_input(with_weights("row,col,weight\na,,30\n"),
                       "w.csv:2: row 1, column \"col\": the col id is empty; every line names an id of c.csv");
}

TEST(biproportional_errors, weights_cell_given_twice_names_both_lines) {
  expect_invalid_input(with_weights("row,col,weight\na,x,30\nb,y,20\n\na,x,0\n"),
                       "w.csv:5: row 3, column \"col\": the cell (\"a\", \"x\") appears twice; "
                       "row 1 (line 2) has it already");
}

TEST(biproportional_errors, weights_empty_weight) {
  expect_invalid_input(with_weights("row,col,weight\na,x,\n"),
                       "w.csv:2: row 1, column \"weight\": the weight is empty; write 0 or leave the cell out");
}

TEST(biproportional_errors, weights_malformed_weight) {
  for (const std::string bad : {"x", "1e5", "1,5", " 1", "1.2.3", ".5", "+1"}) {
    expect_invalid_input(with_weights("row,col,weight\na,x,30\nb,y,\"" + bad + "\"\n"),
                         "w.csv:3: row 2, column \"weight\": \"" + bad +
                             "\" is not a plain decimal number (digits, an optional '.' and decimals)");
  }
}

TEST(biproportional_errors, weights_negative_weight) {
  expect_invalid_input(with_weights("row,col,weight\na,x,30\nb,y,-2\n"),
                       "w.csv:3: row 2, column \"weight\": \"-2\" is negative; weights must be zero or more");
}

TEST(biproportional_errors, weights_too_large_at_their_common_scale) {
  // 9e18 fits int64 alone, but the other weight's 0.5 puts all at one decimal: 9e19 does not.
  const auto r = with_weights("row,col,weight\na,x,0.5\nb,y,9000000000000000000\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, StartsWith("tandem biproportional: w.csv:3: row 2, column \"weight\": ")) << r.err;
  EXPECT_THAT(r.err, HasSubstr("9000000000000000000")) << r.err;
  EXPECT_EQ(cli_test::lines_of(r.err).size(), 1U) << r.err;
}

// --- The files together ---------------------------------------------------------------

TEST(biproportional_errors, totals_that_do_not_sum_equally_say_both_sums) {
  expect_invalid_input(with_cols("id,total\nx,4\ny,5\n"),
                       "the row totals sum to 8 (r.csv) but the column totals sum to 9 (c.csv); they must be equal");
  expect_invalid_input(
      run_matrix({"--method", "webster", "--scale", "2"},
                 {"id,total\na,5.00\nb,3\n", "id,total\nx,4.5\ny,3.49\n", good_weights}),
      "the row totals sum to 8.00 (r.csv) but the column totals sum to 7.99 (c.csv); they must be equal");
}

TEST(biproportional_errors, totals_summing_beyond_the_largest_amount) {
  expect_invalid_input(
      run_matrix(webster, {"id,total\na,9223372036854775807\nb,1\n", good_cols, good_weights}),
      "r.csv:3: row 2 (id \"b\"), column \"total\": the totals up to here sum to more than 9223372036854775807, "
      "the largest amount at --scale 0");
}

// --- Infeasible zero patterns (judged by the engine, named by us) ----------------------

TEST(biproportional_errors, a_row_with_a_total_and_no_weight) {
  // Row c has total 2 but no cell with weight: no divisors can give it anything.
  const auto r = run_matrix(
      webster, {"id,total\na,3\nb,3\nc,2\n", "id,total\nx,4\ny,4\n", "row,col,weight\na,x,1\na,y,1\nb,x,1\nb,y,1\n"});
  expect_engine_failure(r, {"row \"c\" (r.csv:4)"});
}

TEST(biproportional_errors, a_column_with_a_total_and_no_weight) {
  const auto r = run_matrix(
      webster, {"id,total\na,5\nb,3\n", "id,total\nx,4\ny,2\nz,2\n", "row,col,weight\na,x,1\na,y,1\nb,x,1\nb,y,1\n"});
  expect_engine_failure(r, {"column \"z\" (c.csv:4)"});
}

TEST(biproportional_errors, rows_needing_more_than_their_columns_can_give) {
  // Rows a and b have weight only in columns w and x: they need 3 + 3 but w and x
  // hold 2 + 2 (so y and z, with weight only in rows c and d, get too little).
  // Every single row and column could be met; only the sets cannot.
  const auto r = run_matrix(webster, {"id,total\na,3\nb,3\nc,1\nd,1\n", "id,total\nw,2\nx,2\ny,2\nz,2\n",
                                      "row,col,weight\na,w,1\na,x,1\nb,w,1\nb,x,1\n"
                                      "c,w,1\nc,x,1\nc,y,1\nc,z,1\nd,w,1\nd,x,1\nd,y,1\nd,z,1\n"});
  expect_engine_failure(r, {});
  const bool rows_named =
      r.err.find("row \"a\" (r.csv:2)") != std::string::npos && r.err.find("row \"b\" (r.csv:3)") != std::string::npos;
  const bool columns_named = r.err.find("column \"y\" (c.csv:4)") != std::string::npos &&
                             r.err.find("column \"z\" (c.csv:5)") != std::string::npos;
  EXPECT_TRUE(rows_named || columns_named) << r.err;
}

TEST(biproportional_errors, adams_gives_every_weighted_cell_a_quantum) {
  // Row a has 3 cells with weight but a total of 2 quanta: adams cannot round any of them to 0.
  const auto r = run_matrix({"--method", "adams", "--scale", "2", "--quantum", "0.50"},
                            {"id,total\na,1.00\nb,3.00\n", "id,total\nx,2.00\ny,1.00\nz,1.00\n",
                             "row,col,weight\na,x,1\na,y,1\na,z,1\nb,x,1\nb,y,1\nb,z,1\n"});
  expect_engine_failure(r, {"row \"a\" (r.csv:2)", "(counted in quanta of 0.50)"});
}

// --- The files themselves ---------------------------------------------------------------

TEST(biproportional_errors, missing_files_are_invalid_input) {
  const auto r =
      run_biproportional({"--method", "webster", "--rows", "nope.csv", "--cols", "c.csv", "--weights", "w.csv"});
  expect_invalid_input(r, "cannot read \"nope.csv\": No such file or directory");
  const auto c = run_biproportional(
      {"--method", "webster", "--rows", "r.csv", "--cols", "nope.csv", "--weights", "w.csv"}, {{"r.csv", good_rows}});
  expect_invalid_input(c, "cannot read \"nope.csv\": No such file or directory");
  const auto w = run_biproportional({"--method", "webster", "--rows", "r.csv", "--cols", "c.csv", "--weights", "."},
                                    {{"r.csv", good_rows}, {"c.csv", good_cols}});
  expect_invalid_input(w, "cannot read \".\": Is a directory");
}

TEST(biproportional_errors, standard_input_is_named_in_messages) {
  const auto r = run_biproportional({"--method", "webster", "--rows", "r.csv", "--cols", "c.csv", "--weights", "-"},
                                    {{"r.csv", good_rows}, {"c.csv", good_cols}}, "row,col,weight\na,q,1\n");
  expect_invalid_input(r, "<stdin>:2: row 1, column \"col\": \"q\" is not a col id of c.csv; its ids are \"x\", \"y\"");
}

// Files are judged in order: rows, then cols, then weights, then their sums.
TEST(biproportional_errors, the_first_file_at_fault_is_reported) {
  const auto r = run_matrix(webster, {"id,total\na,-1\n", "id,total\nx,-2\n", "row,col,weight\na,x,-3\n"});
  expect_invalid_input(r, "r.csv:2: row 1 (id \"a\"), column \"total\": \"-1\" is negative");
}

}  // namespace
