/*
 * The catalog section of tandem.h ("org: the built-in catalog") in plain C: every
 * function, NULL arguments, unknown ids and names, buffers too small, outputs left
 * untouched by a failed call. The expected values are read by hand from
 * data/domain/catalog.json (the catalog's source): its "counts" block for the sizes
 * of the lists, and the entries themselves for ids, texts, numbers and flags.
 *
 * Exit status: 0 when every CHECK holds, 1 otherwise (each failure is printed).
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "tandem.h"

#define MESSAGE_HAS(text) CHECK(strstr(tandem_last_error_message(), (text)) != NULL)
#define UNTOUCHED "untouched"
#define LENGTH_SENTINEL ((size_t)4242)

/* Each helper makes the call with a large buffer and reports whether it succeeded
 * and wrote exactly `expected` with the matching length; a mismatch is printed. */
static int same(const char* what, const char* got, size_t length, const char* expected) {
  if (strcmp(got, expected) == 0 && length == strlen(expected)) return 1;
  fprintf(stderr, "  %s: got \"%s\" (length %zu), expected \"%s\"\n", what, got, length,
          expected);
  return 0;
}

static int list_id_is(const char* list, size_t index, const char* expected) {
  char buffer[256];
  size_t length = 0;
  if (tandem_catalog_list_id(list, index, buffer, sizeof buffer, &length) != TANDEM_OK) return 0;
  return same(list, buffer, length, expected);
}

static int kind_is(const char* id, const char* expected) {
  char buffer[64];
  size_t length = 0;
  if (tandem_catalog_kind(id, buffer, sizeof buffer, &length) != TANDEM_OK) return 0;
  return same(id, buffer, length, expected);
}

static int text_is(const char* id, tandem_lang lang, const char* expected) {
  char buffer[1024];
  size_t length = 0;
  if (tandem_catalog_text(id, lang, buffer, sizeof buffer, &length) != TANDEM_OK) return 0;
  return same(id, buffer, length, expected);
}

static int parent_is(const char* id, const char* expected) {
  char buffer[256];
  size_t length = 0;
  if (tandem_catalog_parent(id, buffer, sizeof buffer, &length) != TANDEM_OK) return 0;
  return same(id, buffer, length, expected);
}

static int link_count_is(const char* id, const char* link, size_t expected) {
  size_t count = LENGTH_SENTINEL;
  if (tandem_catalog_link_count(id, link, &count) != TANDEM_OK) return 0;
  if (count == expected) return 1;
  fprintf(stderr, "  %s %s: %zu links, expected %zu\n", id, link, count, expected);
  return 0;
}

static int link_is(const char* id, const char* link, size_t index, const char* expected) {
  char buffer[256];
  size_t length = 0;
  if (tandem_catalog_link_id(id, link, index, buffer, sizeof buffer, &length) != TANDEM_OK) {
    return 0;
  }
  return same(link, buffer, length, expected);
}

static int field_is(const char* id, const char* field, tandem_lang lang, const char* expected) {
  char buffer[1024];
  size_t length = 0;
  if (tandem_catalog_field(id, field, lang, buffer, sizeof buffer, &length) != TANDEM_OK) return 0;
  return same(field, buffer, length, expected);
}

static int flag_is(const char* id, const char* flag, bool expected) {
  bool value = !expected;
  return tandem_catalog_flag(id, flag, &value) == TANDEM_OK && value == expected;
}

static int integer_is(const char* id, const char* name, int64_t expected) {
  int64_t value = -1;
  return tandem_catalog_integer(id, name, &value) == TANDEM_OK && value == expected;
}

static void reset(char* buffer, size_t* length) {
  memcpy(buffer, UNTOUCHED, sizeof UNTOUCHED);
  *length = LENGTH_SENTINEL;
}

static int untouched(const char* buffer, size_t length) {
  return strcmp(buffer, UNTOUCHED) == 0 && length == LENGTH_SENTINEL;
}

