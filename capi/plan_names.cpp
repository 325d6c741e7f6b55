// The names of the plan enumerations of tandem.h (measures, sales unit kinds, share
// bases, seasonality), spelt as plan documents spell them (docs/plan-format.md). The
// names are part of the C ABI, so they live here as static C strings; parsing
// accepts any case, as the other sections' parsers do.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "firewall.hpp"
#include "tandem.h"
#include "tandem/plan/plan_spec.hpp"
#include "time_handles.hpp"

namespace {

namespace plan = tandem::plan;

static_assert(static_cast<int>(plan::unit_kind::company) == TANDEM_SALES_UNIT_COMPANY);
static_assert(static_cast<int>(plan::unit_kind::department) == TANDEM_SALES_UNIT_DEPARTMENT);
static_assert(static_cast<int>(plan::unit_kind::region) == TANDEM_SALES_UNIT_REGION);
static_assert(static_cast<int>(plan::unit_kind::branch) == TANDEM_SALES_UNIT_BRANCH);
static_assert(static_cast<int>(plan::unit_kind::team) == TANDEM_SALES_UNIT_TEAM);
static_assert(static_cast<int>(plan::unit_kind::person) == TANDEM_SALES_UNIT_PERSON);
static_assert(static_cast<int>(plan::unit_kind::agent) == TANDEM_SALES_UNIT_AGENT);
static_assert(static_cast<int>(plan::unit_kind::distributor) == TANDEM_SALES_UNIT_DISTRIBUTOR);
static_assert(static_cast<int>(plan::share_basis::weight) == TANDEM_SHARE_WEIGHT);
static_assert(static_cast<int>(plan::share_basis::reference) == TANDEM_SHARE_REFERENCE);
static_assert(static_cast<int>(plan::share_basis::fixed) == TANDEM_SHARE_FIXED);
static_assert(static_cast<int>(plan::seasonality_basis::even) == TANDEM_SEASONALITY_EVEN);
static_assert(static_cast<int>(plan::seasonality_basis::calendar_days) == TANDEM_SEASONALITY_CALENDAR_DAYS);
static_assert(static_cast<int>(plan::seasonality_basis::key) == TANDEM_SEASONALITY_KEY);

constexpr std::array<const char*, 2> measure_names{"amount", "quantity"};
constexpr std::array<const char*, 8> kind_names{"company", "department", "region", "branch",
                                                "team",    "person",     "agent",  "distributor"};
constexpr std::array<const char*, 3> basis_names{"weight", "reference", "fixed"};
constexpr std::array<const char*, 3> seasonality_names{"even", "calendar-days", "key"};

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

tandem_status tandem_measure_from_name(const char* name, tandem_measure* out) {
  return from_name(measure_names, name, out, "a measure");
}
const char* tandem_measure_name(tandem_measure measure) { return name_at(measure_names, measure); }

tandem_status tandem_sales_unit_kind_from_name(const char* name, tandem_sales_unit_kind* out) {
  return from_name(kind_names, name, out, "a sales unit kind");
}
const char* tandem_sales_unit_kind_name(tandem_sales_unit_kind kind) { return name_at(kind_names, kind); }

const char* tandem_share_basis_name(tandem_share_basis basis) { return name_at(basis_names, basis); }

const char* tandem_seasonality_name(tandem_seasonality seasonality) {
  return name_at(seasonality_names, seasonality);
}

}  // extern "C"
