// Organisation documents that are wrong: every problem is reported, one per line, as
// "FILE: $.json.path: message", and nothing is loaded.
#include "tandem/org/org_document.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tandem/core/error.hpp"

namespace {

using namespace tandem::org;

// The problems a document has, one per line; fails the test if it loads.
std::vector<std::string> problems(std::string_view json_text) {
  try {
    (void)load_org_document(json_text, "doc.json");
  } catch (const tandem::error& e) {
    EXPECT_EQ(e.code(), tandem::errc::invalid_argument);
    std::vector<std::string> lines;
    std::string_view text = e.what();
    while (!text.empty()) {
      const std::size_t end = text.find('\n');
      lines.emplace_back(text.substr(0, end));
      if (end == std::string_view::npos) break;
      text.remove_prefix(end + 1);
    }
    return lines;
  }
  ADD_FAILURE() << "the document loaded";
  return {};
}

using lines = std::vector<std::string>;

// A valid organisation the schedule tests build on.
constexpr std::string_view two_departments =
    R"("units": [{"id": "org_marketing_department"}, {"id": "org_sales_department"}])";

std::string doc(std::string_view body) { return "{\"schema_version\": 1, " + std::string(body) + "}"; }

TEST(org_document_errors, bad_json_syntax_names_line_and_column) {
  EXPECT_EQ(problems("{\n  \"schema_version\": 1,\n  \"units\": [,]\n}"),
            lines{"doc.json: $: invalid JSON at line 3, column 13: syntax error while parsing value - unexpected ','; "
                  "expected '[', '{', or a literal"});
  EXPECT_EQ(problems(""), lines{"doc.json: $: invalid JSON at line 1, column 1: syntax error while parsing value - "
                                "unexpected end of input; expected '[', '{', or a literal"});
}

TEST(org_document_errors, the_document_must_be_an_object_with_a_schema_version) {
  EXPECT_EQ(problems("[1]"), lines{"doc.json: $: expected an organisation document (an object), got an array"});
  EXPECT_EQ(problems("{}"), lines{"doc.json: $: missing required key \"schema_version\""});
  EXPECT_EQ(problems(R"({"schema_version": "1"})"),
            lines{"doc.json: $.schema_version: expected the integer 1, got the string \"1\""});
  EXPECT_EQ(problems(R"({"schema_version": 1.0})"),
            lines{"doc.json: $.schema_version: expected the integer 1, got the number 1.0"});
}

TEST(org_document_errors, unsupported_schema_version_is_the_only_problem_reported) {
  EXPECT_EQ(problems(R"({"schema_version": 2, "colour": "red", "units": 5})"),
            lines{"doc.json: $.schema_version: unsupported schema_version 2; this version of Tandem reads 1"});
  EXPECT_EQ(problems(R"({"schema_version": 0})"),
            lines{"doc.json: $.schema_version: unsupported schema_version 0; this version of Tandem reads 1"});
}

TEST(org_document_errors, unknown_keys_are_named_with_their_path) {
  EXPECT_EQ(
      problems(doc(R"("colour": 1, "units": [{"id": "x_unit", "en": "X", "owner": "y", "a b": 1}])")),
      (lines{"doc.json: $.colour: unknown key; the keys of an organisation document are schema_version, "
             "calendar, units, duties, people, duty_owners, standard_flows, flows, duty_schedules, campaigns, "
             "deliveries",
             "doc.json: $.units[0].owner: unknown key; the keys of a unit are id, kind, zh, en, superior, function",
             "doc.json: $.units[0][\"a b\"]: unknown key; the keys of a unit are id, kind, zh, en, superior, "
             "function"}));
}

TEST(org_document_errors, a_key_given_twice_is_reported_where_it_repeats) {
  EXPECT_EQ(problems(R"({"schema_version": 1,
      "units": [{"id": "a_team", "en": "A"}, {"id": "b_team", "en": "B", "superior": "a_team", "en": "B2"}],
      "people": [[], {"person": "x", "role": "y", "person": "z"}],
      "schema_version": 1})"),
            (lines{"doc.json: $.units[1].en: duplicate key", "doc.json: $.people[1].person: duplicate key",
                   "doc.json: $.schema_version: duplicate key",
                   "doc.json: $.people[0]: expected a person in a role (an object), got an array",
                   "doc.json: $.people[1]: cannot assign person 'z' to unknown role 'y'"}));
}

