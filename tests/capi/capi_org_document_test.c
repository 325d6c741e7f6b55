/*
 * The "org: organisation documents" section of tandem.h in plain C: loading from
 * memory (not NUL-terminated) and from a file, the full multi-line problem list as
 * the error message, saving snprintf-style, and the round trip load -> save -> load
 * -> save giving the same bytes. Expected problems follow docs/org-format.md: one per
 * line, "SOURCE: $.json.path: what is wrong", in file order.
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

/* A small document: the catalog's two departments under a director, one report
 * monthly, one delivery. Followed in the buffer by junk that a length must cut off. */
static const char small_document[] =
    "{\"schema_version\": 1,\n"
    " \"units\": [{\"id\": \"role_marketing_director\", \"kind\": \"role\"},\n"
    "           {\"id\": \"org_marketing_department\", \"superior\": \"role_marketing_director\"},\n"
    "           {\"id\": \"org_sales_department\", \"superior\": \"role_marketing_director\"}],\n"
    " \"flows\": [{\"id\": \"flow_s2m_07_regional_sales\", \"cadence\": \"monthly\",\n"
    "            \"due\": {\"anchor\": \"period_end\", \"offset_days\": 5}}],\n"
    " \"deliveries\": [{\"item\": \"flow_s2m_07_regional_sales\", \"occurrence\": \"2027-03\",\n"
    "                 \"delivered_on\": \"2027-04-04\", \"by\": \"zhang_wei\"}]}"
    "THIS IS NOT JSON";

/* The saved text of a schedule, malloc'ed (caller frees); NULL on failure. */
static char* saved(const tandem_loop_schedule* schedule, size_t* length_out) {
  size_t length = 0, again = 0;
  char* text;
  if (tandem_org_document_save(schedule, NULL, 0, &length) != TANDEM_OK) return NULL;
  text = (char*)malloc(length + 1);
  if (text == NULL) return NULL;
  if (tandem_org_document_save(schedule, text, length + 1, &again) != TANDEM_OK || again != length) {
    free(text);
    return NULL;
  }
  *length_out = length;
  return text;
}

static void test_load_from_memory(void) {
  const size_t length = strlen(small_document) - strlen("THIS IS NOT JSON");
  tandem_loop_schedule* schedule = NULL;
  tandem_organisation* org = NULL;
  tandem_org_model_result* model = NULL;
  tandem_obligations* list = NULL;
  tandem_obligation_status status = -5;
  char text[64];

  CHECK(tandem_org_document_schema_version() == 1);
  CHECK_OK(tandem_org_document_load(small_document, length, "small.json", &schedule));
  CHECK(tandem_loop_schedule_flow_count(schedule) == 1);
  CHECK(tandem_loop_schedule_delivery_count(schedule) == 1);
  CHECK_OK(tandem_loop_schedule_flow_sender(schedule, 0, text, sizeof text, NULL));
  CHECK(strcmp(text, "org_sales_department") == 0);
  /* The default calendar is gregorian: the March report is due 2027-04-05, and was
   * delivered on the 4th. */
  CHECK_OK(tandem_loop_schedule_status(schedule, "2027-04-05", "2027-04-05", "2027-04-30", &list));
  CHECK(tandem_obligations_count(list) == 1);
  CHECK_OK(tandem_obligations_status(list, 0, &status, NULL));
  CHECK(status == TANDEM_OBLIGATION_ON_TIME);
  tandem_obligations_destroy(list);
  /* Its organisation classifies: separate departments, no duties -> model 3. */
  CHECK_OK(tandem_loop_schedule_organisation(schedule, &org));
  CHECK_OK(tandem_org_model_classify(org, &model));
  CHECK(tandem_org_model_result_model(model) == 3);
  tandem_org_model_result_destroy(model);
  tandem_organisation_destroy(org);
  tandem_loop_schedule_destroy(schedule);
}

