/*
 * The "org: the marketing-sales loop" section of tandem.h in plain C: the names,
 * the flow spec builder, building a schedule and reading it back, the obligations
 * due in a range with their status on a day, the loop's health, and every error
 * status and message a caller can reach.
 *
 * The schedule (gregorian calendar; the catalog's marketing and sales departments
 * under a director):
 *   flow_s2m_07_regional_sales  sales -> marketing, monthly, due month end + 5
 *   flow_m2s_01_sales_promotion_plan  marketing -> sales, monthly, due month start - 5
 *   weekly_pipeline  host, sales -> marketing, weekly (ISO weeks), due on the Sunday
 *   promo_feedback   host, sales -> marketing, per campaign, due campaign end + 3
 *   duty mkt_resp_market_analysis_01_... (owned by marketing), quarterly, due + 10
 *   campaign spring_promo 2027-03-01..2027-03-15 (promo_feedback due 2027-03-18)
 * Worked out by hand: 2027-04-01 is a Thursday, so the ISO weeks ending on the April
 * Sundays 4, 11, 18, 25 are 2027-W13..W16 (W13 is 2027-03-29..04-04); due in April,
 * by due date: W13 04-04, regional 2027-03 04-05, the duty's 2027 Q1 04-10, W14
 * 04-11, W15 04-18, W16 04-25, the promotion plan for 2027-05 04-26.
 *
 * Exit status: 0 when every CHECK holds, 1 otherwise (each failure is printed).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "tandem.h"

#define MESSAGE_IS(text) CHECK(strcmp(tandem_last_error_message(), (text)) == 0)
#define MESSAGE_HAS(text) CHECK(strstr(tandem_last_error_message(), (text)) != NULL)

static const char* const regional = "flow_s2m_07_regional_sales";
static const char* const promotion_plan = "flow_m2s_01_sales_promotion_plan";
static const char* const analysis = "mkt_resp_market_analysis_01_trends_and_customer_relations";

static tandem_organisation* small_company(void) {
  tandem_organisation* org = NULL;
  CHECK_OK(tandem_organisation_create(&org));
  CHECK_OK(tandem_organisation_add_unit(org, "role_marketing_director", TANDEM_UNIT_ROLE, NULL, NULL, NULL, 0));
  CHECK_OK(tandem_organisation_add_unit(org, "org_marketing_department", TANDEM_UNIT_DEPARTMENT, NULL, NULL,
                                        "role_marketing_director", 0));
  CHECK_OK(tandem_organisation_add_unit(org, "org_sales_department", TANDEM_UNIT_DEPARTMENT, NULL, NULL,
                                        "role_marketing_director", 0));
  CHECK_OK(tandem_organisation_assign_duty(org, analysis, "org_marketing_department"));
  return org;
}

static tandem_loop_schedule* new_schedule(const tandem_organisation* org) {
  tandem_fiscal_calendar* calendar = NULL;
  tandem_loop_schedule* schedule = NULL;
  CHECK_OK(tandem_fiscal_calendar_create_gregorian(&calendar));
  CHECK_OK(tandem_loop_schedule_create(org, calendar, &schedule));
  tandem_fiscal_calendar_destroy(calendar); /* copied: not needed any more */
  return schedule;
}

static void add_flow(tandem_loop_schedule* schedule, const char* id, const char* en, tandem_flow_direction direction,
                     tandem_cadence every, tandem_due_anchor anchor, int32_t offset) {
  tandem_flow_spec* spec = NULL;
  CHECK_OK(tandem_flow_spec_create(id, &spec));
  if (en != NULL) CHECK_OK(tandem_flow_spec_set_names(spec, NULL, en));
  CHECK_OK(tandem_flow_spec_set_direction(spec, direction));
  CHECK_OK(tandem_flow_spec_set_cadence(spec, every));
  CHECK_OK(tandem_flow_spec_set_due(spec, anchor, offset));
  CHECK_OK(tandem_loop_schedule_add_flow(schedule, spec));
  tandem_flow_spec_destroy(spec);
}

/* The schedule of the introduction, without deliveries. */
static tandem_loop_schedule* april_schedule(void) {
  tandem_organisation* org = small_company();
  tandem_loop_schedule* schedule = new_schedule(org);
  tandem_organisation_destroy(org);
  add_flow(schedule, regional, NULL, TANDEM_FLOW_DIRECTION_UNSET, TANDEM_CADENCE_MONTHLY, TANDEM_DUE_PERIOD_END, 5);
  add_flow(schedule, promotion_plan, NULL, TANDEM_FLOW_MARKETING_TO_SALES, TANDEM_CADENCE_MONTHLY,
           TANDEM_DUE_PERIOD_START, -5);
  add_flow(schedule, "weekly_pipeline", "Weekly pipeline", TANDEM_FLOW_SALES_TO_MARKETING, TANDEM_CADENCE_WEEKLY,
           TANDEM_DUE_PERIOD_END, 0);
  add_flow(schedule, "promo_feedback", "Promotion feedback", TANDEM_FLOW_SALES_TO_MARKETING,
           TANDEM_CADENCE_PER_CAMPAIGN, TANDEM_DUE_PERIOD_END, 3);
  CHECK_OK(tandem_loop_schedule_schedule_duty(schedule, analysis, TANDEM_CADENCE_QUARTERLY, TANDEM_DUE_PERIOD_END,
                                              10));
  CHECK_OK(tandem_loop_schedule_add_campaign(schedule, "spring_promo", "春季促销", NULL, "2027-03-01",
                                             "2027-03-15"));
  return schedule;
}

