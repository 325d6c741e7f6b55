/*
 * The organisation sections of tandem.h (since 0.4.0) under strict C99
 * (-std=c99 -Wall -Wextra -pedantic -Werror), as header_c99_test.c does for the
 * older sections: each function is assigned to a pointer of the exact type it was
 * published with, so that a changed signature (an ABI break) stops the build here,
 * and the pinned constants and struct layouts are checked at compile time.
 */
#include <stddef.h>

#include "tandem.h"

typedef char check_department[TANDEM_UNIT_DEPARTMENT == 0 ? 1 : -1];
typedef char check_role[TANDEM_UNIT_ROLE == 1 ? 1 : -1];
typedef char check_function_both[TANDEM_UNIT_FUNCTION_MARKETING_AND_SALES == 4 ? 1 : -1];
typedef char check_duty_host[TANDEM_DUTY_SOURCE_HOST == 2 ? 1 : -1];
typedef char check_direction_unset[TANDEM_FLOW_DIRECTION_UNSET == -1 ? 1 : -1];
typedef char check_sales_to_marketing[TANDEM_FLOW_SALES_TO_MARKETING == 1 ? 1 : -1];
typedef char check_per_campaign[TANDEM_CADENCE_PER_CAMPAIGN == 5 ? 1 : -1];
typedef char check_period_end[TANDEM_DUE_PERIOD_END == 1 ? 1 : -1];
typedef char check_item_duty[TANDEM_ITEM_DUTY == 1 ? 1 : -1];
typedef char check_missing[TANDEM_OBLIGATION_MISSING == 3 ? 1 : -1];
typedef char check_max_offset[TANDEM_MAX_DUE_OFFSET_DAYS == 366 ? 1 : -1];
/* The plain structs: layout fixed for version 0.x. */
typedef char check_direction_health_size[sizeof(tandem_direction_health) == 20 ? 1 : -1];
typedef char check_pending_offset[offsetof(tandem_direction_health, pending) == 16 ? 1 : -1];
typedef char check_last_offset[offsetof(tandem_loop_health, last) == TANDEM_DATE_SIZE ? 1 : -1];
typedef char check_m2s_offset[offsetof(tandem_loop_health, marketing_to_sales) == 24 ? 1 : -1];
typedef char check_s2m_offset[offsetof(tandem_loop_health, sales_to_marketing) == 44 ? 1 : -1];
typedef char check_loop_health_size[sizeof(tandem_loop_health) == 64 ? 1 : -1];

#define PINNED_SIGNATURE(function, return_type, parameters) \
  do {                                                      \
    return_type(*pointer) parameters = function;            \
    (void)pointer;                                          \
  } while (0)

