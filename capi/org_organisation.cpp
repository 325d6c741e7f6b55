// Building an organisation through tandem.h: create, destroy, clone, add units and
// duties, assign people and duties, validate. The C++ mutators have the strong
// guarantee, so a failed call leaves the handle as it was.
#include <memory>
#include <string>

#include "firewall.hpp"
#include "org_handles.hpp"
#include "tandem.h"
#include "tandem/org/organisation.hpp"
#include "time_handles.hpp"

namespace {

namespace org = tandem::org;
using tandem::capi::firewall;
using tandem::capi::optional_text;
using tandem::capi::require_non_null;

}  // namespace

extern "C" {

tandem_status tandem_organisation_create(tandem_organisation** out) {
  return firewall([&] {
    require_non_null(out, "out");
    *out = std::make_unique<tandem_organisation>().release();
  });
}

void tandem_organisation_destroy(tandem_organisation* org) { delete org; }

tandem_status tandem_organisation_clone(const tandem_organisation* org, tandem_organisation** out) {
  return firewall([&] {
    require_non_null(org, "org");
    require_non_null(out, "out");
    *out = std::make_unique<tandem_organisation>(*org).release();
  });
}

tandem_status tandem_organisation_add_unit(tandem_organisation* org, const char* id, tandem_unit_kind kind,
                                           const char* zh, const char* en, const char* superior_id,
                                           tandem_unit_function function) {
  return firewall([&] {
    require_non_null(org, "org");
    require_non_null(id, "id");
    tandem::capi::require_enum(kind, TANDEM_UNIT_DEPARTMENT, TANDEM_UNIT_ROLE, "tandem_unit_kind");
    tandem::capi::require_enum(function, TANDEM_UNIT_FUNCTION_FROM_ID, TANDEM_UNIT_FUNCTION_MARKETING_AND_SALES,
                               "tandem_unit_function");
    org->org.add_unit({.id = id,
                       .kind = static_cast<org::unit_kind>(kind),
                       .zh = optional_text(zh),
                       .en = optional_text(en),
                       .superior_id = optional_text(superior_id),
                       .function = static_cast<org::unit_function>(function)});
  });
}

tandem_status tandem_organisation_add_duty(tandem_organisation* org, const char* id, const char* zh,
                                           const char* en) {
  return firewall([&] {
    require_non_null(org, "org");
    require_non_null(id, "id");
    org->org.add_duty({.id = id, .zh = optional_text(zh), .en = optional_text(en)});
  });
}

tandem_status tandem_organisation_assign_person(tandem_organisation* org, const char* person_id,
                                                const char* role_id) {
  return firewall([&] {
    require_non_null(org, "org");
    require_non_null(person_id, "person_id");
    require_non_null(role_id, "role_id");
    org->org.assign_person(person_id, role_id);
  });
}

tandem_status tandem_organisation_assign_duty(tandem_organisation* org, const char* duty_id,
                                              const char* owner_id) {
  return firewall([&] {
    require_non_null(org, "org");
    require_non_null(duty_id, "duty_id");
    require_non_null(owner_id, "owner_id");
    org->org.assign_duty(duty_id, owner_id);
  });
}

tandem_status tandem_organisation_validate(const tandem_organisation* org) {
  return firewall([&] {
    require_non_null(org, "org");
    org->org.validate();
  });
}

}  // extern "C"
