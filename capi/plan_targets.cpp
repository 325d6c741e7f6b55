// Reading a plan's months and targets through tandem.h: every index is checked here
// (TANDEM_E_INVALID_ARGUMENT), then the core answers from its decomposition.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

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

const tandem::time::period& month_argument(const tandem_plan* h, std::size_t month) {
  const plan::plan& p = plan_argument(h);
  tandem::capi::require_month(month, p.periods().size());
  return p.periods()[month];
}

// The checks every target query shares: a targeted measure, a unit, a line or all.
plan::measure cell_arguments(const plan::plan& p, tandem_measure measure, std::size_t unit, std::size_t product) {
  const plan::measure m = tandem::capi::targeted_measure(p, measure);
  tandem::capi::require_unit(unit, p.unit_count());
  tandem::capi::require_product(product, p.product_count(), true);
  return m;
}

}  // namespace

extern "C" {

size_t tandem_plan_month_count(const tandem_plan* plan) { return plan == nullptr ? 0 : plan->p.periods().size(); }

tandem_status tandem_plan_month_label(const tandem_plan* plan, size_t month, char* buffer, size_t capacity,
                                      size_t* length_out) {
  return firewall([&] {
    const tandem::time::period& period = month_argument(plan, month);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(period.label, buffer, capacity, length_out);
  });
}

tandem_status tandem_plan_month_dates(const tandem_plan* plan, size_t month, char* first_out, size_t first_capacity,
                                      char* last_out, size_t last_capacity) {
  return firewall([&] {
    const tandem::time::period& period = month_argument(plan, month);
    tandem::capi::require_date_buffer(first_out, first_capacity, "first_out");
    tandem::capi::require_date_buffer(last_out, last_capacity, "last_out");
    tandem::capi::write_date(period.full.first, first_out);
    tandem::capi::write_date(period.full.last, last_out);
  });
}

tandem_status tandem_plan_unit_total(const tandem_plan* plan, tandem_measure measure, size_t unit, int64_t* out) {
  return firewall([&] {
    const plan::plan& p = plan_argument(plan);
    const plan::measure m = cell_arguments(p, measure, unit, TANDEM_ALL_PRODUCTS);
    require_non_null(out, "out");
    *out = p.unit_total(m, unit);
  });
}

tandem_status tandem_plan_cell_total(const tandem_plan* plan, tandem_measure measure, size_t unit, size_t product,
                                     int64_t* out) {
  return firewall([&] {
    const plan::plan& p = plan_argument(plan);
    const plan::measure m = cell_arguments(p, measure, unit, product);
    require_non_null(out, "out");
    *out = p.cell_total(m, unit, product);
  });
}

tandem_status tandem_plan_target(const tandem_plan* plan, tandem_measure measure, size_t unit, size_t product,
                                 size_t month, int64_t* out) {
  return firewall([&] {
    const plan::plan& p = plan_argument(plan);
    const plan::measure m = cell_arguments(p, measure, unit, product);
    tandem::capi::require_month(month, p.periods().size());
    require_non_null(out, "out");
    *out = p.target(m, unit, product, month);
  });
}

tandem_status tandem_plan_monthly(const tandem_plan* plan, tandem_measure measure, size_t unit, size_t product,
                                  int64_t* out, size_t count) {
  return firewall([&] {
    const plan::plan& p = plan_argument(plan);
    const plan::measure m = cell_arguments(p, measure, unit, product);
    if (count != p.periods().size()) {
      tandem::capi::throw_invalid_argument("count " + std::to_string(count) + " is not the month count " +
                                           std::to_string(p.periods().size()));
    }
    tandem::capi::require_array(out, count, sizeof(int64_t), "out");
    const std::vector<std::int64_t> months = p.monthly(m, unit, product);
    std::copy(months.begin(), months.end(), out);
  });
}

tandem_status tandem_plan_last_replan(const tandem_plan* plan, size_t* units_resplit_out, size_t* cells_respread_out) {
  return firewall([&] {
    const plan::plan::replan_stats stats = plan_argument(plan).last_replan();
    if (units_resplit_out != nullptr) *units_resplit_out = stats.units_resplit;
    if (cells_respread_out != nullptr) *cells_respread_out = stats.cells_respread;
  });
}

}  // extern "C"
