// `tandem` itself: --help lists the commands, --version prints the version, and
// a missing or unknown command is a usage error (status 2).
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <string>

#include "cli/support/run_tandem.hpp"

namespace {

using testing::HasSubstr;

TEST(tandem_main, help_lists_the_commands) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({"--help"}, dir);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_THAT(r.out, HasSubstr("Usage: tandem [OPTIONS] SUBCOMMAND"));
  EXPECT_THAT(r.out, HasSubstr("  allocate "));
  EXPECT_THAT(r.out, HasSubstr("  biproportional "));
  EXPECT_THAT(r.out, HasSubstr("--version"));
}

TEST(tandem_main, version_prints_the_project_version) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({"--version"}, dir);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, std::string("tandem ") + TANDEM_VERSION + "\n");
  EXPECT_EQ(r.err, "");
}

TEST(tandem_main, no_command_is_a_usage_error) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({}, dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "tandem: a command is required; the commands are allocate, spread, biproportional, catalog, org, plan "
            "(see 'tandem --help')\n");
}

TEST(tandem_main, unknown_command_is_a_usage_error) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({"allot", "--total", "5"}, dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "tandem: unknown command \"allot\"; the commands are allocate, spread, biproportional, catalog, org, plan\n");
}

TEST(tandem_main, unknown_option_is_a_usage_error) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem({"--verbose"}, dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "tandem: unknown option \"--verbose\" (see 'tandem --help')\n");
}

TEST(tandem_main, unknown_option_before_a_command_is_a_usage_error) {
  const cli_test::scratch_dir dir;
  dir.write("in.csv", "id,weight\na,1\n");
  const auto r = cli_test::run_tandem({"--verbose", "allocate", "--method", "hamilton", "--total", "1", "in.csv"}, dir);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err, HasSubstr("--verbose")) << r.err;
  EXPECT_EQ(cli_test::lines_of(r.err).size(), 1U) << r.err;
}

}  // namespace
