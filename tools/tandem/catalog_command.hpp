// catalog_command.hpp — `tandem catalog`: print the built-in domain catalog.
//
//   tandem catalog                                   # every section, English, as a table
//   tandem catalog --lang zh --section marketing_responsibilities
//   tandem catalog --format json --section information_flows
//
// The catalog is compiled into the library (tandem/org/catalog.hpp); the command
// reads no input. The output is built in memory and printed only when complete.
#pragma once

#include <string>

#include "command.hpp"

namespace tandem::cli {

/// The command line of `catalog`, as typed and already validated by CLI11.
struct catalog_options {
  std::string lang = "en";
  std::string format = "table";
  std::string section;  ///< empty: every section
};

class catalog_command final : public command {
 public:
  CLI::App& attach(CLI::App& app) override;
  int run(const command_streams& io) override;

 private:
  catalog_options options_;
};

}  // namespace tandem::cli
