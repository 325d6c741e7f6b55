// End-to-end results of `tandem allocate`: small cases worked out by hand, the
// exact standard output checked, and nothing on standard error.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli/support/run_tandem.hpp"

namespace {

using cli_test::run_allocate;
using cli_test::run_result;

constexpr const char* five_three_two = "id,weight\na,5\nb,3\nc,2\n";

void expect_success(const run_result& r, const std::string& expected_out) {
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, expected_out);
}

// Total 10 among weights 5, 3, 2 (sum 10): every quota 10*w/10 is a whole
// number (5, 3, 2), and every method — largest remainder or any divisor method
// with divisor 1 — gives exactly the quotas. Each name and alias must be accepted.
class every_method_name : public testing::TestWithParam<const char*> {};

TEST_P(every_method_name, gives_exact_quotas_when_they_are_whole) {
  expect_success(run_allocate({"--method", GetParam(), "--total", "10"}, five_three_two),
                 "id,weight,share\na,5,5\nb,3,3\nc,2,2\n");
}

INSTANTIATE_TEST_SUITE_P(allocate, every_method_name,
                         testing::Values("hamilton", "hare", "largest-remainder", "largest_remainder",
                                         "jefferson", "dhondt", "d-hondt", "webster", "sainte-lague",
                                         "sainte_lague", "modified-sainte-lague", "modified_sainte_lague",
                                         "adams", "dean", "huntington-hill", "huntington_hill"));

// Total 7 among 5, 3, 2. Quotas 7*5/10 = 3.5, 7*3/10 = 2.1, 7*2/10 = 1.4.
TEST(allocate_results, hamilton_gives_the_last_unit_to_the_largest_remainder) {
  // Floors 3 + 2 + 1 = 6; one unit left; remainders .5, .1, .4 -> a. Shares 4, 2, 1.
  expect_success(run_allocate({"--method", "hamilton", "--total", "7"}, five_three_two),
                 "id,weight,share\na,5,4\nb,3,2\nc,2,1\n");
}

TEST(allocate_results, jefferson_rounds_down) {
  // Divisor 1.2: 5/1.2 = 4.17 -> 4, 3/1.2 = 2.5 -> 2, 2/1.2 = 1.67 -> 1; 4 + 2 + 1 = 7.
  expect_success(run_allocate({"--method", "jefferson", "--total", "7"}, five_three_two),
                 "id,weight,share\na,5,4\nb,3,2\nc,2,1\n");
}

TEST(allocate_results, adams_rounds_up) {
  // Divisor 1.9: 5/1.9 = 2.63 -> 3, 3/1.9 = 1.58 -> 2, 2/1.9 = 1.05 -> 2; 3 + 2 + 2 = 7.
  // (Divisor 2 gives 3 + 2 + 1 = 6, so no divisor gives a 4 to a.)
  expect_success(run_allocate({"--method", "adams", "--total", "7"}, five_three_two),
                 "id,weight,share\na,5,3\nb,3,2\nc,2,2\n");
}

TEST(allocate_results, webster_rounds_to_nearest) {
  // Divisor 1.4: 5/1.4 = 3.57 -> 4, 3/1.4 = 2.14 -> 2, 2/1.4 = 1.43 -> 1; 4 + 2 + 1 = 7.
  expect_success(run_allocate({"--method", "webster", "--total", "7"}, five_three_two),
                 "id,weight,share\na,5,4\nb,3,2\nc,2,1\n");
}

TEST(allocate_results, dean_rounds_at_harmonic_means) {
  // Divisor 1.49: 5/1.49 = 3.356 < HM(3,4) = 24/7 = 3.43 -> 3; 3/1.49 = 2.013 < HM(2,3) = 2.4 -> 2;
  // 2/1.49 = 1.342 > HM(1,2) = 4/3 = 1.333 -> 2. 3 + 2 + 2 = 7.
  expect_success(run_allocate({"--method", "dean", "--total", "7"}, five_three_two),
                 "id,weight,share\na,5,3\nb,3,2\nc,2,2\n");
}

TEST(allocate_results, huntington_hill_rounds_at_geometric_means) {
  // Divisor 1.44: 5/1.44 = 3.47 > sqrt(12) = 3.464 -> 4; 3/1.44 = 2.08 < sqrt(6) = 2.449 -> 2;
  // 2/1.44 = 1.389 < sqrt(2) = 1.414 -> 1. 4 + 2 + 1 = 7.
  expect_success(run_allocate({"--method", "huntington-hill", "--total", "7"}, five_three_two),
                 "id,weight,share\na,5,4\nb,3,2\nc,2,1\n");
}

