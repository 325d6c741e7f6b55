// Lookup of catalog entries by id: a scan of the generated list of all entries.
#include <string>

#include "org/catalog_data.hpp"
#include "tandem/core/error.hpp"
#include "tandem/org/catalog.hpp"

namespace tandem::org {
namespace {

// The entry_kind stored in every entry of type T, which makes the downcast safe.
template <class T>
constexpr entry_kind kind_of();
template <> constexpr entry_kind kind_of<org_unit>() { return entry_kind::org_unit; }
template <> constexpr entry_kind kind_of<role>() { return entry_kind::role; }
template <> constexpr entry_kind kind_of<relation>() { return entry_kind::relation; }
template <> constexpr entry_kind kind_of<marketing_area>() { return entry_kind::marketing_area; }
template <> constexpr entry_kind kind_of<marketing_duty>() { return entry_kind::marketing_duty; }
template <> constexpr entry_kind kind_of<sales_responsibility>() { return entry_kind::sales_responsibility; }
template <> constexpr entry_kind kind_of<lifecycle_stage_entry>() { return entry_kind::lifecycle_stage; }
template <> constexpr entry_kind kind_of<lifecycle_activity>() { return entry_kind::lifecycle_activity; }
template <> constexpr entry_kind kind_of<information_flow>() { return entry_kind::information_flow; }
template <> constexpr entry_kind kind_of<org_model>() { return entry_kind::org_model; }
template <> constexpr entry_kind kind_of<capability>() { return entry_kind::capability; }
template <> constexpr entry_kind kind_of<comparison_dimension>() { return entry_kind::comparison_dimension; }
template <> constexpr entry_kind kind_of<planning_period>() { return entry_kind::planning_period; }
template <> constexpr entry_kind kind_of<time_horizon>() { return entry_kind::time_horizon; }
template <> constexpr entry_kind kind_of<workflow>() { return entry_kind::workflow; }
template <> constexpr entry_kind kind_of<workflow_step>() { return entry_kind::workflow_step; }

}  // namespace

const entry* find_entry(std::string_view id) noexcept {
  for (const entry* e : detail::all_entries()) {
    if (e->id == id) return e;
  }
  return nullptr;
}

template <class T>
const T* find(std::string_view id) noexcept {
  const entry* e = find_entry(id);
  // Ids are unique across the catalog, so an id of another kind is simply not a T.
  if (e == nullptr || e->kind != kind_of<T>()) return nullptr;
  return static_cast<const T*>(e);
}

template <class T>
const T& at(std::string_view id) {
  if (const T* found = find<T>(id)) return *found;
  throw error(errc::invalid_argument,
              "unknown " + std::string(to_string(kind_of<T>())) + " id '" + std::string(id) + "'");
}

#define TANDEM_ORG_CATALOG_LOOKUP(T)                     \
  template const T* find<T>(std::string_view) noexcept; \
  template const T& at<T>(std::string_view);
TANDEM_ORG_CATALOG_ENTRY_TYPES(TANDEM_ORG_CATALOG_LOOKUP)
#undef TANDEM_ORG_CATALOG_LOOKUP

}  // namespace tandem::org
