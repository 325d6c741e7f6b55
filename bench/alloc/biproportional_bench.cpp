// Benchmarks of biproportional apportionment (tandem/alloc/biproportional.hpp).
//
// The setting of issue 6: a target split both by sales unit (rows) and by product
// line (columns). Weights are last year's sales per cell, uniform in [1, 1e12]
// (fixed seed). The margins are this year's targets per unit and per product: the
// row and column sums of the weights, each cell moved by up to +-`noise` percent
// (0: the margins agree with the weights; 20: units and products grew unevenly),
// scaled to `total` and rounded so that both sum to it. Generated outside the timed
// loop. Counters: passes (alternating scaling), transfers (tie-and-transfer phases),
// ns_per_cell.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <map>
#include <random>
#include <tuple>
#include <vector>

#include "tandem/alloc/biproportional.hpp"
#include "tandem/core/int128.hpp"

namespace {

struct problem {
  std::vector<std::int64_t> rows;
  std::vector<std::int64_t> cols;
  std::vector<std::int64_t> weights;
};

// Integer margins proportional to `sums`, summing exactly to `total` (the remainder
// goes to the first entry: the margins only need to be plausible and feasible).
std::vector<std::int64_t> margins(const std::vector<tandem::int128>& sums, tandem::int128 all, std::int64_t total) {
  std::vector<std::int64_t> out(sums.size());
  std::int64_t given = 0;
  for (std::size_t k = 0; k < sums.size(); ++k) {
    out[k] = static_cast<std::int64_t>(sums[k] * total / all);
    given += out[k];
  }
  out[0] += total - given;
  return out;
}

const problem& make_problem(std::size_t rows, std::size_t cols, int noise, std::int64_t total) {
  static std::map<std::tuple<std::size_t, std::size_t, int, std::int64_t>, problem> cache;
  auto [it, fresh] = cache.try_emplace({rows, cols, noise, total});
  if (!fresh) return it->second;
  problem& p = it->second;
  std::mt19937_64 rng(20261127);
  p.weights.resize(rows * cols);
  for (auto& w : p.weights) w = 1 + static_cast<std::int64_t>(rng() % 1'000'000'000'000ULL);
  std::vector<tandem::int128> row_sums(rows, 0);
  std::vector<tandem::int128> col_sums(cols, 0);
  tandem::int128 all = 0;
  const auto spread = static_cast<std::uint64_t>(2 * noise + 1);
  for (std::size_t i = 0; i < rows; ++i) {
    for (std::size_t j = 0; j < cols; ++j) {
      const tandem::int128 moved =
          tandem::int128{p.weights[i * cols + j]} * (100 - noise + static_cast<int>(rng() % spread));
      row_sums[i] += moved;
      col_sums[j] += moved;
      all += moved;
    }
  }
  p.rows = margins(row_sums, all, total);
  p.cols = margins(col_sums, all, total);
  return p;
}

void biproportional(benchmark::State& state) {
  const auto rows = static_cast<std::size_t>(state.range(0));
  const auto cols = static_cast<std::size_t>(state.range(1));
  const auto noise = static_cast<int>(state.range(2));
  const std::int64_t total = state.range(3);
  const problem& p = make_problem(rows, cols, noise, total);
  tandem::alloc::biproportional_stats stats;
  for (auto _ : state) {
    auto r = tandem::alloc::biproportional(p.rows, p.cols, p.weights);
    stats = r.stats;
    benchmark::DoNotOptimize(r.shares.data());
  }
  state.counters["passes"] = static_cast<double>(stats.scaling_passes);
  state.counters["transfers"] = static_cast<double>(stats.transfer_steps);
  state.counters["ns_per_cell"] = benchmark::Counter(static_cast<double>(rows * cols),
                                                     benchmark::Counter::kIsIterationInvariantRate |
                                                         benchmark::Counter::kInvert);
}

// Square problems, then the plan's shape (many units, 50 product lines). Totals give
// about 100 units per cell: targets in thousands of yuan, say.
BENCHMARK(biproportional)
    ->ArgNames({"rows", "cols", "noise", "total"})
    ->Args({100, 100, 0, 1'000'000})
    ->Args({100, 100, 20, 1'000'000})
    ->Args({300, 300, 0, 9'000'000})
    ->Args({300, 300, 20, 9'000'000})
    ->Args({1000, 1000, 0, 100'000'000})
    ->Args({1000, 1000, 20, 100'000'000})
    ->Args({10000, 50, 20, 50'000'000})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

}  // namespace
