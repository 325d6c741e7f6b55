// `tandem allocate --format json`: valid JSON, keys in the documented order,
// every amount a decimal string, canonical names for the method and tie rule.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "cli/support/run_tandem.hpp"

namespace {

using cli_test::run_allocate;
using json = nlohmann::ordered_json;

TEST(allocate_json, has_the_documented_shape_and_exact_amounts) {
  // Total 10.00, quantum 0.50 at scale 2 among 1, 1, 1: 20 quanta -> 7, 7, 6 (see
  // allocate_results_test) -> 3.50, 3.50, 3.00.
  const auto r = run_allocate({"--method", "hamilton", "--scale", "2", "--total", "10.00", "--quantum", "0.50",
                               "--format", "json"},
                              "id,weight\na,1\nb,1.0\nc,1\n");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  ASSERT_TRUE(json::accept(r.out)) << r.out;
  ASSERT_TRUE(r.out.ends_with("}\n"));
  const json doc = json::parse(r.out);

  std::vector<std::string> keys;
  for (const auto& item : doc.items()) keys.push_back(item.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"method", "total", "scale", "quantum", "ties", "shares"}));

  EXPECT_EQ(doc["method"], "hamilton");
  EXPECT_EQ(doc["total"], "10.00");
  EXPECT_EQ(doc["scale"], 2);
  EXPECT_EQ(doc["quantum"], "0.50");
  EXPECT_EQ(doc["ties"], "input-order");

  const json expected_shares = json::parse(R"([
    {"id": "a", "weight": "1", "share": "3.50"},
    {"id": "b", "weight": "1.0", "share": "3.50"},
    {"id": "c", "weight": "1", "share": "3.00"}])");
  EXPECT_EQ(doc["shares"], expected_shares);
  for (const auto& share : doc["shares"]) {
    for (const auto& [key, value] : share.items()) EXPECT_TRUE(value.is_string()) << key;
  }
}

TEST(allocate_json, default_quantum_is_one_unit_of_the_scale) {
  const auto r = run_allocate({"--method", "hamilton", "--scale", "2", "--total", "7", "--format", "json"},
                              "id,weight\na,1\n");
  ASSERT_EQ(r.status, 0) << r.err;
  const json doc = json::parse(r.out);
  EXPECT_EQ(doc["total"], "7.00");  // normalised to the scale
  EXPECT_EQ(doc["quantum"], "0.01");
  EXPECT_EQ(doc["shares"][0]["share"], "7.00");
}

TEST(allocate_json, names_are_canonical_whatever_alias_was_typed) {
  const auto r = run_allocate({"--method", "dhondt", "--ties", "larger-weight", "--total", "7", "--format", "json"},
                              "id,weight\na,5\nb,3\nc,2\n");
  ASSERT_EQ(r.status, 0) << r.err;
  const json doc = json::parse(r.out);
  EXPECT_EQ(doc["method"], "jefferson");
  EXPECT_EQ(doc["ties"], "larger");
  EXPECT_EQ(doc["scale"], 0);
  EXPECT_EQ(doc["quantum"], "1");
}

TEST(allocate_json, ids_with_quotes_newlines_and_non_ascii_text_round_trip) {
  // The CSV id "north ""A""<newline>区" is the text north "A"\n区 (UTF-8).
  const auto r = run_allocate({"--method", "hamilton", "--total", "3", "--format", "json"},
                              "id,weight\n\"north \"\"A\"\"\n\xE5\x8C\xBA\",1\n");
  ASSERT_EQ(r.status, 0) << r.err;
  ASSERT_TRUE(json::accept(r.out)) << r.out;
  const json doc = json::parse(r.out);
  EXPECT_EQ(doc["shares"][0]["id"], "north \"A\"\n\xE5\x8C\xBA");
  EXPECT_EQ(doc["shares"][0]["share"], "3");
}

TEST(allocate_json, amounts_beyond_double_precision_stay_exact) {
  // 2^53 + 1 = 9007199254740993 has no exact double; as a string it survives.
  const auto r = run_allocate({"--method", "hamilton", "--total", "9007199254740993", "--format", "json"},
                              "id,weight\na,1\n");
  ASSERT_EQ(r.status, 0) << r.err;
  const json doc = json::parse(r.out);
  EXPECT_EQ(doc["total"], "9007199254740993");
  EXPECT_EQ(doc["shares"][0]["share"], "9007199254740993");
}

}  // namespace
