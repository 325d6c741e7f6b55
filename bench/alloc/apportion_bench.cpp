// Benchmarks of tandem::alloc::apportion (tandem/alloc/apportion.hpp).
//
// For every method and N in {1e3, 1e5, 1e6, 1e7}: N random weights uniform in
// [0, 1e12] (generated once per N, outside the timed loop), no limits, the caller's
// output buffer reused across iterations. Largest remainder splits 1e15; the
// divisor methods split 10 * N, the setting in which their rounding matters.
// Two ways of calling:
//   apportion/METHOD/N       one workspace reused by every call (a host that
//                            apportions repeatedly; the steady state);
//   apportion_cold/METHOD/N  the overload without a workspace: every call allocates
//                            and first-touches its scratch memory.
// Reported per child: time (ns_per_child) and the peak heap bytes one call
// allocates starting from an empty workspace (extra_bytes_per_child, counted by
// support/counting_allocator): the memory the engine needs beyond input and output.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

#include "support/bench_inputs.hpp"
#include "support/counting_allocator.hpp"
#include "support/per_child_counters.hpp"
#include "tandem/alloc/apportion.hpp"
#include "tandem/alloc/method.hpp"

namespace {

using tandem::alloc::method;

constexpr std::int64_t hamilton_total = 1'000'000'000'000'000;  // 1e15
constexpr std::int64_t sizes[] = {1'000, 100'000, 1'000'000, 10'000'000};

std::int64_t total_for(method m, std::int64_t n) {
  return m == method::hamilton ? hamilton_total : 10 * n;
}

enum class calling { reused_workspace, cold };

void apportion_bench(benchmark::State& state, method m, std::int64_t n, calling how) {
  const auto weights = tandem::bench::random_weights(n);
  const std::int64_t total = total_for(m, n);
  const tandem::alloc::options opts{.m = m};
  std::vector<std::int64_t> shares(static_cast<std::size_t>(n));
  tandem::alloc::workspace workspace;

  // One untimed call, from an empty workspace, measures the heap peak and checks
  // the result's sum.
  std::size_t extra_bytes = 0;
  {
    const tandem::bench::heap_probe probe;
    tandem::alloc::apportion(total, weights, opts, {}, shares, workspace);
    extra_bytes = probe.peak_extra_bytes();
  }
  if (std::accumulate(shares.begin(), shares.end(), std::int64_t{0}) != total) {
    state.SkipWithError("the shares do not sum to the total");
    return;
  }

  if (how == calling::reused_workspace) {
    for (auto _ : state) {
      tandem::alloc::apportion(total, weights, opts, {}, shares, workspace);
      benchmark::DoNotOptimize(shares.data());
      benchmark::ClobberMemory();
    }
  } else {
    workspace.release();
    for (auto _ : state) {
      tandem::alloc::apportion(total, weights, opts, {}, shares);
      benchmark::DoNotOptimize(shares.data());
      benchmark::ClobberMemory();
    }
  }
  tandem::bench::report_per_child(state, n, extra_bytes);
}

[[maybe_unused]] const bool registered = [] {
  for (const calling how : {calling::reused_workspace, calling::cold}) {
    const std::string family = how == calling::cold ? "apportion_cold/" : "apportion/";
    for (const method m : tandem::alloc::all_methods()) {
      for (const std::int64_t n : sizes) {
        const std::string name =
            family + std::string(tandem::alloc::to_string(m)) + "/" + std::to_string(n);
        benchmark::RegisterBenchmark(name.c_str(), apportion_bench, m, n, how)
            ->Unit(benchmark::kMicrosecond)
            ->ComputeStatistics("min", tandem::bench::min_of);
      }
    }
  }
  return true;
}();

}  // namespace
