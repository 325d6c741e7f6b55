// The built-in catalog in the C API, part two: what only some kinds of entry have,
// read by name so that the catalog can grow without new functions. Links (ids of
// related entries), fields (text), flags (bool) and integers, each a table of
// (kind, name, reader); docs/c-api.md ("The domain catalog") lists the names.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "firewall.hpp"
#include "org_catalog.hpp"
#include "tandem.h"
#include "tandem/org/catalog.hpp"
#include "text_output.hpp"

namespace org = tandem::org;

namespace {

using tandem::capi::quoted_text;
using tandem::capi::require_non_null;
using tandem::capi::throw_invalid_argument;
using ids = std::vector<std::string_view>;

// Entry `e` as its own type (short: the tables below use it on every line).
template <class T>
const T& as(const org::entry& e) {
  return tandem::capi::catalog_entry_as<T>(e);
}

// ------------------------------------------------------------------------ links

void add_all(std::span<const std::string_view> from, ids& out) {
  out.insert(out.end(), from.begin(), from.end());
}

// "children" is the inverse of tandem_catalog_parent and applies to every kind: the
// units an org unit contains, an area's duties, a plan's sub-items, a workflow's steps.
void collect_children(const org::entry& e, ids& out) {
  switch (e.kind) {
    case org::entry_kind::org_unit:
      for (const org::org_unit& unit : org::org_units()) {
        if (unit.parent_id == e.id) out.push_back(unit.id);
      }
      break;
    case org::entry_kind::marketing_area:
      for (const org::marketing_duty& duty : as<org::marketing_area>(e).duties) {
        out.push_back(duty.id);
      }
      break;
    case org::entry_kind::information_flow:
      for (const auto list : {org::marketing_to_sales_plans(), org::marketing_to_sales_sub_items(),
                              org::sales_to_marketing_reports(), org::other_information_flows()}) {
        for (const org::information_flow& flow : list) {
          if (flow.parent_id == e.id) out.push_back(flow.id);
        }
      }
      break;
    case org::entry_kind::workflow:
      for (const org::workflow_step& step : as<org::workflow>(e).steps) {
        out.push_back(step.id);
      }
      break;
    default: break;  // no other kind contains entries
  }
}

struct link_reader {
  org::entry_kind kind;
  const char* name;
  void (*collect)(const org::entry& e, ids& out);
};

constexpr link_reader link_readers[] = {
    {org::entry_kind::org_unit, "superiors",
     [](const org::entry& e, ids& out) { add_all(as<org::org_unit>(e).superior_ids, out); }},
    {org::entry_kind::org_unit, "subordinates",
     [](const org::entry& e, ids& out) { add_all(as<org::org_unit>(e).subordinate_ids, out); }},
    {org::entry_kind::role, "superiors",
     [](const org::entry& e, ids& out) { add_all(as<org::role>(e).superior_ids, out); }},
    {org::entry_kind::role, "subordinates",
     [](const org::entry& e, ids& out) { add_all(as<org::role>(e).subordinate_ids, out); }},
    {org::entry_kind::relation, "from",
     [](const org::entry& e, ids& out) { add_all(as<org::relation>(e).from_ids, out); }},
    {org::entry_kind::relation, "to",
     [](const org::entry& e, ids& out) { add_all(as<org::relation>(e).to_ids, out); }},
    {org::entry_kind::lifecycle_stage, "focus",
     [](const org::entry& e, ids& out) {
       for (const org::lifecycle_activity* activity : as<org::lifecycle_stage_entry>(e).focus) {
         out.push_back(activity->id);
       }
     }},
    {org::entry_kind::lifecycle_activity, "stages",  // the inverse of "focus"
     [](const org::entry& e, ids& out) {
       for (const org::lifecycle_stage_entry& stage : org::lifecycle_stages()) {
         for (const org::lifecycle_activity* activity : stage.focus) {
           if (activity->id == e.id) {
             out.push_back(stage.id);
             break;
           }
         }
       }
     }},
};

// -------------------------------------------------------------------- fields

// The org units at either end of a flow follow from its direction.
constexpr std::string_view marketing_department = "org_marketing_department";
constexpr std::string_view sales_department = "org_sales_department";

struct field_reader {
  org::entry_kind kind;
  const char* name;
  std::string_view (*read)(const org::entry& e, org::lang l);
};

constexpr field_reader field_readers[] = {
    {org::entry_kind::relation, "type",
     [](const org::entry& e, org::lang) { return org::to_string(as<org::relation>(e).type); }},
    {org::entry_kind::relation, "alternative_group",
     [](const org::entry& e, org::lang) { return as<org::relation>(e).alternative_group; }},
    {org::entry_kind::information_flow, "direction",
     [](const org::entry& e, org::lang) {
       return org::to_string(as<org::information_flow>(e).direction);
     }},
    {org::entry_kind::information_flow, "sender",
     [](const org::entry& e, org::lang) {
       return as<org::information_flow>(e).direction == org::flow_direction::marketing_to_sales
                  ? marketing_department
                  : sales_department;
     }},
    {org::entry_kind::information_flow, "receiver",
     [](const org::entry& e, org::lang) {
       return as<org::information_flow>(e).direction == org::flow_direction::marketing_to_sales
                  ? sales_department
                  : marketing_department;
     }},
    {org::entry_kind::org_model, "structure",
     [](const org::entry& e, org::lang) {
       return org::to_string(as<org::org_model>(e).structure);
     }},
    {org::entry_kind::org_model, "description",
     [](const org::entry& e, org::lang l) { return as<org::org_model>(e).description.in(l); }},
    {org::entry_kind::capability, "symbol",
     [](const org::entry& e, org::lang) { return as<org::capability>(e).symbol; }},
    {org::entry_kind::comparison_dimension, "marketing",
     [](const org::entry& e, org::lang l) {
       return as<org::comparison_dimension>(e).marketing.in(l);
     }},
    {org::entry_kind::comparison_dimension, "sales",
     [](const org::entry& e, org::lang l) { return as<org::comparison_dimension>(e).sales.in(l); }},
    {org::entry_kind::comparison_dimension, "summary",
     [](const org::entry& e, org::lang l) {
       return as<org::comparison_dimension>(e).summary.in(l);
     }},
    {org::entry_kind::time_horizon, "org_unit",
     [](const org::entry& e, org::lang) { return as<org::time_horizon>(e).org_unit_id; }},
    {org::entry_kind::time_horizon, "period",
     [](const org::entry& e, org::lang) {
       const org::planning_period* period = as<org::time_horizon>(e).period;
       return period != nullptr ? period->id : std::string_view{};
     }},
    {org::entry_kind::time_horizon, "role",
     [](const org::entry& e, org::lang) { return org::to_string(as<org::time_horizon>(e).role); }},
    {org::entry_kind::workflow_step, "actor",
     [](const org::entry& e, org::lang) { return as<org::workflow_step>(e).actor_id; }},
};

// --------------------------------------------------------------- flags, integers

struct flag_reader {
  org::entry_kind kind;
  const char* name;
  bool (*read)(const org::entry& e);
};

// "inferred" applies to every kind and is not in the table.
constexpr flag_reader flag_readers[] = {
    {org::entry_kind::org_model, "recommended_for_industrial",
     [](const org::entry& e) { return as<org::org_model>(e).recommended_for_industrial; }},
    {org::entry_kind::comparison_dimension, "truncated_in_source",
     [](const org::entry& e) { return as<org::comparison_dimension>(e).truncated_in_source; }},
    {org::entry_kind::time_horizon, "is_maximum",
     [](const org::entry& e) { return as<org::time_horizon>(e).is_maximum; }},
    {org::entry_kind::workflow, "sequence_inferred",
     [](const org::entry& e) { return as<org::workflow>(e).sequence_inferred; }},
    {org::entry_kind::workflow_step, "is_input",
     [](const org::entry& e) { return as<org::workflow_step>(e).is_input; }},
};

struct integer_reader {
  org::entry_kind kind;
  const char* name;
  std::int64_t (*read)(const org::entry& e);
};

constexpr integer_reader integer_readers[] = {
    {org::entry_kind::marketing_area, "number",
     [](const org::entry& e) -> std::int64_t { return as<org::marketing_area>(e).number; }},
    {org::entry_kind::marketing_duty, "number",
     [](const org::entry& e) -> std::int64_t { return as<org::marketing_duty>(e).number; }},
    {org::entry_kind::information_flow, "number",
     [](const org::entry& e) -> std::int64_t { return as<org::information_flow>(e).number; }},
    {org::entry_kind::org_model, "number",
     [](const org::entry& e) -> std::int64_t { return as<org::org_model>(e).number; }},
    {org::entry_kind::capability, "number",
     [](const org::entry& e) -> std::int64_t { return as<org::capability>(e).number; }},
    {org::entry_kind::comparison_dimension, "number",
     [](const org::entry& e) -> std::int64_t { return as<org::comparison_dimension>(e).number; }},
    {org::entry_kind::lifecycle_stage, "order",
     [](const org::entry& e) -> std::int64_t { return as<org::lifecycle_stage_entry>(e).order; }},
    {org::entry_kind::workflow_step, "order",
     [](const org::entry& e) -> std::int64_t { return as<org::workflow_step>(e).order; }},
    {org::entry_kind::planning_period, "months",
     [](const org::entry& e) -> std::int64_t { return as<org::planning_period>(e).months; }},
};

// ------------------------------------------------------------------ lookup

// The reader of `name` for the kind of `e`, from one of the tables above. When there
// is none, the message names the entry, its kind and what it does have, so that a
// typo is found at once. `common` is the name every kind has (nullptr if none).
template <class Reader, std::size_t count>
const Reader& reader_for(const Reader (&table)[count], const org::entry& e, const char* name,
                         const char* what, const char* common) {
  require_non_null(name, what);
  const std::string_view wanted(name);
  std::string known = common != nullptr ? common : "";
  for (const Reader& reader : table) {
    if (reader.kind != e.kind) continue;
    if (wanted == reader.name) return reader;
    known += known.empty() ? "" : ", ";
    known += reader.name;
  }
  throw_invalid_argument(std::string(what) + " " + quoted_text(name) + " does not apply to " +
                         std::string(org::to_string(e.kind)) + " '" + std::string(e.id) +
                         "' (it has: " + (known.empty() ? std::string("none") : known) + ")");
}

ids linked_ids(const org::entry& e, const char* link) {
  ids out;
  if (link != nullptr && std::string_view(link) == "children") {
    collect_children(e, out);
  } else {
    reader_for(link_readers, e, link, "link", "children").collect(e, out);
  }
  return out;
}

}  // namespace

