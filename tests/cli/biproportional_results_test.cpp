// `tandem biproportional` on small requests whose answers were worked out by hand:
// the shares, their order (the rows file, then the cols file), zero cells listed,
// scale and quantum, decimal weights, and standard input.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <string>
#include <vector>

#include "cli/biproportional_test_support.hpp"

namespace {

using biproportional_test::cell;
using biproportional_test::cells_of;
using biproportional_test::matrix_files;
using biproportional_test::run_biproportional;
using biproportional_test::run_matrix;
using biproportional_test::shares_of;
using strings = std::vector<std::string>;

const strings webster{"--method", "webster"};

// Rows a = 5, b = 3; columns x = 4, y = 4; weights 30 10 / 10 20.
//
// Worked by hand: the row sums fix the matrix up to one number, [[s, 5-s], [4-s, s-1]]
// with 1 <= s <= 4. Whatever the divisors, the quotients q = w / (r c) keep the
// cross ratio q11 q22 / (q12 q21) = (30 * 20) / (10 * 10) = 6. Webster rounds q to s
// when s - 1/2 <= q <= s + 1/2, so each candidate allows a range of cross ratios:
//   s = 4: at least 3.5 * 2.5 / (1.5 * 0.5) = 11.7          6 is out
//   s = 3: from 2.5 * 1.5 / (2.5 * 1.5) = 1 to 3.5 * 2.5 / (1.5 * 0.5) = 11.7   6 is in
//   s = 2: at most 2.5 * 1.5 / (2.5 * 1.5) = 1               6 is out
//   s = 1: at most 1.5 * 0.5 / (3.5 * 2.5) = 0.09            6 is out
// so the answer is [[3, 2], [1, 2]], strictly inside its range: no tie. (Divisors
// that show it: r = 1, 2 and c = 9.375, 5 give quotients 3.2, 2, 0.53, 2.)
const matrix_files two_by_two{"id,total\na,5\nb,3\n", "id,total\nx,4\ny,4\n",
                              "row,col,weight\na,x,30\na,y,10\nb,x,10\nb,y,20\n"};

TEST(biproportional_results, webster_two_by_two) {
  EXPECT_EQ(cells_of(run_matrix(webster, two_by_two)),
            (std::vector<cell>{{"a", "x", "3"}, {"a", "y", "2"}, {"b", "x", "1"}, {"b", "y", "2"}}));
}

TEST(biproportional_results, whole_output_is_exactly_csv_with_a_header) {
  const auto r = run_matrix(webster, two_by_two);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "row,col,share\na,x,3\na,y,2\nb,x,1\nb,y,2\n");
}

// Built from a certificate: with row divisors 1, 10, 2 and column divisors 1, 3, 5,
// the quotients w / (r c) are
//        x    y    z
//   a   2.3  0.4  1.6        weights  2.3   1.2   8
//   b   0.7  3.2   -                  7     96    (none)
//   c   1.1  1.8  2.6                 2.2   10.8  26
// which Webster rounds to 2 0 2 / 1 3 0 / 1 2 3, none of them near a signpost (a
// .5): rows 4, 4, 6 and columns 4, 5, 5. Without ties the apportionment is unique,
// so these shares are the answer whatever divisors the engine finds. It has a cell
// with no weight (b, z) and a cell with weight that rounds to nothing (a, y).
const matrix_files three_by_three{"id,total\na,4\nb,4\nc,6\n", "id,total\nx,4\ny,5\nz,5\n",
                                  "row,col,weight\na,x,2.3\na,y,1.2\na,z,8\nb,x,7\nb,y,96\n"
                                  "c,x,2.2\nc,y,10.8\nc,z,26\n"};

TEST(biproportional_results, webster_three_by_three_with_a_missing_cell) {
  EXPECT_EQ(cells_of(run_matrix(webster, three_by_three)), (std::vector<cell>{{"a", "x", "2"},
                                                                              {"a", "y", "0"},
                                                                              {"a", "z", "2"},
                                                                              {"b", "x", "1"},
                                                                              {"b", "y", "3"},
                                                                              {"b", "z", "0"},
                                                                              {"c", "x", "1"},
                                                                              {"c", "y", "2"},
                                                                              {"c", "z", "3"}}));
}

// The order is the rows file's, then the cols file's, whatever the weights file's.
TEST(biproportional_results, order_follows_the_rows_and_cols_files) {
  const matrix_files shuffled{"id,total\nc,6\na,4\nb,4\n", "id,total\nz,5\nx,4\ny,5\n",
                              "row,col,weight\nc,z,26\nb,y,96\na,x,2.3\nc,x,2.2\na,z,8\nc,y,10.8\nb,x,7\na,y,1.2\n"};
  EXPECT_EQ(cells_of(run_matrix(webster, shuffled)), (std::vector<cell>{{"c", "z", "3"},
                                                                        {"c", "x", "1"},
                                                                        {"c", "y", "2"},
                                                                        {"a", "z", "2"},
                                                                        {"a", "x", "2"},
                                                                        {"a", "y", "0"},
                                                                        {"b", "z", "0"},
                                                                        {"b", "x", "1"},
                                                                        {"b", "y", "3"}}));
}

// A cell with weight 0 written out is the same as a cell left out.
TEST(biproportional_results, a_zero_weight_written_equals_a_cell_left_out) {
  matrix_files with_zero = three_by_three;
  with_zero.weights += "b,z,0.000\n";
  EXPECT_EQ(shares_of(run_matrix(webster, with_zero)), shares_of(run_matrix(webster, three_by_three)));
}

