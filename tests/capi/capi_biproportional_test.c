/*
 * The "alloc: biproportional apportionment" section of tandem.h in plain C: a 2 x 2
 * example worked out by hand (below), the certificate as text and its check, a
 * tie, the quantum, random matrices whose certificates are verified here with
 * integer arithmetic of our own, every error status a caller can reach, and
 * outputs left untouched after each failure.
 *
 * The worked example (webster, rows 5 and 3, columns 4 and 4, weights 30 10 / 10 20).
 * Every filling meeting the totals is [[a, 5-a], [4-a, a-1]] for a in 1..4. With
 * divisors, the cell quotients x = w / (r c) satisfy x11 x22 / (x12 x21) = 30 * 20 /
 * (10 * 10) = 6, and webster needs each x within 1/2 of its share:
 *   a = 4, [[4,1],[0,3]]: the ratio is at least 3.5 * 2.5 / (1.5 * 0.5) = 11.7 > 6;
 *   a = 2, [[2,3],[2,1]]: at most 2.5 * 1.5 / (2.5 * 1.5) = 1 < 6;
 *   a = 1, [[1,4],[3,0]]: at most 1.5 * 0.5 / (3.5 * 2.5) < 6;
 *   a = 3, [[3,2],[1,2]]: 1 <= 6 <= 11.7, and r = (1, 9/5), c = (10, 5) give
 *   x = 3, 2, 10/18, 20/9, each rounding to its share.
 * So [[3,2],[1,2]] is the one webster apportionment, and (1, 9/5; 10, 5) a
 * certificate of it that the engine need not have found.
 *
 * Every result made is destroyed: under AddressSanitizer this program proves that
 * nothing leaks, including on the error paths.
 *
 * Exit status: 0 when every CHECK holds, 1 otherwise (each failure is printed).
 */
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "tandem.h"

#define MESSAGE_HAS(text) CHECK(strstr(tandem_last_error_message(), (text)) != NULL)

/* A failed call: the status and a message, the child not pinned (the engine's
   choice for faults that concern the request as a whole). */
#define CHECK_STATUS(call, status)                  \
  do {                                              \
    CHECK((call) == (status));                      \
    CHECK(strlen(tandem_last_error_message()) > 0); \
  } while (0)

static const int64_t example_rows[2] = {5, 3};
static const int64_t example_columns[2] = {4, 4};
static const int64_t example_weights[4] = {30, 10, 10, 20};
static const int64_t example_shares[4] = {3, 2, 1, 2};

/* A pointer no call may write to *out; compared after each failure. */
static tandem_biproportional_result* const untouched = (tandem_biproportional_result*)&checks;

