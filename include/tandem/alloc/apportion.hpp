// tandem/alloc/apportion.hpp — the exact apportionment engine.
//
// Splits a non-negative integer total among children in proportion to their
// weights, so that the shares sum exactly to the total. Optional per-child lower
// bounds, upper bounds and fixed (locked) values; shares in multiples of a
// quantum; a deterministic tie rule. All arithmetic is exact integer arithmetic
// (128-bit, and Boost.Multiprecision where that could overflow).
//
//   std::vector<std::int64_t> w{5, 3, 2};
//   auto shares = tandem::alloc::apportion(7, w, {.m = tandem::alloc::method::hamilton});
//   // shares == {4, 2, 1}
//
// Semantics (docs/allocation.md has the full statement):
//  * Fixed children get exactly their fixed value; the rest is apportioned among
//    the others.
//  * Divisor methods are the standard bounded divisor method: one common divisor
//    d, each child's share is its weight / d rounded by the method's rule and then
//    clamped to [min, max].
//  * Hamilton with bounds uses bounded quotas: q_i = clamp(L * w_i, min_i, max_i)
//    with one common L chosen so that the q_i sum to the total, then largest
//    remainder on the q_i. Each share is the floor or ceiling of its bounded quota.
//  * Children with weight zero get their lower bound (0 by default).
//  * Adams, Dean and Huntington-Hill give every child with positive weight at least
//    one unit when the total allows it; when it does not, the first units go to the
//    largest weights (then the tie rule).
//
// Strong guarantee: on failure nothing is written to `shares`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <vector>

#include "tandem/alloc/method.hpp"

namespace tandem::alloc {

namespace detail {
struct workspace_state;
}  // namespace detail

/// Marks "no value" in a limits array: no lower bound, no upper bound, not fixed.
inline constexpr std::int64_t unset = std::numeric_limits<std::int64_t>::min();

/// How to apportion.
struct options {
  method m = method::hamilton;
  std::int64_t quantum = 1;  ///< every share is a whole multiple of this (> 0)
  tie_rule ties = tie_rule::input_order;
};

/// Per-child limits. Each span is empty (no such limit for anyone) or has one
/// entry per child, `unset` where that child has none. Values are in the same
/// units as the total and must be multiples of the quantum.
struct limits {
  std::span<const std::int64_t> min{};
  std::span<const std::int64_t> max{};
  std::span<const std::int64_t> fixed{};
};

/// Reusable scratch memory for apportion().
///
/// Every call needs scratch space of about 16 bytes per child. Fresh memory costs a
/// page fault per 4 KiB on first touch, which can cost more than the apportionment
/// itself; a host that apportions repeatedly (a plan with thousands of nodes, a
/// benchmark) keeps one workspace and passes it to every call, as with zstd's
/// ZSTD_CCtx. Memory grows to the largest call and is kept until release() or
/// destruction. Not thread-safe: one workspace per thread.
class workspace {
 public:
  workspace() noexcept;
  workspace(const workspace&) = delete;
  workspace& operator=(const workspace&) = delete;
  workspace(workspace&&) noexcept;
  workspace& operator=(workspace&&) noexcept;
  ~workspace();

  /// Bytes of scratch currently held.
  [[nodiscard]] std::size_t capacity_bytes() const noexcept;
  /// Frees the scratch memory.
  void release() noexcept;

 private:
  friend struct workspace_access;
  std::unique_ptr<detail::workspace_state> state_;  // created on first use
};

/// Apportions `total` among `weights.size()` children into `shares` (same size),
/// using `scratch` for temporary memory.
///
/// Throws tandem::error:
///  * errc::invalid_argument — size mismatch, quantum <= 0;
///  * errc::out_of_range — a negative total, weight, bound or fixed value; min > max;
///    a fixed value outside its child's bounds;
///  * errc::infeasible — total or a limit not a multiple of the quantum; fixed values
///    above the total; minimums above what remains; maximums below it; a positive
///    remainder with no positive weight to carry it. Sums are exact (128-bit), so a
///    sum beyond int64 is reported as infeasible, never as an overflow;
///  * errc::tie — the tie rule is `error` and the result depends on a tie.
/// The error's child() names the child at fault where there is one.
void apportion(std::int64_t total, std::span<const std::int64_t> weights, const options& opts,
               const limits& lim, std::span<std::int64_t> shares, workspace& scratch);

/// The same with a workspace of its own (simplest; see workspace for repeated calls).
void apportion(std::int64_t total, std::span<const std::int64_t> weights, const options& opts,
               const limits& lim, std::span<std::int64_t> shares);

/// Convenience overload returning a new vector.
[[nodiscard]] std::vector<std::int64_t> apportion(std::int64_t total,
                                                  std::span<const std::int64_t> weights,
                                                  const options& opts = {}, const limits& lim = {});

}  // namespace tandem::alloc
