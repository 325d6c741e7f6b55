#include <stdio.h>
#include <string.h>

#include "tandem.h"

/* Classifies an organisation whose marketing department reports to sales, then
   tracks one monthly report from sales to marketing. Error handling is shortened:
   check every tandem_status in real code. */
int main(void) {
  static const char bad[] = "{\"schema_version\": 1, \"units\": [{\"id\": \"East\", \"en\": \"East\"}]}";
  tandem_organisation* org = NULL;
  tandem_org_model_result* result = NULL;
  tandem_fiscal_calendar* calendar = NULL;
  tandem_loop_schedule* schedule = NULL;
  tandem_flow_spec* report = NULL;
  tandem_loop_health health;
  char text[512];
  tandem_status status;

  tandem_organisation_create(&org);
  tandem_organisation_add_unit(org, "role_general_manager", TANDEM_UNIT_ROLE, NULL, NULL, NULL,
                               TANDEM_UNIT_FUNCTION_FROM_ID);
  tandem_organisation_add_unit(org, "org_sales_department", TANDEM_UNIT_DEPARTMENT, NULL, NULL,
                               "role_general_manager", TANDEM_UNIT_FUNCTION_FROM_ID);
  tandem_organisation_add_unit(org, "org_marketing_department", TANDEM_UNIT_DEPARTMENT, NULL, NULL,
                               "org_sales_department", TANDEM_UNIT_FUNCTION_FROM_ID);

  tandem_org_model_classify(org, &result);
  tandem_org_model_result_reason_text(result, 0, TANDEM_LANG_EN, text, sizeof text, NULL);
  printf("model %d: %s\n", (int)tandem_org_model_result_model(result), text);
  tandem_org_model_result_destroy(result);
  tandem_org_model_changes_towards_model_4(org, &result);
  tandem_org_model_result_reason_id(result, 0, text, sizeof text, NULL);
  printf("%zu changes towards model 4, first %s\n", tandem_org_model_result_reason_count(result), text);
  tandem_org_model_result_destroy(result);

  /* The schedule copies the organisation and the calendar. */
  tandem_fiscal_calendar_create_gregorian(&calendar);
  tandem_loop_schedule_create(org, calendar, &schedule);
  tandem_fiscal_calendar_destroy(calendar);
  tandem_organisation_destroy(org);

  tandem_flow_spec_create("flow_s2m_07_regional_sales", &report);
  tandem_flow_spec_set_cadence(report, TANDEM_CADENCE_MONTHLY);
  tandem_flow_spec_set_due(report, TANDEM_DUE_PERIOD_END, 5); /* 5 days after the month */
  tandem_loop_schedule_add_flow(schedule, report);
  tandem_flow_spec_destroy(report);
  tandem_loop_schedule_record_delivery(schedule, "flow_s2m_07_regional_sales", "2027-03", "2027-04-04",
                                       "zhang_wei");
  tandem_loop_schedule_health(schedule, "2027-04-01", "2027-05-31", "2027-05-31", &health);
  tandem_direction_health_on_time_percent(&health.sales_to_marketing, 1, text, sizeof text, NULL);
  printf("%s..%s: %u reports due, %u on time, %u missing: %s%% on time\n", health.first, health.last,
         (unsigned)health.sales_to_marketing.due, (unsigned)health.sales_to_marketing.on_time,
         (unsigned)health.sales_to_marketing.missing, text);
  tandem_loop_schedule_destroy(schedule);

  /* A document with a problem: the message lists every problem, one per line. */
  status = tandem_org_document_load(bad, strlen(bad), "company.json", &schedule);
  printf("%s: %s\n", tandem_status_name(status), tandem_last_error_message());
  return 0;
}