static void test_languages(void) {
  tandem_lang lang = -1;
  CHECK(TANDEM_LANG_ZH == 0 && TANDEM_LANG_EN == 1);
  CHECK(strcmp(tandem_lang_name(TANDEM_LANG_ZH), "zh") == 0);
  CHECK(strcmp(tandem_lang_name(TANDEM_LANG_EN), "en") == 0);
  CHECK(tandem_lang_name(-1) == NULL);
  CHECK(tandem_lang_name(2) == NULL);
  CHECK_OK(tandem_lang_from_name("zh", &lang));
  CHECK(lang == TANDEM_LANG_ZH);
  CHECK_OK(tandem_lang_from_name("EN", &lang)); /* any case */
  CHECK(lang == TANDEM_LANG_EN);
  lang = 99;
  CHECK_FAILS(tandem_lang_from_name("fr", &lang), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("\"fr\"");
  CHECK_FAILS(tandem_lang_from_name("", &lang), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_lang_from_name(NULL, &lang), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_lang_from_name("en", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(lang == 99);
}

static void test_info(void) {
  char buffer[256];
  size_t length = 0;
  /* catalog.json: catalog_id, schema_version, source_document.sha256, title. */
  CHECK_OK(tandem_catalog_info("id", TANDEM_LANG_EN, buffer, sizeof buffer, &length));
  CHECK(same("id", buffer, length, "marketing_vs_sales_departments_zh"));
  CHECK_OK(tandem_catalog_info("schema_version", TANDEM_LANG_ZH, buffer, sizeof buffer, &length));
  CHECK(same("schema_version", buffer, length, "1.0.0"));
  CHECK_OK(tandem_catalog_info("source_sha256", TANDEM_LANG_EN, buffer, sizeof buffer, &length));
  CHECK(same("source_sha256", buffer, length,
             "a3d3792276fd571515f7f830af6823885aae1aacbe4db324c76ee9fc11c91c6e"));
  CHECK_OK(tandem_catalog_info("title", TANDEM_LANG_ZH, buffer, sizeof buffer, &length));
  CHECK(same("title", buffer, length,
             "市场部与销售部:职责、关系、区别与协作(默认领域数据)"));
  CHECK_OK(tandem_catalog_info("title", TANDEM_LANG_EN, buffer, sizeof buffer, &length));
  CHECK(strncmp(buffer, "Marketing department vs sales department", 40) == 0);

  /* Asking for the length: NULL buffer, capacity 0. */
  length = 0;
  CHECK_OK(tandem_catalog_info("schema_version", TANDEM_LANG_EN, NULL, 0, &length));
  CHECK(length == 5);

  reset(buffer, &length);
  CHECK_FAILS(tandem_catalog_info("version", TANDEM_LANG_EN, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("\"version\"");
  CHECK_FAILS(tandem_catalog_info(NULL, TANDEM_LANG_EN, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  /* The language is checked even for information that does not depend on it. */
  CHECK_FAILS(tandem_catalog_info("id", 2, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("lang 2");
  CHECK_FAILS(tandem_catalog_info("id", TANDEM_LANG_EN, NULL, 8, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched(buffer, length));
}

/* catalog.json "counts": org_units 3, roles 22, relations 22,
 * marketing_responsibility_areas 5, marketing_responsibility_sub_items 22,
 * sales_responsibilities 23, lifecycle_stages 3, lifecycle_unique_activities 12,
 * marketing_to_sales_items 5, marketing_to_sales_sub_items 2, sales_to_marketing_items
 * 9, other_information_flows 15, organisational_models 4, capabilities 8,
 * comparison_dimensions 8, planning_periods 6, time_horizons_marketing 3,
 * time_horizons_sales 3, workflows 6. */
static const struct {
  const char* name;
  size_t count;
  const char* first;
  const char* last;
} expected_lists[] = {
    {"org_units", 3, "org_marketing_division", "org_sales_department"},
    {"roles", 22, "role_marketing_director", "role_reviewer_sales_supervisor"},
    {"relations", 22, "rel_division_contains_marketing_department",
     "rel_marketing_and_sales_jointly_set_targets"},
    {"marketing_areas", 5, "mkt_resp_market_analysis", "mkt_resp_organise_marketing_actions"},
    {"marketing_duties", 22, "mkt_resp_market_analysis_01_trends_and_customer_relations", NULL},
    {"sales_responsibilities", 23, "sales_resp_find_demand_customers", NULL},
    {"lifecycle_stages", 3, "lifecycle_introduction", "lifecycle_maturity"},
    {"lifecycle_activities", 12, "lc_consumer_purchase_psychology_survey", "lc_brand_planning"},
    {"marketing_to_sales_plans", 5, "flow_m2s_01_sales_promotion_plan",
     "flow_m2s_05_market_share_and_brand_plan"},
    {"marketing_to_sales_sub_items", 2, "flow_m2s_02a_terminal_activation_check",
     "flow_m2s_03a_gift_distribution_plan"},
    {"sales_to_marketing_reports", 9, "flow_s2m_01_terminal_display",
     "flow_s2m_09_customer_feedback"},
    {"other_information_flows", 15, "flow_other_m2s_market_trends_positioning_competitors", NULL},
    {"org_models", 4, "org_model_1_marketing_equals_sales",
     "org_model_4_marketing_supports_and_manages_sales"},
    {"capabilities", 8, "cap_01_mission_vision", "cap_08_break_down_strategy_and_teach"},
    {"comparison_dimensions", 8, "cmp_01_work_objective", "cmp_08_result_pursued"},
    {"planning_periods", 6, "period_year", "period_ten_year"},
    {"marketing_time_horizons", 3, "th_marketing_annual", "th_marketing_ten_year"},
    {"sales_time_horizons", 3, "th_sales_month", "th_sales_year_max"},
    {"workflows", 6, "wf_annual_marketing_plan", "wf_product_lifecycle_progression"},
};

static void test_lists(void) {
  const size_t list_count = sizeof expected_lists / sizeof expected_lists[0];
  size_t i, count = 0;
  char buffer[64];
  size_t length = 0;
  for (i = 0; i < list_count; ++i) {
    const char* name = tandem_catalog_list_name(i);
    CHECK(name != NULL && strcmp(name, expected_lists[i].name) == 0);
    count = LENGTH_SENTINEL;
    CHECK_OK(tandem_catalog_list_count(expected_lists[i].name, &count));
    CHECK(count == expected_lists[i].count);
    CHECK(list_id_is(expected_lists[i].name, 0, expected_lists[i].first));
    if (expected_lists[i].last != NULL) {
      CHECK(list_id_is(expected_lists[i].name, expected_lists[i].count - 1,
                       expected_lists[i].last));
    }
  }
  CHECK(tandem_catalog_list_name(list_count) == NULL);
  CHECK(tandem_catalog_list_name((size_t)-1) == NULL);

  /* The 9 reports in the seed's order: report k has number k. */
  for (i = 0; i < 9; ++i) {
    char id[128];
    int64_t number = 0;
    CHECK_OK(tandem_catalog_list_id("sales_to_marketing_reports", i, id, sizeof id, &length));
    CHECK_OK(tandem_catalog_integer(id, "number", &number));
    CHECK(number == (int64_t)i + 1);
  }

  /* A buffer too small: cut, NUL-terminated, the full length reported.
   * "org_marketing_division" is 22 bytes. */
  CHECK_OK(tandem_catalog_list_id("org_units", 0, buffer, 4, &length));
  CHECK(strcmp(buffer, "org") == 0 && length == 22);
  length = 0;
  CHECK_OK(tandem_catalog_list_id("org_units", 0, NULL, 0, &length));
  CHECK(length == 22);
  CHECK_OK(tandem_catalog_list_id("org_units", 0, buffer, sizeof buffer, NULL));
  CHECK(strcmp(buffer, "org_marketing_division") == 0);

  count = LENGTH_SENTINEL;
  CHECK_FAILS(tandem_catalog_list_count("departments", &count), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("\"departments\"");
  CHECK_FAILS(tandem_catalog_list_count("Roles", &count), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_list_count(NULL, &count), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_list_count("roles", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(count == LENGTH_SENTINEL);

  reset(buffer, &length);
  CHECK_FAILS(tandem_catalog_list_id("marketing_areas", 5, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("index 5");
  CHECK_FAILS(tandem_catalog_list_id("areas", 0, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_list_id(NULL, 0, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_list_id("roles", 0, NULL, 8, &length), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK(untouched(buffer, length));
}

static void test_entries(void) {
  bool found = false;
  char buffer[64];
  size_t length = 0;

  CHECK_OK(tandem_catalog_contains("role_marketing_vp", &found));
  CHECK(found);
  CHECK_OK(tandem_catalog_contains("role_chief_executive", &found));
  CHECK(!found);
  CHECK_OK(tandem_catalog_contains("", &found));
  CHECK(!found);
  found = true;
  CHECK_FAILS(tandem_catalog_contains(NULL, &found), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_contains("role_marketing_vp", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(found);

  /* One entry of each kind. */
  CHECK(kind_is("org_sales_department", "org_unit"));
  CHECK(kind_is("role_marketing_vp", "role"));
  CHECK(kind_is("rel_marketing_supports_sales", "relation"));
  CHECK(kind_is("mkt_resp_marketing_plan", "marketing_area"));
  CHECK(kind_is("mkt_resp_market_analysis_01_trends_and_customer_relations", "marketing_duty"));
  CHECK(kind_is("sales_resp_customer_development", "sales_responsibility"));
  CHECK(kind_is("lifecycle_introduction", "lifecycle_stage"));
  CHECK(kind_is("lc_product_pricing", "lifecycle_activity"));
  CHECK(kind_is("flow_s2m_09_customer_feedback", "information_flow"));
  CHECK(kind_is("org_model_2_marketing_under_sales", "org_model"));
  CHECK(kind_is("cap_01_mission_vision", "capability"));
  CHECK(kind_is("cmp_08_result_pursued", "comparison_dimension"));
  CHECK(kind_is("period_quarter", "planning_period"));
  CHECK(kind_is("th_sales_year_max", "time_horizon"));
  CHECK(kind_is("wf_new_product_development", "workflow"));
  CHECK(kind_is("wf_npd_01_research", "workflow_step"));

  /* Texts: catalog.json product_lifecycle.stages[0] and sales_department. */
  CHECK(text_is("lifecycle_introduction", TANDEM_LANG_ZH, "导入期"));
  CHECK(text_is("lifecycle_introduction", TANDEM_LANG_EN, "Introduction stage"));
  CHECK(text_is("lifecycle_growth", TANDEM_LANG_ZH, "成长期"));
  CHECK(text_is("lifecycle_maturity", TANDEM_LANG_ZH, "成熟期"));
  CHECK(text_is("org_marketing_department", TANDEM_LANG_ZH, "市场部"));
  CHECK(text_is("org_sales_department", TANDEM_LANG_ZH, "销售部"));
  CHECK(text_is("mkt_resp_market_analysis", TANDEM_LANG_ZH, "营销市场分析"));
  CHECK(text_is("sales_resp_customer_development", TANDEM_LANG_ZH, "客户开发"));
  CHECK(text_is("flow_s2m_09_customer_feedback", TANDEM_LANG_EN, "Customer feedback"));

  /* "导入期" is 9 bytes of UTF-8: a 4-byte buffer holds the first character. The
   * text is cut at a byte, not a character: callers retry with the length. */
  CHECK_OK(tandem_catalog_text("lifecycle_introduction", TANDEM_LANG_ZH, buffer, 4, &length));
  CHECK(strcmp(buffer, "导") == 0 && length == 9);
  CHECK_OK(tandem_catalog_text("lifecycle_introduction", TANDEM_LANG_ZH, NULL, 0, &length));
  CHECK(length == 9);
  /* "lifecycle_stage" is 15 bytes. */
  CHECK_OK(tandem_catalog_kind("lifecycle_growth", buffer, 5, &length));
  CHECK(strcmp(buffer, "life") == 0 && length == 15);

  reset(buffer, &length);
  CHECK_FAILS(tandem_catalog_kind("lifecycle_adolescence", buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("\"lifecycle_adolescence\" is not in the catalog");
  CHECK_FAILS(tandem_catalog_kind(NULL, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_kind("role_marketing_vp", NULL, 3, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_text("no_such_id", TANDEM_LANG_EN, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("no_such_id");
  CHECK_FAILS(tandem_catalog_text(NULL, TANDEM_LANG_EN, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_text("lifecycle_growth", 2, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_text("lifecycle_growth", -1, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_text("lifecycle_growth", TANDEM_LANG_EN, NULL, 1, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched(buffer, length));

  /* A long unknown id is cut in the message, not copied whole. */
  {
    char long_id[301];
    memset(long_id, 'x', 300);
    long_id[300] = '\0';
    CHECK_FAILS(tandem_catalog_kind(long_id, buffer, sizeof buffer, &length),
                TANDEM_E_INVALID_ARGUMENT, -1);
    CHECK(strlen(tandem_last_error_message()) < 150);
  }
}

static void test_parents_and_children(void) {
  /* catalog.json marketing_department_responsibilities: the 5 areas with 4, 7, 3, 4 and
   * 4 duties (counts.marketing_sub_items_per_area), 22 in all, numbered from 1 within
   * each area. */
  static const struct {
    const char* area;
    size_t duties;
  } areas[5] = {{"mkt_resp_market_analysis", 4},
                {"mkt_resp_marketing_plan", 7},
                {"mkt_resp_new_product_development", 3},
                {"mkt_resp_marketing_information_management", 4},
                {"mkt_resp_organise_marketing_actions", 4}};
  size_t a, d, total = 0;
  char buffer[128];
  size_t length = 0;
  for (a = 0; a < 5; ++a) {
    CHECK(parent_is(areas[a].area, ""));
    CHECK(integer_is(areas[a].area, "number", (int64_t)a + 1));
    CHECK(link_count_is(areas[a].area, "children", areas[a].duties));
    for (d = 0; d < areas[a].duties; ++d) {
      char duty[128];
      CHECK_OK(tandem_catalog_link_id(areas[a].area, "children", d, duty, sizeof duty, &length));
      CHECK(kind_is(duty, "marketing_duty"));
      CHECK(parent_is(duty, areas[a].area));
      CHECK(integer_is(duty, "number", (int64_t)d + 1));
      /* marketing_duties lists them area by area. */
      CHECK(list_id_is("marketing_duties", total, duty));
      ++total;
    }
  }
  CHECK(total == 22);

  /* The marketing division contains both departments. */
  CHECK(parent_is("org_marketing_department", "org_marketing_division"));
  CHECK(parent_is("org_marketing_division", ""));
  CHECK(link_count_is("org_marketing_division", "children", 2));
  CHECK(link_is("org_marketing_division", "children", 0, "org_marketing_department"));
  CHECK(link_is("org_marketing_division", "children", 1, "org_sales_department"));
  /* Sub-items belong to their plan; a workflow step to its workflow. */
  CHECK(parent_is("flow_m2s_02a_terminal_activation_check", "flow_m2s_02_promotion_and_pr_plan"));
  CHECK(link_count_is("flow_m2s_02_promotion_and_pr_plan", "children", 1));
  CHECK(link_count_is("flow_m2s_01_sales_promotion_plan", "children", 0));
  CHECK(parent_is("wf_npd_01_research", "wf_new_product_development"));
  CHECK(link_count_is("wf_new_product_development", "children", 8));
  CHECK(link_is("wf_new_product_development", "children", 7, "wf_npd_08_director_review"));
  /* The lifecycle progression's steps are the stages themselves, which belong to no
   * workflow entry. */
  CHECK(link_count_is("wf_product_lifecycle_progression", "children", 3));
  CHECK(link_is("wf_product_lifecycle_progression", "children", 1, "lifecycle_growth"));
  CHECK(parent_is("lifecycle_growth", ""));
  /* Kinds that contain nothing have no children. */
  CHECK(link_count_is("role_marketing_vp", "children", 0));
  CHECK(parent_is("role_marketing_vp", ""));

  /* A 1-byte buffer holds only the NUL. "mkt_resp_market_analysis" is 24 bytes. */
  CHECK_OK(tandem_catalog_parent("mkt_resp_market_analysis_01_trends_and_customer_relations",
                                 buffer, 1, &length));
  CHECK(buffer[0] == '\0' && length == 24);

  reset(buffer, &length);
  CHECK_FAILS(tandem_catalog_parent("mkt_resp_nothing", buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_parent(NULL, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_parent("lifecycle_growth", NULL, 2, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched(buffer, length));
}

static void test_links(void) {
  char buffer[128];
  size_t length = 0, count = LENGTH_SENTINEL;

  /* catalog.json product_lifecycle.stages[*].focus_activity_ids. */
  CHECK(link_count_is("lifecycle_introduction", "focus", 5));
  CHECK(link_is("lifecycle_introduction", "focus", 0, "lc_consumer_purchase_psychology_survey"));
  CHECK(link_is("lifecycle_introduction", "focus", 4, "lc_product_planning_strategy"));
  CHECK(link_count_is("lifecycle_growth", "focus", 3));
  CHECK(link_is("lifecycle_growth", "focus", 2, "lc_production_sales_coordination"));
  CHECK(link_count_is("lifecycle_maturity", "focus", 5));
  CHECK(link_is("lifecycle_maturity", "focus", 4, "lc_brand_planning"));
  /* The product planning strategy is the focus of introduction and maturity. */
  CHECK(link_count_is("lc_product_planning_strategy", "stages", 2));
  CHECK(link_is("lc_product_planning_strategy", "stages", 0, "lifecycle_introduction"));
  CHECK(link_is("lc_product_planning_strategy", "stages", 1, "lifecycle_maturity"));
  CHECK(link_count_is("lc_brand_planning", "stages", 1));

  /* relations: the marketing department reports to the director or the VP and
   * supervises the five supervisors. */
  CHECK(link_count_is("org_marketing_department", "superiors", 2));
  CHECK(link_is("org_marketing_department", "superiors", 0, "role_marketing_director"));
  CHECK(link_is("org_marketing_department", "superiors", 1, "role_marketing_vp"));
  CHECK(link_count_is("org_marketing_department", "subordinates", 5));
  CHECK(link_is("org_marketing_department", "subordinates", 0, "role_business_supervisor"));
  CHECK(link_is("org_marketing_department", "subordinates", 4, "role_distribution_supervisor"));
  CHECK(link_count_is("role_business_supervisor", "superiors", 1));
  CHECK(link_is("role_business_supervisor", "superiors", 0, "org_marketing_department"));
  CHECK(link_count_is("role_marketing_vp", "subordinates", 1));
  CHECK(link_count_is("org_sales_department", "superiors", 0));
  /* rel_marketing_trains_channel_partners: one sender, three receivers, two of them
   * external parties that are not catalog entries. */
  CHECK(link_count_is("rel_marketing_trains_channel_partners", "from", 1));
  CHECK(link_count_is("rel_marketing_trains_channel_partners", "to", 3));
  CHECK(link_is("rel_marketing_trains_channel_partners", "to", 2, "ext_distributor"));

  /* A buffer too small; asking for the length. "lifecycle_maturity" is 18 bytes. */
  CHECK_OK(tandem_catalog_link_id("lc_brand_planning", "stages", 0, buffer, 10, &length));
  CHECK(strcmp(buffer, "lifecycle") == 0 && length == 18);
  CHECK_OK(tandem_catalog_link_id("lc_brand_planning", "stages", 0, NULL, 0, &length));
  CHECK(length == 18);

  /* A link that does not apply to the kind names what the kind has. */
  CHECK_FAILS(tandem_catalog_link_count("role_marketing_vp", "focus", &count),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("\"focus\" does not apply to role 'role_marketing_vp'");
  MESSAGE_HAS("children, superiors, subordinates");
  CHECK_FAILS(tandem_catalog_link_count("lifecycle_growth", "duties", &count),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_link_count("no_such_id", "children", &count),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_link_count(NULL, "children", &count), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_link_count("lifecycle_growth", NULL, &count),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_link_count("lifecycle_growth", "focus", NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(count == LENGTH_SENTINEL);

  reset(buffer, &length);
  CHECK_FAILS(tandem_catalog_link_id("lifecycle_growth", "focus", 3, buffer, sizeof buffer,
                                     &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("index 3");
  CHECK_FAILS(tandem_catalog_link_id("role_marketing_vp", "children", 0, buffer, sizeof buffer,
                                     &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_link_id("lifecycle_growth", "stages", 0, buffer, sizeof buffer,
                                     &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_link_id("nope", "focus", 0, buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_link_id("lifecycle_growth", "focus", 0, NULL, 4, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched(buffer, length));
}

static void test_fields(void) {
  char buffer[128];
  size_t length = 0;

  /* Sales-to-marketing reports go from the sales to the marketing department, plans
   * the other way. */
  CHECK(field_is("flow_s2m_09_customer_feedback", "direction", TANDEM_LANG_EN,
                 "sales_to_marketing"));
  CHECK(field_is("flow_s2m_09_customer_feedback", "sender", TANDEM_LANG_EN,
                 "org_sales_department"));
  CHECK(field_is("flow_s2m_09_customer_feedback", "receiver", TANDEM_LANG_ZH,
                 "org_marketing_department"));
  CHECK(field_is("flow_m2s_04_sales_targets", "direction", TANDEM_LANG_EN, "marketing_to_sales"));
  CHECK(field_is("flow_m2s_04_sales_targets", "sender", TANDEM_LANG_EN,
                 "org_marketing_department"));
  CHECK(field_is("flow_m2s_04_sales_targets", "receiver", TANDEM_LANG_EN, "org_sales_department"));
  /* catalog.json organisational_models.models[3], industrial_marketing_capabilities,
   * departments_and_roles.relations, comparison.time_horizons, workflows. */
  CHECK(field_is("org_model_4_marketing_supports_and_manages_sales", "structure", TANDEM_LANG_EN,
                 "marketing_supports_and_manages_sales"));
  CHECK(field_is("org_model_2_marketing_under_sales", "description", TANDEM_LANG_ZH,
                 "这种情况下,市场部类似于销售内勤,主要是协助销售人员整理文档、管理合同以及协调"
                 "发货等"));
  CHECK(field_is("cap_01_mission_vision", "symbol", TANDEM_LANG_EN, "①"));
  CHECK(field_is("rel_marketing_department_reports_to_vp", "type", TANDEM_LANG_EN, "reports_to"));
  CHECK(field_is("rel_marketing_department_reports_to_vp", "alternative_group", TANDEM_LANG_EN,
                 "marketing_department_superior"));
  CHECK(field_is("rel_marketing_supports_sales", "alternative_group", TANDEM_LANG_EN, ""));
  CHECK(field_is("th_sales_year_max", "org_unit", TANDEM_LANG_EN, "org_sales_department"));
  CHECK(field_is("th_sales_year_max", "period", TANDEM_LANG_EN, "period_year"));
  CHECK(field_is("th_sales_year_max", "role", TANDEM_LANG_EN, "unit_of_account"));
  CHECK(field_is("th_marketing_ten_year", "role", TANDEM_LANG_EN, "verification_cycle"));
  CHECK(field_is("wf_amp_02_form_annual_plan", "actor", TANDEM_LANG_EN,
                 "org_marketing_department"));
  CHECK(field_is("wf_amp_01_company_sales_target", "actor", TANDEM_LANG_EN, ""));
  /* cmp_08: the seed's text stops before the marketing side. */
  CHECK(field_is("cmp_08_result_pursued", "marketing", TANDEM_LANG_ZH, ""));
  CHECK(field_is("cmp_08_result_pursued", "sales", TANDEM_LANG_ZH,
                 "销售是把产品卖好,是销售已有的产品、把现有的产品卖好"));

  /* "sales_to_marketing" is 18 bytes. */
  CHECK_OK(tandem_catalog_field("flow_s2m_01_terminal_display", "direction", TANDEM_LANG_EN,
                                buffer, 6, &length));
  CHECK(strcmp(buffer, "sales") == 0 && length == 18);

  reset(buffer, &length);
  CHECK_FAILS(tandem_catalog_field("role_marketing_vp", "symbol", TANDEM_LANG_EN, buffer,
                                   sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("(it has: none)");
  CHECK_FAILS(tandem_catalog_field("flow_s2m_01_terminal_display", "owner", TANDEM_LANG_EN,
                                   buffer, sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("direction, sender, receiver");
  /* The language is checked even for a field that does not depend on it. */
  CHECK_FAILS(tandem_catalog_field("flow_s2m_01_terminal_display", "direction", 7, buffer,
                                   sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_field("no_such_id", "direction", TANDEM_LANG_EN, buffer,
                                   sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_field(NULL, "direction", TANDEM_LANG_EN, buffer, sizeof buffer,
                                   &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_field("flow_s2m_01_terminal_display", NULL, TANDEM_LANG_EN, buffer,
                                   sizeof buffer, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_field("flow_s2m_01_terminal_display", "direction", TANDEM_LANG_EN,
                                   NULL, 9, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched(buffer, length));
}

static void test_flags_and_integers(void) {
  static const char* const models[4] = {"org_model_1_marketing_equals_sales",
                                        "org_model_2_marketing_under_sales",
                                        "org_model_3_marketing_independent",
                                        "org_model_4_marketing_supports_and_manages_sales"};
  /* catalog.json comparison.planning_periods[*].months. */
  static const struct {
    const char* id;
    int64_t months;
  } periods[6] = {{"period_year", 12},    {"period_quarter", 3},    {"period_month", 1},
                  {"period_stage", 0},    {"period_five_year", 60}, {"period_ten_year", 120}};
  bool flag = false;
  int64_t value = -5;
  int i;

  /* Only model 4 is recommended for industrial firms; models are numbered 1..4. */
  for (i = 0; i < 4; ++i) {
    CHECK(flag_is(models[i], "recommended_for_industrial", i == 3));
    CHECK(integer_is(models[i], "number", i + 1));
    CHECK(flag_is(models[i], "inferred", false));
  }
  for (i = 0; i < 6; ++i) CHECK(integer_is(periods[i].id, "months", periods[i].months));
  CHECK(flag_is("cmp_08_result_pursued", "truncated_in_source", true));
  CHECK(flag_is("cmp_01_work_objective", "truncated_in_source", false));
  CHECK(flag_is("th_sales_year_max", "is_maximum", true));
  CHECK(flag_is("th_sales_month", "is_maximum", false));
  CHECK(flag_is("wf_amp_01_company_sales_target", "is_input", true));
  CHECK(flag_is("wf_amp_02_form_annual_plan", "is_input", false));
  /* catalog.json workflows: the sales target cascade is marked inferred. */
  CHECK(flag_is("wf_sales_target_cascade", "inferred", true));
  CHECK(flag_is("wf_annual_marketing_plan", "inferred", false));
  CHECK(integer_is("lifecycle_introduction", "order", 1));
  CHECK(integer_is("lifecycle_maturity", "order", 3));
  CHECK(integer_is("wf_npd_08_director_review", "order", 8));
  CHECK(integer_is("cap_08_break_down_strategy_and_teach", "number", 8));
  CHECK(integer_is("cmp_03_global_vs_local", "number", 3));
  CHECK(integer_is("flow_m2s_05_market_share_and_brand_plan", "number", 5));
  CHECK(integer_is("flow_m2s_03a_gift_distribution_plan", "number", 0)); /* a sub-item */

  flag = true;
  CHECK_FAILS(tandem_catalog_flag("role_marketing_vp", "is_input", &flag),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("(it has: inferred)");
  CHECK_FAILS(tandem_catalog_flag("no_such_id", "inferred", &flag), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_catalog_flag(NULL, "inferred", &flag), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_flag("role_marketing_vp", NULL, &flag), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_catalog_flag("role_marketing_vp", "inferred", NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(flag);

  CHECK_FAILS(tandem_catalog_integer("lifecycle_growth", "number", &value),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("(it has: order)");
  CHECK_FAILS(tandem_catalog_integer("role_marketing_vp", "number", &value),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_integer("no_such_id", "number", &value), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_catalog_integer(NULL, "number", &value), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_integer("period_year", NULL, &value), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_catalog_integer("period_year", "months", NULL), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK(value == -5);
}

/* Every id of every list is a known entry with a kind and a text in each language,
 * its children name it as their parent, and it is among its parent's children. */
static void test_every_entry_is_consistent(void) {
  size_t l, i, c, entries = 0;
  const char* list;
  for (l = 0; (list = tandem_catalog_list_name(l)) != NULL; ++l) {
    size_t count = 0;
    CHECK_OK(tandem_catalog_list_count(list, &count));
    for (i = 0; i < count; ++i) {
      char id[256], parent[256], child[256];
      size_t length = 0, zh = 0, en = 0, children = 0;
      bool known = false;
      CHECK_OK(tandem_catalog_list_id(list, i, id, sizeof id, &length));
      CHECK_OK(tandem_catalog_contains(id, &known));
      CHECK(known);
      CHECK_OK(tandem_catalog_kind(id, NULL, 0, &length));
      CHECK(length > 0);
      CHECK_OK(tandem_catalog_text(id, TANDEM_LANG_ZH, NULL, 0, &zh));
      CHECK_OK(tandem_catalog_text(id, TANDEM_LANG_EN, NULL, 0, &en));
      CHECK(zh > 0 && en > 0);
      CHECK_OK(tandem_catalog_link_count(id, "children", &children));
      for (c = 0; c < children; ++c) {
        CHECK_OK(tandem_catalog_link_id(id, "children", c, child, sizeof child, &length));
        /* Lifecycle stages are the progression's steps but belong to no workflow. */
        if (strcmp(id, "wf_product_lifecycle_progression") != 0) CHECK(parent_is(child, id));
      }
      CHECK_OK(tandem_catalog_parent(id, parent, sizeof parent, &length));
      if (length > 0) {
        size_t siblings = 0, s;
        int listed = 0;
        CHECK_OK(tandem_catalog_link_count(parent, "children", &siblings));
        for (s = 0; s < siblings; ++s) {
          CHECK_OK(tandem_catalog_link_id(parent, "children", s, child, sizeof child, &length));
          if (strcmp(child, id) == 0) listed = 1;
        }
        CHECK(listed);
      }
      ++entries;
    }
  }
  /* The sum of the list sizes in test_lists: 3 + 22 + 22 + 5 + 22 + 23 + 3 + 12 + 5 +
   * 2 + 9 + 15 + 4 + 8 + 8 + 6 + 3 + 3 + 6. */
  CHECK(entries == 181);
}

int main(void) {
  test_languages();
  test_info();
  test_lists();
  test_entries();
  test_parents_and_children();
  test_links();
  test_fields();
  test_flags_and_integers();
  test_every_entry_is_consistent();
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
