// tandem_respread: re-spreading what remains of a target after actuals.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>

#include "firewall.hpp"
#include "tandem.h"
#include "tandem/time/respread.hpp"
#include "time_handles.hpp"

namespace {

namespace tt = tandem::time;

static_assert(static_cast<int>(tt::shortfall_policy::spread) == TANDEM_SHORTFALL_SPREAD);
static_assert(static_cast<int>(tt::shortfall_policy::carry) == TANDEM_SHORTFALL_CARRY);
static_assert(static_cast<int>(tt::surplus_policy::spread) == TANDEM_SURPLUS_SPREAD);
static_assert(static_cast<int>(tt::surplus_policy::bank) == TANDEM_SURPLUS_BANK);

}  // namespace

extern "C" {

tandem_status tandem_respread(const tandem_periods* periods, int64_t annual_target,
                              const int64_t* original_targets, const int64_t* actuals, size_t closed,
                              tandem_shortfall_policy on_shortfall, tandem_surplus_policy on_surplus,
                              bool proportional_to_original, const tandem_spread_options* options,
                              int64_t* targets_out, int64_t* unallocated_out, int64_t* remaining_out) {
  return tandem::capi::firewall([&] {
    tandem::capi::require_non_null(periods, "periods");
    const std::size_t count = periods->periods.size();
    tandem::capi::require_array(original_targets, count, sizeof(int64_t), "original_targets");
    tandem::capi::require_array(actuals, closed, sizeof(int64_t), "actuals");
    tandem::capi::require_array(targets_out, count, sizeof(int64_t), "targets_out");
    tandem::capi::require_enum(on_shortfall, TANDEM_SHORTFALL_SPREAD, TANDEM_SHORTFALL_CARRY,
                               "tandem_shortfall_policy");
    tandem::capi::require_enum(on_surplus, TANDEM_SURPLUS_SPREAD, TANDEM_SURPLUS_BANK,
                               "tandem_surplus_policy");
    tt::respread_options settings;
    settings.on_shortfall = static_cast<tt::shortfall_policy>(on_shortfall);
    settings.on_surplus = static_cast<tt::surplus_policy>(on_surplus);
    settings.proportional_to_original = proportional_to_original;
    settings.basis = tandem::capi::spread_options_or_defaults(options);
    const std::span<const std::int64_t> original(original_targets, count);
    const std::span<const std::int64_t> actual(actuals, closed);
    const tt::respread_result result =
        tt::respread(annual_target, periods->periods, original, actual, settings);
    // Nothing can fail from here on: every output is written or none is.
    std::copy(result.targets.begin(), result.targets.end(), targets_out);
    if (unallocated_out != nullptr) *unallocated_out = result.unallocated;
    if (remaining_out != nullptr) *remaining_out = result.remaining;
  });
}

}  // extern "C"