static bool same_shares(const int64_t* a, const int64_t* b, size_t count) {
  size_t i;
  for (i = 0; i < count; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

/* ---------------------------------------------------------- exact arithmetic */

/* a * b into *out; false when it does not fit 64 bits (the test then fails rather
   than wrapping). */
static bool mul(uint64_t a, uint64_t b, uint64_t* out) {
  if (a != 0 && b > UINT64_MAX / a) return false;
  *out = a * b;
  return true;
}

static uint64_t gcd(uint64_t a, uint64_t b) {
  while (b != 0) {
    const uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/* A positive rational p/q read from a divisor's text. */
typedef struct {
  uint64_t p, q;
} fraction;

/* Parses "p/q" (q > 1, lowest terms) or "p", p > 0, no leading zeros: the form the
   library promises. False for anything else or a part beyond 64 bits. */
static bool parse_fraction(const char* text, fraction* out) {
  const char* slash = strchr(text, '/');
  char* end = NULL;
  if (text[0] < '1' || text[0] > '9') return false;
  out->p = strtoull(text, &end, 10);
  if (out->p == ULLONG_MAX) return false;
  out->q = 1;
  if (slash == NULL) return *end == '\0';
  if (end != slash || slash[1] < '1' || slash[1] > '9') return false;
  out->q = strtoull(slash + 1, &end, 10);
  return *end == '\0' && out->q != ULLONG_MAX && out->q > 1 && gcd(out->p, out->q) == 1;
}

/* Reads a divisor with the two-call pattern: ask for the length, then fetch. */
static bool divisor(const tandem_biproportional_result* result, bool row, size_t index, char* text,
                    size_t capacity) {
  size_t length = 0;
  tandem_status s = row ? tandem_biproportional_result_row_divisor(result, index, NULL, 0, &length)
                        : tandem_biproportional_result_column_divisor(result, index, NULL, 0, &length);
  if (s != TANDEM_OK || length + 1 > capacity) return false;
  s = row ? tandem_biproportional_result_row_divisor(result, index, text, capacity, NULL)
          : tandem_biproportional_result_column_divisor(result, index, text, capacity, NULL);
  return s == TANDEM_OK && strlen(text) == length;
}

/* Where a webster quotient x = w / (r c) lies against share s (in quanta): -1 below
   s's interval [s - 1/2, s + 1/2] (or [0, 1/2] for 0), 1 above it, 0 inside, 2
   exactly on one of its ends (a signpost), -2 if a product does not fit 64 bits.
   With r = pr/qr and c = pc/qc: 2 x = 2 w qr qc / (pr pc). */
static int webster_position(int64_t w, int64_t s, fraction r, fraction c) {
  uint64_t num, den, low, high;
  if (!mul(2 * (uint64_t)w, r.q, &num) || !mul(num, c.q, &num) || !mul(r.p, c.p, &den)) return -2;
  if (!mul(s == 0 ? 0 : 2 * (uint64_t)s - 1, den, &low) || !mul(2 * (uint64_t)s + 1, den, &high)) return -2;
  if (num < low) return -1;
  if (num > high) return 1;
  return (num == low && s > 0) || num == high ? 2 : 0;
}

/* Verifies a webster result on its own terms: shape, margins, divisors in the
   promised form, every cell rounding to its share (either way on a signpost, zero
   for zero weight), `tied` exactly when a positive cell sits on a signpost, and the
   library's own check agreeing. */
static bool verify_webster(const tandem_biproportional_result* result, const int64_t* rows, size_t row_count,
                           const int64_t* columns, size_t column_count, const int64_t* weights, int64_t quantum) {
  int64_t shares[64];
  fraction r[8], c[8];
  char text[8][64], column_text[8][64];
  const char* row_texts[8];
  const char* column_texts[8];
  bool on_signpost = false;
  size_t i, j;
  if (row_count > 8 || column_count > 8) return false;
  if (tandem_biproportional_result_rows(result) != row_count ||
      tandem_biproportional_result_columns(result) != column_count)
    return false;
  if (tandem_biproportional_result_copy_shares(result, shares, row_count * column_count) != TANDEM_OK) return false;
  for (i = 0; i < row_count; ++i) {
    if (!divisor(result, true, i, text[i], sizeof text[i]) || !parse_fraction(text[i], &r[i])) return false;
    row_texts[i] = text[i];
  }
  for (j = 0; j < column_count; ++j) {
    if (!divisor(result, false, j, column_text[j], sizeof column_text[j]) ||
        !parse_fraction(column_text[j], &c[j]))
      return false;
    column_texts[j] = column_text[j];
  }
  for (i = 0; i < row_count; ++i) {
    int64_t sum = 0;
    for (j = 0; j < column_count; ++j) sum += shares[i * column_count + j];
    if (sum != rows[i]) return false;
  }
  for (j = 0; j < column_count; ++j) {
    int64_t sum = 0;
    for (i = 0; i < row_count; ++i) sum += shares[i * column_count + j];
    if (sum != columns[j]) return false;
  }
  for (i = 0; i < row_count; ++i) {
    for (j = 0; j < column_count; ++j) {
      const int64_t w = weights[i * column_count + j], s = shares[i * column_count + j];
      int position;
      if (s % quantum != 0) return false;
      if (w == 0) {
        if (s != 0) return false;
        continue;
      }
      position = webster_position(w, s / quantum, r[i], c[j]);
      if (position == 2) on_signpost = true;
      if (position != 0 && position != 2) return false;
    }
  }
  if (tandem_biproportional_result_tied(result) != on_signpost) return false;
  return tandem_biproportional_check(rows, row_count, columns, column_count, weights, shares, row_texts,
                                     column_texts, TANDEM_METHOD_WEBSTER, quantum) == TANDEM_OK;
}

/* ------------------------------------------------------------------- results */

static void test_worked_example(void) {
  tandem_biproportional_result* result = NULL;
  int64_t shares[4] = {-1, -1, -1, -1}, share = -1;
  size_t passes = 99, steps = 99;
  bool multiprecision = true;
  CHECK_OK(tandem_biproportional(example_rows, 2, example_columns, 2, example_weights, TANDEM_METHOD_WEBSTER, 1,
                                 &result));
  CHECK(result != NULL);
  CHECK(tandem_biproportional_result_rows(result) == 2);
  CHECK(tandem_biproportional_result_columns(result) == 2);
  CHECK_OK(tandem_biproportional_result_copy_shares(result, shares, 4));
  CHECK(same_shares(shares, example_shares, 4));
  CHECK_OK(tandem_biproportional_result_share(result, 1, 0, &share));
  CHECK(share == 1);
  CHECK_OK(tandem_biproportional_result_share(result, 0, 1, &share));
  CHECK(share == 2);
  CHECK(verify_webster(result, example_rows, 2, example_columns, 2, example_weights, 1));
  /* Small numbers: nothing beyond 128 bits; the counts are the engine's. */
  CHECK_OK(tandem_biproportional_result_stats(result, &passes, &steps, &multiprecision));
  CHECK(!multiprecision);
  CHECK(passes != 99 && steps != 99);
  CHECK_OK(tandem_biproportional_result_stats(result, NULL, NULL, NULL));
  tandem_biproportional_result_destroy(result);

  /* The same apportionment in tens: totals and shares scale, the quantum holds. */
  {
    const int64_t rows[2] = {50, 30}, columns[2] = {40, 40}, tens[4] = {30, 20, 10, 20};
    result = NULL;
    CHECK_OK(tandem_biproportional(rows, 2, columns, 2, example_weights, TANDEM_METHOD_WEBSTER, 10, &result));
    CHECK_OK(tandem_biproportional_result_copy_shares(result, shares, 4));
    CHECK(same_shares(shares, tens, 4));
    CHECK(verify_webster(result, rows, 2, columns, 2, example_weights, 10));
    tandem_biproportional_result_destroy(result);
  }
}

/* Adams gives every positive cell at least one unit; jefferson rounds down.
   Adams, rows {2, 2}, columns {2, 2}, weights 1 3 / 3 1: four positive cells need
   a unit each and there are four units, so every cell gets 1.
   Jefferson, rows {3, 1}, columns {2, 2}, weights 3 1 / 1 3: the fillings are
   [[2,1],[0,1]] and [[1,2],[1,0]]. The second needs x11 <= 2, x22 <= 1, x12 >= 2,
   x21 >= 1, so x11 x22 / (x12 x21) <= 1, but that ratio is always 3 * 3 / (1 * 1) =
   9. The first holds with r = (1, 3), c = (3/2, 3/4): x = 2, 4/3, 2/9, 4/3 round
   down to 2, 1, 0, 1 (x11 = 2 exactly, where 1 would do too). Under adams the same
   divisors fail: x12 = 4/3 rounds up to 2 (cell index 1, the first fault). */
static void test_other_methods(void) {
  tandem_biproportional_result* result = NULL;
  int64_t shares[4] = {0};
  {
    const int64_t rows[2] = {2, 2}, columns[2] = {2, 2}, weights[4] = {1, 3, 3, 1}, ones[4] = {1, 1, 1, 1};
    CHECK_OK(tandem_biproportional(rows, 2, columns, 2, weights, TANDEM_METHOD_ADAMS, 1, &result));
    CHECK_OK(tandem_biproportional_result_copy_shares(result, shares, 4));
    CHECK(same_shares(shares, ones, 4));
    tandem_biproportional_result_destroy(result);
  }
  {
    const int64_t rows[2] = {3, 1}, columns[2] = {2, 2}, weights[4] = {3, 1, 1, 3}, expected[4] = {2, 1, 0, 1};
    const char* const row_divisors[2] = {"1", "3"};
    const char* const column_divisors[2] = {"3/2", "3/4"};
    result = NULL;
    CHECK_OK(tandem_biproportional(rows, 2, columns, 2, weights, TANDEM_METHOD_JEFFERSON, 1, &result));
    CHECK_OK(tandem_biproportional_result_copy_shares(result, shares, 4));
    CHECK(same_shares(shares, expected, 4));
    tandem_biproportional_result_destroy(result);
    CHECK_OK(tandem_biproportional_check(rows, 2, columns, 2, weights, expected, row_divisors, column_divisors,
                                         TANDEM_METHOD_JEFFERSON, 1));
    CHECK_FAILS(tandem_biproportional_check(rows, 2, columns, 2, weights, expected, row_divisors, column_divisors,
                                            TANDEM_METHOD_ADAMS, 1),
                TANDEM_E_INFEASIBLE, 1);
  }
}

/* All weights equal, totals 1 1 / 1 1: both diagonals meet the totals, and under
   any certificate of either every quotient sits on the 1/2 signpost (x11 x22 =
   x12 x21, while x11, x22 >= 1/2 >= x12, x21), so the result must say tied. Which
   diagonal the tie order picks is the engine's; that it picks the same one every
   time is the contract. */
static void test_tie(void) {
  const int64_t ones[2] = {1, 1}, weights[4] = {1, 1, 1, 1};
  const int64_t diagonal[4] = {1, 0, 0, 1}, anti_diagonal[4] = {0, 1, 1, 0};
  tandem_biproportional_result* first = NULL;
  tandem_biproportional_result* second = NULL;
  int64_t a[4] = {0}, b[4] = {0};
  CHECK_OK(tandem_biproportional(ones, 2, ones, 2, weights, TANDEM_METHOD_WEBSTER, 1, &first));
  CHECK_OK(tandem_biproportional(ones, 2, ones, 2, weights, TANDEM_METHOD_WEBSTER, 1, &second));
  CHECK(tandem_biproportional_result_tied(first));
  CHECK_OK(tandem_biproportional_result_copy_shares(first, a, 4));
  CHECK_OK(tandem_biproportional_result_copy_shares(second, b, 4));
  CHECK(same_shares(a, diagonal, 4) || same_shares(a, anti_diagonal, 4));
  CHECK(same_shares(a, b, 4)); /* deterministic */
  CHECK(verify_webster(first, ones, 2, ones, 2, weights, 1));
  tandem_biproportional_result_destroy(first);
  tandem_biproportional_result_destroy(second);
}

/* A zero weight stays zero; the rest still meets the totals. Rows {3, 2}, columns
   {3, 2}, weights 1 1 / 1 0: cell (2, 2) is 0, so row 2 puts 2 in column 1, column
   1 has 1 left for row 1, and row 1 puts 2 in column 2: [[1,2],[2,0]], forced. */
static void test_zero_weight(void) {
  const int64_t rows[2] = {3, 2}, columns[2] = {3, 2}, weights[4] = {1, 1, 1, 0}, expected[4] = {1, 2, 2, 0};
  tandem_biproportional_result* result = NULL;
  int64_t shares[4] = {0};
  CHECK_OK(tandem_biproportional(rows, 2, columns, 2, weights, TANDEM_METHOD_WEBSTER, 1, &result));
  CHECK_OK(tandem_biproportional_result_copy_shares(result, shares, 4));
  CHECK(same_shares(shares, expected, 4));
  CHECK(verify_webster(result, rows, 2, columns, 2, weights, 1));
  tandem_biproportional_result_destroy(result);
}

/* Random matrices, fixed seed: every result verified independently. All weights
   positive, so webster always has a solution. */
static void test_random_matrices(void) {
  uint64_t state = 20261127u;
  int round;
  for (round = 0; round < 60; ++round) {
    int64_t rows[4], columns[5], weights[20], total = 0;
    const size_t row_count = 2 + (size_t)(round % 3), column_count = 2 + (size_t)(round % 4);
    tandem_biproportional_result* result = NULL;
    size_t i, j;
    for (i = 0; i < row_count * column_count; ++i) {
      state = state * 6364136223846793005u + 1442695040888963407u;
      weights[i] = 1 + (int64_t)((state >> 33) % 50);
    }
    for (i = 0; i < row_count; ++i) {
      state = state * 6364136223846793005u + 1442695040888963407u;
      rows[i] = (int64_t)((state >> 33) % 40);
      total += rows[i];
    }
    /* Columns: the same total cut at random points. */
    for (j = 0; j < column_count; ++j) {
      state = state * 6364136223846793005u + 1442695040888963407u;
      columns[j] = j + 1 == column_count ? total : (int64_t)((state >> 33) % (uint64_t)(total + 1));
      total -= columns[j];
    }
    if (tandem_biproportional(rows, row_count, columns, column_count, weights, TANDEM_METHOD_WEBSTER, 1,
                              &result) != TANDEM_OK) {
      CHECK(!"a positive matrix with equal sums must apportion");
      continue;
    }
    if (!verify_webster(result, rows, row_count, columns, column_count, weights, 1)) {
      fprintf(stderr, "  random matrix %d (%zu x %zu) fails verification\n", round, row_count, column_count);
      CHECK(!"verified");
    }
    tandem_biproportional_result_destroy(result);
  }
}

/* -------------------------------------------------------------------- getters */

static void test_getters(void) {
  tandem_biproportional_result* result = NULL;
  int64_t shares[5] = {7, 7, 7, 7, 7}, share = 7;
  char buffer[64], tiny[2];
  size_t length = 0, cut = 0, passes = 7;
  CHECK_OK(tandem_biproportional(example_rows, 2, example_columns, 2, example_weights, TANDEM_METHOD_WEBSTER, 1,
                                 &result));

  /* NULL handles: value functions answer 0 / false, status functions fail. */
  CHECK(tandem_biproportional_result_rows(NULL) == 0);
  CHECK(tandem_biproportional_result_columns(NULL) == 0);
  CHECK(!tandem_biproportional_result_tied(NULL));
  tandem_biproportional_result_destroy(NULL);
  CHECK_FAILS(tandem_biproportional_result_share(NULL, 0, 0, &share), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_biproportional_result_copy_shares(NULL, shares, 4), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_biproportional_result_stats(NULL, &passes, NULL, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(passes == 7);
  CHECK_FAILS(tandem_biproportional_result_row_divisor(NULL, 0, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_biproportional_result_column_divisor(NULL, 0, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);

  /* Indices past the end. */
  CHECK_FAILS(tandem_biproportional_result_share(result, 2, 0, &share), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("row 2");
  CHECK_FAILS(tandem_biproportional_result_share(result, 0, 2, &share), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("column 2");
  CHECK_FAILS(tandem_biproportional_result_share(result, 0, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(share == 7);
  CHECK_FAILS(tandem_biproportional_result_row_divisor(result, 2, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_biproportional_result_column_divisor(result, 2, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);

  /* A buffer too small for the shares, or too large, is refused and untouched. */
  CHECK_FAILS(tandem_biproportional_result_copy_shares(result, shares, 3), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("count 3");
  CHECK_FAILS(tandem_biproportional_result_copy_shares(result, shares, 5), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_biproportional_result_copy_shares(result, NULL, 4), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(shares[0] == 7 && shares[1] == 7 && shares[2] == 7 && shares[3] == 7 && shares[4] == 7);

  /* Divisor text, snprintf-style: ask, cut, NULL buffer with a capacity. */
  CHECK_OK(tandem_biproportional_result_column_divisor(result, 0, NULL, 0, &length));
  CHECK(length > 0);
  CHECK_OK(tandem_biproportional_result_column_divisor(result, 0, buffer, sizeof buffer, &cut));
  CHECK(cut == length && strlen(buffer) == length);
  memset(tiny, 'x', sizeof tiny);
  CHECK_OK(tandem_biproportional_result_column_divisor(result, 0, tiny, sizeof tiny, &cut));
  CHECK(cut == length && tiny[0] == buffer[0] && tiny[1] == '\0');
  CHECK_OK(tandem_biproportional_result_row_divisor(result, 1, buffer, sizeof buffer, NULL));
  CHECK_FAILS(tandem_biproportional_result_row_divisor(result, 0, NULL, 4, &length), TANDEM_E_INVALID_ARGUMENT,
              -1);
  tandem_biproportional_result_destroy(result);
}

/* --------------------------------------------------------------------- errors */

static void test_argument_errors(void) {
  tandem_biproportional_result* out = untouched;
  const int64_t* const w = example_weights;
  CHECK_FAILS(tandem_biproportional(example_rows, 2, example_columns, 2, w, TANDEM_METHOD_WEBSTER, 1, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_biproportional(NULL, 2, example_columns, 2, w, TANDEM_METHOD_WEBSTER, 1, &out),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("row_totals is NULL");
  CHECK_FAILS(tandem_biproportional(example_rows, 2, NULL, 2, w, TANDEM_METHOD_WEBSTER, 1, &out),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("column_totals is NULL");
  CHECK_FAILS(tandem_biproportional(example_rows, 2, example_columns, 2, NULL, TANDEM_METHOD_WEBSTER, 1, &out),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("weights is NULL");
  /* No rows, no columns: refused by the engine (the arrays may then be NULL). */
  CHECK_STATUS(tandem_biproportional(NULL, 0, example_columns, 2, NULL, TANDEM_METHOD_WEBSTER, 1, &out),
               TANDEM_E_INVALID_ARGUMENT);
  CHECK_STATUS(tandem_biproportional(example_rows, 2, NULL, 0, NULL, TANDEM_METHOD_WEBSTER, 1, &out),
               TANDEM_E_INVALID_ARGUMENT);
  /* rows * columns beyond size_t: refused before any pointer is read. */
  CHECK_FAILS(tandem_biproportional(example_rows, SIZE_MAX / 2, example_columns, 3, w, TANDEM_METHOD_WEBSTER, 1,
                                    &out),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("rows * columns");
  /* Methods: hamilton has no divisors; numbers outside the enumeration, including
     one that an 8-bit cast would turn into webster. */
  CHECK_FAILS(tandem_biproportional(example_rows, 2, example_columns, 2, w, TANDEM_METHOD_HAMILTON, 1, &out),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("hamilton");
  /* Huntington-hill's signposts are irrational: no rational certificate. */
  CHECK_FAILS(tandem_biproportional(example_rows, 2, example_columns, 2, w, TANDEM_METHOD_HUNTINGTON_HILL, 1, &out),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("huntington-hill");
  CHECK_FAILS(tandem_biproportional(example_rows, 2, example_columns, 2, w, 7, 1, &out), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_biproportional(example_rows, 2, example_columns, 2, w, -1, 1, &out),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_biproportional(example_rows, 2, example_columns, 2, w, 258, 1, &out),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("258 is not a tandem_method");
  CHECK_STATUS(tandem_biproportional(example_rows, 2, example_columns, 2, w, TANDEM_METHOD_WEBSTER, 0, &out),
               TANDEM_E_INVALID_ARGUMENT);
  CHECK_STATUS(tandem_biproportional(example_rows, 2, example_columns, 2, w, TANDEM_METHOD_WEBSTER, -5, &out),
               TANDEM_E_INVALID_ARGUMENT);
  CHECK(out == untouched);
}

static void test_value_errors(void) {
  tandem_biproportional_result* out = untouched;
  {
    const int64_t negative_row[2] = {5, -3};
    CHECK_FAILS(tandem_biproportional(negative_row, 2, example_columns, 2, example_weights, TANDEM_METHOD_WEBSTER,
                                      1, &out),
                TANDEM_E_OUT_OF_RANGE, 1);
  }
  {
    /* A cell's child is its row-major index: cell (row 2, column 1) is 2. */
    const int64_t negative_weight[4] = {30, 10, -10, 20};
    CHECK_FAILS(tandem_biproportional(example_rows, 2, example_columns, 2, negative_weight,
                                      TANDEM_METHOD_WEBSTER, 1, &out),
                TANDEM_E_OUT_OF_RANGE, 2);
    MESSAGE_HAS("row 2");
    MESSAGE_HAS("column 1");
  }
  {
    /* 8 in the rows, 9 in the columns: the request as a whole. */
    const int64_t columns[2] = {4, 5};
    CHECK_FAILS(tandem_biproportional(example_rows, 2, columns, 2, example_weights, TANDEM_METHOD_WEBSTER, 1,
                                      &out),
                TANDEM_E_INFEASIBLE, -1);
    MESSAGE_HAS("8");
    MESSAGE_HAS("9");
  }
  {
    /* Totals not multiples of the quantum 2: row 1 (5) is the first. */
    CHECK_FAILS(tandem_biproportional(example_rows, 2, example_columns, 2, example_weights, TANDEM_METHOD_WEBSTER,
                                      2, &out),
                TANDEM_E_INFEASIBLE, 0);
    MESSAGE_HAS("quantum");
  }
  {
    /* Row 2 (index 1) has a total and no weight: infeasible, naming it. */
    const int64_t rows[2] = {2, 2}, columns[2] = {2, 2}, weights[4] = {1, 1, 0, 0};
    CHECK_FAILS(tandem_biproportional(rows, 2, columns, 2, weights, TANDEM_METHOD_WEBSTER, 1, &out),
                TANDEM_E_INFEASIBLE, 1);
    MESSAGE_HAS("row 2 has a positive total but no cell with positive weight");
  }
  {
    /* Column 2 (index 1) has a total and no weight: child rows + 1. */
    const int64_t rows[2] = {2, 2}, columns[2] = {2, 2}, weights[4] = {1, 0, 1, 0};
    CHECK_FAILS(tandem_biproportional(rows, 2, columns, 2, weights, TANDEM_METHOD_WEBSTER, 1, &out),
                TANDEM_E_INFEASIBLE, 3);
    MESSAGE_HAS("column 2 has a positive total but no cell with positive weight");
  }
  {
    /* Every row and column has weight, yet column 2's only weight is in row 2,
       whose total is 0: the general test (columns needing more than their rows can
       give) names column 2. */
    const int64_t rows[2] = {2, 0}, columns[2] = {1, 1}, weights[4] = {1, 0, 0, 1};
    CHECK_FAILS(tandem_biproportional(rows, 2, columns, 2, weights, TANDEM_METHOD_WEBSTER, 1, &out),
                TANDEM_E_INFEASIBLE, 3);
    MESSAGE_HAS("column 2");
    MESSAGE_HAS("row 2");
  }
  {
    /* Adams gives each positive cell a unit: row 1 has 1 to give to 2 cells. */
    const int64_t rows[2] = {1, 3}, columns[2] = {2, 2}, weights[4] = {1, 1, 1, 1};
    CHECK_FAILS(tandem_biproportional(rows, 2, columns, 2, weights, TANDEM_METHOD_ADAMS, 1, &out),
                TANDEM_E_INFEASIBLE, 0);
  }
  {
    /* The sum of the totals beyond int64. */
    const int64_t rows[2] = {INT64_MAX, 1}, columns[2] = {INT64_MAX, 1}, weights[4] = {1, 1, 1, 1};
    CHECK_STATUS(tandem_biproportional(rows, 2, columns, 2, weights, TANDEM_METHOD_WEBSTER, 1, &out),
                 TANDEM_E_OVERFLOW);
  }
  CHECK(out == untouched);
}

/* -------------------------------------------------------------------- the check */

static tandem_status check_example(const char* r1, const char* r2, const char* c1, const char* c2,
                                   const int64_t* shares) {
  const char* const rows[2] = {r1, r2};
  const char* const columns[2] = {c1, c2};
  return tandem_biproportional_check(example_rows, 2, example_columns, 2, example_weights, shares, rows, columns,
                                     TANDEM_METHOD_WEBSTER, 1);
}

static void test_check(void) {
  const int64_t wrong[4] = {4, 1, 0, 3}; /* meets the totals, but is no webster result */
  const int64_t off_margin[4] = {3, 2, 0, 2}; /* every cell fine under (1, 2; 10, 5), row 2 short */
  const char* const two[2] = {"1", "1"};
  /* The certificate of the header comment, and variants that hold too. */
  CHECK_OK(check_example("1", "9/5", "10", "5", example_shares));
  CHECK_OK(check_example("2", "18/5", "5", "5/2", example_shares));     /* rows x2, columns /2 */
  CHECK_OK(check_example("01", "018/010", "010", "05", example_shares)); /* decimal, not octal */
  CHECK_OK(check_example("1", "2", "10", "5", example_shares));         /* x21 = 1/2: a signpost */
  /* Certificate faults: a cell off its rounding, non-positive divisors, a filling
     that no divisors give, totals not met. */
  CHECK_FAILS(check_example("1", "1", "10", "5", example_shares), TANDEM_E_INFEASIBLE, 3); /* x22 = 4, not 2 */
  MESSAGE_HAS("cell (row 2, column 2)");
  CHECK_FAILS(check_example("1", "9/5", "8", "5", example_shares), TANDEM_E_INFEASIBLE, 0); /* octal 010 */
  CHECK_FAILS(check_example("0", "9/5", "10", "5", example_shares), TANDEM_E_INFEASIBLE, 0);
  MESSAGE_HAS("not positive");
  CHECK_FAILS(check_example("1", "9/5", "10", "-5", example_shares), TANDEM_E_INFEASIBLE, 3); /* column 2 */
  CHECK_FAILS(check_example("1", "9/5", "10", "5", wrong), TANDEM_E_INFEASIBLE, 0); /* x11 = 3, not 4 */
  CHECK_FAILS(check_example("1", "2", "10", "5", off_margin), TANDEM_E_INFEASIBLE, 1);
  MESSAGE_HAS("row 2");
  /* Malformed divisors: a parse error naming the row, or rows + column. */
  CHECK_FAILS(check_example("1.5", "9/5", "10", "5", example_shares), TANDEM_E_PARSE, 0);
  MESSAGE_HAS("row_divisors[0]");
  CHECK_FAILS(check_example("1", "9/0", "10", "5", example_shares), TANDEM_E_PARSE, 1);
  MESSAGE_HAS("denominator 0");
  CHECK_FAILS(check_example("1", "9/5", "", "5", example_shares), TANDEM_E_PARSE, 2);
  MESSAGE_HAS("column_divisors[0]");
  CHECK_FAILS(check_example("1", "9/5", "10", "+5", example_shares), TANDEM_E_PARSE, 3);
  CHECK_FAILS(check_example("1", "9/5", "10", " 5", example_shares), TANDEM_E_PARSE, 3);
  CHECK_FAILS(check_example("1", "9/5", "10", "5/", example_shares), TANDEM_E_PARSE, 3);
  CHECK_FAILS(check_example("1", "9/5", "10", "0x5", example_shares), TANDEM_E_PARSE, 3);
  CHECK_FAILS(check_example("1", "9/5/2", "10", "5", example_shares), TANDEM_E_PARSE, 1);
  CHECK_FAILS(check_example("1", "9/-5", "10", "5", example_shares), TANDEM_E_PARSE, 1);
  CHECK_FAILS(check_example("1", NULL, "10", "5", example_shares), TANDEM_E_INVALID_ARGUMENT, 1);
  /* Arrays and settings. */
  CHECK_FAILS(tandem_biproportional_check(example_rows, 2, example_columns, 2, example_weights, NULL, two, two,
                                          TANDEM_METHOD_WEBSTER, 1),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("shares is NULL");
  CHECK_FAILS(tandem_biproportional_check(example_rows, 2, example_columns, 2, example_weights, example_shares,
                                          NULL, two, TANDEM_METHOD_WEBSTER, 1),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_biproportional_check(example_rows, 2, example_columns, 2, example_weights, example_shares,
                                          two, NULL, TANDEM_METHOD_WEBSTER, 1),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_biproportional_check(example_rows, 2, NULL, 2, example_weights, example_shares, two, two,
                                          TANDEM_METHOD_WEBSTER, 1),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_biproportional_check(example_rows, 2, example_columns, 2, example_weights, example_shares,
                                          two, two, 99, 1),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_STATUS(tandem_biproportional_check(example_rows, 2, example_columns, 2, example_weights, example_shares,
                                           two, two, TANDEM_METHOD_HAMILTON, 1),
               TANDEM_E_INVALID_ARGUMENT);
  CHECK_STATUS(tandem_biproportional_check(example_rows, 2, example_columns, 2, example_weights, example_shares,
                                           two, two, TANDEM_METHOD_WEBSTER, 0),
               TANDEM_E_INVALID_ARGUMENT);
}

/* Each function assigned to a pointer of the type it was published with (0.5.0):
   a changed signature, an ABI break, stops the build here under -Werror. */
#define PINNED_SIGNATURE(function, return_type, parameters) \
  do {                                                     \
    return_type(*pointer) parameters = function;           \
    (void)pointer;                                         \
  } while (0)

static void pin_signatures(void) {
  PINNED_SIGNATURE(tandem_biproportional, tandem_status,
                   (const int64_t*, size_t, const int64_t*, size_t, const int64_t*, tandem_method, int64_t,
                    tandem_biproportional_result**));
  PINNED_SIGNATURE(tandem_biproportional_result_destroy, void, (tandem_biproportional_result*));
  PINNED_SIGNATURE(tandem_biproportional_result_rows, size_t, (const tandem_biproportional_result*));
  PINNED_SIGNATURE(tandem_biproportional_result_columns, size_t, (const tandem_biproportional_result*));
  PINNED_SIGNATURE(tandem_biproportional_result_share, tandem_status,
                   (const tandem_biproportional_result*, size_t, size_t, int64_t*));
  PINNED_SIGNATURE(tandem_biproportional_result_copy_shares, tandem_status,
                   (const tandem_biproportional_result*, int64_t*, size_t));
  PINNED_SIGNATURE(tandem_biproportional_result_tied, bool, (const tandem_biproportional_result*));
  PINNED_SIGNATURE(tandem_biproportional_result_stats, tandem_status,
                   (const tandem_biproportional_result*, size_t*, size_t*, bool*));
  PINNED_SIGNATURE(tandem_biproportional_result_row_divisor, tandem_status,
                   (const tandem_biproportional_result*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_biproportional_result_column_divisor, tandem_status,
                   (const tandem_biproportional_result*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_biproportional_check, tandem_status,
                   (const int64_t*, size_t, const int64_t*, size_t, const int64_t*, const int64_t*,
                    const char* const*, const char* const*, tandem_method, int64_t));
  CHECK(TANDEM_VERSION_NUMBER >= 500 && tandem_version_number() == TANDEM_VERSION_NUMBER);
}

int main(void) {
  pin_signatures();
  test_worked_example();
  test_other_methods();
  test_tie();
  test_zero_weight();
  test_random_matrices();
  test_getters();
  test_argument_errors();
  test_value_errors();
  test_check();
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
