// The opaque handles of tandem.h's organisation sections ("org: organisation and
// organisation model", "org: the marketing-sales loop") and the helpers their
// functions share: optional text arguments, index checks, id lists.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "tandem.h"
#include "tandem/org/loop_schedule.hpp"
#include "tandem/org/org_model_classifier.hpp"
#include "tandem/org/organisation.hpp"

struct tandem_organisation {
  tandem::org::organisation org;
};

/// A snapshot of ids, each with its related ids (empty unless the query relates some).
struct tandem_id_list {
  std::vector<std::string> ids;
  std::vector<std::vector<std::string>> related;  ///< one entry per id
};

/// A classification (model set) or the changes towards model 4 (model null).
struct tandem_org_model_result {
  const tandem::org::org_model* model = nullptr;  ///< into the static catalog
  std::vector<tandem::org::org_model_reason> reasons;
};

struct tandem_flow_spec {
  tandem::org::flow_spec spec;
};

struct tandem_loop_schedule {
  tandem::org::loop_schedule schedule;
};

/// due_in (no statuses) or status (one state per obligation).
struct tandem_obligations {
  std::vector<tandem::org::obligation_state> states;
  bool has_status = false;
};

struct tandem_loop_health_list {
  std::vector<tandem::org::loop_health> periods;
};

namespace tandem::capi {

/// An optional text argument: NULL and "" both mean "none" (an empty string).
std::string optional_text(const char* text);

/// Rejects index >= count, naming what is counted ("index 3 is out of range: there
/// are 2 units").
void require_index(std::size_t index, std::size_t count, const char* things);

/// A new id list without related ids, released to the caller.
tandem_id_list* new_id_list(std::vector<std::string> ids);

/// A new id list with related ids (same length as ids), released to the caller.
tandem_id_list* new_id_list(std::vector<std::string> ids, std::vector<std::vector<std::string>> related);

}  // namespace tandem::capi
