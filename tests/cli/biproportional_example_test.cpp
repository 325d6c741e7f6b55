// `tandem biproportional` on examples/biproportional, exactly as docs/biproportional.md
// runs it: next year's target of an industrial-goods company split over 3 sales
// regions x 4 product lines in proportion to last year's sales, in whole 10,000.00
// yuan.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "cli/support/run_tandem.hpp"

namespace {

const std::string dir = std::string(TANDEM_EXAMPLES_DIR) + "/biproportional/";

cli_test::run_result run_example(const std::vector<std::string>& extra = {}) {
  const cli_test::scratch_dir scratch;
  std::vector<std::string> args{"biproportional", "--method",  "webster",          "--scale",        "2",
                                "--quantum",      "10000.00",  "--rows",           dir + "rows.csv", "--cols",
                                dir + "cols.csv", "--weights", dir + "weights.csv"};
  args.insert(args.end(), extra.begin(), extra.end());
  return cli_test::run_tandem(args, scratch);
}

// Worked out independently of Tandem (alternating scaling with exact fractions,
// then every cell checked against the divisors found; no quotient on a signpost,
// so the answer is unique). south_china sold no drives last year, so it gets none.
// Rows: 2750 + 2050 + 1200 quanta; columns: 2250 + 1600 + 1400 + 750.
TEST(biproportional_example, webster_in_ten_thousands_of_yuan) {
  const auto r = run_example();
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "row,col,share\n"
            "east_china,pumps,9810000.00\n"
            "east_china,valves,6630000.00\n"
            "east_china,drives,8000000.00\n"
            "east_china,spare_parts,3060000.00\n"
            "north_china,pumps,7040000.00\n"
            "north_china,valves,5020000.00\n"
            "north_china,drives,6000000.00\n"
            "north_china,spare_parts,2440000.00\n"
            "south_china,pumps,5650000.00\n"
            "south_china,valves,4350000.00\n"
            "south_china,drives,0.00\n"
            "south_china,spare_parts,2000000.00\n");
}

TEST(biproportional_example, json_is_untied_and_totals_60_million) {
  const auto r = run_example({"--format", "json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["total"], "60000000.00");
  EXPECT_EQ(doc["quantum"], "10000.00");
  EXPECT_EQ(doc["tied"], false);
  EXPECT_EQ(doc["shares"].size(), 12U);
  EXPECT_EQ(doc["divisors"]["rows"].size(), 3U);
  EXPECT_EQ(doc["divisors"]["cols"].size(), 4U);
}

}  // namespace
