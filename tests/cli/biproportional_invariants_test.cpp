// Properties of `tandem biproportional` over random requests (fixed seed), for every
// method the engine takes: every cell comes back once, in the order of the rows and cols
// files; shares are multiples of the quantum; every row and every column sums to its
// total; cells of weight zero get zero; CSV and JSON agree; and the JSON divisors
// certify every share against the weights as written, checked here with exact
// fractions and each method's own rounding.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "cli/biproportional_test_support.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/core/multiprecision.hpp"

namespace {

using tandem::big_int;
using tandem::rational;

struct random_case {
  biproportional_test::matrix_files files;
  std::vector<std::string> row_ids, col_ids;
  std::vector<std::int64_t> row_totals, col_totals;  // in units
  std::vector<std::string> weights;                  // row-major, "0" where the cell has no line
  std::int64_t quantum = 1;                          // in units
  int scale = 0;
};

// Adams and Dean give every cell with weight at least one quantum.
bool every_weighted_cell_gets_one(const std::string& method) { return method == "adams" || method == "dean"; }

// Starts from a random matrix of quanta (some zero) and takes its margins as the
// totals, so that the request is feasible: cells with weight are a subset of that
// matrix's nonzero cells (all of them for the methods that give every weighted cell
// a quantum; a random subset of the rest may carry weight too for the others).
random_case make_case(std::mt19937_64& rng, const std::string& method) {
  random_case c;
  c.scale = std::uniform_int_distribution<int>(0, 3)(rng);
  std::int64_t unit = 1;
  for (int i = 0; i < c.scale; ++i) unit *= 10;
  c.quantum = std::uniform_int_distribution<std::int64_t>(1, 3)(rng) * (rng() % 2 == 0 ? 1 : unit);
  const auto rows = std::uniform_int_distribution<std::size_t>(1, 5)(rng);
  const auto cols = std::uniform_int_distribution<std::size_t>(1, 5)(rng);
  c.row_totals.assign(rows, 0);
  c.col_totals.assign(cols, 0);
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < rows; ++i) c.row_ids.push_back("r" + std::to_string(i));
  for (std::size_t j = 0; j < cols; ++j) c.col_ids.push_back("c" + std::to_string(j));
  for (std::size_t i = 0; i < rows; ++i) {
    for (std::size_t j = 0; j < cols; ++j) {
      const std::int64_t quanta = rng() % 3 == 0 ? 0 : std::uniform_int_distribution<std::int64_t>(1, 6)(rng);
      c.row_totals[i] += quanta * c.quantum;
      c.col_totals[j] += quanta * c.quantum;
      const bool weighted = quanta > 0 || (!every_weighted_cell_gets_one(method) && rng() % 4 == 0);
      std::string weight = "0";
      if (weighted) {
        weight = std::to_string(std::uniform_int_distribution<int>(1, 999)(rng));
        if (rng() % 2 == 0) weight += "." + std::to_string(std::uniform_int_distribution<int>(0, 999)(rng));
        lines.push_back(c.row_ids[i] + "," + c.col_ids[j] + "," + weight + "\n");
      }
      c.weights.push_back(weight);
    }
  }
  std::shuffle(lines.begin(), lines.end(), rng);  // the weights file's order must not matter
  c.files.rows = "id,total\n";
  for (std::size_t i = 0; i < rows; ++i)
    c.files.rows += c.row_ids[i] + "," + tandem::format_units(c.row_totals[i], c.scale) + "\n";
  c.files.cols = "total,id\n";  // an unusual column order on purpose
  for (std::size_t j = 0; j < cols; ++j)
    c.files.cols += tandem::format_units(c.col_totals[j], c.scale) + "," + c.col_ids[j] + "\n";
  c.files.weights = "row,col,weight\n";
  for (const std::string& line : lines) c.files.weights += line;
  return c;
}

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

rational fraction_of(const std::string& text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string::npos) return rational(big_int(text));
  return rational(big_int(text.substr(0, slash)), big_int(text.substr(slash + 1)));
}

