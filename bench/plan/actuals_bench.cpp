// Benchmark of loading actual sales from CSV (load_actuals_csv, tandem/plan/actuals.hpp).
//
// The setting: 10 million sales rows, loaded from CSV text in memory and
// rolled up, at 2 million rows per second or more. The plan is built in code: a
// company, 10 regions, 10 branches each, 100 salespeople per branch (10,000 leaves,
// 10,111 units) and 50 product lines, FY2027 on the calendar year. The rows book a
// random leaf, line and day of the year with an amount of up to 100,000.00 yuan
// (two decimals), fixed seed, generated outside the timed loop:
//   load_csv/random/N   rows in random order (the worst case for the loader's
//                       "same as the previous row" shortcuts);
//   load_csv/by_unit/N  rows sorted by salesperson, as many exports come.
// Counters: items_per_second is rows per second (the figure); bytes_per_second
// the CSV text read.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "tandem/plan/actuals.hpp"
#include "tandem/plan/plan.hpp"

namespace {

using namespace tandem::plan;

constexpr int regions = 10;
constexpr int branches_per_region = 10;
constexpr int people_per_branch = 100;
constexpr int product_lines = 50;

std::string two_digits(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

const plan& bench_plan() {
  static const plan p = [] {
    plan_spec s;
    s.id = "bench";
    s.calendar = tandem::time::fiscal_calendar::gregorian();
    s.fiscal_year = 2027;
    s.annual_target[measure::amount] = 1'000'000'000'000;  // 10 billion yuan in fen
    sales_unit company;
    company.id = "company";
    company.kind = unit_kind::company;
    s.units.push_back(company);
    for (int r = 0; r < regions; ++r) {
      sales_unit region;
      region.id = "region_" + two_digits(r);
      region.kind = unit_kind::region;
      region.parent = "company";
      region.weight = tandem::amount(10 + r, 0);
      s.units.push_back(region);
      for (int b = 0; b < branches_per_region; ++b) {
        sales_unit branch;
        branch.id = region.id + "_branch_" + two_digits(b);
        branch.kind = unit_kind::branch;
        branch.parent = region.id;
        branch.weight = tandem::amount(5 + b, 0);
        s.units.push_back(branch);
        for (int k = 0; k < people_per_branch; ++k) {
          sales_unit person;
          person.id = branch.id + "_rep_" + two_digits(k);
          person.kind = unit_kind::person;
          person.parent = branch.id;
          person.weight = tandem::amount(1 + k % 7, 0);
          s.units.push_back(person);
        }
      }
    }
    for (int j = 0; j < product_lines; ++j) {
      product_line line;
      line.id = "product_line_" + two_digits(j);
      line.weight = tandem::amount(1 + j % 9, 0);
      line.seasonality = seasonality_basis::even;
      s.products.push_back(line);
    }
    return plan::build(std::move(s));
  }();
  return p;
}

// The CSV text of `rows` random sales; sorted by unit if asked.
std::string make_csv(std::size_t rows, bool by_unit) {
  const plan& p = bench_plan();
  std::vector<std::string_view> leaves;
  for (unit_index_t u = 0; u < p.unit_count(); ++u) {
    if (p.is_leaf(u)) leaves.push_back(p.spec().units[u].id);
  }
  std::vector<std::string> days;
  for (auto d = tandem::time::date::from_ymd(2027, 1, 1); d.year() == 2027; d = d.plus_days(1)) {
    days.push_back(d.to_string());
  }
  struct row {
    std::uint32_t leaf, line, day;
    std::int64_t fen;
  };
  std::mt19937_64 rng(20270101);
  std::vector<row> r(rows);
  for (auto& x : r) {
    x = {static_cast<std::uint32_t>(rng() % leaves.size()), static_cast<std::uint32_t>(rng() % product_lines),
         static_cast<std::uint32_t>(rng() % days.size()), static_cast<std::int64_t>(rng() % 10'000'001ULL)};
  }
  if (by_unit) std::stable_sort(r.begin(), r.end(), [](const row& a, const row& b) { return a.leaf < b.leaf; });
  std::string text = "unit,product,date,amount\n";
  text.reserve(rows * 56);
  char amount[32];
  for (const row& x : r) {
    text += leaves[x.leaf];
    text += ',';
    text += p.spec().products[x.line].id;
    text += ',';
    text += days[x.day];
    text += ',';
    const int n = std::snprintf(amount, sizeof amount, "%lld.%02lld", static_cast<long long>(x.fen / 100),
                                static_cast<long long>(x.fen % 100));
    text.append(amount, static_cast<std::size_t>(n));
    text += '\n';
  }
  return text;
}

void load_csv(benchmark::State& state, bool by_unit) {
  const plan& p = bench_plan();
  const auto rows = static_cast<std::size_t>(state.range(0));
  const std::string text = make_csv(rows, by_unit);
  for (auto _ : state) {
    actuals a = load_actuals_csv(p, text, "sales.csv");
    benchmark::DoNotOptimize(a.actual_total(measure::amount, 0, all_products));
    if (a.rows() != rows) state.SkipWithError("not every row was loaded");
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(rows));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

BENCHMARK_CAPTURE(load_csv, random, false)
    ->Arg(1'000'000)
    ->Arg(10'000'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);
BENCHMARK_CAPTURE(load_csv, by_unit, true)
    ->Arg(10'000'000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

}  // namespace
