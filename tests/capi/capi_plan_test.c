/*
 * The "plan: target plans" section of tandem.h in plain C: a small plan document
 * decomposed by hand (known targets), every query, the edits (a successful one
 * re-plans, a failing one leaves the plan exactly as it was: same targets, same saved
 * document), actuals booked and loaded from CSV, reports, and every error path (NULL
 * arguments, indexes out of range, unknown ids, enumeration values, untargeted
 * measures).
 *
 * The plan (currency scale 2, every quantum 1.00): 1200.00 split 2:1 between the
 * product lines (lathes 800.00, parts 400.00), 3:1 between the regions (east 900.00,
 * west 300.00), 1:2 between east's people (east_li 300.00, east_wang 600.00); no mix,
 * so every unit sells its parent's 2:1; even seasonality, ties to the earlier months.
 *
 * Exit status: 0 when every CHECK holds, 1 otherwise (each failure is printed).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "tandem.h"

#define MESSAGE_IS(text) CHECK(strcmp(tandem_last_error_message(), (text)) == 0)
#define MESSAGE_HAS(text) CHECK(strstr(tandem_last_error_message(), (text)) != NULL)

static const char small_plan[] =
    "{\"schema_version\": 1, \"id\": \"small\",\n"
    " \"calendar\": {\"kind\": \"fiscal\", \"start_month\": 4}, \"fiscal_year\": 2027,\n"
    " \"measures\": [\"amount\"], \"annual_target\": {\"amount\": \"1200.00\"},\n"
    " \"rules\": {\"products\": {\"quantum\": {\"amount\": \"1.00\"}},\n"
    "           \"levels\": [{\"quantum\": {\"amount\": \"1.00\"}}],\n"
    "           \"periods\": {\"quantum\": {\"amount\": \"1.00\"}}},\n"
    " \"units\": [\n"
    "  {\"id\": \"company\", \"zh\": \"公司\", \"en\": \"Company\", \"kind\": \"company\"},\n"
    "  {\"id\": \"east\", \"zh\": \"华东区\", \"kind\": \"region\", \"parent\": \"company\", \"weight\": \"3\"},\n"
    "  {\"id\": \"west\", \"kind\": \"region\", \"parent\": \"company\", \"basis\": \"reference\", \"weight\": \"1.0\"},\n"
    "  {\"id\": \"east_li\", \"kind\": \"person\", \"parent\": \"east\"},\n"
    "  {\"id\": \"east_wang\", \"kind\": \"agent\", \"parent\": \"east\", \"weight\": \"2\"}],\n"
    " \"products\": [\n"
    "  {\"id\": \"lathes\", \"zh\": \"车床\", \"weight\": \"2\", \"seasonality\": \"even\"},\n"
    "  {\"id\": \"parts\", \"stage\": \"growth\", \"weight\": \"1\", \"seasonality\": \"even\"}]}"
    "THIS IS NOT JSON";

/* Units in the plan's depth-first order, lines in the document's. */
enum { COMPANY, EAST, EAST_LI, EAST_WANG, WEST };
enum { LATHES, PARTS };

static tandem_plan* load_small(void) {
  tandem_plan* plan = NULL;
  const size_t length = strlen(small_plan) - strlen("THIS IS NOT JSON");
  CHECK_OK(tandem_plan_load(small_plan, length, "small.json", &plan));
  return plan;
}

/* The saved document, malloc'ed (caller frees); NULL on failure. */
static char* saved(const tandem_plan* plan, size_t* length_out) {
  size_t length = 0, again = 0;
  char* text;
  if (tandem_plan_save(plan, NULL, 0, &length) != TANDEM_OK) return NULL;
  text = (char*)malloc(length + 1);
  if (text == NULL) return NULL;
  if (tandem_plan_save(plan, text, length + 1, &again) != TANDEM_OK || again != length) {
    free(text);
    return NULL;
  }
  *length_out = length;
  return text;
}

static int64_t total_of(const tandem_plan* plan, size_t unit, size_t product) {
  int64_t value = -1;
  CHECK_OK(tandem_plan_cell_total(plan, TANDEM_MEASURE_AMOUNT, unit, product, &value));
  return value;
}