int main(void) {
  PINNED_SIGNATURE(tandem_unit_kind_from_name, tandem_status, (const char*, tandem_unit_kind*));
  PINNED_SIGNATURE(tandem_unit_kind_name, const char*, (tandem_unit_kind));
  PINNED_SIGNATURE(tandem_unit_function_from_name, tandem_status, (const char*, tandem_unit_function*));
  PINNED_SIGNATURE(tandem_unit_function_name, const char*, (tandem_unit_function));
  PINNED_SIGNATURE(tandem_duty_source_name, const char*, (tandem_duty_source));
  PINNED_SIGNATURE(tandem_org_id_is_well_formed, bool, (const char*));
  PINNED_SIGNATURE(tandem_id_list_destroy, void, (tandem_id_list*));
  PINNED_SIGNATURE(tandem_id_list_count, size_t, (const tandem_id_list*));
  PINNED_SIGNATURE(tandem_id_list_get, tandem_status,
                   (const tandem_id_list*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_id_list_related_count, tandem_status, (const tandem_id_list*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_id_list_related, tandem_status,
                   (const tandem_id_list*, size_t, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_organisation_create, tandem_status, (tandem_organisation**));
  PINNED_SIGNATURE(tandem_organisation_destroy, void, (tandem_organisation*));
  PINNED_SIGNATURE(tandem_organisation_clone, tandem_status,
                   (const tandem_organisation*, tandem_organisation**));
  PINNED_SIGNATURE(tandem_organisation_add_unit, tandem_status,
                   (tandem_organisation*, const char*, tandem_unit_kind, const char*, const char*,
                    const char*, tandem_unit_function));
  PINNED_SIGNATURE(tandem_organisation_add_duty, tandem_status,
                   (tandem_organisation*, const char*, const char*, const char*));
  PINNED_SIGNATURE(tandem_organisation_assign_person, tandem_status,
                   (tandem_organisation*, const char*, const char*));
  PINNED_SIGNATURE(tandem_organisation_assign_duty, tandem_status,
                   (tandem_organisation*, const char*, const char*));
  PINNED_SIGNATURE(tandem_organisation_validate, tandem_status, (const tandem_organisation*));
  PINNED_SIGNATURE(tandem_organisation_unit_count, size_t, (const tandem_organisation*));
  PINNED_SIGNATURE(tandem_organisation_find_unit, tandem_status,
                   (const tandem_organisation*, const char*, bool*, size_t*));
  PINNED_SIGNATURE(tandem_organisation_unit_with, tandem_status,
                   (const tandem_organisation*, tandem_unit_function, bool*, size_t*));
  PINNED_SIGNATURE(tandem_organisation_unit_id, tandem_status,
                   (const tandem_organisation*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_organisation_unit_name, tandem_status,
                   (const tandem_organisation*, size_t, tandem_lang, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_organisation_unit_superior, tandem_status,
                   (const tandem_organisation*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_organisation_unit_info, tandem_status,
                   (const tandem_organisation*, size_t, tandem_unit_kind*, tandem_unit_function*));
  PINNED_SIGNATURE(tandem_organisation_duty_count, size_t, (const tandem_organisation*));
  PINNED_SIGNATURE(tandem_organisation_find_duty, tandem_status,
                   (const tandem_organisation*, const char*, bool*, size_t*));
  PINNED_SIGNATURE(tandem_organisation_duty_id, tandem_status,
                   (const tandem_organisation*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_organisation_duty_name, tandem_status,
                   (const tandem_organisation*, size_t, tandem_lang, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_organisation_duty_source, tandem_status,
                   (const tandem_organisation*, size_t, tandem_duty_source*));
  PINNED_SIGNATURE(tandem_organisation_duty_assignments, tandem_status,
                   (const tandem_organisation*, tandem_id_list**));
  PINNED_SIGNATURE(tandem_organisation_owners_of, tandem_status,
                   (const tandem_organisation*, const char*, tandem_id_list**));
  PINNED_SIGNATURE(tandem_organisation_unowned_duties, tandem_status,
                   (const tandem_organisation*, tandem_id_list**));
  PINNED_SIGNATURE(tandem_organisation_duties_owned_more_than_once, tandem_status,
                   (const tandem_organisation*, tandem_id_list**));
  PINNED_SIGNATURE(tandem_organisation_duties_of, tandem_status,
                   (const tandem_organisation*, const char*, bool, tandem_id_list**));
  PINNED_SIGNATURE(tandem_organisation_direct_subordinates, tandem_status,
                   (const tandem_organisation*, const char*, tandem_id_list**));
  PINNED_SIGNATURE(tandem_organisation_subtree, tandem_status,
                   (const tandem_organisation*, const char*, tandem_id_list**));
  PINNED_SIGNATURE(tandem_organisation_superior_chain, tandem_status,
                   (const tandem_organisation*, const char*, tandem_id_list**));
  PINNED_SIGNATURE(tandem_organisation_people_in, tandem_status,
                   (const tandem_organisation*, const char*, tandem_id_list**));
  PINNED_SIGNATURE(tandem_organisation_roles_of, tandem_status,
                   (const tandem_organisation*, const char*, tandem_id_list**));
  PINNED_SIGNATURE(tandem_org_model_classify, tandem_status,
                   (const tandem_organisation*, tandem_org_model_result**));
  PINNED_SIGNATURE(tandem_org_model_changes_towards_model_4, tandem_status,
                   (const tandem_organisation*, tandem_org_model_result**));
  PINNED_SIGNATURE(tandem_org_model_result_destroy, void, (tandem_org_model_result*));
  PINNED_SIGNATURE(tandem_org_model_result_model, int32_t, (const tandem_org_model_result*));
  PINNED_SIGNATURE(tandem_org_model_result_model_id, tandem_status,
                   (const tandem_org_model_result*, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_org_model_result_reason_count, size_t, (const tandem_org_model_result*));
  PINNED_SIGNATURE(tandem_org_model_result_reason_id, tandem_status,
                   (const tandem_org_model_result*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_org_model_result_reason_text, tandem_status,
                   (const tandem_org_model_result*, size_t, tandem_lang, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_org_model_result_reason_ids, tandem_status,
                   (const tandem_org_model_result*, size_t, tandem_id_list**));
  PINNED_SIGNATURE(tandem_flow_direction_from_name, tandem_status, (const char*, tandem_flow_direction*));
  PINNED_SIGNATURE(tandem_flow_direction_name, const char*, (tandem_flow_direction));
  PINNED_SIGNATURE(tandem_cadence_from_name, tandem_status, (const char*, tandem_cadence*));
  PINNED_SIGNATURE(tandem_cadence_name, const char*, (tandem_cadence));
  PINNED_SIGNATURE(tandem_due_anchor_from_name, tandem_status, (const char*, tandem_due_anchor*));
  PINNED_SIGNATURE(tandem_due_anchor_name, const char*, (tandem_due_anchor));
  PINNED_SIGNATURE(tandem_item_kind_name, const char*, (tandem_item_kind));
  PINNED_SIGNATURE(tandem_obligation_status_name, const char*, (tandem_obligation_status));
  PINNED_SIGNATURE(tandem_flow_spec_create, tandem_status, (const char*, tandem_flow_spec**));
  PINNED_SIGNATURE(tandem_flow_spec_destroy, void, (tandem_flow_spec*));
  PINNED_SIGNATURE(tandem_flow_spec_set_names, tandem_status, (tandem_flow_spec*, const char*, const char*));
  PINNED_SIGNATURE(tandem_flow_spec_set_direction, tandem_status, (tandem_flow_spec*, tandem_flow_direction));
  PINNED_SIGNATURE(tandem_flow_spec_set_units, tandem_status, (tandem_flow_spec*, const char*, const char*));
  PINNED_SIGNATURE(tandem_flow_spec_set_cadence, tandem_status, (tandem_flow_spec*, tandem_cadence));
  PINNED_SIGNATURE(tandem_flow_spec_set_due, tandem_status, (tandem_flow_spec*, tandem_due_anchor, int32_t));
  PINNED_SIGNATURE(tandem_loop_schedule_create, tandem_status,
                   (const tandem_organisation*, const tandem_fiscal_calendar*, tandem_loop_schedule**));
  PINNED_SIGNATURE(tandem_loop_schedule_destroy, void, (tandem_loop_schedule*));
  PINNED_SIGNATURE(tandem_loop_schedule_organisation, tandem_status,
                   (const tandem_loop_schedule*, tandem_organisation**));
  PINNED_SIGNATURE(tandem_loop_schedule_calendar, tandem_status,
                   (const tandem_loop_schedule*, tandem_fiscal_calendar**));
  PINNED_SIGNATURE(tandem_loop_schedule_add_flow, tandem_status,
                   (tandem_loop_schedule*, const tandem_flow_spec*));
  PINNED_SIGNATURE(tandem_loop_schedule_add_standard_flows, tandem_status, (tandem_loop_schedule*));
  PINNED_SIGNATURE(tandem_loop_schedule_schedule_duty, tandem_status,
                   (tandem_loop_schedule*, const char*, tandem_cadence, tandem_due_anchor, int32_t));
  PINNED_SIGNATURE(tandem_loop_schedule_add_campaign, tandem_status,
                   (tandem_loop_schedule*, const char*, const char*, const char*, const char*, const char*));
  PINNED_SIGNATURE(tandem_loop_schedule_record_delivery, tandem_status,
                   (tandem_loop_schedule*, const char*, const char*, const char*, const char*));
  PINNED_SIGNATURE(tandem_loop_schedule_flow_count, size_t, (const tandem_loop_schedule*));
  PINNED_SIGNATURE(tandem_loop_schedule_find_flow, tandem_status,
                   (const tandem_loop_schedule*, const char*, bool*, size_t*));
  PINNED_SIGNATURE(tandem_loop_schedule_flow_id, tandem_status,
                   (const tandem_loop_schedule*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_loop_schedule_flow_name, tandem_status,
                   (const tandem_loop_schedule*, size_t, tandem_lang, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_loop_schedule_flow_sender, tandem_status,
                   (const tandem_loop_schedule*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_loop_schedule_flow_receiver, tandem_status,
                   (const tandem_loop_schedule*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_loop_schedule_flow_info, tandem_status,
                   (const tandem_loop_schedule*, size_t, tandem_flow_direction*, tandem_cadence*,
                    tandem_due_anchor*, int32_t*, bool*));
  PINNED_SIGNATURE(tandem_loop_schedule_duty_count, size_t, (const tandem_loop_schedule*));
  PINNED_SIGNATURE(tandem_loop_schedule_duty_get, tandem_status,
                   (const tandem_loop_schedule*, size_t, char*, size_t, size_t*, tandem_cadence*,
                    tandem_due_anchor*, int32_t*));
  PINNED_SIGNATURE(tandem_loop_schedule_campaign_count, size_t, (const tandem_loop_schedule*));
  PINNED_SIGNATURE(tandem_loop_schedule_campaign_id, tandem_status,
                   (const tandem_loop_schedule*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_loop_schedule_campaign_name, tandem_status,
                   (const tandem_loop_schedule*, size_t, tandem_lang, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_loop_schedule_campaign_dates, tandem_status,
                   (const tandem_loop_schedule*, size_t, char*, size_t, char*, size_t));
  PINNED_SIGNATURE(tandem_loop_schedule_delivery_count, size_t, (const tandem_loop_schedule*));
  PINNED_SIGNATURE(tandem_loop_schedule_delivery_get, tandem_status,
                   (const tandem_loop_schedule*, size_t, char*, size_t, size_t*, char*, size_t, size_t*,
                    char*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_loop_schedule_due_in, tandem_status,
                   (const tandem_loop_schedule*, const char*, const char*, tandem_obligations**));
  PINNED_SIGNATURE(
      tandem_loop_schedule_status, tandem_status,
      (const tandem_loop_schedule*, const char*, const char*, const char*, tandem_obligations**));
  PINNED_SIGNATURE(tandem_obligations_destroy, void, (tandem_obligations*));
  PINNED_SIGNATURE(tandem_obligations_count, size_t, (const tandem_obligations*));
  PINNED_SIGNATURE(tandem_obligations_has_status, bool, (const tandem_obligations*));
  PINNED_SIGNATURE(tandem_obligations_item, tandem_status,
                   (const tandem_obligations*, size_t, tandem_item_kind*, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_obligations_occurrence, tandem_status,
                   (const tandem_obligations*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_obligations_dates, tandem_status,
                   (const tandem_obligations*, size_t, char*, size_t, char*, size_t, char*, size_t));
  PINNED_SIGNATURE(tandem_obligations_direction, tandem_status,
                   (const tandem_obligations*, size_t, tandem_flow_direction*));
  PINNED_SIGNATURE(tandem_obligations_responsible, tandem_status,
                   (const tandem_obligations*, size_t, tandem_id_list**));
  PINNED_SIGNATURE(tandem_obligations_recipients, tandem_status,
                   (const tandem_obligations*, size_t, tandem_id_list**));
  PINNED_SIGNATURE(tandem_obligations_status, tandem_status,
                   (const tandem_obligations*, size_t, tandem_obligation_status*, int64_t*));
  PINNED_SIGNATURE(tandem_obligations_delivery, tandem_status,
                   (const tandem_obligations*, size_t, bool*, char*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_loop_schedule_health, tandem_status,
                   (const tandem_loop_schedule*, const char*, const char*, const char*, tandem_loop_health*));
  PINNED_SIGNATURE(tandem_direction_health_on_time_percent, tandem_status,
                   (const tandem_direction_health*, int32_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_loop_schedule_health_by_period, tandem_status,
                   (const tandem_loop_schedule*, const char*, const char*, tandem_period_kind, const char*,
                    tandem_loop_health_list**));
  PINNED_SIGNATURE(tandem_loop_health_list_destroy, void, (tandem_loop_health_list*));
  PINNED_SIGNATURE(tandem_loop_health_list_count, size_t, (const tandem_loop_health_list*));
  PINNED_SIGNATURE(tandem_loop_health_list_get, tandem_status,
                   (const tandem_loop_health_list*, size_t, tandem_loop_health*));
  PINNED_SIGNATURE(tandem_loop_health_list_label, tandem_status,
                   (const tandem_loop_health_list*, size_t, char*, size_t, size_t*));
  PINNED_SIGNATURE(tandem_org_document_schema_version, int32_t, (void));
  PINNED_SIGNATURE(tandem_org_document_load, tandem_status,
                   (const char*, size_t, const char*, tandem_loop_schedule**));
  PINNED_SIGNATURE(tandem_org_document_load_file, tandem_status, (const char*, tandem_loop_schedule**));
  PINNED_SIGNATURE(tandem_org_document_save, tandem_status,
                   (const tandem_loop_schedule*, char*, size_t, size_t*));
  return 0;
}
