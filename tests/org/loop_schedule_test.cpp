// Tests for building a tandem/org/loop_schedule.hpp schedule: names, the standard flow
// specs, add_flow / schedule_duty / add_campaign / record_delivery with every error
// message, and the strong guarantee after each failing mutator.
#include "tandem/org/loop_schedule.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "org/fixtures/loop_schedules.hpp"
#include "org/fixtures/organisations.hpp"
#include "tandem/core/error.hpp"
#include "time/support/expect_error.hpp"

namespace {

using namespace tandem::org;
using namespace tandem::org::testing;
using tandem::errc;
using tandem::time::fiscal_calendar;
using tandem::time::testing::caught;
using strings = std::vector<std::string>;

void expect_error(const tandem::error& e, errc code, const std::string& message) {
  EXPECT_EQ(e.code(), code);
  EXPECT_EQ(std::string(e.what()), message);
}

void expect_invalid(const tandem::error& e, const std::string& message) {
  expect_error(e, errc::invalid_argument, message);
}

// Everything a loop schedule stores, as text: equal snapshots mean nothing changed.
std::string snapshot(const loop_schedule& s) {
  std::string out;
  for (const flow& f : s.flows())
    out += "F " + f.id + "|" + f.zh + "|" + f.en + "|" + std::string(to_string(f.direction)) + "|" + f.sender_id + "|" +
           f.receiver_id + "|" + std::string(to_string(f.every)) + "|" + std::string(to_string(f.due.anchor)) +
           std::to_string(f.due.offset_days) + (f.from_catalog ? "|c" : "|h") + "\n";
  for (const duty_schedule& d : s.duty_schedules())
    out += "D " + d.duty_id + "|" + std::string(to_string(d.every)) + "|" + std::to_string(d.due.offset_days) + "\n";
  for (const campaign& c : s.campaigns())
    out += "C " + c.id + "|" + c.zh + "|" + c.en + "|" + c.dates.to_string() + "\n";
  for (const delivery& d : s.deliveries())
    out += "V " + d.item_id + "|" + d.occurrence + "|" + d.delivered_on.to_string() + "|" + d.by + "\n";
  return out;
}

// Runs a mutator that must fail and checks that it left the schedule unchanged.
template <class F>
tandem::error failing(loop_schedule& s, F&& f) {
  const std::string before = snapshot(s);
  tandem::error e = caught([&] { f(s); });
  EXPECT_EQ(snapshot(s), before) << "a failed mutator changed the schedule: " << e.what();
  return e;
}

const std::string malformed_tail = ": must match [a-z][a-z0-9_]* and have at most 64 characters";

// ---- names ----

TEST(loop_schedule_names, every_enum_round_trips_through_its_name_in_any_case) {
  const strings cadences{"weekly", "monthly", "quarterly", "half_yearly", "yearly", "per_campaign"};
  for (std::size_t i = 0; i < cadences.size(); ++i) {
    const auto c = static_cast<cadence>(i);
    EXPECT_EQ(to_string(c), cadences[i]);
    EXPECT_EQ(cadence_from_name(cadences[i]), c);
  }
  EXPECT_EQ(cadence_from_name("Half_Yearly"), cadence::half_yearly);
  EXPECT_EQ(cadence_from_name("MONTHLY"), cadence::monthly);
  EXPECT_EQ(cadence_from_name("month"), std::nullopt);
  EXPECT_EQ(cadence_from_name(""), std::nullopt);
  EXPECT_EQ(to_string(static_cast<cadence>(6)), "unknown");

  EXPECT_EQ(to_string(due_anchor::period_start), "period_start");
  EXPECT_EQ(to_string(due_anchor::period_end), "period_end");
  EXPECT_EQ(due_anchor_from_name("PERIOD_END"), due_anchor::period_end);
  EXPECT_EQ(due_anchor_from_name("Period_Start"), due_anchor::period_start);
  EXPECT_EQ(due_anchor_from_name("start"), std::nullopt);
  EXPECT_EQ(to_string(static_cast<due_anchor>(2)), "unknown");

  EXPECT_EQ(to_string(item_kind::flow), "flow");
  EXPECT_EQ(to_string(item_kind::duty), "duty");
  EXPECT_EQ(item_kind_from_name("Duty"), item_kind::duty);
  EXPECT_EQ(item_kind_from_name("FLOW"), item_kind::flow);
  EXPECT_EQ(item_kind_from_name("flows"), std::nullopt);

  const strings statuses{"pending", "on_time", "late", "missing"};
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    const auto s = static_cast<obligation_status>(i);
    EXPECT_EQ(to_string(s), statuses[i]);
    EXPECT_EQ(obligation_status_from_name(statuses[i]), s);
  }
  EXPECT_EQ(obligation_status_from_name("On_Time"), obligation_status::on_time);
  EXPECT_EQ(obligation_status_from_name("on time"), std::nullopt);
  EXPECT_EQ(to_string(static_cast<obligation_status>(4)), "unknown");
}

