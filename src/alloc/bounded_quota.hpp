// The continuous proportional split with bounds.
//
// Finds one common multiplier L >= 0 such that sum_i clamp(L * w_i, lower_i, upper_i)
// equals the total. This is the exact, real-valued ideal that the integer methods
// round: largest remainder rounds these quotas directly, and divisor methods start
// their search from L. Computed exactly as a rational numerator / denominator.
#pragma once

#include "problem.hpp"
#include "tandem/core/int128.hpp"

namespace tandem::alloc::detail {

/// L = numerator / denominator. A zero denominator means no movable child is
/// between its bounds at the solution: every quota is one of its bounds.
struct multiplier {
  uint128 numerator = 0;
  uint128 denominator = 0;
};

/// Requires a feasible problem (sum of lower bounds <= total <= capacity).
[[nodiscard]] multiplier bounded_multiplier(const problem& p);

/// Where child i's quota L * w_i falls relative to its bounds.
enum class quota_position { below_lower, inside, above_upper };

/// Classifies L * w_i against [lower_i, upper_i]; `m.denominator` must be non-zero.
[[nodiscard]] quota_position classify(const problem& p, const multiplier& m, std::size_t i) noexcept;

}  // namespace tandem::alloc::detail
