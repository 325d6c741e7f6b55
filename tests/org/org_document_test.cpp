// Organisation documents: loading what the format says, defaults, and saving so that
// load(save(s)) saves to the same bytes and answers every query alike — on the
// shipped example and on randomly built schedules (fixed seed).
#include "tandem/org/org_document.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "org/fixtures/loop_schedules.hpp"
#include "org/fixtures/organisations.hpp"
#include "tandem/core/error.hpp"

namespace {

using namespace tandem::org;
using tandem::org::testing::ymd;
namespace tt = tandem::time;

// tests/org/CMakeLists.txt passes the source tree's examples/ directory.
std::filesystem::path example_path() { return std::filesystem::path(TANDEM_EXAMPLES_DIR) / "org" / "company.json"; }

// Every observable part of a schedule, as text, for whole-schedule comparisons.
std::string fingerprint(const loop_schedule& s) {
  std::ostringstream o;
  o << s.calendar().describe() << '\n';
  for (const unit& u : s.org().units()) {
    o << "unit " << u.id << ' ' << to_string(u.kind) << ' ' << u.zh << '|' << u.en << ' ' << u.superior_id << ' '
      << to_string(u.function) << " people:";
    if (u.kind == unit_kind::role) {
      // The people in the order assigned to the role, each with all their roles in the
      // order assigned to them: the two orders the saver exists to keep.
      for (const std::string& p : s.org().people_in(u.id)) {
        o << ' ' << p << '(';
        const char* sep = "";
        for (const std::string& r : s.org().roles_of(p)) {
          o << sep << r;
          sep = ",";
        }
        o << ')';
      }
    }
    o << '\n';
  }
  for (const duty& d : s.org().duties()) o << "duty " << d.id << ' ' << d.zh << '|' << d.en << '\n';
  for (const duty_assignment& a : s.org().duty_assignments()) o << "owner " << a.duty_id << ' ' << a.owner_id << '\n';
  for (const flow& f : s.flows()) {
    o << "flow " << f.id << ' ' << f.zh << '|' << f.en << ' ' << to_string(f.direction) << ' ' << f.sender_id << "->"
      << f.receiver_id << ' ' << to_string(f.every) << ' ' << to_string(f.due.anchor) << f.due.offset_days << ' '
      << f.from_catalog << '\n';
  }
  for (const duty_schedule& d : s.duty_schedules()) {
    o << "sched " << d.duty_id << ' ' << to_string(d.every) << ' ' << to_string(d.due.anchor) << d.due.offset_days
      << '\n';
  }
  for (const campaign& c : s.campaigns())
    o << "campaign " << c.id << ' ' << c.zh << '|' << c.en << ' ' << c.dates.to_string() << '\n';
  for (const delivery& d : s.deliveries()) {
    o << "delivery " << d.item_id << ' ' << d.occurrence << ' ' << d.delivered_on.to_string() << ' ' << d.by << '\n';
  }
  return o.str();
}

TEST(org_document, example_loads_and_round_trips_to_the_same_bytes) {
  const loop_schedule s = load_org_document_file(example_path());
  EXPECT_EQ(s.org().units().size(), 18U);
  EXPECT_EQ(s.flows().size(), 14U);
  EXPECT_EQ(s.duty_schedules().size(), 1U);
  EXPECT_EQ(s.campaigns().size(), 2U);
  EXPECT_EQ(s.deliveries().size(), 61U);
  EXPECT_EQ(s.calendar(), tt::fiscal_calendar::starting(4, 1));
  const std::string saved = save_org_document(s);
  const loop_schedule again = load_org_document(saved, "saved.json");
  EXPECT_EQ(save_org_document(again), saved);
  EXPECT_EQ(fingerprint(again), fingerprint(s));
  // The example is written as the saver writes, apart from what the saver resolves
  // (catalog names, defaults): the host's own texts survive unchanged.
  EXPECT_NE(saved.find("\"zh\": \"华东精工机械有限公司\""), std::string::npos);
  EXPECT_EQ(saved.back(), '\n');
}

TEST(org_document, round_trips_keep_the_order_of_people_in_a_role_and_of_a_persons_roles) {
  // Two people holding the same two roles, assigned in an order that differs per role
  // and per person; the fingerprint records both orders, so it tells them apart.
  const auto schedule_with = [](bool sun_first, bool director_first) {
    organisation org = tandem::org::testing::catalog_company();
    const std::vector<std::string> roles =
        director_first ? std::vector<std::string>{"role_marketing_director", "role_planning_supervisor"}
                       : std::vector<std::string>{"role_planning_supervisor", "role_marketing_director"};
    const std::vector<std::string> people = sun_first ? std::vector<std::string>{"sun_li", "zhou_min"}
                                                       : std::vector<std::string>{"zhou_min", "sun_li"};
    for (const std::string& r : roles)
      for (const std::string& p : people) org.assign_person(p, r);
    return loop_schedule(org, tt::fiscal_calendar::starting(4));
  };
  const loop_schedule a = schedule_with(true, true);
  const std::string fa = fingerprint(a);
  EXPECT_NE(fa.find(" sun_li(role_marketing_director,role_planning_supervisor) "
                    "zhou_min(role_marketing_director,role_planning_supervisor)"),
            std::string::npos)
      << fa;
  EXPECT_NE(fingerprint(schedule_with(false, true)), fa);  // people_in's order differs
  EXPECT_NE(fingerprint(schedule_with(true, false)), fa);  // roles_of's order differs
  for (const bool sun_first : {true, false})
    for (const bool director_first : {true, false}) {
      const loop_schedule s = schedule_with(sun_first, director_first);
      const std::string saved = save_org_document(s);
      EXPECT_EQ(fingerprint(load_org_document(saved, "order.json")), fingerprint(s)) << saved;
    }
}

TEST(org_document, defaults_fill_what_is_left_out) {
  const loop_schedule s = load_org_document(R"({
    "schema_version": 1,
    "units": [{"id": "org_marketing_department"}, {"id": "org_sales_department"},
              {"id": "east_team", "en": "East team", "superior": "org_sales_department"}],
    "flows": [{"id": "flow_s2m_07_regional_sales"}],
    "duties": [{"id": "pipeline_review", "zh": "管道评审"}],
    "duty_schedules": [{"duty": "pipeline_review"}]
  })",
                                            "mini.json");
  EXPECT_EQ(s.calendar(), tt::fiscal_calendar::gregorian());
  const unit& east = s.org().unit_at("east_team");
  EXPECT_EQ(east.kind, unit_kind::department);
  EXPECT_EQ(east.zh, "East team");  // the other name falls back to the given one
  EXPECT_EQ(east.function, unit_function::none);
  EXPECT_EQ(s.org().unit_at("org_sales_department").function, unit_function::sales);
  ASSERT_EQ(s.flows().size(), 1U);
  const flow& f = s.flows()[0];
  EXPECT_EQ(f.direction, flow_direction::sales_to_marketing);
  EXPECT_EQ(f.sender_id, "org_sales_department");
  EXPECT_EQ(f.receiver_id, "org_marketing_department");
  EXPECT_EQ(f.every, cadence::monthly);
  EXPECT_EQ(f.due, (due_rule{.anchor = due_anchor::period_end, .offset_days = 0}));
  EXPECT_EQ(f.en, "Regional sales status");
  EXPECT_EQ(s.duty_schedules()[0], (duty_schedule{.duty_id = "pipeline_review", .every = cadence::monthly, .due = {}}));
  EXPECT_EQ(s.org().duty_at("pipeline_review").en, "管道评审");
}