TEST(loop_schedule_names, cadences_map_to_the_calendar_period_they_count_in) {
  using tandem::time::period_kind;
  EXPECT_EQ(period_kind_of(cadence::weekly), period_kind::week);
  EXPECT_EQ(period_kind_of(cadence::monthly), period_kind::month);
  EXPECT_EQ(period_kind_of(cadence::quarterly), period_kind::quarter);
  EXPECT_EQ(period_kind_of(cadence::half_yearly), period_kind::half);
  EXPECT_EQ(period_kind_of(cadence::yearly), period_kind::year);
  EXPECT_EQ(period_kind_of(cadence::per_campaign), std::nullopt);
  EXPECT_EQ(period_kind_of(static_cast<cadence>(9)), std::nullopt);
}

TEST(loop_schedule_names, pinned_numbers_do_not_move) {
  EXPECT_EQ(static_cast<int>(cadence::weekly), 0);
  EXPECT_EQ(static_cast<int>(cadence::per_campaign), 5);
  EXPECT_EQ(static_cast<int>(due_anchor::period_end), 1);
  EXPECT_EQ(static_cast<int>(item_kind::duty), 1);
  EXPECT_EQ(static_cast<int>(obligation_status::pending), 0);
  EXPECT_EQ(static_cast<int>(obligation_status::missing), 3);
}

// ---- standard specs ----

TEST(loop_schedule_standard_specs, five_plans_then_nine_reports_in_catalog_order) {
  const std::vector<flow_spec> specs = standard_flow_specs();
  ASSERT_EQ(specs.size(), 14U);
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(specs[i].id, marketing_to_sales_plans()[i].id);
  for (std::size_t i = 0; i < 9; ++i) EXPECT_EQ(specs[5 + i].id, sales_to_marketing_reports()[i].id);
  for (const flow_spec& s : specs) {
    EXPECT_TRUE(s.zh.empty() && s.en.empty() && !s.direction && s.sender_id.empty() && s.receiver_id.empty()) << s.id;
  }
  // The sales targets: yearly, 30 days before the fiscal year.
  EXPECT_EQ(specs[3].id, "flow_m2s_04_sales_targets");
  EXPECT_EQ(specs[3].every, cadence::yearly);
  EXPECT_EQ(specs[3].due, (due_rule{due_anchor::period_start, -30}));
  // Other plans: monthly, 5 days before the month.
  for (std::size_t i : {0U, 1U, 2U, 4U}) {
    EXPECT_EQ(specs[i].every, cadence::monthly) << specs[i].id;
    EXPECT_EQ(specs[i].due, (due_rule{due_anchor::period_start, -5})) << specs[i].id;
  }
  // Reports: monthly, 5 days after the month.
  for (std::size_t i = 5; i < 14; ++i) {
    EXPECT_EQ(specs[i].every, cadence::monthly) << specs[i].id;
    EXPECT_EQ(specs[i].due, (due_rule{due_anchor::period_end, 5})) << specs[i].id;
  }
}

TEST(loop_schedule_standard_specs, resolve_to_marketing_and_sales_departments_of_the_catalog_company) {
  const loop_schedule s = standard_loop();
  ASSERT_EQ(s.flows().size(), 14U);
  const flow& plan = s.flows()[0];
  EXPECT_EQ(plan.id, "flow_m2s_01_sales_promotion_plan");
  EXPECT_EQ(plan.zh, "销售促进计划");
  EXPECT_EQ(plan.en, "Sales promotion plan");
  EXPECT_EQ(plan.name(lang::zh), "销售促进计划");
  EXPECT_EQ(plan.name(lang::en), "Sales promotion plan");
  EXPECT_EQ(plan.direction, flow_direction::marketing_to_sales);
  EXPECT_EQ(plan.sender_id, "org_marketing_department");
  EXPECT_EQ(plan.receiver_id, "org_sales_department");
  EXPECT_TRUE(plan.from_catalog);
  const flow& report = s.flows()[11];
  EXPECT_EQ(report.id, "flow_s2m_07_regional_sales");
  EXPECT_EQ(report.direction, flow_direction::sales_to_marketing);
  EXPECT_EQ(report.sender_id, "org_sales_department");
  EXPECT_EQ(report.receiver_id, "org_marketing_department");
  EXPECT_EQ(s.find_flow("flow_s2m_07_regional_sales"), &report);
  EXPECT_EQ(s.find_flow("flow_s2m_10"), nullptr);
}

// ---- construction ----

