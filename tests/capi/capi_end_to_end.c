/*
 * End-to-end test of the C API in plain C (after LevelDB's db/c_test.c): every
 * function of tandem.h and every error path a caller can reach. Each expected
 * result is worked out by hand in the comment next to it.
 *
 * TANDEM_E_NO_MEMORY and TANDEM_E_INTERNAL cannot be provoked through the public
 * API without fault injection; firewall_test.cpp drives the translator with the
 * exceptions that produce them.
 *
 * Exit status: 0 when every CHECK holds, 1 otherwise (each failure is printed).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "tandem.h"

#define SENTINEL ((int64_t)-777)

static void fill(int64_t* values, size_t count, int64_t value) {
  size_t i;
  for (i = 0; i < count; ++i) values[i] = value;
}

static int equal3(const int64_t* v, int64_t a, int64_t b, int64_t c) {
  return v[0] == a && v[1] == b && v[2] == c;
}

static int untouched(const int64_t* v, size_t count) {
  size_t i;
  for (i = 0; i < count; ++i) {
    if (v[i] != SENTINEL) return 0;
  }
  return 1;
}

static void test_versions(void) {
  CHECK(tandem_version_number() == TANDEM_VERSION_NUMBER);
  CHECK(TANDEM_VERSION_NUMBER ==
        TANDEM_VERSION_MAJOR * 10000 + TANDEM_VERSION_MINOR * 100 + TANDEM_VERSION_PATCH);
  CHECK(strcmp(tandem_version_string(), TANDEM_VERSION_STRING) == 0);
}

static void test_status_names(void) {
  CHECK(strcmp(tandem_status_name(TANDEM_OK), "ok") == 0);
  CHECK(strcmp(tandem_status_name(TANDEM_E_INVALID_ARGUMENT), "invalid_argument") == 0);
  CHECK(strcmp(tandem_status_name(TANDEM_E_PARSE), "parse_error") == 0);
  CHECK(strcmp(tandem_status_name(TANDEM_E_OUT_OF_RANGE), "out_of_range") == 0);
  CHECK(strcmp(tandem_status_name(TANDEM_E_OVERFLOW), "overflow") == 0);
  CHECK(strcmp(tandem_status_name(TANDEM_E_INFEASIBLE), "infeasible") == 0);
  CHECK(strcmp(tandem_status_name(TANDEM_E_TIE), "tie") == 0);
  CHECK(strcmp(tandem_status_name(TANDEM_E_NO_MEMORY), "no_memory") == 0);
  CHECK(strcmp(tandem_status_name(TANDEM_E_INTERNAL), "internal") == 0);
  CHECK(strcmp(tandem_status_name(9), "unknown") == 0);
  CHECK(strcmp(tandem_status_name(-1), "unknown") == 0);
  /* The pinned numbers themselves. */
  CHECK(TANDEM_OK == 0 && TANDEM_E_INVALID_ARGUMENT == 1 && TANDEM_E_PARSE == 2);
  CHECK(TANDEM_E_OUT_OF_RANGE == 3 && TANDEM_E_OVERFLOW == 4 && TANDEM_E_INFEASIBLE == 5);
  CHECK(TANDEM_E_TIE == 6 && TANDEM_E_NO_MEMORY == 7 && TANDEM_E_INTERNAL == 8);
}

static void test_last_error(void) {
  tandem_method m = TANDEM_METHOD_ADAMS;
  CHECK_FAILS(tandem_method_from_name("borda", &m), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "borda") != NULL);
  /* Functions that return no status leave the last error alone, so a host can
     print the status name and the message in one statement. */
  CHECK(strcmp(tandem_status_name(TANDEM_E_INVALID_ARGUMENT), "invalid_argument") == 0);
  CHECK(tandem_version_number() == TANDEM_VERSION_NUMBER);
  CHECK(strstr(tandem_last_error_message(), "borda") != NULL);
  /* Any successful call clears it. */
  CHECK_OK(tandem_method_from_name("dean", &m));
  CHECK(m == TANDEM_METHOD_DEAN);
  tandem_free(NULL); /* a no-op */
}

