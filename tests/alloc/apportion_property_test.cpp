// Invariants of alloc::apportion over random inputs (fixed seeds).
//
//  * engine == reference on small problems, for every method x tie rule and
//    every kind of limit (same shares, or the same error and tied children);
//  * on large problems (up to 1e5 children, weights up to 1e12, totals up to
//    1e15), where no reference can follow: the shares sum to the total, respect
//    bounds and fixed values, Hamilton meets quota and gives its extra units to
//    the largest remainders, and divisor methods carry a certificate: one
//    divisor is consistent with every share (max over children of the priority of
//    their next unit <= min over children of the priority of their last unit);
//  * Hamilton against the reference on 2000 children, and every method on one
//    to five children with weights and totals near INT64_MAX;
//  * divisor methods are house monotone; results do not depend on the order of
//    the children when the tie rule cannot see it; scaling weights or the quantum
//    scales nothing / everything; the same input gives the same output.
#include "tandem/alloc/apportion.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <numeric>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "alloc/support/random_problem.hpp"
#include "alloc/support/reference.hpp"
#include "tandem/core/multiprecision.hpp"

namespace tandem::alloc {
namespace {

using namespace test_support;  // NOLINT(google-build-using-namespace): test helpers only

constexpr std::array<tie_rule, 4> all_ties{tie_rule::input_order, tie_rule::larger_weight,
                                           tie_rule::smaller_weight, tie_rule::error};

// Stops a broken property from printing thousands of failures.
struct failure_budget {
  int left = 8;
  bool spend() { return left-- > 0; }
};

// ---------------------------------------------------------------------------
// Engine against the reference.

struct named_profile {
  const char* name;
  random_profile profile;
  int cases_per_combination;  // per method x tie rule
};

std::vector<named_profile> reference_profiles() {
  return {
      {"plain", {.max_children = 6, .max_units = 30}, 400},
      {"equal-weights", {.max_children = 6, .max_units = 30, .max_weight = 6, .equal_weights = true}, 400},
      {"zero-weights", {.max_children = 6, .max_units = 30, .zero_weights = true}, 300},
      {"bounds", {.max_children = 6, .max_units = 30, .bounds = true, .infeasible_percent = 15}, 400},
      {"fixed", {.max_children = 6, .max_units = 30, .fixed = true}, 300},
      {"quantum", {.max_children = 6, .max_units = 30, .quantum = true}, 200},
      {"everything",
       {.max_children = 8,
        .max_units = 40,
        .max_weight = 8,
        .zero_weights = true,
        .equal_weights = true,
        .bounds = true,
        .fixed = true,
        .quantum = true,
        .infeasible_percent = 15},
       300},
      {"large-weights", {.max_children = 6, .max_units = 40, .max_weight = 1'000'000'000'000}, 200},
      {"large-weights-bounds",
       {.max_children = 6, .max_units = 40, .max_weight = 1'000'000'000'000, .bounds = true, .fixed = true}, 200},
      {"large-weights-ties",
       {.max_children = 6, .max_units = 40, .max_weight = 1'000'000'000'000, .equal_weights = true, .bounds = true},
       100},
      // Weights near 1e18 that differ by 0, 1 or 2: priorities and remainders
      // that agree to 17 digits must still be told apart (or found equal) exactly.
      {"near-equal-huge-weights",
       {.max_children = 6,
        .max_units = 40,
        .max_weight = 1'000'000'000'000'000'000,
        .equal_weights = true,
        .bounds = true,
        .near_equal = true},
       100},
      // Small weights times a large constant: every tie of the small weights
      // survives, now between products of 128 bits and more.
      {"scaled-weights",
       {.max_children = 6,
        .max_units = 40,
        .max_weight = 12,
        .zero_weights = true,
        .bounds = true,
        .fixed = true,
        .weight_scale = 123'456'789'011},
       150},
      // Totals and limits around 1e17..1e18 in few, huge quanta.
      {"huge-quantum",
       {.max_children = 4,
        .max_units = 20,
        .max_weight = 1'000'000'000'000,
        .equal_weights = true,
        .bounds = true,
        .fixed = true,
        .fixed_quantum = 10'000'000'000'000'000},
       60},
      // Weights from 1 to 1e18 side by side against totals of a few dozen units,
      // with caps: the divisor search must not depend on the size of a capped weight.
      {"mixed-magnitudes",
       {.max_children = 5,
        .max_units = 60,
        .zero_weights = true,
        .bounds = true,
        .fixed = true,
        .mixed_magnitudes = true},
       30},
      {"many-children", {.max_children = 30, .max_units = 200, .max_weight = 50, .bounds = true}, 40},
      {"many-children-ties", {.max_children = 30, .max_units = 200, .max_weight = 4, .equal_weights = true}, 40},
  };
}

TEST(ApportionProperty, EngineMatchesReferenceOnSmallProblems) {
  std::mt19937_64 rng{0x7a6e'd3a1'0000'0001ULL};
  failure_budget budget;
  workspace shared;  // one workspace for every other call: stale scratch must not leak
  int compared = 0;
  int failures_compared = 0;
  for (const named_profile& np : reference_profiles()) {
    for (const method m : all_methods()) {
      for (const tie_rule t : all_ties) {
        for (int c = 0; c < np.cases_per_combination; ++c) {
          const problem p = random_problem(rng, m, t, np.profile);
          const outcome want = reference_apportion(p);
          const outcome got = engine_apportion(p, compared % 2 == 0 ? &shared : nullptr);
          ++compared;
          if (!want.ok) ++failures_compared;
          if ((!same_outcome(got, want) || got.output_touched) && budget.spend()) {
            ADD_FAILURE() << "profile " << np.name << ": " << describe(p) << "\n  expected "
                          << describe(want) << "\n  got      " << describe(got);
          }
        }
      }
    }
  }
  // The profiles must exercise both outcomes, or the comparison proves little.
  EXPECT_GT(failures_compared, compared / 50) << "too few failing cases compared";
  EXPECT_LT(failures_compared, compared / 2) << "too few successful cases compared";
}

// ---------------------------------------------------------------------------
// Checks that need no reference.

big_int units_of(std::int64_t v, std::int64_t quantum) { return big_int{v / quantum}; }

std::int64_t limit(const std::vector<std::int64_t>& v, std::size_t i) { return v.empty() ? unset : v[i]; }

// Sum, bounds, fixed values, zero weights, multiples of the quantum.
std::string basic_violation(const problem& p, const std::vector<std::int64_t>& shares) {
  if (shares.size() != p.weights.size()) return "wrong number of shares";
  big_int sum = 0;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    const std::string at = " at child " + std::to_string(i);
    sum += shares[i];
    if (shares[i] < 0) return "negative share" + at;
    if (shares[i] % p.opts.quantum != 0) return "share not a multiple of the quantum" + at;
    const std::int64_t fx = limit(p.fixed, i);
    const std::int64_t lo = limit(p.min, i);
    const std::int64_t hi = limit(p.max, i);
    if (fx != unset) {
      if (shares[i] != fx) return "fixed value not honoured" + at;
      continue;
    }
    if (lo != unset && shares[i] < lo) return "share below its minimum" + at;
    if (hi != unset && shares[i] > hi) return "share above its maximum" + at;
    if (p.weights[i] == 0 && shares[i] != (lo == unset ? 0 : lo)) return "zero weight above its minimum" + at;
  }
  if (sum != big_int{p.total}) return "shares do not sum to the total";
  return {};
}

// Hamilton without limits: each share is floor or ceil of its quota T w_i / W,
// and every child that got the ceiling has a remainder at least as large as every
// child that got the floor (strictly larger when the tie rule is error). The
// remainders share the denominator W, so their numerators (T w_i mod W) compare.
std::string hamilton_violation(const problem& p, const std::vector<std::int64_t>& shares) {
  const big_int total = units_of(p.total, p.opts.quantum);
  big_int weight_sum = 0;
  for (const std::int64_t w : p.weights) weight_sum += w;
  if (weight_sum == 0) return {};
  std::optional<big_int> smallest_served;
  std::optional<big_int> largest_unserved;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    const big_int numerator = total * p.weights[i];
    const big_int floor = numerator / weight_sum;
    const big_int remainder = numerator % weight_sum;
    const big_int s = units_of(shares[i], p.opts.quantum);
    if (s == floor + 1) {
      if (remainder == 0) return "an integral quota was rounded up at child " + std::to_string(i);
      if (!smallest_served || remainder < *smallest_served) smallest_served = remainder;
    } else if (s == floor) {
      if (remainder != 0 && (!largest_unserved || remainder > *largest_unserved)) largest_unserved = remainder;
    } else {
      return "quota violated at child " + std::to_string(i);
    }
  }
  if (smallest_served && largest_unserved) {
    if (*smallest_served < *largest_unserved) return "an extra unit skipped a larger remainder";
    if (p.opts.ties == tie_rule::error && *smallest_served == *largest_unserved) {
      return "tie across the cut not reported";
    }
  }
  return {};
}

// Divisor methods: with k_i units (in quanta) for free child i, the priority of
// its next unit (if it may take one) must not exceed the priority of any child's
// last unit above its minimum. Strictly, when the tie rule is error.
std::string divisor_violation(const problem& p, const std::vector<std::int64_t>& shares) {
  std::optional<priority> highest_next;
  std::optional<priority> lowest_last;
  const std::int64_t q = p.opts.quantum;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    if (limit(p.fixed, i) != unset || p.weights[i] == 0) continue;
    const big_int w{p.weights[i]};
    const big_int k = units_of(shares[i], q);
    const std::int64_t lo = limit(p.min, i);
    const std::int64_t hi = limit(p.max, i);
    if (hi == unset || k < units_of(hi, q)) {
      const priority next = unit_priority(p.opts.m, w, k);
      if (!highest_next || compare(next, *highest_next) > 0) highest_next = next;
    }
    if (k > (lo == unset ? big_int{0} : units_of(lo, q))) {
      const priority last = unit_priority(p.opts.m, w, k - 1);
      if (!lowest_last || compare(last, *lowest_last) < 0) lowest_last = last;
    }
  }
  if (highest_next && lowest_last) {
    const int c = compare(*highest_next, *lowest_last);
    if (c > 0) return "no common divisor: a waiting unit outranks a unit handed out";
    if (c == 0 && p.opts.ties == tie_rule::error) return "tie across the cut not reported";
  }
  return {};
}

std::string violation(const problem& p, const std::vector<std::int64_t>& shares) {
  std::string v = basic_violation(p, shares);
  if (!v.empty()) return v;
  if (is_divisor_method(p.opts.m)) return divisor_violation(p, shares);
  if (p.min.empty() && p.max.empty() && p.fixed.empty()) return hamilton_violation(p, shares);
  return {};
}

std::string head(const problem& p) {
  return "n=" + std::to_string(p.weights.size()) + " total=" + std::to_string(p.total) + " quantum=" +
         std::to_string(p.opts.quantum) + " method=" + std::string(to_string(p.opts.m)) + " ties=" +
         std::string(to_string(p.opts.ties));
}

// A large problem: weights in [0, max_weight] (about 5 % zero), total around
// `scale`, and optionally bounds on about 10 % of the children and a few fixed
// values. Child 0 has a positive weight and no limit, so the request is feasible.
problem large_problem(std::mt19937_64& rng, method m, tie_rule t, std::size_t n, std::int64_t max_weight,
                      std::int64_t scale, bool limits, std::int64_t quantum = 1) {
  problem p;
  p.opts = {.m = m, .quantum = quantum, .ties = t};
  std::int64_t lower_units = 0;
  std::int64_t fixed_units = 0;
  if (limits) {
    p.min.assign(n, unset);
    p.max.assign(n, unset);
    p.fixed.assign(n, unset);
  }
  const std::int64_t per_child = std::max<std::int64_t>(1, scale / quantum / static_cast<std::int64_t>(n));
  for (std::size_t i = 0; i < n; ++i) {
    p.weights.push_back(i > 0 && chance(rng, 5) ? 0 : draw(rng, 1, max_weight));
    if (!limits || i == 0) continue;
    if (chance(rng, 2)) {
      p.fixed[i] = draw(rng, 0, 2 * per_child) * quantum;
      fixed_units += p.fixed[i] / quantum;
      continue;
    }
    if (chance(rng, 10)) {
      p.min[i] = draw(rng, 0, 2 * per_child) * quantum;
      lower_units += p.min[i] / quantum;
    }
    if (chance(rng, 10)) p.max[i] = (p.min[i] == unset ? 0 : p.min[i]) + draw(rng, 0, 2 * per_child) * quantum;
  }
  p.total = (fixed_units + lower_units + draw(rng, 0, scale / quantum)) * quantum;
  return p;
}

void check_large(const problem& p, failure_budget& budget) {
  const outcome got = engine_apportion(p);
  if (!got.ok) {
    // Only a tie may stop a feasible request.
    if ((got.code != errc::tie || p.opts.ties != tie_rule::error) && budget.spend()) {
      ADD_FAILURE() << head(p) << ": unexpected " << describe(got);
    }
    return;
  }
  const std::string v = violation(p, got.shares);
  if (!v.empty() && budget.spend()) ADD_FAILURE() << head(p) << ": " << v;
}

TEST(ApportionProperty, LargeProblemsKeepSumBoundsAndQuota) {
  std::mt19937_64 rng{0x7a6e'd3a1'0000'0002ULL};
  failure_budget budget;
  for (const method m : all_methods()) {
    // 1e5 children, weights up to 1e12, totals up to 1e15, with and without limits.
    check_large(large_problem(rng, m, tie_rule::input_order, 100'000, 1'000'000'000'000, 1'000'000'000'000'000, false),
                budget);
    check_large(large_problem(rng, m, tie_rule::larger_weight, 100'000, 1'000'000'000'000, 1'000'000'000'000'000, true),
                budget);
    // A total smaller than the number of children (Adams & co. cannot give everyone one).
    check_large(large_problem(rng, m, tie_rule::smaller_weight, 100'000, 1'000'000'000'000, 50'000, false), budget);
    // Quantum 1000 and a total that is a small multiple of it.
    check_large(large_problem(rng, m, tie_rule::input_order, 20'000, 1'000'000, 1'000'000'000, true, 1000), budget);
  }
}

TEST(ApportionProperty, MidSizeDivisorCertificateForEveryTieRule) {
  std::mt19937_64 rng{0x7a6e'd3a1'0000'0003ULL};
  failure_budget budget;
  for (const method m : all_methods()) {
    for (const tie_rule t : all_ties) {
      for (int c = 0; c < 3; ++c) {
        // Small weights make ties frequent; large weights make them rare.
        const std::int64_t max_weight = c == 0 ? 30 : 1'000'000'000'000;
        check_large(large_problem(rng, m, t, 2000, max_weight, 1'000'000, c == 2), budget);
      }
    }
  }
}

TEST(ApportionProperty, HamiltonMatchesReferenceOnMidSizeProblems) {
  // The reference's Hamilton is O(n log n), so it can follow 2000 children and
  // totals of 1e6 and more, bounds, fixed values and ties included.
  std::mt19937_64 rng{0x7a6e'd3a1'0000'0008ULL};
  failure_budget budget;
  for (const tie_rule t : all_ties) {
    for (int c = 0; c < 6; ++c) {
      const std::int64_t max_weight = c % 2 == 0 ? 6 : 1'000'000'000'000;  // small: many ties
      const problem p = large_problem(rng, method::hamilton, t, 2000, max_weight, 1'000'000, c >= 2);
      const outcome want = reference_apportion(p);
      const outcome got = engine_apportion(p);
      if (!same_outcome(got, want) && budget.spend()) {
        ADD_FAILURE() << head(p) << "\n  expected " << describe(want).substr(0, 400) << "\n  got      "
                      << describe(got).substr(0, 400);
      }
    }
  }
}

// One to five children, weights up to INT64_MAX, totals up to ~INT64_MAX/2 plus
// the minimums: the widest products the engine must handle exactly.
problem huge_problem(std::mt19937_64& rng, method m, tie_rule t, bool with_limits) {
  constexpr std::int64_t top = std::numeric_limits<std::int64_t>::max();
  problem p;
  p.opts = {.m = m, .ties = t};
  const auto n = static_cast<std::size_t>(draw(rng, 1, 5));
  const std::int64_t base = draw(rng, 0, top / 2);
  for (std::size_t i = 0; i < n; ++i) {
    // Mix of enormous, tiny and zero weights; equal ones now and then.
    const int kind = static_cast<int>(draw(rng, 0, 9));
    std::int64_t w = kind < 5 ? draw(rng, top / 4, top) : (kind < 8 ? draw(rng, 1, 1000) : 0);
    if (i > 0 && kind == 9) w = p.weights[0];
    p.weights.push_back(w);
  }
  p.weights[0] = std::max<std::int64_t>(p.weights[0], 1);
  std::int64_t lower_sum = 0;
  if (with_limits) {
    p.min.assign(n, unset);
    p.max.assign(n, unset);
    const std::int64_t share = base / static_cast<std::int64_t>(n);
    for (std::size_t i = 1; i < n; ++i) {  // child 0 stays unbounded: feasible
      if (chance(rng, 50)) {
        p.min[i] = draw(rng, 0, share / 2);
        lower_sum += p.min[i];
      }
      if (chance(rng, 50)) p.max[i] = (p.min[i] == unset ? 0 : p.min[i]) + draw(rng, 0, share);
    }
  }
  p.total = base + lower_sum;
  return p;
}

TEST(ApportionProperty, FewChildrenWithHugeWeightsAndTotals) {
  std::mt19937_64 rng{0x7a6e'd3a1'0000'0009ULL};
  failure_budget budget;
  for (const method m : all_methods()) {
    for (const tie_rule t : all_ties) {
      for (int c = 0; c < 25; ++c) {
        const problem p = huge_problem(rng, m, t, c % 2 == 1);
        check_large(p, budget);
        if (m == method::hamilton) {  // the reference can follow Hamilton at any size
          const outcome want = reference_apportion(p);
          const outcome got = engine_apportion(p);
          if (!same_outcome(got, want) && budget.spend()) {
            ADD_FAILURE() << describe(p) << "\n  expected " << describe(want) << "\n  got      " << describe(got);
          }
        }
      }
    }
  }
}

TEST(ApportionProperty, EqualWeightsTieEveryChild) {
  // n equal weights and a total that is not a multiple of n: every method gives
  // each child floor(T/n) or ceil(T/n), and the error rule names all n children.
  for (const method m : all_methods()) {
    for (const std::size_t n : {std::size_t{7}, std::size_t{1000}}) {
      const std::vector<std::int64_t> w(n, 123'456'789);
      const std::size_t extra = n / 2;  // 2 units each, and n/2 children get a 3rd
      const auto total = static_cast<std::int64_t>(2 * n + extra);
      const auto shares = apportion(total, w, {.m = m});
      for (std::size_t i = 0; i < n; ++i) {
        // Input order: the first children get the extra units.
        ASSERT_EQ(shares[i], i < extra ? 3 : 2) << to_string(m) << " child " << i;
      }
      try {
        (void)apportion(total, w, {.m = m, .ties = tie_rule::error});
        ADD_FAILURE() << to_string(m) << ": no tie reported";
      } catch (const error& e) {
        EXPECT_EQ(e.code(), errc::tie) << to_string(m);
        std::vector<std::size_t> all(n);
        std::iota(all.begin(), all.end(), std::size_t{0});
        EXPECT_EQ(e.children(), all) << to_string(m);
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Structural properties.

TEST(ApportionProperty, DivisorMethodsAreHouseMonotone) {
  std::mt19937_64 rng{0x7a6e'd3a1'0000'0004ULL};
  failure_budget budget;
  for (const method m : all_methods()) {
    if (!is_divisor_method(m)) continue;
    for (const tie_rule t : {tie_rule::input_order, tie_rule::larger_weight, tie_rule::smaller_weight}) {
      for (int c = 0; c < 40; ++c) {
        const bool bounded = c % 3 == 2;
        problem p = random_problem(rng, m, t,
                                   {.max_children = 10, .max_units = 60, .max_weight = c % 2 == 0 ? 12 : 1'000'000,
                                    .zero_weights = true, .bounds = bounded, .infeasible_percent = 0});
        std::vector<std::int64_t> previous;
        for (std::int64_t total = 0; total <= 80; ++total) {
          p.total = total;
          const outcome o = engine_apportion(p);
          if (!o.ok) {
            previous.clear();  // below the minimums or above the maximums
            continue;
          }
          if (!previous.empty()) {
            for (std::size_t i = 0; i < o.shares.size(); ++i) {
              if (o.shares[i] < previous[i] && budget.spend()) {
                ADD_FAILURE() << describe(p) << ": child " << i << " drops from " << previous[i] << " to "
                              << o.shares[i] << " when the total grows to " << total;
              }
            }
          }
          previous = o.shares;
        }
      }
    }
  }
}

// The problem with its children reordered: child i of the result is child
// order[i] of the input.
problem permuted(const problem& p, const std::vector<std::size_t>& order) {
  problem r = p;
  auto apply = [&](const std::vector<std::int64_t>& v) {
    if (v.empty()) return v;
    std::vector<std::int64_t> out;
    for (const std::size_t j : order) out.push_back(v[j]);
    return out;
  };
  r.weights = apply(p.weights);
  r.min = apply(p.min);
  r.max = apply(p.max);
  r.fixed = apply(p.fixed);
  return r;
}

TEST(ApportionProperty, OrderIndependenceWhenTheTieRuleCannotSeeTheOrder) {
  std::mt19937_64 rng{0x7a6e'd3a1'0000'0005ULL};
  failure_budget budget;
  for (const method m : all_methods()) {
    for (int c = 0; c < 300; ++c) {
      // Error rule with frequent ties, or weight rules with distinct weights.
      const tie_rule t = c % 3 == 0 ? tie_rule::error : (c % 3 == 1 ? tie_rule::larger_weight : tie_rule::smaller_weight);
      problem p = random_problem(rng, m, t,
                                 {.max_children = 8, .max_units = 40, .max_weight = t == tie_rule::error ? 5 : 1'000'000,
                                  .zero_weights = true, .equal_weights = t == tie_rule::error, .bounds = c % 2 == 0,
                                  .fixed = c % 4 == 0});
      if (t != tie_rule::error) {
        // Make the positive weights distinct (zero weights never compete).
        std::vector<std::int64_t> seen;
        for (std::int64_t& w : p.weights) {
          while (w > 0 && std::find(seen.begin(), seen.end(), w) != seen.end()) ++w;
          seen.push_back(w);
        }
      }
      std::vector<std::size_t> order(p.weights.size());
      std::iota(order.begin(), order.end(), std::size_t{0});
      std::shuffle(order.begin(), order.end(), rng);
      const problem r = permuted(p, order);
      const outcome a = engine_apportion(p);
      const outcome b = engine_apportion(r);
      bool same = a.ok == b.ok;
      if (same && a.ok) {
        for (std::size_t i = 0; i < order.size(); ++i) same = same && b.shares[i] == a.shares[order[i]];
      } else if (same) {
        same = a.code == b.code;
        if (same && a.code == errc::tie) {
          std::vector<std::size_t> mapped;
          for (const std::size_t i : b.children) mapped.push_back(order[i]);
          std::sort(mapped.begin(), mapped.end());
          same = mapped == a.children;
        }
      }
      if (!same && budget.spend()) {
        ADD_FAILURE() << describe(p) << " -> " << describe(a) << "\n  permuted " << describe(r) << " -> "
                      << describe(b);
      }
    }
  }
}

TEST(ApportionProperty, ScalingWeightsChangesNothingAndScalingTheQuantumScalesEverything) {
  std::mt19937_64 rng{0x7a6e'd3a1'0000'0006ULL};
  failure_budget budget;
  for (const method m : all_methods()) {
    for (const tie_rule t : all_ties) {
      for (int c = 0; c < 40; ++c) {
        const problem p = random_problem(rng, m, t,
                                         {.max_children = 8, .max_units = 40, .max_weight = 9, .zero_weights = true,
                                          .equal_weights = c % 2 == 0, .bounds = true, .fixed = c % 3 == 0});
        const outcome base = engine_apportion(p);

        problem heavier = p;
        for (std::int64_t& w : heavier.weights) w *= 1'000'003;
        const outcome h = engine_apportion(heavier);
        if (!same_outcome(h, base) && budget.spend()) {
          ADD_FAILURE() << "weights x 1000003 changed the result: " << describe(p) << " -> " << describe(base)
                        << " vs " << describe(h);
        }

        problem coarser = p;
        const std::int64_t k = 250;
        coarser.total *= k;
        coarser.opts.quantum *= k;
        for (auto* v : {&coarser.min, &coarser.max, &coarser.fixed}) {
          for (std::int64_t& x : *v) x = x == unset ? unset : x * k;
        }
        outcome scaled = base;
        for (std::int64_t& s : scaled.shares) s *= k;
        const outcome c2 = engine_apportion(coarser);
        if (!same_outcome(c2, scaled) && budget.spend()) {
          ADD_FAILURE() << "total, limits and quantum x 250 did not scale the result: " << describe(p) << " -> "
                        << describe(base) << " vs " << describe(c2);
        }
      }
    }
  }
}

TEST(ApportionProperty, SameInputSameOutput) {
  std::mt19937_64 rng{0x7a6e'd3a1'0000'0007ULL};
  for (const method m : all_methods()) {
    for (const tie_rule t : all_ties) {
      const problem p = large_problem(rng, m, t, 5000, 1'000'000'000'000, 1'000'000'000'000, true);
      const outcome a = engine_apportion(p);
      const outcome b = engine_apportion(p);
      EXPECT_EQ(a.ok, b.ok) << head(p);
      EXPECT_EQ(a.shares, b.shares) << head(p);
      EXPECT_EQ(a.code, b.code) << head(p);
      EXPECT_EQ(a.children, b.children) << head(p);
    }
  }
}

}  // namespace
}  // namespace tandem::alloc
