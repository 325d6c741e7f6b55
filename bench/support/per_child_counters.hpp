// The per-child figures every allocation benchmark reports, so that sizes from
// 1e3 to 1e7 compare on one scale.
#pragma once

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace tandem::bench {

/// Sets items/s to children/s, and adds two counters:
///  * ns_per_child — time per call / n: the inverse of the rate n per iteration,
///    so its value is in seconds (printed "12.3ns"; summarize.py scales it to ns);
///  * extra_bytes_per_child — peak heap bytes one call allocated, / n.
inline void report_per_child(benchmark::State& state, std::int64_t n, std::size_t extra_bytes) {
  const auto children = static_cast<double>(n);
  state.SetItemsProcessed(state.iterations() * n);
  state.counters["ns_per_child"] = benchmark::Counter(
      children, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  state.counters["extra_bytes_per_child"] = static_cast<double>(extra_bytes) / children;
}

/// The smallest of the repetitions: on a shared machine other processes only ever
/// add time, so the minimum is the closest to the code's own cost. Registered with
/// ->ComputeStatistics("min", min_of) next to the default mean/median/stddev.
inline double min_of(const std::vector<double>& values) {
  return values.empty() ? 0.0 : *std::min_element(values.begin(), values.end());
}

}  // namespace tandem::bench
