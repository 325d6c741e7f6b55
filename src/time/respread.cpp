// Re-spreading after actuals: the policies decide how much the open periods share;
// the weights come from the whole plan so that a key written for the year still
// matches its labels.
#include "tandem/time/respread.hpp"

#include <algorithm>

#include "spread_internal.hpp"
#include "tandem/core/checked.hpp"
#include "tandem/core/error.hpp"
#include "tandem/core/int128.hpp"

namespace tandem::time {
namespace {

std::int64_t narrow_or_throw(int128 v, std::string_view what) {
  if (v > std::numeric_limits<std::int64_t>::max() || v < std::numeric_limits<std::int64_t>::min()) {
    throw_overflow(what);
  }
  return static_cast<std::int64_t>(v);
}

}  // namespace

std::string_view to_string(shortfall_policy p) noexcept {
  switch (p) {
    case shortfall_policy::spread: return "spread";
    case shortfall_policy::carry: return "carry";
  }
  return "?";
}

std::string_view to_string(surplus_policy p) noexcept {
  switch (p) {
    case surplus_policy::spread: return "spread";
    case surplus_policy::bank: return "bank";
  }
  return "?";
}

respread_result respread(std::int64_t annual_target, std::span<const period> periods,
                         std::span<const std::int64_t> original_targets, std::span<const std::int64_t> actuals,
                         const respread_options& opts) {
  if (original_targets.size() != periods.size()) {
    throw error(errc::invalid_argument, "re-spreading needs one original target per period: " +
                                            std::to_string(periods.size()) + " periods, " +
                                            std::to_string(original_targets.size()) + " targets");
  }
  if (actuals.size() >= periods.size()) {
    throw error(errc::invalid_argument, "every period is closed (" + std::to_string(actuals.size()) + " actuals for " +
                                            std::to_string(periods.size()) + " periods): nothing is left to re-spread");
  }
  const std::size_t closed = actuals.size();
  int128 achieved = 0;
  for (const std::int64_t a : actuals) achieved += a;
  const std::int64_t remaining = narrow_or_throw(int128{annual_target} - achieved, "annual target minus actuals");

  int128 open_sum = 0;
  for (std::size_t i = closed; i < periods.size(); ++i) {
    if (original_targets[i] < 0) {
      throw error(errc::out_of_range,
                  "open period '" + periods[i].label + "' has a negative original target (" +
                      std::to_string(original_targets[i]) + ")",
                  i);
    }
    open_sum += original_targets[i];
  }
  const std::int64_t open = narrow_or_throw(open_sum, "sum of the open periods' targets");

  respread_result result;
  result.remaining = remaining;
  result.targets.assign(actuals.begin(), actuals.end());
  const bool keep = remaining == open || (remaining > open && opts.on_shortfall == shortfall_policy::carry) ||
                    (remaining < open && opts.on_surplus == surplus_policy::bank);
  if (keep) {
    result.targets.insert(result.targets.end(), original_targets.begin() + static_cast<std::ptrdiff_t>(closed),
                          original_targets.end());
    result.unallocated = narrow_or_throw(int128{remaining} - open, "remaining target minus open targets");
    return result;
  }
  // Spread: a shortfall in full; a surplus down to zero at most, the rest reported.
  const std::int64_t to_spread = std::max<std::int64_t>(remaining, 0);
  result.unallocated = remaining - to_spread;

  const std::span<const period> open_periods = periods.subspan(closed);
  if (to_spread == 0) {
    // Nothing to share (on plan or ahead of it): no weights are needed, so a basis
    // that would have none (an all-zero reference) is no reason to fail.
    result.targets.resize(periods.size(), 0);
    return result;
  }
  std::vector<std::int64_t> weights;
  if (opts.proportional_to_original) {
    weights.assign(original_targets.begin() + static_cast<std::ptrdiff_t>(closed), original_targets.end());
  } else {
    const std::vector<std::int64_t> all = spread_weights(periods, opts.basis);
    weights.assign(all.begin() + static_cast<std::ptrdiff_t>(closed), all.end());
  }
  if (std::all_of(weights.begin(), weights.end(), [](std::int64_t w) { return w == 0; })) {
    weights = apply_zero_policy(open_periods, opts.basis.when_zero,
                                opts.proportional_to_original ? "every open period's original target is zero"
                                                              : "every open period's weight is zero");
  }
  std::vector<std::int64_t> shares(open_periods.size());
  alloc::workspace scratch;
  try {
    spread_by_weights(to_spread, weights, opts.basis.rounding, {}, shares, scratch);
  } catch (const error& e) {
    // The engine names open periods from 0; report the period's index in the plan.
    if (e.child()) throw error(e.code(), e.what(), *e.child() + closed);
    throw;
  }
  result.targets.insert(result.targets.end(), shares.begin(), shares.end());
  return result;
}

}  // namespace tandem::time