static void test_method_names(void) {
  static const char* const canonical[7] = {"hamilton", "jefferson", "webster",
                                           "modified-sainte-lague", "adams", "dean",
                                           "huntington-hill"};
  static const struct {
    const char* name;
    tandem_method method;
  } aliases[] = {{"hare", TANDEM_METHOD_HAMILTON},
                 {"largest-remainder", TANDEM_METHOD_HAMILTON},
                 {"largest_remainder", TANDEM_METHOD_HAMILTON},
                 {"dhondt", TANDEM_METHOD_JEFFERSON},
                 {"sainte-lague", TANDEM_METHOD_WEBSTER},
                 {"sainte_lague", TANDEM_METHOD_WEBSTER},
                 {"modified_sainte_lague", TANDEM_METHOD_MODIFIED_SAINTE_LAGUE},
                 {"huntington_hill", TANDEM_METHOD_HUNTINGTON_HILL}};
  tandem_method m;
  size_t i;
  for (i = 0; i < 7; ++i) {
    const tandem_method method = (tandem_method)i;
    CHECK(tandem_method_name(method) != NULL && strcmp(tandem_method_name(method), canonical[i]) == 0);
    m = -1;
    CHECK_OK(tandem_method_from_name(tandem_method_name(method), &m));
    CHECK(m == method);
  }
  for (i = 0; i < sizeof aliases / sizeof aliases[0]; ++i) {
    m = -1;
    CHECK_OK(tandem_method_from_name(aliases[i].name, &m));
    CHECK(m == aliases[i].method);
  }
  CHECK(tandem_method_name(7) == NULL);
  CHECK(tandem_method_name(-1) == NULL);
  m = TANDEM_METHOD_ADAMS;
  CHECK_FAILS(tandem_method_from_name("Hamilton", &m), TANDEM_E_INVALID_ARGUMENT, -1); /* case */
  CHECK_FAILS(tandem_method_from_name("", &m), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(m == TANDEM_METHOD_ADAMS);
  CHECK_FAILS(tandem_method_from_name(NULL, &m), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "name") != NULL);
  CHECK_FAILS(tandem_method_from_name("hamilton", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "out") != NULL);
}

