// The built-in catalog in the C API, part one: languages, catalog metadata, the
// named lists, and what every entry has (kind, text, parent). Links, fields, flags
// and integers are in org_catalog_details.cpp.
#include "org_catalog.hpp"

#include <cstddef>
#include <iterator>
#include <span>
#include <string>
#include <string_view>

#include "firewall.hpp"
#include "tandem.h"
#include "tandem/org/catalog.hpp"
#include "text_output.hpp"

namespace org = tandem::org;

namespace tandem::capi {

static_assert(static_cast<int>(org::lang::zh) == TANDEM_LANG_ZH);
static_assert(static_cast<int>(org::lang::en) == TANDEM_LANG_EN);

std::string quoted_text(const char* text) {
  constexpr std::size_t max_shown = 64;
  std::size_t length = 0;  // strlen that stops early
  while (length <= max_shown && text[length] != '\0') ++length;
  if (length > max_shown) return "\"" + std::string(text, max_shown) + "...\"";
  return "\"" + std::string(text, length) + "\"";
}

const org::entry& catalog_entry_argument(const char* id) {
  require_non_null(id, "id");
  const org::entry* found = org::find_entry(id);
  if (found == nullptr) throw_invalid_argument("id " + quoted_text(id) + " is not in the catalog");
  return *found;
}

org::lang lang_argument(tandem_lang value) {
  if (value != TANDEM_LANG_ZH && value != TANDEM_LANG_EN) {
    throw_invalid_argument("lang " + std::to_string(value) +
                           " is not a tandem_lang (TANDEM_LANG_ZH 0, TANDEM_LANG_EN 1)");
  }
  return static_cast<org::lang>(value);
}

}  // namespace tandem::capi

namespace {

using tandem::capi::quoted_text;
using tandem::capi::require_non_null;
using tandem::capi::throw_invalid_argument;

// One named list of the catalog: its accessor's name in tandem/org/catalog.hpp, and
// how to count it and read the id of entry `index`.
struct catalog_list {
  const char* name;  // a literal: tandem_catalog_list_name hands it out as static storage
  std::size_t (*count)() noexcept;
  std::string_view (*id)(std::size_t index) noexcept;
};

template <auto accessor>
std::size_t count_of() noexcept {
  return accessor().size();
}

template <auto accessor>
std::string_view id_of(std::size_t index) noexcept {
  return accessor()[index].id;
}

template <auto accessor>
constexpr catalog_list list(const char* name) {
  return {name, &count_of<accessor>, &id_of<accessor>};
}

// Append only: tandem_catalog_list_name(index) numbers them in this order.
constexpr catalog_list lists[] = {
    list<&org::org_units>("org_units"),
    list<&org::roles>("roles"),
    list<&org::relations>("relations"),
    list<&org::marketing_areas>("marketing_areas"),
    list<&org::marketing_duties>("marketing_duties"),
    list<&org::sales_responsibilities>("sales_responsibilities"),
    list<&org::lifecycle_stages>("lifecycle_stages"),
    list<&org::lifecycle_activities>("lifecycle_activities"),
    list<&org::marketing_to_sales_plans>("marketing_to_sales_plans"),
    list<&org::marketing_to_sales_sub_items>("marketing_to_sales_sub_items"),
    list<&org::sales_to_marketing_reports>("sales_to_marketing_reports"),
    list<&org::other_information_flows>("other_information_flows"),
    list<&org::org_models>("org_models"),
    list<&org::capabilities>("capabilities"),
    list<&org::comparison_dimensions>("comparison_dimensions"),
    list<&org::planning_periods>("planning_periods"),
    list<&org::marketing_time_horizons>("marketing_time_horizons"),
    list<&org::sales_time_horizons>("sales_time_horizons"),
    list<&org::workflows>("workflows"),
};

const catalog_list& list_argument(const char* name) {
  require_non_null(name, "list");
  const std::string_view wanted(name);
  for (const catalog_list& candidate : lists) {
    if (wanted == candidate.name) return candidate;
  }
  throw_invalid_argument("list " + quoted_text(name) +
                         " is not a catalog list (tandem_catalog_list_name enumerates them)");
}

// The entry a workflow step belongs to is the workflow that lists it.
std::string_view workflow_of(std::string_view step_id) noexcept {
  for (const org::workflow& flow : org::workflows()) {
    for (const org::workflow_step& step : flow.steps) {
      if (step.id == step_id) return flow.id;
    }
  }
  return {};
}

std::string_view parent_of(const org::entry& e) {
  using tandem::capi::catalog_entry_as;
  switch (e.kind) {
    case org::entry_kind::org_unit: return catalog_entry_as<org::org_unit>(e).parent_id;
    case org::entry_kind::marketing_duty: return catalog_entry_as<org::marketing_duty>(e).area_id;
    case org::entry_kind::information_flow:
      return catalog_entry_as<org::information_flow>(e).parent_id;
    case org::entry_kind::workflow_step: return workflow_of(e.id);
    default: return {};
  }
}

}  // namespace

