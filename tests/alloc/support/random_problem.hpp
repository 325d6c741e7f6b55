// tests/alloc/support/random_problem.hpp — fixed-seed random apportionment
// requests for property tests.
//
// Draws are made with our own bounded integer function rather than
// std::uniform_int_distribution, whose algorithm differs between standard
// libraries: a seed gives the same problems everywhere.
//
//   std::mt19937_64 rng{20240611};
//   problem p = random_problem(rng, method::webster, tie_rule::error, {.bounds = true});
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>

#include "alloc/support/reference.hpp"

namespace tandem::alloc::test_support {

/// The shape of the random problems to draw.
struct random_profile {
  std::size_t max_children = 8;          ///< n is drawn in [0, max_children] (0 rarely)
  std::int64_t max_units = 40;           ///< the total is about this many quanta at most
  std::int64_t max_weight = 20;          ///< positive weights are drawn in [1, max_weight]
  bool zero_weights = false;             ///< some children get weight 0
  bool equal_weights = false;            ///< weights come from a tiny set, so ties are common
  bool bounds = false;                   ///< random minimums and maximums
  bool fixed = false;                    ///< some children are fixed
  bool quantum = false;                  ///< quantum drawn from {1, 2, 3, 1000}
  std::int64_t fixed_quantum = 0;        ///< when > 0, the quantum (overrides `quantum`)
  std::int64_t weight_scale = 1;         ///< every weight is multiplied by this (keeps ties exact)
  bool mixed_magnitudes = false;         ///< weights drawn in [1, 10^k], k uniform in [0, 18]
  bool near_equal = false;               ///< with equal_weights: add 0..2 to each palette weight
  int infeasible_percent = 10;           ///< how often the total ignores the feasible range
};

/// A uniform integer in [lo, hi] (lo <= hi), independent of the standard library.
[[nodiscard]] std::int64_t draw(std::mt19937_64& rng, std::int64_t lo, std::int64_t hi);

/// True with probability percent / 100.
[[nodiscard]] bool chance(std::mt19937_64& rng, int percent);

/// A random request with the given method and tie rule. Limits, when drawn, are
/// valid (non-negative, min <= max, fixed within bounds, multiples of the
/// quantum); the total is usually within the feasible range.
[[nodiscard]] problem random_problem(std::mt19937_64& rng, method m, tie_rule t,
                                     const random_profile& profile);

}  // namespace tandem::alloc::test_support
