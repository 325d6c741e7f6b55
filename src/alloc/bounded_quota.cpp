#include "bounded_quota.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "wide_product.hpp"

namespace tandem::alloc::detail {
namespace {

// A point where a child's quota L * w meets one of its bounds: at L = bound / w it
// enters the proportional range (lower bound) or leaves it (upper bound).
struct breakpoint {
  std::uint64_t bound;   // numerator of L
  std::uint64_t weight;  // denominator of L
  bool enters;
};

bool earlier(const breakpoint& a, const breakpoint& b) noexcept {
  return uint128{a.bound} * b.weight < uint128{b.bound} * a.weight;
}

}  // namespace

multiplier bounded_multiplier(const problem& p) {
  // f(L) = constant + L * free_weight on each stretch between breakpoints, where
  // `constant` sums the bounds of the children pinned to one and free_weight the
  // weights of those in between. f is continuous and non-decreasing; walk the
  // breakpoints in order until f reaches the total, then solve the linear piece.
  std::vector<breakpoint> points;
  int128 constant = 0;
  uint128 free_weight = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const std::int64_t lo = p.lower_of(i);
    constant += lo;
    if (!p.movable(i)) continue;
    points.push_back({static_cast<std::uint64_t>(lo), p.weight(i), true});
    if (p.upper_of(i) != no_upper_bound) {
      points.push_back({static_cast<std::uint64_t>(p.upper_of(i)), p.weight(i), false});
    }
  }
  std::sort(points.begin(), points.end(), earlier);

  const int128 total = p.total;
  if (constant >= total) return {0, 1};  // every child at its lower bound: L = 0 works

  for (const breakpoint& point : points) {
    // f(point) >= total  <=>  point.bound * free_weight >= (total - constant) * point.weight
    const auto missing = static_cast<uint128>(total - constant);
    if (free_weight > 0 &&
        compare_products(point.bound, free_weight, missing, point.weight) >= 0) {
      break;
    }
    if (point.enters) {
      constant -= static_cast<std::int64_t>(point.bound);
      free_weight += point.weight;
    } else {
      constant += static_cast<std::int64_t>(point.bound);
      free_weight -= point.weight;
    }
  }
  if (free_weight == 0) return {0, 0};
  return {static_cast<uint128>(total - constant), free_weight};
}

quota_position classify(const problem& p, const multiplier& m, std::size_t i) noexcept {
  const uint128 scaled = m.numerator * p.weight(i);  // < 2^63 * 2^63
  if (compare_products(scaled, 1, static_cast<std::uint64_t>(p.lower_of(i)), m.denominator) <= 0) {
    return quota_position::below_lower;
  }
  const std::int64_t hi = p.upper_of(i);
  if (hi != no_upper_bound &&
      compare_products(scaled, 1, static_cast<std::uint64_t>(hi), m.denominator) >= 0) {
    return quota_position::above_upper;
  }
  return quota_position::inside;
}

}  // namespace tandem::alloc::detail
