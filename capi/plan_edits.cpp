// Editing a plan through tandem.h. The core re-plans only what depends on the value
// and gives the strong guarantee; here only the C arguments are checked and converted
// (all before the core is called, so a refused argument changes nothing either).
#include <cstdint>
#include <string_view>

#include "firewall.hpp"
#include "plan_handles.hpp"
#include "tandem.h"

namespace {

namespace plan = tandem::plan;
using tandem::capi::firewall;
using tandem::capi::require_non_null;

plan::plan& mutable_plan(tandem_plan* h) {
  require_non_null(h, "plan");
  return h->p;
}

std::string_view id_argument(const char* id, const char* parameter) {
  require_non_null(id, parameter);
  return id;
}

}  // namespace

extern "C" {

tandem_status tandem_plan_set_weight(tandem_plan* plan, const char* unit, const char* weight) {
  return firewall([&] {
    plan::plan& p = mutable_plan(plan);
    const std::string_view id = id_argument(unit, "unit");
    const tandem::amount w = tandem::capi::weight_argument(weight, "weight");
    tandem::capi::naming_by_id([&] { p.set_weight(id, w); });
  });
}

tandem_status tandem_plan_set_bounds(tandem_plan* plan, const char* unit, tandem_measure measure, int64_t min,
                                     int64_t max, int64_t fixed) {
  return firewall([&] {
    plan::plan& p = mutable_plan(plan);
    const std::string_view id = id_argument(unit, "unit");
    const plan::measure m = tandem::capi::measure_argument(measure);
    tandem::capi::naming_by_id([&] { p.set_bounds(id, m, tandem::capi::bounds_argument(min, max, fixed)); });
  });
}

tandem_status tandem_plan_set_product_weight(tandem_plan* plan, const char* product, const char* weight) {
  return firewall([&] {
    plan::plan& p = mutable_plan(plan);
    const std::string_view id = id_argument(product, "product");
    const tandem::amount w = tandem::capi::weight_argument(weight, "weight");
    tandem::capi::naming_by_id([&] { p.set_product_weight(id, w); });
  });
}

tandem_status tandem_plan_set_product_bounds(tandem_plan* plan, const char* product, tandem_measure measure,
                                             int64_t min, int64_t max, int64_t fixed) {
  return firewall([&] {
    plan::plan& p = mutable_plan(plan);
    const std::string_view id = id_argument(product, "product");
    const plan::measure m = tandem::capi::measure_argument(measure);
    tandem::capi::naming_by_id([&] { p.set_product_bounds(id, m, tandem::capi::bounds_argument(min, max, fixed)); });
  });
}

tandem_status tandem_plan_set_mix(tandem_plan* plan, const char* unit, const char* product, const char* weight) {
  return firewall([&] {
    plan::plan& p = mutable_plan(plan);
    const std::string_view unit_id = id_argument(unit, "unit");
    const std::string_view product_id = id_argument(product, "product");
    const tandem::amount w = tandem::capi::weight_argument(weight, "weight");
    tandem::capi::naming_by_id([&] { p.set_mix(unit_id, product_id, w); });
  });
}

tandem_status tandem_plan_set_period_bounds(tandem_plan* plan, const char* unit, const char* product,
                                            const char* period, tandem_measure measure, int64_t min, int64_t max,
                                            int64_t fixed) {
  return firewall([&] {
    plan::plan& p = mutable_plan(plan);
    const std::string_view unit_id = id_argument(unit, "unit");
    const std::string_view product_id = id_argument(product, "product");
    const std::string_view label = id_argument(period, "period");
    const plan::measure m = tandem::capi::measure_argument(measure);
    const plan::bounds b = tandem::capi::bounds_argument(min, max, fixed);
    tandem::capi::naming_by_id([&] { p.set_period_bounds(unit_id, product_id, label, m, b); });
  });
}

tandem_status tandem_plan_set_annual_target(tandem_plan* plan, tandem_measure measure, int64_t target) {
  return firewall([&] {
    plan::plan& p = mutable_plan(plan);
    const plan::measure m = tandem::capi::measure_argument(measure);
    tandem::capi::naming_by_id([&] { p.set_annual_target(m, target); });
  });
}

}  // extern "C"
