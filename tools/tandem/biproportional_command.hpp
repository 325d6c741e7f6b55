// biproportional_command.hpp — `tandem biproportional`: apportion a rows x columns matrix.
//
//   tandem biproportional --method webster --scale 2 --quantum 10000.00
//                         --rows rows.csv --cols cols.csv --weights weights.csv
//
// Reads the row totals, the column totals and the cell weights, calls
// tandem::alloc::biproportional, and prints row,col,share for every cell (or JSON
// with the divisors that certify the result). The output is built in memory and
// printed only when everything succeeded.
#pragma once

#include <string>

#include "command.hpp"

namespace tandem::cli {

/// The command line of `biproportional`, as typed (amounts are parsed in run(),
/// once the scale is known).
struct biproportional_options {
  std::string method;
  std::string rows;
  std::string cols;
  std::string weights;
  std::string quantum;  ///< empty: one unit of the scale
  int scale = 0;
  std::string format = "csv";
};

class biproportional_command final : public command {
 public:
  CLI::App& attach(CLI::App& app) override;
  int run(const command_streams& io) override;

 private:
  biproportional_options options_;
};

}  // namespace tandem::cli
