/*
 * The "org: organisation and organisation model" section of tandem.h in plain C:
 * the enumeration names, building an organisation and reading it back, every error
 * status and message a caller can reach, the id-list queries, and the classifier.
 * Known results come from tests/org/fixtures/organisations.hpp, rebuilt here in C
 * (the catalog company runs model 4; moved under the sales manager it runs model 2)
 * and read off by hand against docs/domain.md ("Organisation model").
 *
 * Every handle made is destroyed: run under AddressSanitizer (build/asan) this
 * program proves the create/destroy pairs leak nothing.
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
#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

static const char* const management[5] = {
    "mkt_resp_marketing_plan_01_annual_plan_for_review", "mkt_resp_marketing_plan_02_stage_strategies",
    "mkt_resp_marketing_plan_03_targets_decompose_quantify",
    "mkt_resp_marketing_plan_06_evaluation_and_expense_plans",
    "mkt_resp_org_actions_01_set_and_assign_targets"};
static const char* const support[8] = {
    "mkt_resp_market_analysis_01_trends_and_customer_relations",
    "mkt_resp_market_analysis_02_environment_and_strategy", "mkt_resp_market_analysis_03_survey_and_forecast",
    "mkt_resp_market_analysis_04_target_analysis", "mkt_resp_info_mgmt_01_related_information",
    "mkt_resp_info_mgmt_02_competitor_information", "mkt_resp_info_mgmt_03_early_warning",
    "mkt_resp_info_mgmt_04_market_survey_information"};

/* Id `index` of a list, into a static buffer ("<error>" if the call fails). */
static const char* id_at(const tandem_id_list* list, size_t index) {
  static char buffer[128];
  if (tandem_id_list_get(list, index, buffer, sizeof buffer, NULL) != TANDEM_OK) return "<error>";
  return buffer;
}

static const char* related_at(const tandem_id_list* list, size_t index, size_t related_index) {
  static char buffer[128];
  if (tandem_id_list_related(list, index, related_index, buffer, sizeof buffer, NULL) != TANDEM_OK)
    return "<error>";
  return buffer;
}

/* Whether `list` holds exactly `expected`, in order; prints the first difference. */
static int list_is(const tandem_id_list* list, const char* const* expected, size_t count) {
  size_t i;
  if (tandem_id_list_count(list) != count) {
    fprintf(stderr, "  list has %zu ids, expected %zu\n", tandem_id_list_count(list), count);
    return 0;
  }
  for (i = 0; i < count; ++i) {
    if (strcmp(id_at(list, i), expected[i]) != 0) {
      fprintf(stderr, "  id %zu is %s, expected %s\n", i, id_at(list, i), expected[i]);
      return 0;
    }
  }
  return 1;
}

/* The id list a query made, checked against `expected` and destroyed. */
#define CHECK_LIST(call_with_out, out, expected)                \
  do {                                                          \
    out = NULL;                                                 \
    CHECK_OK(call_with_out);                                    \
    CHECK(list_is(out, (expected), COUNT(expected)));           \
    tandem_id_list_destroy(out);                                \
  } while (0)

static void add_role(tandem_organisation* org, const char* id, const char* superior) {
  CHECK_OK(tandem_organisation_add_unit(org, id, TANDEM_UNIT_ROLE, NULL, NULL, superior,
                                        TANDEM_UNIT_FUNCTION_FROM_ID));
}

static void add_department(tandem_organisation* org, const char* id, const char* superior) {
  CHECK_OK(tandem_organisation_add_unit(org, id, TANDEM_UNIT_DEPARTMENT, "", "", superior,
                                        TANDEM_UNIT_FUNCTION_FROM_ID));
}

static void assign_all(tandem_organisation* org, const char* const* duties, size_t count, const char* owner) {
  size_t i;
  for (i = 0; i < count; ++i) CHECK_OK(tandem_organisation_assign_duty(org, duties[i], owner));
}

/* catalog_company() of tests/org/fixtures/organisations.hpp, with the marketing
 * department reporting to `marketing_superior` (the fixture: the director). */
static tandem_organisation* catalog_company(const char* marketing_superior) {
  static const char* const supervisors[5] = {"role_business_supervisor", "role_planning_supervisor",
                                             "role_office_admin_supervisor",
                                             "role_new_product_development_supervisor",
                                             "role_distribution_supervisor"};
  static const char* const plans[6] = {
      "mkt_resp_marketing_plan_01_annual_plan_for_review", "mkt_resp_marketing_plan_02_stage_strategies",
      "mkt_resp_marketing_plan_03_targets_decompose_quantify",
      "mkt_resp_marketing_plan_04_promotion_advertising_brand",
      "mkt_resp_marketing_plan_05_training_and_process_plans",
      "mkt_resp_marketing_plan_06_evaluation_and_expense_plans"};
  static const char* const new_product[3] = {"mkt_resp_new_product_01_research_and_concept",
                                             "mkt_resp_new_product_02_proposal_and_review",
                                             "mkt_resp_new_product_03_revise_launch_and_implementation"};
  tandem_organisation* org = NULL;
  size_t i, responsibilities = 0;
  char id[128];
  CHECK_OK(tandem_organisation_create(&org));
  add_role(org, "role_general_manager", NULL);
  add_role(org, "role_marketing_director", "role_general_manager");
  add_department(org, "org_marketing_department", marketing_superior);
  for (i = 0; i < 5; ++i) add_role(org, supervisors[i], "org_marketing_department");
  add_department(org, "org_sales_department", "role_marketing_director");
  add_role(org, "role_sales_department_manager", "org_sales_department");
  add_role(org, "role_field_sales_staff", "role_sales_department_manager");
  CHECK_OK(tandem_organisation_add_unit(org, "finance_department", TANDEM_UNIT_DEPARTMENT, "财务部",
                                        "Finance Department", "role_general_manager",
                                        TANDEM_UNIT_FUNCTION_FROM_ID));

  CHECK_OK(tandem_organisation_add_duty(org, "key_account_review", "大客户评审", "Key account review"));
  CHECK_OK(tandem_organisation_add_duty(org, "trade_fair_budget", "", "Trade fair budget"));

  assign_all(org, support, 4, "role_planning_supervisor");
  assign_all(org, plans, 6, "org_marketing_department");
  CHECK_OK(tandem_organisation_assign_duty(org, "mkt_resp_marketing_plan_07_sales_payment_supervision",
                                           "role_office_admin_supervisor"));
  CHECK_OK(tandem_organisation_assign_duty(org, "mkt_resp_marketing_plan_07_sales_payment_supervision",
                                           "finance_department"));
  assign_all(org, new_product, 3, "role_new_product_development_supervisor");
  assign_all(org, support + 4, 4, "role_office_admin_supervisor");
  CHECK_OK(tandem_organisation_assign_duty(org, "mkt_resp_org_actions_01_set_and_assign_targets",
                                           "org_marketing_department"));
  CHECK_OK(tandem_organisation_assign_duty(org, "mkt_resp_org_actions_02_professional_training",
                                           "role_business_supervisor"));
  CHECK_OK(tandem_organisation_assign_duty(org, "mkt_resp_org_actions_02_professional_training",
                                           "role_sales_department_manager"));
  CHECK_OK(tandem_organisation_assign_duty(org, "mkt_resp_org_actions_03_brand_promotion_incentives",
                                           "role_planning_supervisor"));

  CHECK_OK(tandem_catalog_list_count("sales_responsibilities", &responsibilities));
  CHECK(responsibilities == 23);
  for (i = 0; i < responsibilities; ++i) {
    CHECK_OK(tandem_catalog_list_id("sales_responsibilities", i, id, sizeof id, NULL));
    if (strcmp(id, "sales_resp_convey_brand_image") == 0 || strcmp(id, "sales_resp_market_share_growth") == 0)
      continue; /* gaps */
    if (strcmp(id, "sales_resp_payment_collection") == 0) {
      CHECK_OK(tandem_organisation_assign_duty(org, id, "role_field_sales_staff"));
      CHECK_OK(tandem_organisation_assign_duty(org, id, "finance_department"));
      continue;
    }
    CHECK_OK(tandem_organisation_assign_duty(org, id, "org_sales_department"));
  }
  CHECK_OK(tandem_organisation_assign_duty(org, "key_account_review", "role_sales_department_manager"));

  CHECK_OK(tandem_organisation_assign_person(org, "wang_fang", "role_marketing_director"));
  CHECK_OK(tandem_organisation_assign_person(org, "zhao_lei", "role_sales_department_manager"));
  CHECK_OK(tandem_organisation_assign_person(org, "zhao_lei", "role_business_supervisor"));
  CHECK_OK(tandem_organisation_assign_person(org, "chen_jing", "role_field_sales_staff"));
  CHECK_OK(tandem_organisation_assign_person(org, "liu_yang", "role_field_sales_staff"));
  return org;
}

