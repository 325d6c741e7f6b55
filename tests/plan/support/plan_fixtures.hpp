// plan_fixtures.hpp — plan specs for the plan tests: a small worked example and
// random plans from a seed, and the invariants every decomposed plan must satisfy.
#pragma once

#include <cstdint>
#include <string>

#include "tandem/plan/plan.hpp"

namespace tandem::plan::testing {

/// A company (FY from April, amount at scale 0) with two regions under it, people
/// under one region, two product lines; small numbers that can be checked by hand.
[[nodiscard]] plan_spec small_spec();

/// A random plan: 1..depth levels, random fan-out, 1..6 product lines, random weights,
/// some units with a mix (with zeros), some bounds and locks (that may be infeasible),
/// both measures. Deterministic for a seed.
struct random_options {
  int max_depth = 4;
  int max_children = 5;
  int max_products = 6;
  bool with_limits = true;
  bool with_mix = true;
  /// adams and dean give every positive cell at least one quantum, so small totals
  /// can be infeasible; false keeps to webster, jefferson and modified Sainte-Lague.
  bool any_cell_method = true;
};
[[nodiscard]] plan_spec random_spec(std::uint64_t seed, const random_options& o = {});

/// Asserts (gtest) every invariant of a decomposed plan: each level sums exactly to
/// its parent across units, product lines and months; quanta; bounds and locks; every
/// biproportional certificate verified by alloc::check_biproportional. Returns the
/// number of failures recorded (0 when all hold).
int expect_invariants(const plan& p);

/// True if two plans hold the same spec and the same targets in every cell and month.
[[nodiscard]] bool same_targets(const plan& a, const plan& b);

}  // namespace tandem::plan::testing