TEST(loop_schedule_construction, keeps_copies_and_validates_the_organisation) {
  organisation org = catalog_company();
  const loop_schedule s(org, fiscal_calendar::starting(4));
  org.add_unit(dept("later_department", "", "后来", "Later"));
  EXPECT_EQ(s.org().find_unit("later_department"), nullptr);
  EXPECT_EQ(s.org().units().size(), catalog_company().units().size());
  EXPECT_EQ(s.calendar().describe(), "fiscal year from 04-01 (named by end year)");
  EXPECT_TRUE(s.flows().empty() && s.duty_schedules().empty() && s.campaigns().empty() && s.deliveries().empty());

  organisation broken;
  broken.add_unit(dept("org_sales_department", "role_nobody"));
  expect_invalid(caught([&] { loop_schedule bad(broken, fiscal_calendar::gregorian()); }),
                 "unit 'org_sales_department' reports to unknown superior 'role_nobody'");
}

// ---- add_flow ----

TEST(loop_schedule_add_flow, catalog_flows_take_names_and_direction_and_given_names_override) {
  loop_schedule s = empty_loop();
  s.add_flow({.id = "flow_s2m_07_regional_sales",
              .en = "Regional sales (monthly)",
              .direction = flow_direction::sales_to_marketing});  // agreeing direction is fine
  s.add_flow({.id = "flow_m2s_02a_terminal_activation_check", .every = cadence::quarterly});  // a sub-item
  s.add_flow({.id = "flow_other_s2m_customer_opinions", .every = cadence::weekly});           // an other flow
  ASSERT_EQ(s.flows().size(), 3U);
  EXPECT_EQ(s.flows()[0].en, "Regional sales (monthly)");
  EXPECT_EQ(s.flows()[0].zh, std::string(find<information_flow>("flow_s2m_07_regional_sales")->zh));
  EXPECT_EQ(s.flows()[1].direction, flow_direction::marketing_to_sales);
  EXPECT_EQ(s.flows()[1].sender_id, "org_marketing_department");
  EXPECT_EQ(s.flows()[1].every, cadence::quarterly);
  EXPECT_EQ(s.flows()[2].direction, flow_direction::sales_to_marketing);
  EXPECT_EQ(s.flows()[2].sender_id, "org_sales_department");
}

TEST(loop_schedule_add_flow, host_flows_fall_back_between_names_and_accept_explicit_units) {
  loop_schedule s = empty_loop();
  s.add_flow({.id = "weekly_pipeline",
              .zh = "每周销售管道",
              .direction = flow_direction::sales_to_marketing,
              .sender_id = "role_field_sales_staff",
              .receiver_id = "role_planning_supervisor",
              .every = cadence::weekly,
              .due = {.anchor = due_anchor::period_end, .offset_days = 366}});
  s.add_flow({.id = "price_list",
              .en = "Price list",
              .direction = flow_direction::marketing_to_sales,
              .due = {.anchor = due_anchor::period_start, .offset_days = -366}});
  const flow& w = s.flows()[0];
  EXPECT_EQ(w.zh, "每周销售管道");
  EXPECT_EQ(w.en, "每周销售管道");
  EXPECT_EQ(w.sender_id, "role_field_sales_staff");
  EXPECT_EQ(w.receiver_id, "role_planning_supervisor");
  EXPECT_FALSE(w.from_catalog);
  EXPECT_EQ(w.due.offset_days, 366);
  const flow& p = s.flows()[1];
  EXPECT_EQ(p.zh, "Price list");
  EXPECT_EQ(p.sender_id, "org_marketing_department");
  EXPECT_EQ(p.receiver_id, "org_sales_department");
  EXPECT_EQ(p.due.offset_days, -366);
}

TEST(loop_schedule_add_flow, host_units_with_functions_are_the_defaults) {
  loop_schedule s(independent_company(), fiscal_calendar::gregorian());
  s.add_flow({.id = "flow_m2s_01_sales_promotion_plan"});
  s.add_flow({.id = "flow_s2m_09_customer_feedback"});
  EXPECT_EQ(s.flows()[0].sender_id, "brand_department");
  EXPECT_EQ(s.flows()[0].receiver_id, "business_department");
  EXPECT_EQ(s.flows()[1].sender_id, "business_department");
  EXPECT_EQ(s.flows()[1].receiver_id, "brand_department");
}

TEST(loop_schedule_add_flow, a_merged_department_owes_itself_the_plans_and_reports) {
  loop_schedule s(merged_company(), fiscal_calendar::gregorian());
  for (const flow_spec& f : standard_flow_specs()) s.add_flow(f);
  for (const flow& f : s.flows()) {
    EXPECT_EQ(f.sender_id, "marketing_sales_department") << f.id;
    EXPECT_EQ(f.receiver_id, "marketing_sales_department") << f.id;
  }
  s.add_flow({.id = "self_note",
              .en = "Note",
              .direction = flow_direction::marketing_to_sales,
              .sender_id = "marketing_sales_department",
              .receiver_id = "marketing_sales_department"});
  // Only the merged unit may send to itself.
  expect_invalid(failing(s,
                         [](loop_schedule& x) {
                           x.add_flow({.id = "desk_note",
                                       .en = "Note",
                                       .direction = flow_direction::marketing_to_sales,
                                       .sender_id = "role_salespeople",
                                       .receiver_id = "role_salespeople"});
                         }),
                 "flow 'desk_note' has the same unit 'role_salespeople' as sender and receiver (only a unit "
                 "doing both marketing and sales may send to itself)");
}

