/* Plans 1200.00 yuan for a company with two regions and two product lines: prints
   each unit's annual target, moves weight to the west region, shows a lock that
   cannot be met being refused with the plan left as it was, books two sales and
   reports the east region's attainment for the first quarter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tandem.h"

static const char document[] =
    "{\"schema_version\": 1, \"calendar\": {\"kind\": \"fiscal\", \"start_month\": 4},\n"
    " \"fiscal_year\": 2027, \"measures\": [\"amount\"], \"annual_target\": {\"amount\": \"1200.00\"},\n"
    " \"units\": [{\"id\": \"company\", \"kind\": \"company\"},\n"
    "           {\"id\": \"east\", \"kind\": \"region\", \"parent\": \"company\", \"weight\": \"3\"},\n"
    "           {\"id\": \"west\", \"kind\": \"region\", \"parent\": \"company\", \"weight\": \"1\"},\n"
    "           {\"id\": \"east_li\", \"kind\": \"person\", \"parent\": \"east\"},\n"
    "           {\"id\": \"east_wang\", \"kind\": \"person\", \"parent\": \"east\", \"weight\": \"2\"}],\n"
    " \"products\": [{\"id\": \"lathes\", \"weight\": \"2\"}, {\"id\": \"parts\", \"weight\": \"1\"}]}";

/* Prints the last error of this thread: status name and message. */
static int report(tandem_status status) {
  fprintf(stderr, "tandem: %s: %s\n", tandem_status_name(status), tandem_last_error_message());
  return EXIT_FAILURE;
}

/* Prints every unit's annual target, indented by depth, at the currency's scale. */
static tandem_status print_targets(const tandem_plan* plan) {
  char id[65], amount[32];
  int32_t depth = 0, scale = 0;
  int64_t total = 0;
  size_t unit;
  tandem_status status = tandem_plan_measure(plan, TANDEM_MEASURE_AMOUNT, NULL, &scale, NULL);
  for (unit = 0; status == TANDEM_OK && unit < tandem_plan_unit_count(plan); ++unit) {
    if ((status = tandem_plan_unit_id(plan, unit, id, sizeof id, NULL)) != TANDEM_OK ||
        (status = tandem_plan_unit_tree(plan, unit, NULL, NULL, &depth, NULL, NULL)) != TANDEM_OK ||
        (status = tandem_plan_unit_total(plan, TANDEM_MEASURE_AMOUNT, unit, &total)) != TANDEM_OK ||
        (status = tandem_decimal_format(total, scale, amount, sizeof amount, NULL)) != TANDEM_OK) {
      break;
    }
    printf("%*s%s %s\n", 2 * depth, "", id, amount);
  }
  return status;
}

int main(void) {
  tandem_plan* plan = NULL;
  tandem_actuals* sales = NULL;
  tandem_plan_report* quarters = NULL;
  tandem_plan_report_row row;
  char period[32], percent[32];
  tandem_status status;

  status = tandem_plan_load(document, strlen(document), "plan.json", &plan);
  if (status != TANDEM_OK) return report(status);
  if ((status = print_targets(plan)) != TANDEM_OK) return report(status);

  /* West weighs as much as east now: only the regions and their people re-plan. */
  status = tandem_plan_set_weight(plan, "west", "3");
  if (status != TANDEM_OK) return report(status);
  if ((status = print_targets(plan)) != TANDEM_OK) return report(status);

  /* A lock above the company's target cannot be met: refused, nothing changes. */
  status = tandem_plan_set_bounds(plan, "east", TANDEM_MEASURE_AMOUNT, TANDEM_NONE, TANDEM_NONE, 130000);
  printf("lock east at 1300.00: %s\n", tandem_status_name(status));

  /* Two sales by east's people; the first quarter against its target. */
  if ((status = tandem_actuals_create(plan, &sales)) != TANDEM_OK ||
      (status = tandem_actuals_add(sales, plan, "east_li", "lathes", "2026-04-20", 9000, 0)) != TANDEM_OK ||
      (status = tandem_actuals_add(sales, plan, "east_wang", "parts", "2026-06-05", 6000, 0)) != TANDEM_OK ||
      (status = tandem_plan_report_create(plan, sales, TANDEM_MEASURE_AMOUNT, TANDEM_PERIOD_QUARTER, "east", 0,
                                          false, NULL, &quarters)) != TANDEM_OK ||
      (status = tandem_plan_report_get(quarters, 0, &row)) != TANDEM_OK ||
      (status = tandem_plan_report_period(quarters, 0, period, sizeof period, NULL)) != TANDEM_OK ||
      (status = tandem_plan_report_percent(quarters, 0, false, 1, percent, sizeof percent, NULL)) != TANDEM_OK) {
    return report(status);
  }
  printf("east %s: target %lld, actual %lld, %s%%\n", period, (long long)row.target, (long long)row.actual,
         percent);

  tandem_plan_report_destroy(quarters);
  tandem_actuals_destroy(sales);
  tandem_plan_destroy(plan);
  return EXIT_SUCCESS;
}
