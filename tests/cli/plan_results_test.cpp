// `tandem plan --format csv` prints exactly what the library computes: every record
// is checked against plan::build, load_actuals_csv and make_report on the same inputs.
#include <gtest/gtest.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "plan_test_support.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/time/date.hpp"

namespace {

using namespace plan_test;  // NOLINT(google-build-using-namespace)
using tandem::format_units;

// The records the CLI should print for `request`: the library's own results.
std::vector<std::vector<std::string>> expected_records(const plan& p, const actuals* a, const report_request& request) {
  const plan_spec& spec = p.spec();
  const auto percent = [](const ratio& r) { return r.den == 0 ? std::string() : format_percent(r, 1); };
  std::vector<std::vector<std::string>> records;
  for (const report_row& row : make_report(p, a, request)) {
    std::vector<std::string> fields{spec.units[row.unit].id,
                                    row.product == all_products ? "" : spec.products[row.product].id,
                                    row.period,
                                    format_units(row.target, 2),
                                    a ? format_units(row.actual, 2) : "",
                                    a ? format_units(row.variance, 2) : "",
                                    a ? percent(row.attainment) : ""};
    if (request.as_of) {
      fields.push_back(format_units(row.target_to_date.value(), 2));
      fields.push_back(a ? percent(row.attainment_to_date.value()) : "");
    }
    records.push_back(fields);
  }
  return records;
}

struct small_plan {
  plan p = plan::build(small_spec());
  actuals a = load_actuals_csv(p, small_actuals, "actuals.csv");
  unit_index_t index(const char* id) const { return p.unit_index(id).value(); }
};

TEST(plan_results, targets_only_by_month_at_level_one_by_default) {
  const small_plan s;
  const auto records = csv_records(run_plan({"plan.json", "--format", "csv"}), csv_header);
  EXPECT_EQ(records, expected_records(s.p, nullptr, {.m = measure::amount, .by = grouping::month, .level = 1}));
  // east and west, each with its three lines, twelve months: (2 + 6) * 12 records.
  EXPECT_EQ(records.size(), 96U);
}

// A company whose only child is its sales department: the regions under it are shown.
TEST(plan_results, the_default_level_is_the_first_that_branches) {
  plan_spec spec = small_spec();
  spec.units.insert(spec.units.begin() + 1, sales_unit{.id = "sales", .kind = unit_kind::department,
                                                       .parent = "company"});
  spec.units[2].parent = "sales";  // east
  spec.units[3].parent = "sales";  // west
  const plan p = plan::build(spec);
  const auto records = csv_records(run_plan({"plan.json", "--by", "year", "--format", "csv"}, spec), csv_header);
  EXPECT_EQ(records, expected_records(p, nullptr, {.m = measure::amount, .by = grouping::year, .level = 2}));
  ASSERT_FALSE(records.empty());
  EXPECT_EQ(records.front()[0], "east");

  // A chain of single units: level 1.
  plan_spec chain = small_spec();
  chain.units.resize(2);  // company, east
  chain.mix.clear();
  const plan c = plan::build(chain);
  EXPECT_EQ(csv_records(run_plan({"plan.json", "--by", "year", "--format", "csv"}, chain), csv_header),
            expected_records(c, nullptr, {.m = measure::amount, .by = grouping::year, .level = 1}));
  // The company alone: level 0.
  chain.units.resize(1);
  const plan alone = plan::build(chain);
  EXPECT_EQ(csv_records(run_plan({"plan.json", "--by", "year", "--format", "csv"}, chain), csv_header),
            expected_records(alone, nullptr, {.m = measure::amount, .by = grouping::year, .level = 0}));
}

TEST(plan_results, with_actuals_the_as_of_date_defaults_to_the_last_sale) {
  const small_plan s;
  ASSERT_EQ(s.a.last_date(), tandem::time::date::from_ymd(2026, 8, 31));
  const auto records =
      csv_records(run_plan({"plan.json", "--actuals", "actuals.csv", "--format", "csv"}), csv_header_to_date());
  EXPECT_EQ(records, expected_records(s.p, &s.a,
                                      {.m = measure::amount, .by = grouping::month, .level = 1,
                                       .as_of = tandem::time::date::from_ymd(2026, 8, 31)}));
}

TEST(plan_results, every_grouping_level_and_unit) {
  const small_plan s;
  for (const grouping by : {grouping::month, grouping::quarter, grouping::half, grouping::year}) {
    const std::string name(to_string(by));
    for (const int level : {0, 1, 2}) {
      const auto r = run_plan({"plan.json", "--actuals", "actuals.csv", "--as-of", "2026-10-15", "--by", name,
                               "--level", std::to_string(level), "--format", "csv"});
      EXPECT_EQ(csv_records(r, csv_header_to_date()),
                expected_records(s.p, &s.a,
                                 {.m = measure::amount, .by = by, .level = level,
                                  .as_of = tandem::time::date::from_ymd(2026, 10, 15)}))
          << name << " level " << level;
    }
    for (const char* unit : {"company", "west", "bob"}) {
      const auto r = run_plan({"plan.json", "--unit", unit, "--by", name, "--format", "csv"});
      EXPECT_EQ(csv_records(r, csv_header),
                expected_records(s.p, nullptr, {.m = measure::amount, .by = by, .unit = s.index(unit)}))
          << name << " " << unit;
    }
  }
}

TEST(plan_results, an_as_of_date_without_actuals_gives_targets_to_date_only) {
  const small_plan s;
  const auto records = csv_records(run_plan({"plan.json", "--as-of", "2026-05-10", "--by", "quarter", "--format", "csv"}),
                                   csv_header_to_date());
  EXPECT_EQ(records, expected_records(s.p, nullptr,
                                      {.m = measure::amount, .by = grouping::quarter, .level = 1,
                                       .as_of = tandem::time::date::from_ymd(2026, 5, 10)}));
  ASSERT_FALSE(records.empty());
  EXPECT_EQ(records.front()[4], "") << "no actual without --actuals";
  EXPECT_EQ(records.front()[8], "");
}

// Independent of make_report: the year's targets of the regions sum to the company's
// annual target, each region's to its own unit_total, and the actuals to what was sold.
TEST(plan_results, the_year_adds_up) {
  const small_plan s;
  const auto records = csv_records(
      run_plan({"plan.json", "--actuals", "actuals.csv", "--by", "year", "--format", "csv"}), csv_header_to_date());
  std::int64_t target = 0;
  std::int64_t actual = 0;
  for (const auto& record : records) {
    if (!record[1].empty()) continue;  // product lines: part of their unit's row
    EXPECT_EQ(record[2], "FY2027");
    EXPECT_EQ(record[3], format_units(s.p.unit_total(measure::amount, s.index(record[0].c_str())), 2));
    target += tandem::parse_units(record[3], 2);
    actual += tandem::parse_units(record[4], 2);
  }
  EXPECT_EQ(target, 120'000'000);
  EXPECT_EQ(actual, 1'000'000 + 2'500'050 + 3'000'000 - 50'000);
}

TEST(plan_results, west_does_not_sell_grinders) {
  const small_plan s;
  const auto records = csv_records(run_plan({"plan.json", "--unit", "west", "--by", "year", "--format", "csv"}),
                                   csv_header);
  ASSERT_EQ(records.size(), 4U);  // west, then its three lines
  EXPECT_EQ(records[3][1], "grinders");
  EXPECT_EQ(records[3][3], "0.00");
  EXPECT_EQ(records[3][6], "");
}

TEST(plan_results, standard_input) {
  const small_plan s;
  const auto r = run_plan({"-", "--by", "year", "--format", "csv"}, small_spec(), {}, save_plan_document(small_spec()));
  EXPECT_EQ(csv_records(r, csv_header),
            expected_records(s.p, nullptr, {.m = measure::amount, .by = grouping::year, .level = 1}));
  const auto a = run_plan({"plan.json", "--actuals", "-", "--by", "year", "--format", "csv"}, small_spec(), {},
                          small_actuals);
  EXPECT_EQ(csv_records(a, csv_header_to_date()),
            expected_records(s.p, &s.a,
                             {.m = measure::amount, .by = grouping::year, .level = 1, .as_of = s.a.last_date()}));
}

TEST(plan_results, quantity_plans) {
  plan_spec spec = small_spec();
  spec.targets[measure::quantity] = true;
  spec.quantity_scale = 0;
  spec.annual_target[measure::quantity] = 400;
  const plan p = plan::build(spec);
  const auto r = run_plan({"plan.json", "--measure", "quantity", "--by", "half", "--format", "csv"}, spec);
  std::vector<std::vector<std::string>> expected;
  for (const report_row& row : make_report(p, nullptr, {.m = measure::quantity, .by = grouping::half, .level = 1})) {
    expected.push_back({p.spec().units[row.unit].id,
                        row.product == all_products ? "" : p.spec().products[row.product].id, row.period,
                        std::to_string(row.target), "", "", ""});
  }
  EXPECT_EQ(csv_records(r, csv_header), expected);

  // A plan of quantities only reports them without --measure.
  spec.targets[measure::amount] = false;
  spec.annual_target[measure::amount] = 0;
  const auto only = run_plan({"plan.json", "--by", "year", "--format", "csv"}, spec);
  const auto records = csv_records(only, csv_header);
  ASSERT_FALSE(records.empty());
  const plan q = plan::build(spec);
  EXPECT_EQ(records.front()[0], "east");
  EXPECT_EQ(records.front()[3], std::to_string(q.unit_total(measure::quantity, q.unit_index("east").value())));
}

}  // namespace
