// Benchmarks of spreading annual targets over time (tandem/time/spread.hpp).
//
// Issue 4's setting: 1e5 independent annual targets, each spread over the 12
// months and over the 365 days of 2027. Totals are random in [0, 1e12] cents
// (up to 10 billion in currency), fixed seed, generated outside the timed loop.
//   spread_many/...   the periods and weights computed once, then
//                     spread_by_weights() per target with one reused workspace:
//                     how a host spreads a whole plan;
//   spread_each/...   spread() per target: weights recomputed from the periods
//                     and a fresh workspace every call: the simplest call;
//   make_periods/...  the calendar alone: the periods of one year.
// Counters: ns_per_target (time of one target's spread).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <vector>

#include "tandem/time/fiscal_calendar.hpp"
#include "tandem/time/spread.hpp"

namespace {

using namespace tandem::time;

constexpr std::size_t targets = 100'000;

const std::vector<std::int64_t>& random_totals() {
  static const std::vector<std::int64_t> totals = [] {
    std::mt19937_64 rng(2027);
    std::vector<std::int64_t> t(targets);
    for (auto& x : t) x = static_cast<std::int64_t>(rng() % 1'000'000'000'001ULL);
    return t;
  }();
  return totals;
}

date_range year_2027() { return make_range(date::from_ymd(2027, 1, 1), date::from_ymd(2027, 12, 31)); }

// A working calendar with weekends and a national holiday schedule's worth of
// listed days (about 30), so that working-day weights are not trivially 5 of 7.
working_calendar sample_workdays() {
  working_calendar cal;
  for (const auto& [m, d] : std::vector<std::pair<int, int>>{
           {1, 1}, {2, 8}, {2, 9}, {2, 10}, {2, 11}, {2, 12}, {4, 5}, {5, 3}, {5, 4}, {5, 5}, {6, 9},
           {9, 15}, {10, 1}, {10, 4}, {10, 5}, {10, 6}, {10, 7}}) {
    cal.add_holiday(date::from_ymd(2027, m, d));
  }
  cal.add_workday(date::from_ymd(2027, 2, 6));
  cal.add_workday(date::from_ymd(2027, 9, 25));
  return cal;
}

void report(benchmark::State& state) {
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(targets));
  state.counters["ns_per_target"] = benchmark::Counter(
      static_cast<double>(targets), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void spread_many(benchmark::State& state, period_kind kind, spread_basis basis) {
  const auto periods = fiscal_calendar::gregorian().periods(year_2027(), kind);
  const working_calendar workdays = sample_workdays();
  const spread_options opts{.basis = basis, .workdays = &workdays};
  const std::vector<std::int64_t> weights = spread_weights(periods, opts);
  const auto& totals = random_totals();
  std::vector<std::int64_t> shares(periods.size());
  tandem::alloc::workspace scratch;
  std::int64_t checksum = 0;
  for (auto _ : state) {
    for (const std::int64_t total : totals) {
      spread_by_weights(total, weights, opts.rounding, {}, shares, scratch);
      checksum += shares.back();
    }
    benchmark::DoNotOptimize(checksum);
  }
  report(state);
}

void spread_each(benchmark::State& state, period_kind kind, spread_basis basis) {
  const auto periods = fiscal_calendar::gregorian().periods(year_2027(), kind);
  const working_calendar workdays = sample_workdays();
  const spread_options opts{.basis = basis, .workdays = &workdays};
  const auto& totals = random_totals();
  std::int64_t checksum = 0;
  for (auto _ : state) {
    for (const std::int64_t total : totals) checksum += spread(total, periods, opts).back();
    benchmark::DoNotOptimize(checksum);
  }
  report(state);
}

void make_periods(benchmark::State& state, period_kind kind) {
  const fiscal_calendar fy = fiscal_calendar::starting(4, 1);
  const date_range year = fy.fiscal_year(2028);
  for (auto _ : state) benchmark::DoNotOptimize(fy.periods(year, kind));
  state.counters["periods"] = static_cast<double>(fy.periods(year, kind).size());
}

BENCHMARK_CAPTURE(spread_many, months_calendar_days, period_kind::month, spread_basis::calendar_days)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(spread_many, months_working_days, period_kind::month, spread_basis::working_days)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(spread_many, days_even, period_kind::day, spread_basis::even)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(spread_many, days_working_days, period_kind::day, spread_basis::working_days)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(spread_each, months_calendar_days, period_kind::month, spread_basis::calendar_days)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(spread_each, days_working_days, period_kind::day, spread_basis::working_days)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(make_periods, months, period_kind::month)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(make_periods, weeks, period_kind::week)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(make_periods, days, period_kind::day)->Unit(benchmark::kMicrosecond);

}  // namespace
