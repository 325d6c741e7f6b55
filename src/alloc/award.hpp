// Handing the last units to the children with the best claims.
//
// Both families of methods end the same way: a few units are left, and they go to
// the children whose claims (remainders, priorities) are largest, ties broken by
// the tie rule. With the `error` rule, a cut that falls inside a group of equal
// claims is a failure that names the group.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

#include "problem.hpp"
#include "tie_order.hpp"

namespace tandem::alloc::detail {

/// Reorders `candidates` so that the `units` best come first, best meaning a larger
/// claim, then served_first(). `same_claim(a, b)` and `larger_claim(a, b)` compare
/// the claims of two candidates exactly. Throws errc::tie under the `error` rule when
/// the cut separates two candidates with the same claim. Returns nothing: the caller
/// serves candidates[0, units).
template <class Candidate, class LargerClaim, class SameClaim, class ChildOf>
void rank_best(const problem& p, std::vector<Candidate>& candidates, std::size_t units,
               LargerClaim larger_claim, SameClaim same_claim, ChildOf child_of) {
  if (units == 0 || units >= candidates.size()) return;  // nothing to choose
  const auto better = [&](const Candidate& a, const Candidate& b) {
    if (larger_claim(a, b)) return true;
    if (larger_claim(b, a)) return false;
    return served_first(p, child_of(a), child_of(b));
  };
  const auto cut = candidates.begin() + static_cast<std::ptrdiff_t>(units);
  std::nth_element(candidates.begin(), cut - 1, candidates.end(), better);
  if (p.ties != tie_rule::error) return;

  // nth_element leaves the last one served at cut - 1 and only worse ones after it.
  const Candidate last_served = *(cut - 1);
  const bool straddles = std::any_of(cut, candidates.end(), [&](const Candidate& c) {
    return same_claim(c, last_served);
  });
  if (!straddles) return;
  std::vector<std::size_t> tied;
  std::size_t tied_served = 0;
  for (auto it = candidates.begin(); it != candidates.end(); ++it) {
    if (same_claim(*it, last_served)) {
      tied.push_back(child_of(*it));
      if (it < cut) ++tied_served;
    }
  }
  throw_tie(std::move(tied), tied_served, p.quantum);
}

}  // namespace tandem::alloc::detail