TEST(org_document, standard_flows_come_first_and_are_saved_as_explicit_flows) {
  const loop_schedule s = load_org_document(R"({
    "schema_version": 1,
    "units": [{"id": "org_marketing_department"}, {"id": "org_sales_department"}],
    "standard_flows": true,
    "flows": [{"id": "weekly_pipeline", "en": "Weekly pipeline", "direction": "sales_to_marketing",
               "cadence": "weekly", "due": {"anchor": "period_end", "offset_days": 1}}]
  })",
                                            "std.json");
  ASSERT_EQ(s.flows().size(), 15U);
  EXPECT_EQ(s.flows()[0].id, "flow_m2s_01_sales_promotion_plan");
  EXPECT_EQ(s.flows()[3].every, cadence::yearly);
  EXPECT_EQ(s.flows()[14].id, "weekly_pipeline");
  const std::string saved = save_org_document(s);
  EXPECT_EQ(saved.find("standard_flows"), std::string::npos);
  EXPECT_EQ(fingerprint(load_org_document(saved, "x")), fingerprint(s));
}

TEST(org_document, every_calendar_shape_round_trips) {
  const std::vector<tt::fiscal_calendar> calendars{
      tt::fiscal_calendar::gregorian(), tt::fiscal_calendar::starting(7, 1, tt::fiscal_year_naming::start_year),
      tt::fiscal_calendar::starting(4, 16),
      tt::fiscal_calendar::retail(tt::retail_pattern::p454, 1, tt::weekday::saturday,
                                  tt::year_end_rule::nearest_weekday, tt::fiscal_year_naming::start_year),
      tt::fiscal_calendar::retail(tt::retail_pattern::p544, 12, tt::weekday::sunday, tt::year_end_rule::last_weekday)};
  for (const tt::fiscal_calendar& c : calendars) {
    const loop_schedule s(organisation{}, c);
    const std::string saved = save_org_document(s);
    const loop_schedule again = load_org_document(saved, "c.json");
    EXPECT_EQ(again.calendar(), c) << saved;
    EXPECT_EQ(save_org_document(again), saved);
  }
  const loop_schedule retail(organisation{}, calendars[3]);
  EXPECT_NE(save_org_document(retail).find(R"("calendar": {
    "kind": "retail",
    "pattern": "4-5-4",
    "end_month": 1,
    "end_weekday": "saturday",
    "end_rule": "nearest_weekday",
    "naming": "start_year"
  })"),
            std::string::npos);
}

