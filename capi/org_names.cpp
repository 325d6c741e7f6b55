// The names of the organisation enumerations of tandem.h (unit kinds and functions,
// duty sources, flow directions, cadences, due anchors, item kinds, obligation
// statuses), and the id well-formedness check. The names are part of the C ABI, so
// they live here as static C strings (NUL-terminated by construction), spelt as the
// C++ to_string names and the document format spell them.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "firewall.hpp"
#include "tandem.h"
#include "tandem/org/loop_schedule.hpp"
#include "tandem/org/organisation.hpp"
#include "time_handles.hpp"

namespace {

namespace org = tandem::org;

static_assert(static_cast<int>(org::unit_kind::department) == TANDEM_UNIT_DEPARTMENT);
static_assert(static_cast<int>(org::unit_kind::role) == TANDEM_UNIT_ROLE);
static_assert(static_cast<int>(org::unit_function::from_id) == TANDEM_UNIT_FUNCTION_FROM_ID);
static_assert(static_cast<int>(org::unit_function::none) == TANDEM_UNIT_FUNCTION_NONE);
static_assert(static_cast<int>(org::unit_function::marketing) == TANDEM_UNIT_FUNCTION_MARKETING);
static_assert(static_cast<int>(org::unit_function::sales) == TANDEM_UNIT_FUNCTION_SALES);
static_assert(static_cast<int>(org::unit_function::marketing_and_sales) ==
              TANDEM_UNIT_FUNCTION_MARKETING_AND_SALES);
static_assert(static_cast<int>(org::duty_source::marketing_duty) == TANDEM_DUTY_SOURCE_MARKETING_DUTY);
static_assert(static_cast<int>(org::duty_source::sales_responsibility) ==
              TANDEM_DUTY_SOURCE_SALES_RESPONSIBILITY);
static_assert(static_cast<int>(org::duty_source::host) == TANDEM_DUTY_SOURCE_HOST);
static_assert(static_cast<int>(org::flow_direction::marketing_to_sales) == TANDEM_FLOW_MARKETING_TO_SALES);
static_assert(static_cast<int>(org::flow_direction::sales_to_marketing) == TANDEM_FLOW_SALES_TO_MARKETING);
static_assert(static_cast<int>(org::cadence::weekly) == TANDEM_CADENCE_WEEKLY);
static_assert(static_cast<int>(org::cadence::monthly) == TANDEM_CADENCE_MONTHLY);
static_assert(static_cast<int>(org::cadence::quarterly) == TANDEM_CADENCE_QUARTERLY);
static_assert(static_cast<int>(org::cadence::half_yearly) == TANDEM_CADENCE_HALF_YEARLY);
static_assert(static_cast<int>(org::cadence::yearly) == TANDEM_CADENCE_YEARLY);
static_assert(static_cast<int>(org::cadence::per_campaign) == TANDEM_CADENCE_PER_CAMPAIGN);
static_assert(static_cast<int>(org::due_anchor::period_start) == TANDEM_DUE_PERIOD_START);
static_assert(static_cast<int>(org::due_anchor::period_end) == TANDEM_DUE_PERIOD_END);
static_assert(static_cast<int>(org::item_kind::flow) == TANDEM_ITEM_FLOW);
static_assert(static_cast<int>(org::item_kind::duty) == TANDEM_ITEM_DUTY);
static_assert(static_cast<int>(org::obligation_status::pending) == TANDEM_OBLIGATION_PENDING);
static_assert(static_cast<int>(org::obligation_status::on_time) == TANDEM_OBLIGATION_ON_TIME);
static_assert(static_cast<int>(org::obligation_status::late) == TANDEM_OBLIGATION_LATE);
static_assert(static_cast<int>(org::obligation_status::missing) == TANDEM_OBLIGATION_MISSING);
static_assert(org::max_due_offset_days == TANDEM_MAX_DUE_OFFSET_DAYS);
static_assert(org::max_org_id_length == 64);

constexpr std::array<const char*, 2> unit_kind_names{"department", "role"};
constexpr std::array<const char*, 5> unit_function_names{"from_id", "none", "marketing", "sales",
                                                         "marketing_and_sales"};
constexpr std::array<const char*, 3> duty_source_names{"marketing_duty", "sales_responsibility", "host"};
constexpr std::array<const char*, 2> direction_names{"marketing_to_sales", "sales_to_marketing"};
constexpr std::array<const char*, 6> cadence_names{"weekly",      "monthly", "quarterly",
                                                   "half_yearly", "yearly",  "per_campaign"};
constexpr std::array<const char*, 2> anchor_names{"period_start", "period_end"};
constexpr std::array<const char*, 2> item_kind_names{"flow", "duty"};
constexpr std::array<const char*, 4> status_names{"pending", "on_time", "late", "missing"};

template <std::size_t N>
const char* name_at(const std::array<const char*, N>& names, std::int32_t value) {
  if (value < 0 || static_cast<std::size_t>(value) >= N) return nullptr;
  return names[static_cast<std::size_t>(value)];
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// ASCII case-insensitive equality; `name` is the host's NUL-terminated text.
bool same_name(const char* name, const char* canonical) {
  for (; *name != '\0' && *canonical != '\0'; ++name, ++canonical) {
    if (lower(*name) != *canonical) return false;
  }
  return *name == '\0' && *canonical == '\0';
}

template <std::size_t N>
tandem_status from_name(const std::array<const char*, N>& names, const char* name, std::int32_t* out,
                        const char* what) {
  return tandem::capi::firewall([&] {
    tandem::capi::require_non_null(name, "name");
    tandem::capi::require_non_null(out, "out");
    for (std::size_t i = 0; i < N; ++i) {
      if (same_name(name, names[i])) {
        *out = static_cast<std::int32_t>(i);
        return;
      }
    }
    tandem::capi::throw_invalid_argument("name " + tandem::capi::quoted_name(name) + " is not " + what);
  });
}

}  // namespace

extern "C" {

tandem_status tandem_unit_kind_from_name(const char* name, tandem_unit_kind* out) {
  return from_name(unit_kind_names, name, out, "a unit kind");
}
const char* tandem_unit_kind_name(tandem_unit_kind kind) { return name_at(unit_kind_names, kind); }

tandem_status tandem_unit_function_from_name(const char* name, tandem_unit_function* out) {
  return from_name(unit_function_names, name, out, "a unit function");
}
const char* tandem_unit_function_name(tandem_unit_function function) {
  return name_at(unit_function_names, function);
}

const char* tandem_duty_source_name(tandem_duty_source source) { return name_at(duty_source_names, source); }

bool tandem_org_id_is_well_formed(const char* id) {
  return id != nullptr && org::is_well_formed_org_id(id);
}

tandem_status tandem_flow_direction_from_name(const char* name, tandem_flow_direction* out) {
  return from_name(direction_names, name, out, "a flow direction");
}
const char* tandem_flow_direction_name(tandem_flow_direction direction) {
  return name_at(direction_names, direction);
}

tandem_status tandem_cadence_from_name(const char* name, tandem_cadence* out) {
  return from_name(cadence_names, name, out, "a cadence");
}
const char* tandem_cadence_name(tandem_cadence cadence) { return name_at(cadence_names, cadence); }

tandem_status tandem_due_anchor_from_name(const char* name, tandem_due_anchor* out) {
  return from_name(anchor_names, name, out, "a due anchor");
}
const char* tandem_due_anchor_name(tandem_due_anchor anchor) { return name_at(anchor_names, anchor); }

const char* tandem_item_kind_name(tandem_item_kind kind) { return name_at(item_kind_names, kind); }

const char* tandem_obligation_status_name(tandem_obligation_status status) {
  return name_at(status_names, status);
}

}  // extern "C"
