// `tandem catalog` as a table: every section in order, every entry's id with its
// text in the chosen language, the text column aligned within a block.
//
// Expectations: the section names and order are the documented ones (written out
// here); the entries are the library's catalog lists, which tests/org/catalog_test.cpp
// checks against data/domain/catalog.json.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cli/support/run_tandem.hpp"
#include "tandem/org/catalog.hpp"

namespace {

using namespace tandem::org;
using testing::HasSubstr;

cli_test::run_result run_catalog(const std::vector<std::string>& args) {
  const cli_test::scratch_dir dir;
  std::vector<std::string> full{"catalog"};
  full.insert(full.end(), args.begin(), args.end());
  return cli_test::run_tandem(full, dir);
}

// The lines that start a section: "== name: title ==".
std::vector<std::string> section_lines(const std::string& out) {
  std::vector<std::string> found;
  for (const std::string& line : cli_test::lines_of(out)) {
    if (line.starts_with("== ")) found.push_back(line);
  }
  return found;
}

// True if some line is exactly `id`, spaces, then `text` (top level or indented).
bool has_entry_line(const std::string& out, std::string_view id, std::string_view text) {
  for (const std::string& line : cli_test::lines_of(out)) {
    const std::size_t start = line.find_first_not_of(' ');
    if (start == std::string::npos || std::string_view(line).substr(start, id.size()) != id) continue;
    const std::size_t after = start + id.size();
    if (after >= line.size() || line[after] != ' ') continue;
    const std::size_t text_at = line.find_first_not_of(' ', after);
    if (text_at != std::string::npos && std::string_view(line).substr(text_at) == text) return true;
  }
  return false;
}

TEST(catalog_table, prints_every_section_in_the_documented_order) {
  const auto r = run_catalog({});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(section_lines(r.out),
            (std::vector<std::string>{"== org_units: Departments ==",
                                      "== roles: Roles ==",
                                      "== relations: Relations ==",
                                      "== marketing_responsibilities: Marketing department responsibilities ==",
                                      "== sales_responsibilities: Sales department responsibilities ==",
                                      "== lifecycle: Marketing focus by product lifecycle stage ==",
                                      "== information_flows: Information flows between marketing and sales ==",
                                      "== org_models: The four organisation models ==",
                                      "== capabilities: Capabilities of an industrial marketing department ==",
                                      "== comparison: How marketing and sales differ ==",
                                      "== time_horizons: Planning periods and time horizons ==",
                                      "== workflows: Workflows =="}));
  EXPECT_TRUE(r.out.starts_with("== org_units: Departments ==\n"));
}

TEST(catalog_table, english_is_the_default_and_lists_each_entry_with_its_text) {
  const auto r = run_catalog({});
  ASSERT_EQ(r.status, 0) << r.err;
  for (const org_unit& u : org_units()) EXPECT_TRUE(has_entry_line(r.out, u.id, u.en)) << u.id;
  for (const role& x : roles()) EXPECT_TRUE(has_entry_line(r.out, x.id, x.en)) << x.id;
  for (const relation& x : relations()) EXPECT_TRUE(has_entry_line(r.out, x.id, x.en)) << x.id;
  for (const sales_responsibility& x : sales_responsibilities()) EXPECT_TRUE(has_entry_line(r.out, x.id, x.en)) << x.id;
  for (const lifecycle_activity& x : lifecycle_activities()) EXPECT_TRUE(has_entry_line(r.out, x.id, x.en)) << x.id;
  for (const information_flow& x : other_information_flows()) EXPECT_TRUE(has_entry_line(r.out, x.id, x.en)) << x.id;
  for (const marketing_area& a : marketing_areas()) {
    EXPECT_TRUE(has_entry_line(r.out, a.id, std::to_string(a.number) + ". " + std::string(a.en))) << a.id;
    for (const marketing_duty& d : a.duties) {
      const std::string text = std::to_string(a.number) + "." + std::to_string(d.number) + " " + std::string(d.en);
      EXPECT_TRUE(has_entry_line(r.out, d.id, text)) << d.id;
    }
  }
  for (const information_flow& x : sales_to_marketing_reports()) {
    EXPECT_TRUE(has_entry_line(r.out, x.id, std::to_string(x.number) + ". " + std::string(x.en))) << x.id;
  }
  for (const capability& c : capabilities()) {
    EXPECT_TRUE(has_entry_line(r.out, c.id, std::string(c.symbol) + " " + std::string(c.en))) << c.id;
  }
}

TEST(catalog_table, zh_prints_the_chinese_texts) {
  const auto r = run_catalog({"--lang", "zh"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("== org_units: 部门 ==\n"));
  EXPECT_TRUE(has_entry_line(r.out, "org_marketing_department", "市场部"));
  EXPECT_TRUE(has_entry_line(r.out, "role_marketing_vp", "营销副总"));
  EXPECT_TRUE(has_entry_line(r.out, "mkt_resp_market_analysis", "1. 营销市场分析"));
  EXPECT_TRUE(has_entry_line(r.out, "org_model_1_marketing_equals_sales", "1. 市场部=销售部"));
  EXPECT_TRUE(has_entry_line(r.out, "lifecycle_introduction", "1. 导入期"));
  // Details use the same language: the alternatives 营销总监或营销副总.
  EXPECT_THAT(r.out, HasSubstr("直接上级: role_marketing_director 或 role_marketing_vp\n"));
  EXPECT_EQ(r.out.find("Marketing Department"), std::string::npos);
}

TEST(catalog_table, one_section_only) {
  const auto r = run_catalog({"--section", "org_units"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  // Written out by hand from the seed's structure: the division contains both
  // departments; marketing reports to the director or the VP and supervises five.
  EXPECT_EQ(r.out,
            "== org_units: Departments ==\n"
            "org_marketing_division    Marketing division (umbrella unit over the marketing and sales departments)\n"
            "org_marketing_department  Marketing Department\n"
            "                          part of: org_marketing_division\n"
            "                          reports to: role_marketing_director or role_marketing_vp\n"
            "                          supervises: role_business_supervisor, role_planning_supervisor, "
            "role_office_admin_supervisor, role_new_product_development_supervisor, role_distribution_supervisor\n"
            "org_sales_department      Sales Department\n"
            "                          part of: org_marketing_division\n");
}

TEST(catalog_table, section_names_are_case_insensitive_and_short_options_work) {
  const auto upper = run_catalog({"--section", "CAPABILITIES", "--lang", "ZH"});
  const auto lower = run_catalog({"-s", "capabilities", "-l", "zh", "-f", "table"});
  ASSERT_EQ(upper.status, 0) << upper.err;
  EXPECT_EQ(upper.out, lower.out);
  EXPECT_EQ(section_lines(upper.out), std::vector<std::string>{"== capabilities: 工业品市场部应具备的能力 =="});
}

TEST(catalog_table, nested_entries_are_indented_and_the_text_column_is_aligned) {
  const auto r = run_catalog({"--section", "marketing_responsibilities"});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::vector<std::string> lines = cli_test::lines_of(r.out);
  ASSERT_EQ(lines.size(), 1 + marketing_areas().size() + marketing_duties().size());
  // The widest id (with its indent) plus two spaces: where every text starts.
  std::size_t column = 0;
  for (const marketing_area& a : marketing_areas()) {
    column = std::max(column, a.id.size());
    for (const marketing_duty& d : a.duties) column = std::max(column, 2 + d.id.size());
  }
  column += 2;
  std::size_t line = 1;
  for (const marketing_area& a : marketing_areas()) {
    EXPECT_TRUE(lines[line].starts_with(std::string(a.id) + " ")) << lines[line];
    EXPECT_EQ(lines[line].substr(column), std::to_string(a.number) + ". " + std::string(a.en));
    ++line;
    for (const marketing_duty& d : a.duties) {
      EXPECT_TRUE(lines[line].starts_with("  " + std::string(d.id) + " ")) << lines[line];
      EXPECT_EQ(lines[line].substr(column),
                std::to_string(a.number) + "." + std::to_string(d.number) + " " + std::string(d.en));
      ++line;
    }
  }
}

TEST(catalog_table, information_flows_have_three_blocks) {
  const auto r = run_catalog({"--section", "information_flows"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("-- marketing -> sales: plans --\n"));
  EXPECT_THAT(r.out, HasSubstr("-- sales -> marketing: reports --\n"));
  EXPECT_THAT(r.out, HasSubstr("-- other flows (reference) --\n"));
  // The sub-item follows its plan, indented.
  const std::size_t plan = r.out.find("\nflow_m2s_02_promotion_and_pr_plan ");
  const std::size_t sub = r.out.find("\n  flow_m2s_02a_terminal_activation_check ");
  const std::size_t next = r.out.find("\nflow_m2s_03_pop_placement_plan ");
  ASSERT_NE(plan, std::string::npos);
  EXPECT_LT(plan, sub);
  EXPECT_LT(sub, next);
}

TEST(catalog_table, the_output_is_the_same_every_time) {
  EXPECT_EQ(run_catalog({}).out, run_catalog({}).out);
}

}  // namespace
