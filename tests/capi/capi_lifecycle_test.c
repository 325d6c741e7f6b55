/*
 * The "org: product lifecycle" section of tandem.h in plain C: every function,
 * every error status a caller can reach, NULL arguments, destroy(NULL), and outputs
 * left untouched by a failed call. Expected proposals are worked out by hand from
 * the rule in docs/domain.md: level = lower median of a window of 3 periods,
 * recent = last window, previous = the one before, peak = highest window level.
 *
 * Exit status: 0 when every CHECK holds, 1 otherwise (each failure is printed).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "tandem.h"

#define MESSAGE_HAS(text) CHECK(strstr(tandem_last_error_message(), (text)) != NULL)
#define SENTINEL ((int64_t)-777)
#define UNTOUCHED_DATE "untouched!"

static void reset_proposal(tandem_lifecycle_proposal* p) {
  memset(p, 0x5A, sizeof *p);
}

static int proposal_untouched(const tandem_lifecycle_proposal* p) {
  tandem_lifecycle_proposal expected;
  reset_proposal(&expected);
  return memcmp(p, &expected, sizeof *p) == 0;
}

static void test_pinned_values(void) {
  CHECK(TANDEM_LIFECYCLE_NO_STAGE == -1);
  CHECK(TANDEM_LIFECYCLE_INTRODUCTION == 0 && TANDEM_LIFECYCLE_GROWTH == 1);
  CHECK(TANDEM_LIFECYCLE_MATURITY == 2 && TANDEM_LIFECYCLE_DECLINE == 3);
  CHECK(TANDEM_LIFECYCLE_RULE_INSUFFICIENT_DATA == 0 && TANDEM_LIFECYCLE_RULE_NO_SALES == 1);
  CHECK(TANDEM_LIFECYCLE_RULE_FALLING == 2 && TANDEM_LIFECYCLE_RULE_YOUNG == 3);
  CHECK(TANDEM_LIFECYCLE_RULE_SPORADIC == 4 && TANDEM_LIFECYCLE_RULE_TAKEOFF == 5);
  CHECK(TANDEM_LIFECYCLE_RULE_RISING == 6 && TANDEM_LIFECYCLE_RULE_PLATEAU == 7);
  CHECK(TANDEM_LIFECYCLE_RULE_BELOW_PEAK == 8);
}

static void test_stage_names(void) {
  static const char* const names[4] = {"introduction", "growth", "maturity", "decline"};
  static const char* const ids[4] = {"lifecycle_introduction", "lifecycle_growth",
                                     "lifecycle_maturity", "lifecycle_decline"};
  static const char* const rules[9] = {"insufficient_data", "no_sales", "falling",
                                       "young",             "sporadic", "takeoff",
                                       "rising",            "plateau",  "below_peak"};
  tandem_lifecycle_stage stage = -5;
  int32_t i;
  for (i = 0; i < 4; ++i) {
    CHECK(strcmp(tandem_lifecycle_stage_name(i), names[i]) == 0);
    CHECK(strcmp(tandem_lifecycle_stage_id(i), ids[i]) == 0);
    stage = -5;
    CHECK_OK(tandem_lifecycle_stage_from_name(names[i], &stage));
    CHECK(stage == i);
    stage = -5;
    CHECK_OK(tandem_lifecycle_stage_from_name(ids[i], &stage));
    CHECK(stage == i);
  }
  for (i = 0; i < 9; ++i) CHECK(strcmp(tandem_lifecycle_rule_name(i), rules[i]) == 0);
  CHECK(tandem_lifecycle_rule_name(-1) == NULL && tandem_lifecycle_rule_name(9) == NULL);
  CHECK(tandem_lifecycle_stage_name(-1) == NULL && tandem_lifecycle_stage_name(4) == NULL);
  CHECK(tandem_lifecycle_stage_id(-1) == NULL && tandem_lifecycle_stage_id(4) == NULL);
  CHECK(!tandem_lifecycle_stage_is_extension(TANDEM_LIFECYCLE_INTRODUCTION));
  CHECK(!tandem_lifecycle_stage_is_extension(TANDEM_LIFECYCLE_GROWTH));
  CHECK(!tandem_lifecycle_stage_is_extension(TANDEM_LIFECYCLE_MATURITY));
  CHECK(tandem_lifecycle_stage_is_extension(TANDEM_LIFECYCLE_DECLINE));
  CHECK(!tandem_lifecycle_stage_is_extension(4) && !tandem_lifecycle_stage_is_extension(-1));

  stage = -5;
  CHECK_FAILS(tandem_lifecycle_stage_from_name("Growth", &stage), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("\"Growth\" is not a lifecycle stage");
  CHECK(stage == -5);
  CHECK_FAILS(tandem_lifecycle_stage_from_name(NULL, &stage), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("name is NULL");
  CHECK_FAILS(tandem_lifecycle_stage_from_name("growth", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("out is NULL");
}

/* Expected ids and texts copied from catalog.json (product_lifecycle). */
static void test_focus(void) {
  char id[64], text[256];
  size_t count = 99, id_length = 0, text_length = 0;
  bool inferred = true;

  CHECK_OK(tandem_lifecycle_focus_count(TANDEM_LIFECYCLE_INTRODUCTION, &count));
  CHECK(count == 5);
  CHECK_OK(tandem_lifecycle_focus_count(TANDEM_LIFECYCLE_GROWTH, &count));
  CHECK(count == 3);
  CHECK_OK(tandem_lifecycle_focus_count(TANDEM_LIFECYCLE_MATURITY, &count));
  CHECK(count == 5);
  CHECK_OK(tandem_lifecycle_focus_count(TANDEM_LIFECYCLE_DECLINE, &count));
  CHECK(count == 3);

  CHECK_OK(tandem_lifecycle_focus_get(TANDEM_LIFECYCLE_GROWTH, 1, TANDEM_LANG_ZH, id, sizeof id,
                                      &id_length, text, sizeof text, &text_length, &inferred));
  CHECK(strcmp(id, "lc_annual_marketing_target_plan") == 0 && id_length == strlen(id));
  CHECK(strcmp(text, "制定年度营销目标计划") == 0 && text_length == strlen(text));
  CHECK(!inferred);
  CHECK_OK(tandem_lifecycle_focus_get(TANDEM_LIFECYCLE_GROWTH, 1, TANDEM_LANG_EN, NULL, 0, NULL,
                                      text, sizeof text, NULL, NULL));
  CHECK(strcmp(text, "Draw up the annual marketing target plan") == 0);
  /* Lengths only. */
  CHECK_OK(tandem_lifecycle_focus_get(TANDEM_LIFECYCLE_INTRODUCTION, 3, TANDEM_LANG_EN, NULL, 0,
                                      &id_length, NULL, 0, &text_length, NULL));
  CHECK(id_length == strlen("lc_product_pricing") && text_length == strlen("Set product prices"));
  CHECK_OK(tandem_lifecycle_focus_get(TANDEM_LIFECYCLE_DECLINE, 0, TANDEM_LANG_EN, id, sizeof id,
                                      NULL, NULL, 0, NULL, &inferred));
  CHECK(strcmp(id, "lc_decline_harvest") == 0 && inferred);

  count = 99;
  CHECK_FAILS(tandem_lifecycle_focus_count(4, &count), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_lifecycle_focus_count(TANDEM_LIFECYCLE_NO_STAGE, &count),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_lifecycle_focus_count(TANDEM_LIFECYCLE_GROWTH, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(count == 99);
  strcpy(id, "untouched");
  inferred = true;
  CHECK_FAILS(tandem_lifecycle_focus_get(TANDEM_LIFECYCLE_GROWTH, 3, TANDEM_LANG_EN, id, sizeof id,
                                         NULL, NULL, 0, NULL, &inferred),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("index 3 is out of range: growth has 3 focus activities");
  CHECK_FAILS(tandem_lifecycle_focus_get(TANDEM_LIFECYCLE_GROWTH, 0, 2, id, sizeof id, NULL, NULL,
                                         0, NULL, &inferred),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("tandem_lang");
  CHECK_FAILS(tandem_lifecycle_focus_get(7, 0, TANDEM_LANG_EN, id, sizeof id, NULL, NULL, 0, NULL,
                                         &inferred),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_lifecycle_focus_get(TANDEM_LIFECYCLE_GROWTH, 0, TANDEM_LANG_EN, NULL, 8, NULL,
                                         NULL, 0, NULL, &inferred),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_lifecycle_focus_get(TANDEM_LIFECYCLE_GROWTH, 0, TANDEM_LANG_EN, id, sizeof id,
                                         NULL, NULL, 8, NULL, &inferred),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strcmp(id, "untouched") == 0 && inferred);
}

static void test_product_history(void) {
  tandem_product_lifecycle* product = NULL;
  tandem_product_lifecycle* untouched_handle = (tandem_product_lifecycle*)&checks;
  tandem_lifecycle_stage stage = -5;
  char id[16], date[TANDEM_DATE_SIZE], small[4];
  size_t length = 0;

  tandem_product_lifecycle_destroy(NULL);
  CHECK(tandem_product_lifecycle_count(NULL) == 0);
  CHECK_FAILS(tandem_product_lifecycle_create("Widget-A", &untouched_handle),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("'Widget-A' is not well formed");
  CHECK(untouched_handle == (tandem_product_lifecycle*)&checks);
  CHECK_FAILS(tandem_product_lifecycle_create(NULL, &product), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_product_lifecycle_create("widget_a", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(product == NULL);

  CHECK_OK(tandem_product_lifecycle_create("widget_a", &product));
  CHECK(tandem_product_lifecycle_count(product) == 0);
  CHECK_OK(tandem_product_lifecycle_current(product, &stage));
  CHECK(stage == TANDEM_LIFECYCLE_NO_STAGE);

  /* The id, snprintf-style: ask for the length, then read; a short buffer cuts. */
  CHECK_OK(tandem_product_lifecycle_id(product, NULL, 0, &length));
  CHECK(length == 8);
  CHECK_OK(tandem_product_lifecycle_id(product, id, sizeof id, &length));
  CHECK(strcmp(id, "widget_a") == 0);
  CHECK_OK(tandem_product_lifecycle_id(product, small, sizeof small, NULL));
  CHECK(strcmp(small, "wid") == 0);
  CHECK_FAILS(tandem_product_lifecycle_id(product, NULL, 4, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_product_lifecycle_id(NULL, id, sizeof id, NULL), TANDEM_E_INVALID_ARGUMENT, -1);

  CHECK_OK(tandem_product_lifecycle_enter(product, TANDEM_LIFECYCLE_INTRODUCTION, "2026-01-01"));
  CHECK_OK(tandem_product_lifecycle_enter(product, TANDEM_LIFECYCLE_GROWTH, "2026-07-01"));
  CHECK_OK(tandem_product_lifecycle_enter(product, TANDEM_LIFECYCLE_MATURITY, "2028-01-01"));
  /* A relaunch goes back to growth. */
  CHECK_OK(tandem_product_lifecycle_enter(product, TANDEM_LIFECYCLE_GROWTH, "2030-03-01"));
  CHECK(tandem_product_lifecycle_count(product) == 4);

  CHECK_OK(tandem_product_lifecycle_stage_on(product, "2025-12-31", &stage));
  CHECK(stage == TANDEM_LIFECYCLE_NO_STAGE);
  CHECK_OK(tandem_product_lifecycle_stage_on(product, "2026-01-01", &stage));
  CHECK(stage == TANDEM_LIFECYCLE_INTRODUCTION);
  CHECK_OK(tandem_product_lifecycle_stage_on(product, "2026-06-30", &stage));
  CHECK(stage == TANDEM_LIFECYCLE_INTRODUCTION);
  CHECK_OK(tandem_product_lifecycle_stage_on(product, "2027-02-28", &stage));
  CHECK(stage == TANDEM_LIFECYCLE_GROWTH);
  CHECK_OK(tandem_product_lifecycle_stage_on(product, "2029-12-31", &stage));
  CHECK(stage == TANDEM_LIFECYCLE_MATURITY);
  CHECK_OK(tandem_product_lifecycle_current(product, &stage));
  CHECK(stage == TANDEM_LIFECYCLE_GROWTH);

  CHECK_OK(tandem_product_lifecycle_entry(product, 2, &stage, date, sizeof date));
  CHECK(stage == TANDEM_LIFECYCLE_MATURITY && strcmp(date, "2028-01-01") == 0);

  /* Failures leave the history and the outputs as they were. */
  CHECK_FAILS(tandem_product_lifecycle_enter(product, TANDEM_LIFECYCLE_DECLINE, "2030-03-01"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("widget_a");
  CHECK_FAILS(tandem_product_lifecycle_enter(product, TANDEM_LIFECYCLE_DECLINE, "2029-01-01"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_product_lifecycle_enter(product, TANDEM_LIFECYCLE_GROWTH, "2031-01-01"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("already in growth since 2030-03-01");
  CHECK_FAILS(tandem_product_lifecycle_enter(product, 4, "2031-01-01"), TANDEM_E_INVALID_ARGUMENT,
              -1);
  MESSAGE_HAS("4 is not a tandem_lifecycle_stage");
  CHECK_FAILS(tandem_product_lifecycle_enter(product, 256, "2031-01-01"), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_product_lifecycle_enter(product, TANDEM_LIFECYCLE_NO_STAGE, "2031-01-01"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_product_lifecycle_enter(product, TANDEM_LIFECYCLE_DECLINE, "2031-1-1"),
              TANDEM_E_PARSE, -1);
  MESSAGE_HAS("effective");
  CHECK_FAILS(tandem_product_lifecycle_enter(product, TANDEM_LIFECYCLE_DECLINE, "2031-02-29"),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_product_lifecycle_enter(product, TANDEM_LIFECYCLE_DECLINE, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_product_lifecycle_enter(NULL, TANDEM_LIFECYCLE_DECLINE, "2031-01-01"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(tandem_product_lifecycle_count(product) == 4);

  stage = -5;
  CHECK_FAILS(tandem_product_lifecycle_stage_on(product, "2026/01/01", &stage), TANDEM_E_PARSE, -1);
  MESSAGE_HAS("day");
  CHECK_FAILS(tandem_product_lifecycle_stage_on(product, "2026-13-01", &stage), TANDEM_E_OUT_OF_RANGE,
              -1);
  CHECK_FAILS(tandem_product_lifecycle_stage_on(product, NULL, &stage), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_product_lifecycle_stage_on(product, "2026-01-01", NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_product_lifecycle_stage_on(NULL, "2026-01-01", &stage),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_product_lifecycle_current(NULL, &stage), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_product_lifecycle_current(product, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(stage == -5);

  memcpy(date, UNTOUCHED_DATE, TANDEM_DATE_SIZE);
  CHECK_FAILS(tandem_product_lifecycle_entry(product, 4, &stage, date, sizeof date),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("index 4 is out of range: the history has 4 entries");
  CHECK_FAILS(tandem_product_lifecycle_entry(product, 0, &stage, date, TANDEM_DATE_SIZE - 1),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_product_lifecycle_entry(product, 0, &stage, NULL, 0),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_product_lifecycle_entry(product, 0, NULL, date, sizeof date),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_product_lifecycle_entry(NULL, 0, &stage, date, sizeof date),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(stage == -5 && memcmp(date, UNTOUCHED_DATE, TANDEM_DATE_SIZE) == 0);

  tandem_product_lifecycle_destroy(product);
}

static void test_options(void) {
  tandem_lifecycle_options* options = NULL;
  tandem_lifecycle_options* untouched_handle = (tandem_lifecycle_options*)&checks;
  int64_t window = SENTINEL, young = SENTINEL, growth = SENTINEL, decline = SENTINEL,
          maturity = SENTINEL;

  tandem_lifecycle_options_destroy(NULL);
  CHECK_FAILS(tandem_lifecycle_options_create(NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched_handle == (tandem_lifecycle_options*)&checks);
  CHECK_OK(tandem_lifecycle_options_create(&options));
  CHECK_OK(tandem_lifecycle_options_get(options, &window, &young, &growth, &decline, &maturity));
  CHECK(window == 3 && young == 6 && growth == 1000 && decline == 1000 && maturity == 8000);

  CHECK_OK(tandem_lifecycle_options_set_window(options, 4));
  CHECK_OK(tandem_lifecycle_options_set_introduction_periods(options, 0));
  CHECK_OK(tandem_lifecycle_options_set_growth_threshold_bp(options, 500));
  CHECK_OK(tandem_lifecycle_options_set_decline_threshold_bp(options, 10000));
  CHECK_OK(tandem_lifecycle_options_set_maturity_level_bp(options, 1));
  CHECK_OK(tandem_lifecycle_options_get(options, &window, NULL, NULL, NULL, NULL));
  CHECK(window == 4);
  CHECK_OK(tandem_lifecycle_options_get(options, NULL, &young, &growth, &decline, &maturity));
  CHECK(young == 0 && growth == 500 && decline == 10000 && maturity == 1);

  /* Rejected values leave the old ones; the message names the option. */
  CHECK_FAILS(tandem_lifecycle_options_set_window(options, 0), TANDEM_E_OUT_OF_RANGE, -1);
  MESSAGE_HAS("window = 0 is outside 1..1000");
  CHECK_FAILS(tandem_lifecycle_options_set_window(options, 1001), TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_lifecycle_options_set_window(options, -1), TANDEM_E_OUT_OF_RANGE, -1);
  MESSAGE_HAS("window = -1");
  CHECK_FAILS(tandem_lifecycle_options_set_window(options, INT64_C(4294967299)),
              TANDEM_E_OUT_OF_RANGE, -1); /* 2^32 + 3 must not wrap to 3 */
  MESSAGE_HAS("window = 4294967299");
  CHECK_FAILS(tandem_lifecycle_options_set_introduction_periods(options, 1000001),
              TANDEM_E_OUT_OF_RANGE, -1);
  MESSAGE_HAS("introduction_periods");
  CHECK_FAILS(tandem_lifecycle_options_set_introduction_periods(options, -1),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_lifecycle_options_set_growth_threshold_bp(options, 0), TANDEM_E_OUT_OF_RANGE,
              -1);
  MESSAGE_HAS("growth_threshold_bp = 0");
  CHECK_FAILS(tandem_lifecycle_options_set_growth_threshold_bp(options, 1000001),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_lifecycle_options_set_decline_threshold_bp(options, 10001),
              TANDEM_E_OUT_OF_RANGE, -1);
  MESSAGE_HAS("decline_threshold_bp = 10001");
  CHECK_FAILS(tandem_lifecycle_options_set_decline_threshold_bp(options, 0), TANDEM_E_OUT_OF_RANGE,
              -1);
  CHECK_FAILS(tandem_lifecycle_options_set_maturity_level_bp(options, 10001), TANDEM_E_OUT_OF_RANGE,
              -1);
  MESSAGE_HAS("maturity_level_bp = 10001");
  CHECK_FAILS(tandem_lifecycle_options_set_maturity_level_bp(options, INT64_MIN),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_lifecycle_options_set_window(NULL, 3), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_lifecycle_options_set_introduction_periods(NULL, 3), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_lifecycle_options_set_growth_threshold_bp(NULL, 3), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_lifecycle_options_set_decline_threshold_bp(NULL, 3), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_lifecycle_options_set_maturity_level_bp(NULL, 3), TANDEM_E_INVALID_ARGUMENT,
              -1);
  window = SENTINEL;
  CHECK_FAILS(tandem_lifecycle_options_get(NULL, &window, NULL, NULL, NULL, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(window == SENTINEL);
  CHECK_OK(tandem_lifecycle_options_get(options, &window, &young, &growth, &decline, &maturity));
  CHECK(window == 4 && young == 0 && growth == 500 && decline == 10000 && maturity == 1);

  tandem_lifecycle_options_destroy(options);
}

static void test_classify(void) {
  /* +10 % a period: recent [161,177,195] -> 177, previous [121,133,146] -> 133,
     growth floor(44 * 10000 / 133) = 3308 bp. */
  static const int64_t rising[8] = {100, 110, 121, 133, 146, 161, 177, 195};
  /* Previous [100,100,100] -> 100, recent [90,80,70] -> 80: -2000 bp. */
  static const int64_t falling[9] = {100, 100, 100, 100, 100, 100, 90, 80, 70};
  /* Steady at 60 after a peak of 100: 6000 bp of the peak, under 8000. */
  static const int64_t below_peak[10] = {100, 100, 100, 100, 60, 60, 60, 60, 60, 60};
  static const int64_t flat[7] = {100, 100, 100, 100, 100, 100, 100};
  static const int64_t young[10] = {0, 0, 0, 0, 0, 0, 0, 5, 8, 12};
  static const int64_t takeoff[14] = {4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 5, 6};
  static const int64_t zeros[6] = {0, 0, 0, 0, 0, 0};
  static const int64_t sporadic[10] = {0, 0, 500, 0, 0, 0, 0, 0, 0, 0};
  static const int64_t negative[6] = {5, 5, 5, -1, 5, 5};
  static const int64_t jump[10] = {1, 1, 1, 1, 1, 1, 1, INT64_MAX, INT64_MAX, INT64_MAX};
  tandem_lifecycle_options* options = NULL;
  tandem_lifecycle_proposal p;

  CHECK_OK(tandem_lifecycle_classify(rising, 8, NULL, &p));
  CHECK(p.stage == TANDEM_LIFECYCLE_GROWTH && p.rule == TANDEM_LIFECYCLE_RULE_RISING);
  CHECK(p.periods == 8 && p.periods_since_first_sale == 8);
  CHECK(p.recent_level == 177 && p.previous_level == 133 && p.peak_level == 177);
  CHECK(p.has_growth && p.growth_bp == 3308 && p.level_bp == 10000);

  CHECK_OK(tandem_lifecycle_classify(falling, 9, NULL, &p));
  CHECK(p.stage == TANDEM_LIFECYCLE_DECLINE && p.rule == TANDEM_LIFECYCLE_RULE_FALLING);
  CHECK(p.growth_bp == -2000 && p.level_bp == 8000);

  CHECK_OK(tandem_lifecycle_classify(below_peak, 10, NULL, &p));
  CHECK(p.stage == TANDEM_LIFECYCLE_DECLINE && p.rule == TANDEM_LIFECYCLE_RULE_BELOW_PEAK);
  CHECK(p.level_bp == 6000 && p.peak_level == 100);

  CHECK_OK(tandem_lifecycle_classify(flat, 7, NULL, &p));
  CHECK(p.stage == TANDEM_LIFECYCLE_MATURITY && p.rule == TANDEM_LIFECYCLE_RULE_PLATEAU);
  CHECK(p.has_growth && p.growth_bp == 0);

  CHECK_OK(tandem_lifecycle_classify(young, 10, NULL, &p));
  CHECK(p.stage == TANDEM_LIFECYCLE_INTRODUCTION && p.rule == TANDEM_LIFECYCLE_RULE_YOUNG);
  CHECK(p.periods_since_first_sale == 3 && !p.has_growth && p.growth_bp == 0);

  CHECK_OK(tandem_lifecycle_classify(takeoff, 14, NULL, &p));
  CHECK(p.stage == TANDEM_LIFECYCLE_INTRODUCTION && p.rule == TANDEM_LIFECYCLE_RULE_TAKEOFF);

  /* No stage: too few periods, no sales, one old lone sale. */
  CHECK_OK(tandem_lifecycle_classify(flat, 5, NULL, &p));
  CHECK(p.stage == TANDEM_LIFECYCLE_NO_STAGE && p.rule == TANDEM_LIFECYCLE_RULE_INSUFFICIENT_DATA);
  CHECK(p.periods == 5);
  CHECK_OK(tandem_lifecycle_classify(NULL, 0, NULL, &p));
  CHECK(p.stage == TANDEM_LIFECYCLE_NO_STAGE && p.periods == 0);
  CHECK_OK(tandem_lifecycle_classify(zeros, 6, NULL, &p));
  CHECK(p.stage == TANDEM_LIFECYCLE_NO_STAGE && p.rule == TANDEM_LIFECYCLE_RULE_NO_SALES);
  CHECK_OK(tandem_lifecycle_classify(sporadic, 10, NULL, &p));
  CHECK(p.stage == TANDEM_LIFECYCLE_NO_STAGE && p.rule == TANDEM_LIFECYCLE_RULE_SPORADIC);

  /* INT64_MAX is exact; the growth figure is capped. */
  CHECK_OK(tandem_lifecycle_classify(jump, 10, NULL, &p));
  CHECK(p.rule == TANDEM_LIFECYCLE_RULE_RISING && p.growth_bp == INT64_MAX);
  CHECK(p.recent_level == INT64_MAX && p.previous_level == 1);

  /* Options: a growth threshold of 3400 bp makes the rising series mature (3308 <
     3400; 177 is its peak); a window of 1 compares the last two periods. */
  CHECK_OK(tandem_lifecycle_options_create(&options));
  CHECK_OK(tandem_lifecycle_options_set_growth_threshold_bp(options, 3400));
  CHECK_OK(tandem_lifecycle_classify(rising, 8, options, &p));
  CHECK(p.stage == TANDEM_LIFECYCLE_MATURITY);
  CHECK_OK(tandem_lifecycle_options_set_window(options, 1));
  CHECK_OK(tandem_lifecycle_options_set_introduction_periods(options, 0));
  CHECK_OK(tandem_lifecycle_classify(rising, 2, options, &p));
  CHECK(p.stage == TANDEM_LIFECYCLE_MATURITY && p.growth_bp == 1000); /* 100 -> 110 */

  /* Errors leave *out untouched. */
  reset_proposal(&p);
  CHECK_FAILS(tandem_lifecycle_classify(negative, 6, NULL, &p), TANDEM_E_OUT_OF_RANGE, 3);
  MESSAGE_HAS("index 3");
  CHECK(proposal_untouched(&p));
  CHECK_FAILS(tandem_lifecycle_classify(NULL, 3, NULL, &p), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("sales");
  CHECK_FAILS(tandem_lifecycle_classify(flat, 7, NULL, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_lifecycle_classify(flat, SIZE_MAX, NULL, &p), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(proposal_untouched(&p));

  tandem_lifecycle_options_destroy(options);
}

int main(void) {
  test_pinned_values();
  test_stage_names();
  test_focus();
  test_product_history();
  test_options();
  test_classify();
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