static void test_load_errors(void) {
  static const char two_problems[] =
      "{\"schema_version\": 1, \"colour\": 1,\n"
      " \"units\": [{\"id\": \"org_marketing_department\", \"superior\": \"role_marketing_directr\"}]}";
  static const char newer[] = "{\"schema_version\": 2, \"colour\": \"red\"}";
  static const char broken[] = "{\"schema_version\": 1,";
  tandem_loop_schedule* untouched = (tandem_loop_schedule*)&untouched;

  /* Every problem, one per line, in file order; the source names the document. */
  CHECK_FAILS(tandem_org_document_load(two_problems, strlen(two_problems), "doc.json", &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("doc.json: $.colour: unknown key; the keys of an organisation document are schema_version, calendar, "
             "units, duties, people, duty_owners, standard_flows, flows, duty_schedules, campaigns, deliveries\n"
             "doc.json: $.units[0].superior: unit 'org_marketing_department' reports to unknown superior "
             "'role_marketing_directr'");
  /* No source name: "<memory>". */
  CHECK_FAILS(tandem_org_document_load(newer, strlen(newer), NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("<memory>: $.schema_version: unsupported schema_version 2; this version of Tandem reads 1");
  CHECK_FAILS(tandem_org_document_load(broken, strlen(broken), "cut.json", &untouched), TANDEM_E_INVALID_ARGUMENT,
              -1);
  MESSAGE_HAS("cut.json: $: invalid JSON");
  /* The length counts, not a NUL: the junk after the document is a syntax error. */
  CHECK_FAILS(tandem_org_document_load(small_document, strlen(small_document), "small.json", &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("small.json: $: invalid JSON");
  /* An empty text is no document. */
  CHECK_FAILS(tandem_org_document_load(NULL, 0, "empty.json", &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("empty.json: $: invalid JSON");
  CHECK_FAILS(tandem_org_document_load(NULL, 3, "x.json", &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("json is NULL but length is 3");
  CHECK_FAILS(tandem_org_document_load(newer, strlen(newer), "x.json", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("out is NULL");
  CHECK_FAILS(tandem_org_document_load_file(TANDEM_TEST_SCRATCH_DIR "/no-such-dir/company.json", &untouched),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("cannot read '" TANDEM_TEST_SCRATCH_DIR "/no-such-dir/company.json': No such file or directory");
  CHECK_FAILS(tandem_org_document_load_file(NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("path is NULL");
  CHECK_FAILS(tandem_org_document_load_file(TANDEM_EXAMPLE_COMPANY_JSON, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("out is NULL");
  CHECK(untouched == (tandem_loop_schedule*)&untouched);
}

static void test_file_errors_name_the_file(void) {
  const char* path = TANDEM_TEST_SCRATCH_DIR "/capi_org_bad.json";
  tandem_loop_schedule* untouched = (tandem_loop_schedule*)&untouched;
  FILE* file = fopen(path, "wb");
  CHECK(file != NULL);
  if (file == NULL) return;
  fputs("{\"schema_version\": 1, \"units\": [{\"id\": \"East\", \"en\": \"East\"}]}", file);
  fclose(file);
  CHECK_FAILS(tandem_org_document_load_file(path, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS(TANDEM_TEST_SCRATCH_DIR "/capi_org_bad.json: $.units[0]: malformed unit id 'East': must match "
                                     "[a-z][a-z0-9_]* and have at most 64 characters");
  CHECK(untouched == (tandem_loop_schedule*)&untouched);
  remove(path);
}

static void test_save_round_trip(void) {
  tandem_loop_schedule* schedule = NULL;
  tandem_loop_schedule* again = NULL;
  char* first = NULL;
  char* second = NULL;
  char small[8];
  size_t first_length = 0, second_length = 0, length = 0;

  CHECK_OK(tandem_org_document_load_file(TANDEM_EXAMPLE_COMPANY_JSON, &schedule));
  CHECK(tandem_loop_schedule_flow_count(schedule) > 0);
  first = saved(schedule, &first_length);
  CHECK(first != NULL);
  if (first == NULL) {
    tandem_loop_schedule_destroy(schedule);
    return;
  }
  CHECK(first_length > 0 && first[first_length - 1] == '\n');
  CHECK(strncmp(first, "{\n  \"schema_version\": 1", 23) == 0); /* two-space indented */
  CHECK_OK(tandem_org_document_load(first, first_length, "saved.json", &again));
  CHECK(tandem_loop_schedule_flow_count(again) == tandem_loop_schedule_flow_count(schedule));
  CHECK(tandem_loop_schedule_duty_count(again) == tandem_loop_schedule_duty_count(schedule));
  CHECK(tandem_loop_schedule_campaign_count(again) == tandem_loop_schedule_campaign_count(schedule));
  CHECK(tandem_loop_schedule_delivery_count(again) == tandem_loop_schedule_delivery_count(schedule));
  second = saved(again, &second_length);
  CHECK(second != NULL && second_length == first_length);
  CHECK(second != NULL && memcmp(first, second, first_length) == 0);

  /* snprintf-style: a small buffer gets the cut text and the full length. */
  CHECK_OK(tandem_org_document_save(schedule, small, sizeof small, &length));
  CHECK(length == first_length && strncmp(small, first, 7) == 0 && small[7] == '\0');
  CHECK_FAILS(tandem_org_document_save(schedule, NULL, 1, &length), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("buffer is NULL but capacity is 1");
  CHECK_FAILS(tandem_org_document_save(NULL, small, sizeof small, &length), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("schedule is NULL");

  free(first);
  free(second);
  tandem_loop_schedule_destroy(again);
  tandem_loop_schedule_destroy(schedule);
}

/* A schedule built through the C API saves and loads back to the same answers. */
static void test_built_schedule_round_trip(void) {
  tandem_organisation* org = NULL;
  tandem_fiscal_calendar* calendar = NULL;
  tandem_loop_schedule* schedule = NULL;
  tandem_loop_schedule* loaded = NULL;
  tandem_loop_health before, after;
  char* text = NULL;
  size_t length = 0;

  CHECK_OK(tandem_organisation_create(&org));
  CHECK_OK(tandem_organisation_add_unit(org, "org_marketing_department", TANDEM_UNIT_DEPARTMENT, NULL, NULL, NULL,
                                        0));
  CHECK_OK(tandem_organisation_add_unit(org, "org_sales_department", TANDEM_UNIT_DEPARTMENT, NULL, NULL, NULL, 0));
  CHECK_OK(tandem_organisation_add_duty(org, "key_account_review", "大客户评审", NULL));
  CHECK_OK(tandem_organisation_assign_duty(org, "key_account_review", "org_sales_department"));
  CHECK_OK(tandem_fiscal_calendar_create_fiscal(4, 1, TANDEM_NAMING_END_YEAR, &calendar));
  CHECK_OK(tandem_loop_schedule_create(org, calendar, &schedule));
  CHECK_OK(tandem_loop_schedule_add_standard_flows(schedule));
  CHECK_OK(tandem_loop_schedule_schedule_duty(schedule, "key_account_review", TANDEM_CADENCE_QUARTERLY,
                                              TANDEM_DUE_PERIOD_END, 10));
  CHECK_OK(tandem_loop_schedule_add_campaign(schedule, "spring_fair", NULL, "Spring fair", "2027-03-01",
                                             "2027-03-05"));
  CHECK_OK(tandem_loop_schedule_record_delivery(schedule, "flow_s2m_07_regional_sales", "2027-04", "2027-05-04",
                                                "zhang_wei"));
  text = saved(schedule, &length);
  CHECK(text != NULL);
  if (text != NULL) {
    CHECK_OK(tandem_org_document_load(text, length, "built.json", &loaded));
    CHECK(tandem_loop_schedule_flow_count(loaded) == 14);
    CHECK_OK(tandem_loop_schedule_health(schedule, "2027-04-01", "2027-06-30", "2027-06-30", &before));
    CHECK_OK(tandem_loop_schedule_health(loaded, "2027-04-01", "2027-06-30", "2027-06-30", &after));
    CHECK(memcmp(&before, &after, sizeof before) == 0);
    /* April to June of FY2028 (months from the 1st): the 9 monthly reports on March,
     * April and May (due 04-05, 05-05, 06-05) and the 4 monthly plans for May, June
     * and July (due 04-26, 05-27, 06-26); the yearly targets fall due 30 days before
     * a fiscal year, outside. One report delivered on time, the rest missing. */
    CHECK(before.sales_to_marketing.due == 27 && before.sales_to_marketing.on_time == 1);
    CHECK(before.sales_to_marketing.missing == 26 && before.sales_to_marketing.late == 0);
    CHECK(before.marketing_to_sales.due == 12 && before.marketing_to_sales.missing == 12);
    free(text);
  }
  tandem_loop_schedule_destroy(loaded);
  tandem_loop_schedule_destroy(schedule);
  tandem_fiscal_calendar_destroy(calendar);
  tandem_organisation_destroy(org);
}

int main(void) {
  test_load_from_memory();
  test_load_errors();
  test_file_errors_name_the_file();
  test_save_round_trip();
  test_built_schedule_round_trip();
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