TEST(loop_schedule_add_flow, every_error_names_the_flow_and_the_value_at_fault) {
  loop_schedule s = standard_loop();
  s.add_flow(
      host_flow("weekly_pipeline", flow_direction::sales_to_marketing, cadence::weekly, due_anchor::period_end, 1));
  s.schedule_duty({.duty_id = "key_account_review"});
  const auto add = [&](flow_spec spec) { return failing(s, [&](loop_schedule& x) { x.add_flow(spec); }); };

  expect_invalid(add({.id = "Weekly-Pipeline", .en = "x", .direction = flow_direction::marketing_to_sales}),
                 "malformed flow id 'Weekly-Pipeline'" + malformed_tail);
  expect_invalid(add({.id = "", .en = "x", .direction = flow_direction::marketing_to_sales}),
                 "malformed flow id ''" + malformed_tail);
  expect_invalid(add({.id = "flow_s2m_07_regional_sales"}), "duplicate flow id 'flow_s2m_07_regional_sales'");
  expect_invalid(add({.id = "weekly_pipeline", .en = "x", .direction = flow_direction::sales_to_marketing}),
                 "duplicate flow id 'weekly_pipeline'");
  expect_invalid(add({.id = "key_account_review", .en = "x", .direction = flow_direction::sales_to_marketing}),
                 "flow id 'key_account_review' is already a scheduled duty");
  expect_invalid(add({.id = "mkt_resp_market_analysis_01_trends_and_customer_relations"}),
                 "flow 'mkt_resp_market_analysis_01_trends_and_customer_relations' is a catalog marketing_duty, "
                 "not an information flow");
  expect_invalid(add({.id = "org_sales_department", .en = "Sales", .direction = flow_direction::sales_to_marketing}),
                 "flow 'org_sales_department' is a catalog org_unit, not an information flow");
  expect_invalid(add({.id = "role_marketing_vp"}),
                 "flow 'role_marketing_vp' is a catalog role, not an information flow");
  expect_invalid(add({.id = "flow_s2m_01_terminal_display_x", .en = "x", .direction = static_cast<flow_direction>(2)}),
                 "flow 'flow_s2m_01_terminal_display_x' has an unknown direction 2");
  expect_invalid(
      add({.id = "x1", .en = "x", .direction = flow_direction::sales_to_marketing, .every = static_cast<cadence>(6)}),
      "flow 'x1' has an unknown cadence 6");
  expect_invalid(add({.id = "x1",
                      .en = "x",
                      .direction = flow_direction::sales_to_marketing,
                      .due = {.anchor = static_cast<due_anchor>(2)}}),
                 "flow 'x1' has an unknown due anchor 2");
  expect_error(
      add({.id = "x1", .en = "x", .direction = flow_direction::sales_to_marketing, .due = {.offset_days = 367}}),
      errc::out_of_range, "flow 'x1' has a due offset of 367 days: at most 366 days before or after the anchor day");
  expect_error(add({.id = "x1",
                    .en = "x",
                    .direction = flow_direction::sales_to_marketing,
                    .due = {.anchor = due_anchor::period_start, .offset_days = -367}}),
               errc::out_of_range,
               "flow 'x1' has a due offset of -367 days: at most 366 days before or after the anchor day");
  expect_invalid(add({.id = "flow_other_s2m_product_usage", .direction = flow_direction::marketing_to_sales}),
                 "flow 'flow_other_s2m_product_usage' is the catalog's sales_to_marketing flow and cannot go "
                 "marketing_to_sales");
  expect_invalid(add({.id = "flow_other_m2s_consumer_needs", .direction = flow_direction::sales_to_marketing}),
                 "flow 'flow_other_m2s_consumer_needs' is the catalog's marketing_to_sales flow and cannot go "
                 "sales_to_marketing");
  expect_invalid(add({.id = "x1", .direction = flow_direction::sales_to_marketing}),
                 "flow 'x1' is not a catalog id and needs a zh or en name");
  expect_invalid(add({.id = "x1", .en = "x"}), "flow 'x1' is not a catalog id and needs a direction");
  expect_invalid(add({.id = "flow_other_s2m_product_usage", .sender_id = "org_nowhere"}),
                 "flow 'flow_other_s2m_product_usage' has unknown sender 'org_nowhere'");
  expect_invalid(add({.id = "flow_other_s2m_product_usage", .receiver_id = "wang_fang"}),
                 "flow 'flow_other_s2m_product_usage' has unknown receiver 'wang_fang'");
  expect_invalid(add({.id = "flow_other_s2m_product_usage", .sender_id = "org_marketing_department"}),
                 "flow 'flow_other_s2m_product_usage' has the same unit 'org_marketing_department' as sender and "
                 "receiver (only a unit doing both marketing and sales may send to itself)");
  EXPECT_EQ(s.flows().size(), 15U);
}

