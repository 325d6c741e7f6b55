// Reading a plan's units and product lines through tandem.h, by index (units in the
// plan's depth-first order, lines in the document's) or found by id.
#include <cstddef>
#include <cstdint>
#include <string>

#include "firewall.hpp"
#include "plan_handles.hpp"
#include "tandem.h"
#include "text_output.hpp"
#include "time_handles.hpp"

namespace {

namespace plan = tandem::plan;
using tandem::capi::firewall;
using tandem::capi::plan_argument;
using tandem::capi::require_non_null;

// The unit's spec entry: the spec keeps the units in the plan's order.
const plan::sales_unit& unit_argument(const tandem_plan* h, std::size_t unit) {
  const plan::plan& p = plan_argument(h);
  tandem::capi::require_unit(unit, p.unit_count());
  return p.spec().units[unit];
}

const plan::product_line& product_argument(const tandem_plan* h, std::size_t product) {
  const plan::plan& p = plan_argument(h);
  tandem::capi::require_product(product, p.product_count(), false);
  return p.spec().products[product];
}

const std::string& name_in(const std::string& zh, const std::string& en, tandem_lang lang) {
  tandem::capi::require_enum(lang, TANDEM_LANG_ZH, TANDEM_LANG_EN, "tandem_lang");
  return lang == TANDEM_LANG_ZH ? zh : en;
}

void write_bounds(const plan::bounds& b, int64_t* min_out, int64_t* max_out, int64_t* fixed_out) {
  if (min_out != nullptr) *min_out = b.min;
  if (max_out != nullptr) *max_out = b.max;
  if (fixed_out != nullptr) *fixed_out = b.fixed;
}

}  // namespace