// Scaling a row's or a column's weights changes nothing (the divisors absorb it),
// so decimals of any precision must be brought to one scale together: here row b
// is multiplied by 1000.5 and column y by 0.001 (10 * 0.001 = 0.010, 10 * 1000.5 =
// 10005, 20 * 1000.5 * 0.001 = 20.01).
TEST(biproportional_results, weights_of_mixed_precision_keep_their_proportions) {
  const matrix_files scaled{two_by_two.rows, two_by_two.cols,
                            "row,col,weight\na,x,30\na,y,0.010\nb,x,10005\nb,y,20.01\n"};
  EXPECT_EQ(shares_of(run_matrix(webster, scaled)), (strings{"3", "2", "1", "2"}));
}

// At --scale 2 with a quantum of 10000.00 the 2 x 2 case counts in quanta:
// the same matrix, times 10000.00, zeros shown at the scale.
TEST(biproportional_results, scale_and_quantum) {
  const matrix_files in_yuan{"id,total\na,50000.00\nb,30000.00\n", "id,total\nx,40000\ny,40000.0\n",
                             two_by_two.weights};
  EXPECT_EQ(shares_of(run_matrix({"--method", "webster", "--scale", "2", "--quantum", "10000.00"}, in_yuan)),
            (strings{"30000.00", "20000.00", "10000.00", "20000.00"}));
  const matrix_files three_in_yuan{"id,total\na,4.00\nb,4.00\nc,6.00\n", "id,total\nx,4.00\ny,5.00\nz,5.00\n",
                                   three_by_three.weights};
  EXPECT_EQ(shares_of(run_matrix({"--method", "webster", "--scale", "2", "--quantum", "1"}, three_in_yuan)),
            (strings{"2.00", "0.00", "2.00", "1.00", "3.00", "0.00", "1.00", "2.00", "3.00"}));
}

// Jefferson (rounding down), equal weights 1.5, rows 2, 2 and columns 2, 2. The
// cross ratio of the quotients is 1; [[2, 0], [0, 2]] (or its mirror) would need at
// least 2 * 2 / (1 * 1) = 4, as jefferson rounds q to s only when s <= q <= s + 1.
// So the answer is [[1, 1], [1, 1]], which divisors 1 certify (1.5 rounds down to 1,
// off the signposts 1 and 2).
TEST(biproportional_results, jefferson_rounds_down) {
  const matrix_files even{"id,total\na,2\nb,2\n", "id,total\nx,2\ny,2\n",
                          "row,col,weight\na,x,1.5\na,y,1.5\nb,x,1.5\nb,y,1.5\n"};
  EXPECT_EQ(shares_of(run_matrix({"--method", "jefferson"}, even)), (strings{"1", "1", "1", "1"}));
}

// Adams gives every cell with weight at least one quantum, even a tiny one: row a
// has 2 quanta and two cells, so each gets one whatever the weights.
TEST(biproportional_results, adams_gives_every_weighted_cell_a_quantum) {
  const matrix_files tiny{"id,total\na,2\nb,6\n", "id,total\nx,4\ny,4\n",
                          "row,col,weight\na,x,1000\na,y,0.001\nb,x,1\nb,y,1\n"};
  EXPECT_EQ(shares_of(run_matrix({"--method", "adams"}, tiny)), (strings{"1", "1", "3", "3"}));
}

// All totals zero: every share is zero (no weights needed).
TEST(biproportional_results, zero_totals_give_zero_shares) {
  const matrix_files zero{"id,total\na,0\n", "id,total\nx,0\ny,0\n", "row,col,weight\n"};
  EXPECT_EQ(cells_of(run_matrix(webster, zero)), (std::vector<cell>{{"a", "x", "0"}, {"a", "y", "0"}}));
}

// Ids are written back as CSV fields: quoted where they need it.
TEST(biproportional_results, ids_that_need_quoting_are_quoted) {
  const matrix_files odd{"id,total\n\"north, \"\"A\"\"\",1\n", "id,total\n\xE6\xB3\xB5,1\n",
                         "row,col,weight\n\"north, \"\"A\"\"\",\xE6\xB3\xB5,1\n"};
  const auto r = run_matrix(webster, odd);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "row,col,share\n\"north, \"\"A\"\"\",\xE6\xB3\xB5,1\n");
}

TEST(biproportional_results, any_one_file_from_standard_input) {
  for (const char* which : {"--rows", "--cols", "--weights"}) {
    strings args{"--method", "webster", "--rows", "r.csv", "--cols", "c.csv", "--weights", "w.csv"};
    std::string stdin_text;
    for (std::size_t i = 2; i < args.size(); i += 2) {
      if (args[i] != which) continue;
      args[i + 1] = "-";
      stdin_text = i == 2 ? two_by_two.rows : i == 4 ? two_by_two.cols : two_by_two.weights;
    }
    const auto r = run_biproportional(
        args, {{"r.csv", two_by_two.rows}, {"c.csv", two_by_two.cols}, {"w.csv", two_by_two.weights}}, stdin_text);
    EXPECT_EQ(shares_of(r), (strings{"3", "2", "1", "2"})) << which;
  }
}

TEST(biproportional_results, crlf_bom_and_blank_lines_are_accepted) {
  const matrix_files windows{"\xEF\xBB\xBFid,total\r\na,5\r\n\r\nb,3\r\n", "total,id\r\n4,x\r\n4,y\r\n",
                             "weight,col,row\r\n30,x,a\r\n10,y,a\r\n10,x,b\r\n20,y,b\r\n"};
  EXPECT_EQ(shares_of(run_matrix(webster, windows)), (strings{"3", "2", "1", "2"}));
}

}  // namespace