TEST(loop_schedule_add_flow, names_that_are_not_utf8_are_refused_naming_the_flow_and_the_field) {
  loop_schedule s = standard_loop();
  const auto add = [&](flow_spec spec) { return failing(s, [&](loop_schedule& x) { x.add_flow(spec); }); };
  const auto m2s = flow_direction::marketing_to_sales;
  expect_invalid(add({.id = "host_plan", .zh = "\xff", .en = "Plan", .direction = m2s}),
                 "flow 'host_plan': the zh name is not valid UTF-8");
  expect_invalid(add({.id = "host_plan", .zh = "计划", .en = "Plan \xc3", .direction = m2s}),
                 "flow 'host_plan': the en name is not valid UTF-8");
  // Overlong "/" and a surrogate: well-formed-looking bytes are not enough.
  expect_invalid(add({.id = "host_plan", .en = "\xc0\xaf", .direction = m2s}),
                 "flow 'host_plan': the en name is not valid UTF-8");
  expect_invalid(add({.id = "host_plan", .zh = "\xed\xa0\x80", .direction = m2s}),
                 "flow 'host_plan': the zh name is not valid UTF-8");
  // A catalog flow's given names are checked too (they override the catalog's).
  expect_invalid(add({.id = "flow_other_s2m_product_usage", .en = "Usage\xff"}),
                 "flow 'flow_other_s2m_product_usage': the en name is not valid UTF-8");
  // Valid multi-byte names are stored as given.
  s.add_flow({.id = "host_plan", .zh = "计划 \xf0\x9f\x93\x88", .en = "Plan", .direction = m2s});
  EXPECT_EQ(s.find_flow("host_plan")->zh, "计划 \xf0\x9f\x93\x88");
}

TEST(loop_schedule_add_flow, a_missing_default_unit_is_named) {
  organisation org;
  org.add_unit(dept("org_sales_department", ""));
  org.add_unit(role_in("role_sales_department_manager", "org_sales_department"));
  loop_schedule s(org, fiscal_calendar::gregorian());
  expect_invalid(failing(s, [](loop_schedule& x) { x.add_flow({.id = "flow_m2s_01_sales_promotion_plan"}); }),
                 "flow 'flow_m2s_01_sales_promotion_plan' has no sender: the organisation has no marketing unit "
                 "(nor one doing marketing and sales); set sender_id");
  expect_invalid(failing(s, [](loop_schedule& x) { x.add_flow({.id = "flow_s2m_09_customer_feedback"}); }),
                 "flow 'flow_s2m_09_customer_feedback' has no receiver: the organisation has no marketing unit "
                 "(nor one doing marketing and sales); set receiver_id");
  s.add_flow({.id = "flow_s2m_09_customer_feedback", .receiver_id = "role_sales_department_manager"});
  EXPECT_EQ(s.flows()[0].sender_id, "org_sales_department");

  organisation only_marketing;
  only_marketing.add_unit(dept("org_marketing_department", ""));
  loop_schedule m(only_marketing, fiscal_calendar::gregorian());
  expect_invalid(failing(m, [](loop_schedule& x) { x.add_flow({.id = "flow_m2s_01_sales_promotion_plan"}); }),
                 "flow 'flow_m2s_01_sales_promotion_plan' has no receiver: the organisation has no sales unit "
                 "(nor one doing marketing and sales); set receiver_id");
  expect_invalid(failing(m, [](loop_schedule& x) { x.add_flow({.id = "flow_s2m_09_customer_feedback"}); }),
                 "flow 'flow_s2m_09_customer_feedback' has no sender: the organisation has no sales unit "
                 "(nor one doing marketing and sales); set sender_id");
}

// ---- schedule_duty ----