static void test_tie_rule_names(void) {
  static const char* const canonical[4] = {"input-order", "larger", "smaller", "error"};
  tandem_tie_rule t;
  size_t i;
  for (i = 0; i < 4; ++i) {
    const tandem_tie_rule rule = (tandem_tie_rule)i;
    CHECK(tandem_tie_rule_name(rule) != NULL && strcmp(tandem_tie_rule_name(rule), canonical[i]) == 0);
    t = -1;
    CHECK_OK(tandem_tie_rule_from_name(tandem_tie_rule_name(rule), &t));
    CHECK(t == rule);
  }
  CHECK_OK(tandem_tie_rule_from_name("larger-weight", &t));
  CHECK(t == TANDEM_TIES_LARGER_WEIGHT);
  CHECK_OK(tandem_tie_rule_from_name("smaller_weight", &t));
  CHECK(t == TANDEM_TIES_SMALLER_WEIGHT);
  CHECK_OK(tandem_tie_rule_from_name("input_order", &t));
  CHECK(t == TANDEM_TIES_INPUT_ORDER);
  CHECK(tandem_tie_rule_name(4) == NULL);
  CHECK(tandem_tie_rule_name(-1) == NULL);
  t = TANDEM_TIES_ERROR;
  CHECK_FAILS(tandem_tie_rule_from_name("random", &t), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(t == TANDEM_TIES_ERROR);
  CHECK_FAILS(tandem_tie_rule_from_name(NULL, &t), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_tie_rule_from_name("error", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
}

static void test_options(void) {
  tandem_alloc_options* options = NULL;
  tandem_method m = -1;
  int64_t quantum = -1;
  tandem_tie_rule t = -1;

  tandem_alloc_options_destroy(NULL); /* a no-op */
  CHECK_FAILS(tandem_alloc_options_create(NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_OK(tandem_alloc_options_create(&options));
  CHECK(options != NULL);

  /* Defaults: Hamilton, quantum 1, input order. */
  CHECK_OK(tandem_alloc_options_get(options, &m, &quantum, &t));
  CHECK(m == TANDEM_METHOD_HAMILTON && quantum == 1 && t == TANDEM_TIES_INPUT_ORDER);
  CHECK_OK(tandem_alloc_options_get(options, NULL, NULL, NULL)); /* every output optional */

  CHECK_OK(tandem_alloc_options_set_method(options, TANDEM_METHOD_HUNTINGTON_HILL));
  CHECK_OK(tandem_alloc_options_set_quantum(options, 100));
  CHECK_OK(tandem_alloc_options_set_ties(options, TANDEM_TIES_SMALLER_WEIGHT));
  CHECK_OK(tandem_alloc_options_get(options, &m, NULL, NULL));
  CHECK(m == TANDEM_METHOD_HUNTINGTON_HILL);
  CHECK_OK(tandem_alloc_options_get(options, NULL, &quantum, &t));
  CHECK(quantum == 100 && t == TANDEM_TIES_SMALLER_WEIGHT);

  /* Bad values fail and change nothing; 256 would wrap to 0 in an 8-bit enum. */
  CHECK_FAILS(tandem_alloc_options_set_method(options, 7), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_alloc_options_set_method(options, -1), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_alloc_options_set_method(options, 256), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "method") != NULL);
  CHECK_FAILS(tandem_alloc_options_set_quantum(options, 0), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_alloc_options_set_quantum(options, -5), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "quantum") != NULL);
  CHECK_FAILS(tandem_alloc_options_set_ties(options, 4), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_alloc_options_set_ties(options, 256), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "ties") != NULL);
  m = -1;
  quantum = -1;
  t = -1;
  CHECK_OK(tandem_alloc_options_get(options, &m, &quantum, &t));
  CHECK(m == TANDEM_METHOD_HUNTINGTON_HILL && quantum == 100 && t == TANDEM_TIES_SMALLER_WEIGHT);

  /* NULL handles. */
  CHECK_FAILS(tandem_alloc_options_set_method(NULL, 0), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "options") != NULL);
  CHECK_FAILS(tandem_alloc_options_set_quantum(NULL, 1), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_alloc_options_set_ties(NULL, 0), TANDEM_E_INVALID_ARGUMENT, -1);
  m = -1;
  CHECK_FAILS(tandem_alloc_options_get(NULL, &m, NULL, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(m == -1);

  tandem_alloc_options_destroy(options);
}

static void test_apportion(void) {
  const int64_t w532[3] = {5, 3, 2};
  int64_t shares[3];
  tandem_alloc_options* options = NULL;
  CHECK_OK(tandem_alloc_options_create(&options));

  /* Hamilton, 7 among 5:3:2 (sum 10): quotas 3.5, 2.1, 1.4; floors 3+2+1 = 6; the
     one unit left goes to the largest remainder (.5, child 0): {4, 2, 1}. */
  fill(shares, 3, SENTINEL);
  CHECK_OK(tandem_apportion(NULL, 7, w532, 3, NULL, NULL, NULL, shares));
  CHECK(equal3(shares, 4, 2, 1));
  fill(shares, 3, SENTINEL);
  CHECK_OK(tandem_apportion(options, 7, w532, 3, NULL, NULL, NULL, shares));
  CHECK(equal3(shares, 4, 2, 1));

  /* Nothing to apportion among nobody; NULL arrays are fine with count 0. */
  CHECK_OK(tandem_apportion(options, 0, NULL, 0, NULL, NULL, NULL, NULL));

  /* Adams (divisors 0, 1, 2, ...): each positive weight first gets 1 (3 units);
     the next 4 go to the largest w/k: 5/1, 3/1, 5/2 = 2.5, 2/1 = 2 -> {3, 2, 2}. */
  CHECK_OK(tandem_alloc_options_set_method(options, TANDEM_METHOD_ADAMS));
  CHECK_OK(tandem_apportion(options, 7, w532, 3, NULL, NULL, NULL, shares));
  CHECK(equal3(shares, 3, 2, 2));
  CHECK_OK(tandem_alloc_options_set_method(options, TANDEM_METHOD_HAMILTON));

  /* Quantum 100: 700 is 7 quanta, split as above, times 100. */
  CHECK_OK(tandem_alloc_options_set_quantum(options, 100));
  CHECK_OK(tandem_apportion(options, 700, w532, 3, NULL, NULL, NULL, shares));
  CHECK(equal3(shares, 400, 200, 100));
  /* 750 is not a whole number of quanta. */
  fill(shares, 3, SENTINEL);
  CHECK_FAILS(tandem_apportion(options, 750, w532, 3, NULL, NULL, NULL, shares),
              TANDEM_E_INFEASIBLE, -1);
  CHECK(untouched(shares, 3));
  CHECK_OK(tandem_alloc_options_set_quantum(options, 1));

  {
    /* min: child 2 gets at least 2. Bounded quotas 5L + 3L + max(2, 2L) = 7 give
       L = 0.625: 3.125, 1.875, 2; floors 3+1+2 = 6; the last unit goes to the
       largest remainder (.875, child 1): {3, 2, 2}. */
    const int64_t min[3] = {TANDEM_NONE, TANDEM_NONE, 2};
    /* max: child 0 at most 3. 3 + 3L + 2L = 7 gives L = 0.8: 3, 2.4, 1.6; floors
       3+2+1 = 6; the largest remainder is .6 (child 2): {3, 2, 2}. */
    const int64_t max[3] = {3, TANDEM_NONE, TANDEM_NONE};
    /* fixed: child 1 gets exactly 0; 7 among 5:2 is exactly {5, 2}. */
    const int64_t fixed[3] = {TANDEM_NONE, 0, TANDEM_NONE};
    /* All three: child 1 fixed at 1 leaves 6 for 5:2 with child 0 <= 3 and child
       2 >= 2: 3 + 2L = 6 at L = 1.5 gives 3, 3 (>= 2): {3, 1, 3}. */
    const int64_t fixed1[3] = {TANDEM_NONE, 1, TANDEM_NONE};
    CHECK_OK(tandem_apportion(options, 7, w532, 3, min, NULL, NULL, shares));
    CHECK(equal3(shares, 3, 2, 2));
    CHECK_OK(tandem_apportion(options, 7, w532, 3, NULL, max, NULL, shares));
    CHECK(equal3(shares, 3, 2, 2));
    CHECK_OK(tandem_apportion(options, 7, w532, 3, NULL, NULL, fixed, shares));
    CHECK(equal3(shares, 5, 0, 2));
    CHECK_OK(tandem_apportion(options, 7, w532, 3, min, max, fixed1, shares));
    CHECK(equal3(shares, 3, 1, 3));
  }

  {
    /* Ties: 2 among 1:3 gives quotas 0.5 and 1.5; floors 0 + 1; the last unit is
       tied (.5 each). Input order: child 0 -> {1, 1}; larger weight: child 1 ->
       {0, 2}; smaller weight: child 0 -> {1, 1}; error: TANDEM_E_TIE at child 0. */
    const int64_t w13[2] = {1, 3};
    int64_t two[2];
    CHECK_OK(tandem_apportion(options, 2, w13, 2, NULL, NULL, NULL, two));
    CHECK(two[0] == 1 && two[1] == 1);
    CHECK_OK(tandem_alloc_options_set_ties(options, TANDEM_TIES_LARGER_WEIGHT));
    CHECK_OK(tandem_apportion(options, 2, w13, 2, NULL, NULL, NULL, two));
    CHECK(two[0] == 0 && two[1] == 2);
    CHECK_OK(tandem_alloc_options_set_ties(options, TANDEM_TIES_SMALLER_WEIGHT));
    CHECK_OK(tandem_apportion(options, 2, w13, 2, NULL, NULL, NULL, two));
    CHECK(two[0] == 1 && two[1] == 1);
    CHECK_OK(tandem_alloc_options_set_ties(options, TANDEM_TIES_ERROR));
    two[0] = two[1] = SENTINEL;
    CHECK_FAILS(tandem_apportion(options, 2, w13, 2, NULL, NULL, NULL, two), TANDEM_E_TIE, 0);
    CHECK(untouched(two, 2));
    /* 4 among 1:3 is exactly {1, 3}: no tie, no error. */
    CHECK_OK(tandem_apportion(options, 4, w13, 2, NULL, NULL, NULL, two));
    CHECK(two[0] == 1 && two[1] == 3);
    CHECK_OK(tandem_alloc_options_set_ties(options, TANDEM_TIES_INPUT_ORDER));
  }

  /* Every error leaves shares_out untouched and names the child where there is one. */
  fill(shares, 3, SENTINEL);
  CHECK_FAILS(tandem_apportion(options, 7, NULL, 3, NULL, NULL, NULL, shares),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "weights") != NULL);
  CHECK_FAILS(tandem_apportion(options, 7, w532, 3, NULL, NULL, NULL, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "shares_out") != NULL);
  CHECK_FAILS(tandem_apportion(options, 7, w532, SIZE_MAX, NULL, NULL, NULL, shares),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_apportion(options, -1, w532, 3, NULL, NULL, NULL, shares),
              TANDEM_E_OUT_OF_RANGE, -1);
  {
    const int64_t negative[3] = {5, -3, 2};
    const int64_t zeros[3] = {0, 0, 0};
    const int64_t min_bad[3] = {TANDEM_NONE, TANDEM_NONE, 3};
    const int64_t max_bad[3] = {TANDEM_NONE, TANDEM_NONE, 2};    /* with min_bad: min 3 > max 2 */
    const int64_t negative_min[3] = {TANDEM_NONE, -1, TANDEM_NONE};
    const int64_t fixed_out[3] = {TANDEM_NONE, TANDEM_NONE, 5}; /* above max_bad's 2 */
    const int64_t min_big[3] = {5, 5, TANDEM_NONE};             /* 10 > 7 */
    const int64_t fixed_big[3] = {4, 4, TANDEM_NONE};           /* 8 > 7, seen at child 1 */
    const int64_t max_small[3] = {1, 1, 1};                     /* 3 < 7 */
    CHECK_FAILS(tandem_apportion(options, 7, negative, 3, NULL, NULL, NULL, shares),
                TANDEM_E_OUT_OF_RANGE, 1);
    CHECK_FAILS(tandem_apportion(options, 7, w532, 3, min_bad, max_bad, NULL, shares),
                TANDEM_E_OUT_OF_RANGE, 2);
    CHECK_FAILS(tandem_apportion(options, 7, w532, 3, negative_min, NULL, NULL, shares),
                TANDEM_E_OUT_OF_RANGE, 1);
    CHECK_FAILS(tandem_apportion(options, 7, w532, 3, NULL, max_bad, fixed_out, shares),
                TANDEM_E_OUT_OF_RANGE, 2);
    CHECK_FAILS(tandem_apportion(options, 7, zeros, 3, NULL, NULL, NULL, shares),
                TANDEM_E_INFEASIBLE, -1);
    CHECK_FAILS(tandem_apportion(options, 7, w532, 3, min_big, NULL, NULL, shares),
                TANDEM_E_INFEASIBLE, -1);
    CHECK_FAILS(tandem_apportion(options, 7, w532, 3, NULL, NULL, fixed_big, shares),
                TANDEM_E_INFEASIBLE, 1);
    CHECK_FAILS(tandem_apportion(options, 7, w532, 3, NULL, max_small, NULL, shares),
                TANDEM_E_INFEASIBLE, -1);
    /* Without options too. */
    CHECK_FAILS(tandem_apportion(NULL, 7, negative, 3, NULL, NULL, NULL, shares),
                TANDEM_E_OUT_OF_RANGE, 1);
  }
  CHECK(untouched(shares, 3));
  /* ...and the next success clears the error. */
  CHECK_OK(tandem_apportion(options, 7, w532, 3, NULL, NULL, NULL, shares));
  tandem_alloc_options_destroy(options);
}

/* Reads share `index` of `a` as text and compares it with `expected`. */
static int share_text_is(const tandem_allocation* a, size_t index, const char* expected) {
  char buffer[32];
  size_t length = 0;
  if (tandem_allocation_decimal(a, index, buffer, sizeof buffer, &length) != TANDEM_OK) return 0;
  return length == strlen(expected) && strcmp(buffer, expected) == 0;
}

static void test_apportion_decimal(void) {
  const char* const w532[3] = {"5", "3", "2"};
  tandem_alloc_options* options = NULL;
  tandem_allocation* a = NULL;
  tandem_allocation* const unset = (tandem_allocation*)&a; /* any non-NULL marker */
  CHECK_OK(tandem_alloc_options_create(&options));

  /* 7.00 at scale 2 is 700 units; 700 among 5:3:2 is exactly {350, 210, 140}. */
  CHECK_OK(tandem_apportion_decimal(NULL, "7.00", 2, w532, 3, NULL, NULL, NULL, &a));
  CHECK(tandem_allocation_count(a) == 3 && tandem_allocation_scale(a) == 2);
  CHECK(share_text_is(a, 0, "3.50") && share_text_is(a, 1, "2.10") && share_text_is(a, 2, "1.40"));
  tandem_allocation_destroy(a);

  {
    /* 1234.56 among 1.5 : 2.5 (integer weights 15 : 25, sum 40): 123456 * 15 / 40 =
       46296 and 123456 * 25 / 40 = 77160, exactly. */
    const char* const w[2] = {"1.5", "2.5"};
    int64_t units[2] = {0, 0};
    CHECK_OK(tandem_apportion_decimal(options, "1234.56", 2, w, 2, NULL, NULL, NULL, &a));
    CHECK_OK(tandem_allocation_copy_units(a, units, 2));
    CHECK(units[0] == 46296 && units[1] == 77160);
    CHECK(share_text_is(a, 0, "462.96") && share_text_is(a, 1, "771.60"));
    tandem_allocation_destroy(a);
  }

  /* The quantum counts units of the scale: 100 at scale 2 is 1.00. 7 whole units
     among 5:3:2 is {4, 2, 1} as above. */
  CHECK_OK(tandem_alloc_options_set_quantum(options, 100));
  CHECK_OK(tandem_apportion_decimal(options, "7", 2, w532, 3, NULL, NULL, NULL, &a));
  CHECK(share_text_is(a, 0, "4.00") && share_text_is(a, 1, "2.00") && share_text_is(a, 2, "1.00"));
  tandem_allocation_destroy(a);
  CHECK_OK(tandem_alloc_options_set_quantum(options, 1));

  {
    /* NULL and "" mean no limit.
       min: child 2 >= 200 units. 5L + 3L + max(200, 2L) = 700 at L = 62.5: 312.5,
       187.5, 200; floors 312+187+200 = 699; the last unit is a tie of .5 and .5,
       input order gives it to child 0: {313, 187, 200}.
       max: child 0 <= 300. 300 + 3L + 2L = 700 at L = 80: {300, 240, 160}.
       fixed: child 1 = 100. 600 among 5:2: 428.57 and 171.43; floors 428 + 171 =
       599; the last unit to the larger remainder (.57, child 0): {429, 100, 171}. */
    const char* const min[3] = {NULL, "", "2.00"};
    const char* const max[3] = {"3", NULL, ""};
    const char* const fixed[3] = {"", "1.00", NULL};
    int64_t units[3];
    CHECK_OK(tandem_apportion_decimal(options, "7.00", 2, w532, 3, min, NULL, NULL, &a));
    CHECK_OK(tandem_allocation_copy_units(a, units, 3));
    CHECK(equal3(units, 313, 187, 200));
    tandem_allocation_destroy(a);
    CHECK_OK(tandem_apportion_decimal(options, "7.00", 2, w532, 3, NULL, max, NULL, &a));
    CHECK_OK(tandem_allocation_copy_units(a, units, 3));
    CHECK(equal3(units, 300, 240, 160));
    tandem_allocation_destroy(a);
    CHECK_OK(tandem_apportion_decimal(options, "7.00", 2, w532, 3, NULL, NULL, fixed, &a));
    CHECK_OK(tandem_allocation_copy_units(a, units, 3));
    CHECK(equal3(units, 429, 100, 171));
    tandem_allocation_destroy(a);
  }

  /* Nobody: an empty allocation. */
  CHECK_OK(tandem_apportion_decimal(options, "0", 0, NULL, 0, NULL, NULL, NULL, &a));
  CHECK(tandem_allocation_count(a) == 0);
  CHECK_OK(tandem_allocation_copy_units(a, NULL, 0));
  tandem_allocation_destroy(a);

  /* Errors: *out is left as it was. */
  a = unset;
  CHECK_FAILS(tandem_apportion_decimal(options, "7", 2, w532, 3, NULL, NULL, NULL, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "out") != NULL);
  CHECK_FAILS(tandem_apportion_decimal(options, NULL, 2, w532, 3, NULL, NULL, NULL, &a),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "total") != NULL);
  CHECK_FAILS(tandem_apportion_decimal(options, "7", 2, NULL, 3, NULL, NULL, NULL, &a),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "weights") != NULL);
  CHECK_FAILS(tandem_apportion_decimal(options, "7", 2, w532, SIZE_MAX, NULL, NULL, NULL, &a),
              TANDEM_E_INVALID_ARGUMENT, -1);
  {
    const char* const null_weight[3] = {"5", NULL, "2"};
    CHECK_FAILS(tandem_apportion_decimal(options, "7", 2, null_weight, 3, NULL, NULL, NULL, &a),
                TANDEM_E_INVALID_ARGUMENT, 1);
  }
  CHECK_FAILS(tandem_apportion_decimal(options, "7", 19, w532, 3, NULL, NULL, NULL, &a),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_apportion_decimal(options, "7", -1, w532, 3, NULL, NULL, NULL, &a),
              TANDEM_E_OUT_OF_RANGE, -1);
  /* The total: malformed, too many decimals, negative, beyond int64 units
     (INT64_MAX is 92233720368547758.07 at scale 2). */
  CHECK_FAILS(tandem_apportion_decimal(options, "7,00", 2, w532, 3, NULL, NULL, NULL, &a),
              TANDEM_E_PARSE, -1);
  CHECK(strstr(tandem_last_error_message(), "total") != NULL);
  CHECK_FAILS(tandem_apportion_decimal(options, "7.001", 2, w532, 3, NULL, NULL, NULL, &a),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_apportion_decimal(options, "-7", 2, w532, 3, NULL, NULL, NULL, &a),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_apportion_decimal(options, "92233720368547758.08", 2, w532, 3, NULL, NULL,
                                       NULL, &a),
              TANDEM_E_OVERFLOW, -1);
  {
    /* Weights: the child at fault is named. 0.1 sets the common scale to 1, where
       922337203685477580.8 is 9223372036854775808 = INT64_MAX + 1. */
    const char* const malformed[3] = {"5", "3", "two"};
    const char* const negative[3] = {"5", "-3", "2"};
    const char* const too_big[2] = {"0.1", "922337203685477580.8"};
    CHECK_FAILS(tandem_apportion_decimal(options, "7", 2, malformed, 3, NULL, NULL, NULL, &a),
                TANDEM_E_PARSE, 2);
    CHECK(strstr(tandem_last_error_message(), "child 3") != NULL);
    CHECK_FAILS(tandem_apportion_decimal(options, "7", 2, negative, 3, NULL, NULL, NULL, &a),
                TANDEM_E_OUT_OF_RANGE, 1);
    CHECK_FAILS(tandem_apportion_decimal(options, "7", 2, too_big, 2, NULL, NULL, NULL, &a),
                TANDEM_E_OVERFLOW, 1);
  }
  {
    /* Limits: the child at fault is named. */
    const char* const min_malformed[3] = {NULL, "1e2", NULL};
    const char* const min_inexact[3] = {NULL, NULL, "1.005"};
    const char* const max_negative[3] = {"-1", NULL, NULL};
    const char* const fixed_huge[3] = {NULL, "92233720368547758.08", NULL};
    const char* const min_big[3] = {"5", "5", NULL};
    CHECK_FAILS(tandem_apportion_decimal(options, "7", 2, w532, 3, min_malformed, NULL, NULL, &a),
                TANDEM_E_PARSE, 1);
    CHECK(strstr(tandem_last_error_message(), "min") != NULL);
    CHECK_FAILS(tandem_apportion_decimal(options, "7", 2, w532, 3, min_inexact, NULL, NULL, &a),
                TANDEM_E_OUT_OF_RANGE, 2);
    CHECK_FAILS(tandem_apportion_decimal(options, "7", 2, w532, 3, NULL, max_negative, NULL, &a),
                TANDEM_E_OUT_OF_RANGE, 0);
    CHECK(strstr(tandem_last_error_message(), "max") != NULL);
    CHECK_FAILS(tandem_apportion_decimal(options, "7", 2, w532, 3, NULL, NULL, fixed_huge, &a),
                TANDEM_E_OVERFLOW, 1);
    CHECK(strstr(tandem_last_error_message(), "fixed") != NULL);
    CHECK_FAILS(tandem_apportion_decimal(options, "7", 2, w532, 3, min_big, NULL, NULL, &a),
                TANDEM_E_INFEASIBLE, -1);
  }
  {
    /* A tie, as in test_apportion: 0.02 among 1:3 at scale 2. */
    const char* const w13[2] = {"1", "3"};
    CHECK_OK(tandem_alloc_options_set_ties(options, TANDEM_TIES_ERROR));
    CHECK_FAILS(tandem_apportion_decimal(options, "0.02", 2, w13, 2, NULL, NULL, NULL, &a),
                TANDEM_E_TIE, 0);
  }
  CHECK(a == unset);
  tandem_alloc_options_destroy(options);
}