extern "C" {

size_t tandem_plan_unit_count(const tandem_plan* plan) { return plan == nullptr ? 0 : plan->p.unit_count(); }

tandem_status tandem_plan_find_unit(const tandem_plan* plan, const char* id, bool* found_out, size_t* index_out) {
  return firewall([&] {
    const plan::plan& p = plan_argument(plan);
    require_non_null(id, "id");
    require_non_null(found_out, "found_out");
    const auto index = p.unit_index(id);
    *found_out = index.has_value();
    if (index && index_out != nullptr) *index_out = *index;
  });
}

tandem_status tandem_plan_unit_id(const tandem_plan* plan, size_t unit, char* buffer, size_t capacity,
                                  size_t* length_out) {
  return firewall([&] {
    const plan::sales_unit& u = unit_argument(plan, unit);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(u.id, buffer, capacity, length_out);
  });
}

tandem_status tandem_plan_unit_name(const tandem_plan* plan, size_t unit, tandem_lang lang, char* buffer,
                                    size_t capacity, size_t* length_out) {
  return firewall([&] {
    const plan::sales_unit& u = unit_argument(plan, unit);
    const std::string& name = name_in(u.zh, u.en, lang);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(name, buffer, capacity, length_out);
  });
}

tandem_status tandem_plan_unit_tree(const tandem_plan* plan, size_t unit, bool* has_parent_out, size_t* parent_out,
                                    int32_t* depth_out, size_t* child_count_out, size_t* subtree_size_out) {
  return firewall([&] {
    unit_argument(plan, unit);
    const plan::plan& p = plan->p;
    const auto parent = p.parent(unit);
    if (has_parent_out != nullptr) *has_parent_out = parent.has_value();
    if (parent && parent_out != nullptr) *parent_out = *parent;
    if (depth_out != nullptr) *depth_out = p.depth(unit);
    if (child_count_out != nullptr) *child_count_out = p.children(unit).size();
    if (subtree_size_out != nullptr) *subtree_size_out = p.subtree_size(unit);
  });
}

tandem_status tandem_plan_unit_child(const tandem_plan* plan, size_t unit, size_t child, size_t* out) {
  return firewall([&] {
    unit_argument(plan, unit);
    require_non_null(out, "out");
    const auto children = plan->p.children(unit);
    if (child >= children.size()) {
      tandem::capi::throw_invalid_argument("child " + std::to_string(child) + " is out of range: unit " +
                                           std::to_string(unit) + " has " + std::to_string(children.size()) +
                                           " children");
    }
    *out = children[child];
  });
}

tandem_status tandem_plan_unit_info(const tandem_plan* plan, size_t unit, tandem_sales_unit_kind* kind_out,
                                    tandem_share_basis* basis_out) {
  return firewall([&] {
    const plan::sales_unit& u = unit_argument(plan, unit);
    if (kind_out != nullptr) *kind_out = static_cast<tandem_sales_unit_kind>(u.kind);
    if (basis_out != nullptr) *basis_out = static_cast<tandem_share_basis>(u.basis);
  });
}

tandem_status tandem_plan_unit_weight(const tandem_plan* plan, size_t unit, char* buffer, size_t capacity,
                                      size_t* length_out) {
  return firewall([&] {
    const plan::sales_unit& u = unit_argument(plan, unit);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(tandem::capi::weight_text(u.weight), buffer, capacity, length_out);
  });
}

tandem_status tandem_plan_unit_bounds(const tandem_plan* plan, size_t unit, tandem_measure measure,
                                      int64_t* min_out, int64_t* max_out, int64_t* fixed_out) {
  return firewall([&] {
    const plan::sales_unit& u = unit_argument(plan, unit);
    const plan::measure m = tandem::capi::measure_argument(measure);
    write_bounds(u.limits[m], min_out, max_out, fixed_out);
  });
}

size_t tandem_plan_product_count(const tandem_plan* plan) { return plan == nullptr ? 0 : plan->p.product_count(); }

tandem_status tandem_plan_find_product(const tandem_plan* plan, const char* id, bool* found_out,
                                       size_t* index_out) {
  return firewall([&] {
    const plan::plan& p = plan_argument(plan);
    require_non_null(id, "id");
    require_non_null(found_out, "found_out");
    const auto index = p.product_index(id);
    *found_out = index.has_value();
    if (index && index_out != nullptr) *index_out = *index;
  });
}

tandem_status tandem_plan_product_id(const tandem_plan* plan, size_t product, char* buffer, size_t capacity,
                                     size_t* length_out) {
  return firewall([&] {
    const plan::product_line& l = product_argument(plan, product);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(l.id, buffer, capacity, length_out);
  });
}

tandem_status tandem_plan_product_name(const tandem_plan* plan, size_t product, tandem_lang lang, char* buffer,
                                       size_t capacity, size_t* length_out) {
  return firewall([&] {
    const plan::product_line& l = product_argument(plan, product);
    const std::string& name = name_in(l.zh, l.en, lang);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(name, buffer, capacity, length_out);
  });
}

tandem_status tandem_plan_product_info(const tandem_plan* plan, size_t product, tandem_lifecycle_stage* stage_out,
                                       tandem_share_basis* basis_out, tandem_seasonality* seasonality_out) {
  return firewall([&] {
    const plan::product_line& l = product_argument(plan, product);
    // org::lifecycle_stage and tandem_lifecycle_stage share their pinned numbers
    // (capi/org_lifecycle.cpp checks them).
    if (stage_out != nullptr) *stage_out = static_cast<tandem_lifecycle_stage>(l.stage);
    if (basis_out != nullptr) *basis_out = static_cast<tandem_share_basis>(l.basis);
    if (seasonality_out != nullptr) *seasonality_out = static_cast<tandem_seasonality>(l.seasonality);
  });
}

tandem_status tandem_plan_product_weight(const tandem_plan* plan, size_t product, char* buffer, size_t capacity,
                                         size_t* length_out) {
  return firewall([&] {
    const plan::product_line& l = product_argument(plan, product);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(tandem::capi::weight_text(l.weight), buffer, capacity, length_out);
  });
}

tandem_status tandem_plan_product_bounds(const tandem_plan* plan, size_t product, tandem_measure measure,
                                         int64_t* min_out, int64_t* max_out, int64_t* fixed_out) {
  return firewall([&] {
    const plan::product_line& l = product_argument(plan, product);
    const plan::measure m = tandem::capi::measure_argument(measure);
    write_bounds(l.limits[m], min_out, max_out, fixed_out);
  });
}

}  // extern "C"
