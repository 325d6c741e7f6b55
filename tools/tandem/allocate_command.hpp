// allocate_command.hpp — `tandem allocate`: split a total among the rows of a CSV file.
//
//   tandem allocate --method hamilton --scale 2 --total 120000000.00 --quantum 1000.00 regions.csv
//
// Reads id, weight and optional min / max / fixed columns, calls
// tandem::alloc::apportion, and prints id,weight,share (or JSON). The output is
// built in memory and printed only when everything succeeded.
#pragma once

#include <string>

#include "command.hpp"

namespace tandem::cli {

/// The command line of `allocate`, as typed (validated by CLI11 as far as it can be
/// without knowing the scale; amounts are parsed in run()).
struct allocate_options {
  std::string method;
  std::string total;
  std::string quantum;  ///< empty: one unit of the scale
  int scale = 0;
  std::string ties = "input-order";
  std::string format = "csv";
  std::string file = "-";
};

class allocate_command final : public command {
 public:
  CLI::App& attach(CLI::App& app) override;
  int run(const command_streams& io) override;

 private:
  allocate_options options_;
};

}  // namespace tandem::cli
