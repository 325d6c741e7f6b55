// tandem/time/respread.hpp — re-spreading what remains of a target after actuals.
//
// Part way through the year, some periods are closed with actual results. What is
// left to achieve is the annual target minus the actuals to date; it can be more
// than the open periods' original targets (a shortfall to catch up) or less, even
// negative (ahead of plan). The policies decide what the open periods get:
//
//   remaining = annual target - sum(actuals of closed periods)
//   open      = sum(original targets of open periods)
//
//   shortfall (remaining > open):
//     spread — the open periods share `remaining` (their targets rise);
//     carry  — they keep their original targets; remaining - open is reported as
//              unallocated (the gap nobody is asked to close).
//   surplus (remaining < open):
//     spread — the open periods share max(remaining, 0) (their targets fall, never
//              below zero); a negative remaining is reported as unallocated;
//     bank   — they keep their original targets; remaining - open (negative) is
//              reported as unallocated (the lead is banked).
//
// Always: sum(actuals) + sum(open targets) + unallocated == annual target.
// With a quantum above 1 (basis.rounding.quantum) the amount spread must be a
// multiple of it, or the engine reports errc::infeasible: round the annual target
// and the actuals to the quantum first.
// The share of the open periods follows their original targets by default, or any
// spread basis; the engine rounds as configured in `basis.rounding`.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "tandem/time/period.hpp"
#include "tandem/time/spread.hpp"

namespace tandem::time {

/// Numbers are pinned.
enum class shortfall_policy : std::uint8_t { spread = 0, carry = 1 };
/// Numbers are pinned.
enum class surplus_policy : std::uint8_t { spread = 0, bank = 1 };

[[nodiscard]] std::string_view to_string(shortfall_policy p) noexcept;
[[nodiscard]] std::string_view to_string(surplus_policy p) noexcept;

struct respread_options {
  shortfall_policy on_shortfall = shortfall_policy::spread;
  surplus_policy on_surplus = surplus_policy::spread;
  /// True: open periods share in proportion to their original targets (all zero:
  /// `basis.when_zero` decides). False: they share by `basis.basis`.
  bool proportional_to_original = true;
  /// Rounding, and the basis when not proportional_to_original.
  spread_options basis{};
};

struct respread_result {
  /// One per period: the actual for a closed period, the revised target for an open one.
  std::vector<std::int64_t> targets;
  /// What the open periods were not asked to achieve (see above); zero when the
  /// remaining target was fully spread.
  std::int64_t unallocated = 0;
  /// annual target - sum(actuals).
  std::int64_t remaining = 0;
};

/// The first `actuals.size()` periods are closed, the rest open.
/// `original_targets` has one value per period. Throws errc::invalid_argument for
/// size mismatches or when every period is closed; errc::out_of_range for a
/// negative original target of an open period (child() = its index);
/// errc::overflow when a sum does not fit int64; and what spread() throws.
[[nodiscard]] respread_result respread(std::int64_t annual_target, std::span<const period> periods,
                                       std::span<const std::int64_t> original_targets,
                                       std::span<const std::int64_t> actuals, const respread_options& opts = {});

}  // namespace tandem::time
