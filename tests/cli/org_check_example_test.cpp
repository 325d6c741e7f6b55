// `tandem org check` on the shipped example (examples/org/company.json): Huadong
// Precision Machinery, fiscal year from 1 April, checked on 2026-09-25. Every figure
// below was worked out by hand from the example's deliveries (see the comments).
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/support/run_tandem.hpp"

namespace {

using testing::HasSubstr;

const std::string example = std::string(TANDEM_EXAMPLES_DIR) + "/org/company.json";

cli_test::run_result check(std::vector<std::string> extra) {
  const cli_test::scratch_dir dir;
  std::vector<std::string> args{"org", "check", example, "--as-of", "2026-09-25"};
  args.insert(args.end(), extra.begin(), extra.end());
  return cli_test::run_tandem(args, dir);
}

// The lines of the section that starts with `heading`, up to the blank line after it.
std::vector<std::string> section(const std::string& out, const std::string& heading) {
  const std::vector<std::string> all = cli_test::lines_of(out);
  auto it = std::find(all.begin(), all.end(), heading);
  if (it == all.end()) return {"<no section '" + heading + "'>"};
  const auto end = std::find(it, all.end(), std::string());
  return {it + 1, end};
}

using lines = std::vector<std::string>;

TEST(org_check_example, runs_model_4) {
  const auto r = check({});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(section(r.out, "Organisation model"),
            lines{"  4  Marketing department performs support and management functions towards the sales department"});
  const lines reasons = section(r.out, "Reasons");
  ASSERT_EQ(reasons.size(), 6U);
  EXPECT_THAT(reasons[0], testing::StartsWith("  marketing_independent_of_sales    Marketing Department "));
  EXPECT_EQ(reasons[1], "                                    ids: org_marketing_department, org_sales_department");
  EXPECT_THAT(reasons[2], testing::StartsWith("  marketing_owns_management_duties  The marketing side owns 5 of the 5"));
  EXPECT_THAT(reasons[4], testing::StartsWith("  marketing_owns_support_duties     The marketing side owns 8 of the 8"));
  EXPECT_EQ(section(r.out, "Changes towards model 4"), lines{"  (none)"});
}

TEST(org_check_example, shows_the_gap_and_the_double_owner) {
  const auto r = check({});
  // Nobody supervises sales payments: finance thinks sales does, sales thinks finance does.
  EXPECT_EQ(section(r.out, "Unowned duties"),
            lines{"  mkt_resp_marketing_plan_07_sales_payment_supervision  Supervision of sales payments (collection of "
                  "receivables)"});
  // ... while collecting them is owned twice.
  EXPECT_EQ(section(r.out, "Duties owned more than once"),
            (lines{"  sales_resp_payment_collection  Collect payment successfully (回款), realising the value of the goods",
                   "                                 owners: org_sales_department, finance_department"}));
}

TEST(org_check_example, lists_what_falls_due_in_september) {
  const auto r = check({});
  // Reports on August are due 5 days after it (2026-09-05); plans for October 5 days
  // before it (2026-09-26); the Q3 market-share plan 10 days before Q3 (2026-09-21);
  // the trade fair's promotion plan 21 days before it opens on 2026-09-22.
  // Missing: as of 2026-09-25 minus due 2026-09-05 = 20 days.
  EXPECT_EQ(
      section(r.out, "Due in 2026-09 (2026-09-01..2026-09-30), as of 2026-09-25"),
      (lines{
          "  due         item                                     occurrence  responsible               recipient                 status   days late  name",
          "  2026-09-01  flow_m2s_02_promotion_and_pr_plan        ciif_2026   org_marketing_department  org_sales_department      on time          0  Promotional-activity / PR-activity plans and arrangements",
          "  2026-09-03  monthly_market_analysis                  2026-08     role_planning_supervisor  -                         on time          0  Monthly market analysis report",
          "  2026-09-05  flow_s2m_01_terminal_display             2026-08     org_sales_department      org_marketing_department  on time          0  Product display status at terminals (points of sale)",
          "  2026-09-05  flow_s2m_02_merchandising                2026-08     org_sales_department      org_marketing_department  on time          0  Product merchandising (shelf stocking and arrangement) status",
          "  2026-09-05  flow_s2m_03_pop_distribution             2026-08     org_sales_department      org_marketing_department  on time          0  POP material distribution status",
          "  2026-09-05  flow_s2m_05_terminal_sales               2026-08     org_sales_department      org_marketing_department  on time          0  Terminal (point-of-sale) sales status",
          "  2026-09-05  flow_s2m_06_terminal_promotion_feedback  2026-08     org_sales_department      org_marketing_department  missing         20  Feedback on terminal promotion information",
          "  2026-09-05  flow_s2m_07_regional_sales               2026-08     org_sales_department      org_marketing_department  on time          0  Regional sales status",
          "  2026-09-05  flow_s2m_08_competitor_brand_feedback    2026-08     org_sales_department      org_marketing_department  late             5  Feedback on competing brands' market information",
          "  2026-09-05  flow_s2m_09_customer_feedback            2026-08     org_sales_department      org_marketing_department  missing         20  Customer feedback",
          "  2026-09-21  flow_m2s_05_market_share_and_brand_plan  FY2027 Q3   org_marketing_department  org_sales_department      late             3  Product market-share and brand-promotion plan",
          "  2026-09-26  flow_m2s_01_sales_promotion_plan         2026-10     org_marketing_department  org_sales_department      on time          0  Sales promotion plan",
          "  2026-09-26  flow_m2s_03_pop_placement_plan           2026-10     org_marketing_department  org_sales_department      pending          0  POP (point-of-purchase material) placement plan"}));
}

TEST(org_check_example, loop_health_of_september) {
  const auto r = check({});
  // marketing -> sales: 4 due; on time the fair plan and October's promotion plan
  // (delivered 09-24), late the Q3 plan, pending October's POP plan: 2 / 3 = 66.7%.
  // sales -> marketing: 8 August reports; 5 on time, 1 late, 2 missing: 5 / 8 = 62.5%.
  EXPECT_EQ(section(r.out, "Loop health 2026-09, as of 2026-09-25"),
            (lines{"  direction           due  on time  late  missing  pending  on time %",
                   "  marketing -> sales    4        2     1        0        1      66.7%",
                   "  sales -> marketing    8        5     1        2        0      62.5%"}));
}

TEST(org_check_example, loop_health_of_the_quarter) {
  const auto r = check({"--period", "quarter"});
  ASSERT_EQ(r.status, 0) << r.err;
  // FY2027 Q2 = July..September. marketing -> sales: plans for August, September and
  // October (2 each), the fair plan and the Q3 plan = 8; late: September's POP plan
  // (08-31 for 08-27) and the Q3 plan; pending: October's POP plan: 5 / 7 = 71.4%.
  // sales -> marketing: 8 monthly reports on June, July, August + the Q1 outlet
  // report = 25; late: June's terminal sales (07-07 for 07-05), August's competitor
  // feedback; missing: June's customer feedback, August's promotion and customer
  // feedback: 20 / 25 = 80.0%.
  EXPECT_EQ(section(r.out, "Loop health FY2027 Q2, as of 2026-09-25"),
            (lines{"  direction           due  on time  late  missing  pending  on time %",
                   "  marketing -> sales    8        5     2        0        1      71.4%",
                   "  sales -> marketing   25       20     2        3        0      80.0%"}));
}

TEST(org_check_example, a_week_without_reports_has_no_percentage) {
  const auto r = check({"--period", "week"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(section(r.out, "Loop health 2026-W39, as of 2026-09-25"),
            (lines{"  direction           due  on time  late  missing  pending  on time %",
                   "  marketing -> sales    3        1     1        0        1      50.0%",
                   "  sales -> marketing    0        0     0        0        0          -"}));
}

TEST(org_check_example, in_chinese) {
  const auto r = check({"--lang", "zh"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(section(r.out, "组织模式"), lines{"  4  市场部对销售部履行支持和管理职能"});
  EXPECT_EQ(section(r.out, "向模式4的调整"), lines{"  (无)"});
  // Columns are aligned by display width: 按时 takes four cells like "状态" in the heading.
  const lines health = section(r.out, "闭环健康度 2026-09, 截至 2026-09-25");
  EXPECT_EQ(health, (lines{"  方向              到期  按时  逾期  缺失  待交  按时率",
                           "  市场部 -> 销售部     4     2     1     0     1   66.7%",
                           "  销售部 -> 市场部     8     5     1     2     0   62.5%"}));
  const lines due = section(r.out, "到期事项 2026-09 (2026-09-01..2026-09-30), 截至 2026-09-25");
  ASSERT_EQ(due.size(), 14U);
  EXPECT_EQ(due[7], "  2026-09-05  flow_s2m_06_terminal_promotion_feedback  2026-08    org_sales_department      "
                    "org_marketing_department  缺失        20  终端促销信息反馈");
}

TEST(org_check_example, reads_standard_input) {
  std::ifstream in(example, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({"org", "check", "-", "--as-of", "2026-09-25"}, dir, text.str());
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, check({}).out);
}

// Today in UTC as "YYYY-MM-DD" (the system clock counts days from 1970-01-01, UTC).
std::string utc_today() {
  const auto day = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return text;
}

TEST(org_check_example, without_as_of_it_uses_today) {
  const cli_test::scratch_dir dir;
  // The run may cross midnight (UTC): its day is the one before it or the one after.
  const std::string before = utc_today();
  const auto r = cli_test::run_tandem({"org", "check", example}, dir);
  const std::string after = utc_today();
  ASSERT_EQ(r.status, 0) << r.err;
  // "Loop health 2026-09, as of 2026-09-25": the month containing the day, then the day.
  const auto heading = [](const std::string& day) {
    return "\nLoop health " + day.substr(0, 7) + ", as of " + day + "\n";
  };
  EXPECT_TRUE(r.out.find(heading(before)) != std::string::npos || r.out.find(heading(after)) != std::string::npos)
      << "expected the heading for " << before << " or " << after << " in:\n"
      << r.out;
  EXPECT_THAT(r.out, testing::AnyOf(HasSubstr("), as of " + before + "\n"), HasSubstr("), as of " + after + "\n")));
}

}  // namespace
