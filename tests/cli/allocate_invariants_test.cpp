// Properties of `tandem allocate` over random inputs (fixed seed): whatever the
// method, the shares come back in input order with the weights echoed as
// written, are multiples of the quantum, respect the bounds, sum to the total,
// and the CSV and JSON outputs agree.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "cli/support/run_tandem.hpp"
#include "text/csv_reader.hpp"
#include "tandem/core/amount.hpp"

namespace {

struct random_case {
  std::string csv;
  std::vector<std::string> ids, weights;
  std::vector<std::int64_t> max;  // in units; -1 = none
  std::int64_t total = 0;         // in units
  std::int64_t quantum = 1;       // in units
  int scale = 0;
};

// Weights are random decimals with up to 3 places; some rows get a max that is
// a multiple of the quantum, always leaving room for the total (each max is at
// least the total, so the bounds are feasible whatever the method).
random_case make_case(std::mt19937_64& rng) {
  random_case c;
  c.scale = std::uniform_int_distribution<int>(0, 3)(rng);
  std::int64_t unit = 1;
  for (int i = 0; i < c.scale; ++i) unit *= 10;
  c.quantum = std::uniform_int_distribution<std::int64_t>(1, 3)(rng) * (rng() % 2 == 0 ? 1 : unit);
  c.total = c.quantum * std::uniform_int_distribution<std::int64_t>(0, 50)(rng);
  const auto rows = std::uniform_int_distribution<int>(1, 8)(rng);
  c.csv = "weight,id,max\n";  // an unusual column order on purpose
  for (int i = 0; i < rows; ++i) {
    const std::string id = "r" + std::to_string(i);
    std::string weight = std::to_string(std::uniform_int_distribution<int>(i == 0 ? 1 : 0, 999)(rng));
    if (rng() % 2 == 0) weight += "." + std::to_string(std::uniform_int_distribution<int>(0, 999)(rng));
    const bool capped = rng() % 3 == 0;
    const std::int64_t max = capped ? c.total + c.quantum * std::uniform_int_distribution<std::int64_t>(0, 3)(rng) : -1;
    c.ids.push_back(id);
    c.weights.push_back(weight);
    c.max.push_back(max);
    c.csv += weight + "," + id + "," + (capped ? tandem::format_units(max, c.scale) : "") + "\n";
  }
  return c;
}

TEST(allocate_invariants, random_requests_for_every_method) {
  std::mt19937_64 rng(0x7A4DE3);
  const std::vector<std::string> methods{"hamilton", "jefferson", "webster", "modified-sainte-lague",
                                         "adams",    "dean",      "huntington-hill"};
  for (int round = 0; round < 35; ++round) {
    const random_case c = make_case(rng);
    const std::string& method = methods[static_cast<std::size_t>(round) % methods.size()];
    const std::vector<std::string> args{"--method", method, "--scale", std::to_string(c.scale),
                                        "--total", tandem::format_units(c.total, c.scale),
                                        "--quantum", tandem::format_units(c.quantum, c.scale)};
    SCOPED_TRACE(method + "\n" + c.csv);

    const auto csv_run = cli_test::run_allocate(args, c.csv);
    ASSERT_EQ(csv_run.status, 0) << csv_run.err;
    const auto table = tandem::text::read_csv(csv_run.out);
    ASSERT_EQ(table.header.fields, (std::vector<std::string>{"id", "weight", "share"}));
    ASSERT_EQ(table.rows.size(), c.ids.size());

    auto json_args = args;
    json_args.insert(json_args.end(), {"--format", "json"});
    const auto json_run = cli_test::run_allocate(json_args, c.csv);
    ASSERT_EQ(json_run.status, 0) << json_run.err;
    const auto doc = nlohmann::json::parse(json_run.out);

    std::int64_t sum = 0;
    for (std::size_t i = 0; i < c.ids.size(); ++i) {
      const auto& f = table.rows[i].fields;
      EXPECT_EQ(f[0], c.ids[i]);
      EXPECT_EQ(f[1], c.weights[i]);
      const std::int64_t share = tandem::parse_units(f[2], c.scale);
      EXPECT_EQ(share % c.quantum, 0);
      if (c.max[i] >= 0) {
        EXPECT_LE(share, c.max[i]);
      }
      sum += share;
      EXPECT_EQ(doc["shares"][i]["id"], f[0]);
      EXPECT_EQ(doc["shares"][i]["weight"], f[1]);
      EXPECT_EQ(doc["shares"][i]["share"], f[2]);
    }
    EXPECT_EQ(sum, c.total);
  }
}

}  // namespace
