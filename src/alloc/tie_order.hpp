// Ordering children that are tied for a unit, by the caller's tie rule.
//
// A tie is two children with an exactly equal claim to a unit (equal remainders
// for largest remainder, equal priorities for a divisor method). The rule decides
// who is served first; every rule ends in input order so the result is always
// deterministic. The `error` rule orders like input order, and the caller checks
// afterwards whether the cut fell inside a group of equal claims.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "tandem/alloc/method.hpp"
#include "problem.hpp"

namespace tandem::alloc::detail {

/// True if child `a` is served before child `b` when their claims are equal.
[[nodiscard]] inline bool served_first(const problem& p, std::size_t a, std::size_t b) noexcept {
  switch (p.ties) {
    case tie_rule::larger_weight:
      if (p.weights[a] != p.weights[b]) return p.weights[a] > p.weights[b];
      break;
    case tie_rule::smaller_weight:
      if (p.weights[a] != p.weights[b]) return p.weights[a] < p.weights[b];
      break;
    case tie_rule::input_order:
    case tie_rule::error:
      break;
  }
  return a < b;
}

/// Throws errc::tie naming `tied` (sorted ascending here), who had equal claims to
/// the last `units` quanta served.
[[noreturn]] void throw_tie(std::vector<std::size_t> tied, std::size_t units, std::int64_t quantum);

}  // namespace tandem::alloc::detail