TEST(loop_schedule_schedule_duty, known_duties_recur_and_errors_are_named) {
  loop_schedule s = empty_loop();
  s.add_flow(host_flow("trade_fair_budget_x", flow_direction::marketing_to_sales, cadence::monthly,
                       due_anchor::period_start, 0));
  s.schedule_duty({.duty_id = "mkt_resp_market_analysis_01_trends_and_customer_relations",
                   .every = cadence::monthly,
                   .due = {.anchor = due_anchor::period_end, .offset_days = 10}});
  s.schedule_duty({.duty_id = "key_account_review",
                   .every = cadence::quarterly,
                   .due = {.anchor = due_anchor::period_end, .offset_days = -366}});
  s.schedule_duty({.duty_id = "sales_resp_product_sales", .every = cadence::per_campaign});
  ASSERT_EQ(s.duty_schedules().size(), 3U);
  EXPECT_EQ(s.duty_schedules()[1],
            (duty_schedule{"key_account_review", cadence::quarterly, {due_anchor::period_end, -366}}));
  const auto schedule = [&](duty_schedule d) { return failing(s, [&](loop_schedule& x) { x.schedule_duty(d); }); };
  expect_invalid(schedule({.duty_id = "mkt_resp_unknown"}), "cannot schedule unknown duty 'mkt_resp_unknown'");
  expect_invalid(schedule({.duty_id = "flow_s2m_07_regional_sales"}),
                 "cannot schedule unknown duty 'flow_s2m_07_regional_sales'");
  expect_invalid(schedule({.duty_id = "key_account_review"}), "duty 'key_account_review' is already scheduled");
  expect_invalid(schedule({.duty_id = "trade_fair_budget", .every = static_cast<cadence>(7)}),
                 "duty 'trade_fair_budget' has an unknown cadence 7");
  expect_error(
      schedule({.duty_id = "trade_fair_budget", .due = {.offset_days = 400}}), errc::out_of_range,
      "duty 'trade_fair_budget' has a due offset of 400 days: at most 366 days before or after the anchor day");

  // A host duty added to the organisation later than a flow with its id.
  organisation org = catalog_company();
  org.add_duty({"weekly_call", "", "Weekly call"});
  loop_schedule t(org, fiscal_calendar::gregorian());
  t.add_flow(host_flow("weekly_call", flow_direction::sales_to_marketing, cadence::weekly, due_anchor::period_end, 0));
  expect_invalid(failing(t, [](loop_schedule& x) { x.schedule_duty({.duty_id = "weekly_call"}); }),
                 "duty 'weekly_call' has the id of a flow");
}

// ---- add_campaign ----

TEST(loop_schedule_add_campaign, names_fall_back_and_errors_are_named) {
  loop_schedule s = empty_loop();
  s.add_campaign({.id = "spring_fair", .zh = "春季展会", .dates = days(ymd(2027, 4, 10), ymd(2027, 4, 20))});
  s.add_campaign({.id = "one_day", .en = "One day", .dates = days(ymd(2027, 6, 1), ymd(2027, 6, 1))});
  EXPECT_EQ(s.campaigns()[0].en, "春季展会");
  EXPECT_EQ(s.campaigns()[0].name(lang::zh), "春季展会");
  EXPECT_EQ(s.campaigns()[1].zh, "One day");
  EXPECT_EQ(s.campaigns()[1].name(lang::en), "One day");
  EXPECT_EQ(s.campaigns()[0].dates, days(ymd(2027, 4, 10), ymd(2027, 4, 20)));
  const auto add = [&](campaign_spec c) { return failing(s, [&](loop_schedule& x) { x.add_campaign(c); }); };
  const auto april = month_of(2027, 4);
  expect_invalid(add({.id = "Spring Fair", .en = "x", .dates = april}),
                 "malformed campaign id 'Spring Fair'" + malformed_tail);
  expect_invalid(add({.id = "spring_fair", .en = "x", .dates = april}), "duplicate campaign id 'spring_fair'");
  expect_invalid(add({.id = "autumn", .dates = april}), "campaign 'autumn' needs a zh or en name");
  expect_invalid(add({.id = "autumn", .en = "Autumn", .dates = days(ymd(2027, 9, 2), ymd(2027, 9, 1))}),
                 "campaign 'autumn' ends (2027-09-01) before it starts (2027-09-02)");
  expect_invalid(add({.id = "autumn", .zh = "秋\xff", .en = "Autumn", .dates = april}),
                 "campaign 'autumn': the zh name is not valid UTF-8");
  expect_invalid(add({.id = "autumn", .en = "Autumn \xe7\xa7", .dates = april}),
                 "campaign 'autumn': the en name is not valid UTF-8");
  expect_invalid(add({.id = "autumn", .zh = "秋季", .en = "\xf4\x90\x80\x80", .dates = april}),
                 "campaign 'autumn': the en name is not valid UTF-8");
  EXPECT_EQ(s.campaigns().size(), 2U);
}

// ---- record_delivery ----

