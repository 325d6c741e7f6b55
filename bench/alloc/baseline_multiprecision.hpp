// The "obvious" exact apportionment, for comparison with the engine: what a careful
// programmer writes with Boost.Multiprecision numbers per child and no further
// cleverness. Exact and correct (the benchmarks check it against the engine), but
// every quota is a normalised rational with its own gcd, and every comparison a
// cross-multiplication of big integers.
//
//   auto shares = tandem::bench::largest_remainder_multiprecision(7, w);   // w = {5, 3, 2}
//   // shares == {4, 2, 1}
//
// Scope: no limits, quantum 1, ties broken in input order (the engine's defaults).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace tandem::bench {

/// Largest remainder: quota_i = total * w_i / sum(w) as a rational, floors first,
/// then one unit each to the largest remainders (rationals, fully sorted).
/// Requires total >= 0, weights >= 0 and a positive weight if total > 0.
[[nodiscard]] std::vector<std::int64_t> largest_remainder_multiprecision(
    std::int64_t total, std::span<const std::int64_t> weights);

/// Webster (Sainte-Lague) by an exact search on the multiplier L = 1 / divisor,
/// a rational: start at total / sum(w), count the shares (round half up, exactly),
/// and while the sum misses the total jump to the threshold of the k-th unit that
/// is missing (or in excess), until the total lies between the counts with ties
/// rounded down and up; tied units then go in input order. Same requirements.
[[nodiscard]] std::vector<std::int64_t> webster_multiprecision(
    std::int64_t total, std::span<const std::int64_t> weights);

}  // namespace tandem::bench
