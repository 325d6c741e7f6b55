// The organisation queries of tandem.h that answer several ids: each builds the
// C++ answer, copies it into a new tandem_id_list and hands it to the caller, so the
// list is a snapshot that later changes to the organisation do not touch.
#include <string>
#include <utility>
#include <vector>

#include "firewall.hpp"
#include "org_handles.hpp"
#include "tandem.h"
#include "tandem/org/organisation.hpp"

namespace {

namespace org = tandem::org;
using tandem::capi::firewall;
using tandem::capi::require_non_null;

// Runs a query of `o` (non-NULL checked here) that returns ids, into *out.
template <class Query>
tandem_status id_query(const tandem_organisation* o, tandem_id_list** out, Query&& query) {
  return firewall([&] {
    require_non_null(o, "org");
    require_non_null(out, "out");
    *out = tandem::capi::new_id_list(query(o->org));
  });
}

// Duty-owner pairs as a list of duties, each with its owner as the related id.
tandem_id_list* pairs_list(const std::vector<org::duty_assignment>& pairs) {
  std::vector<std::string> duties;
  std::vector<std::vector<std::string>> owners;
  duties.reserve(pairs.size());
  owners.reserve(pairs.size());
  for (const org::duty_assignment& a : pairs) {
    duties.push_back(a.duty_id);
    owners.push_back({a.owner_id});
  }
  return tandem::capi::new_id_list(std::move(duties), std::move(owners));
}

}  // namespace

extern "C" {

tandem_status tandem_organisation_duty_assignments(const tandem_organisation* org, tandem_id_list** out) {
  return firewall([&] {
    require_non_null(org, "org");
    require_non_null(out, "out");
    *out = pairs_list(org->org.duty_assignments());
  });
}

tandem_status tandem_organisation_owners_of(const tandem_organisation* org, const char* duty_id,
                                            tandem_id_list** out) {
  return id_query(org, out, [&](const org::organisation& o) {
    require_non_null(duty_id, "duty_id");
    return o.owners_of(duty_id);
  });
}

tandem_status tandem_organisation_unowned_duties(const tandem_organisation* org, tandem_id_list** out) {
  return id_query(org, out, [](const org::organisation& o) { return o.unowned_duties(); });
}

tandem_status tandem_organisation_duties_owned_more_than_once(const tandem_organisation* org,
                                                              tandem_id_list** out) {
  return firewall([&] {
    require_non_null(org, "org");
    require_non_null(out, "out");
    std::vector<org::duty_owners> found = org->org.duties_owned_more_than_once();
    std::vector<std::string> duties;
    std::vector<std::vector<std::string>> owners;
    duties.reserve(found.size());
    owners.reserve(found.size());
    for (org::duty_owners& d : found) {
      duties.push_back(std::move(d.duty_id));
      owners.push_back(std::move(d.owner_ids));
    }
    *out = tandem::capi::new_id_list(std::move(duties), std::move(owners));
  });
}

tandem_status tandem_organisation_duties_of(const tandem_organisation* org, const char* unit_id,
                                            bool include_subordinates, tandem_id_list** out) {
  return firewall([&] {
    require_non_null(org, "org");
    require_non_null(unit_id, "unit_id");
    require_non_null(out, "out");
    *out = pairs_list(org->org.duties_of(unit_id, include_subordinates));
  });
}

tandem_status tandem_organisation_direct_subordinates(const tandem_organisation* org, const char* unit_id,
                                                      tandem_id_list** out) {
  return id_query(org, out, [&](const org::organisation& o) {
    require_non_null(unit_id, "unit_id");
    return o.direct_subordinates(unit_id);
  });
}

tandem_status tandem_organisation_subtree(const tandem_organisation* org, const char* unit_id,
                                          tandem_id_list** out) {
  return id_query(org, out, [&](const org::organisation& o) {
    require_non_null(unit_id, "unit_id");
    return o.subtree(unit_id);
  });
}

tandem_status tandem_organisation_superior_chain(const tandem_organisation* org, const char* unit_id,
                                                 tandem_id_list** out) {
  return id_query(org, out, [&](const org::organisation& o) {
    require_non_null(unit_id, "unit_id");
    return o.superior_chain(unit_id);
  });
}

tandem_status tandem_organisation_people_in(const tandem_organisation* org, const char* role_id,
                                            tandem_id_list** out) {
  return id_query(org, out, [&](const org::organisation& o) {
    require_non_null(role_id, "role_id");
    return o.people_in(role_id);
  });
}

tandem_status tandem_organisation_roles_of(const tandem_organisation* org, const char* person_id,
                                           tandem_id_list** out) {
  return id_query(org, out, [&](const org::organisation& o) {
    require_non_null(person_id, "person_id");
    return o.roles_of(person_id);
  });
}

}  // extern "C"