TEST(loop_schedule_record_delivery, accepts_labels_of_the_items_cadence_near_the_delivery) {
  loop_schedule s = standard_loop();
  s.add_flow(
      host_flow("weekly_pipeline", flow_direction::sales_to_marketing, cadence::weekly, due_anchor::period_end, 1));
  s.add_flow(
      host_flow("quarter_review", flow_direction::sales_to_marketing, cadence::quarterly, due_anchor::period_end, 10));
  s.add_flow(
      host_flow("half_plan", flow_direction::marketing_to_sales, cadence::half_yearly, due_anchor::period_start, -10));
  s.add_flow(host_flow("campaign_report", flow_direction::sales_to_marketing, cadence::per_campaign,
                       due_anchor::period_end, 7));
  s.add_campaign({.id = "spring_fair", .en = "Spring fair", .dates = days(ymd(2027, 4, 10), ymd(2027, 4, 20))});
  s.schedule_duty({.duty_id = "key_account_review", .every = cadence::monthly});
  const auto on = ymd(2027, 5, 4);  // fiscal year FY2028: FY2026..FY2029 are accepted
  s.record_delivery(
      {.item_id = "flow_s2m_07_regional_sales", .occurrence = "2027-04", .delivered_on = on, .by = "zhang_wei"});
  s.record_delivery(
      {.item_id = "flow_s2m_07_regional_sales", .occurrence = "2025-04", .delivered_on = on, .by = "zhang_wei"});
  s.record_delivery(
      {.item_id = "flow_s2m_07_regional_sales", .occurrence = "2029-03", .delivered_on = on, .by = "zhang_wei"});
  s.record_delivery(
      {.item_id = "flow_m2s_04_sales_targets", .occurrence = "FY2029", .delivered_on = on, .by = "wang_fang"});
  s.record_delivery(
      {.item_id = "flow_m2s_04_sales_targets", .occurrence = "FY2026", .delivered_on = on, .by = "wang_fang"});
  s.record_delivery({.item_id = "weekly_pipeline", .occurrence = "2027-W17", .delivered_on = on, .by = "chen_jing"});
  s.record_delivery({.item_id = "quarter_review", .occurrence = "FY2028 Q1", .delivered_on = on, .by = "chen_jing"});
  s.record_delivery({.item_id = "half_plan", .occurrence = "FY2028 H2", .delivered_on = on, .by = "wang_fang"});
  s.record_delivery({.item_id = "campaign_report", .occurrence = "spring_fair", .delivered_on = on, .by = "liu_yang"});
  s.record_delivery({.item_id = "key_account_review", .occurrence = "2027-04", .delivered_on = on, .by = "zhao_lei"});
  ASSERT_EQ(s.deliveries().size(), 10U);
  EXPECT_EQ(s.deliveries()[0], (delivery{"flow_s2m_07_regional_sales", "2027-04", on, "zhang_wei"}));
  EXPECT_EQ(s.deliveries()[9], (delivery{"key_account_review", "2027-04", on, "zhao_lei"}));
}

TEST(loop_schedule_record_delivery, every_error_names_the_item_occurrence_and_dates) {
  loop_schedule s = standard_loop();
  s.add_flow(host_flow("campaign_report", flow_direction::sales_to_marketing, cadence::per_campaign,
                       due_anchor::period_end, 7));
  s.add_flow(
      host_flow("weekly_pipeline", flow_direction::sales_to_marketing, cadence::weekly, due_anchor::period_end, 1));
  s.add_campaign({.id = "spring_fair", .en = "Spring fair", .dates = days(ymd(2027, 4, 10), ymd(2027, 4, 20))});
  const auto on = ymd(2027, 5, 4);
  s.record_delivery(
      {.item_id = "flow_s2m_07_regional_sales", .occurrence = "2027-04", .delivered_on = on, .by = "zhang_wei"});
  const auto record = [&](delivery d) { return failing(s, [&](loop_schedule& x) { x.record_delivery(d); }); };
  const std::string monthly_tail =
      " of monthly item 'flow_s2m_07_regional_sales' is not the label of a month in FY2026..FY2029 (two fiscal "
      "years before to one after the delivery on 2027-05-04)";

  expect_invalid(record({.item_id = "flow_s2m_10", .occurrence = "2027-04", .delivered_on = on, .by = "zhang_wei"}),
                 "cannot record a delivery of 'flow_s2m_10': it is neither a flow nor a scheduled duty");
  // A known duty that is not scheduled is not an item either.
  expect_invalid(
      record({.item_id = "key_account_review", .occurrence = "2027-04", .delivered_on = on, .by = "zhao_lei"}),
      "cannot record a delivery of 'key_account_review': it is neither a flow nor a scheduled duty");
  expect_invalid(
      record({.item_id = "flow_s2m_07_regional_sales", .occurrence = "2027-05", .delivered_on = on, .by = "Zhang Wei"}),
      "malformed person id 'Zhang Wei'" + malformed_tail);
  expect_invalid(
      record({.item_id = "flow_s2m_07_regional_sales", .occurrence = "2027-05", .delivered_on = on, .by = ""}),
      "malformed person id ''" + malformed_tail);
  expect_invalid(
      record({.item_id = "flow_s2m_07_regional_sales", .occurrence = "April", .delivered_on = on, .by = "zhang_wei"}),
      "occurrence 'April'" + monthly_tail);
  expect_invalid(
      record(
          {.item_id = "flow_s2m_07_regional_sales", .occurrence = "FY2028 Q1", .delivered_on = on, .by = "zhang_wei"}),
      "occurrence 'FY2028 Q1'" + monthly_tail);
  expect_invalid(
      record({.item_id = "flow_s2m_07_regional_sales", .occurrence = "2025-03", .delivered_on = on, .by = "zhang_wei"}),
      "occurrence '2025-03'" + monthly_tail);
  expect_invalid(
      record({.item_id = "flow_s2m_07_regional_sales", .occurrence = "2029-04", .delivered_on = on, .by = "zhang_wei"}),
      "occurrence '2029-04'" + monthly_tail);
  expect_invalid(
      record({.item_id = "flow_m2s_04_sales_targets", .occurrence = "2027-04", .delivered_on = on, .by = "wang_fang"}),
      "occurrence '2027-04' of yearly item 'flow_m2s_04_sales_targets' is not the label of a year in "
      "FY2026..FY2029 (two fiscal years before to one after the delivery on 2027-05-04)");
  expect_invalid(record({.item_id = "weekly_pipeline", .occurrence = "2027-04", .delivered_on = on, .by = "chen_jing"}),
                 "occurrence '2027-04' of weekly item 'weekly_pipeline' is not the label of a week in "
                 "FY2026..FY2029 (two fiscal years before to one after the delivery on 2027-05-04)");
  expect_invalid(
      record({.item_id = "campaign_report", .occurrence = "autumn_fair", .delivered_on = on, .by = "liu_yang"}),
      "occurrence 'autumn_fair' of per-campaign item 'campaign_report' is not a campaign");
  expect_invalid(record({.item_id = "campaign_report", .occurrence = "2027-04", .delivered_on = on, .by = "liu_yang"}),
                 "occurrence '2027-04' of per-campaign item 'campaign_report' is not a campaign");
  expect_invalid(record({.item_id = "flow_s2m_07_regional_sales",
                         .occurrence = "2027-04",
                         .delivered_on = ymd(2027, 6, 1),
                         .by = "li_lei"}),
                 "occurrence '2027-04' of 'flow_s2m_07_regional_sales' was delivered on 2027-05-04 by zhang_wei");
  EXPECT_EQ(s.deliveries().size(), 1U);
}