TEST(org_document, empty_schedule_is_saved_exactly) {
  const loop_schedule s(organisation{}, tt::fiscal_calendar::gregorian());
  EXPECT_EQ(save_org_document(s), R"({
  "schema_version": 1,
  "calendar": {
    "kind": "gregorian"
  },
  "units": [],
  "duties": [],
  "people": [],
  "duty_owners": [],
  "flows": [],
  "duty_schedules": [],
  "campaigns": [],
  "deliveries": []
}
)");
}

TEST(org_document, people_keep_their_order_per_role_and_per_person) {
  // Interleaved: b's roles are r2 then r1, while r1 lists a before b.
  const loop_schedule s = load_org_document(R"({
    "schema_version": 1,
    "units": [{"id": "r1", "kind": "role", "en": "R1"}, {"id": "r2", "kind": "role", "en": "R2"}],
    "people": [{"person": "b", "role": "r2"}, {"person": "a", "role": "r1"}, {"person": "b", "role": "r1"},
               {"person": "a", "role": "r2"}]
  })",
                                            "p.json");
  const loop_schedule again = load_org_document(save_org_document(s), "p2.json");
  for (const loop_schedule* x : {&s, &again}) {
    EXPECT_EQ(x->org().people_in("r1"), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(x->org().people_in("r2"), (std::vector<std::string>{"b", "a"}));
    EXPECT_EQ(x->org().roles_of("a"), (std::vector<std::string>{"r1", "r2"}));
    EXPECT_EQ(x->org().roles_of("b"), (std::vector<std::string>{"r2", "r1"}));
  }
  EXPECT_EQ(save_org_document(again), save_org_document(s));
}

TEST(org_document, file_errors_name_the_file) {
  try {
    (void)load_org_document_file("/nonexistent/company.json");
    FAIL() << "expected an error";
  } catch (const tandem::error& e) {
    EXPECT_EQ(e.code(), tandem::errc::invalid_argument);
    EXPECT_EQ(std::string(e.what()), "cannot read '/nonexistent/company.json': No such file or directory");
  }
}

TEST(org_document, a_byte_order_mark_is_skipped) {
  const loop_schedule s = load_org_document("\xEF\xBB\xBF{\"schema_version\": 1}", "bom.json");
  EXPECT_TRUE(s.org().units().empty());
}

// ---- random documents ----

std::string random_name(std::mt19937& rng, const std::string& base) {
  static const std::vector<std::string> decorations{"", " 部", " \"quoted\"", " back\\slash", " tab\there", " é"};
  return base + decorations[rng() % decorations.size()];
}

tt::fiscal_calendar random_calendar(std::mt19937& rng) {
  const auto naming = rng() % 2 == 0 ? tt::fiscal_year_naming::end_year : tt::fiscal_year_naming::start_year;
  switch (rng() % 3) {
    case 0: return tt::fiscal_calendar::gregorian();
    case 1:
      return tt::fiscal_calendar::starting(static_cast<int>(rng() % 12 + 1), static_cast<int>(rng() % 28 + 1), naming);
    default:
      return tt::fiscal_calendar::retail(static_cast<tt::retail_pattern>(rng() % 3), static_cast<int>(rng() % 12 + 1),
                                         static_cast<tt::weekday>(rng() % 7 + 1),
                                         static_cast<tt::year_end_rule>(rng() % 2), naming);
  }
}

