// `tandem biproportional --format json`: valid JSON, keys in the documented order,
// amounts as decimal strings, the canonical method name, "tied", and divisors that
// certify the shares against the weights as written in the file.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "cli/biproportional_test_support.hpp"
#include "tandem/core/multiprecision.hpp"

namespace {

using biproportional_test::matrix_files;
using biproportional_test::run_matrix;
using json = nlohmann::ordered_json;
using tandem::big_int;
using tandem::rational;

std::vector<std::string> keys_of(const json& object) {
  std::vector<std::string> keys;
  for (const auto& item : object.items()) keys.push_back(item.key());
  return keys;
}

// "p/q" or "p", checked to be in lowest terms with q > 1 when written.
rational fraction_of(const std::string& text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string::npos) return rational(big_int(text));
  const big_int p(text.substr(0, slash));
  const big_int q(text.substr(slash + 1));
  EXPECT_GT(q, 1) << text;
  EXPECT_EQ(gcd(p, q), 1) << text << " is not in lowest terms";
  return rational(p, q);
}

// A plain decimal ("12.345") as an exact fraction.
// Leading zeros are dropped: big_int reads "050" as octal.
big_int integer_of(std::string digits) {
  const std::size_t first = digits.find_first_not_of('0');
  return big_int(first == std::string::npos ? std::string("0") : digits.substr(first));
}

rational decimal_of(const std::string& text) {
  const std::size_t point = text.find('.');
  if (point == std::string::npos) return rational(integer_of(text));
  return rational(integer_of(text.substr(0, point) + text.substr(point + 1)),
                  pow(big_int(10), static_cast<unsigned>(text.size() - point - 1)));
}

// Rows 5, 3; columns 4, 4; weights 30 10 / 10 20 at --scale 2, quantum 0.50, the
// weights written with different precisions: Webster gives 3 2 / 1 2 quanta (worked
// out in biproportional_results_test), i.e. 1.50 1.00 / 0.50 1.00.
const matrix_files two_by_two{"id,total\na,2.50\nb,1.50\n", "id,total\nx,2.00\ny,2.00\n",
                              "row,col,weight\na,x,30\na,y,10.0\nb,x,10\nb,y,20.00\n"};

