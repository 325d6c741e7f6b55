// Largest remainder: every child gets the floor of its quota, and the units left
// over go to the largest fractional parts. All quotas of one problem share one
// denominator D (the sum of the weights in the proportional range), so fractional
// parts compare as plain integer remainders of (N * w_i) / D: no rationals needed.
//
// Fast path (D < 2^64, the usual case): one invariant-divisor division per child,
// then a histogram of the remainders' top bits (up to 2048 buckets) finds the bucket where
// the cut falls, so only that bucket's children are ranked exactly. Otherwise the
// same steps run on 128-bit remainders with plain division and a full ranking.
#include "hamilton.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

#include "award.hpp"
#include "bounded_quota.hpp"
#include "invariant_divisor.hpp"

namespace tandem::alloc::detail {
namespace {

constexpr int max_bucket_bits = 11;

// The quota of child i as floor and remainder, or a bound when the quota is clamped.
template <class Divide>
auto floor_and_remainder(const problem& p, const multiplier& m, std::size_t i, Divide divide)
    -> decltype(divide(uint128{})) {
  using result = decltype(divide(uint128{}));
  if (!p.movable(i)) return result{static_cast<std::uint64_t>(p.lower_of(i)), 0};
  if (p.bounded()) {
    switch (classify(p, m, i)) {
      case quota_position::below_lower:
        return result{static_cast<std::uint64_t>(p.lower_of(i)), 0};
      case quota_position::above_upper:
        return result{static_cast<std::uint64_t>(p.upper_of(i)), 0};
      case quota_position::inside:
        break;
    }
  }
  return divide(m.numerator * p.weight(i));
}

// Serves `units` extra units among children whose remainders are in `candidates`.
template <class Remainders>
void serve_largest_remainders(const problem& p, std::vector<std::size_t>& candidates,
                              const Remainders& remainder, std::size_t units,
                              std::span<std::int64_t> out) {
  rank_best(
      p, candidates, units,
      [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; },
      [&](std::size_t a, std::size_t b) { return remainder[a] == remainder[b]; },
      [](std::size_t c) { return c; });
  for (std::size_t j = 0; j < units; ++j) ++out[candidates[j]];
}

void hamilton_fast(const problem& p, const multiplier& m, std::span<std::int64_t> out,
                   workspace_state& scratch) {
  std::vector<std::uint64_t>& remainder = scratch.remainders;
  const invariant_divisor divisor(static_cast<std::uint64_t>(m.denominator));
  const auto divide = [&](uint128 numerator) { return divisor.divide(numerator); };
  const std::size_t n = p.size();

  if (remainder.size() < n) remainder.resize(n);
  // About one bucket per child, at most 2048: clearing the histogram must stay
  // cheap for small n, and the cut bucket small for large n.
  const int bucket_bits = std::clamp(static_cast<int>(std::bit_width(n)) - 1, 1, max_bucket_bits);
  const int bucket_shift = 64 - bucket_bits;
  const std::size_t buckets = std::size_t{1} << bucket_bits;
  std::array<std::size_t, std::size_t{1} << max_bucket_bits> histogram;
  std::fill_n(histogram.begin(), buckets, std::size_t{0});
  std::int64_t floors = 0;  // <= total: the quotas sum to it
  for (std::size_t i = 0; i < n; ++i) {
    const auto [quotient, rest] = floor_and_remainder(p, m, i, divide);
    out[i] = static_cast<std::int64_t>(quotient);
    floors += static_cast<std::int64_t>(quotient);
    remainder[i] = rest;
    ++histogram[rest >> bucket_shift];
  }
  auto units = static_cast<std::size_t>(p.total - floors);
  if (units == 0) return;

  // Find the bucket holding the last unit served; everything above it is served.
  std::size_t cut_bucket = buckets;
  std::size_t above = 0;
  while (cut_bucket > 0 && above + histogram[cut_bucket - 1] < units) {
    above += histogram[--cut_bucket];
  }
  --cut_bucket;
  std::vector<std::size_t>& candidates = scratch.indices;
  candidates.clear();
  candidates.reserve(histogram[cut_bucket]);
  const std::uint64_t* const rest = remainder.data();  // a local: push_back may not reload it
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint64_t bucket = rest[i] >> bucket_shift;
    // Above the cut or not is a coin toss: add the sign bit of (cut - bucket) rather
    // than branch (GCC turns `bucket > cut ? 1 : 0` back into a branch here).
    out[i] += static_cast<std::int64_t>((cut_bucket - bucket) >> 63);
    if (bucket == cut_bucket) [[unlikely]] candidates.push_back(i);
  }
  serve_largest_remainders(p, candidates, remainder, units - above, out);
}

void hamilton_wide(const problem& p, const multiplier& m, std::span<std::int64_t> out,
                   workspace_state& scratch) {
  struct quotient_remainder {
    std::uint64_t quotient;
    uint128 remainder;
  };
  const auto divide = [&](uint128 numerator) {
    return quotient_remainder{static_cast<std::uint64_t>(numerator / m.denominator),
                              numerator % m.denominator};
  };
  const std::size_t n = p.size();
  std::vector<uint128> remainder(n);  // rare path: sums of weights of 2^64 and more
  std::vector<std::size_t>& candidates = scratch.indices;
  candidates.clear();
  std::int64_t floors = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto [quotient, rest] = floor_and_remainder(p, m, i, divide);
    out[i] = static_cast<std::int64_t>(quotient);
    floors += static_cast<std::int64_t>(quotient);
    remainder[i] = rest;
    if (rest > 0) candidates.push_back(i);
  }
  serve_largest_remainders(p, candidates, remainder, static_cast<std::size_t>(p.total - floors), out);
}

}  // namespace

void apportion_hamilton(const problem& p, std::span<std::int64_t> out, workspace_state& scratch) {
  multiplier m;
  if (p.bounded()) {
    m = bounded_multiplier(p);
  } else {
    m = {static_cast<uint128>(p.total), p.movable_weight};
  }
  if (m.denominator == 0) {  // nothing proportional left: every child sits at a bound
    for (std::size_t i = 0; i < p.size(); ++i) out[i] = p.lower_of(i);
    return;
  }
  if (m.denominator >> 64 == 0) {
    hamilton_fast(p, m, out, scratch);
  } else {
    hamilton_wide(p, m, out, scratch);
  }
}

}  // namespace tandem::alloc::detail
