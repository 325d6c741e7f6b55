// Tests for the schedule of tandem/org/loop_schedule.hpp: which obligations fall due in
// a range and in what order (known results computed by hand on a fiscal year starting
// in April and on the gregorian calendar), their status on a day, and the loop's health.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "org/fixtures/loop_schedules.hpp"
#include "tandem/core/error.hpp"
#include "tandem/org/loop_schedule.hpp"
#include "time/support/expect_error.hpp"

namespace {

using namespace tandem::org;
using namespace tandem::org::testing;
using tandem::errc;
using tandem::time::fiscal_calendar;
using tandem::time::period_kind;
using tandem::time::testing::caught;
using strings = std::vector<std::string>;

const strings report_ids{"flow_s2m_01_terminal_display", "flow_s2m_02_merchandising",
                         "flow_s2m_03_pop_distribution", "flow_s2m_04_outlet_development_coverage",
                         "flow_s2m_05_terminal_sales",   "flow_s2m_06_terminal_promotion_feedback",
                         "flow_s2m_07_regional_sales",   "flow_s2m_08_competitor_brand_feedback",
                         "flow_s2m_09_customer_feedback"};
const strings monthly_plan_ids{"flow_m2s_01_sales_promotion_plan", "flow_m2s_02_promotion_and_pr_plan",
                               "flow_m2s_03_pop_placement_plan", "flow_m2s_05_market_share_and_brand_plan"};

strings lines(const strings& ids, const std::string& occurrence, const std::string& due) {
  strings out;
  for (const std::string& id : ids) out.push_back("flow " + id + " " + occurrence + " " + due);
  return out;
}

strings concat(std::initializer_list<strings> parts) {
  strings out;
  for (const strings& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

// ---- due_in: the standard flows ----

TEST(loop_schedule_due_in, april_lists_marchs_reports_then_mays_plans) {
  const loop_schedule s = standard_loop();
  const std::vector<obligation> due = s.due_in(month_of(2027, 4));
  // Reports on March are due 31 March + 5 = 5 April; plans for May 1 May - 5 = 26 April.
  EXPECT_EQ(summary(due),
            concat({lines(report_ids, "2027-03", "2027-04-05"), lines(monthly_plan_ids, "2027-05", "2027-04-26")}));
  const obligation& report = due[6];
  EXPECT_EQ(report.kind, item_kind::flow);
  EXPECT_EQ(report.item_id, "flow_s2m_07_regional_sales");
  EXPECT_EQ(report.covers, month_of(2027, 3));
  EXPECT_EQ(report.responsible_ids, strings{"org_sales_department"});
  EXPECT_EQ(report.recipient_ids, strings{"org_marketing_department"});
  EXPECT_EQ(report.direction, flow_direction::sales_to_marketing);
  const obligation& plan = due[9];
  EXPECT_EQ(plan.covers, month_of(2027, 5));
  EXPECT_EQ(plan.responsible_ids, strings{"org_marketing_department"});
  EXPECT_EQ(plan.recipient_ids, strings{"org_sales_department"});
  EXPECT_EQ(plan.direction, flow_direction::marketing_to_sales);
}

TEST(loop_schedule_due_in, a_report_due_after_its_month_is_listed_in_the_next_month_only) {
  const loop_schedule s = standard_loop();
  for (const obligation& o : s.due_in(month_of(2027, 4))) EXPECT_NE(o.occurrence, "2027-04") << o.item_id;
  const std::vector<obligation> may = s.due_in(month_of(2027, 5));
  ASSERT_EQ(may.size(), 13U);
  EXPECT_EQ(may[0].occurrence, "2027-04");
  EXPECT_EQ(may[0].due, ymd(2027, 5, 5));
  // A plan due before its month is listed in the month before.
  EXPECT_EQ(may[12].occurrence, "2027-06");
  EXPECT_EQ(may[12].due, ymd(2027, 5, 27));
}

TEST(loop_schedule_due_in, yearly_targets_fall_due_thirty_days_before_the_fiscal_year) {
  const loop_schedule s = standard_loop();
  // FY2028 starts 2027-04-01; minus 30 days is 2027-03-02.
  EXPECT_EQ(summary(s.due_in(month_of(2027, 3))), concat({{"flow flow_m2s_04_sales_targets FY2028 2027-03-02"},
                                                          lines(report_ids, "2027-02", "2027-03-05"),
                                                          lines(monthly_plan_ids, "2027-04", "2027-03-27")}));
  const std::vector<obligation> day = s.due_in(days(ymd(2027, 3, 2), ymd(2027, 3, 2)));
  ASSERT_EQ(day.size(), 1U);
  EXPECT_EQ(day[0].covers, days(ymd(2027, 4, 1), ymd(2028, 3, 31)));

  // Gregorian: 2027 starts on 1 January, so its targets are due 2026-12-02.
  const loop_schedule g = standard_loop(fiscal_calendar::gregorian());
  EXPECT_EQ(summary(g.due_in(month_of(2026, 12))), concat({{"flow flow_m2s_04_sales_targets 2027 2026-12-02"},
                                                           lines(report_ids, "2026-11", "2026-12-05"),
                                                           lines(monthly_plan_ids, "2027-01", "2026-12-27")}));
  EXPECT_EQ(g.due_in(days(ymd(2026, 12, 2), ymd(2026, 12, 2)))[0].covers, days(ymd(2027, 1, 1), ymd(2027, 12, 31)));
}

TEST(loop_schedule_due_in, a_fiscal_year_lists_each_occurrence_once_in_due_order) {
  const loop_schedule s = standard_loop();
  const std::vector<obligation> year = s.due_in(days(ymd(2027, 4, 1), ymd(2028, 3, 31)));
  // 9 reports x 12 months (2027-03..2028-02), 4 plans x 12 months (2027-05..2028-04),
  // and the FY2029 targets due 2028-03-02.
  ASSERT_EQ(year.size(), 9U * 12 + 4 * 12 + 1);
  strings regional;
  strings promotion;
  for (const obligation& o : year) {
    if (o.item_id == "flow_s2m_07_regional_sales") regional.push_back(o.occurrence);
    if (o.item_id == "flow_m2s_01_sales_promotion_plan") promotion.push_back(o.occurrence);
  }
  EXPECT_EQ(regional, (strings{"2027-03", "2027-04", "2027-05", "2027-06", "2027-07", "2027-08", "2027-09", "2027-10",
                               "2027-11", "2027-12", "2028-01", "2028-02"}));
  EXPECT_EQ(promotion, (strings{"2027-05", "2027-06", "2027-07", "2027-08", "2027-09", "2027-10", "2027-11", "2027-12",
                                "2028-01", "2028-02", "2028-03", "2028-04"}));
  // The whole list is April's, then May's, ... then March's (with the targets first).
  std::vector<obligation> months;
  for (int m = 0; m < 12; ++m) {
    const int y = m < 9 ? 2027 : 2028;
    const std::vector<obligation> part = s.due_in(month_of(y, (m + 3) % 12 + 1));
    months.insert(months.end(), part.begin(), part.end());
  }
  EXPECT_EQ(months, year);
  EXPECT_EQ(year[year.size() - 14].item_id, "flow_m2s_04_sales_targets");
  EXPECT_EQ(year[year.size() - 14].occurrence, "FY2029");
}

TEST(loop_schedule_due_in, weekly_items_follow_iso_weeks) {
  loop_schedule s = empty_loop();
  s.add_flow(
      host_flow("weekly_pipeline", flow_direction::sales_to_marketing, cadence::weekly, due_anchor::period_end, 1));
  // Weeks end on Sundays 4, 11, 18, 25 April 2027 (and 28 March, 2 May): due the Monday after.
  EXPECT_EQ(summary(s.due_in(month_of(2027, 4))),
            (strings{"flow weekly_pipeline 2027-W13 2027-04-05", "flow weekly_pipeline 2027-W14 2027-04-12",
                     "flow weekly_pipeline 2027-W15 2027-04-19", "flow weekly_pipeline 2027-W16 2027-04-26"}));
  EXPECT_EQ(s.due_in(month_of(2027, 4))[0].covers, days(ymd(2027, 3, 29), ymd(2027, 4, 4)));
  // A weekly plan due 3 days before the week starts (the Friday before).
  s.add_flow(
      host_flow("weekly_brief", flow_direction::marketing_to_sales, cadence::weekly, due_anchor::period_start, -3));
  EXPECT_EQ(summary(s.due_in(days(ymd(2027, 4, 2), ymd(2027, 4, 5)))),
            (strings{"flow weekly_brief 2027-W14 2027-04-02", "flow weekly_pipeline 2027-W13 2027-04-05"}));
}

TEST(loop_schedule_due_in, quarters_and_halves_of_the_fiscal_year) {
  loop_schedule s = empty_loop();
  s.add_flow(
      host_flow("quarter_review", flow_direction::sales_to_marketing, cadence::quarterly, due_anchor::period_end, 10));
  s.add_flow(
      host_flow("half_plan", flow_direction::marketing_to_sales, cadence::half_yearly, due_anchor::period_start, -20));
  // FY2028 Q1 = April..June 2027, due 10 July; H2 = October 2027..March 2028, due 1 October - 20 = 11 September.
  EXPECT_EQ(summary(s.due_in(days(ymd(2027, 7, 1), ymd(2027, 9, 30)))),
            (strings{"flow quarter_review FY2028 Q1 2027-07-10", "flow half_plan FY2028 H2 2027-09-11"}));
  EXPECT_EQ(s.due_in(days(ymd(2027, 9, 11), ymd(2027, 9, 11)))[0].covers, days(ymd(2027, 10, 1), ymd(2028, 3, 31)));
}

TEST(loop_schedule_due_in, per_campaign_items_fall_due_once_per_campaign) {
  loop_schedule s = empty_loop();
  s.add_flow(host_flow("campaign_plan", flow_direction::marketing_to_sales, cadence::per_campaign,
                       due_anchor::period_start, -14));
  s.add_flow(host_flow("campaign_report", flow_direction::sales_to_marketing, cadence::per_campaign,
                       due_anchor::period_end, 7));
  s.add_campaign({.id = "spring_fair", .en = "Spring fair", .dates = days(ymd(2027, 4, 10), ymd(2027, 4, 20))});
  s.add_campaign({.id = "summer_promo", .en = "Summer promotion", .dates = month_of(2027, 6)});
  s.add_campaign({.id = "store_opening", .en = "Store opening", .dates = days(ymd(2027, 4, 10), ymd(2027, 4, 12))});
  const std::vector<obligation> due = s.due_in(days(ymd(2027, 3, 1), ymd(2027, 7, 31)));
  EXPECT_EQ(summary(due),
            (strings{"flow campaign_plan spring_fair 2027-03-27", "flow campaign_plan store_opening 2027-03-27",
                     "flow campaign_report store_opening 2027-04-19", "flow campaign_report spring_fair 2027-04-27",
                     "flow campaign_plan summer_promo 2027-05-18", "flow campaign_report summer_promo 2027-07-07"}));
  EXPECT_EQ(due[3].covers, days(ymd(2027, 4, 10), ymd(2027, 4, 20)));
  EXPECT_TRUE(s.due_in(days(ymd(2027, 7, 8), ymd(2030, 1, 1))).empty());
}

TEST(loop_schedule_due_in, duties_come_after_flows_due_the_same_day_and_name_their_owners) {
  loop_schedule s = empty_loop();
  s.schedule_duty({.duty_id = "mkt_resp_market_analysis_01_trends_and_customer_relations",
                   .every = cadence::monthly,
                   .due = {.anchor = due_anchor::period_end, .offset_days = 5}});
  s.schedule_duty({.duty_id = "mkt_resp_marketing_plan_07_sales_payment_supervision",
                   .every = cadence::monthly,
                   .due = {.anchor = due_anchor::period_end, .offset_days = 10}});
  s.schedule_duty({.duty_id = "mkt_resp_org_actions_04_mobilise_review_reward",
                   .every = cadence::yearly,
                   .due = {.anchor = due_anchor::period_start, .offset_days = -30}});
  s.add_flow({.id = "flow_s2m_07_regional_sales", .due = {.anchor = due_anchor::period_end, .offset_days = 5}});
  const std::vector<obligation> due = s.due_in(days(ymd(2027, 3, 1), ymd(2027, 4, 10)));
  EXPECT_EQ(summary(due), (strings{"duty mkt_resp_org_actions_04_mobilise_review_reward FY2028 2027-03-02",
                                   "flow flow_s2m_07_regional_sales 2027-02 2027-03-05",
                                   "duty mkt_resp_market_analysis_01_trends_and_customer_relations 2027-02 2027-03-05",
                                   "duty mkt_resp_marketing_plan_07_sales_payment_supervision 2027-02 2027-03-10",
                                   "flow flow_s2m_07_regional_sales 2027-03 2027-04-05",
                                   "duty mkt_resp_market_analysis_01_trends_and_customer_relations 2027-03 2027-04-05",
                                   "duty mkt_resp_marketing_plan_07_sales_payment_supervision 2027-03 2027-04-10"}));
  EXPECT_EQ(due[0].responsible_ids, strings{});  // unowned
  EXPECT_EQ(due[2].responsible_ids, strings{"role_planning_supervisor"});
  EXPECT_EQ(due[3].responsible_ids, (strings{"role_office_admin_supervisor", "finance_department"}));
  for (const obligation& o : due)
    if (o.kind == item_kind::duty) {
      EXPECT_TRUE(o.recipient_ids.empty());
      EXPECT_EQ(o.direction, flow_direction::marketing_to_sales);
    }
}

TEST(loop_schedule_due_in, ranges_at_the_ends_of_the_supported_dates_never_throw) {
  loop_schedule s = standard_loop();
  s.add_flow(
      host_flow("weekly_pipeline", flow_direction::sales_to_marketing, cadence::weekly, due_anchor::period_end, 366));
  s.add_flow(
      host_flow("half_plan", flow_direction::marketing_to_sales, cadence::half_yearly, due_anchor::period_start, -366));
  const auto count = [](const std::vector<obligation>& v, std::string_view id) {
    return std::count_if(v.begin(), v.end(), [&](const obligation& o) { return o.item_id == id; });
  };
  // 1400: FY1400 (from 1399-04-01) is unsupported. Reports on 1400-01..1400-11, plans
  // for 1400-02..1401-01, the FY1401 targets (due 1400-03-02).
  const std::vector<obligation> first = s.due_in(days(ymd(1400, 1, 1), ymd(1400, 12, 31)));
  EXPECT_EQ(count(first, "flow_s2m_07_regional_sales"), 11);
  EXPECT_EQ(count(first, "flow_m2s_01_sales_promotion_plan"), 12);
  EXPECT_EQ(count(first, "flow_m2s_04_sales_targets"), 1);
  // FY1402 H1 and H2, due 1400-03-31 and 1400-09-30; FY1401 H2 was due 1399-09-30.
  EXPECT_EQ(count(first, "half_plan"), 2);
  EXPECT_EQ(count(first, "weekly_pipeline"), 0);  // weeks due in 1400 end in 1399
  EXPECT_EQ(first.front().occurrence, "1400-02");
  EXPECT_EQ(first.front().due, ymd(1400, 1, 27));
  // 9999: reports on 9998-12..9999-11, plans for 9999-02..9999-12, no targets (FY9999
  // was due in 9998, FY10000 is unsupported).
  const std::vector<obligation> last = s.due_in(days(ymd(9999, 1, 1), ymd(9999, 12, 31)));
  EXPECT_EQ(count(last, "flow_s2m_07_regional_sales"), 12);
  EXPECT_EQ(count(last, "flow_m2s_01_sales_promotion_plan"), 11);
  EXPECT_EQ(count(last, "flow_m2s_04_sales_targets"), 0);
  // Weeks ending on the Sundays 9998-01-04 .. 9998-12-27 (due 366 days later).
  EXPECT_EQ(count(last, "weekly_pipeline"), 52);
  EXPECT_EQ(last.back().item_id, "weekly_pipeline");
  EXPECT_EQ(last.back().due, ymd(9999, 12, 28));  // 9998-12-27 + 366
}

TEST(loop_schedule_due_in, a_reversed_range_is_an_error) {
  const loop_schedule s = standard_loop();
  const auto reversed = days(ymd(2027, 5, 1), ymd(2027, 4, 30));
  const std::string message = "date range ends (2027-04-30) before it starts (2027-05-01)";
  for (const tandem::error& e :
       {caught([&] { (void)s.due_in(reversed); }), caught([&] { (void)s.status(reversed, ymd(2027, 5, 1)); }),
        caught([&] { (void)s.health(reversed, ymd(2027, 5, 1)); }),
        caught([&] { (void)s.health_by_period(reversed, period_kind::month, ymd(2027, 5, 1)); })}) {
    EXPECT_EQ(e.code(), errc::invalid_argument);
    EXPECT_EQ(std::string(e.what()), message);
  }
}

// ---- status ----

loop_schedule regional_reports() {
  loop_schedule s = empty_loop();
  s.add_flow({.id = "flow_s2m_07_regional_sales", .due = {.anchor = due_anchor::period_end, .offset_days = 5}});
  s.record_delivery({"flow_s2m_07_regional_sales", "2026-12", ymd(2027, 1, 5), "zhang_wei"});  // on the due day
  s.record_delivery({"flow_s2m_07_regional_sales", "2027-01", ymd(2027, 2, 3), "zhang_wei"});  // 2 days early
  s.record_delivery({"flow_s2m_07_regional_sales", "2027-02", ymd(2027, 3, 8), "li_na"});      // 3 days late
  s.record_delivery({"flow_s2m_07_regional_sales", "2027-04", ymd(2027, 5, 2), "zhang_wei"});  // after as_of below
  return s;  // 2027-03: never delivered
}

TEST(loop_schedule_status, on_time_late_missing_and_pending_with_exact_days) {
  const loop_schedule s = regional_reports();
  const std::vector<obligation_state> st = s.status(days(ymd(2027, 1, 1), ymd(2027, 5, 31)), ymd(2027, 4, 10));
  ASSERT_EQ(st.size(), 5U);
  EXPECT_EQ(st[0].what.occurrence, "2026-12");
  EXPECT_EQ(st[0].status, obligation_status::on_time);
  EXPECT_EQ(st[0].days_late, 0);
  EXPECT_EQ(st[0].delivered, (delivery{"flow_s2m_07_regional_sales", "2026-12", ymd(2027, 1, 5), "zhang_wei"}));
  EXPECT_EQ(st[1].status, obligation_status::on_time);
  EXPECT_EQ(st[1].days_late, 0);
  EXPECT_EQ(st[2].what.occurrence, "2027-02");
  EXPECT_EQ(st[2].status, obligation_status::late);
  EXPECT_EQ(st[2].days_late, 3);
  EXPECT_EQ(st[2].delivered->by, "li_na");
  EXPECT_EQ(st[3].what.occurrence, "2027-03");
  EXPECT_EQ(st[3].status, obligation_status::missing);
  EXPECT_EQ(st[3].days_late, 5);  // due 2027-04-05, as of 2027-04-10
  EXPECT_EQ(st[3].delivered, std::nullopt);
  EXPECT_EQ(st[4].what.occurrence, "2027-04");
  EXPECT_EQ(st[4].status, obligation_status::pending);  // its delivery on 2027-05-02 is after as_of
  EXPECT_EQ(st[4].days_late, 0);
  EXPECT_EQ(st[4].delivered, std::nullopt);
  for (std::size_t i = 0; i < st.size(); ++i)
    EXPECT_EQ(st[i].what, s.due_in(days(ymd(2027, 1, 1), ymd(2027, 5, 31)))[i]);
}

TEST(loop_schedule_status, as_of_decides_what_is_seen) {
  const loop_schedule s = regional_reports();
  const auto march_report = days(ymd(2027, 4, 5), ymd(2027, 4, 5));
  // On the due day an undelivered report is still pending; the day after it is missing.
  EXPECT_EQ(s.status(march_report, ymd(2027, 4, 5))[0].status, obligation_status::pending);
  EXPECT_EQ(s.status(march_report, ymd(2027, 4, 6))[0].status, obligation_status::missing);
  EXPECT_EQ(s.status(march_report, ymd(2027, 4, 6))[0].days_late, 1);
  EXPECT_EQ(s.status(march_report, ymd(2027, 5, 10))[0].days_late, 35);
  // The April report: pending before its delivery, on time once as_of reaches it.
  const auto april_report = days(ymd(2027, 5, 5), ymd(2027, 5, 5));
  EXPECT_EQ(s.status(april_report, ymd(2027, 5, 1))[0].status, obligation_status::pending);
  EXPECT_EQ(s.status(april_report, ymd(2027, 5, 2))[0].status, obligation_status::on_time);
  // The late February report, seen before it was delivered: missing, counted to as_of.
  const auto february_report = days(ymd(2027, 3, 5), ymd(2027, 3, 5));
  EXPECT_EQ(s.status(february_report, ymd(2027, 3, 7))[0].status, obligation_status::missing);
  EXPECT_EQ(s.status(february_report, ymd(2027, 3, 7))[0].days_late, 2);
  EXPECT_EQ(s.status(february_report, ymd(2027, 3, 8))[0].status, obligation_status::late);
  EXPECT_EQ(s.status(february_report, ymd(2027, 3, 8))[0].days_late, 3);
  EXPECT_EQ(s.status(february_report, ymd(2030, 1, 1))[0].days_late, 3);
  // Long before anything was due: all pending.
  for (const obligation_state& x : s.status(days(ymd(2027, 1, 1), ymd(2027, 5, 31)), ymd(2026, 1, 1)))
    EXPECT_EQ(x.status, obligation_status::pending);
}

// ---- health ----

loop_schedule april_loop() {
  loop_schedule s = standard_loop();
  s.schedule_duty({.duty_id = "key_account_review", .due = {.anchor = due_anchor::period_end, .offset_days = 5}});
  const auto deliver = [&](const char* id, const char* occurrence, tandem::time::date on) {
    s.record_delivery({id, occurrence, on, "zhao_lei"});
  };
  deliver("flow_s2m_01_terminal_display", "2027-03", ymd(2027, 4, 3));        // on time
  deliver("flow_s2m_02_merchandising", "2027-03", ymd(2027, 4, 5));           // on time
  deliver("flow_s2m_03_pop_distribution", "2027-03", ymd(2027, 4, 7));        // late
  deliver("flow_m2s_01_sales_promotion_plan", "2027-05", ymd(2027, 4, 20));   // on time
  deliver("flow_m2s_02_promotion_and_pr_plan", "2027-05", ymd(2027, 4, 26));  // on time
  deliver("flow_m2s_03_pop_placement_plan", "2027-05", ymd(2027, 4, 29));     // late
  deliver("key_account_review", "2027-03", ymd(2027, 4, 1));                  // a duty: not in the loop
  return s;
}

TEST(loop_schedule_health, counts_flows_per_direction) {
  const loop_schedule s = april_loop();
  const loop_health h = s.health(month_of(2027, 4), ymd(2027, 4, 30));
  EXPECT_EQ(h.range, month_of(2027, 4));
  EXPECT_EQ(h.label, "");
  EXPECT_EQ(h.sales_to_marketing, (direction_health{flow_direction::sales_to_marketing, 9, 2, 1, 6, 0}));
  EXPECT_EQ(h.marketing_to_sales, (direction_health{flow_direction::marketing_to_sales, 4, 2, 1, 1, 0}));
  EXPECT_EQ(h.sales_to_marketing.on_time_percent(), "22.2");
  EXPECT_EQ(h.marketing_to_sales.on_time_percent(), "50.0");

  // As of 25 April the plans are not due yet; two deliveries are still in the future.
  const loop_health early = s.health(month_of(2027, 4), ymd(2027, 4, 25));
  EXPECT_EQ(early.marketing_to_sales, (direction_health{flow_direction::marketing_to_sales, 4, 1, 0, 0, 3}));
  EXPECT_EQ(early.marketing_to_sales.on_time_percent(), "100.0");
  EXPECT_EQ(early.sales_to_marketing, h.sales_to_marketing);
  const loop_health before = s.health(month_of(2027, 4), ymd(2027, 4, 1));
  EXPECT_EQ(before.sales_to_marketing, (direction_health{flow_direction::sales_to_marketing, 9, 0, 0, 0, 9}));
  EXPECT_EQ(before.sales_to_marketing.on_time_percent(), std::nullopt);
}

TEST(loop_schedule_health, by_period_covers_whole_labelled_periods) {
  const loop_schedule s = april_loop();
  const std::vector<loop_health> months =
      s.health_by_period(days(ymd(2027, 4, 15), ymd(2027, 6, 10)), period_kind::month, ymd(2027, 4, 30));
  ASSERT_EQ(months.size(), 3U);
  EXPECT_EQ(months[0].label, "2027-04");
  EXPECT_EQ(months[1].label, "2027-05");
  EXPECT_EQ(months[2].label, "2027-06");
  EXPECT_EQ(months[0].range, month_of(2027, 4));
  EXPECT_EQ(months[2].range, month_of(2027, 6));
  const loop_health april = s.health(month_of(2027, 4), ymd(2027, 4, 30));
  EXPECT_EQ(months[0].marketing_to_sales, april.marketing_to_sales);
  EXPECT_EQ(months[0].sales_to_marketing, april.sales_to_marketing);
  EXPECT_EQ(months[1].sales_to_marketing, (direction_health{flow_direction::sales_to_marketing, 9, 0, 0, 0, 9}));

  const std::vector<loop_health> quarters =
      s.health_by_period(days(ymd(2027, 4, 15), ymd(2027, 6, 10)), period_kind::quarter, ymd(2027, 7, 31));
  ASSERT_EQ(quarters.size(), 1U);
  EXPECT_EQ(quarters[0].label, "FY2028 Q1");
  EXPECT_EQ(quarters[0].range, days(ymd(2027, 4, 1), ymd(2027, 6, 30)));
  // April, May and June: 27 reports (3 delivered: 2 on time, 1 late), 12 plans (3 delivered: 2 on time, 1 late).
  EXPECT_EQ(quarters[0].sales_to_marketing, (direction_health{flow_direction::sales_to_marketing, 27, 2, 1, 24, 0}));
  EXPECT_EQ(quarters[0].marketing_to_sales, (direction_health{flow_direction::marketing_to_sales, 12, 2, 1, 9, 0}));
  EXPECT_EQ(quarters[0].sales_to_marketing.on_time_percent(0), "7");

  const loop_schedule g = standard_loop(fiscal_calendar::gregorian());
  const std::vector<loop_health> gq =
      g.health_by_period(days(ymd(2027, 3, 31), ymd(2027, 4, 1)), period_kind::quarter, ymd(2027, 1, 1));
  ASSERT_EQ(gq.size(), 2U);
  EXPECT_EQ(gq[0].label, "2027 Q1");
  EXPECT_EQ(gq[1].label, "2027 Q2");
  EXPECT_EQ(gq[1].range, days(ymd(2027, 4, 1), ymd(2027, 6, 30)));
}

TEST(loop_schedule_health, by_period_leaves_out_periods_beyond_the_supported_dates) {
  loop_schedule s = standard_loop();
  s.add_flow(
      host_flow("weekly_pipeline", flow_direction::sales_to_marketing, cadence::weekly, due_anchor::period_end, 1));
  const auto labels = [](const std::vector<loop_health>& v) {
    strings out;
    for (const loop_health& h : v) out.push_back(h.label);
    return out;
  };
  // 9999-W52 runs from 9999-12-27 to 10000-01-02: left out, not an error.
  const std::vector<loop_health> weeks =
      s.health_by_period(days(ymd(9999, 12, 1), ymd(9999, 12, 31)), period_kind::week, ymd(9999, 12, 31));
  EXPECT_EQ(labels(weeks), (strings{"9999-W48", "9999-W49", "9999-W50", "9999-W51"}));
  ASSERT_EQ(weeks.size(), 4U);
  EXPECT_EQ(weeks[0].range, days(ymd(9999, 11, 29), ymd(9999, 12, 5)));
  EXPECT_EQ(weeks[3].range, days(ymd(9999, 12, 20), ymd(9999, 12, 26)));
  // W48: the pipeline of W47 (due Monday 11-29) and the nine reports on November
  // (due 12-05), all missing on 12-31; no plan is due (December's was due 11-26).
  EXPECT_EQ(weeks[0].sales_to_marketing, (direction_health{flow_direction::sales_to_marketing, 10, 0, 0, 10, 0}));
  EXPECT_EQ(weeks[0].marketing_to_sales, (direction_health{flow_direction::marketing_to_sales, 0, 0, 0, 0, 0}));
  EXPECT_EQ(weeks[3].sales_to_marketing, (direction_health{flow_direction::sales_to_marketing, 1, 0, 0, 1, 0}));
  // Nothing whole is left: empty, not an error.
  EXPECT_TRUE(s.health_by_period(days(ymd(9999, 12, 27), ymd(9999, 12, 31)), period_kind::week, ymd(9999, 12, 31))
                  .empty());
  EXPECT_TRUE(s.health_by_period(days(ymd(1400, 1, 1), ymd(1400, 1, 2)), period_kind::week, ymd(1400, 1, 2)).empty());
  // Fiscal years from April: FY10000 (from 9999-04-01) and FY1400 (from 1399-04-01)
  // reach beyond the supported dates.
  EXPECT_EQ(labels(s.health_by_period(days(ymd(9999, 1, 1), ymd(9999, 12, 31)), period_kind::year, ymd(9999, 12, 31))),
            strings{"FY9999"});
  const std::vector<loop_health> first_years =
      s.health_by_period(days(ymd(1400, 1, 1), ymd(1400, 12, 31)), period_kind::year, ymd(1400, 12, 31));
  EXPECT_EQ(labels(first_years), strings{"FY1401"});
  ASSERT_EQ(first_years.size(), 1U);
  EXPECT_EQ(first_years[0].range, days(ymd(1400, 4, 1), ymd(1401, 3, 31)));
}

TEST(loop_schedule_health, counts_near_the_uint32_limit_do_not_wrap) {
  constexpr std::uint32_t max = 0xFFFFFFFFU;
  // 4 + 0xFFFFFFFE wraps to 2 in 32 bits ("200.0"); in 64 bits it is 4294967298.
  const direction_health wrapping{.on_time = 4, .late = max - 1};
  EXPECT_EQ(wrapping.assessed(), 4294967298ULL);
  EXPECT_EQ(wrapping.on_time_percent(1), "0.0");
  EXPECT_EQ(wrapping.on_time_percent(6), "0.000000");  // 9.3e-8 %
  // 2^31 + 2^31 wraps to 0 (nothing to judge) in 32 bits.
  const direction_health halves{.on_time = 0x80000000U, .late = 0x80000000U};
  EXPECT_EQ(halves.assessed(), 4294967296ULL);
  EXPECT_EQ(halves.on_time_percent(), "50.0");
  const direction_health all_max{.on_time = max, .late = max, .missing = max};
  EXPECT_EQ(all_max.assessed(), 3ULL * max);
  EXPECT_EQ(all_max.on_time_percent(6), "33.333333");
  EXPECT_EQ(all_max.on_time_percent(0), "33");
  // 0xFFFFFFFF of 0x100000000: 99.99999997671694 %.
  const direction_health almost{.on_time = max, .missing = 1};
  EXPECT_EQ(almost.on_time_percent(6), "100.000000");
  const direction_health tiny{.on_time = 1, .late = max, .missing = max};
  EXPECT_EQ(tiny.on_time_percent(6), "0.000000");  // 1.16e-8 %
  const direction_health quarter{.on_time = 0x40000000U, .late = max, .missing = 0x40000001U};
  EXPECT_EQ(quarter.on_time_percent(3), "16.667");  // 2^30 of 6 * 2^30
}

TEST(loop_schedule_health, on_time_percent_is_exact_and_rounds_half_up) {
  const auto ratio = [](std::uint32_t on_time, std::uint32_t late, int decimals) {
    return direction_health{.on_time = on_time, .late = late}.on_time_percent(decimals);
  };
  EXPECT_EQ(ratio(5, 1, 1), "83.3");
  EXPECT_EQ(ratio(5, 1, 0), "83");
  EXPECT_EQ(ratio(2, 1, 1), "66.7");
  EXPECT_EQ(ratio(2, 1, 0), "67");
  EXPECT_EQ(ratio(2, 1, 6), "66.666667");
  EXPECT_EQ(ratio(1, 2, 6), "33.333333");
  EXPECT_EQ(ratio(1, 7, 0), "13");  // 12.5
  EXPECT_EQ(ratio(1, 7, 1), "12.5");
  EXPECT_EQ(ratio(1, 7, 3), "12.500");
  EXPECT_EQ(ratio(1, 399, 1), "0.3");   // 0.25
  EXPECT_EQ(ratio(1, 799, 2), "0.13");  // 0.125
  EXPECT_EQ(ratio(1, 199, 0), "1");     // 0.5
  EXPECT_EQ(ratio(1, 0, 1), "100.0");
  EXPECT_EQ(ratio(1, 0, 0), "100");
  EXPECT_EQ(ratio(0, 3, 1), "0.0");
  EXPECT_EQ(ratio(4294967295U, 0, 6), "100.000000");
  EXPECT_EQ((direction_health{.on_time = 1, .missing = 1}.on_time_percent()), "50.0");
  EXPECT_EQ((direction_health{.due = 3, .pending = 3}.on_time_percent()), std::nullopt);
  EXPECT_EQ(direction_health{}.on_time_percent(6), std::nullopt);
  for (int bad : {-1, 7}) {
    const tandem::error e = caught([&] { (void)ratio(1, 1, bad); });
    EXPECT_EQ(e.code(), errc::out_of_range);
    EXPECT_EQ(std::string(e.what()), "decimals " + std::to_string(bad) + " is outside 0..6");
  }
  EXPECT_EQ((direction_health{.on_time = 1, .late = 0, .missing = 1}.assessed()), 2U);
}

}  // namespace
