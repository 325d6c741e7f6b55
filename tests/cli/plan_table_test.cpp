// `tandem plan` as a table: aligned blocks (CJK characters two columns wide), the year
// first, product lines with their lifecycle stage under each unit, a totals row,
// labels and names in --lang.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "plan_test_support.hpp"
#include "tandem/core/amount.hpp"

namespace {

using namespace plan_test;  // NOLINT(google-build-using-namespace)
using testing::HasSubstr;

// Terminal columns, counted here independently of the CLI: the CJK ideographs and
// punctuation the table uses are two columns, everything else one.
std::size_t columns(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = byte >= 0xF0U ? 4 : byte >= 0xE0U ? 3 : byte >= 0xC0U ? 2 : 1;
    std::uint32_t cp = length == 1 ? byte : byte & (0x7FU >> length);
    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6U) | (static_cast<unsigned char>(text[i + k]) & 0x3FU);
    const bool wide = (cp >= 0x3000U && cp <= 0x303FU) || (cp >= 0x4E00U && cp <= 0x9FFFU) ||
                      (cp >= 0xFF00U && cp <= 0xFF60U);
    width += wide ? 2 : 1;
    i += length;
  }
  return width;
}

// "1234567.89" -> "1,234,567.89" (non-negative amounts).
std::string grouped(const std::string& decimal) {
  const std::size_t point = decimal.find('.');
  std::string out;
  for (std::size_t i = 0; i < point; ++i) {
    if (i > 0 && (point - i) % 3 == 0) out += ',';
    out += decimal[i];
  }
  return out + decimal.substr(point);
}

// The blocks of the output: runs of lines separated by blank lines.
std::vector<std::vector<std::string>> blocks_of(const std::string& out) {
  std::vector<std::vector<std::string>> blocks(1);
  for (const std::string& line : cli_test::lines_of(out)) {
    if (line.empty()) {
      blocks.emplace_back();
    } else {
      blocks.back().push_back(line);
    }
  }
  return blocks;
}

// Every line of a block's table (all but its heading) has the same width, none ends in
// a blank, and the widths agree from block to block.
void expect_aligned(const std::string& out) {
  const auto blocks = blocks_of(out);
  ASSERT_GE(blocks.size(), 2U) << out;
  EXPECT_EQ(blocks.front().size(), 1U) << "the title is one line";
  std::size_t width = 0;
  for (std::size_t b = 1; b < blocks.size(); ++b) {
    ASSERT_GE(blocks[b].size(), 4U) << "heading, header, rule, a row";
    for (std::size_t i = 1; i < blocks[b].size(); ++i) {
      const std::string& line = blocks[b][i];
      if (width == 0) width = columns(line);
      EXPECT_EQ(columns(line), width) << "block " << b << " line " << i << ":\n" << out;
      EXPECT_NE(line.back(), ' ') << line;
    }
  }
}

std::string table(const std::vector<std::string>& args) {
  const auto r = run_plan(args);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  return r.out;
}

TEST(plan_table, english_with_actuals) {
  const std::string out = table({"plan.json", "--actuals", "actuals.csv"});
  expect_aligned(out);
  const auto blocks = blocks_of(out);
  EXPECT_EQ(blocks[0][0], "Plan small_fy2027, FY2027 (2026-04-01..2027-03-31), amount CNY, as of 2026-08-31");
  // The year first, then the quarters (the table's default grouping).
  ASSERT_EQ(blocks.size(), 6U);
  EXPECT_EQ(blocks[1][0], "FY2027 (2026-04-01..2027-03-31)");
  EXPECT_EQ(blocks[2][0], "FY2027 Q1 (2026-04-01..2026-06-30)");
  EXPECT_EQ(blocks[5][0], "FY2027 Q4 (2027-01-01..2027-03-31)");
  EXPECT_THAT(blocks[1][1], testing::MatchesRegex(
                                "  unit / product line +stage +target +actual +variance +attainment +target to date "
                                "+attainment to date"));
  // The totals row of the year: the company's target, with thousands separators.
  const std::string& total = blocks[1].back();
  EXPECT_THAT(total, testing::StartsWith("  total "));
  EXPECT_THAT(total, HasSubstr(" 1,200,000.00 "));
  EXPECT_THAT(total, HasSubstr(" 64,500.50 "));  // 10000.00 + 25000.50 + 30000.00 - 500.00
  EXPECT_THAT(out, HasSubstr("    Lathes "));
  EXPECT_THAT(out, HasSubstr(" maturity "));
  EXPECT_THAT(out, HasSubstr(" growth "));
  EXPECT_THAT(out, HasSubstr(" decline "));
  EXPECT_THAT(out, HasSubstr("\n  west ")) << "no English name: the id";
}