TEST(org_document_errors, wrong_types_are_named_with_what_was_found) {
  EXPECT_EQ(problems(doc(R"("units": {"id": "x"}, "duties": [{"id": "d_x", "zh": 5}], "people": [7],
                             "standard_flows": "yes", "deliveries": [{"item": null, "occurrence": [], "delivered_on": {},
                             "by": false}])")),
            (lines{"doc.json: $.units: expected an array, got an object",
                   "doc.json: $.duties[0].zh: expected a string, got the integer 5",
                   "doc.json: $.people[0]: expected a person in a role (an object), got the integer 7",
                   "doc.json: $.standard_flows: expected true or false, got the string \"yes\"",
                   "doc.json: $.deliveries[0].item: expected a string, got null",
                   "doc.json: $.deliveries[0].occurrence: expected a string, got an array",
                   "doc.json: $.deliveries[0].delivered_on: expected a string, got an object",
                   "doc.json: $.deliveries[0].by: expected a string, got false"}));
}

TEST(org_document_errors, floats_are_not_integers) {
  EXPECT_EQ(problems(doc(R"("calendar": {"kind": "fiscal", "start_month": 4.0, "start_day": 1e0},
                             "flows": [{"id": "f_x", "due": {"offset_days": -5.5}}])")),
            (lines{"doc.json: $.calendar.start_month: expected an integer, got the number 4.0",
                   "doc.json: $.calendar.start_day: expected an integer, got the number 1.0",
                   "doc.json: $.flows[0].due.offset_days: expected an integer, got the number -5.5"}));
}

TEST(org_document_errors, integers_out_of_range) {
  EXPECT_EQ(problems(doc(R"("calendar": {"kind": "fiscal", "start_month": 13, "start_day": 29},
                             "duty_schedules": [{"duty": "d", "due": {"offset_days": 367}}],
                             "flows": [{"id": "f", "due": {"offset_days": 18446744073709551615}}])")),
            (lines{"doc.json: $.calendar.start_month: must be from 1 to 12, got 13",
                   "doc.json: $.calendar.start_day: must be from 1 to 28, got 29",
                   "doc.json: $.flows[0].due.offset_days: must be from -366 to 366, got 18446744073709551615",
                   "doc.json: $.duty_schedules[0].due.offset_days: must be from -366 to 366, got 367"}));
}

TEST(org_document_errors, enumerated_values_must_be_spelled_exactly) {
  EXPECT_EQ(
      problems(doc(R"("calendar": {"kind": "retail", "pattern": "4-4-4", "end_month": 1, "end_weekday": "Sat",
                          "end_rule": "nearest", "naming": "END_YEAR"},
                     "units": [{"id": "u_x", "en": "U", "kind": "team", "function": "from_id"}],
                     "flows": [{"id": "f", "direction": "up", "cadence": "daily", "due": {"anchor": "start"}}])")),
      (lines{"doc.json: $.calendar.pattern: expected one of 4-4-5, 4-5-4, 5-4-4, got the string \"4-4-4\"",
             "doc.json: $.calendar.end_weekday: expected one of monday, tuesday, wednesday, thursday, friday, "
             "saturday, sunday, got the string \"Sat\"",
             "doc.json: $.calendar.end_rule: expected one of last_weekday, nearest_weekday, got the string \"nearest\"",
             "doc.json: $.calendar.naming: expected one of end_year, start_year, got the string \"END_YEAR\"",
             "doc.json: $.units[0].kind: expected one of department, role, got the string \"team\"",
             "doc.json: $.units[0].function: expected one of none, marketing, sales, marketing_and_sales, got the "
             "string \"from_id\"",
             "doc.json: $.flows[0].direction: expected one of marketing_to_sales, sales_to_marketing, got the string "
             "\"up\"",
             "doc.json: $.flows[0].cadence: expected one of weekly, monthly, quarterly, half_yearly, yearly, "
             "per_campaign, got the string \"daily\"",
             "doc.json: $.flows[0].due.anchor: expected one of period_start, period_end, got the string \"start\""}));
}

TEST(org_document_errors, calendar_kinds_have_their_own_keys) {
  EXPECT_EQ(problems(doc(R"("calendar": {"kind": "gregorian", "start_month": 4})")),
            lines{"doc.json: $.calendar.start_month: unknown key; the keys of a gregorian calendar are kind"});
  EXPECT_EQ(problems(doc(R"("calendar": {"kind": "lunar"})")),
            lines{"doc.json: $.calendar.kind: expected one of gregorian, fiscal, retail, got the string \"lunar\""});
  EXPECT_EQ(problems(doc(R"("calendar": {"start_month": 4})")),
            lines{"doc.json: $.calendar: missing required key \"kind\""});
  EXPECT_EQ(problems(doc(R"("calendar": {"kind": 1})")),
            lines{"doc.json: $.calendar.kind: expected one of gregorian, fiscal, retail, got the integer 1"});
  EXPECT_EQ(problems(doc(R"("calendar": "fiscal")")),
            lines{"doc.json: $.calendar: expected a calendar (an object), got the string \"fiscal\""});
  EXPECT_EQ(problems(doc(R"("calendar": {"kind": "retail", "pattern": "4-4-5"})")),
            (lines{"doc.json: $.calendar: missing required key \"end_month\"",
                   "doc.json: $.calendar: missing required key \"end_weekday\"",
                   "doc.json: $.calendar: missing required key \"end_rule\""}));
}

TEST(org_document_errors, missing_required_keys) {
  EXPECT_EQ(problems(doc(R"("units": [{"kind": "role"}], "people": [{"person": "li_lei"}],
                             "duty_owners": [{}], "campaigns": [{"id": "fair", "first": "2026-09-01"}],
                             "deliveries": [{"item": "f", "occurrence": "2026-09", "by": "li_lei"}])")),
            (lines{"doc.json: $.units[0]: missing required key \"id\"",
                   "doc.json: $.people[0]: missing required key \"role\"",
                   "doc.json: $.duty_owners[0]: missing required key \"duty\"",
                   "doc.json: $.duty_owners[0]: missing required key \"owner\"",
                   "doc.json: $.campaigns[0]: missing required key \"last\"",
                   "doc.json: $.deliveries[0]: missing required key \"delivered_on\""}));
}

TEST(org_document_errors, tree_problems_are_reported_at_the_unit) {
  EXPECT_EQ(problems(doc(R"("units": [
      {"id": "role_marketing_director", "kind": "role"},
      {"id": "org_marketing_department", "superior": "role_marketing_directr"},
      {"id": "a_team", "en": "A", "superior": "b_team"},
      {"id": "b_team", "en": "B", "superior": "c_team"},
      {"id": "c_team", "en": "C", "superior": "a_team"},
      {"id": "d_team", "en": "D", "superior": "c_team"},
      {"id": "self_team", "en": "S", "superior": "self_team"},
      {"id": "org_sales_department", "superior": "nowhere"}])")),
            (lines{"doc.json: $.units[6]: reporting cycle: self_team -> self_team",
                   "doc.json: $.units[1].superior: unit 'org_marketing_department' reports to unknown superior "
                   "'role_marketing_directr'",
                   "doc.json: $.units[7].superior: unit 'org_sales_department' reports to unknown superior 'nowhere'",
                   "doc.json: $.units[2].superior: reporting cycle: a_team -> b_team -> c_team -> a_team"}));
}

TEST(org_document_errors, duplicate_ids) {
  EXPECT_EQ(
      problems(doc(R"("units": [{"id": "x_team", "en": "X"}, {"id": "x_team", "en": "X2"}],
                             "duties": [{"id": "d_one", "en": "D"}, {"id": "d_one", "en": "D"}],
                             "people": [{"person": "li_lei", "role": "x_team"}])")),
      (lines{"doc.json: $.units[1]: duplicate unit id 'x_team'", "doc.json: $.duties[1]: duplicate duty id 'd_one'",
             "doc.json: $.people[0]: cannot assign person 'li_lei' to 'x_team': it is a department, not a role"}));
}

TEST(org_document_errors, unknown_duties_and_owners) {
  EXPECT_EQ(problems(doc(R"("units": [{"id": "x_team", "en": "X"}],
                             "duty_owners": [{"duty": "nope_duty", "owner": "x_team"},
                                             {"duty": "mkt_resp_info_mgmt_03_early_warning", "owner": "y_team"}])")),
            (lines{"doc.json: $.duty_owners[0]: cannot assign unknown duty 'nope_duty' to 'x_team': not a catalog "
                   "marketing duty or sales responsibility, nor a host duty",
                   "doc.json: $.duty_owners[1]: cannot assign duty 'mkt_resp_info_mgmt_03_early_warning' to unknown "
                   "unit 'y_team'"}));
}

TEST(org_document_errors, dates) {
  EXPECT_EQ(problems(doc(R"("campaigns": [{"id": "fair", "en": "Fair", "first": "2026-9-1", "last": "2026-02-30"},
                                          {"id": "late", "en": "Late", "first": "2026-09-10", "last": "2026-09-01"}])")),
            (lines{"doc.json: $.campaigns[0].first: '2026-9-1' is not a date of the form YYYY-MM-DD",
                   "doc.json: $.campaigns[0].last: '2026-02-30' is not a day of the calendar (dates run from "
                   "1400-01-01 to 9999-12-31)",
                   "doc.json: $.campaigns[1].last: the campaign ends (2026-09-01) before it starts (2026-09-10)"}));
}

TEST(org_document_errors, schedule_problems_are_reported_at_the_element) {
  EXPECT_EQ(
      problems(doc(std::string(two_departments) + R"(,
        "flows": [{"id": "flow_s2m_07_regional_sales"}, {"id": "flow_s2m_07_regional_sales"},
                  {"id": "flow_m2s_01_sales_promotion_plan", "direction": "sales_to_marketing"}],
        "duty_schedules": [{"duty": "no_such_duty"}],
        "campaigns": [{"id": "fair"}],
        "deliveries": [
          {"item": "flow_x", "occurrence": "2026-04", "delivered_on": "2026-05-04", "by": "zhang_wei"},
          {"item": "flow_s2m_07_regional_sales", "occurrence": "2026-13", "delivered_on": "2026-05-04", "by": "zhang_wei"},
          {"item": "flow_s2m_07_regional_sales", "occurrence": "2026-04", "delivered_on": "2026-05-04", "by": "Zhang Wei"},
          {"item": "flow_s2m_07_regional_sales", "occurrence": "2026-04", "delivered_on": "2026-05-04", "by": "zhang_wei"},
          {"item": "flow_s2m_07_regional_sales", "occurrence": "2026-04", "delivered_on": "2026-05-06", "by": "li_lei"}])")),
      (lines{"doc.json: $.flows[1]: duplicate flow id 'flow_s2m_07_regional_sales'",
             "doc.json: $.flows[2]: flow 'flow_m2s_01_sales_promotion_plan' is the catalog's marketing_to_sales "
             "flow and cannot go sales_to_marketing",
             "doc.json: $.duty_schedules[0]: cannot schedule unknown duty 'no_such_duty'",
             "doc.json: $.campaigns[0]: missing required key \"first\"",
             "doc.json: $.campaigns[0]: missing required key \"last\"",
             "doc.json: $.deliveries[0]: cannot record a delivery of 'flow_x': it is neither a flow nor a scheduled "
             "duty",
             "doc.json: $.deliveries[1]: occurrence '2026-13' of monthly item 'flow_s2m_07_regional_sales' is not the "
             "label of a month in 2024..2027 (two fiscal years before to one after the delivery on 2026-05-04)",
             "doc.json: $.deliveries[2]: malformed person id 'Zhang Wei': must match [a-z][a-z0-9_]* and have at "
             "most 64 characters",
             "doc.json: $.deliveries[4]: occurrence '2026-04' of 'flow_s2m_07_regional_sales' was delivered on "
             "2026-05-04 by zhang_wei"}));
}

TEST(org_document_errors, standard_flows_need_the_two_departments) {
  EXPECT_EQ(problems(doc(R"("units": [{"id": "org_marketing_department"}], "standard_flows": true)")),
            lines{"doc.json: $.standard_flows: flow 'flow_m2s_01_sales_promotion_plan' has no receiver: the "
                  "organisation has no sales unit (nor one doing marketing and sales); set receiver_id"});
}

TEST(org_document_errors, many_problems_at_once_in_file_order) {
  const lines got = problems(R"({
    "schema_version": 1,
    "calendar": {"kind": "fiscal", "start_month": 4.5},
    "units": [{"id": "x_team", "en": "X", "superior": "y_team"}, {"id": "x_team", "en": "X"}],
    "duties": [{"id": 3}],
    "deliveries": [{"item": "f", "occurrence": "2026-04", "delivered_on": "yesterday", "by": "li_lei"}],
    "extra": null
  })");
  EXPECT_EQ(got, (lines{"doc.json: $.extra: unknown key; the keys of an organisation document are schema_version, "
                        "calendar, units, duties, people, duty_owners, standard_flows, flows, duty_schedules, "
                        "campaigns, deliveries",
                        "doc.json: $.calendar.start_month: expected an integer, got the number 4.5",
                        "doc.json: $.units[1]: duplicate unit id 'x_team'",
                        "doc.json: $.units[0].superior: unit 'x_team' reports to unknown superior 'y_team'",
                        "doc.json: $.duties[0].id: expected a string, got the integer 3",
                        "doc.json: $.deliveries[0].delivered_on: 'yesterday' is not a date of the form YYYY-MM-DD"}));
}

TEST(org_document_errors, the_source_name_starts_every_line) {
  try {
    (void)load_org_document("{\"schema_version\": 1, \"a\": 1, \"b\": 2}", "<stdin>");
    FAIL() << "expected an error";
  } catch (const tandem::error& e) {
    const std::string text = e.what();
    EXPECT_EQ(text.rfind("<stdin>: $.a: unknown key", 0), 0U) << text;
    EXPECT_NE(text.find("\n<stdin>: $.b: unknown key"), std::string::npos) << text;
  }
}

}  // namespace

namespace hostile {

// {"schema_version": 1, "units": [[[[...]]]]}: "units" and its arrays nest `depth` deep.
std::string nested_units(std::size_t depth) {
  return doc("\"units\": " + std::string(depth, '[') + std::string(depth, ']'));
}

// A reporting chain u0 <- u1 <- ... <- u(n-1); with `loop`, u0 reports to the last.
std::string chain(std::size_t n, bool loop) {
  std::string units;
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) units += ", ";
    const std::string superior = i > 0 ? "u" + std::to_string(i - 1) : (loop ? "u" + std::to_string(n - 1) : "");
    units += "{\"id\": \"u" + std::to_string(i) + "\", \"en\": \"U\"" +
             (superior.empty() ? std::string() : ", \"superior\": \"" + superior + "\"") + "}";
  }
  return doc("\"units\": [" + units + "]");
}

}  // namespace hostile

TEST(org_document_errors, nesting_deeper_than_sixteen_levels_stops_the_parse) {
  // Sixteen levels of arrays are fine as far as nesting goes (they are not units,
  // which is reported as usual); seventeen are not.
  const lines fine = problems(hostile::nested_units(16));
  ASSERT_FALSE(fine.empty());
  EXPECT_EQ(fine.front().find("nested more than"), std::string::npos) << fine.front();
  EXPECT_EQ(problems(hostile::nested_units(17)),
            lines{"doc.json: $.units[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nested more than 16 levels deep"});
  // A hostile depth is refused as quickly, without holding a path per level.
  EXPECT_EQ(problems(hostile::nested_units(1'000'000)).size(), 1U);
}

TEST(org_document_errors, empty_references_are_refused_not_read_as_absent) {
  EXPECT_EQ(problems(doc(R"("units": [{"id": "org_marketing_department", "superior": ""}])")),
            lines{"doc.json: $.units[0].superior: expected an id, got \"\" (leave the key out instead)"});
  EXPECT_EQ(problems(doc(std::string(two_departments) +
                         R"(, "flows": [{"id": "flow_s2m_07_regional_sales", "sender": "", "receiver": ""}])")),
            (lines{"doc.json: $.flows[0].sender: expected an id, got \"\" (leave the key out instead)",
                   "doc.json: $.flows[0].receiver: expected an id, got \"\" (leave the key out instead)"}));
}

TEST(org_document_errors, long_reporting_chains_load_and_their_loops_are_named_once) {
  const loop_schedule s = load_org_document(hostile::chain(5000, false), "doc.json");
  EXPECT_EQ(s.org().superior_chain("u4999").size(), 4999U);
  const lines loop = problems(hostile::chain(300, true));
  ASSERT_EQ(loop.size(), 1U);
  std::string expected = "doc.json: $.units[0].superior: reporting cycle: u0";
  for (int i = 299; i >= 1; --i) expected += " -> u" + std::to_string(i);
  EXPECT_EQ(loop.front(), expected + " -> u0");
}
