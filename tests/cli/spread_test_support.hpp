// spread_test_support.hpp — running `tandem spread` with input files, and reading its CSV.
#pragma once

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "cli/support/run_tandem.hpp"

namespace spread_test {

/// Writes each {name, content} into a fresh directory and runs `tandem spread args...` there.
inline cli_test::run_result run_spread(const std::vector<std::string>& args,
                                       const std::vector<std::pair<std::string, std::string>>& files = {}) {
  const cli_test::scratch_dir dir;
  for (const auto& [name, content] : files) dir.write(name, content);
  std::vector<std::string> full{"spread"};
  full.insert(full.end(), args.begin(), args.end());
  return cli_test::run_tandem(full, dir);
}

/// One data line of the CSV output.
struct output_row {
  std::string period;
  std::string start;
  std::string end;
  std::string share;

  friend bool operator==(const output_row&, const output_row&) = default;
};

inline void PrintTo(const output_row& r, std::ostream* os) {
  *os << r.period << ',' << r.start << ',' << r.end << ',' << r.share;
}

/// The data rows of a successful run's CSV (labels never need quoting).
inline std::vector<output_row> rows_of(const cli_test::run_result& r) {
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const std::vector<std::string> lines = cli_test::lines_of(r.out);
  std::vector<output_row> rows;
  if (lines.empty()) return rows;
  EXPECT_EQ(lines.front(), "period,start,end,share");
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::vector<std::string> f;
    std::size_t from = 0;
    for (std::size_t comma = lines[i].find(','); comma != std::string::npos; comma = lines[i].find(',', from)) {
      f.push_back(lines[i].substr(from, comma - from));
      from = comma + 1;
    }
    f.push_back(lines[i].substr(from));
    EXPECT_EQ(f.size(), 4U) << lines[i];
    if (f.size() == 4) rows.push_back({f[0], f[1], f[2], f[3]});
  }
  return rows;
}

/// Just the shares.
inline std::vector<std::string> shares_of(const cli_test::run_result& r) {
  std::vector<std::string> shares;
  for (const output_row& row : rows_of(r)) shares.push_back(row.share);
  return shares;
}

/// A failure: the status, nothing on standard output, exactly one line on standard error.
inline void expect_failure(const cli_test::run_result& r, int status, const std::string& message) {
  EXPECT_EQ(r.status, status);
  EXPECT_EQ(r.out, "") << "nothing may reach standard output on failure";
  EXPECT_EQ(r.err, "tandem spread: " + message + "\n");
}

}  // namespace spread_test