static void test_pinned_values_and_names(void) {
  static const char* const functions[5] = {"from_id", "none", "marketing", "sales", "marketing_and_sales"};
  static const char* const sources[3] = {"marketing_duty", "sales_responsibility", "host"};
  tandem_unit_kind kind = -5;
  tandem_unit_function function = -5;
  int32_t i;
  CHECK(TANDEM_UNIT_DEPARTMENT == 0 && TANDEM_UNIT_ROLE == 1);
  CHECK(TANDEM_UNIT_FUNCTION_FROM_ID == 0 && TANDEM_UNIT_FUNCTION_NONE == 1);
  CHECK(TANDEM_UNIT_FUNCTION_MARKETING == 2 && TANDEM_UNIT_FUNCTION_SALES == 3);
  CHECK(TANDEM_UNIT_FUNCTION_MARKETING_AND_SALES == 4);
  CHECK(TANDEM_DUTY_SOURCE_MARKETING_DUTY == 0 && TANDEM_DUTY_SOURCE_SALES_RESPONSIBILITY == 1);
  CHECK(TANDEM_DUTY_SOURCE_HOST == 2);

  CHECK(strcmp(tandem_unit_kind_name(TANDEM_UNIT_DEPARTMENT), "department") == 0);
  CHECK(strcmp(tandem_unit_kind_name(TANDEM_UNIT_ROLE), "role") == 0);
  CHECK(tandem_unit_kind_name(-1) == NULL && tandem_unit_kind_name(2) == NULL);
  CHECK_OK(tandem_unit_kind_from_name("ROLE", &kind));
  CHECK(kind == TANDEM_UNIT_ROLE);
  CHECK_OK(tandem_unit_kind_from_name("department", &kind));
  CHECK(kind == TANDEM_UNIT_DEPARTMENT);
  kind = -5;
  CHECK_FAILS(tandem_unit_kind_from_name("team", &kind), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("name \"team\" is not a unit kind");
  CHECK(kind == -5);
  CHECK_FAILS(tandem_unit_kind_from_name("", &kind), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_unit_kind_from_name("departments", &kind), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_unit_kind_from_name(NULL, &kind), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("name is NULL");
  CHECK_FAILS(tandem_unit_kind_from_name("role", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("out is NULL");
  CHECK(kind == -5);

  for (i = 0; i < 5; ++i) {
    CHECK(strcmp(tandem_unit_function_name(i), functions[i]) == 0);
    function = -5;
    CHECK_OK(tandem_unit_function_from_name(functions[i], &function));
    CHECK(function == i);
  }
  CHECK(tandem_unit_function_name(-1) == NULL && tandem_unit_function_name(5) == NULL);
  CHECK_OK(tandem_unit_function_from_name("Marketing_And_Sales", &function));
  CHECK(function == TANDEM_UNIT_FUNCTION_MARKETING_AND_SALES);
  CHECK_FAILS(tandem_unit_function_from_name("finance", &function), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("name \"finance\" is not a unit function");
  CHECK(function == TANDEM_UNIT_FUNCTION_MARKETING_AND_SALES);

  for (i = 0; i < 3; ++i) CHECK(strcmp(tandem_duty_source_name(i), sources[i]) == 0);
  CHECK(tandem_duty_source_name(-1) == NULL && tandem_duty_source_name(3) == NULL);

  CHECK(tandem_org_id_is_well_formed("a"));
  CHECK(tandem_org_id_is_well_formed("east_team_2"));
  CHECK(tandem_org_id_is_well_formed("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl")); /* 64 */
  CHECK(!tandem_org_id_is_well_formed("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm"));
  CHECK(!tandem_org_id_is_well_formed(""));
  CHECK(!tandem_org_id_is_well_formed("2nd_team"));
  CHECK(!tandem_org_id_is_well_formed("East"));
  CHECK(!tandem_org_id_is_well_formed("east-team"));
  CHECK(!tandem_org_id_is_well_formed(NULL));
}

static void test_units_read_back(void) {
  tandem_organisation* org = NULL;
  tandem_unit_kind kind = -5;
  tandem_unit_function function = -5;
  char text[64];
  size_t length = 0, index = 99;
  bool found = true;

  CHECK_OK(tandem_organisation_create(&org));
  CHECK(tandem_organisation_unit_count(org) == 0);
  CHECK(tandem_organisation_unit_count(NULL) == 0);
  add_role(org, "role_marketing_director", "");
  add_department(org, "org_sales_department", "role_marketing_director");
  CHECK_OK(tandem_organisation_add_unit(org, "buyer", TANDEM_UNIT_ROLE, "采购员", NULL, "org_sales_department",
                                        TANDEM_UNIT_FUNCTION_FROM_ID));
  CHECK_OK(tandem_organisation_add_unit(org, "brand_department", TANDEM_UNIT_DEPARTMENT, NULL, "Brand",
                                        "role_marketing_director", TANDEM_UNIT_FUNCTION_MARKETING));
  CHECK(tandem_organisation_unit_count(org) == 4);

  /* A catalog id takes the catalog's names (catalog.json). */
  CHECK_OK(tandem_organisation_unit_name(org, 1, TANDEM_LANG_ZH, text, sizeof text, &length));
  CHECK(strcmp(text, "销售部") == 0 && length == strlen("销售部"));
  CHECK_OK(tandem_organisation_unit_name(org, 1, TANDEM_LANG_EN, text, sizeof text, &length));
  CHECK(strcmp(text, "Sales Department") == 0 && length == 16);
  /* A host id with one name: the other language falls back to it. */
  CHECK_OK(tandem_organisation_unit_name(org, 2, TANDEM_LANG_EN, text, sizeof text, NULL));
  CHECK(strcmp(text, "采购员") == 0);
  CHECK_OK(tandem_organisation_unit_name(org, 3, TANDEM_LANG_ZH, text, sizeof text, NULL));
  CHECK(strcmp(text, "Brand") == 0);

  CHECK_OK(tandem_organisation_unit_id(org, 2, text, sizeof text, &length));
  CHECK(strcmp(text, "buyer") == 0 && length == 5);
  CHECK_OK(tandem_organisation_unit_superior(org, 2, text, sizeof text, &length));
  CHECK(strcmp(text, "org_sales_department") == 0 && length == 20);
  CHECK_OK(tandem_organisation_unit_superior(org, 0, text, sizeof text, &length));
  CHECK(strcmp(text, "") == 0 && length == 0); /* "" given: a top */

  /* snprintf-style: cut to the capacity, the full length reported; ask with NULL/0. */
  CHECK_OK(tandem_organisation_unit_id(org, 1, text, 4, &length));
  CHECK(strcmp(text, "org") == 0 && length == 20);
  length = 0;
  CHECK_OK(tandem_organisation_unit_id(org, 1, NULL, 0, &length));
  CHECK(length == 20);
  CHECK_FAILS(tandem_organisation_unit_id(org, 1, NULL, 8, &length), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("buffer is NULL but capacity is 8");

  CHECK_OK(tandem_organisation_unit_info(org, 1, &kind, &function));
  CHECK(kind == TANDEM_UNIT_DEPARTMENT && function == TANDEM_UNIT_FUNCTION_SALES); /* from the id */
  CHECK_OK(tandem_organisation_unit_info(org, 2, &kind, &function));
  CHECK(kind == TANDEM_UNIT_ROLE && function == TANDEM_UNIT_FUNCTION_NONE);
  CHECK_OK(tandem_organisation_unit_info(org, 3, NULL, &function));
  CHECK(function == TANDEM_UNIT_FUNCTION_MARKETING);
  CHECK_OK(tandem_organisation_unit_info(org, 3, NULL, NULL));

  CHECK_OK(tandem_organisation_find_unit(org, "buyer", &found, &index));
  CHECK(found && index == 2);
  index = 99;
  CHECK_OK(tandem_organisation_find_unit(org, "nobody", &found, &index));
  CHECK(!found && index == 99);
  CHECK_OK(tandem_organisation_find_unit(org, "buyer", &found, NULL));
  CHECK(found);
  CHECK_OK(tandem_organisation_unit_with(org, TANDEM_UNIT_FUNCTION_MARKETING, &found, &index));
  CHECK(found && index == 3);
  CHECK_OK(tandem_organisation_unit_with(org, TANDEM_UNIT_FUNCTION_SALES, &found, &index));
  CHECK(found && index == 1);
  index = 99;
  CHECK_OK(tandem_organisation_unit_with(org, TANDEM_UNIT_FUNCTION_MARKETING_AND_SALES, &found, &index));
  CHECK(!found && index == 99);

  /* Errors of the readers. */
  CHECK_FAILS(tandem_organisation_unit_id(org, 4, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("index 4 is out of range: there are 4 units");
  CHECK_FAILS(tandem_organisation_unit_id(NULL, 0, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("org is NULL");
  CHECK_FAILS(tandem_organisation_unit_name(org, 0, 2, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("lang 2 is not a tandem_lang (TANDEM_LANG_ZH 0, TANDEM_LANG_EN 1)");
  CHECK_FAILS(tandem_organisation_unit_superior(org, 9, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_organisation_unit_info(org, 4, &kind, &function), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_unit_info(NULL, 0, &kind, &function), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_find_unit(org, NULL, &found, &index), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("id is NULL");
  CHECK_FAILS(tandem_organisation_find_unit(org, "buyer", NULL, &index), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("found_out is NULL");
  CHECK_FAILS(tandem_organisation_find_unit(NULL, "buyer", &found, &index), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_unit_with(org, TANDEM_UNIT_FUNCTION_NONE, &found, &index),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("1 is not a tandem_unit_function that one unit at most has (marketing, sales, marketing_and_sales)");
  CHECK_FAILS(tandem_organisation_unit_with(org, TANDEM_UNIT_FUNCTION_FROM_ID, &found, &index),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_unit_with(org, 5, &found, &index), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_unit_with(org, TANDEM_UNIT_FUNCTION_SALES, NULL, &index),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_unit_with(NULL, TANDEM_UNIT_FUNCTION_SALES, &found, &index),
              TANDEM_E_INVALID_ARGUMENT, -1);
  /* Failed reads wrote nothing. */
  CHECK(kind == TANDEM_UNIT_ROLE && function == TANDEM_UNIT_FUNCTION_MARKETING && index == 99);

  tandem_organisation_destroy(org);
}

static void test_building_errors(void) {
  tandem_organisation* org = NULL;
  tandem_organisation* untouched = (tandem_organisation*)&untouched;

  CHECK_FAILS(tandem_organisation_create(NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("out is NULL");
  CHECK_OK(tandem_organisation_create(&org));
  add_role(org, "role_marketing_director", NULL);
  add_department(org, "org_marketing_department", "role_marketing_director");

  /* add_unit: NULLs, enumerations, then the core's rules; the organisation stays. */
  CHECK_FAILS(tandem_organisation_add_unit(NULL, "x", TANDEM_UNIT_ROLE, "X", NULL, NULL, 0),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("org is NULL");
  CHECK_FAILS(tandem_organisation_add_unit(org, NULL, TANDEM_UNIT_ROLE, "X", NULL, NULL, 0),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("id is NULL");
  CHECK_FAILS(tandem_organisation_add_unit(org, "x", 2, "X", NULL, NULL, 0), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("2 is not a tandem_unit_kind");
  CHECK_FAILS(tandem_organisation_add_unit(org, "x", -1, "X", NULL, NULL, 0), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("-1 is not a tandem_unit_kind");
  CHECK_FAILS(tandem_organisation_add_unit(org, "x", TANDEM_UNIT_ROLE, "X", NULL, NULL, 5),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("5 is not a tandem_unit_function");
  /* 256 would wrap to department in the core's 8-bit enumeration: refused first. */
  CHECK_FAILS(tandem_organisation_add_unit(org, "x", 256, "X", NULL, NULL, 0), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("256 is not a tandem_unit_kind");
  CHECK_FAILS(tandem_organisation_add_unit(org, "East", TANDEM_UNIT_ROLE, "X", NULL, NULL, 0),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("malformed unit id 'East': must match [a-z][a-z0-9_]* and have at most 64 characters");
  CHECK_FAILS(tandem_organisation_add_unit(org, "org_marketing_department", TANDEM_UNIT_DEPARTMENT, NULL, NULL,
                                           NULL, 0),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("duplicate unit id 'org_marketing_department'");
  CHECK_FAILS(tandem_organisation_add_unit(org, "org_sales_department", TANDEM_UNIT_ROLE, NULL, NULL, NULL, 0),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unit 'org_sales_department' is a catalog org_unit id and cannot be a role");
  CHECK_FAILS(tandem_organisation_add_unit(org, "plant", TANDEM_UNIT_DEPARTMENT, "", NULL, NULL, 0),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unit 'plant' is not a catalog id and needs a zh or en name");
  CHECK_FAILS(tandem_organisation_add_unit(org, "org_sales_department", TANDEM_UNIT_DEPARTMENT, NULL, NULL, NULL,
                                           TANDEM_UNIT_FUNCTION_MARKETING),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unit 'org_sales_department' is the catalog's sales department and cannot have the function "
             "marketing");
  CHECK_FAILS(tandem_organisation_add_unit(org, "brand", TANDEM_UNIT_DEPARTMENT, "品牌部", NULL, NULL,
                                           TANDEM_UNIT_FUNCTION_MARKETING),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unit 'brand' (marketing) conflicts with unit 'org_marketing_department' (marketing): at most one "
             "marketing and one sales unit, or one unit doing both");
  CHECK_FAILS(tandem_organisation_add_unit(org, "loop", TANDEM_UNIT_DEPARTMENT, "环", NULL, "loop", 0),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("reporting cycle: loop -> loop");
  CHECK(tandem_organisation_unit_count(org) == 2);

  /* add_duty */
  CHECK_FAILS(tandem_organisation_add_duty(NULL, "d", "D", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("org is NULL");
  CHECK_FAILS(tandem_organisation_add_duty(org, NULL, "D", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("id is NULL");
  CHECK_FAILS(tandem_organisation_add_duty(org, "lifecycle_growth", "D", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("host duty id 'lifecycle_growth' collides with the catalog's lifecycle_stage 'lifecycle_growth'");
  CHECK_FAILS(tandem_organisation_add_duty(org, "exhibitions", NULL, ""), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("duty 'exhibitions' needs a zh or en name");
  CHECK_OK(tandem_organisation_add_duty(org, "exhibitions", NULL, "Exhibitions"));
  CHECK_FAILS(tandem_organisation_add_duty(org, "exhibitions", "展览", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("duplicate duty id 'exhibitions'");
  CHECK_FAILS(tandem_organisation_add_duty(org, "Exhibitions", "展览", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("malformed duty id 'Exhibitions': must match [a-z][a-z0-9_]* and have at most 64 characters");
  CHECK(tandem_organisation_duty_count(org) == 46);

  /* assign_person */
  CHECK_FAILS(tandem_organisation_assign_person(NULL, "li_lei", "role_marketing_director"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("org is NULL");
  CHECK_FAILS(tandem_organisation_assign_person(org, NULL, "role_marketing_director"), TANDEM_E_INVALID_ARGUMENT,
              -1);
  MESSAGE_IS("person_id is NULL");
  CHECK_FAILS(tandem_organisation_assign_person(org, "li_lei", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("role_id is NULL");
  CHECK_FAILS(tandem_organisation_assign_person(org, "li_lei", "role_cfo"), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("cannot assign person 'li_lei' to unknown role 'role_cfo'");
  CHECK_FAILS(tandem_organisation_assign_person(org, "li_lei", "org_marketing_department"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("cannot assign person 'li_lei' to 'org_marketing_department': it is a department, not a role");
  CHECK_FAILS(tandem_organisation_assign_person(org, "Li Lei", "role_marketing_director"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("malformed person id 'Li Lei': must match [a-z][a-z0-9_]* and have at most 64 characters");
  CHECK_OK(tandem_organisation_assign_person(org, "li_lei", "role_marketing_director"));
  CHECK_FAILS(tandem_organisation_assign_person(org, "li_lei", "role_marketing_director"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("person 'li_lei' is already assigned to role 'role_marketing_director'");

  /* assign_duty */
  CHECK_FAILS(tandem_organisation_assign_duty(NULL, "exhibitions", "org_marketing_department"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_assign_duty(org, NULL, "org_marketing_department"), TANDEM_E_INVALID_ARGUMENT,
              -1);
  MESSAGE_IS("duty_id is NULL");
  CHECK_FAILS(tandem_organisation_assign_duty(org, "exhibitions", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("owner_id is NULL");
  CHECK_FAILS(tandem_organisation_assign_duty(org, "ghost_duty", "org_marketing_department"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("cannot assign unknown duty 'ghost_duty' to 'org_marketing_department': not a catalog marketing "
             "duty or sales responsibility, nor a host duty");
  CHECK_FAILS(tandem_organisation_assign_duty(org, "exhibitions", "ghost"), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("cannot assign duty 'exhibitions' to unknown unit 'ghost'");
  CHECK_OK(tandem_organisation_assign_duty(org, "exhibitions", "org_marketing_department"));
  CHECK_FAILS(tandem_organisation_assign_duty(org, "exhibitions", "org_marketing_department"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("duty 'exhibitions' is already assigned to 'org_marketing_department'");

  /* validate: a dangling superior, then a cycle (units checked in the order added). */
  CHECK_OK(tandem_organisation_validate(org));
  CHECK_FAILS(tandem_organisation_validate(NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("org is NULL");
  CHECK_OK(tandem_organisation_add_unit(org, "a", TANDEM_UNIT_DEPARTMENT, "甲", "A", "b", 0));
  CHECK_FAILS(tandem_organisation_validate(org), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unit 'a' reports to unknown superior 'b'");
  CHECK_OK(tandem_organisation_add_unit(org, "b", TANDEM_UNIT_DEPARTMENT, "乙", "B", "c", 0));
  CHECK_OK(tandem_organisation_add_unit(org, "c", TANDEM_UNIT_DEPARTMENT, "丙", "C", "a", 0));
  CHECK_FAILS(tandem_organisation_validate(org), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("reporting cycle: a -> b -> c -> a");

  /* clone: NULLs leave *out alone. */
  CHECK_FAILS(tandem_organisation_clone(NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("org is NULL");
  CHECK_FAILS(tandem_organisation_clone(org, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("out is NULL");
  CHECK(untouched == (tandem_organisation*)&untouched);

  tandem_organisation_destroy(org);
  tandem_organisation_destroy(NULL);
}

static void test_duties(void) {
  tandem_organisation* org = NULL;
  tandem_duty_source source = -5;
  char text[160];
  size_t index = 99, length = 0;
  bool found = false;

  CHECK_OK(tandem_organisation_create(&org));
  CHECK(tandem_organisation_duty_count(org) == 45); /* 22 marketing duties + 23 responsibilities */
  CHECK(tandem_organisation_duty_count(NULL) == 0);
  CHECK_OK(tandem_organisation_add_duty(org, "key_account_review", "大客户评审", "Key account review"));
  CHECK_OK(tandem_organisation_add_duty(org, "trade_fair_budget", "", "Trade fair budget"));
  CHECK(tandem_organisation_duty_count(org) == 47);

  CHECK_OK(tandem_organisation_duty_id(org, 0, text, sizeof text, NULL));
  CHECK(strcmp(text, "mkt_resp_market_analysis_01_trends_and_customer_relations") == 0);
  CHECK_OK(tandem_organisation_duty_source(org, 0, &source));
  CHECK(source == TANDEM_DUTY_SOURCE_MARKETING_DUTY);
  CHECK_OK(tandem_organisation_duty_id(org, 22, text, sizeof text, NULL));
  CHECK(strcmp(text, "sales_resp_find_demand_customers") == 0);
  CHECK_OK(tandem_organisation_duty_source(org, 22, &source));
  CHECK(source == TANDEM_DUTY_SOURCE_SALES_RESPONSIBILITY);
  CHECK_OK(tandem_organisation_duty_id(org, 46, text, sizeof text, &length));
  CHECK(strcmp(text, "trade_fair_budget") == 0 && length == 17);
  CHECK_OK(tandem_organisation_duty_source(org, 46, &source));
  CHECK(source == TANDEM_DUTY_SOURCE_HOST);
  CHECK_OK(tandem_organisation_duty_name(org, 46, TANDEM_LANG_ZH, text, sizeof text, NULL));
  CHECK(strcmp(text, "Trade fair budget") == 0); /* only en given */
  CHECK_OK(tandem_organisation_duty_name(org, 45, TANDEM_LANG_ZH, text, sizeof text, NULL));
  CHECK(strcmp(text, "大客户评审") == 0);

  CHECK_OK(tandem_organisation_find_duty(org, "sales_resp_customer_development", &found, &index));
  CHECK(found);
  CHECK_OK(tandem_organisation_duty_name(org, index, TANDEM_LANG_ZH, text, sizeof text, NULL));
  CHECK(strcmp(text, "客户开发") == 0);
  CHECK_OK(tandem_organisation_find_duty(org, "key_account_review", &found, &index));
  CHECK(found && index == 45);
  index = 99;
  CHECK_OK(tandem_organisation_find_duty(org, "org_sales_department", &found, &index));
  CHECK(!found && index == 99);

  CHECK_FAILS(tandem_organisation_duty_id(org, 47, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("index 47 is out of range: there are 47 duties");
  CHECK_FAILS(tandem_organisation_duty_name(org, 0, -1, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_duty_name(NULL, 0, TANDEM_LANG_EN, text, sizeof text, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_duty_id(org, 0, NULL, 1, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  source = -5;
  CHECK_FAILS(tandem_organisation_duty_source(org, 47, &source), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_duty_source(org, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("out is NULL");
  CHECK(source == -5);
  CHECK_FAILS(tandem_organisation_find_duty(org, NULL, &found, &index), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_find_duty(org, "x", NULL, &index), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_find_duty(NULL, "x", &found, &index), TANDEM_E_INVALID_ARGUMENT, -1);
  tandem_organisation_destroy(org);
}

static void test_queries_on_the_catalog_company(void) {
  static const char* const unowned[4] = {"mkt_resp_org_actions_04_mobilise_review_reward",
                                         "sales_resp_convey_brand_image", "sales_resp_market_share_growth",
                                         "trade_fair_budget"};
  static const char* const twice[3] = {"mkt_resp_marketing_plan_07_sales_payment_supervision",
                                       "mkt_resp_org_actions_02_professional_training",
                                       "sales_resp_payment_collection"};
  static const char* const twice_owners[3][2] = {
      {"role_office_admin_supervisor", "finance_department"},
      {"role_business_supervisor", "role_sales_department_manager"},
      {"role_field_sales_staff", "finance_department"}};
  static const char* const chain[4] = {"role_sales_department_manager", "org_sales_department",
                                       "role_marketing_director", "role_general_manager"};
  static const char* const supervisors[5] = {"role_business_supervisor", "role_planning_supervisor",
                                             "role_office_admin_supervisor",
                                             "role_new_product_development_supervisor",
                                             "role_distribution_supervisor"};
  static const char* const departments[2] = {"org_marketing_department", "org_sales_department"};
  static const char* const subtree[10] = {
      "role_marketing_director", "org_marketing_department", "role_business_supervisor",
      "role_planning_supervisor", "role_office_admin_supervisor", "role_new_product_development_supervisor",
      "role_distribution_supervisor", "org_sales_department", "role_sales_department_manager",
      "role_field_sales_staff"};
  static const char* const leaf[1] = {"role_field_sales_staff"};
  static const char* const field_staff[2] = {"chen_jing", "liu_yang"};
  static const char* const zhao_lei[2] = {"role_sales_department_manager", "role_business_supervisor"};
  static const char* const training_owners[2] = {"role_business_supervisor", "role_sales_department_manager"};
  static const char* const office_admin[5] = {
      "mkt_resp_marketing_plan_07_sales_payment_supervision", "mkt_resp_info_mgmt_01_related_information",
      "mkt_resp_info_mgmt_02_competitor_information", "mkt_resp_info_mgmt_03_early_warning",
      "mkt_resp_info_mgmt_04_market_survey_information"};
  tandem_organisation* org = catalog_company("role_marketing_director");
  tandem_id_list* list = NULL;
  tandem_id_list* untouched = (tandem_id_list*)&untouched;
  size_t i, j, related = 99;

  CHECK_OK(tandem_organisation_validate(org));
  CHECK(tandem_organisation_unit_count(org) == 12);

  CHECK_LIST(tandem_organisation_unowned_duties(org, &list), list, unowned);
  CHECK_LIST(tandem_organisation_owners_of(org, "mkt_resp_org_actions_02_professional_training", &list), list,
             training_owners);
  CHECK_OK(tandem_organisation_owners_of(org, "trade_fair_budget", &list));
  CHECK(tandem_id_list_count(list) == 0);
  CHECK_FAILS(tandem_id_list_get(list, 0, NULL, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("index 0 is out of range: there are 0 ids");
  tandem_id_list_destroy(list);

  /* Duties owned more than once, each with its owners as related ids. */
  CHECK_OK(tandem_organisation_duties_owned_more_than_once(org, &list));
  CHECK(list_is(list, twice, 3));
  for (i = 0; i < 3; ++i) {
    CHECK_OK(tandem_id_list_related_count(list, i, &related));
    CHECK(related == 2);
    for (j = 0; j < 2; ++j) CHECK(strcmp(related_at(list, i, j), twice_owners[i][j]) == 0);
  }
  CHECK_FAILS(tandem_id_list_related(list, 0, 2, NULL, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("related_index 2 is out of range: id 0 has 2 related ids");
  CHECK_FAILS(tandem_id_list_related(list, 3, 0, NULL, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("index 3 is out of range: there are 3 ids");
  CHECK_FAILS(tandem_id_list_related(list, 0, 0, NULL, 5, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("buffer is NULL but capacity is 5");
  related = 99;
  CHECK_FAILS(tandem_id_list_related_count(list, 3, &related), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_id_list_related_count(list, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_id_list_related_count(NULL, 0, &related), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("list is NULL");
  CHECK(related == 99);
  tandem_id_list_destroy(list);

  /* What a unit owns: pairs, the owner as the one related id. */
  CHECK_OK(tandem_organisation_duties_of(org, "role_office_admin_supervisor", false, &list));
  CHECK(list_is(list, office_admin, 5));
  for (i = 0; i < 5; ++i) {
    CHECK_OK(tandem_id_list_related_count(list, i, &related));
    CHECK(related == 1 && strcmp(related_at(list, i, 0), "role_office_admin_supervisor") == 0);
  }
  tandem_id_list_destroy(list);
  CHECK_OK(tandem_organisation_duties_of(org, "org_marketing_department", false, &list));
  CHECK(tandem_id_list_count(list) == 7); /* plan 01..06 and org_actions_01 */
  tandem_id_list_destroy(list);
  CHECK_OK(tandem_organisation_duties_of(org, "org_marketing_department", true, &list));
  CHECK(tandem_id_list_count(list) == 21); /* every marketing duty but org_actions_04 */
  CHECK(strcmp(id_at(list, 20), "mkt_resp_org_actions_03_brand_promotion_incentives") == 0);
  CHECK(strcmp(related_at(list, 20, 0), "role_planning_supervisor") == 0);
  tandem_id_list_destroy(list);
  CHECK_OK(tandem_organisation_duties_of(org, "org_sales_department", true, &list));
  CHECK(tandem_id_list_count(list) == 23);
  CHECK(strcmp(id_at(list, 22), "key_account_review") == 0);
  tandem_id_list_destroy(list);
  /* 23 marketing + 22 sales + 1 host assignments; finance's two are outside the director. */
  CHECK_OK(tandem_organisation_duty_assignments(org, &list));
  CHECK(tandem_id_list_count(list) == 46);
  CHECK(strcmp(id_at(list, 0), "mkt_resp_market_analysis_01_trends_and_customer_relations") == 0);
  CHECK(strcmp(related_at(list, 0, 0), "role_planning_supervisor") == 0);
  CHECK(strcmp(id_at(list, 45), "key_account_review") == 0);
  tandem_id_list_destroy(list);
  CHECK_OK(tandem_organisation_duties_of(org, "role_marketing_director", true, &list));
  CHECK(tandem_id_list_count(list) == 44);
  tandem_id_list_destroy(list);
  CHECK_OK(tandem_organisation_duties_of(org, "role_marketing_director", false, &list));
  CHECK(tandem_id_list_count(list) == 0);
  tandem_id_list_destroy(list);

  /* The tree. */
  CHECK_LIST(tandem_organisation_superior_chain(org, "role_field_sales_staff", &list), list, chain);
  CHECK_OK(tandem_organisation_superior_chain(org, "role_general_manager", &list));
  CHECK(tandem_id_list_count(list) == 0);
  tandem_id_list_destroy(list);
  CHECK_LIST(tandem_organisation_direct_subordinates(org, "org_marketing_department", &list), list, supervisors);
  CHECK_LIST(tandem_organisation_direct_subordinates(org, "role_marketing_director", &list), list, departments);
  CHECK_LIST(tandem_organisation_subtree(org, "role_marketing_director", &list), list, subtree);
  CHECK_LIST(tandem_organisation_subtree(org, "role_field_sales_staff", &list), list, leaf);

  /* People. */
  CHECK_LIST(tandem_organisation_people_in(org, "role_field_sales_staff", &list), list, field_staff);
  CHECK_LIST(tandem_organisation_roles_of(org, "zhao_lei", &list), list, zhao_lei);
  CHECK_OK(tandem_organisation_roles_of(org, "nobody", &list));
  CHECK(tandem_id_list_count(list) == 0);
  tandem_id_list_destroy(list);
  CHECK_OK(tandem_organisation_people_in(org, "role_distribution_supervisor", &list));
  CHECK(tandem_id_list_count(list) == 0);
  tandem_id_list_destroy(list);

  /* Errors: each query, its NULLs and unknown ids; *out stays as it was. */
  CHECK_FAILS(tandem_organisation_owners_of(org, "ghost_duty", &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unknown duty 'ghost_duty'");
  CHECK_FAILS(tandem_organisation_owners_of(org, NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("duty_id is NULL");
  CHECK_FAILS(tandem_organisation_duties_of(org, "nope", true, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unknown unit 'nope'");
  CHECK_FAILS(tandem_organisation_duties_of(org, NULL, true, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unit_id is NULL");
  CHECK_FAILS(tandem_organisation_direct_subordinates(org, "ghost", &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unknown unit 'ghost'");
  CHECK_FAILS(tandem_organisation_subtree(org, "ghost", &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unknown unit 'ghost'");
  CHECK_FAILS(tandem_organisation_superior_chain(org, "ghost", &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unknown unit 'ghost'");
  CHECK_FAILS(tandem_organisation_people_in(org, "role_cfo", &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unknown unit 'role_cfo'");
  CHECK_FAILS(tandem_organisation_roles_of(org, NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("person_id is NULL");
  CHECK_FAILS(tandem_organisation_subtree(org, NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_superior_chain(org, NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_direct_subordinates(org, NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_people_in(org, NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_unowned_duties(NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("org is NULL");
  CHECK_FAILS(tandem_organisation_unowned_duties(org, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("out is NULL");
  CHECK_FAILS(tandem_organisation_duties_owned_more_than_once(NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_duties_owned_more_than_once(org, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_duty_assignments(NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_duty_assignments(org, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_roles_of(org, "x", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched == (tandem_id_list*)&untouched);
  CHECK_FAILS(tandem_id_list_get(NULL, 0, NULL, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("list is NULL");
  CHECK(tandem_id_list_count(NULL) == 0);
  tandem_id_list_destroy(NULL);

  /* A list is a snapshot: a later assignment does not change it; a failed one
   * changes nothing at all. */
  CHECK_OK(tandem_organisation_unowned_duties(org, &list));
  CHECK_FAILS(tandem_organisation_assign_duty(org, "trade_fair_budget", "ghost"), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_OK(tandem_organisation_assign_duty(org, "trade_fair_budget", "finance_department"));
  CHECK(list_is(list, unowned, 4));
  tandem_id_list_destroy(list);
  CHECK_OK(tandem_organisation_unowned_duties(org, &list));
  CHECK(list_is(list, unowned, 3)); /* trade_fair_budget, the last, is owned now */
  tandem_id_list_destroy(list);
  tandem_organisation_destroy(org);
}

static void test_tree_queries_validate_first(void) {
  tandem_organisation* org = NULL;
  tandem_id_list* untouched = (tandem_id_list*)&untouched;
  CHECK_OK(tandem_organisation_create(&org));
  CHECK_OK(tandem_organisation_add_unit(org, "a", TANDEM_UNIT_DEPARTMENT, "甲", NULL, "c", 0));
  CHECK_OK(tandem_organisation_add_unit(org, "b", TANDEM_UNIT_DEPARTMENT, "乙", NULL, "a", 0));
  CHECK_OK(tandem_organisation_add_unit(org, "c", TANDEM_UNIT_DEPARTMENT, "丙", NULL, "b", 0));
  CHECK_FAILS(tandem_organisation_superior_chain(org, "a", &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("reporting cycle: a -> c -> b -> a");
  CHECK_FAILS(tandem_organisation_duties_of(org, "a", true, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("reporting cycle: a -> c -> b -> a");
  CHECK_FAILS(tandem_organisation_subtree(org, "a", &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_organisation_direct_subordinates(org, "a", &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched == (tandem_id_list*)&untouched);
  tandem_organisation_destroy(org);
}

static void test_clone_is_independent(void) {
  tandem_organisation* org = catalog_company("role_marketing_director");
  tandem_organisation* copy = NULL;
  tandem_id_list* list = NULL;
  CHECK_OK(tandem_organisation_clone(org, &copy));
  CHECK(copy != NULL && copy != org);
  CHECK(tandem_organisation_unit_count(copy) == 12);
  CHECK_OK(tandem_organisation_add_unit(copy, "plant", TANDEM_UNIT_DEPARTMENT, "工厂", "Plant", "", 0));
  CHECK_OK(tandem_organisation_assign_duty(copy, "trade_fair_budget", "plant"));
  CHECK(tandem_organisation_unit_count(copy) == 13);
  CHECK(tandem_organisation_unit_count(org) == 12);
  CHECK_OK(tandem_organisation_unowned_duties(org, &list));
  CHECK(tandem_id_list_count(list) == 4);
  tandem_id_list_destroy(list);
  CHECK_OK(tandem_organisation_unowned_duties(copy, &list));
  CHECK(tandem_id_list_count(list) == 3);
  tandem_id_list_destroy(list);
  /* Destroying the original leaves the copy usable. */
  tandem_organisation_destroy(org);
  CHECK_OK(tandem_organisation_validate(copy));
  tandem_organisation_destroy(copy);
}

static const char* reason_id(const tandem_org_model_result* result, size_t index) {
  static char buffer[128];
  if (tandem_org_model_result_reason_id(result, index, buffer, sizeof buffer, NULL) != TANDEM_OK) return "<error>";
  return buffer;
}

static int reason_ids_are(const tandem_org_model_result* result, size_t index, const char* const* expected,
                          size_t count) {
  tandem_id_list* ids = NULL;
  int same;
  if (tandem_org_model_result_reason_ids(result, index, &ids) != TANDEM_OK) return 0;
  same = list_is(ids, expected, count);
  tandem_id_list_destroy(ids);
  return same;
}

static void test_classifier_model_4(void) {
  static const char* const peers[2] = {"org_marketing_department", "org_sales_department"};
  tandem_organisation* org = catalog_company("role_marketing_director");
  tandem_org_model_result* result = NULL;
  char text[512];
  size_t length = 0;

  CHECK_OK(tandem_org_model_classify(org, &result));
  CHECK(tandem_org_model_result_model(result) == 4);
  CHECK_OK(tandem_org_model_result_model_id(result, text, sizeof text, &length));
  CHECK(strcmp(text, "org_model_4_marketing_supports_and_manages_sales") == 0);
  CHECK(length == strlen("org_model_4_marketing_supports_and_manages_sales"));
  CHECK(tandem_org_model_result_reason_count(result) == 3);
  CHECK(strcmp(reason_id(result, 0), "marketing_independent_of_sales") == 0);
  CHECK(strcmp(reason_id(result, 1), "marketing_owns_management_duties") == 0);
  CHECK(strcmp(reason_id(result, 2), "marketing_owns_support_duties") == 0);
  CHECK(reason_ids_are(result, 0, peers, 2));
  CHECK(reason_ids_are(result, 1, management, 5));
  CHECK(reason_ids_are(result, 2, support, 8));
  CHECK_OK(tandem_org_model_result_reason_text(result, 0, TANDEM_LANG_EN, text, sizeof text, &length));
  CHECK(length > 0 && strlen(text) == length);

  /* Errors of the result readers. */
  CHECK_FAILS(tandem_org_model_result_reason_id(result, 3, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT,
              -1);
  MESSAGE_IS("index 3 is out of range: there are 3 reasons");
  CHECK_FAILS(tandem_org_model_result_reason_text(result, 0, 7, text, sizeof text, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("lang 7 is not a tandem_lang (TANDEM_LANG_ZH 0, TANDEM_LANG_EN 1)");
  CHECK_FAILS(tandem_org_model_result_reason_text(result, 3, TANDEM_LANG_EN, text, sizeof text, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_org_model_result_reason_ids(result, 3, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("out is NULL");
  CHECK_FAILS(tandem_org_model_result_model_id(result, NULL, 3, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_org_model_result_model_id(NULL, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("result is NULL");
  CHECK_FAILS(tandem_org_model_result_reason_id(NULL, 0, text, sizeof text, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(tandem_org_model_result_model(NULL) == 0);
  CHECK(tandem_org_model_result_reason_count(NULL) == 0);
  tandem_org_model_result_destroy(result);

  /* Model 4 already: no changes, and the changes result has no model. */
  CHECK_OK(tandem_org_model_changes_towards_model_4(org, &result));
  CHECK(tandem_org_model_result_model(result) == 0);
  CHECK(tandem_org_model_result_reason_count(result) == 0);
  CHECK_OK(tandem_org_model_result_model_id(result, text, sizeof text, &length));
  CHECK(strcmp(text, "") == 0 && length == 0);
  tandem_org_model_result_destroy(result);
  tandem_org_model_result_destroy(NULL);
  tandem_organisation_destroy(org);
}

static void test_classifier_model_2(void) {
  static const char* const chain[3] = {"org_marketing_department", "role_sales_department_manager",
                                       "org_sales_department"};
  static const char* const move[4] = {"org_marketing_department", "org_sales_department",
                                      "role_sales_department_manager", "role_marketing_director"};
  tandem_organisation* org = catalog_company("role_sales_department_manager");
  tandem_org_model_result* result = NULL;
  char text[512];

  CHECK_OK(tandem_org_model_classify(org, &result));
  CHECK(tandem_org_model_result_model(result) == 2);
  CHECK_OK(tandem_org_model_result_model_id(result, text, sizeof text, NULL));
  CHECK(strcmp(text, "org_model_2_marketing_under_sales") == 0);
  CHECK(tandem_org_model_result_reason_count(result) == 1);
  CHECK(strcmp(reason_id(result, 0), "marketing_reports_to_sales") == 0);
  CHECK(reason_ids_are(result, 0, chain, 3));
  /* The chain in each language: each unit as its catalog name (catalog.json) and id. */
  CHECK_OK(tandem_org_model_result_reason_text(result, 0, TANDEM_LANG_EN, text, sizeof text, NULL));
  CHECK(strcmp(text, "The marketing department reports to the sales department: Marketing Department "
                     "(org_marketing_department) -> Sales Department Manager (role_sales_department_manager) "
                     "-> Sales Department (org_sales_department)") == 0);
  CHECK_OK(tandem_org_model_result_reason_text(result, 0, TANDEM_LANG_ZH, text, sizeof text, NULL));
  CHECK(strcmp(text, "市场部隶属于销售部:市场部(org_marketing_department) -> "
                     "销售部经理(role_sales_department_manager) -> 销售部(org_sales_department)") == 0);
  tandem_org_model_result_destroy(result);

  /* Marketing owns every duty already: only the reporting line moves. */
  CHECK_OK(tandem_org_model_changes_towards_model_4(org, &result));
  CHECK(tandem_org_model_result_model(result) == 0);
  CHECK(tandem_org_model_result_reason_count(result) == 1);
  CHECK(strcmp(reason_id(result, 0), "make_marketing_a_peer_of_sales") == 0);
  CHECK(reason_ids_are(result, 0, move, 4));
  tandem_org_model_result_destroy(result);
  tandem_organisation_destroy(org);
}

static void test_classifier_model_1_and_errors(void) {
  tandem_organisation* org = NULL;
  tandem_org_model_result* result = NULL;
  tandem_org_model_result* untouched = (tandem_org_model_result*)&untouched;

  /* merged_company() of the fixtures: one unit doing both. */
  CHECK_OK(tandem_organisation_create(&org));
  add_role(org, "role_general_manager", NULL);
  CHECK_OK(tandem_organisation_add_unit(org, "marketing_sales_department", TANDEM_UNIT_DEPARTMENT, "市场营销部",
                                        "Marketing & Sales Department", "role_general_manager",
                                        TANDEM_UNIT_FUNCTION_MARKETING_AND_SALES));
  CHECK_OK(tandem_org_model_classify(org, &result));
  CHECK(tandem_org_model_result_model(result) == 1);
  CHECK(strcmp(reason_id(result, 0), "marketing_and_sales_in_one_unit") == 0);
  tandem_org_model_result_destroy(result);
  /* Split, then every management and support duty to give: 1 + 5 + 8 changes. */
  CHECK_OK(tandem_org_model_changes_towards_model_4(org, &result));
  CHECK(tandem_org_model_result_reason_count(result) == 14);
  CHECK(strcmp(reason_id(result, 0), "split_marketing_from_sales") == 0);
  CHECK(strcmp(reason_id(result, 1), "assign_duty_to_marketing") == 0);
  tandem_org_model_result_destroy(result);

  /* An invalid organisation is not classified. */
  CHECK_OK(tandem_organisation_add_unit(org, "east", TANDEM_UNIT_DEPARTMENT, "东区", NULL, "east_regon", 0));
  CHECK_FAILS(tandem_org_model_classify(org, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unit 'east' reports to unknown superior 'east_regon'");
  CHECK_FAILS(tandem_org_model_changes_towards_model_4(org, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("unit 'east' reports to unknown superior 'east_regon'");
  CHECK_FAILS(tandem_org_model_classify(NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("org is NULL");
  CHECK_FAILS(tandem_org_model_classify(org, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_IS("out is NULL");
  CHECK_FAILS(tandem_org_model_changes_towards_model_4(NULL, &untouched), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_org_model_changes_towards_model_4(org, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched == (tandem_org_model_result*)&untouched);
  tandem_organisation_destroy(org);
}

int main(void) {
  test_pinned_values_and_names();
  test_units_read_back();
  test_building_errors();
  test_duties();
  test_queries_on_the_catalog_company();
  test_tree_queries_validate_first();
  test_clone_is_independent();
  test_classifier_model_4();
  test_classifier_model_2();
  test_classifier_model_1_and_errors();
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
