// plan_command.hpp — `tandem plan FILE`: a target plan, decomposed, against actuals.
//
//   tandem plan examples/plan/huadong_plan.json --actuals examples/plan/actuals.csv
//   tandem plan plan.json --by month --unit east_china --lang zh
//   tandem plan plan.json --actuals sales.csv --as-of 2026-09-30 --format csv
//
// Loads a plan document (docs/plan-format.md), builds the plan (tandem::plan::build),
// optionally loads actuals (tandem::plan::load_actuals_csv) and prints a report
// (tandem::plan::make_report) as an aligned table, a long CSV or JSON. The output is
// built in memory and printed only when everything succeeded (docs/cli-plan.md).
#pragma once

#include <string>

#include "command.hpp"

namespace tandem::cli {

/// The command line of `plan`, as typed and validated by CLI11 as far as it can be
/// without the plan; an empty string means "not given".
struct plan_options {
  std::string file;
  std::string actuals;
  std::string as_of;
  std::string by;       ///< empty: quarter for the table, month for csv and json
  std::string level;
  std::string unit;
  std::string measure;  ///< empty: amount, or quantity when the plan targets only that
  std::string lang = "en";
  std::string format = "table";
};

class plan_command final : public command {
 public:
  CLI::App& attach(CLI::App& app) override;
  int run(const command_streams& io) override;

 private:
  plan_options options_;
};

}  // namespace tandem::cli