static void test_names(void) {
  tandem_measure m = -1;
  tandem_sales_unit_kind k = -1;
  CHECK_OK(tandem_measure_from_name("Quantity", &m));
  CHECK(m == TANDEM_MEASURE_QUANTITY);
  CHECK(strcmp(tandem_measure_name(TANDEM_MEASURE_AMOUNT), "amount") == 0);
  CHECK(tandem_measure_name(2) == NULL && tandem_measure_name(-1) == NULL);
  CHECK_FAILS(tandem_measure_from_name("revenue", &m), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("name \"revenue\" is not a measure");
  CHECK(m == TANDEM_MEASURE_QUANTITY);
  CHECK_FAILS(tandem_measure_from_name(NULL, &m), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_measure_from_name("amount", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_OK(tandem_sales_unit_kind_from_name("DISTRIBUTOR", &k));
  CHECK(k == TANDEM_SALES_UNIT_DISTRIBUTOR);
  CHECK(strcmp(tandem_sales_unit_kind_name(TANDEM_SALES_UNIT_BRANCH), "branch") == 0);
  CHECK(tandem_sales_unit_kind_name(8) == NULL);
  CHECK_FAILS(tandem_sales_unit_kind_from_name("role", &k), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strcmp(tandem_share_basis_name(TANDEM_SHARE_REFERENCE), "reference") == 0);
  CHECK(tandem_share_basis_name(3) == NULL);
  CHECK(strcmp(tandem_seasonality_name(TANDEM_SEASONALITY_CALENDAR_DAYS), "calendar-days") == 0);
  CHECK(tandem_seasonality_name(-1) == NULL);
  CHECK(tandem_plan_document_schema_version() == 1);
}

static void test_queries(void) {
  tandem_plan* plan = load_small();
  tandem_fiscal_calendar* calendar = NULL;
  char text[64], first[TANDEM_DATE_SIZE], last[TANDEM_DATE_SIZE];
  size_t length = 0, index = 99, parent = 99, children = 99, subtree = 99, child = 99;
  bool found = false, has_parent = true, targeted = false;
  int32_t depth = -1, scale = -1, year = 0;
  int64_t annual = -1, min = 0, max = 0, fixed = 0;
  tandem_sales_unit_kind kind = -1;
  tandem_share_basis basis = -1;
  tandem_lifecycle_stage stage = -1;
  tandem_seasonality seasonality = -1;
  if (plan == NULL) return;

  CHECK_OK(tandem_plan_id(plan, text, sizeof text, &length));
  CHECK(strcmp(text, "small") == 0 && length == 5);
  CHECK_OK(tandem_plan_currency(plan, text, sizeof text, NULL));
  CHECK(strcmp(text, "CNY") == 0);
  CHECK_OK(tandem_plan_fiscal_year(plan, &year));
  CHECK(year == 2027);
  CHECK_OK(tandem_plan_measure(plan, TANDEM_MEASURE_AMOUNT, &targeted, &scale, &annual));
  CHECK(targeted && scale == 2 && annual == 120000);
  CHECK_OK(tandem_plan_measure(plan, TANDEM_MEASURE_QUANTITY, &targeted, &scale, &annual));
  CHECK(!targeted && scale == 0 && annual == 0);
  CHECK_OK(tandem_plan_calendar(plan, &calendar));
  CHECK_OK(tandem_fiscal_calendar_year(calendar, 2027, first, sizeof first, last, sizeof last));
  CHECK(strcmp(first, "2026-04-01") == 0 && strcmp(last, "2027-03-31") == 0);
  tandem_fiscal_calendar_destroy(calendar);

  /* Units: depth-first, children in the document's order. */
  CHECK(tandem_plan_unit_count(plan) == 5);
  CHECK_OK(tandem_plan_unit_id(plan, EAST_WANG, text, sizeof text, NULL));
  CHECK(strcmp(text, "east_wang") == 0);
  CHECK_OK(tandem_plan_unit_id(plan, WEST, text, sizeof text, NULL));
  CHECK(strcmp(text, "west") == 0);
  CHECK_OK(tandem_plan_find_unit(plan, "east_li", &found, &index));
  CHECK(found && index == EAST_LI);
  index = 99;
  CHECK_OK(tandem_plan_find_unit(plan, "north", &found, &index));
  CHECK(!found && index == 99);
  CHECK_OK(tandem_plan_unit_name(plan, EAST, TANDEM_LANG_ZH, text, sizeof text, NULL));
  CHECK(strcmp(text, "华东区") == 0);
  CHECK_OK(tandem_plan_unit_name(plan, EAST, TANDEM_LANG_EN, text, sizeof text, &length));
  CHECK(strcmp(text, "") == 0 && length == 0);
  CHECK_OK(tandem_plan_unit_name(plan, COMPANY, TANDEM_LANG_EN, text, sizeof text, NULL));
  CHECK(strcmp(text, "Company") == 0);
  CHECK_OK(tandem_plan_unit_tree(plan, COMPANY, &has_parent, &parent, &depth, &children, &subtree));
  CHECK(!has_parent && parent == 99 && depth == 0 && children == 2 && subtree == 5);
  CHECK_OK(tandem_plan_unit_tree(plan, EAST_WANG, &has_parent, &parent, &depth, &children, &subtree));
  CHECK(has_parent && parent == EAST && depth == 2 && children == 0 && subtree == 1);
  CHECK_OK(tandem_plan_unit_tree(plan, EAST, NULL, NULL, NULL, NULL, NULL));
  CHECK_OK(tandem_plan_unit_child(plan, COMPANY, 1, &child));
  CHECK(child == WEST);
  CHECK_FAILS(tandem_plan_unit_child(plan, COMPANY, 2, &child), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("child 2 is out of range: unit 0 has 2 children");
  CHECK_OK(tandem_plan_unit_info(plan, EAST_WANG, &kind, &basis));
  CHECK(kind == TANDEM_SALES_UNIT_AGENT && basis == TANDEM_SHARE_WEIGHT);
  CHECK_OK(tandem_plan_unit_info(plan, WEST, &kind, &basis));
  CHECK(kind == TANDEM_SALES_UNIT_REGION && basis == TANDEM_SHARE_REFERENCE);
  CHECK_OK(tandem_plan_unit_weight(plan, WEST, text, sizeof text, NULL));
  CHECK(strcmp(text, "1.0") == 0); /* as written */
  CHECK_OK(tandem_plan_unit_weight(plan, EAST_LI, text, sizeof text, NULL));
  CHECK(strcmp(text, "1") == 0); /* the default */
  CHECK_OK(tandem_plan_unit_bounds(plan, EAST, TANDEM_MEASURE_AMOUNT, &min, &max, &fixed));
  CHECK(min == TANDEM_NONE && max == TANDEM_NONE && fixed == TANDEM_NONE);

  /* Product lines. */
  CHECK(tandem_plan_product_count(plan) == 2);
  CHECK_OK(tandem_plan_find_product(plan, "parts", &found, &index));
  CHECK(found && index == PARTS);
  CHECK_OK(tandem_plan_product_id(plan, LATHES, text, sizeof text, NULL));
  CHECK(strcmp(text, "lathes") == 0);
  CHECK_OK(tandem_plan_product_name(plan, LATHES, TANDEM_LANG_ZH, text, sizeof text, NULL));
  CHECK(strcmp(text, "车床") == 0);
  CHECK_OK(tandem_plan_product_info(plan, PARTS, &stage, &basis, &seasonality));
  CHECK(stage == TANDEM_LIFECYCLE_GROWTH && basis == TANDEM_SHARE_WEIGHT && seasonality == TANDEM_SEASONALITY_EVEN);
  CHECK_OK(tandem_plan_product_info(plan, LATHES, &stage, NULL, NULL));
  CHECK(stage == TANDEM_LIFECYCLE_MATURITY);
  CHECK_OK(tandem_plan_product_weight(plan, LATHES, text, sizeof text, NULL));
  CHECK(strcmp(text, "2") == 0);
  CHECK_OK(tandem_plan_product_bounds(plan, PARTS, TANDEM_MEASURE_AMOUNT, &min, NULL, NULL));
  CHECK(min == TANDEM_NONE);

  /* Months: FY2027 from April. */
  CHECK(tandem_plan_month_count(plan) == 12);
  CHECK_OK(tandem_plan_month_label(plan, 0, text, sizeof text, NULL));
  CHECK(strcmp(text, "2026-04") == 0);
  CHECK_OK(tandem_plan_month_label(plan, 11, text, sizeof text, NULL));
  CHECK(strcmp(text, "2027-03") == 0);
  CHECK_OK(tandem_plan_month_dates(plan, 10, first, sizeof first, last, sizeof last));
  CHECK(strcmp(first, "2027-02-01") == 0 && strcmp(last, "2027-02-28") == 0);

  /* Errors: NULL, indexes, enumeration values; outputs untouched. */
  CHECK(tandem_plan_unit_count(NULL) == 0 && tandem_plan_product_count(NULL) == 0 &&
        tandem_plan_month_count(NULL) == 0);
  CHECK_FAILS(tandem_plan_id(NULL, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("plan is NULL");
  CHECK_FAILS(tandem_plan_id(plan, NULL, 4, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("buffer is NULL but capacity is 4");
  CHECK_FAILS(tandem_plan_unit_id(plan, 5, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unit 5 is out of range: the plan has 5 units");
  CHECK_FAILS(tandem_plan_unit_name(plan, 0, 2, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("2 is not a tandem_lang");
  CHECK_FAILS(tandem_plan_product_id(plan, 2, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("product line 2 is out of range: the plan has 2 product lines");
  CHECK_FAILS(tandem_plan_product_id(plan, TANDEM_ALL_PRODUCTS, text, sizeof text, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_month_label(plan, 12, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("month 12 is out of range: the plan has 12 months");
  CHECK_FAILS(tandem_plan_month_dates(plan, 0, first, 10, last, sizeof last), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_find_unit(plan, NULL, &found, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("id is NULL");
  CHECK_FAILS(tandem_plan_find_product(plan, "parts", NULL, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_measure(plan, 2, &targeted, NULL, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("2 is not a tandem_measure");
  CHECK_FAILS(tandem_plan_unit_bounds(plan, 0, -1, &min, NULL, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_calendar(plan, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_unit_tree(NULL, 0, NULL, NULL, NULL, NULL, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(min == TANDEM_NONE && child == WEST);
  tandem_plan_destroy(plan);
  tandem_plan_destroy(NULL);
}

static void test_targets(void) {
  tandem_plan* plan = load_small();
  int64_t months[12], value = -1, sum;
  size_t unit, t, resplit = 99, respread = 99;
  static const int64_t west_parts[12] = {900, 900, 900, 900, 800, 800, 800, 800, 800, 800, 800, 800};
  if (plan == NULL) return;

  CHECK(total_of(plan, COMPANY, LATHES) == 80000 && total_of(plan, COMPANY, PARTS) == 40000);
  CHECK_OK(tandem_plan_unit_total(plan, TANDEM_MEASURE_AMOUNT, EAST, &value));
  CHECK(value == 90000);
  CHECK_OK(tandem_plan_unit_total(plan, TANDEM_MEASURE_AMOUNT, WEST, &value));
  CHECK(value == 30000);
  CHECK(total_of(plan, EAST_LI, TANDEM_ALL_PRODUCTS) == 30000);
  CHECK(total_of(plan, EAST_WANG, TANDEM_ALL_PRODUCTS) == 60000);
  CHECK(total_of(plan, EAST, LATHES) == 60000 && total_of(plan, WEST, PARTS) == 10000);
  CHECK(total_of(plan, EAST_LI, LATHES) == 20000 && total_of(plan, EAST_WANG, PARTS) == 20000);
  /* 100.00 over 12 months in whole yuan: four 9s and eight 8s, ties to the earlier. */
  CHECK_OK(tandem_plan_monthly(plan, TANDEM_MEASURE_AMOUNT, WEST, PARTS, months, 12));
  CHECK(memcmp(months, west_parts, sizeof months) == 0);
  CHECK_OK(tandem_plan_target(plan, TANDEM_MEASURE_AMOUNT, WEST, PARTS, 4, &value));
  CHECK(value == 800);
  /* Every level sums to its parent: a unit's month is its leaves', its total its months'. */
  for (t = 0; t < 12; ++t) {
    int64_t company = 0, li = 0, wang = 0, west = 0;
    CHECK_OK(tandem_plan_target(plan, TANDEM_MEASURE_AMOUNT, COMPANY, TANDEM_ALL_PRODUCTS, t, &company));
    CHECK_OK(tandem_plan_target(plan, TANDEM_MEASURE_AMOUNT, EAST_LI, TANDEM_ALL_PRODUCTS, t, &li));
    CHECK_OK(tandem_plan_target(plan, TANDEM_MEASURE_AMOUNT, EAST_WANG, TANDEM_ALL_PRODUCTS, t, &wang));
    CHECK_OK(tandem_plan_target(plan, TANDEM_MEASURE_AMOUNT, WEST, TANDEM_ALL_PRODUCTS, t, &west));
    CHECK(company == li + wang + west);
  }
  for (unit = 0; unit < 5; ++unit) {
    CHECK_OK(tandem_plan_monthly(plan, TANDEM_MEASURE_AMOUNT, unit, TANDEM_ALL_PRODUCTS, months, 12));
    for (sum = 0, t = 0; t < 12; ++t) sum += months[t];
    CHECK(sum == total_of(plan, unit, LATHES) + total_of(plan, unit, PARTS));
  }
  CHECK_OK(tandem_plan_last_replan(plan, &resplit, &respread));
  CHECK(resplit == 2 && respread == 6); /* the company and east; 3 leaves x 2 lines */

  /* Errors; outputs untouched. */
  value = -7;
  CHECK_FAILS(tandem_plan_unit_total(plan, TANDEM_MEASURE_QUANTITY, 0, &value), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("the plan does not target quantity");
  CHECK_FAILS(tandem_plan_unit_total(plan, 9, 0, &value), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_unit_total(plan, TANDEM_MEASURE_AMOUNT, 5, &value), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_unit_total(plan, TANDEM_MEASURE_AMOUNT, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("out is NULL");
  CHECK_FAILS(tandem_plan_cell_total(plan, TANDEM_MEASURE_AMOUNT, 0, 2, &value), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_target(plan, TANDEM_MEASURE_AMOUNT, 0, LATHES, 12, &value), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_plan_target(NULL, TANDEM_MEASURE_AMOUNT, 0, LATHES, 0, &value), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_monthly(plan, TANDEM_MEASURE_AMOUNT, 0, LATHES, months, 11), TANDEM_E_INVALID_ARGUMENT,
              -1);
  MESSAGE_IS("count 11 is not the month count 12");
  CHECK_FAILS(tandem_plan_monthly(plan, TANDEM_MEASURE_AMOUNT, 0, LATHES, NULL, 12), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_last_replan(NULL, NULL, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(value == -7);
  tandem_plan_destroy(plan);
}

static void test_load_errors(void) {
  static const char problems[] =
      "{\"schema_version\": 1, \"colour\": 1, \"fiscal_year\": 2027, \"measures\": [\"amount\"],\n"
      " \"annual_target\": {\"amount\": 100}, \"units\": [{\"id\": \"company\"}], \"products\": []}";
  static const char infeasible[] =
      "{\"schema_version\": 1, \"fiscal_year\": 2027, \"measures\": [\"amount\"],\n"
      " \"annual_target\": {\"amount\": \"100\"}, \"units\": [{\"id\": \"company\"},\n"
      " {\"id\": \"east\", \"parent\": \"company\", \"bounds\": {\"amount\": {\"fixed\": \"200\"}}}],\n"
      " \"products\": [{\"id\": \"lathes\"}]}";
  tandem_plan* untouched = (tandem_plan*)&untouched;
  const size_t length = strlen(small_plan) - strlen("THIS IS NOT JSON");

  /* Every problem of the document, one per line, in file order. */
  CHECK_FAILS(tandem_plan_load(problems, strlen(problems), "p.json", &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("p.json: $.colour: unknown key");
  MESSAGE_HAS("\np.json: $.annual_target.amount: expected a decimal string, got the integer 100");
  /* A valid document whose numbers do not fit: decomposing says so, naming the unit. */
  CHECK_FAILS(tandem_plan_load(infeasible, strlen(infeasible), NULL, &untouched), TANDEM_E_INFEASIBLE, -1);
  MESSAGE_HAS("'east'");
  /* The length counts, not a NUL. */
  CHECK_FAILS(tandem_plan_load(small_plan, strlen(small_plan), "small.json", &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("small.json: $: ");
  CHECK_FAILS(tandem_plan_load(NULL, 0, NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("<memory>: $: ");
  CHECK_FAILS(tandem_plan_load(NULL, 3, NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("json is NULL but length is 3");
  CHECK_FAILS(tandem_plan_load(small_plan, length, NULL, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("out is NULL");
  CHECK_FAILS(tandem_plan_load_file(TANDEM_TEST_SCRATCH_DIR "/no-such-dir/plan.json", &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("cannot read '" TANDEM_TEST_SCRATCH_DIR "/no-such-dir/plan.json': No such file or directory");
  CHECK_FAILS(tandem_plan_load_file(NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("path is NULL");
  CHECK_FAILS(tandem_plan_load_file(TANDEM_EXAMPLE_PLAN_JSON, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched == (tandem_plan*)&untouched);
}

static void test_save_round_trip_and_clone(void) {
  tandem_plan* plan = load_small();
  tandem_plan* again = NULL;
  tandem_plan* copy = NULL;
  tandem_plan* example = NULL;
  char* first = NULL;
  char* second = NULL;
  char small[8];
  size_t first_length = 0, second_length = 0, length = 0;
  if (plan == NULL) return;

  first = saved(plan, &first_length);
  CHECK(first != NULL);
  if (first != NULL) {
    CHECK(first_length > 0 && first[first_length - 1] == '\n');
    CHECK(strncmp(first, "{\n  \"schema_version\": 1", 23) == 0);
    CHECK_OK(tandem_plan_load(first, first_length, "saved.json", &again));
    second = saved(again, &second_length);
    CHECK(second != NULL && second_length == first_length && memcmp(first, second, first_length) == 0);
    CHECK(total_of(again, EAST_WANG, PARTS) == total_of(plan, EAST_WANG, PARTS));
    CHECK_OK(tandem_plan_save(plan, small, sizeof small, &length));
    CHECK(length == first_length && strncmp(small, first, 7) == 0 && small[7] == '\0');
  }
  CHECK_FAILS(tandem_plan_save(NULL, small, sizeof small, &length), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_save(plan, NULL, 1, &length), TANDEM_E_INVALID_ARGUMENT, -1);

  /* A copy is independent of its original. */
  CHECK_OK(tandem_plan_clone(plan, &copy));
  CHECK_OK(tandem_plan_set_weight(copy, "west", "3"));
  CHECK(total_of(copy, WEST, TANDEM_ALL_PRODUCTS) == 60000);
  CHECK(total_of(plan, WEST, TANDEM_ALL_PRODUCTS) == 30000);
  CHECK_FAILS(tandem_plan_clone(NULL, &copy), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_clone(plan, NULL), TANDEM_E_INVALID_ARGUMENT, -1);

  /* The example plan of examples/plan loads; its company target is the annual one. */
  CHECK_OK(tandem_plan_load_file(TANDEM_EXAMPLE_PLAN_JSON, &example));
  if (example != NULL) {
    int64_t annual = 0, company = 0;
    CHECK_OK(tandem_plan_measure(example, TANDEM_MEASURE_AMOUNT, NULL, NULL, &annual));
    CHECK_OK(tandem_plan_unit_total(example, TANDEM_MEASURE_AMOUNT, 0, &company));
    CHECK(annual > 0 && company == annual);
  }
  free(first);
  free(second);
  tandem_plan_destroy(example);
  tandem_plan_destroy(copy);
  tandem_plan_destroy(again);
  tandem_plan_destroy(plan);
}

/* A failed edit leaves everything as it was: the document and every target. */
static void check_unchanged(const tandem_plan* plan, const char* before, size_t before_length,
                            const int64_t* targets_before) {
  size_t length = 0, unit;
  char* now = saved(plan, &length);
  CHECK(now != NULL && length == before_length && memcmp(now, before, length) == 0);
  free(now);
  for (unit = 0; unit < 5; ++unit) CHECK(total_of(plan, unit, LATHES) == targets_before[unit]);
}

static void test_edits(void) {
  tandem_plan* plan = load_small();
  char* before = NULL;
  size_t before_length = 0, unit, resplit = 0, respread = 0;
  int64_t targets[5], value = 0, min = 0, fixed = 0;
  char text[32];
  if (plan == NULL) return;

  /* Weights re-plan the siblings only. */
  CHECK_OK(tandem_plan_set_weight(plan, "east_li", "2.5"));
  CHECK(total_of(plan, EAST_LI, TANDEM_ALL_PRODUCTS) == 50000 && total_of(plan, EAST_WANG, TANDEM_ALL_PRODUCTS) == 40000);
  CHECK(total_of(plan, WEST, TANDEM_ALL_PRODUCTS) == 30000);
  CHECK_OK(tandem_plan_last_replan(plan, &resplit, &respread));
  CHECK(resplit == 1 && respread == 4); /* east; its 2 leaves x 2 lines */
  CHECK_OK(tandem_plan_unit_weight(plan, EAST_LI, text, sizeof text, NULL));
  CHECK(strcmp(text, "2.5") == 0);
  /* The annual target re-plans everything in proportion. */
  CHECK_OK(tandem_plan_set_annual_target(plan, TANDEM_MEASURE_AMOUNT, 240000));
  CHECK_OK(tandem_plan_measure(plan, TANDEM_MEASURE_AMOUNT, NULL, NULL, &value));
  CHECK(value == 240000);
  CHECK(total_of(plan, EAST_LI, TANDEM_ALL_PRODUCTS) == 100000 && total_of(plan, WEST, TANDEM_ALL_PRODUCTS) == 60000);
  /* Bounds and locks. */
  CHECK_OK(tandem_plan_set_bounds(plan, "west", TANDEM_MEASURE_AMOUNT, TANDEM_NONE, TANDEM_NONE, 40000));
  CHECK(total_of(plan, WEST, TANDEM_ALL_PRODUCTS) == 40000 && total_of(plan, EAST, TANDEM_ALL_PRODUCTS) == 200000);
  CHECK_OK(tandem_plan_unit_bounds(plan, WEST, TANDEM_MEASURE_AMOUNT, &min, NULL, &fixed));
  CHECK(min == TANDEM_NONE && fixed == 40000);
  CHECK_OK(tandem_plan_set_bounds(plan, "west", TANDEM_MEASURE_AMOUNT, TANDEM_NONE, TANDEM_NONE, TANDEM_NONE));
  CHECK(total_of(plan, WEST, TANDEM_ALL_PRODUCTS) == 60000);
  /* Product lines, the mix, a month's lock. */
  CHECK_OK(tandem_plan_set_product_weight(plan, "parts", "2"));
  CHECK(total_of(plan, COMPANY, PARTS) == 120000);
  CHECK_OK(tandem_plan_set_product_bounds(plan, "parts", TANDEM_MEASURE_AMOUNT, TANDEM_NONE, 100000, TANDEM_NONE));
  CHECK(total_of(plan, COMPANY, PARTS) == 100000 && total_of(plan, COMPANY, LATHES) == 140000);
  CHECK_OK(tandem_plan_product_bounds(plan, PARTS, TANDEM_MEASURE_AMOUNT, NULL, &value, NULL));
  CHECK(value == 100000);
  CHECK_OK(tandem_plan_set_mix(plan, "west", "parts", "1"));
  CHECK(total_of(plan, WEST, LATHES) == 0 && total_of(plan, WEST, PARTS) == 60000);
  CHECK(total_of(plan, EAST, PARTS) == 40000);
  CHECK_OK(tandem_plan_set_period_bounds(plan, "east_li", "lathes", "2026-08", TANDEM_MEASURE_AMOUNT, TANDEM_NONE,
                                         TANDEM_NONE, 5000));
  CHECK_OK(tandem_plan_target(plan, TANDEM_MEASURE_AMOUNT, EAST_LI, LATHES, 4, &value));
  CHECK(value == 5000);
  CHECK_OK(tandem_plan_last_replan(plan, &resplit, &respread));
  CHECK(resplit == 0 && respread == 1); /* one leaf cell */

  /* Failing edits change nothing. */
  before = saved(plan, &before_length);
  CHECK(before != NULL);
  if (before == NULL) {
    tandem_plan_destroy(plan);
    return;
  }
  for (unit = 0; unit < 5; ++unit) targets[unit] = total_of(plan, unit, LATHES);
  CHECK_FAILS(tandem_plan_set_bounds(plan, "east", TANDEM_MEASURE_AMOUNT, TANDEM_NONE, TANDEM_NONE, 300000),
              TANDEM_E_INFEASIBLE, -1);
  MESSAGE_HAS("'company'");
  check_unchanged(plan, before, before_length, targets);
  CHECK_FAILS(tandem_plan_set_mix(plan, "east", "parts", "0"), TANDEM_E_INFEASIBLE, -1);
  check_unchanged(plan, before, before_length, targets);
  CHECK_FAILS(tandem_plan_set_weight(plan, "north", "1"), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("unknown unit 'north'");
  CHECK_FAILS(tandem_plan_set_weight(plan, "east", "1,5"), TANDEM_E_PARSE, -1);
  MESSAGE_HAS("weight \"1,5\"");
  CHECK_FAILS(tandem_plan_set_weight(plan, "east", "-1"), TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_plan_set_weight(plan, "east", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("weight is NULL");
  CHECK_FAILS(tandem_plan_set_weight(plan, NULL, "1"), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unit is NULL");
  CHECK_FAILS(tandem_plan_set_weight(NULL, "east", "1"), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("plan is NULL");
  CHECK_FAILS(tandem_plan_set_bounds(plan, "east", TANDEM_MEASURE_QUANTITY, 1, TANDEM_NONE, TANDEM_NONE),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("does not target quantity");
  CHECK_FAILS(tandem_plan_set_bounds(plan, "east", 5, 1, TANDEM_NONE, TANDEM_NONE), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_set_bounds(plan, "east", TANDEM_MEASURE_AMOUNT, 9000, 100, TANDEM_NONE),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unit 'east': amount minimum above its maximum");
  CHECK_FAILS(tandem_plan_set_bounds(plan, "east", TANDEM_MEASURE_AMOUNT, -5, TANDEM_NONE, TANDEM_NONE),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_set_product_weight(plan, "drills", "1"), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("unknown product line 'drills'");
  CHECK_FAILS(tandem_plan_set_product_bounds(plan, "parts", TANDEM_MEASURE_AMOUNT, 250000, TANDEM_NONE,
                                             TANDEM_NONE),
              TANDEM_E_INFEASIBLE, -1);
  CHECK_FAILS(tandem_plan_set_mix(plan, "company", "parts", "1"), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_set_mix(plan, "east", NULL, "1"), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("product is NULL");
  CHECK_FAILS(tandem_plan_set_period_bounds(plan, "east_li", "lathes", "2026-13", TANDEM_MEASURE_AMOUNT,
                                            TANDEM_NONE, TANDEM_NONE, 1),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("no month of the plan is labelled '2026-13'");
  CHECK_FAILS(tandem_plan_set_period_bounds(plan, "east", "lathes", "2026-05", TANDEM_MEASURE_AMOUNT, TANDEM_NONE,
                                            TANDEM_NONE, 1),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_set_period_bounds(plan, "east_li", "lathes", NULL, TANDEM_MEASURE_AMOUNT, TANDEM_NONE,
                                            TANDEM_NONE, 1),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_set_annual_target(plan, TANDEM_MEASURE_AMOUNT, -1), TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_plan_set_annual_target(plan, TANDEM_MEASURE_QUANTITY, 5), TANDEM_E_INVALID_ARGUMENT, -1);
  check_unchanged(plan, before, before_length, targets);
  free(before);
  tandem_plan_destroy(plan);
}

static const char sales_csv[] =
    "unit,product,date,amount\n"
    "east_li,lathes,2026-04-10,50.00\n"
    "east_wang,parts,2026-05-20,25.00\n"
    "east_li,lathes,2026-04-11,-5.00\n"
    "west,lathes,2026-07-01,1000\n";

static void test_actuals(void) {
  static const char not_a_leaf[] = "unit,product,date,amount\neast,lathes,2026-04-10,1\n";
  static const char too_precise[] = "unit,product,date,amount\neast_li,lathes,2026-04-10,1.005\n";
  tandem_plan* plan = load_small();
  tandem_actuals* booked = NULL;
  tandem_actuals* loaded = NULL;
  tandem_actuals* untouched = (tandem_actuals*)&untouched;
  int64_t value = -1;
  bool has = true;
  char date[TANDEM_DATE_SIZE] = "unchanged";
  size_t unit, t;
  if (plan == NULL) return;

  CHECK_OK(tandem_actuals_create(plan, &booked));
  CHECK(tandem_actuals_rows(booked) == 0);
  CHECK_OK(tandem_actuals_last_date(booked, &has, date, sizeof date));
  CHECK(!has && strcmp(date, "unchanged") == 0);
  CHECK_OK(tandem_actuals_add(booked, plan, "east_li", "lathes", "2026-04-10", 5000, 0));
  CHECK_OK(tandem_actuals_add(booked, plan, "east_wang", "parts", "2026-05-20", 2500, 0));
  CHECK_OK(tandem_actuals_add(booked, plan, "east_li", "lathes", "2026-04-11", -500, 0));
  CHECK_OK(tandem_actuals_add(booked, plan, "west", "lathes", "2026-07-01", 100000, 0));
  CHECK(tandem_actuals_rows(booked) == 4);
  CHECK_OK(tandem_actuals_last_date(booked, &has, date, sizeof date));
  CHECK(has && strcmp(date, "2026-07-01") == 0);
  /* Rolled up: east's April is east_li's, the company's year everything. */
  CHECK_OK(tandem_actuals_actual(booked, TANDEM_MEASURE_AMOUNT, EAST, TANDEM_ALL_PRODUCTS, 0, &value));
  CHECK(value == 4500);
  CHECK_OK(tandem_actuals_actual(booked, TANDEM_MEASURE_AMOUNT, EAST, PARTS, 1, &value));
  CHECK(value == 2500);
  CHECK_OK(tandem_actuals_total(booked, TANDEM_MEASURE_AMOUNT, COMPANY, TANDEM_ALL_PRODUCTS, &value));
  CHECK(value == 107000);
  CHECK_OK(tandem_actuals_total(booked, TANDEM_MEASURE_AMOUNT, COMPANY, LATHES, &value));
  CHECK(value == 104500);

  /* The same sales from CSV give the same actuals everywhere. */
  CHECK_OK(tandem_actuals_load_csv(plan, sales_csv, strlen(sales_csv), "sales.csv", &loaded));
  CHECK(tandem_actuals_rows(loaded) == 4);
  for (unit = 0; unit < 5; ++unit) {
    for (t = 0; t < 12; ++t) {
      int64_t a = -1, b = -2;
      CHECK_OK(tandem_actuals_actual(booked, TANDEM_MEASURE_AMOUNT, unit, LATHES, t, &a));
      CHECK_OK(tandem_actuals_actual(loaded, TANDEM_MEASURE_AMOUNT, unit, LATHES, t, &b));
      CHECK(a == b);
    }
  }

  /* Errors: nothing is booked by a failing add. */
  CHECK_FAILS(tandem_actuals_add(booked, plan, "east", "lathes", "2026-04-10", 1, 0), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("'east' is not a leaf");
  CHECK_FAILS(tandem_actuals_add(booked, plan, "east_li", "drills", "2026-04-10", 1, 0), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_actuals_add(booked, plan, "east_li", "lathes", "2027-04-01", 1, 0), TANDEM_E_OUT_OF_RANGE, -1);
  MESSAGE_HAS("outside the plan's fiscal year");
  CHECK_FAILS(tandem_actuals_add(booked, plan, "east_li", "lathes", "2026-4-1", 1, 0), TANDEM_E_PARSE, -1);
  MESSAGE_HAS("date: ");
  CHECK_FAILS(tandem_actuals_add(booked, plan, "east_li", "lathes", "2026-04-10", 1, 3), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_actuals_add(booked, plan, "east_li", "lathes", "2026-04-10", INT64_MAX, 0), TANDEM_E_OVERFLOW,
              -1);
  CHECK_FAILS(tandem_actuals_add(NULL, plan, "east_li", "lathes", "2026-04-10", 1, 0), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_actuals_add(booked, NULL, "east_li", "lathes", "2026-04-10", 1, 0), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_actuals_add(booked, plan, NULL, "lathes", "2026-04-10", 1, 0), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(tandem_actuals_rows(booked) == 4);
  CHECK_OK(tandem_actuals_total(booked, TANDEM_MEASURE_AMOUNT, COMPANY, TANDEM_ALL_PRODUCTS, &value));
  CHECK(value == 107000);
  value = -3;
  CHECK_FAILS(tandem_actuals_actual(booked, TANDEM_MEASURE_QUANTITY, 0, LATHES, 0, &value),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_actuals_actual(booked, TANDEM_MEASURE_AMOUNT, 5, LATHES, 0, &value), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_actuals_actual(booked, TANDEM_MEASURE_AMOUNT, 0, 2, 0, &value), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_actuals_actual(booked, TANDEM_MEASURE_AMOUNT, 0, LATHES, 12, &value),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_actuals_total(NULL, TANDEM_MEASURE_AMOUNT, 0, LATHES, &value), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(value == -3);
  CHECK_FAILS(tandem_actuals_last_date(booked, &has, date, 4), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(tandem_actuals_rows(NULL) == 0);

  /* CSV errors name the source, the row and the column. */
  CHECK_FAILS(tandem_actuals_load_csv(plan, not_a_leaf, strlen(not_a_leaf), "s.csv", &untouched),
              TANDEM_E_INVALID_ARGUMENT, 0); /* the first data row */
  MESSAGE_HAS("s.csv");
  MESSAGE_HAS("row 2");
  CHECK_FAILS(tandem_actuals_load_csv(plan, too_precise, strlen(too_precise), NULL, &untouched),
              TANDEM_E_OUT_OF_RANGE, 0);
  MESSAGE_HAS("<memory>");
  CHECK_FAILS(tandem_actuals_load_csv(plan, NULL, 5, NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("csv is NULL but length is 5");
  CHECK_FAILS(tandem_actuals_load_csv(NULL, sales_csv, strlen(sales_csv), NULL, &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_actuals_load_csv(plan, sales_csv, strlen(sales_csv), NULL, NULL), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_actuals_load_csv_file(plan, TANDEM_TEST_SCRATCH_DIR "/no-such-dir/sales.csv", &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("cannot read '" TANDEM_TEST_SCRATCH_DIR "/no-such-dir/sales.csv': No such file or directory");
  CHECK_FAILS(tandem_actuals_load_csv_file(plan, NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched == (tandem_actuals*)&untouched);

  tandem_actuals_destroy(loaded);
  tandem_actuals_destroy(booked);
  tandem_actuals_destroy(NULL);
  tandem_plan_destroy(plan);
}

static void test_actuals_file(void) {
  const char* path = TANDEM_TEST_SCRATCH_DIR "/capi_plan_sales.csv";
  tandem_plan* plan = load_small();
  tandem_actuals* loaded = NULL;
  int64_t value = 0;
  FILE* file = fopen(path, "wb");
  CHECK(file != NULL && plan != NULL);
  if (file == NULL || plan == NULL) {
    if (file != NULL) fclose(file);
    tandem_plan_destroy(plan);
    return;
  }
  fputs(sales_csv, file);
  fclose(file);
  CHECK_OK(tandem_actuals_load_csv_file(plan, path, &loaded));
  CHECK_OK(tandem_actuals_total(loaded, TANDEM_MEASURE_AMOUNT, COMPANY, TANDEM_ALL_PRODUCTS, &value));
  CHECK(value == 107000);
  tandem_actuals_destroy(loaded);
  remove(path);
  tandem_plan_destroy(plan);
}

static void test_reports(void) {
  tandem_plan* plan = load_small();
  tandem_actuals* sales = NULL;
  tandem_plan_report* report = NULL;
  tandem_plan_report* untouched = (tandem_plan_report*)&untouched;
  tandem_plan_report_row row, kept;
  char text[32];
  size_t length = 0;
  if (plan == NULL) return;
  CHECK_OK(tandem_actuals_load_csv(plan, sales_csv, strlen(sales_csv), "sales.csv", &sales));

  /* east by quarter with its lines: 3 rows (east, lathes, parts) x 4 quarters. */
  CHECK_OK(tandem_plan_report_create(plan, sales, TANDEM_MEASURE_AMOUNT, TANDEM_PERIOD_QUARTER, "east", 0, true, NULL,
                                     &report));
  CHECK(tandem_plan_report_count(report) == 12);
  CHECK_OK(tandem_plan_report_get(report, 0, &row));
  CHECK(row.unit == EAST && row.product == TANDEM_ALL_PRODUCTS && !row.has_to_date);
  CHECK(row.actual == 7000 && row.variance == row.actual - row.target);
  {
    int64_t q1 = 0, month = 0;
    size_t t;
    for (t = 0; t < 3; ++t) {
      CHECK_OK(tandem_plan_target(plan, TANDEM_MEASURE_AMOUNT, EAST, TANDEM_ALL_PRODUCTS, t, &month));
      q1 += month;
    }
    CHECK(row.target == q1);
  }
  /* The exact attainment actual / target, in lowest terms. */
  CHECK(row.attainment_den > 0 && row.attainment_num * row.target == row.actual * row.attainment_den);
  CHECK_OK(tandem_plan_report_period(report, 0, text, sizeof text, &length));
  CHECK(strcmp(text, "FY2027 Q1") == 0 && length == 9);
  CHECK_OK(tandem_plan_report_get(report, 4, &row));
  CHECK(row.unit == EAST && row.product == LATHES);
  CHECK_OK(tandem_plan_report_period(report, 4, text, sizeof text, NULL));
  CHECK(strcmp(text, "FY2027 Q1") == 0);
  tandem_plan_report_destroy(report);

  /* A leaf over the year: 45.00 of 300.00 is 15.0%. */
  CHECK_OK(tandem_plan_report_create(plan, sales, TANDEM_MEASURE_AMOUNT, TANDEM_PERIOD_YEAR, "east_li", 0, false,
                                     NULL, &report));
  CHECK(tandem_plan_report_count(report) == 1);
  CHECK_OK(tandem_plan_report_get(report, 0, &row));
  CHECK(row.target == 30000 && row.actual == 4500 && row.variance == -25500);
  CHECK(row.attainment_num == 3 && row.attainment_den == 20);
  CHECK_OK(tandem_plan_report_percent(report, 0, false, 1, text, sizeof text, &length));
  CHECK(strcmp(text, "15.0") == 0 && length == 4);
  CHECK_OK(tandem_plan_report_percent(report, 0, true, 1, text, sizeof text, &length));
  CHECK(strcmp(text, "") == 0 && length == 0); /* no as-of date */
  CHECK_FAILS(tandem_plan_report_percent(report, 0, false, 16, text, sizeof text, NULL), TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_plan_report_percent(report, 1, false, 1, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT,
              -1);
  tandem_plan_report_destroy(report);

  /* Every unit at level 1, targets only, by month, to a date. */
  CHECK_OK(tandem_plan_report_create(plan, NULL, TANDEM_MEASURE_AMOUNT, TANDEM_PERIOD_MONTH, NULL, 1, false,
                                     "2026-05-15", &report));
  CHECK(tandem_plan_report_count(report) == 24);
  CHECK_OK(tandem_plan_report_get(report, 0, &row));
  CHECK(row.unit == EAST && row.actual == 0 && row.has_to_date && row.target_to_date == row.target);
  CHECK(row.attainment_num == 0 && row.attainment_den == 1);
  CHECK_OK(tandem_plan_report_get(report, 1, &row)); /* May, cut on the 15th */
  CHECK(row.has_to_date && row.target_to_date > 0 && row.target_to_date < row.target);
  CHECK_OK(tandem_plan_report_get(report, 2, &row)); /* June, after the date */
  CHECK(row.has_to_date && row.target_to_date == 0 && row.attainment_to_date_den == 0);
  CHECK_OK(tandem_plan_report_get(report, 12, &row));
  CHECK(row.unit == WEST);
  CHECK_OK(tandem_plan_report_period(report, 12, text, sizeof text, NULL));
  CHECK(strcmp(text, "2026-04") == 0);

  /* Errors; outputs untouched. */
  memset(&kept, 0x5a, sizeof kept);
  row = kept;
  CHECK_FAILS(tandem_plan_report_get(report, 24, &row), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("row 24 is out of range: the report has 24 rows");
  CHECK_FAILS(tandem_plan_report_get(report, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_report_get(NULL, 0, &row), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(memcmp(&row, &kept, sizeof row) == 0);
  CHECK_FAILS(tandem_plan_report_period(report, 0, NULL, 3, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(tandem_plan_report_count(NULL) == 0);
  tandem_plan_report_destroy(report);
  tandem_plan_report_destroy(NULL);

  CHECK_FAILS(tandem_plan_report_create(plan, sales, TANDEM_MEASURE_AMOUNT, TANDEM_PERIOD_WEEK, NULL, 0, true, NULL,
                                        &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("by 4 is not TANDEM_PERIOD_MONTH, _QUARTER, _HALF or _YEAR");
  CHECK_FAILS(tandem_plan_report_create(plan, sales, TANDEM_MEASURE_QUANTITY, TANDEM_PERIOD_MONTH, NULL, 0, true,
                                        NULL, &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_report_create(plan, sales, 3, TANDEM_PERIOD_MONTH, NULL, 0, true, NULL, &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_report_create(plan, sales, TANDEM_MEASURE_AMOUNT, TANDEM_PERIOD_MONTH, "north", 0, true,
                                        NULL, &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unknown unit \"north\"");
  CHECK_FAILS(tandem_plan_report_create(plan, sales, TANDEM_MEASURE_AMOUNT, TANDEM_PERIOD_MONTH, NULL, 3, true, NULL,
                                        &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_report_create(plan, sales, TANDEM_MEASURE_AMOUNT, TANDEM_PERIOD_MONTH, NULL, 0, true,
                                        "2027-04-01", &untouched),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_plan_report_create(plan, sales, TANDEM_MEASURE_AMOUNT, TANDEM_PERIOD_MONTH, NULL, 0, true,
                                        "someday", &untouched),
              TANDEM_E_PARSE, -1);
  MESSAGE_HAS("as_of: ");
  CHECK_FAILS(tandem_plan_report_create(NULL, sales, TANDEM_MEASURE_AMOUNT, TANDEM_PERIOD_MONTH, NULL, 0, true, NULL,
                                        &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_report_create(plan, sales, TANDEM_MEASURE_AMOUNT, TANDEM_PERIOD_MONTH, NULL, 0, true, NULL,
                                        NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched == (tandem_plan_report*)&untouched);
  tandem_actuals_destroy(sales);
  tandem_plan_destroy(plan);
}

/* What remains after June, re-planned: the closed months keep their actuals, and
 * sum(actuals) + sum(open targets) + unallocated == the cell's annual target. With
 * the carry policy the open months keep their targets, and the shortfall is
 * unallocated: east_li's lathes (200.00 by month: 17.00 x 8 then 16.00 x 4) sold
 * 45.00 in April, so 155.00 remain against 149.00 of open targets: 6.00 unallocated. */
static void test_revision(void) {
  tandem_plan* plan = load_small();
  tandem_actuals* sales = NULL;
  tandem_plan_revision* revision = NULL;
  tandem_plan_revision* untouched = (tandem_plan_revision*)&untouched;
  int64_t months[12], original[12], unallocated = -1, sum;
  size_t leaf, product, t, unit = 99;
  if (plan == NULL) return;
  CHECK_OK(tandem_actuals_load_csv(plan, sales_csv, strlen(sales_csv), "sales.csv", &sales));

  CHECK_OK(tandem_plan_respread_remaining(plan, sales, TANDEM_MEASURE_AMOUNT, "2026-06-30", TANDEM_SHORTFALL_SPREAD,
                                          TANDEM_SURPLUS_SPREAD, true, NULL, &revision));
  CHECK(tandem_plan_revision_closed_months(revision) == 3);
  CHECK(tandem_plan_revision_leaf_count(revision) == 3);
  CHECK_OK(tandem_plan_revision_leaf(revision, 2, &unit));
  CHECK(unit == WEST);
  for (leaf = 0; leaf < 3; ++leaf) {
    CHECK_OK(tandem_plan_revision_leaf(revision, leaf, &unit));
    for (product = 0; product < 2; ++product) {
      CHECK_OK(tandem_plan_revision_cell(revision, leaf, product, months, 12, &unallocated));
      for (sum = unallocated, t = 0; t < 12; ++t) sum += months[t];
      CHECK(sum == total_of(plan, unit, product));
      for (t = 0; t < 3; ++t) {
        int64_t actual = -1;
        CHECK_OK(tandem_actuals_actual(sales, TANDEM_MEASURE_AMOUNT, unit, product, t, &actual));
        CHECK(months[t] == actual);
      }
    }
  }
  tandem_plan_revision_destroy(revision);

  CHECK_OK(tandem_plan_respread_remaining(plan, sales, TANDEM_MEASURE_AMOUNT, "2026-06-30", TANDEM_SHORTFALL_CARRY,
                                          TANDEM_SURPLUS_SPREAD, true, NULL, &revision));
  CHECK_OK(tandem_plan_revision_cell(revision, 0, LATHES, months, 12, &unallocated));
  CHECK_OK(tandem_plan_monthly(plan, TANDEM_MEASURE_AMOUNT, EAST_LI, LATHES, original, 12));
  CHECK(months[0] == 4500 && months[1] == 0 && months[2] == 0);
  CHECK(memcmp(months + 3, original + 3, 9 * sizeof(int64_t)) == 0);
  CHECK(unallocated == 600);

  /* Errors; outputs untouched. */
  unallocated = -9;
  CHECK_FAILS(tandem_plan_revision_cell(revision, 3, 0, months, 12, &unallocated), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("leaf 3 is out of range: the revision has 3 leaves");
  CHECK_FAILS(tandem_plan_revision_cell(revision, 0, 2, months, 12, &unallocated), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_revision_cell(revision, 0, 0, months, 13, &unallocated), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_revision_cell(revision, 0, 0, NULL, 12, &unallocated), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_revision_leaf(revision, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_revision_leaf(NULL, 0, &unit), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(unallocated == -9);
  CHECK(tandem_plan_revision_closed_months(NULL) == 0 && tandem_plan_revision_leaf_count(NULL) == 0);
  tandem_plan_revision_destroy(revision);
  tandem_plan_revision_destroy(NULL);

  CHECK_FAILS(tandem_plan_respread_remaining(plan, sales, TANDEM_MEASURE_AMOUNT, "2026-04-15", 0, 0, true, NULL,
                                             &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("no month is closed on 2026-04-15");
  CHECK_FAILS(tandem_plan_respread_remaining(plan, sales, TANDEM_MEASURE_AMOUNT, "2027-03-31", 0, 0, true, NULL,
                                             &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_respread_remaining(plan, sales, TANDEM_MEASURE_AMOUNT, "2026-06-31", 0, 0, true, NULL,
                                             &untouched),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_plan_respread_remaining(plan, sales, TANDEM_MEASURE_AMOUNT, "June", 0, 0, true, NULL,
                                             &untouched),
              TANDEM_E_PARSE, -1);
  CHECK_FAILS(tandem_plan_respread_remaining(plan, sales, TANDEM_MEASURE_AMOUNT, "2026-06-30", 2, 0, true, NULL,
                                             &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("2 is not a tandem_shortfall_policy");
  CHECK_FAILS(tandem_plan_respread_remaining(plan, sales, TANDEM_MEASURE_AMOUNT, "2026-06-30", 0, -1, true, NULL,
                                             &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_respread_remaining(plan, sales, TANDEM_MEASURE_QUANTITY, "2026-06-30", 0, 0, true, NULL,
                                             &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_plan_respread_remaining(plan, NULL, TANDEM_MEASURE_AMOUNT, "2026-06-30", 0, 0, true, NULL,
                                             &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("actuals is NULL");
  CHECK_FAILS(tandem_plan_respread_remaining(plan, sales, TANDEM_MEASURE_AMOUNT, "2026-06-30", 0, 0, true, NULL,
                                             NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched == (tandem_plan_revision*)&untouched);
  tandem_actuals_destroy(sales);
  tandem_plan_destroy(plan);
}

/* Each function assigned to a pointer of the type it was published with (0.6.0): a
 * changed signature fails to compile. */
static void test_signatures(void) {
  tandem_status (*load)(const char*, size_t, const char*, tandem_plan**) = tandem_plan_load;
  tandem_status (*target)(const tandem_plan*, tandem_measure, size_t, size_t, size_t, int64_t*) = tandem_plan_target;
  tandem_status (*set_bounds)(tandem_plan*, const char*, tandem_measure, int64_t, int64_t, int64_t) =
      tandem_plan_set_bounds;
  tandem_status (*add)(tandem_actuals*, const tandem_plan*, const char*, const char*, const char*, int64_t,
                       int64_t) = tandem_actuals_add;
  tandem_status (*report)(const tandem_plan*, const tandem_actuals*, tandem_measure, tandem_period_kind, const char*,
                          int32_t, bool, const char*, tandem_plan_report**) = tandem_plan_report_create;
  CHECK(load != NULL && target != NULL && set_bounds != NULL && add != NULL && report != NULL);
  CHECK(sizeof(tandem_plan_report_row) == 2 * sizeof(size_t) + 8 * sizeof(int64_t) + 8);
  CHECK(offsetof(tandem_plan_report_row, has_to_date) == 2 * sizeof(size_t) + 8 * sizeof(int64_t));
}

int main(void) {
  test_names();
  test_queries();
  test_targets();
  test_load_errors();
  test_save_round_trip_and_clone();
  test_edits();
  test_actuals();
  test_actuals_file();
  test_reports();
  test_revision();
  test_signatures();
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
