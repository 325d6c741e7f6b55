// Known results computed by hand, every error path of alloc::biproportional, and
// check_biproportional on good and tampered certificates.
//
// Each worked example states its answer together with divisors found by hand:
// the independent verifier (support/rational_certificate) must accept the hand
// certificate, which guards the hand work. When no cell of the hand certificate
// lies on a signpost the answer is the only biproportional apportionment (any
// other one would have to round the same quotients the same way), so the engine
// must return exactly it, whatever divisors it finds.
#include "tandem/alloc/biproportional.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "alloc/support/rational_certificate.hpp"
#include "tandem/core/error.hpp"
#include "tandem/core/multiprecision.hpp"

namespace tandem::alloc {
namespace {

using test_support::describe;
using test_support::describe_matrix;
using test_support::matrix_problem;
using test_support::solve;
using test_support::verify_biproportional;
using test_support::verify_result;

using shares_t = std::vector<std::int64_t>;
using divisors_t = std::vector<rational>;

rational q(std::int64_t num, std::int64_t den = 1) { return rational(num, den); }

matrix_problem make(shares_t rows, shares_t cols, shares_t weights, method m = method::webster,
                    std::int64_t quantum = 1) {
  return {std::move(rows), std::move(cols), std::move(weights), {.m = m, .quantum = quantum}};
}

// The hand certificate holds and has no cell on a signpost (so the answer is
// unique); the engine returns exactly that answer with a certificate of its own
// that both the independent verifier and check_biproportional accept.
void expect_unique_answer(const matrix_problem& p, const shares_t& expected, const divisors_t& row_divisors,
                          const divisors_t& column_divisors) {
  SCOPED_TRACE(describe(p));
  ASSERT_EQ(verify_biproportional(p.rows, p.cols, p.weights, expected, row_divisors, column_divisors, p.opts.m,
                                  p.opts.quantum),
            "")
      << "the hand certificate is wrong";
  ASSERT_FALSE(test_support::some_cell_on_signpost(p.rows.size(), p.cols.size(), p.weights, row_divisors,
                                                   column_divisors, p.opts.m))
      << "the hand certificate has a tie: the answer need not be unique";
  EXPECT_NO_THROW(check_biproportional(p.rows, p.cols, p.weights, expected, row_divisors, column_divisors, p.opts))
      << "check_biproportional refuses a certificate written by hand";
  try {
    const biproportional_result r = solve(p);
    EXPECT_EQ(r.shares, expected) << "got\n"
                                  << describe_matrix(r.shares, p.cols.size()) << "\nexpected\n"
                                  << describe_matrix(expected, p.cols.size());
    EXPECT_EQ(verify_result(p, r), "");
    // `tied` is defined by the engine's own divisors, which may sit on a signpost
    // even when the answer is unique: it must say exactly that.
    EXPECT_EQ(r.tied, test_support::some_cell_on_signpost(p.rows.size(), p.cols.size(), p.weights, r.row_divisors,
                                                          r.column_divisors, p.opts.m))
        << "tied does not match the certificate";
    EXPECT_NO_THROW(check_biproportional(p.rows, p.cols, p.weights, r.shares, r.row_divisors, r.column_divisors,
                                         p.opts));
  } catch (const error& e) {
    ADD_FAILURE() << "biproportional threw " << to_string(e.code()) << ": " << e.what();
  }
}

// The call fails with `code`; returns the error for further checks.
error expect_error(const matrix_problem& p, errc code) {
  SCOPED_TRACE(describe(p));
  try {
    (void)solve(p);
  } catch (const error& e) {
    EXPECT_EQ(e.code(), code) << e.what();
    return e;
  } catch (const std::exception& e) {
    ADD_FAILURE() << "threw a non-tandem exception: " << e.what();
    return error(errc::invalid_argument, "foreign exception");
  }
  ADD_FAILURE() << "no error, expected " << to_string(code);
  return error(errc::invalid_argument, "no error");
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// ---------------------------------------------------------------------------
// 2 x 2, Webster: rows 5, 3; columns 4, 4; weights 30 10 / 10 20.
// Divisors rows (1, 9/5), columns (10, 5) give the quotients
//   30/10 = 3        10/5 = 2
//   10/18 = 0.556    20/9 = 2.22
// which round (nearest, signposts at k + 1/2) to 3 2 / 1 2: rows 5, 3, columns 4, 4.
//
// 4 1 / 0 3, which a first version of the header's usage comment claimed, is what no
// divisors can give: the cross ratio of the quotients equals that of the weights,
// 30*20 / (10*10) = 6, but 4 1 / 0 3 needs q00 >= 3.5, q11 >= 2.5, q01 <= 1.5,
// q10 <= 0.5, a cross ratio of at least 3.5*2.5 / (1.5*0.5) = 11.7.
TEST(BiproportionalWorked, TwoByTwoWebster) {
  expect_unique_answer(make({5, 3}, {4, 4}, {30, 10, 10, 20}), {3, 2, 1, 2}, {q(1), q(9, 5)}, {q(10), q(5)});
}

// The same input under Jefferson (round down, signposts k + 1) has a genuine tie:
// divisors rows (1, 4/3), columns (15/2, 5) give the quotients 4, 2 / 1, 3, each
// exactly on a signpost, so every cell may take either neighbour. Both 3 2 / 1 2
// and 4 1 / 0 3 meet the totals; the engine must return one of them and say tied.
TEST(BiproportionalWorked, TwoByTwoJeffersonTie) {
  const matrix_problem p = make({5, 3}, {4, 4}, {30, 10, 10, 20}, method::jefferson);
  const divisors_t r{q(1), q(4, 3)};
  const divisors_t c{q(15, 2), q(5)};
  const shares_t a{3, 2, 1, 2};
  const shares_t b{4, 1, 0, 3};
  ASSERT_EQ(verify_biproportional(p.rows, p.cols, p.weights, a, r, c, p.opts.m, 1), "");
  ASSERT_EQ(verify_biproportional(p.rows, p.cols, p.weights, b, r, c, p.opts.m, 1), "");
  const biproportional_result got = solve(p);
  EXPECT_TRUE(got.shares == a || got.shares == b) << describe_matrix(got.shares, 2);
  EXPECT_EQ(verify_result(p, got), "");
  EXPECT_TRUE(got.tied);
}

// 3 x 3, Webster: rows 6, 5, 4; columns 5, 5, 5.
// Divisors rows (1, 5/4, 5/4), columns (31/19, 39/20, 41/20):
//   133/31 = 4.29   60/39 = 1.54   20/41 = 0.49      ->  4 2 0
//   152/155 = 0.98  96/39 = 2.46   64/41 = 1.56      ->  1 2 2
//   76/155 = 0.49   32/39 = 0.82   128/41 = 3.12     ->  0 1 3
TEST(BiproportionalWorked, ThreeByThreeWebster) {
  expect_unique_answer(make({6, 5, 4}, {5, 5, 5}, {7, 3, 1, 2, 6, 4, 1, 2, 8}), {4, 2, 0, 1, 2, 2, 0, 1, 3},
                       {q(1), q(5, 4), q(5, 4)}, {q(31, 19), q(39, 20), q(41, 20)});
}

// Every divisor method on one input: weights 2 3 8 / 20 13 5 / 1 3 40, rows
// 9, 6, 7, columns 7, 7, 8. The answers differ from method to method; each comes
// with divisors under which no quotient is on a signpost, e.g. for Webster rows
// (1, 99/16, 49/20), columns (13/16, 17/20, 3):
//   2/(13/16) = 2.46 -> 2    3/(17/20) = 3.53 -> 4    8/3 = 2.67 -> 3
//   20/(99/16 * 13/16) = 3.98 -> 4    13/(99/16 * 17/20) = 2.47 -> 2    5/(99/16 * 3) = 0.27 -> 0
//   1/(49/20 * 13/16) = 0.50 -> 1 (0.5024)    3/(49/20 * 17/20) = 1.44 -> 1    40/(49/20 * 3) = 5.44 -> 5
// Jefferson rounds the small quotients down (row 3 gets no seat in column 1) and
// Adams rounds up (every cell at least one); Dean and Huntington-Hill agree here.
// Huntington-Hill is refused by the engine (see HuntingtonHillIsRefused), but its
// answer is worked out too: rational divisors certify it.
matrix_problem every_method_input(method m) { return make({9, 6, 7}, {7, 7, 8}, {2, 3, 8, 20, 13, 5, 1, 3, 40}, m); }

TEST(BiproportionalWorked, EveryMethodJefferson) {
  expect_unique_answer(every_method_input(method::jefferson), {3, 4, 2, 4, 2, 0, 0, 1, 6},
                       {q(1), q(53, 8), q(9, 4)}, {q(5, 8), q(7, 10), q(14, 5)});
}
TEST(BiproportionalWorked, EveryMethodWebster) {
  expect_unique_answer(every_method_input(method::webster), {2, 4, 3, 4, 2, 0, 1, 1, 5},
                       {q(1), q(99, 16), q(49, 20)}, {q(13, 16), q(17, 20), q(3)});
}
// Modified Sainte-Lague's first signpost 0.7 keeps row 3 out of column 1
// (1/(16/7 * 41/55) = 0.59 < 0.7) where Webster gives it a seat.
TEST(BiproportionalWorked, EveryMethodModifiedSainteLague) {
  expect_unique_answer(every_method_input(method::modified_sainte_lague), {3, 3, 3, 4, 2, 0, 0, 2, 5},
                       {q(1), q(305, 51), q(16, 7)}, {q(41, 55), q(75, 86), q(67, 21)});
}
TEST(BiproportionalWorked, EveryMethodAdams) {
  expect_unique_answer(every_method_input(method::adams), {3, 3, 3, 3, 2, 1, 1, 2, 4},
                       {q(1), q(340, 49), q(49, 17)}, {q(50, 51), q(101, 99), q(269, 76)});
}
TEST(BiproportionalWorked, EveryMethodDean) {
  expect_unique_answer(every_method_input(method::dean), {3, 4, 2, 3, 2, 1, 1, 1, 5},
                       {q(1), q(50, 7), q(45, 17)}, {q(14, 17), q(6, 7), q(64, 19)});
}
// Huntington-Hill's signposts sqrt(k(k+1)) are irrational, so a tie would need an
// irrational divisor: the engine, the C API and the CLI refuse the method with
// invalid_argument (the header still lists it among the supported methods; see
// the report). Its answer on the common input, 3 4 2 / 3 2 1 / 1 1 5, is
// certified by rows (1, 59/8, 21/8), columns (4/5, 5/6, 10/3); check_biproportional
// refuses the method as well.
TEST(BiproportionalWorked, HuntingtonHillIsRefused) {
  const matrix_problem p = every_method_input(method::huntington_hill);
  const shares_t answer{3, 4, 2, 3, 2, 1, 1, 1, 5};
  const divisors_t r{q(1), q(59, 8), q(21, 8)};
  const divisors_t c{q(4, 5), q(5, 6), q(10, 3)};
  ASSERT_EQ(verify_biproportional(p.rows, p.cols, p.weights, answer, r, c, p.opts.m, 1), "");
  const error e = expect_error(p, errc::invalid_argument);
  EXPECT_TRUE(contains(e.what(), "huntington-hill")) << e.what();
  EXPECT_THROW(check_biproportional(p.rows, p.cols, p.weights, answer, r, c, p.opts), error);
}

// Zero cells stay zero. Weights 5 0 3 / 0 4 2 / 6 1 0, rows 5, 4, 4, columns 6, 3, 4.
// Webster, divisors rows (1, 1, 1), columns (7/4, 5/3, 5/4):
//   20/7 = 2.86 -> 3    -            12/5 = 2.4 -> 2
//   -                   12/5 = 2.4 -> 2    8/5 = 1.6 -> 2
//   24/7 = 3.43 -> 3    3/5 = 0.6 -> 1     -
TEST(BiproportionalWorked, ZeroCellsWebster) {
  expect_unique_answer(make({5, 4, 4}, {6, 3, 4}, {5, 0, 3, 0, 4, 2, 6, 1, 0}), {3, 0, 2, 0, 2, 2, 3, 1, 0},
                       {q(1), q(1), q(1)}, {q(7, 4), q(5, 3), q(5, 4)});
}
// Adams gives the same matrix with divisors rows (1, 1, 5/4), columns (2, 11/4, 7/4):
// 2.5 -> 3, 1.71 -> 2 / 1.45 -> 2, 1.14 -> 2 / 2.4 -> 3, 0.29 -> 1 (round up).
TEST(BiproportionalWorked, ZeroCellsAdams) {
  expect_unique_answer(make({5, 4, 4}, {6, 3, 4}, {5, 0, 3, 0, 4, 2, 6, 1, 0}, method::adams),
                       {3, 0, 2, 0, 2, 2, 3, 1, 0}, {q(1), q(1), q(5, 4)}, {q(2), q(11, 4), q(7, 4)});
}
// Jefferson rounds the lone weight 1 in row 3 down to nothing: 2 0 3 / 0 3 1 / 4 0 0.
TEST(BiproportionalWorked, ZeroCellsJefferson) {
  expect_unique_answer(make({5, 4, 4}, {6, 3, 4}, {5, 0, 3, 0, 4, 2, 6, 1, 0}, method::jefferson),
                       {2, 0, 3, 0, 3, 1, 4, 0, 0}, {q(1), q(51, 49), q(83, 96)}, {q(17, 10), q(105, 89), q(50, 51)});
}

// A row and a column with total zero: row 2 has no weight at all, column 2 has a
// positive weight (1) that must round to nothing. Weights 3 1 2 / 0 0 0 / 4 0 5,
// rows 3, 0, 5, columns 4, 0, 4. Divisors rows (1, 1, 1), columns (7/4, 9/4, 3/2):
//   12/7 = 1.71 -> 2   4/9 = 0.44 -> 0   4/3 = 1.33 -> 1
//   16/7 = 2.29 -> 2   -                 10/3 = 3.33 -> 3
TEST(BiproportionalWorked, ZeroTotals) {
  expect_unique_answer(make({3, 0, 5}, {4, 0, 4}, {3, 1, 2, 0, 0, 0, 4, 0, 5}), {2, 0, 1, 0, 0, 0, 2, 0, 3},
                       {q(1), q(1), q(1)}, {q(7, 4), q(9, 4), q(3, 2)});
}

// Everything zero: nothing to hand out, any positive divisors certify it.
TEST(BiproportionalWorked, AllTotalsZero) {
  expect_unique_answer(make({0, 0}, {0, 0, 0}, {1, 2, 3, 4, 5, 6}), {0, 0, 0, 0, 0, 0}, {q(1), q(1)},
                       {q(100), q(100), q(100)});
}

// One row: the column totals decide everything. One column: the row totals do.
TEST(BiproportionalWorked, SingleRowOrColumn) {
  expect_unique_answer(make({6}, {1, 2, 3}, {5, 1, 9}), {1, 2, 3}, {q(1)}, {q(5), q(1, 2), q(3)});
  expect_unique_answer(make({1, 2, 3}, {6}, {5, 1, 9}), {1, 2, 3}, {q(5), q(1, 2), q(3)}, {q(1)});
}

// The quantum: the 2 x 2 Webster example in thousands. Shares are the unit answer
// times 1000, and the same hand divisors certify it (share / quantum is rounded).
TEST(BiproportionalWorked, Quantum) {
  expect_unique_answer(make({5000, 3000}, {4000, 4000}, {30, 10, 10, 20}, method::webster, 1000),
                       {3000, 2000, 1000, 2000}, {q(1), q(9, 5)}, {q(10), q(5)});
  expect_unique_answer(make({30, 25, 20}, {25, 25, 25}, {7, 3, 1, 2, 6, 4, 1, 2, 8}, method::webster, 5),
                       {20, 10, 0, 5, 10, 10, 0, 5, 15}, {q(1), q(5, 4), q(5, 4)}, {q(31, 19), q(39, 20), q(41, 20)});
}

// ---------------------------------------------------------------------------
// Ties: equal weights everywhere. With rows 1, 1 and columns 1, 1 every quotient
// can be put on 1/2 (divisors all 1, 2): both diagonals are apportionments.
TEST(BiproportionalTies, TwoByTwoEqualWeights) {
  const matrix_problem p = make({1, 1}, {1, 1}, {1, 1, 1, 1});
  const divisors_t r{q(1), q(1)};
  const divisors_t c{q(2), q(2)};
  ASSERT_EQ(verify_biproportional(p.rows, p.cols, p.weights, shares_t{1, 0, 0, 1}, r, c, p.opts.m, 1), "");
  ASSERT_EQ(verify_biproportional(p.rows, p.cols, p.weights, shares_t{0, 1, 1, 0}, r, c, p.opts.m, 1), "");
  const biproportional_result got = solve(p);
  EXPECT_TRUE(got.shares == shares_t({1, 0, 0, 1}) || got.shares == shares_t({0, 1, 1, 0}))
      << describe_matrix(got.shares, 2);
  EXPECT_EQ(verify_result(p, got), "");
  EXPECT_TRUE(got.tied);
}

// 3 x 3 of ones with all totals 1: every permutation matrix is an answer.
TEST(BiproportionalTies, PermutationMatrix) {
  for (const method m : {method::jefferson, method::webster, method::modified_sainte_lague}) {
    const matrix_problem p = make({1, 1, 1}, {1, 1, 1}, shares_t(9, 1), m);
    SCOPED_TRACE(describe(p));
    const biproportional_result got = solve(p);
    EXPECT_EQ(verify_result(p, got), "");
    EXPECT_TRUE(got.tied);
    for (std::size_t k = 0; k < 9; ++k) EXPECT_TRUE(got.shares[k] == 0 || got.shares[k] == 1);
  }
}

// Ties with a zero pattern: weights 2 2 0 / 0 2 2 / 2 0 2 (a cycle), totals all 1.
// The two cyclic matrices 1 0 0 / 0 1 0 / 0 0 1 and 0 1 0 / 0 0 1 / 1 0 0 both
// round from quotients 1/2 (divisors 1 and 4).
TEST(BiproportionalTies, CycleOfZeros) {
  const matrix_problem p = make({1, 1, 1}, {1, 1, 1}, {2, 2, 0, 0, 2, 2, 2, 0, 2});
  const divisors_t r{q(1), q(1), q(1)};
  const divisors_t c{q(4), q(4), q(4)};
  const shares_t a{1, 0, 0, 0, 1, 0, 0, 0, 1};
  const shares_t b{0, 1, 0, 0, 0, 1, 1, 0, 0};
  ASSERT_EQ(verify_biproportional(p.rows, p.cols, p.weights, a, r, c, p.opts.m, 1), "");
  ASSERT_EQ(verify_biproportional(p.rows, p.cols, p.weights, b, r, c, p.opts.m, 1), "");
  const biproportional_result got = solve(p);
  EXPECT_TRUE(got.shares == a || got.shares == b) << describe_matrix(got.shares, 3);
  EXPECT_EQ(verify_result(p, got), "");
  EXPECT_TRUE(got.tied);
}

// ---------------------------------------------------------------------------
// Totals that empty a weighted cell: rows a, a; columns a, a; weights 1 1 / 0 1. Row 2
// has weight only in column 2, so it fills it, and row 1 must give column 2 nothing
// although its weight there equals its weight in column 1: the only answer is
// a 0 / 0 a, with the divisors drifting apart as a grows (the engine's slow case,
// docs/biproportional.md; these sizes take a few transfers).
TEST(BiproportionalLimits, TotalsThatEmptyAWeightedCell) {
  for (const std::int64_t a : {std::int64_t{1}, std::int64_t{7}, std::int64_t{1000}, std::int64_t{20000}}) {
    const matrix_problem p = make({a, a}, {a, a}, {1, 1, 0, 1});
    SCOPED_TRACE(describe(p));
    const biproportional_result got = solve(p);
    EXPECT_EQ(got.shares, (shares_t{a, 0, 0, a}));
    EXPECT_EQ(verify_result(p, got), "");
  }
}

// One dominant weight among 99 tiny ones with a total near 2^62: the line fit's
// approximations must not cost the tiny cells many units each (a first version
// gave up with a logic error here). Each tiny cell's column total is 1, so each
// gets exactly 1.
TEST(BiproportionalLimits, DominantWeightWithAHugeTotal) {
  constexpr std::int64_t big = std::int64_t{1} << 62;
  shares_t weights(100, 1);
  weights[0] = big;
  shares_t cols(100, 1);
  cols[0] = big - 99;
  const matrix_problem p = make({big}, cols, weights);
  const biproportional_result got = solve(p);
  EXPECT_EQ(got.shares, cols);
  EXPECT_EQ(verify_result(p, got), "");
}

// Totals of INT64_MAX: the gap between column sums and totals is summed without
// overflow (UBSan caught a signed overflow there).
TEST(BiproportionalLimits, TotalsOfInt64Max) {
  constexpr std::int64_t top = std::numeric_limits<std::int64_t>::max();
  const matrix_problem p = make({top}, {top, 0}, {1, 1000});
  const biproportional_result got = solve(p);
  EXPECT_EQ(got.shares, (shares_t{top, 0}));
  EXPECT_EQ(verify_result(p, got), "");
}

// A zero weight in a row whose other column's multiplier is far larger: the fixed-point
// effective weights once shifted the zero cell's product by a negative amount
// (undefined behaviour, caught by UBSan in the review of the warm line fits). Row 1
// can only fill column 1, so the answer is forced.
TEST(BiproportionalLimits, ZeroWeightBesideAMuchLargerMultiplier) {
  const matrix_problem p = make({10, 1001}, {11, 1000}, {1, 0, 1, 1});
  const biproportional_result got = solve(p);
  EXPECT_EQ(got.shares, (shares_t{10, 0, 1, 1000}));
  EXPECT_EQ(verify_result(p, got), "");
}

// ---------------------------------------------------------------------------
// Determinism: the same call twice gives bit-identical shares and divisors (the
// divisors are the certificate a caller may store and re-check later).
void expect_deterministic(const matrix_problem& p) {
  SCOPED_TRACE(describe(p));
  const biproportional_result a = solve(p);
  const biproportional_result b = solve(p);
  EXPECT_EQ(a.shares, b.shares);
  EXPECT_EQ(a.row_divisors, b.row_divisors);
  EXPECT_EQ(a.column_divisors, b.column_divisors);
  EXPECT_EQ(a.tied, b.tied);
  EXPECT_EQ(a.stats.scaling_passes, b.stats.scaling_passes);
  EXPECT_EQ(a.stats.transfer_steps, b.stats.transfer_steps);
}

TEST(BiproportionalDeterminism, SameCallSameAnswer) {
  expect_deterministic(make({5, 3}, {4, 4}, {30, 10, 10, 20}, method::jefferson));
  expect_deterministic(make({1, 1, 1}, {1, 1, 1}, shares_t(9, 1)));
  expect_deterministic(every_method_input(method::dean));
  expect_deterministic(make({3, 0, 5}, {4, 0, 4}, {3, 1, 2, 0, 0, 0, 4, 0, 5}, method::modified_sainte_lague));
}

// ---------------------------------------------------------------------------
// Errors: invalid_argument.
TEST(BiproportionalErrors, NoRowsOrNoColumns) {
  expect_error(make({}, {1}, {}), errc::invalid_argument);
  expect_error(make({1}, {}, {}), errc::invalid_argument);
  expect_error(make({}, {}, {}), errc::invalid_argument);
}

TEST(BiproportionalErrors, WeightsOfTheWrongSize) {
  expect_error(make({1, 1}, {2}, {1}), errc::invalid_argument);
  expect_error(make({1, 1}, {2}, {1, 1, 1}), errc::invalid_argument);
  expect_error(make({1}, {1}, {}), errc::invalid_argument);
}

TEST(BiproportionalErrors, HamiltonRefused) {
  const error e = expect_error(make({5, 3}, {4, 4}, {30, 10, 10, 20}, method::hamilton), errc::invalid_argument);
  EXPECT_TRUE(contains(e.what(), "hamilton")) << e.what();
}

TEST(BiproportionalErrors, MethodOutOfRange) {
  expect_error(make({5, 3}, {4, 4}, {30, 10, 10, 20}, static_cast<method>(7)), errc::invalid_argument);
  expect_error(make({5, 3}, {4, 4}, {30, 10, 10, 20}, static_cast<method>(255)), errc::invalid_argument);
}

TEST(BiproportionalErrors, QuantumNotPositive) {
  expect_error(make({5, 3}, {4, 4}, {30, 10, 10, 20}, method::webster, 0), errc::invalid_argument);
  expect_error(make({5, 3}, {4, 4}, {30, 10, 10, 20}, method::webster, -1), errc::invalid_argument);
  expect_error(make({5, 3}, {4, 4}, {30, 10, 10, 20}, method::webster, std::numeric_limits<std::int64_t>::min()),
               errc::invalid_argument);
}

// out_of_range: negative weights and totals, naming the index.
TEST(BiproportionalErrors, NegativeWeightNamesTheCell) {
  // Cell (row 1, column 0) of a 2 x 3 matrix is entry 3 in row-major order.
  const error e = expect_error(make({3, 3}, {2, 2, 2}, {1, 1, 1, -1, 1, 1}), errc::out_of_range);
  EXPECT_EQ(e.child(), std::optional<std::size_t>(3)) << e.what();
  EXPECT_TRUE(contains(e.what(), "weight")) << e.what();
}

TEST(BiproportionalErrors, NegativeRowTotalNamesTheRow) {
  const error e = expect_error(make({4, -1, 1}, {2, 2}, shares_t(6, 1)), errc::out_of_range);
  EXPECT_EQ(e.child(), std::optional<std::size_t>(1)) << e.what();
  EXPECT_TRUE(contains(e.what(), "row")) << e.what();
}

// A column is named by rows + column index (the header's convention for columns).
TEST(BiproportionalErrors, NegativeColumnTotalNamesTheColumn) {
  const error e = expect_error(make({2, 2}, {5, -1}, shares_t(4, 1)), errc::out_of_range);
  EXPECT_EQ(e.child(), std::optional<std::size_t>(2 + 1)) << e.what();
  EXPECT_TRUE(contains(e.what(), "column")) << e.what();
}

// infeasible: the totals cannot be met.
TEST(BiproportionalErrors, UnequalSums) {
  const error e = expect_error(make({5, 3}, {4, 5}, {30, 10, 10, 20}), errc::infeasible);
  EXPECT_TRUE(contains(e.what(), "8")) << e.what();
  EXPECT_TRUE(contains(e.what(), "9")) << e.what();
}

TEST(BiproportionalErrors, TotalNotAMultipleOfTheQuantum) {
  const error row = expect_error(make({10, 5}, {10, 5}, {1, 1, 1, 1}, method::webster, 10), errc::infeasible);
  EXPECT_EQ(row.child(), std::optional<std::size_t>(1)) << row.what();
  const error col = expect_error(make({10, 10}, {15, 5}, {1, 1, 1, 1}, method::webster, 10), errc::infeasible);
  EXPECT_TRUE(col.child() == std::optional<std::size_t>(2) || col.child() == std::optional<std::size_t>(3))
      << col.what();
}

TEST(BiproportionalErrors, PositiveRowTotalWithoutPositiveWeight) {
  const error e = expect_error(make({2, 1}, {2, 1}, {1, 1, 0, 0}), errc::infeasible);
  EXPECT_EQ(e.child(), std::optional<std::size_t>(1)) << e.what();
  EXPECT_TRUE(contains(e.what(), "row")) << e.what();
}

TEST(BiproportionalErrors, PositiveColumnTotalWithoutPositiveWeight) {
  // 3 rows, so column 2 is index 3 + 2.
  const error e = expect_error(make({2, 2, 2}, {3, 1, 2}, {1, 1, 0, 1, 1, 0, 1, 1, 0}), errc::infeasible);
  EXPECT_EQ(e.child(), std::optional<std::size_t>(3 + 2)) << e.what();
  EXPECT_TRUE(contains(e.what(), "column")) << e.what();
}

// Adams and Dean (and Huntington-Hill, refused anyway) give every positive cell
// at least one unit: row 0 has two positive cells but total 1. Webster solves the
// same request.
TEST(BiproportionalErrors, TotalBelowPositiveCellsRow) {
  for (const method m : {method::adams, method::dean}) {
    const error e = expect_error(make({1, 3}, {2, 2}, {1, 1, 1, 1}, m), errc::infeasible);
    EXPECT_EQ(e.child(), std::optional<std::size_t>(0)) << to_string(m) << ": " << e.what();
  }
  // Webster: row 0's unit goes to either column (a genuine tie: equal weights).
  const matrix_problem webster = make({1, 3}, {2, 2}, {1, 1, 1, 1});
  const biproportional_result r = solve(webster);
  EXPECT_TRUE(r.shares == shares_t({1, 0, 1, 2}) || r.shares == shares_t({0, 1, 2, 1}))
      << describe_matrix(r.shares, 2);
  EXPECT_EQ(verify_result(webster, r), "");
  EXPECT_TRUE(r.tied);
}

TEST(BiproportionalErrors, TotalBelowPositiveCellsColumn) {
  for (const method m : {method::adams, method::dean}) {
    const error e = expect_error(make({2, 2}, {1, 3}, {1, 1, 1, 1}, m), errc::infeasible);
    EXPECT_EQ(e.child(), std::optional<std::size_t>(2 + 0)) << to_string(m) << ": " << e.what();
  }
}

// A column total of zero over a positive weight: fine for Webster (the cell
// rounds to 0, see ZeroTotals), impossible for Adams.
TEST(BiproportionalErrors, ZeroColumnTotalOverPositiveWeightAdams) {
  const error e = expect_error(make({3, 0, 5}, {4, 0, 4}, {3, 1, 2, 0, 0, 0, 4, 0, 5}, method::adams),
                               errc::infeasible);
  EXPECT_EQ(e.child(), std::optional<std::size_t>(3 + 1)) << e.what();
}

// Hall-type: rows A(5), B(5), columns X(8), Y(2); only A-X and B-Y have weight.
// Column X needs 8 but only row A (5) can give to it; equally row B needs 5 but
// only column Y (2) takes from it. Every line has a positive weight and enough
// units for its positive cells, so only the set argument catches it.
TEST(BiproportionalErrors, HallTypeInfeasibility) {
  for (const method m : {method::jefferson, method::webster, method::adams}) {
    const error e = expect_error(make({5, 5}, {8, 2}, {1, 0, 0, 1}, m), errc::infeasible);
    // Either row B (index 1) or column X (index 2 + 0) is the first line named.
    EXPECT_TRUE(e.child() == std::optional<std::size_t>(1) || e.child() == std::optional<std::size_t>(2))
        << to_string(m) << ": " << e.what();
    EXPECT_TRUE(contains(e.what(), "row") || contains(e.what(), "column")) << e.what();
  }
}

// A Hall violation over two rows: rows 0 and 1 only have weight in columns 0 and 1,
// which together take 3, but rows 0 and 1 need 4. (Seen from the other side:
// column 2 needs 3 and only row 2, with 2, has weight in it.)
TEST(BiproportionalErrors, HallTypeInfeasibilityTwoRows) {
  const matrix_problem p = make({2, 2, 2}, {2, 1, 3}, {1, 1, 0, 1, 1, 0, 1, 1, 1});
  const error e = expect_error(p, errc::infeasible);
  ASSERT_TRUE(e.child().has_value()) << e.what();
  // The set is rows {0, 1} (or, equivalently, column 2 needing more than row 2 gives).
  EXPECT_TRUE(e.child() == std::optional<std::size_t>(0) || e.child() == std::optional<std::size_t>(3 + 2))
      << e.what();
}

TEST(BiproportionalErrors, OverflowOfTheTotals) {
  constexpr std::int64_t big = std::numeric_limits<std::int64_t>::max();
  const error e = expect_error(make({big, 1}, {big, 1}, {1, 1, 1, 1}), errc::overflow);
  EXPECT_TRUE(contains(e.what(), "overflow")) << e.what();
}

// ---------------------------------------------------------------------------
// check_biproportional: accepts the engine's certificates and rejects tampered ones.

struct certified {
  matrix_problem p;
  biproportional_result r;
};

certified three_by_three() {
  certified c{make({6, 5, 4}, {5, 5, 5}, {7, 3, 1, 2, 6, 4, 1, 2, 8}), {}};
  c.r = solve(c.p);
  return c;
}

// check_biproportional fails with errc::infeasible; returns the error.
error expect_rejected(const certified& c, const shares_t& rows, const shares_t& cols, const shares_t& shares,
                      const divisors_t& row_divisors, const divisors_t& column_divisors) {
  try {
    check_biproportional(rows, cols, c.p.weights, shares, row_divisors, column_divisors, c.p.opts);
  } catch (const error& e) {
    EXPECT_EQ(e.code(), errc::infeasible) << e.what();
    // The independent verifier must see a fault as well.
    EXPECT_NE(verify_biproportional(rows, cols, c.p.weights, shares, row_divisors, column_divisors, c.p.opts.m,
                                    c.p.opts.quantum),
              "");
    return e;
  }
  ADD_FAILURE() << "check_biproportional accepted a tampered certificate";
  return error(errc::invalid_argument, "accepted");
}

TEST(CheckBiproportional, AcceptsTheEnginesCertificates) {
  for (const method m :
       {method::jefferson, method::webster, method::modified_sainte_lague, method::adams, method::dean}) {
    const matrix_problem p = every_method_input(m);
    SCOPED_TRACE(describe(p));
    try {
      const biproportional_result r = solve(p);
      EXPECT_NO_THROW(check_biproportional(p.rows, p.cols, p.weights, r.shares, r.row_divisors, r.column_divisors,
                                           p.opts));
    } catch (const error& e) {
      ADD_FAILURE() << e.what();
    }
  }
}

TEST(CheckBiproportional, RejectsAShareMovedWithinARow) {
  const certified c = three_by_three();
  ASSERT_EQ(c.r.shares, shares_t({4, 2, 0, 1, 2, 2, 0, 1, 3}));
  shares_t moved = c.r.shares;
  moved[0] -= 1;  // (row 0, column 0): 4 -> 3
  moved[1] += 1;  // (row 0, column 1): 2 -> 3; the row still sums to 6
  const error e = expect_rejected(c, c.p.rows, c.p.cols, moved, c.r.row_divisors, c.r.column_divisors);
  // The fault is cell (0, 0) or (0, 1) (their quotients round otherwise), or
  // column 0 or 1 (their sums moved).
  const std::vector<std::size_t> named{0, 1, 3 + 0, 3 + 1};
  ASSERT_TRUE(e.child().has_value()) << e.what();
  EXPECT_NE(std::find(named.begin(), named.end(), *e.child()), named.end()) << e.what();
}

TEST(CheckBiproportional, RejectsAChangedDivisor) {
  const certified c = three_by_three();
  divisors_t rows = c.r.row_divisors;
  rows[2] *= 3;  // every quotient of row 2 shrinks to a third: 3 seats in column 2 no longer fit
  const error e = expect_rejected(c, c.p.rows, c.p.cols, c.r.shares, rows, c.r.column_divisors);
  ASSERT_TRUE(e.child().has_value()) << e.what();
  EXPECT_TRUE(*e.child() == 2 || (*e.child() >= 6 && *e.child() <= 8)) << e.what();

  divisors_t cols = c.r.column_divisors;
  cols[1] = 0;
  const error zero = expect_rejected(c, c.p.rows, c.p.cols, c.r.shares, c.r.row_divisors, cols);
  EXPECT_EQ(zero.child(), std::optional<std::size_t>(3 + 1)) << zero.what();

  divisors_t negative = c.r.row_divisors;
  negative[0] = -negative[0];
  const error neg = expect_rejected(c, c.p.rows, c.p.cols, c.r.shares, negative, c.r.column_divisors);
  EXPECT_EQ(neg.child(), std::optional<std::size_t>(0)) << neg.what();
}

TEST(CheckBiproportional, RejectsAWrongMargin) {
  const certified c = three_by_three();
  const error row = expect_rejected(c, {6, 6, 3}, c.p.cols, c.r.shares, c.r.row_divisors, c.r.column_divisors);
  EXPECT_EQ(row.child(), std::optional<std::size_t>(1)) << row.what();
  const error col = expect_rejected(c, c.p.rows, {5, 4, 6}, c.r.shares, c.r.row_divisors, c.r.column_divisors);
  EXPECT_EQ(col.child(), std::optional<std::size_t>(3 + 1)) << col.what();
}

TEST(CheckBiproportional, RejectsAShareInAZeroCell) {
  certified c{make({5, 4, 4}, {6, 3, 4}, {5, 0, 3, 0, 4, 2, 6, 1, 0}), {}};
  c.r = solve(c.p);
  shares_t moved = c.r.shares;
  ASSERT_EQ(moved[0], 3);
  moved[0] -= 1;
  moved[1] += 1;  // weight 0 at (row 0, column 1)
  const error e = expect_rejected(c, c.p.rows, c.p.cols, moved, c.r.row_divisors, c.r.column_divisors);
  ASSERT_TRUE(e.child().has_value()) << e.what();
  const std::vector<std::size_t> named{0, 1, 3 + 0, 3 + 1};
  EXPECT_NE(std::find(named.begin(), named.end(), *e.child()), named.end()) << e.what();
}

TEST(CheckBiproportional, RejectsAShareNotAMultipleOfTheQuantum) {
  certified c{make({5000, 3000}, {4000, 4000}, {30, 10, 10, 20}, method::webster, 1000), {}};
  c.r = solve(c.p);
  shares_t off = c.r.shares;
  off[0] -= 1;
  off[1] += 1;
  const error e = expect_rejected(c, c.p.rows, c.p.cols, off, c.r.row_divisors, c.r.column_divisors);
  EXPECT_EQ(e.child(), std::optional<std::size_t>(0)) << e.what();
}

// The sizes are a caller's mistake, not a failed certificate.
TEST(CheckBiproportional, WrongSizesAreInvalidArguments) {
  const certified c = three_by_three();
  const divisors_t short_rows(c.r.row_divisors.begin(), c.r.row_divisors.end() - 1);
  EXPECT_THROW(check_biproportional(c.p.rows, c.p.cols, c.p.weights, c.r.shares, short_rows, c.r.column_divisors,
                                    c.p.opts),
               error);
  const shares_t short_shares(c.r.shares.begin(), c.r.shares.end() - 1);
  EXPECT_THROW(check_biproportional(c.p.rows, c.p.cols, c.p.weights, short_shares, c.r.row_divisors,
                                    c.r.column_divisors, c.p.opts),
               error);
}

// ---------------------------------------------------------------------------
// The verifier itself: it must be able to fail (a verifier that cannot fail
// proves nothing), on the same faults, with a description naming them.
TEST(RationalCertificate, DescribesTheFirstFault) {
  const matrix_problem p = make({6, 5, 4}, {5, 5, 5}, {7, 3, 1, 2, 6, 4, 1, 2, 8});
  const shares_t good{4, 2, 0, 1, 2, 2, 0, 1, 3};
  const divisors_t r{q(1), q(5, 4), q(5, 4)};
  const divisors_t c{q(31, 19), q(39, 20), q(41, 20)};
  const auto verify = [&](const shares_t& rows, const shares_t& cols, const shares_t& s, const divisors_t& rd,
                          const divisors_t& cd) {
    return verify_biproportional(rows, cols, p.weights, s, rd, cd, method::webster, 1);
  };
  EXPECT_EQ(verify(p.rows, p.cols, good, r, c), "");
  // A unit moved around a rectangle keeps every margin: only the cells can tell.
  EXPECT_TRUE(contains(verify(p.rows, p.cols, {3, 3, 0, 2, 1, 2, 0, 1, 3}, r, c), "cell (row 0, column 0)"));
  EXPECT_TRUE(contains(verify({6, 6, 3}, p.cols, good, r, c), "row 1"));
  EXPECT_TRUE(contains(verify(p.rows, {5, 4, 6}, good, r, c), "column 1"));
  EXPECT_TRUE(contains(verify(p.rows, p.cols, good, {q(1), q(0), q(5, 4)}, c), "row 1: divisor"));
  EXPECT_TRUE(contains(verify(p.rows, p.cols, good, {q(1), q(5, 4), q(15, 4)}, c), "cell (row 2"));
  EXPECT_TRUE(contains(verify(p.rows, p.cols, {4, 2, 0, 1, 2, 2, 0, 1}, r, c), "shares"));
  // Weight zero must get zero, even under Adams (whose first signpost is 0).
  EXPECT_TRUE(contains(verify_biproportional(shares_t{1}, shares_t{1, 0}, shares_t{0, 1}, shares_t{1, 0},
                                             divisors_t{q(1)}, divisors_t{q(1), q(1)}, method::adams, 1),
                       "weight 0"));
}

// The textbook signposts, spot-checked: the roundings at and around them.
TEST(RationalCertificate, SignpostsOfEachMethod) {
  using test_support::allowed_roundings;
  const auto range = [](method m, const rational& x) {
    const auto r = allowed_roundings(m, x);
    return std::to_string(static_cast<long>(r.low)) + ".." + std::to_string(static_cast<long>(r.high));
  };
  EXPECT_EQ(range(method::jefferson, q(0)), "0..0");
  EXPECT_EQ(range(method::jefferson, q(1)), "0..1");
  EXPECT_EQ(range(method::jefferson, q(19, 10)), "1..1");
  EXPECT_EQ(range(method::webster, q(1, 2)), "0..1");
  EXPECT_EQ(range(method::webster, q(49, 100)), "0..0");
  EXPECT_EQ(range(method::webster, q(5, 2)), "2..3");
  EXPECT_EQ(range(method::modified_sainte_lague, q(1, 2)), "0..0");
  EXPECT_EQ(range(method::modified_sainte_lague, q(7, 10)), "0..1");
  EXPECT_EQ(range(method::modified_sainte_lague, q(3, 2)), "1..2");
  EXPECT_EQ(range(method::adams, q(1, 1000)), "1..1");
  EXPECT_EQ(range(method::adams, q(2)), "2..3");
  EXPECT_EQ(range(method::dean, q(4, 3)), "1..2");   // s(1) = 1*2 / 1.5
  EXPECT_EQ(range(method::dean, q(12, 5)), "2..3");  // s(2) = 2*3 / 2.5
  EXPECT_EQ(range(method::dean, q(13, 10)), "1..1");
  EXPECT_EQ(range(method::huntington_hill, q(7, 5)), "1..1");    // 1.4^2 = 1.96 < 2
  EXPECT_EQ(range(method::huntington_hill, q(71, 50)), "2..2");  // 1.42^2 = 2.0164 > 2
  EXPECT_EQ(range(method::huntington_hill, q(1, 10)), "1..1");   // s(0) = 0
  EXPECT_EQ(range(method::huntington_hill, q(1000)), "1000..1000");
  EXPECT_EQ(range(method::webster, q(1000001, 2)), "500000..500001");
}

}  // namespace
}  // namespace tandem::alloc
