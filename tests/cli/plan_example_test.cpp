// `tandem plan` on the shipped example (examples/plan/huadong_plan.json and
// actuals.csv), the README's main command: it runs in every format and language, and
// what it prints is what the library computes from the same files.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/support/run_tandem.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/plan/actuals.hpp"
#include "tandem/plan/plan.hpp"
#include "tandem/plan/plan_document.hpp"
#include "tandem/plan/report.hpp"
#include "text/csv_reader.hpp"

namespace {

using testing::HasSubstr;
namespace plan = tandem::plan;

const std::string plan_file = std::string(TANDEM_EXAMPLES_DIR) + "/plan/huadong_plan.json";
const std::string actuals_file = std::string(TANDEM_EXAMPLES_DIR) + "/plan/actuals.csv";

cli_test::run_result run(const std::vector<std::string>& extra) {
  const cli_test::scratch_dir dir;
  std::vector<std::string> args{"plan", plan_file, "--actuals", actuals_file};
  args.insert(args.end(), extra.begin(), extra.end());
  return cli_test::run_tandem(args, dir);
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(plan_example, the_readme_command_runs) {
  for (const char* lang : {"en", "zh"}) {
    for (const char* format : {"table", "csv", "json"}) {
      const auto r = run({"--lang", lang, "--format", format});
      EXPECT_EQ(r.status, 0) << lang << " " << format << ": " << r.err;
      EXPECT_EQ(r.err, "") << lang << " " << format;
      EXPECT_FALSE(r.out.empty()) << lang << " " << format;
    }
  }
  const auto table = run({});
  EXPECT_THAT(table.out, HasSubstr(" as of ")) << "the actuals set the as-of date";
  EXPECT_THAT(table.out, HasSubstr("\n  total "));
}

// The year's rows of the csv, unit by unit, are the library's.
TEST(plan_example, the_year_is_the_library_s) {
  const plan::plan p = plan::plan::build(plan::load_plan_document_file(plan_file));
  const plan::actuals a = plan::load_actuals_csv(p, read_text(actuals_file), actuals_file);
  const plan::measure m = p.spec().targets[plan::measure::amount] ? plan::measure::amount : plan::measure::quantity;
  const int scale = m == plan::measure::amount ? p.spec().currency_scale : p.spec().quantity_scale;
  const auto r = run({"--by", "year", "--format", "csv", "--level", "0"});
  ASSERT_EQ(r.status, 0) << r.err;
  const tandem::text::csv_table csv = tandem::text::read_csv(r.out);
  ASSERT_FALSE(csv.rows.empty());
  const std::vector<std::string>& company = csv.rows.front().fields;
  EXPECT_EQ(company[0], p.spec().units.front().id);
  EXPECT_EQ(company[1], "");
  EXPECT_EQ(company[3], tandem::format_units(p.spec().annual_target[m], scale));
  EXPECT_EQ(company[4], tandem::format_units(a.actual_total(m, 0, plan::all_products), scale));
}

}  // namespace
