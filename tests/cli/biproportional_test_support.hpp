// biproportional_test_support.hpp — running `tandem biproportional` on small files, and
// reading its CSV output back.
#pragma once

#include <gtest/gtest.h>

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "cli/support/run_tandem.hpp"
#include "text/csv_reader.hpp"

namespace biproportional_test {

/// Writes each {name, content} into a fresh directory and runs
/// `tandem biproportional args...` there.
inline cli_test::run_result run_biproportional(const std::vector<std::string>& args,
                                               const std::vector<std::pair<std::string, std::string>>& files = {},
                                               std::string_view stdin_text = {}) {
  const cli_test::scratch_dir dir;
  for (const auto& [name, content] : files) dir.write(name, content);
  std::vector<std::string> full{"biproportional"};
  full.insert(full.end(), args.begin(), args.end());
  return cli_test::run_tandem(full, dir, stdin_text);
}

/// The three input files of one request.
struct matrix_files {
  std::string rows;     ///< id,total
  std::string cols;     ///< id,total
  std::string weights;  ///< row,col,weight
};

/// Runs `tandem biproportional --rows r.csv --cols c.csv --weights w.csv args...`
/// with the three files written as r.csv, c.csv and w.csv.
inline cli_test::run_result run_matrix(const std::vector<std::string>& args, const matrix_files& files) {
  std::vector<std::string> full{"--rows", "r.csv", "--cols", "c.csv", "--weights", "w.csv"};
  full.insert(full.end(), args.begin(), args.end());
  return run_biproportional(full, {{"r.csv", files.rows}, {"c.csv", files.cols}, {"w.csv", files.weights}});
}

/// A failure: the status, nothing on standard output, exactly this one line on standard error.
inline void expect_failure(const cli_test::run_result& r, int status, const std::string& message) {
  EXPECT_EQ(r.status, status);
  EXPECT_EQ(r.out, "") << "nothing may reach standard output on failure";
  EXPECT_EQ(r.err, "tandem biproportional: " + message + "\n");
}

/// One line of the CSV output.
struct cell {
  std::string row;
  std::string col;
  std::string share;

  friend bool operator==(const cell&, const cell&) = default;
};

inline void PrintTo(const cell& c, std::ostream* os) { *os << c.row << ',' << c.col << ',' << c.share; }

/// The cells of a successful run's CSV output, checking its header.
inline std::vector<cell> cells_of(const cli_test::run_result& r) {
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::vector<cell> cells;
  if (r.status != 0) return cells;
  const tandem::text::csv_table table = tandem::text::read_csv(r.out);
  EXPECT_EQ(table.header.fields, (std::vector<std::string>{"row", "col", "share"}));
  for (const auto& record : table.rows) cells.push_back({record.fields[0], record.fields[1], record.fields[2]});
  return cells;
}

/// Just the shares, in output order.
inline std::vector<std::string> shares_of(const cli_test::run_result& r) {
  std::vector<std::string> shares;
  for (const cell& c : cells_of(r)) shares.push_back(c.share);
  return shares;
}

}  // namespace biproportional_test
