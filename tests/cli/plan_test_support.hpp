// plan_test_support.hpp — a small plan document and its actuals, written by the tests
// into a scratch directory, and running `tandem plan` on them.
//
// The plan is built here as a plan_spec and saved with the library's own
// save_plan_document, so the tests do not depend on the document's spelling; the
// numbers the CLI prints are checked against plan::build, load_actuals_csv and
// make_report on the same inputs.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "cli/support/run_tandem.hpp"
#include "tandem/plan/actuals.hpp"
#include "tandem/plan/plan.hpp"
#include "tandem/plan/plan_document.hpp"
#include "tandem/plan/plan_spec.hpp"
#include "tandem/plan/report.hpp"
#include "tandem/time/fiscal_calendar.hpp"
#include "text/csv_reader.hpp"

namespace plan_test {

using namespace tandem::plan;  // NOLINT(google-build-using-namespace): tests of one module

/// A company with two regions (east: two people; west: one, selling two of the three
/// lines) and three product lines, FY2027 from April, 1,200,000.00 CNY.
inline plan_spec small_spec() {
  using tandem::amount;
  plan_spec s;
  s.id = "small_fy2027";
  s.calendar = tandem::time::fiscal_calendar::starting(4, 1);
  s.fiscal_year = 2027;
  s.annual_target[measure::amount] = 120'000'000;
  s.units = {
      {.id = "company", .zh = "华东机床", .en = "Huadong Machine Tools", .kind = unit_kind::company},
      {.id = "east", .zh = "东区", .en = "East", .kind = unit_kind::region, .parent = "company",
       .weight = amount(3, 0)},
      // No English name: the English table shows the id.
      {.id = "west", .zh = "西区", .en = "", .kind = unit_kind::region, .parent = "company", .weight = amount(2, 0)},
      {.id = "alice", .zh = "李丽", .en = "Alice", .kind = unit_kind::person, .parent = "east",
       .weight = amount(1, 0)},
      {.id = "bob", .zh = "王波", .en = "Bob", .kind = unit_kind::person, .parent = "east", .weight = amount(2, 0)},
      {.id = "carol", .zh = "陈静", .en = "Carol", .kind = unit_kind::person, .parent = "west"},
  };
  s.products = {
      {.id = "lathes", .zh = "车床", .en = "Lathes", .stage = tandem::org::lifecycle_stage::maturity,
       .weight = amount(5, 0)},
      {.id = "mills", .zh = "铣床", .en = "Mills", .stage = tandem::org::lifecycle_stage::growth,
       .weight = amount(3, 0)},
      {.id = "grinders", .zh = "磨床", .en = "Grinders", .stage = tandem::org::lifecycle_stage::decline,
       .weight = amount(2, 0)},
  };
  // West sells lathes and mills only (and so does carol, who has no mix of her own).
  s.mix = {{.unit = "west", .product = "lathes", .weight = amount(3, 0)},
           {.unit = "west", .product = "mills", .weight = amount(1, 0)}};
  return s;
}

/// Sales of the leaves, the last on 2026-08-31 (a return: negative).
inline const std::string small_actuals =
    "unit,product,date,amount\n"
    "alice,lathes,2026-04-15,10000.00\n"
    "bob,mills,2026-05-20,25000.50\n"
    "carol,lathes,2026-07-01,30000.00\n"
    "alice,mills,2026-08-31,-500.00\n";

/// Writes plan.json (and actuals.csv) into a fresh directory, plus `extra` files, and
/// runs `tandem plan args...` there.
inline cli_test::run_result run_plan(const std::vector<std::string>& args, const plan_spec& spec = small_spec(),
                                     const std::vector<std::pair<std::string, std::string>>& extra = {},
                                     std::string_view stdin_text = {}) {
  const cli_test::scratch_dir dir;
  dir.write("plan.json", save_plan_document(spec));
  dir.write("actuals.csv", small_actuals);
  for (const auto& [name, content] : extra) dir.write(name, content);
  std::vector<std::string> full{"plan"};
  full.insert(full.end(), args.begin(), args.end());
  return cli_test::run_tandem(full, dir, stdin_text);
}

/// A usage error: status 2, nothing on standard output, exactly this line on standard error.
inline void expect_usage_error(const cli_test::run_result& r, const std::string& message) {
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "") << "nothing may reach standard output on failure";
  EXPECT_EQ(r.err, "tandem plan: " + message + " (see 'tandem plan --help')\n");
}

/// A failure on the input: status 1, nothing on standard output.
inline void expect_input_error(const cli_test::run_result& r) {
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "") << "nothing may reach standard output on failure";
}

/// The records of a successful CSV run, checking the header.
inline std::vector<std::vector<std::string>> csv_records(const cli_test::run_result& r,
                                                         const std::vector<std::string>& header) {
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::vector<std::vector<std::string>> records;
  if (r.status != 0) return records;
  const tandem::text::csv_table table = tandem::text::read_csv(r.out);
  EXPECT_EQ(table.header.fields, header);
  for (const auto& record : table.rows) records.push_back(record.fields);
  return records;
}

inline const std::vector<std::string> csv_header{"unit",   "product",  "period",    "target",
                                                 "actual", "variance", "attainment"};
inline std::vector<std::string> csv_header_to_date() {
  std::vector<std::string> h = csv_header;
  h.emplace_back("target_to_date");
  h.emplace_back("attainment_to_date");
  return h;
}

}  // namespace plan_test