extern "C" {

tandem_status tandem_catalog_link_count(const char* id, const char* link, size_t* out) {
  return tandem::capi::firewall([&] {
    const org::entry& e = tandem::capi::catalog_entry_argument(id);
    const ids linked = linked_ids(e, link);
    require_non_null(out, "out");
    *out = linked.size();
  });
}

tandem_status tandem_catalog_link_id(const char* id, const char* link, size_t index, char* buffer,
                                     size_t capacity, size_t* length_out) {
  return tandem::capi::firewall([&] {
    const org::entry& e = tandem::capi::catalog_entry_argument(id);
    const ids linked = linked_ids(e, link);
    if (index >= linked.size()) {
      throw_invalid_argument("index " + std::to_string(index) + " is out of range: link " +
                             quoted_text(link) + " of '" + std::string(e.id) + "' has " +
                             std::to_string(linked.size()) + " ids");
    }
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(linked[index], buffer, capacity, length_out);
  });
}

tandem_status tandem_catalog_field(const char* id, const char* field, tandem_lang lang,
                                   char* buffer, size_t capacity, size_t* length_out) {
  return tandem::capi::firewall([&] {
    const org::entry& e = tandem::capi::catalog_entry_argument(id);
    const field_reader& reader = reader_for(field_readers, e, field, "field", nullptr);
    const org::lang language = tandem::capi::lang_argument(lang);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(reader.read(e, language), buffer, capacity, length_out);
  });
}

tandem_status tandem_catalog_flag(const char* id, const char* flag, bool* out) {
  return tandem::capi::firewall([&] {
    const org::entry& e = tandem::capi::catalog_entry_argument(id);
    bool value = false;
    if (flag != nullptr && std::string_view(flag) == "inferred") {
      value = e.inferred;
    } else {
      value = reader_for(flag_readers, e, flag, "flag", "inferred").read(e);
    }
    require_non_null(out, "out");
    *out = value;
  });
}

tandem_status tandem_catalog_integer(const char* id, const char* name, int64_t* out) {
  return tandem::capi::firewall([&] {
    const org::entry& e = tandem::capi::catalog_entry_argument(id);
    const std::int64_t value = reader_for(integer_readers, e, name, "integer", nullptr).read(e);
    require_non_null(out, "out");
    *out = value;
  });
}

}  // extern "C"
