// The Boost.Multiprecision baseline (alloc/baseline_multiprecision.hpp), on the same
// inputs as the engine's benchmarks of the same name in apportion_bench.cpp:
//   baseline/hamilton/N  <->  apportion/hamilton/N   (total 1e15)
//   baseline/webster/N   <->  apportion/webster/N    (total 10 * N)
// Before timing, each benchmark checks that the baseline's shares equal the
// engine's and stops with an error if they do not: a speed ratio between two
// programs that disagree would mean nothing. The ratio itself is computed from
// the two results (bench/alloc/summarize.py).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "alloc/baseline_multiprecision.hpp"
#include "support/bench_inputs.hpp"
#include "support/counting_allocator.hpp"
#include "support/per_child_counters.hpp"
#include "tandem/alloc/apportion.hpp"

namespace {

using tandem::alloc::method;
using baseline_fn = std::vector<std::int64_t> (*)(std::int64_t, std::span<const std::int64_t>);

void baseline_bench(benchmark::State& state, method m, baseline_fn baseline, std::int64_t total,
                    std::int64_t n) {
  const auto weights = tandem::bench::random_weights(n);

  std::size_t extra_bytes = 0;
  std::vector<std::int64_t> expected;
  {
    const tandem::bench::heap_probe probe;
    expected = baseline(total, weights);
    extra_bytes = probe.peak_extra_bytes() - expected.size() * sizeof(std::int64_t);  // not the result
  }
  const auto engine = tandem::alloc::apportion(total, weights, {.m = m});
  if (engine != expected) {
    std::size_t differ = 0;
    for (std::size_t i = 0; i < engine.size(); ++i) differ += engine[i] != expected[i] ? 1U : 0U;
    state.SkipWithError(("the baseline differs from the engine for " + std::to_string(differ) +
                         " of " + std::to_string(n) + " children")
                            .c_str());
    return;
  }

  for (auto _ : state) {
    auto shares = baseline(total, weights);
    benchmark::DoNotOptimize(shares.data());
    benchmark::ClobberMemory();
  }
  tandem::bench::report_per_child(state, n, extra_bytes);
}

void register_baseline(method m, baseline_fn baseline, std::int64_t total, std::int64_t n) {
  const std::string name =
      "baseline/" + std::string(tandem::alloc::to_string(m)) + "/" + std::to_string(n);
  // Three repetitions whatever the command line asks: the baseline is slow (about
  // 20 s a call at N = 1e6) and its noise does not matter next to the ratio.
  benchmark::RegisterBenchmark(name.c_str(), baseline_bench, m, baseline, total, n)
      ->Unit(benchmark::kMillisecond)
      ->Repetitions(3)
      ->ComputeStatistics("min", tandem::bench::min_of);
}

[[maybe_unused]] const bool registered = [] {
  constexpr std::int64_t hamilton_total = 1'000'000'000'000'000;  // as apportion_bench.cpp
  for (const std::int64_t n : {1'000, 100'000, 1'000'000}) {
    register_baseline(method::hamilton, tandem::bench::largest_remainder_multiprecision,
                      hamilton_total, n);
  }
  for (const std::int64_t n : {1'000, 100'000}) {
    register_baseline(method::webster, tandem::bench::webster_multiprecision, 10 * n, n);
  }
  return true;
}();

}  // namespace
