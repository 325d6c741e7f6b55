// `tandem spread` on random requests (fixed seeds): whatever the total, range,
// calendar, period kind, basis and method, the shares sum exactly to the total,
// each is a multiple of the quantum, and the periods tile the range in order.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "cli/spread_test_support.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/time/date.hpp"

namespace {

using spread_test::output_row;
using spread_test::rows_of;
using spread_test::run_spread;
using tandem::time::date;

struct random_request {
  std::vector<std::string> args;
  std::int64_t total = 0;
  std::int64_t quantum = 1;
  int scale = 0;
  date from;
  date to;
};

random_request make_request(std::mt19937_64& rng) {
  const auto pick = [&](std::uint64_t n) { return static_cast<std::size_t>(rng() % n); };
  random_request q;
  q.scale = static_cast<int>(pick(3));
  q.quantum = std::vector<std::int64_t>{1, 1, 5, 100}[pick(4)];
  const auto magnitude = static_cast<std::int64_t>(rng() % 1'000'000'000'000ULL);
  q.total = (magnitude - magnitude % q.quantum) * (pick(5) == 0 ? -1 : 1);
  q.from = date::from_ymd(2020, 1, 1).plus_days(static_cast<std::int64_t>(pick(3000)));
  q.to = q.from.plus_days(static_cast<std::int64_t>(pick(800)));
  const std::vector<std::string> kinds{"year", "half", "quarter", "month", "week", "day"};
  const std::vector<std::string> bases{"even", "calendar-days", "working-days"};
  const std::vector<std::string> methods{"hamilton", "webster", "jefferson", "adams", "huntington-hill"};
  q.args = {"--total",     tandem::format_units(q.total, q.scale),
            "--quantum",   tandem::format_units(q.quantum, q.scale),
            "--from",      q.from.to_string(),
            "--to",        q.to.to_string(),
            "--period",    kinds[pick(kinds.size())],
            "--by",        bases[pick(bases.size())],
            "--method",    methods[pick(methods.size())],
            "--when-zero", "calendar-days"};
  switch (pick(3)) {
    case 1:
      q.args.insert(q.args.end(), {"--fiscal-start", "04-01"});
      break;
    case 2:
      q.args.insert(q.args.end(), {"--retail", "4-4-5", "--year-end-month", "1", "--fy-naming", "start"});
      break;
    default:
      break;
  }
  return q;
}

TEST(spread_invariants, shares_sum_to_the_total_and_periods_tile_the_range) {
  std::mt19937_64 rng(20270401);
  for (int trial = 0; trial < 40; ++trial) {
    const random_request q = make_request(rng);
    std::string command;
    for (const std::string& a : q.args) command += " " + a;
    SCOPED_TRACE("tandem spread" + command);
    const std::vector<output_row> rows = rows_of(run_spread(q.args));
    ASSERT_FALSE(rows.empty());
    std::int64_t sum = 0;
    date expected_start = q.from;
    for (const output_row& row : rows) {
      const std::int64_t share = tandem::parse_units(row.share, q.scale, {.allow_negative = true});
      EXPECT_EQ(share % q.quantum, 0) << row.period;
      EXPECT_TRUE(q.total >= 0 ? share >= 0 : share <= 0) << row.period;
      sum += share;
      EXPECT_EQ(row.start, expected_start.to_string()) << row.period;
      const date end = tandem::time::parse_date(row.end);
      EXPECT_LE(tandem::time::parse_date(row.start), end) << row.period;
      expected_start = end.plus_days(1);
    }
    EXPECT_EQ(sum, q.total);
    EXPECT_EQ(rows.back().end, q.to.to_string());
  }
}

TEST(spread_invariants, even_spread_differs_by_at_most_one_quantum) {
  std::mt19937_64 rng(42);
  for (int trial = 0; trial < 15; ++trial) {
    const auto total = static_cast<std::int64_t>(rng() % 100'000'000ULL);
    const auto months = static_cast<int>(rng() % 36);
    const date from = date::from_ymd(2026, 1, 1);
    const date to = from.plus_months(months + 1).plus_days(-1);
    const auto rows = rows_of(
        run_spread({"--total", tandem::format_units(total, 2), "--from", from.to_string(), "--to", to.to_string()}));
    ASSERT_EQ(rows.size(), static_cast<std::size_t>(months + 1));
    std::int64_t low = std::numeric_limits<std::int64_t>::max();
    std::int64_t high = 0;
    std::int64_t sum = 0;
    for (const output_row& row : rows) {
      const std::int64_t share = tandem::parse_units(row.share, 2);
      low = std::min(low, share);
      high = std::max(high, share);
      sum += share;
    }
    EXPECT_EQ(sum, total);
    EXPECT_LE(high - low, 1);
  }
}

}  // namespace