extern "C" {

tandem_status tandem_lang_from_name(const char* name, tandem_lang* out) {
  return tandem::capi::firewall([&] {
    require_non_null(name, "name");
    require_non_null(out, "out");
    const auto parsed = org::lang_from_name(name);
    if (!parsed)
      throw_invalid_argument("name " + quoted_text(name) + " is not a language (zh, en)");
    *out = static_cast<tandem_lang>(*parsed);
  });
}

const char* tandem_lang_name(tandem_lang lang) {
  switch (lang) {
    case TANDEM_LANG_ZH: return "zh";
    case TANDEM_LANG_EN: return "en";
    default: return nullptr;
  }
}

tandem_status tandem_catalog_info(const char* name, tandem_lang lang, char* buffer, size_t capacity,
                                  size_t* length_out) {
  return tandem::capi::firewall([&] {
    require_non_null(name, "name");
    const org::lang language = tandem::capi::lang_argument(lang);
    tandem::capi::require_text_buffer(buffer, capacity);
    const std::string_view wanted(name);
    std::string_view value;
    if (wanted == "id") {
      value = org::catalog_id();
    } else if (wanted == "schema_version") {
      value = org::catalog_schema_version();
    } else if (wanted == "source_sha256") {
      value = org::catalog_source_sha256();
    } else if (wanted == "title") {
      value = org::catalog_title().in(language);
    } else {
      throw_invalid_argument("name " + quoted_text(name) +
                             " is not catalog information (id, schema_version, source_sha256, "
                             "title)");
    }
    tandem::capi::write_text(value, buffer, capacity, length_out);
  });
}

const char* tandem_catalog_list_name(size_t index) {
  return index < std::size(lists) ? lists[index].name : nullptr;
}

tandem_status tandem_catalog_list_count(const char* list, size_t* out) {
  return tandem::capi::firewall([&] {
    const catalog_list& found = list_argument(list);
    require_non_null(out, "out");
    *out = found.count();
  });
}

tandem_status tandem_catalog_list_id(const char* list, size_t index, char* buffer, size_t capacity,
                                     size_t* length_out) {
  return tandem::capi::firewall([&] {
    const catalog_list& found = list_argument(list);
    const std::size_t count = found.count();
    if (index >= count) {
      throw_invalid_argument("index " + std::to_string(index) + " is out of range: list " +
                             quoted_text(list) + " has " + std::to_string(count) + " entries");
    }
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(found.id(index), buffer, capacity, length_out);
  });
}

tandem_status tandem_catalog_contains(const char* id, bool* out) {
  return tandem::capi::firewall([&] {
    require_non_null(id, "id");
    require_non_null(out, "out");
    *out = org::find_entry(id) != nullptr;
  });
}

tandem_status tandem_catalog_kind(const char* id, char* buffer, size_t capacity,
                                  size_t* length_out) {
  return tandem::capi::firewall([&] {
    const org::entry& e = tandem::capi::catalog_entry_argument(id);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(org::to_string(e.kind), buffer, capacity, length_out);
  });
}

tandem_status tandem_catalog_text(const char* id, tandem_lang lang, char* buffer, size_t capacity,
                                  size_t* length_out) {
  return tandem::capi::firewall([&] {
    const org::entry& e = tandem::capi::catalog_entry_argument(id);
    const org::lang language = tandem::capi::lang_argument(lang);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(e.text(language), buffer, capacity, length_out);
  });
}

tandem_status tandem_catalog_parent(const char* id, char* buffer, size_t capacity,
                                    size_t* length_out) {
  return tandem::capi::firewall([&] {
    const org::entry& e = tandem::capi::catalog_entry_argument(id);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(parent_of(e), buffer, capacity, length_out);
  });
}

}  // extern "C"