TEST(loop_schedule_record_delivery, gregorian_labels_and_window) {
  loop_schedule s = standard_loop(fiscal_calendar::gregorian());
  const auto on = ymd(2027, 1, 10);  // 2027: 2025..2028 are accepted
  s.record_delivery(
      {.item_id = "flow_m2s_04_sales_targets", .occurrence = "2028", .delivered_on = on, .by = "wang_fang"});
  s.record_delivery(
      {.item_id = "flow_s2m_01_terminal_display", .occurrence = "2025-01", .delivered_on = on, .by = "chen_jing"});
  expect_invalid(failing(s,
                         [&](loop_schedule& x) {
                           x.record_delivery({.item_id = "flow_m2s_04_sales_targets",
                                              .occurrence = "2029",
                                              .delivered_on = on,
                                              .by = "wang_fang"});
                         }),
                 "occurrence '2029' of yearly item 'flow_m2s_04_sales_targets' is not the label of a year in "
                 "2025..2028 (two fiscal years before to one after the delivery on 2027-01-10)");
  expect_invalid(failing(s,
                         [&](loop_schedule& x) {
                           x.record_delivery({.item_id = "flow_s2m_01_terminal_display",
                                              .occurrence = "2024-12",
                                              .delivered_on = on,
                                              .by = "chen_jing"});
                         }),
                 "occurrence '2024-12' of monthly item 'flow_s2m_01_terminal_display' is not the label of a month in "
                 "2025..2028 (two fiscal years before to one after the delivery on 2027-01-10)");
}

TEST(loop_schedule_record_delivery, near_the_first_supported_year_only_supported_years_count) {
  loop_schedule s = standard_loop();  // FY1400 would start 1399-04-01: unsupported
  const auto on = ymd(1400, 2, 1);    // in FY1400
  s.record_delivery(
      {.item_id = "flow_s2m_01_terminal_display", .occurrence = "1400-04", .delivered_on = on, .by = "chen_jing"});
  s.record_delivery(
      {.item_id = "flow_m2s_04_sales_targets", .occurrence = "FY1401", .delivered_on = on, .by = "wang_fang"});
  expect_invalid(failing(s,
                         [&](loop_schedule& x) {
                           x.record_delivery({.item_id = "flow_s2m_01_terminal_display",
                                              .occurrence = "1400-01",
                                              .delivered_on = on,
                                              .by = "chen_jing"});
                         }),
                 "occurrence '1400-01' of monthly item 'flow_s2m_01_terminal_display' is not the label of a month "
                 "in FY1401 (two fiscal years before to one after the delivery on 1400-02-01)");
}

}  // namespace