TEST(biproportional_json, has_the_documented_shape_and_exact_amounts) {
  const auto r =
      run_matrix({"--method", "sainte-lague", "--scale", "2", "--quantum", "0.50", "--format", "json"}, two_by_two);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  ASSERT_TRUE(json::accept(r.out)) << r.out;
  ASSERT_TRUE(r.out.ends_with("}\n"));
  const json doc = json::parse(r.out);

  EXPECT_EQ(keys_of(doc),
            (std::vector<std::string>{"method", "total", "scale", "quantum", "tied", "shares", "divisors"}));
  EXPECT_EQ(doc["method"], "webster");  // canonical, whatever alias was typed
  EXPECT_EQ(doc["total"], "4.00");
  EXPECT_EQ(doc["scale"], 2);
  EXPECT_EQ(doc["quantum"], "0.50");
  EXPECT_EQ(doc["tied"], false);
  EXPECT_EQ(doc["shares"], json::parse(R"([
    {"row": "a", "col": "x", "share": "1.50"},
    {"row": "a", "col": "y", "share": "1.00"},
    {"row": "b", "col": "x", "share": "0.50"},
    {"row": "b", "col": "y", "share": "1.00"}])"));
  EXPECT_EQ(keys_of(doc["divisors"]), (std::vector<std::string>{"rows", "cols"}));
  EXPECT_EQ(keys_of(doc["divisors"]["rows"]), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(keys_of(doc["divisors"]["cols"]), (std::vector<std::string>{"x", "y"}));
  for (const auto& side : {doc["divisors"]["rows"], doc["divisors"]["cols"]}) {
    for (const auto& [id, divisor] : side.items()) {
      ASSERT_TRUE(divisor.is_string()) << id;
      EXPECT_GT(fraction_of(divisor.get<std::string>()), 0) << id;
    }
  }
}

// The certificate, checked here with exact fractions against the weights as
// written: share / quantum = round(weight / (row divisor * column divisor)),
// Webster's rounding (q rounds to s when s - 1/2 <= q <= s + 1/2).
TEST(biproportional_json, divisors_certify_the_shares_against_the_written_weights) {
  const auto r =
      run_matrix({"--method", "webster", "--scale", "2", "--quantum", "0.50", "--format", "json"}, two_by_two);
  ASSERT_EQ(r.status, 0) << r.err;
  const json doc = json::parse(r.out);
  const std::vector<std::string> weights{"30", "10.0", "10", "20.00"};
  const std::vector<std::string> rows{"a", "b"}, cols{"x", "y"};
  const rational quantum = decimal_of("0.50");
  const rational half = rational(1) / 2;
  for (std::size_t i = 0; i < 2; ++i) {
    for (std::size_t j = 0; j < 2; ++j) {
      const rational q =
          decimal_of(weights[i * 2 + j]) / (fraction_of(doc["divisors"]["rows"][rows[i]].get<std::string>()) *
                                            fraction_of(doc["divisors"]["cols"][cols[j]].get<std::string>()));
      const rational s = decimal_of(doc["shares"][i * 2 + j]["share"].get<std::string>()) / quantum;
      EXPECT_LE(s - half, q) << rows[i] << "," << cols[j];
      EXPECT_LE(q, s + half) << rows[i] << "," << cols[j];
      // The answer has no tie: no quotient sits on a signpost.
      EXPECT_NE(q, s - half);
      EXPECT_NE(q, s + half);
    }
  }
}

// Jefferson on the 2 x 2 case lands on a tie: both [[4, 1], [0, 3]] and
// [[3, 2], [1, 2]] meet the totals. Worked by hand: with jefferson (s <= q <= s + 1)
// the cross ratio q11 q22 / (q12 q21), always 6 here, can be 6 only when
//   s = 4: q11 >= 4, q22 >= 3, q12 <= 2, q21 <= 1  -> ratio >= 6, = 6 at the corner;
//   s = 3: q11 <= 4, q22 <= 3, q12 >= 2, q21 >= 1  -> ratio <= 6, = 6 at the corner;
// and the corner q = 4, 2 / 1, 3 (row divisors 1, 4/3; column divisors 15/2, 5) lies
// on signposts in every cell, where either rounding is allowed: a tie.
TEST(biproportional_json, a_tie_is_reported) {
  const matrix_files tie{"id,total\na,5\nb,3\n", "id,total\nx,4\ny,4\n",
                         "row,col,weight\na,x,30\na,y,10\nb,x,10\nb,y,20\n"};
  const auto r = run_matrix({"--method", "dhondt", "--format", "json"}, tie);
  ASSERT_EQ(r.status, 0) << r.err;
  const json doc = json::parse(r.out);
  EXPECT_EQ(doc["method"], "jefferson");
  EXPECT_EQ(doc["tied"], true);
  std::vector<std::string> shares;
  for (const auto& cell : doc["shares"]) shares.push_back(cell["share"].get<std::string>());
  EXPECT_THAT(shares,
              testing::AnyOf(testing::ElementsAre("4", "1", "0", "3"), testing::ElementsAre("3", "2", "1", "2")));
}

TEST(biproportional_json, ids_with_quotes_newlines_and_non_ascii_text_round_trip) {
  // The CSV id "north ""A""<newline>区" is the text north "A"\n区 (UTF-8).
  const matrix_files odd{"id,total\n\"north \"\"A\"\"\n\xE5\x8C\xBA\",3\n", "id,total\nx,3\n",
                         "row,col,weight\n\"north \"\"A\"\"\n\xE5\x8C\xBA\",x,1\n"};
  const auto r = run_matrix({"--method", "webster", "--format", "json"}, odd);
  ASSERT_EQ(r.status, 0) << r.err;
  ASSERT_TRUE(json::accept(r.out)) << r.out;
  const json doc = json::parse(r.out);
  EXPECT_EQ(doc["shares"][0]["row"], "north \"A\"\n\xE5\x8C\xBA");
  EXPECT_EQ(doc["shares"][0]["share"], "3");
  EXPECT_TRUE(doc["divisors"]["rows"].contains("north \"A\"\n\xE5\x8C\xBA"));
}

TEST(biproportional_json, amounts_beyond_double_precision_stay_exact) {
  // 2^53 + 1 = 9007199254740993 has no exact double; as a string it survives.
  const matrix_files big{"id,total\na,9007199254740993\n", "id,total\nx,9007199254740993\n", "row,col,weight\na,x,1\n"};
  const auto r = run_matrix({"--method", "webster", "--format", "json"}, big);
  ASSERT_EQ(r.status, 0) << r.err;
  const json doc = json::parse(r.out);
  EXPECT_EQ(doc["total"], "9007199254740993");
  EXPECT_EQ(doc["shares"][0]["share"], "9007199254740993");
}

}  // namespace