// A valid schedule built through the API with random choices; whatever a mutator
// rejects (a duplicate pair, say) is simply left out.
loop_schedule random_schedule(std::mt19937& rng) {
  organisation org;
  std::vector<std::string> units;
  std::vector<std::string> roles;
  const int unit_count = static_cast<int>(rng() % 8 + 2);
  for (int i = 0; i < unit_count; ++i) {
    const std::string id = "u" + std::to_string(i);
    const bool role = rng() % 3 == 0;
    unit_spec spec{.id = id,
                   .kind = role ? unit_kind::role : unit_kind::department,
                   .zh = rng() % 2 == 0 ? random_name(rng, "单位" + std::to_string(i)) : std::string(),
                   .en = random_name(rng, "Unit " + std::to_string(i)),
                   .superior_id = units.empty() || rng() % 4 == 0 ? std::string() : units[rng() % units.size()],
                   .function = i == 0   ? unit_function::marketing
                               : i == 1 ? unit_function::sales
                                        : unit_function::from_id};
    org.add_unit(spec);
    units.push_back(id);
    if (role) roles.push_back(id);
  }
  std::vector<std::string> duties;
  for (int i = 0; i < static_cast<int>(rng() % 4); ++i) {
    const std::string id = "host_duty_" + std::to_string(i);
    org.add_duty({.id = id, .zh = random_name(rng, "职责"), .en = rng() % 2 == 0 ? std::string() : "Duty"});
    duties.push_back(id);
  }
  duties.push_back("mkt_resp_info_mgmt_03_early_warning");
  for (int i = 0; i < 8 && !roles.empty(); ++i) {
    try {
      org.assign_person("p" + std::to_string(rng() % 4), roles[rng() % roles.size()]);
    } catch (const tandem::error&) {
    }
  }
  for (int i = 0; i < 6; ++i) {
    try {
      org.assign_duty(duties[rng() % duties.size()], units[rng() % units.size()]);
    } catch (const tandem::error&) {
    }
  }
  loop_schedule s(org, random_calendar(rng));
  const std::vector<flow_spec> standard = standard_flow_specs();
  for (int i = 0; i < 3; ++i) {
    flow_spec f = standard[rng() % standard.size()];
    f.every = static_cast<cadence>(rng() % 6);
    f.due = {.anchor = static_cast<due_anchor>(rng() % 2), .offset_days = static_cast<std::int32_t>(rng() % 61) - 30};
    try {
      s.add_flow(f);
    } catch (const tandem::error&) {
    }
  }
  for (int i = 0; i < 2; ++i) {
    const std::string sender = units[rng() % units.size()];
    const std::string receiver = units[rng() % units.size()];
    try {
      s.add_flow({.id = "host_flow_" + std::to_string(i),
                  .zh = random_name(rng, "流"),
                  .en = {},
                  .direction = static_cast<flow_direction>(rng() % 2),
                  .sender_id = sender,
                  .receiver_id = receiver,
                  .every = static_cast<cadence>(rng() % 5),
                  .due = {}});
    } catch (const tandem::error&) {
    }
  }
  try {
    s.schedule_duty({.duty_id = duties[rng() % duties.size()],
                     .every = static_cast<cadence>(rng() % 5),
                     .due = {.anchor = due_anchor::period_end, .offset_days = 3}});
  } catch (const tandem::error&) {
  }
  const tt::date start = ymd(2026, 1, 1).plus_days(static_cast<std::int64_t>(rng() % 300));
  s.add_campaign({.id = "fair", .zh = random_name(rng, "展会"), .en = {}, .dates = {start, start.plus_days(4)}});
  // Deliveries for some of what falls due in a quarter of a year.
  for (const obligation& o : s.due_in({start, start.plus_days(90)})) {
    if (rng() % 3 == 0) continue;
    s.record_delivery({.item_id = o.item_id,
                       .occurrence = o.occurrence,
                       .delivered_on = o.due.plus_days(static_cast<std::int64_t>(rng() % 11) - 5),
                       .by = "p" + std::to_string(rng() % 4)});
  }
  return s;
}

TEST(org_document, random_schedules_round_trip) {
  std::mt19937 rng(20261127);  // fixed: the same documents every run
  std::size_t deliveries = 0;
  for (int i = 0; i < 200; ++i) {
    const loop_schedule s = random_schedule(rng);
    const std::string saved = save_org_document(s);
    const loop_schedule again = load_org_document(saved, "random.json");
    ASSERT_EQ(save_org_document(again), saved) << "document " << i;
    ASSERT_EQ(fingerprint(again), fingerprint(s)) << "document " << i << '\n' << saved;
    deliveries += s.deliveries().size();
  }
  EXPECT_GT(deliveries, 100U);  // the generator really exercises deliveries
}

}  // namespace
