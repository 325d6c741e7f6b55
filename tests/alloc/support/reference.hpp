// tests/alloc/support/reference.hpp — a slow, obviously correct apportionment,
// written independently of the engine so that the two can be compared.
//
// The reference follows the statement of the semantics literally: divisor
// methods hand out one unit at a time to the highest priority w / s(k) (exact
// rationals, a linear scan for the maximum), and Hamilton finds its common
// factor L by walking the segments between sorted breakpoints. It is meant for
// small problems (a few hundred units, a few dozen children): clarity over speed.
//
//   problem p{.total = 7, .weights = {5, 3, 2}};
//   outcome want = reference_apportion(p);   // want.shares == {4, 2, 1}
//   outcome got = engine_apportion(p);
//   EXPECT_TRUE(same_outcome(got, want)) << describe(p);
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "tandem/alloc/apportion.hpp"
#include "tandem/alloc/method.hpp"
#include "tandem/core/error.hpp"
#include "tandem/core/multiprecision.hpp"

namespace tandem::alloc::test_support {

/// One apportionment request that owns its data. An empty limit vector means
/// "no such limit for anyone"; `unset` marks a child without that limit.
struct problem {
  std::int64_t total = 0;
  std::vector<std::int64_t> weights;
  options opts{};
  std::vector<std::int64_t> min;
  std::vector<std::int64_t> max;
  std::vector<std::int64_t> fixed;

  /// The limits as the engine takes them (views into this problem).
  [[nodiscard]] limits lim() const { return limits{min, max, fixed}; }
};

/// What an apportionment produced: the shares, or the error it failed with.
struct outcome {
  bool ok = false;
  std::vector<std::int64_t> shares;         ///< valid when ok
  errc code = errc::invalid_argument;       ///< valid when !ok
  std::vector<std::size_t> children;        ///< error.children() when !ok
  bool output_touched = false;              ///< engine only: a failed call wrote to its output
};

/// The priority of a child's (k+1)-th unit under a divisor method: w / s(k) kept
/// as an unreduced fraction num / den, or "infinite" when s(k) = 0; infinite
/// priorities are ordered by weight (the limit of w / epsilon), so num holds the
/// weight then. For Huntington-Hill the fraction is the square w^2 / (k (k + 1)),
/// which orders the same without square roots.
struct priority {
  bool infinite = false;
  big_int num;
  big_int den = 1;
};

/// Priority of the (k+1)-th unit of a child of weight w under divisor method m.
[[nodiscard]] priority unit_priority(method m, const big_int& w, const big_int& k);

/// > 0 when a is the higher priority, 0 when equal, < 0 otherwise.
[[nodiscard]] int compare(const priority& a, const priority& b);

/// The reference answer. Never throws tandem::error: failures are returned.
/// Checks are made in this order: shapes and quantum (invalid_argument); the
/// total, then each child's weight and limits (out_of_range); multiples of the
/// quantum (infeasible); the sum of fixed values (overflow, then infeasible);
/// the bounds against what remains (infeasible); finally the tie rule (tie).
[[nodiscard]] outcome reference_apportion(const problem& p);

/// The engine's answer to the same request, through the span overload with an
/// output pre-filled with a sentinel so that a write on failure is detected;
/// with `scratch`, through the overload that reuses that workspace.
[[nodiscard]] outcome engine_apportion(const problem& p, workspace* scratch = nullptr);

/// Same shares, or the same error code (and, for errc::tie, the same children).
[[nodiscard]] bool same_outcome(const outcome& a, const outcome& b);

/// Readable dumps for failure messages.
[[nodiscard]] std::string describe(const problem& p);
[[nodiscard]] std::string describe(const outcome& o);

}  // namespace tandem::alloc::test_support
