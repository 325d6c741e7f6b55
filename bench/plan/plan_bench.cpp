// The plan's decomposition at the size issue 6 asks for: 10,000 leaf units x 50
// product lines x 12 months (6 million monthly cells), biproportional step included.
// Goals: at most 2 s and at most 64 bytes per cell (docs/performance.md).
//
// The tree is a company, 10 regions, 10 branches per region and 100 people per
// branch. Arg 0: every unit sells its parent's mix; arg 1: every person has a mix
// row of their own (last year's sales per line, 1 in 10 cells zero), so every
// biproportional step has a 100 x 50 matrix of distinct weights.
#include <benchmark/benchmark.h>

#include <random>

#include "support/counting_allocator.hpp"
#include "tandem/plan/plan.hpp"

namespace {

using tandem::amount;
namespace time = tandem::time;
using namespace tandem::plan;
using target_plan = tandem::plan::plan;

plan_spec big_spec(bool own_mix) {
  std::mt19937_64 rng(2027);
  auto between = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
  plan_spec s;
  s.id = "benchmark";
  s.calendar = time::fiscal_calendar::starting(4, 1);
  s.fiscal_year = 2027;
  s.targets[measure::amount] = true;
  s.annual_target[measure::amount] = 8'600'000'000'00;  // 8.6 billion yuan in fen
  level_rule regions, branches, people;
  regions.quantum[measure::amount] = 1'000'000;  // 10,000.00 yuan
  branches.quantum[measure::amount] = 100'000;
  people.quantum[measure::amount] = 10'000;
  s.product_rule.quantum[measure::amount] = 1'000'000;
  s.period_rule.quantum[measure::amount] = 100;  // whole yuan per month
  s.levels = {regions, branches, people};
  for (int j = 0; j < 50; ++j) {
    product_line p;
    p.id = "line_" + std::to_string(j);
    p.weight = amount(between(1'000, 1'000'000), 0);
    p.seasonality = seasonality_basis::key;
    for (int k = 0; k < 12; ++k) p.key.emplace_back(between(60, 140), 0);
    s.products.push_back(std::move(p));
  }
  sales_unit company;
  company.id = "company";
  company.kind = unit_kind::company;
  s.units.push_back(company);
  for (int r = 0; r < 10; ++r) {
    sales_unit region;
    region.id = "region_" + std::to_string(r);
    region.parent = "company";
    region.kind = unit_kind::region;
    region.weight = amount(between(50, 150), 0);
    s.units.push_back(region);
    for (int b = 0; b < 10; ++b) {
      sales_unit branch;
      branch.id = region.id + "_branch_" + std::to_string(b);
      branch.parent = region.id;
      branch.kind = unit_kind::branch;
      branch.weight = amount(between(50, 150), 0);
      s.units.push_back(branch);
      for (int e = 0; e < 100; ++e) {
        sales_unit person;
        person.id = branch.id + "_person_" + std::to_string(e);
        person.parent = branch.id;
        person.kind = unit_kind::person;
        person.basis = share_basis::reference;
        person.weight = amount(between(100'000, 10'000'000), 2);
        s.units.push_back(person);
        if (!own_mix) continue;
        for (int j = 0; j < 50; ++j) {
          s.mix.push_back({person.id, s.products[static_cast<std::size_t>(j)].id,
                           amount(between(0, 9) == 0 ? 0 : between(1, 1'000'000), 2)});
        }
      }
    }
  }
  return s;
}

void BM_PlanBuild(benchmark::State& state) {
  const plan_spec spec = big_spec(state.range(0) != 0);
  std::size_t kept = 0, peak = 0;
  for (auto _ : state) {
    state.PauseTiming();
    plan_spec copy = spec;
    const std::size_t before = tandem::bench::live_heap_bytes();
    state.ResumeTiming();
    tandem::bench::heap_probe probe;
    target_plan p = target_plan::build(std::move(copy));
    benchmark::DoNotOptimize(p);
    state.PauseTiming();
    kept = tandem::bench::live_heap_bytes() - before;
    peak = probe.peak_extra_bytes();
    state.ResumeTiming();
  }
  const double cells = 10'000.0 * 50 * 12;
  state.counters["cells"] = cells;
  state.counters["bytes_per_cell"] = static_cast<double>(kept) / cells;
  state.counters["peak_bytes_per_cell"] = static_cast<double>(peak) / cells;
}
BENCHMARK(BM_PlanBuild)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

// One edit: a branch's weight changes, so its region's ten branches and their
// 1,000 people are re-planned (of 10,000).
void BM_PlanEditBranchWeight(benchmark::State& state) {
  target_plan p = target_plan::build(big_spec(state.range(0) != 0));
  std::int64_t w = 50;
  for (auto _ : state) {
    p.set_weight("region_3_branch_7", amount(w, 0));
    w = w == 50 ? 150 : 50;
  }
}
BENCHMARK(BM_PlanEditBranchWeight)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