TEST(plan_table, lines_a_unit_does_not_sell_are_left_out) {
  const auto blocks = blocks_of(table({"plan.json", "--by", "year"}));
  ASSERT_EQ(blocks.size(), 2U) << "by year: the year block only";
  std::vector<std::string> names;
  for (std::size_t i = 3; i < blocks[1].size(); ++i) {
    const std::string& line = blocks[1][i];
    if (line.starts_with("  -")) continue;  // the rule above the totals
    names.push_back(line.substr(0, line.find("  ", 4)));
  }
  EXPECT_EQ(names, (std::vector<std::string>{"  East", "    Lathes", "    Mills", "    Grinders", "  west",
                                             "    Lathes", "    Mills", "  total"}));
}

TEST(plan_table, chinese) {
  const std::string out = table({"plan.json", "--actuals", "actuals.csv", "--lang", "zh", "--by", "half"});
  expect_aligned(out);
  const auto blocks = blocks_of(out);
  EXPECT_EQ(blocks[0][0], "计划 small_fy2027，FY2027 (2026-04-01..2027-03-31)，金额 CNY，截至 2026-08-31");
  ASSERT_EQ(blocks.size(), 4U);
  EXPECT_EQ(blocks[2][0], "FY2027 H1 (2026-04-01..2026-09-30)");
  for (const char* text : {"单位 / 产品线", "阶段", "目标", "实际", "差额", "达成率", "截至目标", "截至达成率", "东区",
                           "西区", "车床", "成熟期", "铣床", "成长期", "磨床", "衰退期", "合计"}) {
    EXPECT_THAT(out, HasSubstr(text)) << text;
  }
  EXPECT_THAT(out, testing::Not(HasSubstr("maturity")));
}

TEST(plan_table, targets_only) {
  const std::string out = table({"plan.json", "--by", "month", "--level", "2"});
  expect_aligned(out);
  const auto blocks = blocks_of(out);
  EXPECT_EQ(blocks[0][0], "Plan small_fy2027, FY2027 (2026-04-01..2027-03-31), amount CNY, no actuals");
  EXPECT_EQ(blocks.size(), 14U) << "the year and twelve months";
  EXPECT_THAT(blocks[1][1], testing::MatchesRegex("  unit / product line +stage +target"));
  EXPECT_THAT(out, HasSubstr("\n  Alice "));
  EXPECT_THAT(out, HasSubstr("\n  Carol "));
  EXPECT_THAT(blocks[1].back(), testing::MatchesRegex("  total +1,200,000.00"));
}

TEST(plan_table, one_unit_has_no_totals_row) {
  const std::string out = table({"plan.json", "--unit", "bob", "--as-of", "2026-06-15"});
  expect_aligned(out);
  EXPECT_THAT(out, testing::Not(HasSubstr("total ")));
  EXPECT_THAT(blocks_of(out)[1][1], testing::MatchesRegex("  unit / product line +stage +target +target to date"));
  const plan p = plan::build(small_spec());
  const std::string bob = grouped(tandem::format_units(p.unit_total(measure::amount, p.unit_index("bob").value()), 2));
  EXPECT_THAT(blocks_of(out)[1][3], testing::StartsWith("  Bob "));
  EXPECT_THAT(blocks_of(out)[1][3], HasSubstr(" " + bob + " "));
}

}  // namespace
