// Re-planning what remains after the closed months through tandem.h
// (tandem::plan::respread_remaining): the time section's re-spread policies and spread
// options, applied to every leaf cell of a plan; the result read cell by cell.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "firewall.hpp"
#include "plan_handles.hpp"
#include "tandem.h"
#include "tandem/plan/report.hpp"
#include "tandem/time/respread.hpp"
#include "time_handles.hpp"

namespace {

namespace plan = tandem::plan;
using tandem::capi::firewall;
using tandem::capi::plan_argument;
using tandem::capi::require_non_null;

void require_leaf(const tandem_plan_revision* r, std::size_t leaf) {
  require_non_null(r, "revision");
  if (leaf >= r->revision.leaves.size()) {
    tandem::capi::throw_invalid_argument("leaf " + std::to_string(leaf) + " is out of range: the revision has " +
                                         std::to_string(r->revision.leaves.size()) + " leaves");
  }
}

}  // namespace

extern "C" {

tandem_status tandem_plan_respread_remaining(const tandem_plan* plan, const tandem_actuals* actuals,
                                             tandem_measure measure, const char* as_of,
                                             tandem_shortfall_policy on_shortfall, tandem_surplus_policy on_surplus,
                                             bool proportional_to_original, const tandem_spread_options* options,
                                             tandem_plan_revision** out) {
  return firewall([&] {
    const plan::plan& p = plan_argument(plan);
    require_non_null(actuals, "actuals");
    require_non_null(out, "out");
    const plan::measure m = tandem::capi::targeted_measure(p, measure);
    const tandem::time::date day = tandem::capi::date_argument(as_of, "as_of");
    tandem::capi::require_enum(on_shortfall, TANDEM_SHORTFALL_SPREAD, TANDEM_SHORTFALL_CARRY,
                               "tandem_shortfall_policy");
    tandem::capi::require_enum(on_surplus, TANDEM_SURPLUS_SPREAD, TANDEM_SURPLUS_BANK, "tandem_surplus_policy");
    tandem::time::respread_options settings;
    settings.on_shortfall = static_cast<tandem::time::shortfall_policy>(on_shortfall);
    settings.on_surplus = static_cast<tandem::time::surplus_policy>(on_surplus);
    settings.proportional_to_original = proportional_to_original;
    settings.basis = tandem::capi::spread_options_or_defaults(options);
    auto made = std::make_unique<tandem_plan_revision>();
    made->revision =
        tandem::capi::naming_by_id([&] { return plan::respread_remaining(p, actuals->a, m, day, settings); });
    made->products = p.product_count();
    made->months = p.periods().size();
    *out = made.release();
  });
}

void tandem_plan_revision_destroy(tandem_plan_revision* revision) { delete revision; }

size_t tandem_plan_revision_closed_months(const tandem_plan_revision* revision) {
  return revision == nullptr ? 0 : revision->revision.closed_months;
}

size_t tandem_plan_revision_leaf_count(const tandem_plan_revision* revision) {
  return revision == nullptr ? 0 : revision->revision.leaves.size();
}

tandem_status tandem_plan_revision_leaf(const tandem_plan_revision* revision, size_t leaf, size_t* unit_out) {
  return firewall([&] {
    require_leaf(revision, leaf);
    require_non_null(unit_out, "unit_out");
    *unit_out = revision->revision.leaves[leaf];
  });
}

tandem_status tandem_plan_revision_cell(const tandem_plan_revision* revision, size_t leaf, size_t product,
                                        int64_t* targets_out, size_t count, int64_t* unallocated_out) {
  return firewall([&] {
    require_leaf(revision, leaf);
    tandem::capi::require_product(product, revision->products, false);
    if (count != revision->months) {
      tandem::capi::throw_invalid_argument("count " + std::to_string(count) + " is not the month count " +
                                           std::to_string(revision->months));
    }
    tandem::capi::require_array(targets_out, count, sizeof(int64_t), "targets_out");
    const std::size_t cell = leaf * revision->products + product;
    const auto first = revision->revision.targets.begin() + static_cast<std::ptrdiff_t>(cell * count);
    std::copy(first, first + static_cast<std::ptrdiff_t>(count), targets_out);
    if (unallocated_out != nullptr) *unallocated_out = revision->revision.unallocated[cell];
  });
}

}  // extern "C"
