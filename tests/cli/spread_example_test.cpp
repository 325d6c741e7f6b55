// examples/spread and its README: the demos succeed, print what the README shows,
// and keep the promises it makes. The expected shares were computed independently
// (exact fractions, largest remainder) from examples/spread/reference.csv.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/spread_test_support.hpp"

namespace {

using spread_test::rows_of;
using spread_test::run_spread;
using spread_test::shares_of;
using testing::ElementsAre;
using testing::HasSubstr;

const std::string dir = std::string(TANDEM_EXAMPLES_DIR) + "/spread/";

std::string text_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;  // not istreambuf_iterator: GCC 12 -O3 warns inside libstdc++ for it
  text << in.rdbuf();
  return text.str();
}

const std::vector<std::string> fy2028{"--total", "1200000.00", "--fiscal-start", "04-01", "--fiscal-year", "2028"};

std::vector<std::string> fy2028_with(const std::vector<std::string>& extra) {
  std::vector<std::string> args = fy2028;
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

const std::string reference_demo_output =
    "period,start,end,share\n"
    "2027-04,2027-04-01,2027-04-30,88910.92\n"
    "2027-05,2027-05-01,2027-05-31,96028.25\n"
    "2027-06,2027-06-01,2027-06-30,121492.68\n"
    "2027-07,2027-07-01,2027-07-31,86043.14\n"
    "2027-08,2027-08-01,2027-08-31,82319.46\n"
    "2027-09,2027-09-01,2027-09-30,91137.87\n"
    "2027-10,2027-10-01,2027-10-31,99204.73\n"
    "2027-11,2027-11-01,2027-11-30,150057.93\n"
    "2027-12,2027-12-01,2027-12-31,109665.96\n"
    "2028-01,2028-01-01,2028-01-31,118580.72\n"
    "2028-02,2028-02-01,2028-02-29,62866.62\n"
    "2028-03,2028-03-01,2028-03-31,93691.72\n";

TEST(spread_example, reference_demo_prints_what_the_readme_shows) {
  const auto r = run_spread(fy2028_with({"--by", "reference", "--reference", dir + "reference.csv"}));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, reference_demo_output);
  EXPECT_THAT(text_of(dir + "README.md"), HasSubstr("```\n" + reference_demo_output + "```\n"));
}

TEST(spread_example, key_demo) {
  // 1,200,000.00 x 7.5 %, 8 %, 10 %, ... exactly.
  EXPECT_THAT(shares_of(run_spread(fy2028_with({"--by", "key", "--key", dir + "key.csv"}))),
              ElementsAre("90000.00", "96000.00", "120000.00", "84000.00", "78000.00", "90000.00", "102000.00",
                          "150000.00", "108000.00", "114000.00", "66000.00", "102000.00"));
}

TEST(spread_example, limits_demo_locks_november_and_lifts_february) {
  // November fixed at 150,000.00 and February at its minimum 70,000.00 (its share of
  // 1,050,000.00 by last year would be about 62,870); the other ten months share
  // 980,000.00 by last year's sales.
  EXPECT_THAT(shares_of(run_spread(fy2028_with(
                  {"--by", "reference", "--reference", dir + "reference.csv", "--limits", dir + "limits.csv"}))),
              ElementsAre("88273.60", "95339.91", "120621.81", "85426.37", "81729.39", "90484.59", "98493.62",
                          "150000.00", "108879.86", "117730.72", "70000.00", "93020.13"));
}

TEST(spread_example, readme_commands_are_the_ones_tested) {
  const std::string readme = text_of(dir + "README.md");
  EXPECT_THAT(readme, HasSubstr("tandem spread --total 1200000.00 --fiscal-start 04-01 --fiscal-year 2028 \\\n"
                                "  --by reference --reference examples/spread/reference.csv\n"));
  EXPECT_THAT(readme, HasSubstr("tandem spread --total 1200000.00 --fiscal-start 04-01 --fiscal-year 2028 \\\n"
                                "  --by key --key examples/spread/key.csv\n"));
  EXPECT_THAT(readme, HasSubstr("  --limits examples/spread/limits.csv\n"));
}

TEST(spread_example, quarters_of_the_reference) {
  // The README mentions --period quarter; the quarter labels must then be used by the key.
  const auto rows = rows_of(run_spread(fy2028_with({"--period", "quarter"})));
  ASSERT_EQ(rows.size(), 4U);
  EXPECT_EQ(rows.front().period, "FY2028 Q1");
  EXPECT_EQ(rows.back().period, "FY2028 Q4");
}

}  // namespace