// Whether the method may round quotient q to s quanta: s's signposts are d(s - 1)
// and d(s), q may sit on either (a tie).
bool rounds_to(const std::string& method, const rational& q, std::int64_t s) {
  if (q == 0) return s == 0;
  const auto at_most_signpost = [&](std::int64_t n) {  // q <= d(n)
    const rational r(n);
    if (method == "jefferson") return q <= r + 1;
    if (method == "webster") return q <= r + (rational(1) / 2);
    if (method == "modified-sainte-lague") return q <= (n == 0 ? (rational(7) / 10) : r + (rational(1) / 2));
    if (method == "adams") return q <= r;
    return q * (r + (rational(1) / 2)) <= r * (r + 1);  // dean: d(n) = n (n + 1) / (n + 1/2)
  };
  const auto at_least_signpost = [&](std::int64_t n) {  // q >= d(n)
    const rational r(n);
    if (method == "jefferson") return q >= r + 1;
    if (method == "webster") return q >= r + (rational(1) / 2);
    if (method == "modified-sainte-lague") return q >= (n == 0 ? (rational(7) / 10) : r + (rational(1) / 2));
    if (method == "adams") return q >= r;
    return q * (r + (rational(1) / 2)) >= r * (r + 1);  // dean
  };
  return at_most_signpost(s) && (s == 0 || at_least_signpost(s - 1));
}

TEST(biproportional_invariants, random_requests_for_every_divisor_method) {
  std::mt19937_64 rng(0xB1960);
  // Every method the engine takes (huntington-hill is refused: see the usage test).
  const std::vector<std::string> methods{"jefferson", "webster", "modified-sainte-lague", "adams", "dean"};
  for (int round = 0; round < 40; ++round) {
    const std::string& method = methods[static_cast<std::size_t>(round) % methods.size()];
    const random_case c = make_case(rng, method);
    const std::vector<std::string> args{
        "--method", method, "--scale", std::to_string(c.scale), "--quantum", tandem::format_units(c.quantum, c.scale)};
    SCOPED_TRACE(method + " quantum " + args[5] + "\n" + c.files.rows + c.files.cols + c.files.weights);

    const auto csv_run = biproportional_test::run_matrix(args, c.files);
    const auto cells = biproportional_test::cells_of(csv_run);
    ASSERT_EQ(cells.size(), c.row_ids.size() * c.col_ids.size());
    auto json_args = args;
    json_args.insert(json_args.end(), {"--format", "json"});
    const auto json_run = biproportional_test::run_matrix(json_args, c.files);
    ASSERT_EQ(json_run.status, 0) << json_run.err;
    const auto doc = nlohmann::json::parse(json_run.out);

    std::vector<std::int64_t> row_sums(c.row_ids.size(), 0), col_sums(c.col_ids.size(), 0);
    for (std::size_t i = 0; i < c.row_ids.size(); ++i) {
      for (std::size_t j = 0; j < c.col_ids.size(); ++j) {
        const std::size_t k = i * c.col_ids.size() + j;
        EXPECT_EQ(cells[k].row, c.row_ids[i]);
        EXPECT_EQ(cells[k].col, c.col_ids[j]);
        const std::int64_t share = tandem::parse_units(cells[k].share, c.scale);
        EXPECT_EQ(share % c.quantum, 0) << cells[k].share;
        if (c.weights[k] == "0") {
          EXPECT_EQ(share, 0) << c.row_ids[i] << "," << c.col_ids[j];
        }
        row_sums[i] += share;
        col_sums[j] += share;
        EXPECT_EQ(doc["shares"][k]["share"], cells[k].share);

        const rational q =
            decimal_of(c.weights[k]) / (fraction_of(doc["divisors"]["rows"][c.row_ids[i]].get<std::string>()) *
                                        fraction_of(doc["divisors"]["cols"][c.col_ids[j]].get<std::string>()));
        EXPECT_TRUE(rounds_to(method, q, share / c.quantum)) << c.row_ids[i] << "," << c.col_ids[j] << ": quotient "
                                                             << q.str() << ", " << share / c.quantum << " quanta";
      }
    }
    EXPECT_EQ(row_sums, c.row_totals);
    EXPECT_EQ(col_sums, c.col_totals);
  }
}

}  // namespace
