// The validated request the allocation algorithms work on.
//
// apportion() checks the caller's request, divides everything by the quantum and
// turns fixed values into equal bounds (a locked child is one whose lower and
// upper bound coincide), so that the algorithms see one uniform problem: split
// `total` among children with weights and optional [lower, upper] bounds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "tandem/alloc/method.hpp"
#include "tandem/core/int128.hpp"

namespace tandem::alloc::detail {

inline constexpr std::int64_t no_upper_bound = std::numeric_limits<std::int64_t>::max();

struct problem {
  std::int64_t total = 0;                 ///< in quanta, fixed children included
  std::span<const std::int64_t> weights;  ///< as given; all >= 0
  std::vector<std::int64_t> lower;        ///< in quanta; empty when no child has limits
  std::vector<std::int64_t> upper;        ///< in quanta; no_upper_bound when none
  tie_rule ties = tie_rule::input_order;
  std::int64_t quantum = 1;               ///< for messages: shares are counted in quanta
  uint128 movable_weight = 0;             ///< sum of the weights of the movable children
  std::uint64_t movable_count = 0;        ///< how many children are movable

  [[nodiscard]] std::size_t size() const noexcept { return weights.size(); }
  [[nodiscard]] bool bounded() const noexcept { return !lower.empty(); }
  [[nodiscard]] std::int64_t lower_of(std::size_t i) const noexcept {
    return lower.empty() ? 0 : lower[i];
  }
  [[nodiscard]] std::int64_t upper_of(std::size_t i) const noexcept {
    return upper.empty() ? no_upper_bound : upper[i];
  }
  /// A child whose share the weights can move: positive weight and room between its bounds.
  [[nodiscard]] bool movable(std::size_t i) const noexcept {
    return weights[i] > 0 && lower_of(i) < upper_of(i);
  }
  [[nodiscard]] std::uint64_t weight(std::size_t i) const noexcept {
    return static_cast<std::uint64_t>(weights[i]);
  }
};

}  // namespace tandem::alloc::detail