static void test_allocation_accessors(void) {
  const char* const w532[3] = {"5", "3", "2"};
  tandem_allocation* a = NULL;
  int64_t unit = SENTINEL;
  int64_t units[3];
  char buffer[8];
  size_t length = 0;

  CHECK(tandem_allocation_count(NULL) == 0);
  CHECK(tandem_allocation_scale(NULL) == 0);
  tandem_allocation_destroy(NULL); /* a no-op */

  /* 7.00 among 5:3:2 is {3.50, 2.10, 1.40}. */
  CHECK_OK(tandem_apportion_decimal(NULL, "7.00", 2, w532, 3, NULL, NULL, NULL, &a));
  CHECK_OK(tandem_allocation_units(a, 1, &unit));
  CHECK(unit == 210);
  unit = SENTINEL;
  CHECK_FAILS(tandem_allocation_units(a, 3, &unit), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "index") != NULL);
  CHECK_FAILS(tandem_allocation_units(NULL, 0, &unit), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_allocation_units(a, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(unit == SENTINEL);

  fill(units, 3, SENTINEL);
  CHECK_FAILS(tandem_allocation_copy_units(a, units, 2), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "count") != NULL);
  CHECK_FAILS(tandem_allocation_copy_units(a, NULL, 3), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_allocation_copy_units(NULL, units, 3), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched(units, 3));
  CHECK_OK(tandem_allocation_copy_units(a, units, 3));
  CHECK(equal3(units, 350, 210, 140));

  /* snprintf-style text: "3.50" needs 4 bytes plus the NUL. */
  CHECK_OK(tandem_allocation_decimal(a, 0, NULL, 0, &length)); /* ask for the size */
  CHECK(length == 4);
  memset(buffer, 'x', sizeof buffer);
  length = 0;
  CHECK_OK(tandem_allocation_decimal(a, 0, buffer, 3, &length)); /* cut to "3." */
  CHECK(length == 4 && strcmp(buffer, "3.") == 0 && buffer[3] == 'x');
  memset(buffer, 'x', sizeof buffer);
  CHECK_OK(tandem_allocation_decimal(a, 0, buffer, 0, &length)); /* nothing written */
  CHECK(buffer[0] == 'x' && length == 4);
  CHECK_OK(tandem_allocation_decimal(a, 0, buffer, 5, NULL)); /* exactly enough */
  CHECK(strcmp(buffer, "3.50") == 0);
  memset(buffer, 'x', sizeof buffer);
  length = 99;
  CHECK_FAILS(tandem_allocation_decimal(a, 0, NULL, 5, &length), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "buffer") != NULL);
  CHECK_FAILS(tandem_allocation_decimal(a, 3, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_allocation_decimal(NULL, 0, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(length == 99 && buffer[0] == 'x');
  tandem_allocation_destroy(a);
}

static void test_decimal_parse(void) {
  /* 12.345 and -12.345 at scale 2: the dropped digit is exactly half a unit. */
  static const struct {
    tandem_rounding mode;
    int64_t positive, negative;
  } cases[] = {
      {TANDEM_ROUND_DOWN, 1234, -1234},      {TANDEM_ROUND_UP, 1235, -1235},
      {TANDEM_ROUND_FLOOR, 1234, -1235},     {TANDEM_ROUND_CEILING, 1235, -1234},
      {TANDEM_ROUND_HALF_UP, 1235, -1235},   {TANDEM_ROUND_HALF_DOWN, 1234, -1234},
      {TANDEM_ROUND_HALF_EVEN, 1234, -1234}, /* 4 is even */
  };
  int64_t units = 0;
  size_t i;
  for (i = 0; i < sizeof cases / sizeof cases[0]; ++i) {
    CHECK_OK(tandem_decimal_parse("12.345", 2, cases[i].mode, false, &units));
    CHECK(units == cases[i].positive);
    CHECK_OK(tandem_decimal_parse("-12.345", 2, cases[i].mode, true, &units));
    CHECK(units == cases[i].negative);
  }
  /* Not a tie: 12.346 goes up, 12.344 down, under every to-nearest mode. */
  CHECK_OK(tandem_decimal_parse("12.346", 2, TANDEM_ROUND_HALF_DOWN, false, &units));
  CHECK(units == 1235);
  CHECK_OK(tandem_decimal_parse("12.344", 2, TANDEM_ROUND_HALF_UP, false, &units));
  CHECK(units == 1234);
  /* Half-even with an odd kept digit: 12.355 -> 12.36. */
  CHECK_OK(tandem_decimal_parse("12.355", 2, TANDEM_ROUND_HALF_EVEN, false, &units));
  CHECK(units == 1236);
  /* Exact: trailing zeros are fine, other digits are not. */
  CHECK_OK(tandem_decimal_parse("1234.560", 2, TANDEM_ROUND_EXACT, false, &units));
  CHECK(units == 123456);
  CHECK_OK(tandem_decimal_parse("7", 2, TANDEM_ROUND_EXACT, false, &units));
  CHECK(units == 700);
  CHECK_OK(tandem_decimal_parse("9223372036854775807", 0, TANDEM_ROUND_EXACT, false, &units));
  CHECK(units == INT64_MAX);

  units = SENTINEL;
  CHECK_FAILS(tandem_decimal_parse("12.345", 2, TANDEM_ROUND_EXACT, false, &units),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_decimal_parse("-1", 2, TANDEM_ROUND_EXACT, false, &units),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_decimal_parse("1", 19, TANDEM_ROUND_EXACT, false, &units),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_decimal_parse("1", -1, TANDEM_ROUND_EXACT, false, &units),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_decimal_parse("9223372036854775808", 0, TANDEM_ROUND_EXACT, false, &units),
              TANDEM_E_OVERFLOW, -1);
  CHECK_FAILS(tandem_decimal_parse("1,234", 0, TANDEM_ROUND_EXACT, false, &units), TANDEM_E_PARSE, -1);
  CHECK_FAILS(tandem_decimal_parse("+1", 0, TANDEM_ROUND_EXACT, false, &units), TANDEM_E_PARSE, -1);
  CHECK_FAILS(tandem_decimal_parse("1e3", 0, TANDEM_ROUND_EXACT, false, &units), TANDEM_E_PARSE, -1);
  CHECK_FAILS(tandem_decimal_parse(" 1", 0, TANDEM_ROUND_EXACT, false, &units), TANDEM_E_PARSE, -1);
  CHECK_FAILS(tandem_decimal_parse("", 0, TANDEM_ROUND_EXACT, false, &units), TANDEM_E_PARSE, -1);
  CHECK_FAILS(tandem_decimal_parse("1", 0, 8, false, &units), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "rounding") != NULL);
  CHECK_FAILS(tandem_decimal_parse("1", 0, 256, false, &units), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_decimal_parse("1", 0, -1, false, &units), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_decimal_parse(NULL, 0, TANDEM_ROUND_EXACT, false, &units),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "text") != NULL);
  CHECK(units == SENTINEL);
  CHECK_FAILS(tandem_decimal_parse("1", 0, TANDEM_ROUND_EXACT, false, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "units_out") != NULL);
}

