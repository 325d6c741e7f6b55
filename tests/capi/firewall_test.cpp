// The exception firewall (capi/firewall.hpp) driven directly with the exceptions
// that the public API cannot be made to throw on demand: std::bad_alloc ->
// TANDEM_E_NO_MEMORY, any other exception -> TANDEM_E_INTERNAL, and each
// tandem::errc -> its pinned status. Links the static C library, whose objects
// keep the internal functions that libtandem.so hides.
#include <gtest/gtest.h>

#include <cstdint>
#include <new>
#include <stdexcept>
#include <string>

#include "firewall.hpp"
#include "tandem.h"
#include "tandem/core/error.hpp"

namespace {

using tandem::capi::firewall;

TEST(Firewall, SuccessReturnsOkAndClearsTheLastError) {
  tandem::capi::set_last_error(TANDEM_E_PARSE, "stale", 4);
  EXPECT_EQ(firewall([] {}), TANDEM_OK);
  EXPECT_STREQ(tandem_last_error_message(), "");
  EXPECT_EQ(tandem_last_error_child(), -1);
}

TEST(Firewall, TandemErrorsKeepTheirCodeMessageAndChild) {
  const struct {
    tandem::errc code;
    tandem_status status;
  } cases[] = {{tandem::errc::invalid_argument, TANDEM_E_INVALID_ARGUMENT},
               {tandem::errc::parse_error, TANDEM_E_PARSE},
               {tandem::errc::out_of_range, TANDEM_E_OUT_OF_RANGE},
               {tandem::errc::overflow, TANDEM_E_OVERFLOW},
               {tandem::errc::infeasible, TANDEM_E_INFEASIBLE},
               {tandem::errc::tie, TANDEM_E_TIE}};
  for (const auto& c : cases) {
    EXPECT_EQ(firewall([&] { throw tandem::error(c.code, "child 3: bad", 2); }), c.status);
    EXPECT_STREQ(tandem_last_error_message(), "child 3: bad");
    EXPECT_EQ(tandem_last_error_child(), 2);
    EXPECT_EQ(firewall([&] { throw tandem::error(c.code, "whole request"); }), c.status);
    EXPECT_EQ(tandem_last_error_child(), -1);
  }
}

TEST(Firewall, ATieNamesTheFirstTiedChild) {
  EXPECT_EQ(firewall([] {
              throw tandem::error(tandem::errc::tie, "tie", std::vector<std::size_t>{5, 9});
            }),
            TANDEM_E_TIE);
  EXPECT_EQ(tandem_last_error_child(), 5);
}

TEST(Firewall, BadAllocIsNoMemory) {
  EXPECT_EQ(firewall([] { throw std::bad_alloc(); }), TANDEM_E_NO_MEMORY);
  EXPECT_STREQ(tandem_last_error_message(), "out of memory");
  EXPECT_EQ(tandem_last_error_child(), -1);
}

TEST(Firewall, OtherExceptionsAreInternalAndKeepTheirMessage) {
  EXPECT_EQ(firewall([] { throw std::logic_error("a bug"); }), TANDEM_E_INTERNAL);
  EXPECT_STREQ(tandem_last_error_message(), "a bug");
  EXPECT_EQ(firewall([] { throw 42; }), TANDEM_E_INTERNAL);
  EXPECT_NE(std::string(tandem_last_error_message()).find("unknown type"), std::string::npos);
}

TEST(Firewall, LongMessagesAreKeptWhole) {
  const std::string long_message(10000, 'x');
  EXPECT_EQ(firewall([&] { throw tandem::error(tandem::errc::parse_error, long_message); }),
            TANDEM_E_PARSE);
  EXPECT_EQ(std::string(tandem_last_error_message()), long_message);
}

}  // namespace
