// org_command.hpp — `tandem org check FILE`: load an organisation document and report
// on it: the organisation model, duty gaps and overlaps, and the marketing <-> sales
// loop for one period.
//
//   tandem org check examples/org/company.json --as-of 2026-09-25
//   tandem org check company.json --as-of 2026-09-25 --period quarter --lang zh
//   tandem org check - --format json < company.json
//
// The document format is docs/org-format.md. An invalid document prints every problem
// on standard error (one per line) and nothing on standard output.
#pragma once

#include <string>

#include "command.hpp"

namespace tandem::cli {

/// The command line of `org check`, as typed and already validated by CLI11.
struct org_check_options {
  std::string file;
  std::string as_of;  ///< empty: today (UTC) from the system clock
  std::string period = "month";
  std::string lang = "en";
  std::string format = "table";
};

class org_command final : public command {
 public:
  CLI::App& attach(CLI::App& app) override;
  int run(const command_streams& io) override;

 private:
  org_check_options options_;
  const CLI::App* check_ = nullptr;  ///< the `check` subcommand, to tell whether it was given
};

}  // namespace tandem::cli
