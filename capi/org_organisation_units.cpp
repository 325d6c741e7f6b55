// Reading an organisation's units and known duties through tandem.h, by index (in
// the order added; duties in the catalog's order, then host duties) or found by id.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "firewall.hpp"
#include "org_catalog.hpp"
#include "org_handles.hpp"
#include "tandem.h"
#include "tandem/org/organisation.hpp"
#include "text_output.hpp"
#include "time_handles.hpp"

namespace {

namespace org = tandem::org;
using tandem::capi::firewall;
using tandem::capi::require_non_null;

const org::unit& unit_argument(const tandem_organisation* o, std::size_t index) {
  require_non_null(o, "org");
  tandem::capi::require_index(index, o->org.units().size(), "units");
  return o->org.units()[index];
}

// duties() is built on each call (catalog duties plus host duties); the lists are
// short (the catalog has a few dozen), and building it keeps the handle free of
// caches that a mutation would have to invalidate.
org::duty duty_argument(const tandem_organisation* o, std::size_t index) {
  require_non_null(o, "org");
  std::vector<org::duty> duties = o->org.duties();
  tandem::capi::require_index(index, duties.size(), "duties");
  return std::move(duties[index]);
}

}  // namespace

extern "C" {

size_t tandem_organisation_unit_count(const tandem_organisation* org) {
  return org == nullptr ? 0 : org->org.units().size();
}

tandem_status tandem_organisation_find_unit(const tandem_organisation* org, const char* id, bool* found_out,
                                            size_t* index_out) {
  return firewall([&] {
    require_non_null(org, "org");
    require_non_null(id, "id");
    require_non_null(found_out, "found_out");
    const org::unit* u = org->org.find_unit(id);
    *found_out = u != nullptr;
    if (u != nullptr && index_out != nullptr) *index_out = static_cast<std::size_t>(u - org->org.units().data());
  });
}

tandem_status tandem_organisation_unit_with(const tandem_organisation* org, tandem_unit_function function,
                                            bool* found_out, size_t* index_out) {
  return firewall([&] {
    require_non_null(org, "org");
    require_non_null(found_out, "found_out");
    // Only the functions at most one unit has: "none" is shared by many.
    tandem::capi::require_enum(function, TANDEM_UNIT_FUNCTION_MARKETING, TANDEM_UNIT_FUNCTION_MARKETING_AND_SALES,
                               "tandem_unit_function that one unit at most has (marketing, sales, "
                               "marketing_and_sales)");
    const org::unit* u = org->org.unit_with(static_cast<org::unit_function>(function));
    *found_out = u != nullptr;
    if (u != nullptr && index_out != nullptr) *index_out = static_cast<std::size_t>(u - org->org.units().data());
  });
}

tandem_status tandem_organisation_unit_id(const tandem_organisation* org, size_t index, char* buffer,
                                          size_t capacity, size_t* length_out) {
  return firewall([&] {
    const org::unit& u = unit_argument(org, index);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(u.id, buffer, capacity, length_out);
  });
}

tandem_status tandem_organisation_unit_name(const tandem_organisation* org, size_t index, tandem_lang lang,
                                            char* buffer, size_t capacity, size_t* length_out) {
  return firewall([&] {
    const org::unit& u = unit_argument(org, index);
    const org::lang language = tandem::capi::lang_argument(lang);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(u.name(language), buffer, capacity, length_out);
  });
}

tandem_status tandem_organisation_unit_superior(const tandem_organisation* org, size_t index, char* buffer,
                                                size_t capacity, size_t* length_out) {
  return firewall([&] {
    const org::unit& u = unit_argument(org, index);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(u.superior_id, buffer, capacity, length_out);
  });
}

tandem_status tandem_organisation_unit_info(const tandem_organisation* org, size_t index,
                                            tandem_unit_kind* kind_out, tandem_unit_function* function_out) {
  return firewall([&] {
    const org::unit& u = unit_argument(org, index);
    if (kind_out != nullptr) *kind_out = static_cast<tandem_unit_kind>(u.kind);
    if (function_out != nullptr) *function_out = static_cast<tandem_unit_function>(u.function);
  });
}

size_t tandem_organisation_duty_count(const tandem_organisation* org) {
  if (org == nullptr) return 0;
  try {
    return org->org.duties().size();
  } catch (...) {
    return 0;  // out of memory building the list: a count cannot report it
  }
}

tandem_status tandem_organisation_find_duty(const tandem_organisation* org, const char* id, bool* found_out,
                                            size_t* index_out) {
  return firewall([&] {
    require_non_null(org, "org");
    require_non_null(id, "id");
    require_non_null(found_out, "found_out");
    const std::string wanted(id);
    const std::vector<org::duty> duties = org->org.duties();
    *found_out = false;
    for (std::size_t i = 0; i < duties.size(); ++i) {
      if (duties[i].id == wanted) {
        *found_out = true;
        if (index_out != nullptr) *index_out = i;
        return;
      }
    }
  });
}

tandem_status tandem_organisation_duty_id(const tandem_organisation* org, size_t index, char* buffer,
                                          size_t capacity, size_t* length_out) {
  return firewall([&] {
    const org::duty d = duty_argument(org, index);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(d.id, buffer, capacity, length_out);
  });
}

tandem_status tandem_organisation_duty_name(const tandem_organisation* org, size_t index, tandem_lang lang,
                                            char* buffer, size_t capacity, size_t* length_out) {
  return firewall([&] {
    const org::duty d = duty_argument(org, index);
    const org::lang language = tandem::capi::lang_argument(lang);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(d.name(language), buffer, capacity, length_out);
  });
}

tandem_status tandem_organisation_duty_source(const tandem_organisation* org, size_t index,
                                              tandem_duty_source* out) {
  return firewall([&] {
    require_non_null(out, "out");
    const org::duty d = duty_argument(org, index);
    *out = static_cast<tandem_duty_source>(d.source);
  });
}

}  // extern "C"