TEST(allocate_results, modified_sainte_lague_uses_a_first_signpost_of_0_7) {
  // Divisor 1.4: 3.57 -> 4 (signpost 3.5), 2.14 -> 2 (2.5), 1.43 -> 1 (1.5; above 0.7). Sum 7.
  expect_success(run_allocate({"--method", "modified-sainte-lague", "--total", "7"}, five_three_two),
                 "id,weight,share\na,5,4\nb,3,2\nc,2,1\n");
}

TEST(allocate_results, shares_are_formatted_at_the_scale) {
  // 1.00 at scale 2 is 100 units; 100/3 = 33.33 each -> floors 33 * 3 = 99; the last unit
  // is a three-way tie of equal remainders, won by the first row (input order).
  expect_success(run_allocate({"--method", "hamilton", "--scale", "2", "--total", "1.00"},
                              "id,weight\na,1\nb,1\nc,1\n"),
                 "id,weight,share\na,1,0.34\nb,1,0.33\nc,1,0.33\n");
}

TEST(allocate_results, the_total_may_have_fewer_decimals_than_the_scale) {
  // "7" at scale 2 is 700 units: 5, 3, 2 get 350, 210, 140 units exactly.
  expect_success(run_allocate({"--method", "hamilton", "--scale", "2", "--total", "7"}, five_three_two),
                 "id,weight,share\na,5,3.50\nb,3,2.10\nc,2,1.40\n");
}

TEST(allocate_results, shares_are_multiples_of_the_quantum) {
  // Total 9, quantum 3: 3 quanta among 5, 4, 1 (sum 10). Quotas 1.5, 1.2, 0.3 -> floors
  // 1 + 1 + 0 = 2, one quantum left; remainders .5, .2, .3 -> a. Quanta 2, 1, 0 -> 6, 3, 0.
  expect_success(run_allocate({"--method", "hamilton", "--total", "9", "--quantum", "3"},
                              "id,weight\na,5\nb,4\nc,1\n"),
                 "id,weight,share\na,5,6\nb,4,3\nc,1,0\n");
}

TEST(allocate_results, a_decimal_quantum_at_a_scale) {
  // Total 10.00, quantum 0.50: 20 quanta among 1, 1, 1 -> 6.67 each; floors 18, two left,
  // equal remainders -> a and b (input order). Quanta 7, 7, 6 -> 3.50, 3.50, 3.00.
  expect_success(run_allocate({"--method", "hamilton", "--scale", "2", "--total", "10.00", "--quantum", "0.50"},
                              "id,weight\na,1\nb,1\nc,1\n"),
                 "id,weight,share\na,1,3.50\nb,1,3.50\nc,1,3.00\n");
}

TEST(allocate_results, a_max_caps_a_row_and_the_rest_is_shared) {
  // Total 10 among 5, 3, 2 with a at most 4: a gets 4; 6 left among 3, 2 -> 3.6, 2.4 ->
  // floors 3 + 2 = 5, the last unit to b (remainder .6). Shares 4, 4, 2.
  expect_success(run_allocate({"--method", "hamilton", "--total", "10"}, "id,weight,max\na,5,4\nb,3,\nc,2,\n"),
                 "id,weight,share\na,5,4\nb,3,4\nc,2,2\n");
}

TEST(allocate_results, a_min_lifts_a_row_and_the_rest_is_shared) {
  // Total 10 among 5, 3, 2 with c at least 3: c gets 3; 7 left among 5, 3 -> 4.375, 2.625 ->
  // floors 4 + 2 = 6, the last unit to b (remainder .625). Shares 4, 3, 3.
  expect_success(run_allocate({"--method", "hamilton", "--total", "10"}, "id,weight,min\na,5,\nb,3,\nc,2,3\n"),
                 "id,weight,share\na,5,4\nb,3,3\nc,2,3\n");
}

TEST(allocate_results, a_fixed_row_gets_exactly_its_value) {
  // Total 10, a fixed at 2: 8 left among 3, 2 -> 4.8, 3.2 -> floors 4 + 3 = 7, the last
  // unit to b (remainder .8). Shares 2, 5, 3. a's weight 5 plays no part.
  expect_success(run_allocate({"--method", "hamilton", "--total", "10"}, "id,weight,fixed\na,5,2\nb,3,\nc,2,\n"),
                 "id,weight,share\na,5,2\nb,3,5\nc,2,3\n");
}