static void test_names(void) {
  static const char* const cadences[6] = {"weekly", "monthly", "quarterly", "half_yearly", "yearly",
                                          "per_campaign"};
  static const char* const statuses[4] = {"pending", "on_time", "late", "missing"};
  tandem_flow_direction direction = -5;
  tandem_cadence cadence = -5;
  tandem_due_anchor anchor = -5;
  int32_t i;
  CHECK(TANDEM_FLOW_DIRECTION_UNSET == -1 && TANDEM_FLOW_MARKETING_TO_SALES == 0);
  CHECK(TANDEM_FLOW_SALES_TO_MARKETING == 1);
  CHECK(TANDEM_CADENCE_WEEKLY == 0 && TANDEM_CADENCE_PER_CAMPAIGN == 5);
  CHECK(TANDEM_DUE_PERIOD_START == 0 && TANDEM_DUE_PERIOD_END == 1);
  CHECK(TANDEM_ITEM_FLOW == 0 && TANDEM_ITEM_DUTY == 1);
  CHECK(TANDEM_OBLIGATION_PENDING == 0 && TANDEM_OBLIGATION_MISSING == 3);
  CHECK(TANDEM_MAX_DUE_OFFSET_DAYS == 366);

  CHECK(strcmp(tandem_flow_direction_name(0), "marketing_to_sales") == 0);
  CHECK(strcmp(tandem_flow_direction_name(1), "sales_to_marketing") == 0);
  CHECK(tandem_flow_direction_name(TANDEM_FLOW_DIRECTION_UNSET) == NULL && tandem_flow_direction_name(2) == NULL);
  CHECK_OK(tandem_flow_direction_from_name("Sales_To_Marketing", &direction));
  CHECK(direction == TANDEM_FLOW_SALES_TO_MARKETING);
  CHECK_FAILS(tandem_flow_direction_from_name("upwards", &direction), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("name \"upwards\" is not a flow direction");
  CHECK(direction == TANDEM_FLOW_SALES_TO_MARKETING);

  for (i = 0; i < 6; ++i) {
    CHECK(strcmp(tandem_cadence_name(i), cadences[i]) == 0);
    cadence = -5;
    CHECK_OK(tandem_cadence_from_name(cadences[i], &cadence));
    CHECK(cadence == i);
  }
  CHECK(tandem_cadence_name(-1) == NULL && tandem_cadence_name(6) == NULL);
  CHECK_OK(tandem_cadence_from_name("MONTHLY", &cadence));
  CHECK(cadence == TANDEM_CADENCE_MONTHLY);
  CHECK_FAILS(tandem_cadence_from_name("daily", &cadence), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("name \"daily\" is not a cadence");
  CHECK_FAILS(tandem_cadence_from_name(NULL, &cadence), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_cadence_from_name("weekly", NULL), TANDEM_E_INVALID_ARGUMENT, -1);

  CHECK(strcmp(tandem_due_anchor_name(0), "period_start") == 0);
  CHECK(strcmp(tandem_due_anchor_name(1), "period_end") == 0);
  CHECK(tandem_due_anchor_name(2) == NULL && tandem_due_anchor_name(-1) == NULL);
  CHECK_OK(tandem_due_anchor_from_name("period_end", &anchor));
  CHECK(anchor == TANDEM_DUE_PERIOD_END);
  CHECK_FAILS(tandem_due_anchor_from_name("middle", &anchor), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("name \"middle\" is not a due anchor");

  CHECK(strcmp(tandem_item_kind_name(0), "flow") == 0 && strcmp(tandem_item_kind_name(1), "duty") == 0);
  CHECK(tandem_item_kind_name(2) == NULL && tandem_item_kind_name(-1) == NULL);
  for (i = 0; i < 4; ++i) CHECK(strcmp(tandem_obligation_status_name(i), statuses[i]) == 0);
  CHECK(tandem_obligation_status_name(4) == NULL && tandem_obligation_status_name(-1) == NULL);
}

static void test_flow_spec_errors(void) {
  tandem_flow_spec* spec = NULL;
  tandem_flow_spec* untouched = (tandem_flow_spec*)&untouched;
  CHECK_FAILS(tandem_flow_spec_create(NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("id is NULL");
  CHECK_FAILS(tandem_flow_spec_create("x", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("out is NULL");
  CHECK(untouched == (tandem_flow_spec*)&untouched);
  CHECK_OK(tandem_flow_spec_create("x", &spec));
  CHECK_FAILS(tandem_flow_spec_set_direction(spec, 2), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("2 is not a tandem_flow_direction");
  CHECK_FAILS(tandem_flow_spec_set_direction(spec, -2), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_flow_spec_set_cadence(spec, 6), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("6 is not a tandem_cadence");
  CHECK_FAILS(tandem_flow_spec_set_due(spec, 2, 0), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("2 is not a tandem_due_anchor");
  CHECK_FAILS(tandem_flow_spec_set_names(NULL, "a", "b"), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("spec is NULL");
  CHECK_FAILS(tandem_flow_spec_set_units(NULL, "a", "b"), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_flow_spec_set_direction(NULL, 0), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_flow_spec_set_cadence(NULL, 0), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_flow_spec_set_due(NULL, 0, 0), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_OK(tandem_flow_spec_set_direction(spec, TANDEM_FLOW_DIRECTION_UNSET));
  CHECK_OK(tandem_flow_spec_set_units(spec, NULL, ""));
  tandem_flow_spec_destroy(spec);
  tandem_flow_spec_destroy(NULL);
}

static void test_building_and_reading_back(void) {
  tandem_loop_schedule* schedule = april_schedule();
  tandem_flow_direction direction = -5;
  tandem_cadence every = -5;
  tandem_due_anchor anchor = -5;
  int32_t offset = -999;
  bool from_catalog = true, found = false;
  size_t index = 99, length = 0;
  char text[256], first[TANDEM_DATE_SIZE], last[TANDEM_DATE_SIZE];
  tandem_organisation* org = NULL;
  tandem_fiscal_calendar* calendar = NULL;

  CHECK(tandem_loop_schedule_flow_count(schedule) == 4);
  CHECK(tandem_loop_schedule_flow_count(NULL) == 0);
  /* A catalog flow: names, direction, sender and receiver from the catalog and the
   * organisation's marketing and sales units. */
  CHECK_OK(tandem_loop_schedule_flow_id(schedule, 0, text, sizeof text, &length));
  CHECK(strcmp(text, regional) == 0 && length == strlen(regional));
  CHECK_OK(tandem_loop_schedule_flow_name(schedule, 0, TANDEM_LANG_EN, text, sizeof text, NULL));
  CHECK(strcmp(text, "Regional sales status") == 0);
  CHECK_OK(tandem_loop_schedule_flow_sender(schedule, 0, text, sizeof text, NULL));
  CHECK(strcmp(text, "org_sales_department") == 0);
  CHECK_OK(tandem_loop_schedule_flow_receiver(schedule, 0, text, sizeof text, NULL));
  CHECK(strcmp(text, "org_marketing_department") == 0);
  CHECK_OK(tandem_loop_schedule_flow_info(schedule, 0, &direction, &every, &anchor, &offset, &from_catalog));
  CHECK(direction == TANDEM_FLOW_SALES_TO_MARKETING && every == TANDEM_CADENCE_MONTHLY);
  CHECK(anchor == TANDEM_DUE_PERIOD_END && offset == 5 && from_catalog);
  CHECK_OK(tandem_loop_schedule_flow_info(schedule, 1, &direction, &every, &anchor, &offset, &from_catalog));
  CHECK(direction == TANDEM_FLOW_MARKETING_TO_SALES && anchor == TANDEM_DUE_PERIOD_START && offset == -5);
  CHECK_OK(tandem_loop_schedule_flow_sender(schedule, 1, text, sizeof text, NULL));
  CHECK(strcmp(text, "org_marketing_department") == 0);
  /* A host flow: the one name given stands for both. */
  CHECK_OK(tandem_loop_schedule_flow_name(schedule, 2, TANDEM_LANG_ZH, text, sizeof text, NULL));
  CHECK(strcmp(text, "Weekly pipeline") == 0);
  CHECK_OK(tandem_loop_schedule_flow_info(schedule, 2, NULL, &every, NULL, NULL, &from_catalog));
  CHECK(every == TANDEM_CADENCE_WEEKLY && !from_catalog);
  CHECK_OK(tandem_loop_schedule_find_flow(schedule, "promo_feedback", &found, &index));
  CHECK(found && index == 3);
  index = 99;
  CHECK_OK(tandem_loop_schedule_find_flow(schedule, analysis, &found, &index));
  CHECK(!found && index == 99);

  CHECK(tandem_loop_schedule_duty_count(schedule) == 1);
  CHECK_OK(tandem_loop_schedule_duty_get(schedule, 0, text, sizeof text, &length, &every, &anchor, &offset));
  CHECK(strcmp(text, analysis) == 0 && every == TANDEM_CADENCE_QUARTERLY && anchor == TANDEM_DUE_PERIOD_END);
  CHECK(offset == 10);

  CHECK(tandem_loop_schedule_campaign_count(schedule) == 1);
  CHECK_OK(tandem_loop_schedule_campaign_id(schedule, 0, text, sizeof text, NULL));
  CHECK(strcmp(text, "spring_promo") == 0);
  CHECK_OK(tandem_loop_schedule_campaign_name(schedule, 0, TANDEM_LANG_EN, text, sizeof text, NULL));
  CHECK(strcmp(text, "春季促销") == 0);
  CHECK_OK(tandem_loop_schedule_campaign_dates(schedule, 0, first, sizeof first, last, sizeof last));
  CHECK(strcmp(first, "2027-03-01") == 0 && strcmp(last, "2027-03-15") == 0);

  /* The copies out: independent of the schedule. */
  CHECK_OK(tandem_loop_schedule_organisation(schedule, &org));
  CHECK(tandem_organisation_unit_count(org) == 3);
  CHECK_OK(tandem_organisation_add_unit(org, "plant", TANDEM_UNIT_DEPARTMENT, "工厂", NULL, NULL, 0));
  tandem_organisation_destroy(org);
  CHECK_OK(tandem_loop_schedule_organisation(schedule, &org));
  CHECK(tandem_organisation_unit_count(org) == 3);
  tandem_organisation_destroy(org);
  CHECK_OK(tandem_loop_schedule_calendar(schedule, &calendar));
  CHECK_OK(tandem_fiscal_calendar_describe(calendar, text, sizeof text, NULL));
  CHECK(strlen(text) > 0);
  tandem_fiscal_calendar_destroy(calendar);

  /* Reader errors. */
  CHECK_FAILS(tandem_loop_schedule_flow_id(schedule, 4, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("index 4 is out of range: there are 4 flows");
  CHECK_FAILS(tandem_loop_schedule_flow_name(schedule, 0, 2, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_loop_schedule_flow_sender(NULL, 0, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("schedule is NULL");
  CHECK_FAILS(tandem_loop_schedule_flow_receiver(schedule, 0, NULL, 2, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("buffer is NULL but capacity is 2");
  CHECK_FAILS(tandem_loop_schedule_flow_info(schedule, 9, &direction, NULL, NULL, NULL, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_loop_schedule_find_flow(schedule, NULL, &found, &index), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_loop_schedule_find_flow(schedule, "x", NULL, &index), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_loop_schedule_duty_get(schedule, 1, text, sizeof text, NULL, NULL, NULL, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("index 1 is out of range: there are 1 scheduled duties");
  CHECK_FAILS(tandem_loop_schedule_campaign_id(schedule, 1, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT,
              -1);
  MESSAGE_IS("index 1 is out of range: there are 1 campaigns");
  CHECK_FAILS(tandem_loop_schedule_campaign_name(schedule, 0, 3, text, sizeof text, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_loop_schedule_campaign_dates(schedule, 0, first, 10, last, sizeof last),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("first_out holds 10 bytes; a date needs TANDEM_DATE_SIZE (11)");
  CHECK_FAILS(tandem_loop_schedule_campaign_dates(schedule, 0, first, sizeof first, NULL, 11),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("last_out is NULL");
  CHECK_FAILS(tandem_loop_schedule_organisation(schedule, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_loop_schedule_organisation(NULL, &org), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_loop_schedule_calendar(schedule, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_loop_schedule_calendar(NULL, &calendar), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(tandem_loop_schedule_duty_count(NULL) == 0 && tandem_loop_schedule_campaign_count(NULL) == 0);
  CHECK(tandem_loop_schedule_delivery_count(NULL) == 0);
  tandem_loop_schedule_destroy(schedule);
  tandem_loop_schedule_destroy(NULL);
}

static void test_building_errors(void) {
  tandem_organisation* org = small_company();
  tandem_organisation* bad = NULL;
  tandem_fiscal_calendar* calendar = NULL;
  tandem_loop_schedule* schedule = NULL;
  tandem_loop_schedule* untouched = (tandem_loop_schedule*)&untouched;
  tandem_flow_spec* spec = NULL;

  CHECK_OK(tandem_fiscal_calendar_create_gregorian(&calendar));
  CHECK_FAILS(tandem_loop_schedule_create(NULL, calendar, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("org is NULL");
  CHECK_FAILS(tandem_loop_schedule_create(org, NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("calendar is NULL");
  CHECK_FAILS(tandem_loop_schedule_create(org, calendar, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("out is NULL");
  CHECK_OK(tandem_organisation_clone(org, &bad));
  CHECK_OK(tandem_organisation_add_unit(bad, "east", TANDEM_UNIT_DEPARTMENT, "东区", NULL, "east_regon", 0));
  CHECK_FAILS(tandem_loop_schedule_create(bad, calendar, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unit 'east' reports to unknown superior 'east_regon'");
  CHECK(untouched == (tandem_loop_schedule*)&untouched);
  tandem_organisation_destroy(bad);
  CHECK_OK(tandem_loop_schedule_create(org, calendar, &schedule));
  tandem_fiscal_calendar_destroy(calendar);

  /* add_flow */
  CHECK_OK(tandem_flow_spec_create("weekly_pipeline", &spec));
  CHECK_FAILS(tandem_loop_schedule_add_flow(schedule, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("spec is NULL");
  CHECK_FAILS(tandem_loop_schedule_add_flow(NULL, spec), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("schedule is NULL");
  CHECK_FAILS(tandem_loop_schedule_add_flow(schedule, spec), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("flow 'weekly_pipeline' is not a catalog id and needs a zh or en name");
  /* Names must be UTF-8; the error names the flow and the field. */
  CHECK_OK(tandem_flow_spec_set_names(spec, "周报", "Weekly \xff"));
  CHECK_FAILS(tandem_loop_schedule_add_flow(schedule, spec), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("flow 'weekly_pipeline': the en name is not valid UTF-8");
  CHECK_OK(tandem_flow_spec_set_names(spec, "\xff", "Weekly"));
  CHECK_FAILS(tandem_loop_schedule_add_flow(schedule, spec), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("flow 'weekly_pipeline': the zh name is not valid UTF-8");
  CHECK_OK(tandem_flow_spec_set_names(spec, "周报", NULL));
  CHECK_FAILS(tandem_loop_schedule_add_flow(schedule, spec), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("flow 'weekly_pipeline' is not a catalog id and needs a direction");
  CHECK_OK(tandem_flow_spec_set_direction(spec, TANDEM_FLOW_SALES_TO_MARKETING));
  CHECK_OK(tandem_flow_spec_set_cadence(spec, TANDEM_CADENCE_WEEKLY));
  CHECK_OK(tandem_flow_spec_set_due(spec, TANDEM_DUE_PERIOD_END, 367));
  CHECK_FAILS(tandem_loop_schedule_add_flow(schedule, spec), TANDEM_E_OUT_OF_RANGE, -1);
  MESSAGE_IS("flow 'weekly_pipeline' has a due offset of 367 days: at most 366 days before or after the anchor day");
  CHECK_OK(tandem_flow_spec_set_due(spec, TANDEM_DUE_PERIOD_END, -366));
  CHECK_OK(tandem_flow_spec_set_units(spec, "org_sales_department", "ghost"));
  CHECK_FAILS(tandem_loop_schedule_add_flow(schedule, spec), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("flow 'weekly_pipeline' has unknown receiver 'ghost'");
  CHECK_OK(tandem_flow_spec_set_units(spec, "org_sales_department", "org_sales_department"));
  CHECK_FAILS(tandem_loop_schedule_add_flow(schedule, spec), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("flow 'weekly_pipeline' has the same unit 'org_sales_department' as sender and receiver (only a unit "
             "doing both marketing and sales may send to itself)");
  CHECK(tandem_loop_schedule_flow_count(schedule) == 0);
  CHECK_OK(tandem_flow_spec_set_units(spec, NULL, NULL));
  CHECK_OK(tandem_loop_schedule_add_flow(schedule, spec));
  CHECK_FAILS(tandem_loop_schedule_add_flow(schedule, spec), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("duplicate flow id 'weekly_pipeline'");
  tandem_flow_spec_destroy(spec);

  CHECK_OK(tandem_flow_spec_create(regional, &spec));
  CHECK_OK(tandem_flow_spec_set_direction(spec, TANDEM_FLOW_MARKETING_TO_SALES));
  CHECK_FAILS(tandem_loop_schedule_add_flow(schedule, spec), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("flow 'flow_s2m_07_regional_sales' is the catalog's sales_to_marketing flow and cannot go "
             "marketing_to_sales");
  tandem_flow_spec_destroy(spec);
  CHECK_OK(tandem_flow_spec_create("lifecycle_growth", &spec));
  CHECK_FAILS(tandem_loop_schedule_add_flow(schedule, spec), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("flow 'lifecycle_growth' is a catalog lifecycle_stage, not an information flow");
  tandem_flow_spec_destroy(spec);
  CHECK_OK(tandem_flow_spec_create("Weekly", &spec));
  CHECK_FAILS(tandem_loop_schedule_add_flow(schedule, spec), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("malformed flow id 'Weekly': must match [a-z][a-z0-9_]* and have at most 64 characters");
  tandem_flow_spec_destroy(spec);
  CHECK(tandem_loop_schedule_flow_count(schedule) == 1);

  /* schedule_duty */
  CHECK_FAILS(tandem_loop_schedule_schedule_duty(schedule, "ghost_duty", TANDEM_CADENCE_MONTHLY,
                                                  TANDEM_DUE_PERIOD_END, 0),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("cannot schedule unknown duty 'ghost_duty'");
  CHECK_FAILS(tandem_loop_schedule_schedule_duty(schedule, analysis, 6, TANDEM_DUE_PERIOD_END, 0),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("6 is not a tandem_cadence");
  CHECK_FAILS(tandem_loop_schedule_schedule_duty(schedule, analysis, TANDEM_CADENCE_MONTHLY, -1, 0),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("-1 is not a tandem_due_anchor");
  CHECK_FAILS(tandem_loop_schedule_schedule_duty(schedule, analysis, TANDEM_CADENCE_MONTHLY, TANDEM_DUE_PERIOD_END,
                                                  -400),
              TANDEM_E_OUT_OF_RANGE, -1);
  MESSAGE_HAS("has a due offset of -400 days");
  CHECK_FAILS(tandem_loop_schedule_schedule_duty(schedule, NULL, TANDEM_CADENCE_MONTHLY, TANDEM_DUE_PERIOD_END, 0),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("duty_id is NULL");
  CHECK_FAILS(tandem_loop_schedule_schedule_duty(NULL, analysis, TANDEM_CADENCE_MONTHLY, TANDEM_DUE_PERIOD_END, 0),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_OK(tandem_loop_schedule_schedule_duty(schedule, analysis, TANDEM_CADENCE_MONTHLY, TANDEM_DUE_PERIOD_END, 0));
  CHECK_FAILS(tandem_loop_schedule_schedule_duty(schedule, analysis, TANDEM_CADENCE_MONTHLY, TANDEM_DUE_PERIOD_END,
                                                  0),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("duty 'mkt_resp_market_analysis_01_trends_and_customer_relations' is already scheduled");
  CHECK(tandem_loop_schedule_duty_count(schedule) == 1);

  /* add_campaign */
  CHECK_FAILS(tandem_loop_schedule_add_campaign(schedule, "fair", "展会", NULL, "2027-05-10", "2027-05-01"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("campaign 'fair' ends (2027-05-01) before it starts (2027-05-10)");
  CHECK_FAILS(tandem_loop_schedule_add_campaign(schedule, "fair", NULL, "", "2027-05-01", "2027-05-10"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("campaign 'fair' needs a zh or en name");
  CHECK_FAILS(tandem_loop_schedule_add_campaign(schedule, "fair", "展会\xff", NULL, "2027-05-01", "2027-05-10"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("campaign 'fair': the zh name is not valid UTF-8");
  CHECK_FAILS(tandem_loop_schedule_add_campaign(schedule, "fair", "展会", "Fair \xff", "2027-05-01", "2027-05-10"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("campaign 'fair': the en name is not valid UTF-8");
  CHECK(tandem_loop_schedule_campaign_count(schedule) == 0);
  CHECK_FAILS(tandem_loop_schedule_add_campaign(schedule, "fair", "展会", NULL, "2027-5-01", "2027-05-10"),
              TANDEM_E_PARSE, -1);
  MESSAGE_HAS("first: ");
  CHECK_FAILS(tandem_loop_schedule_add_campaign(schedule, "fair", "展会", NULL, "2027-05-01", "2027-02-30"),
              TANDEM_E_OUT_OF_RANGE, -1);
  MESSAGE_HAS("last: ");
  CHECK_FAILS(tandem_loop_schedule_add_campaign(schedule, "fair", "展会", NULL, NULL, "2027-05-10"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("first is NULL");
  CHECK_FAILS(tandem_loop_schedule_add_campaign(schedule, NULL, "展会", NULL, "2027-05-01", "2027-05-10"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("id is NULL");
  CHECK_FAILS(tandem_loop_schedule_add_campaign(schedule, "Fair", "展会", NULL, "2027-05-01", "2027-05-10"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("malformed campaign id 'Fair'");
  CHECK_OK(tandem_loop_schedule_add_campaign(schedule, "fair", "展会", NULL, "2027-05-01", "2027-05-10"));
  CHECK_FAILS(tandem_loop_schedule_add_campaign(schedule, "fair", "展会", NULL, "2027-05-01", "2027-05-10"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("duplicate campaign id 'fair'");
  CHECK(tandem_loop_schedule_campaign_count(schedule) == 1);

  /* record_delivery */
  CHECK_FAILS(tandem_loop_schedule_record_delivery(schedule, "ghost", "2027-04", "2027-05-04", "zhang_wei"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("cannot record a delivery of 'ghost': it is neither a flow nor a scheduled duty");
  CHECK_FAILS(tandem_loop_schedule_record_delivery(schedule, "weekly_pipeline", "2027-W17", "2027-05-04",
                                                   "Zhang Wei"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("malformed person id 'Zhang Wei': must match [a-z][a-z0-9_]* and have at most 64 characters");
  CHECK_FAILS(tandem_loop_schedule_record_delivery(schedule, "weekly_pipeline", "2027-04", "2027-05-04",
                                                   "zhang_wei"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("occurrence '2027-04' of weekly item 'weekly_pipeline' is not the label of a week in 2025..2028 (two "
             "fiscal years before to one after the delivery on 2027-05-04)");
  CHECK_FAILS(tandem_loop_schedule_record_delivery(schedule, "weekly_pipeline", "2027-W17", "2027-5-04",
                                                   "zhang_wei"),
              TANDEM_E_PARSE, -1);
  MESSAGE_HAS("delivered_on: ");
  CHECK_FAILS(tandem_loop_schedule_record_delivery(schedule, "weekly_pipeline", "2027-W17", "2027-13-04",
                                                   "zhang_wei"),
              TANDEM_E_OUT_OF_RANGE, -1);
  MESSAGE_IS("delivered_on: '2027-13-04' is not a day of the calendar (dates run from 1400-01-01 to 9999-12-31)");
  CHECK_FAILS(tandem_loop_schedule_record_delivery(schedule, NULL, "2027-W17", "2027-05-04", "zhang_wei"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("item_id is NULL");
  CHECK_FAILS(tandem_loop_schedule_record_delivery(schedule, "weekly_pipeline", NULL, "2027-05-04", "zhang_wei"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("occurrence is NULL");
  CHECK_FAILS(tandem_loop_schedule_record_delivery(schedule, "weekly_pipeline", "2027-W17", NULL, "zhang_wei"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("delivered_on is NULL");
  CHECK_FAILS(tandem_loop_schedule_record_delivery(schedule, "weekly_pipeline", "2027-W17", "2027-05-04", NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("by is NULL");
  CHECK_OK(tandem_loop_schedule_record_delivery(schedule, "weekly_pipeline", "2027-W17", "2027-05-04",
                                                "zhang_wei"));
  CHECK_FAILS(tandem_loop_schedule_record_delivery(schedule, "weekly_pipeline", "2027-W17", "2027-05-06", "li_lei"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("occurrence '2027-W17' of 'weekly_pipeline' was delivered on 2027-05-04 by zhang_wei");
  CHECK(tandem_loop_schedule_delivery_count(schedule) == 1);

  /* add_standard_flows adds the seed's 5 plans and 9 reports. */
  CHECK_OK(tandem_loop_schedule_add_standard_flows(schedule));
  CHECK(tandem_loop_schedule_flow_count(schedule) == 15);
  CHECK_FAILS(tandem_loop_schedule_add_standard_flows(NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  tandem_loop_schedule_destroy(schedule);
  tandem_organisation_destroy(org);
}

static void test_standard_flows_all_or_nothing(void) {
  tandem_organisation* org = small_company();
  tandem_organisation* no_sales = NULL;
  tandem_loop_schedule* schedule = new_schedule(org);
  tandem_cadence every = -5;
  tandem_due_anchor anchor = -5;
  int32_t offset = 0;
  size_t index = 99;
  bool found = false;
  char text[128];

  /* The last of the 14 clashes: none of the 13 before it stays. */
  add_flow(schedule, "flow_s2m_09_customer_feedback", NULL, TANDEM_FLOW_DIRECTION_UNSET, TANDEM_CADENCE_WEEKLY,
           TANDEM_DUE_PERIOD_END, 1);
  CHECK_FAILS(tandem_loop_schedule_add_standard_flows(schedule), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("duplicate flow id 'flow_s2m_09_customer_feedback'");
  CHECK(tandem_loop_schedule_flow_count(schedule) == 1);
  tandem_loop_schedule_destroy(schedule);

  /* docs/domain.md's defaults: targets yearly, 30 days before the year; other plans
   * monthly, 5 days before the month; reports monthly, 5 days after it. */
  schedule = new_schedule(org);
  CHECK_OK(tandem_loop_schedule_add_standard_flows(schedule));
  CHECK(tandem_loop_schedule_flow_count(schedule) == 14);
  CHECK_OK(tandem_loop_schedule_find_flow(schedule, "flow_m2s_04_sales_targets", &found, &index));
  CHECK(found);
  CHECK_OK(tandem_loop_schedule_flow_info(schedule, index, NULL, &every, &anchor, &offset, NULL));
  CHECK(every == TANDEM_CADENCE_YEARLY && anchor == TANDEM_DUE_PERIOD_START && offset == -30);
  CHECK_OK(tandem_loop_schedule_flow_info(schedule, 0, NULL, &every, &anchor, &offset, NULL));
  CHECK(every == TANDEM_CADENCE_MONTHLY && anchor == TANDEM_DUE_PERIOD_START && offset == -5);
  CHECK_OK(tandem_loop_schedule_flow_id(schedule, 13, text, sizeof text, NULL));
  CHECK(strcmp(text, "flow_s2m_09_customer_feedback") == 0);
  CHECK_OK(tandem_loop_schedule_flow_info(schedule, 13, NULL, &every, &anchor, &offset, NULL));
  CHECK(every == TANDEM_CADENCE_MONTHLY && anchor == TANDEM_DUE_PERIOD_END && offset == 5);
  tandem_loop_schedule_destroy(schedule);

  /* No sales unit: a plan has no default receiver. */
  CHECK_OK(tandem_organisation_create(&no_sales));
  CHECK_OK(tandem_organisation_add_unit(no_sales, "org_marketing_department", TANDEM_UNIT_DEPARTMENT, NULL, NULL,
                                        NULL, 0));
  schedule = new_schedule(no_sales);
  CHECK_FAILS(tandem_loop_schedule_add_standard_flows(schedule), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("flow 'flow_m2s_01_sales_promotion_plan' has no receiver: the organisation has no sales unit (nor "
             "one doing marketing and sales); set receiver_id");
  CHECK(tandem_loop_schedule_flow_count(schedule) == 0);
  tandem_loop_schedule_destroy(schedule);
  tandem_organisation_destroy(no_sales);
  tandem_organisation_destroy(org);
}

static void record_april_deliveries(tandem_loop_schedule* schedule) {
  CHECK_OK(tandem_loop_schedule_record_delivery(schedule, regional, "2027-03", "2027-04-04", "zhang_wei"));
  CHECK_OK(tandem_loop_schedule_record_delivery(schedule, "weekly_pipeline", "2027-W13", "2027-04-06", "zhang_wei"));
  CHECK_OK(tandem_loop_schedule_record_delivery(schedule, "weekly_pipeline", "2027-W14", "2027-04-11", "chen_jing"));
  CHECK_OK(tandem_loop_schedule_record_delivery(schedule, analysis, "2027 Q1", "2027-04-12", "li_lei"));
  CHECK_OK(tandem_loop_schedule_record_delivery(schedule, "promo_feedback", "spring_promo", "2027-03-17",
                                                "zhang_wei"));
}

/* One obligation as expected: item, kind, occurrence, dates, status, days late, who. */
struct expected_obligation {
  const char* item;
  tandem_item_kind kind;
  const char* occurrence;
  const char* covers_first;
  const char* covers_last;
  const char* due;
  tandem_obligation_status status;
  int64_t days_late;
  const char* delivered_on; /* "" when not delivered */
  const char* by;
};

static const char* only_id(const tandem_id_list* list) {
  static char buffer[64];
  if (tandem_id_list_count(list) != 1) return "<not one id>";
  if (tandem_id_list_get(list, 0, buffer, sizeof buffer, NULL) != TANDEM_OK) return "<error>";
  return buffer;
}

static void check_obligation(const tandem_obligations* list, size_t i, const struct expected_obligation* e) {
  char text[128], first[TANDEM_DATE_SIZE], last[TANDEM_DATE_SIZE], due[TANDEM_DATE_SIZE], on[TANDEM_DATE_SIZE];
  tandem_item_kind kind = -5;
  tandem_obligation_status status = -5;
  int64_t days_late = -5;
  bool delivered = false;
  size_t length = 99;
  CHECK_OK(tandem_obligations_item(list, i, &kind, text, sizeof text, NULL));
  CHECK(strcmp(text, e->item) == 0 && kind == e->kind);
  CHECK_OK(tandem_obligations_occurrence(list, i, text, sizeof text, NULL));
  CHECK(strcmp(text, e->occurrence) == 0);
  CHECK_OK(tandem_obligations_dates(list, i, first, sizeof first, last, sizeof last, due, sizeof due));
  CHECK(strcmp(first, e->covers_first) == 0 && strcmp(last, e->covers_last) == 0 && strcmp(due, e->due) == 0);
  CHECK_OK(tandem_obligations_status(list, i, &status, &days_late));
  CHECK(status == e->status && days_late == e->days_late);
  CHECK_OK(tandem_obligations_delivery(list, i, &delivered, on, sizeof on, text, sizeof text, &length));
  CHECK(delivered == (e->delivered_on[0] != '\0'));
  CHECK(strcmp(on, e->delivered_on) == 0 && strcmp(text, e->by) == 0 && length == strlen(e->by));
  if (status != e->status) fprintf(stderr, "  obligation %zu: status %d\n", i, status);
}

static void test_april_status(void) {
  static const struct expected_obligation april[7] = {
      {"weekly_pipeline", TANDEM_ITEM_FLOW, "2027-W13", "2027-03-29", "2027-04-04", "2027-04-04",
       TANDEM_OBLIGATION_LATE, 2, "2027-04-06", "zhang_wei"},
      {"flow_s2m_07_regional_sales", TANDEM_ITEM_FLOW, "2027-03", "2027-03-01", "2027-03-31", "2027-04-05",
       TANDEM_OBLIGATION_ON_TIME, 0, "2027-04-04", "zhang_wei"},
      {"mkt_resp_market_analysis_01_trends_and_customer_relations", TANDEM_ITEM_DUTY, "2027 Q1", "2027-01-01",
       "2027-03-31", "2027-04-10", TANDEM_OBLIGATION_LATE, 2, "2027-04-12", "li_lei"},
      {"weekly_pipeline", TANDEM_ITEM_FLOW, "2027-W14", "2027-04-05", "2027-04-11", "2027-04-11",
       TANDEM_OBLIGATION_ON_TIME, 0, "2027-04-11", "chen_jing"},
      {"weekly_pipeline", TANDEM_ITEM_FLOW, "2027-W15", "2027-04-12", "2027-04-18", "2027-04-18",
       TANDEM_OBLIGATION_MISSING, 2, "", ""},
      {"weekly_pipeline", TANDEM_ITEM_FLOW, "2027-W16", "2027-04-19", "2027-04-25", "2027-04-25",
       TANDEM_OBLIGATION_PENDING, 0, "", ""},
      {"flow_m2s_01_sales_promotion_plan", TANDEM_ITEM_FLOW, "2027-05", "2027-05-01", "2027-05-31", "2027-04-26",
       TANDEM_OBLIGATION_PENDING, 0, "", ""}};
  tandem_loop_schedule* schedule = april_schedule();
  tandem_obligations* list = NULL;
  tandem_obligations* untouched = (tandem_obligations*)&untouched;
  tandem_id_list* ids = NULL;
  tandem_flow_direction direction = -5;
  tandem_obligation_status status = -5;
  char text[64], on[TANDEM_DATE_SIZE], first[TANDEM_DATE_SIZE], last[TANDEM_DATE_SIZE], due[TANDEM_DATE_SIZE];
  bool delivered = true;
  size_t i;

  record_april_deliveries(schedule);
  CHECK(tandem_loop_schedule_delivery_count(schedule) == 5);

  CHECK_OK(tandem_loop_schedule_status(schedule, "2027-04-01", "2027-04-30", "2027-04-20", &list));
  CHECK(tandem_obligations_has_status(list));
  CHECK(tandem_obligations_count(list) == 7);
  for (i = 0; i < 7 && i < tandem_obligations_count(list); ++i) check_obligation(list, i, &april[i]);

  /* Who owes and who receives: a flow's sender and receiver, a duty's owners. */
  CHECK_OK(tandem_obligations_responsible(list, 0, &ids));
  CHECK(strcmp(only_id(ids), "org_sales_department") == 0);
  tandem_id_list_destroy(ids);
  CHECK_OK(tandem_obligations_recipients(list, 0, &ids));
  CHECK(strcmp(only_id(ids), "org_marketing_department") == 0);
  tandem_id_list_destroy(ids);
  CHECK_OK(tandem_obligations_responsible(list, 2, &ids));
  CHECK(strcmp(only_id(ids), "org_marketing_department") == 0);
  tandem_id_list_destroy(ids);
  CHECK_OK(tandem_obligations_recipients(list, 2, &ids));
  CHECK(tandem_id_list_count(ids) == 0);
  tandem_id_list_destroy(ids);
  CHECK_OK(tandem_obligations_responsible(list, 6, &ids));
  CHECK(strcmp(only_id(ids), "org_marketing_department") == 0);
  tandem_id_list_destroy(ids);
  CHECK_OK(tandem_obligations_direction(list, 0, &direction));
  CHECK(direction == TANDEM_FLOW_SALES_TO_MARKETING);
  CHECK_OK(tandem_obligations_direction(list, 6, &direction));
  CHECK(direction == TANDEM_FLOW_MARKETING_TO_SALES);

  /* Reader errors; failed reads write nothing. */
  CHECK_FAILS(tandem_obligations_item(list, 7, NULL, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("index 7 is out of range: there are 7 obligations");
  CHECK_FAILS(tandem_obligations_item(NULL, 0, NULL, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("obligations is NULL");
  CHECK_FAILS(tandem_obligations_occurrence(list, 0, NULL, 1, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_obligations_dates(list, 0, first, sizeof first, last, sizeof last, due, 5),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("due_out holds 5 bytes; a date needs TANDEM_DATE_SIZE (11)");
  CHECK_FAILS(tandem_obligations_dates(list, 0, NULL, 11, last, sizeof last, due, sizeof due),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("covers_first_out is NULL");
  CHECK_FAILS(tandem_obligations_direction(list, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_obligations_direction(list, 7, &direction), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_obligations_responsible(list, 7, &ids), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_obligations_recipients(list, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_obligations_status(list, 0, NULL, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("status_out is NULL");
  CHECK_FAILS(tandem_obligations_delivery(list, 0, &delivered, on, 3, NULL, 0, NULL), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_obligations_delivery(list, 0, NULL, on, sizeof on, NULL, 0, NULL), TANDEM_E_INVALID_ARGUMENT,
              -1);
  MESSAGE_IS("delivered_out is NULL");
  CHECK(direction == TANDEM_FLOW_MARKETING_TO_SALES && delivered);
  tandem_obligations_destroy(list);

  /* due_in: the same obligations without a status. */
  CHECK_OK(tandem_loop_schedule_due_in(schedule, "2027-04-01", "2027-04-30", &list));
  CHECK(!tandem_obligations_has_status(list));
  CHECK(tandem_obligations_count(list) == 7);
  CHECK_OK(tandem_obligations_occurrence(list, 2, text, sizeof text, NULL));
  CHECK(strcmp(text, "2027 Q1") == 0);
  CHECK_FAILS(tandem_obligations_status(list, 0, &status, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("the obligations were listed by tandem_loop_schedule_due_in, which gives no status: use "
             "tandem_loop_schedule_status");
  CHECK_FAILS(tandem_obligations_delivery(list, 0, &delivered, on, sizeof on, NULL, 0, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(status == -5);
  tandem_obligations_destroy(list);

  /* A range with nothing due. */
  CHECK_OK(tandem_loop_schedule_due_in(schedule, "2027-04-27", "2027-05-01", &list));
  CHECK(tandem_obligations_count(list) == 0);
  tandem_obligations_destroy(list);

  /* Range errors. */
  CHECK_FAILS(tandem_loop_schedule_due_in(schedule, "2027-04-30", "2027-04-01", &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("last (2027-04-01) is before first (2027-04-30)");
  CHECK_FAILS(tandem_loop_schedule_due_in(schedule, "2027-04", "2027-04-30", &untouched), TANDEM_E_PARSE, -1);
  MESSAGE_HAS("first: ");
  CHECK_FAILS(tandem_loop_schedule_status(schedule, "2027-04-01", "2027-04-31", "2027-04-20", &untouched),
              TANDEM_E_OUT_OF_RANGE, -1);
  MESSAGE_HAS("last: ");
  CHECK_FAILS(tandem_loop_schedule_status(schedule, "2027-04-01", "2027-04-30", NULL, &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("as_of is NULL");
  CHECK_FAILS(tandem_loop_schedule_status(NULL, "2027-04-01", "2027-04-30", "2027-04-20", &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_loop_schedule_status(schedule, "2027-04-01", "2027-04-30", "2027-04-20", NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_loop_schedule_due_in(schedule, "2027-04-01", "2027-04-30", NULL), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK(untouched == (tandem_obligations*)&untouched);
  CHECK(tandem_obligations_count(NULL) == 0 && !tandem_obligations_has_status(NULL));
  tandem_obligations_destroy(NULL);
  tandem_loop_schedule_destroy(schedule);
}

static void test_deliveries_read_back(void) {
  tandem_loop_schedule* schedule = april_schedule();
  char item[80], occurrence[32], on[TANDEM_DATE_SIZE], by[32];
  size_t item_length = 0, occurrence_length = 0, by_length = 0;
  record_april_deliveries(schedule);
  CHECK_OK(tandem_loop_schedule_delivery_get(schedule, 3, item, sizeof item, &item_length, occurrence,
                                             sizeof occurrence, &occurrence_length, on, sizeof on, by, sizeof by,
                                             &by_length));
  CHECK(strcmp(item, analysis) == 0 && item_length == strlen(analysis));
  CHECK(strcmp(occurrence, "2027 Q1") == 0 && occurrence_length == 7);
  CHECK(strcmp(on, "2027-04-12") == 0 && strcmp(by, "li_lei") == 0 && by_length == 6);
  /* Texts may be asked for with NULL/0; the date buffer is required. */
  CHECK_OK(tandem_loop_schedule_delivery_get(schedule, 4, NULL, 0, &item_length, NULL, 0, NULL, on, sizeof on, NULL,
                                             0, NULL));
  CHECK(item_length == strlen("promo_feedback") && strcmp(on, "2027-03-17") == 0);
  CHECK_FAILS(tandem_loop_schedule_delivery_get(schedule, 5, NULL, 0, NULL, NULL, 0, NULL, on, sizeof on, NULL, 0,
                                                NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("index 5 is out of range: there are 5 deliveries");
  CHECK_FAILS(tandem_loop_schedule_delivery_get(schedule, 0, NULL, 0, NULL, NULL, 0, NULL, NULL, 0, NULL, 0, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("delivered_on_out is NULL");
  CHECK_FAILS(tandem_loop_schedule_delivery_get(schedule, 0, NULL, 0, NULL, NULL, 4, NULL, on, sizeof on, NULL, 0,
                                                NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("buffer is NULL but capacity is 4");
  CHECK_FAILS(tandem_loop_schedule_delivery_get(NULL, 0, NULL, 0, NULL, NULL, 0, NULL, on, sizeof on, NULL, 0,
                                                NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  tandem_loop_schedule_destroy(schedule);
}

static int health_is(const tandem_direction_health* h, uint32_t due, uint32_t on_time, uint32_t late,
                     uint32_t missing, uint32_t pending) {
  return h->due == due && h->on_time == on_time && h->late == late && h->missing == missing &&
         h->pending == pending;
}

static const char* percent(const tandem_direction_health* h, int32_t decimals) {
  static char buffer[32];
  if (tandem_direction_health_on_time_percent(h, decimals, buffer, sizeof buffer, NULL) != TANDEM_OK)
    return "<error>";
  return buffer;
}

static void test_health(void) {
  tandem_loop_schedule* schedule = april_schedule();
  tandem_loop_health health, untouched_health;
  tandem_loop_health_list* list = NULL;
  tandem_loop_health_list* untouched = (tandem_loop_health_list*)&untouched;
  tandem_direction_health thirds = {3, 2, 1, 0, 0};
  tandem_direction_health nothing = {4, 0, 0, 0, 4};
  /* Counts near the uint32_t limit: on_time + late + missing must not wrap (4 +
   * 0xFFFFFFFE wraps to 2 in 32 bits, "200.0"; 2^31 + 2^31 to 0, "nothing to judge"). */
  tandem_direction_health wrapping = {0, 4, 0xFFFFFFFEu, 0, 0};
  tandem_direction_health halves = {0, 0x80000000u, 0x80000000u, 0, 0};
  tandem_direction_health all_max = {0, 0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu, 0};
  char label[32];
  size_t length = 0;

  record_april_deliveries(schedule);
  /* April on 04-20, flows only: sales -> marketing W13 late, regional and W14 on
   * time, W15 missing, W16 pending; marketing -> sales the May plan, pending. */
  memset(&health, 0x5A, sizeof health);
  CHECK_OK(tandem_loop_schedule_health(schedule, "2027-04-01", "2027-04-30", "2027-04-20", &health));
  CHECK(strcmp(health.first, "2027-04-01") == 0 && strcmp(health.last, "2027-04-30") == 0);
  CHECK(health_is(&health.sales_to_marketing, 5, 2, 1, 1, 1));
  CHECK(health_is(&health.marketing_to_sales, 1, 0, 0, 0, 1));
  CHECK(strcmp(percent(&health.sales_to_marketing, 1), "50.0") == 0);
  CHECK(strcmp(percent(&health.sales_to_marketing, 0), "50") == 0);
  CHECK(strcmp(percent(&health.marketing_to_sales, 1), "") == 0); /* nothing to judge yet */

  /* The percentage, rounded half up: 2 of 3. */
  CHECK(strcmp(percent(&thirds, 0), "67") == 0);
  CHECK(strcmp(percent(&thirds, 1), "66.7") == 0);
  CHECK(strcmp(percent(&thirds, 6), "66.666667") == 0);
  CHECK(strcmp(percent(&wrapping, 1), "0.0") == 0);
  CHECK(strcmp(percent(&halves, 1), "50.0") == 0);
  CHECK(strcmp(percent(&all_max, 6), "33.333333") == 0);
  CHECK_OK(tandem_direction_health_on_time_percent(&nothing, 1, label, sizeof label, &length));
  CHECK(strcmp(label, "") == 0 && length == 0);
  CHECK_OK(tandem_direction_health_on_time_percent(&thirds, 1, label, 3, &length));
  CHECK(strcmp(label, "66") == 0 && length == 4); /* cut, snprintf-style */
  CHECK_FAILS(tandem_direction_health_on_time_percent(&thirds, 7, label, sizeof label, NULL), TANDEM_E_OUT_OF_RANGE,
              -1);
  MESSAGE_IS("decimals 7 is outside 0..6");
  CHECK_FAILS(tandem_direction_health_on_time_percent(&thirds, -1, label, sizeof label, NULL),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_direction_health_on_time_percent(NULL, 1, label, sizeof label, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("health is NULL");
  CHECK_FAILS(tandem_direction_health_on_time_percent(&thirds, 1, NULL, 4, NULL), TANDEM_E_INVALID_ARGUMENT, -1);

  /* Per month, March and April. March: regional 2027-02 (due 03-05), W09..W12
   * (Sundays 03-07..03-28) missing, the promotion feedback on time (due 03-18,
   * delivered 03-17); the April plan (due 03-27) missing. */
  CHECK_OK(tandem_loop_schedule_health_by_period(schedule, "2027-03-10", "2027-04-10", TANDEM_PERIOD_MONTH,
                                                 "2027-04-20", &list));
  CHECK(tandem_loop_health_list_count(list) == 2);
  CHECK_OK(tandem_loop_health_list_label(list, 0, label, sizeof label, NULL));
  CHECK(strcmp(label, "2027-03") == 0);
  CHECK_OK(tandem_loop_health_list_get(list, 0, &health));
  CHECK(strcmp(health.first, "2027-03-01") == 0 && strcmp(health.last, "2027-03-31") == 0); /* whole months */
  CHECK(health_is(&health.sales_to_marketing, 6, 1, 0, 5, 0));
  CHECK(health_is(&health.marketing_to_sales, 1, 0, 0, 1, 0));
  CHECK(strcmp(percent(&health.sales_to_marketing, 1), "16.7") == 0);
  CHECK(strcmp(percent(&health.marketing_to_sales, 1), "0.0") == 0);
  CHECK_OK(tandem_loop_health_list_label(list, 1, label, sizeof label, NULL));
  CHECK(strcmp(label, "2027-04") == 0);
  CHECK_OK(tandem_loop_health_list_get(list, 1, &health));
  CHECK(health_is(&health.sales_to_marketing, 5, 2, 1, 1, 1));

  memset(&untouched_health, 0x5A, sizeof untouched_health);
  health = untouched_health;
  CHECK_FAILS(tandem_loop_health_list_get(list, 2, &health), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("index 2 is out of range: there are 2 periods");
  CHECK_FAILS(tandem_loop_health_list_get(list, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_loop_health_list_get(NULL, 0, &health), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("list is NULL");
  CHECK_FAILS(tandem_loop_health_list_label(list, 2, label, sizeof label, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_loop_health_list_label(list, 0, NULL, 2, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  tandem_loop_health_list_destroy(list);

  /* Periods beyond the supported dates are left out, not an error: 9999-W52 runs
   * into 10000, so December 9999 has the whole weeks W48..W51. */
  list = NULL;
  CHECK_OK(tandem_loop_schedule_health_by_period(schedule, "9999-12-01", "9999-12-31", TANDEM_PERIOD_WEEK,
                                                 "9999-12-31", &list));
  CHECK(tandem_loop_health_list_count(list) == 4);
  CHECK_OK(tandem_loop_health_list_label(list, 3, label, sizeof label, NULL));
  CHECK(strcmp(label, "9999-W51") == 0);
  tandem_loop_health_list_destroy(list);

  CHECK_FAILS(tandem_loop_schedule_health(schedule, "2027-04-30", "2027-04-01", "2027-04-20", &health),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_loop_schedule_health(schedule, "2027-04-01", "2027-04-30", "20270420", &health),
              TANDEM_E_PARSE, -1);
  MESSAGE_HAS("as_of: ");
  CHECK_FAILS(tandem_loop_schedule_health(schedule, "2027-04-01", "2027-04-30", "2027-04-20", NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_loop_schedule_health(NULL, "2027-04-01", "2027-04-30", "2027-04-20", &health),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(memcmp(&health, &untouched_health, sizeof health) == 0);
  CHECK_FAILS(tandem_loop_schedule_health_by_period(schedule, "2027-03-01", "2027-04-30", 6, "2027-04-20",
                                                    &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("6 is not a tandem_period_kind");
  CHECK_FAILS(tandem_loop_schedule_health_by_period(schedule, "2027-04-30", "2027-03-01", TANDEM_PERIOD_MONTH,
                                                    "2027-04-20", &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_loop_schedule_health_by_period(schedule, "2027-03-01", "2027-04-30", TANDEM_PERIOD_MONTH,
                                                    "2027-04-20", NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched == (tandem_loop_health_list*)&untouched);
  CHECK(tandem_loop_health_list_count(NULL) == 0);
  tandem_loop_health_list_destroy(NULL);
  tandem_loop_schedule_destroy(schedule);
}

int main(void) {
  test_names();
  test_flow_spec_errors();
  test_building_and_reading_back();
  test_building_errors();
  test_standard_flows_all_or_nothing();
  test_april_status();
  test_deliveries_read_back();
  test_health();
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
