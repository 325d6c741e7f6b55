// examples/regions.csv and the README demo:
//   tandem allocate --method hamilton --scale 2 --total 120000000.00 --quantum 1000.00 examples/regions.csv
// must succeed, and its result must honour every promise the example makes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <iterator>
#include <map>
#include <string>

#include "cli/support/run_tandem.hpp"
#include "text/csv_reader.hpp"
#include "tandem/core/amount.hpp"

namespace {

std::string example_text() {
  std::ifstream in(std::string(TANDEM_EXAMPLES_DIR) + "/regions.csv", std::ios::binary);
  std::ostringstream text;  // not istreambuf_iterator: GCC 12 -O3 warns inside libstdc++ for it
  text << in.rdbuf();
  return text.str();
}

TEST(example_regions, the_readme_demo_succeeds_and_keeps_every_limit) {
  const std::string csv = example_text();
  ASSERT_FALSE(csv.empty());
  const auto r = cli_test::run_allocate({"--method", "hamilton", "--scale", "2", "--total", "120000000.00",
                                         "--quantum", "1000.00", "--format", "json"},
                                        csv);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");

  // Index the input by id, cell by header name.
  const auto input = tandem::text::read_csv(csv);
  std::map<std::string, std::map<std::string, std::string>> cells;
  for (const auto& row : input.rows) {
    for (std::size_t f = 0; f < row.fields.size(); ++f) cells[row.fields[0]][input.header.fields[f]] = row.fields[f];
  }

  const auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["shares"].size(), input.rows.size());
  std::int64_t sum = 0;
  std::size_t at_a_limit = 0;
  for (std::size_t i = 0; i < input.rows.size(); ++i) {
    const auto& share_doc = doc["shares"][i];
    const std::string id = share_doc["id"];
    EXPECT_EQ(id, input.rows[i].fields[0]) << "rows come out in input order";
    const std::int64_t share = tandem::parse_units(share_doc["share"].get<std::string>(), 2);
    sum += share;
    EXPECT_EQ(share % 100000, 0) << id << ": a multiple of 1000.00";
    const auto units = [&](const std::string& column) { return tandem::parse_units(cells[id][column], 2); };
    if (!cells[id]["min"].empty()) {
      EXPECT_GE(share, units("min")) << id;
      if (share == units("min")) ++at_a_limit;
    }
    if (!cells[id]["max"].empty()) {
      EXPECT_LE(share, units("max")) << id;
      if (share == units("max")) ++at_a_limit;
    }
    if (!cells[id]["fixed"].empty()) {
      EXPECT_EQ(share, units("fixed")) << id;
    }
  }
  EXPECT_EQ(sum, tandem::parse_units("120000000.00", 2));
  // The README says east_china's cap, northeast's max and northwest's min bind.
  EXPECT_EQ(at_a_limit, 3U);
}

TEST(example_regions, csv_output_lists_the_eight_regions) {
  const auto r = cli_test::run_allocate(
      {"--method", "hamilton", "--scale", "2", "--total", "120000000.00", "--quantum", "1000.00"}, example_text());
  ASSERT_EQ(r.status, 0) << r.err;
  const auto lines = cli_test::lines_of(r.out);
  ASSERT_EQ(lines.size(), 9U);
  EXPECT_EQ(lines[0], "id,weight,share");
  EXPECT_EQ(lines[8], "export_distributors,5120384.97,5500000.00");  // the fixed row
}

}  // namespace
