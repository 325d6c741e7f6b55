// `tandem org check` on a document it cannot use: status 1, nothing on standard
// output, every problem on its own line of standard error.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <string>
#include <string_view>
#include <vector>

#include "cli/support/run_tandem.hpp"

namespace {

cli_test::run_result check_text(std::string_view json_text) {
  const cli_test::scratch_dir dir;
  dir.write("company.json", json_text);
  return cli_test::run_tandem({"org", "check", "company.json", "--as-of", "2026-09-25"}, dir);
}

TEST(org_check_errors, every_problem_on_its_own_line) {
  const auto r = check_text(R"({
  "schema_version": 1,
  "calendar": {"kind": "fiscal", "start_month": 4.0},
  "units": [
    {"id": "org_marketing_department"},
    {"id": "org_sales_department", "superior": "role_marketing_directr"},
    {"id": "org_sales_department"}
  ],
  "colour": "red"
})");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(cli_test::lines_of(r.err),
            (std::vector<std::string>{
                // An object's unknown keys come before the problems inside its members.
                "tandem org check: company.json: $.colour: unknown key; the keys of an organisation document are "
                "schema_version, calendar, units, duties, people, duty_owners, standard_flows, flows, duty_schedules, "
                "campaigns, deliveries",
                "tandem org check: company.json: $.calendar.start_month: expected an integer, got the number 4.0",
                "tandem org check: company.json: $.units[2]: duplicate unit id 'org_sales_department'",
                "tandem org check: company.json: $.units[1].superior: unit 'org_sales_department' reports to unknown "
                "superior 'role_marketing_directr'"}));
}

TEST(org_check_errors, bad_json_and_standard_input) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({"org", "check", "-", "--as-of", "2026-09-25"}, dir, "{\"schema_version\": 1,}");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "tandem org check: <stdin>: $: invalid JSON at line 1, column 22: syntax error while parsing object key - "
            "unexpected '}'; expected string literal\n");
}

TEST(org_check_errors, unreadable_file) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({"org", "check", "nope.json", "--as-of", "2026-09-25"}, dir);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "tandem org check: cannot read \"nope.json\": No such file or directory\n");
  const auto directory = cli_test::run_tandem({"org", "check", ".", "--as-of", "2026-09-25"}, dir);
  EXPECT_EQ(directory.status, 1);
  EXPECT_EQ(directory.err, "tandem org check: cannot read \".\": Is a directory\n");
}

TEST(org_check_errors, unsupported_schema_version) {
  const auto r = check_text(R"({"schema_version": 2, "units": "later"})");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "tandem org check: company.json: $.schema_version: unsupported schema_version 2; this version of "
            "Tandem reads 1\n");
}

TEST(org_check_errors, a_minimal_document_is_model_1) {
  const auto r = check_text(R"({"schema_version": 1})");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_THAT(r.out, testing::HasSubstr("Organisation model\n  1  "));
  EXPECT_THAT(r.out, testing::HasSubstr("Due in 2026-09 (2026-09-01..2026-09-30), as of 2026-09-25\n  (none)\n"));
}

}  // namespace