// Total 2 among 3, 1: quotas 1.5, 0.5 -> floors 1 + 0, one unit left, remainders .5 and .5 tie.
TEST(allocate_results, ties_input_order_gives_the_tied_unit_to_the_first_row) {
  expect_success(run_allocate({"--method", "hamilton", "--total", "2", "--ties", "input-order"},
                              "id,weight\na,3\nb,1\n"),
                 "id,weight,share\na,3,2\nb,1,0\n");
}

TEST(allocate_results, ties_smaller_gives_the_tied_unit_to_the_smaller_weight) {
  expect_success(run_allocate({"--method", "hamilton", "--total", "2", "--ties", "smaller"}, "id,weight\na,3\nb,1\n"),
                 "id,weight,share\na,3,1\nb,1,1\n");
}

TEST(allocate_results, ties_larger_gives_the_tied_unit_to_the_larger_weight) {
  // Weights 1, 3 (the larger second): quotas 0.5, 1.5 -> floors 0 + 1, tie -> b. Shares 0, 2.
  expect_success(run_allocate({"--method", "hamilton", "--total", "2", "--ties", "larger"}, "id,weight\na,1\nb,3\n"),
                 "id,weight,share\na,1,0\nb,3,2\n");
}

TEST(allocate_results, ties_error_succeeds_when_nothing_is_tied) {
  // Total 7 among 5, 3, 2: remainders .5, .1, .4 are all different (see above).
  expect_success(run_allocate({"--method", "hamilton", "--total", "7", "--ties", "error"}, five_three_two),
                 "id,weight,share\na,5,4\nb,3,2\nc,2,1\n");
}

TEST(allocate_results, decimal_weights_are_echoed_as_written) {
  // Weights 0.50 and 1.5 are in the ratio 1 : 3; total 4 -> 1, 3 exactly.
  expect_success(run_allocate({"--method", "hamilton", "--total", "4"}, "id,weight\na,0.50\nb,1.5\n"),
                 "id,weight,share\na,0.50,1\nb,1.5,3\n");
}

TEST(allocate_results, a_zero_weight_gets_nothing) {
  expect_success(run_allocate({"--method", "hamilton", "--total", "3"}, "id,weight\na,0\nb,1\n"),
                 "id,weight,share\na,0,0\nb,1,3\n");
}

TEST(allocate_results, columns_may_come_in_any_order) {
  expect_success(run_allocate({"--method", "hamilton", "--total", "10"}, "max,weight,id\n4,5,a\n,3,b\n,2,c\n"),
                 "id,weight,share\na,5,4\nb,3,4\nc,2,2\n");
}

TEST(allocate_results, crlf_bom_blank_lines_and_quoted_ids_are_read) {
  // The id b,"c" is written quoted with its quote doubled, and must come out the same way.
  expect_success(run_allocate({"--method", "hamilton", "--total", "7"},
                              "\xEF\xBB\xBFid,weight\r\na,5\r\n\r\n\"b,\"\"c\"\"\",3\r\nc,2\r\n"),
                 "id,weight,share\na,5,4\n\"b,\"\"c\"\"\",3,2\nc,2,1\n");
}

TEST(allocate_results, a_header_with_no_rows_allocates_a_zero_total_to_nobody) {
  expect_success(run_allocate({"--method", "hamilton", "--total", "0"}, "id,weight\n"), "id,weight,share\n");
}

TEST(allocate_results, reads_standard_input_when_the_file_is_dash_or_absent) {
  const cli_test::scratch_dir dir;
  const std::string expected = "id,weight,share\na,5,4\nb,3,2\nc,2,1\n";
  expect_success(cli_test::run_tandem({"allocate", "--method", "hamilton", "--total", "7", "-"}, dir, five_three_two),
                 expected);
  expect_success(cli_test::run_tandem({"allocate", "--method", "hamilton", "--total", "7"}, dir, five_three_two),
                 expected);
}

TEST(allocate_results, short_option_names_work) {
  expect_success(run_allocate({"-m", "hamilton", "-t", "9", "-q", "3", "-s", "0", "-f", "csv"},
                              "id,weight\na,5\nb,4\nc,1\n"),
                 "id,weight,share\na,5,6\nb,4,3\nc,1,0\n");
}

}  // namespace