static void test_decimal_format(void) {
  char buffer[32];
  size_t length = 0;
  CHECK_OK(tandem_decimal_format(123456, 2, buffer, sizeof buffer, &length));
  CHECK(strcmp(buffer, "1234.56") == 0 && length == 7);
  CHECK_OK(tandem_decimal_format(-5, 2, buffer, sizeof buffer, &length));
  CHECK(strcmp(buffer, "-0.05") == 0 && length == 5);
  CHECK_OK(tandem_decimal_format(7, 0, buffer, sizeof buffer, NULL));
  CHECK(strcmp(buffer, "7") == 0);
  CHECK_OK(tandem_decimal_format(INT64_MIN, 0, buffer, sizeof buffer, &length));
  CHECK(strcmp(buffer, "-9223372036854775808") == 0 && length == 20);
  CHECK_OK(tandem_decimal_format(1, 18, buffer, sizeof buffer, &length));
  CHECK(strcmp(buffer, "0.000000000000000001") == 0 && length == 20);
  CHECK_OK(tandem_decimal_format(123456, 2, NULL, 0, &length)); /* ask for the size */
  CHECK(length == 7);
  CHECK_OK(tandem_decimal_format(123456, 2, buffer, 5, &length)); /* cut */
  CHECK(strcmp(buffer, "1234") == 0 && length == 7);
  CHECK_OK(tandem_decimal_format(123456, 2, buffer, 1, &length));
  CHECK(buffer[0] == '\0' && length == 7);

  memset(buffer, 'x', sizeof buffer);
  length = 99;
  CHECK_FAILS(tandem_decimal_format(1, 19, buffer, sizeof buffer, &length), TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_decimal_format(1, -1, buffer, sizeof buffer, &length), TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_decimal_format(1, 2, NULL, 4, &length), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strstr(tandem_last_error_message(), "buffer") != NULL);
  CHECK(buffer[0] == 'x' && length == 99);
  /* Parse and format are inverse at one scale. */
  {
    int64_t units = 0;
    CHECK_OK(tandem_decimal_parse("-1234.56", 2, TANDEM_ROUND_EXACT, true, &units));
    CHECK_OK(tandem_decimal_format(units, 2, buffer, sizeof buffer, NULL));
    CHECK(strcmp(buffer, "-1234.56") == 0);
  }
}

int main(void) {
  test_versions();
  test_status_names();
  test_last_error();
  test_method_names();
  test_tie_rule_names();
  test_options();
  test_apportion();
  test_apportion_decimal();
  test_allocation_accessors();
  test_decimal_parse();
  test_decimal_format();
  if (failures > 0) {
    fprintf(stderr, "capi_end_to_end: %d of %d checks failed\n", failures, checks);
    return 1;
  }
  printf("capi_end_to_end: all %d checks passed (library %s)\n", checks, tandem_version_string());
  return 0;
}
