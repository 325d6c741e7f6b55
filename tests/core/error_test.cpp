// tandem/core/error.hpp: pinned codes, their names, and what an error carries.
#include "tandem/core/error.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace {

using tandem::errc;

// The C API exposes these numbers; changing one breaks every binding.
static_assert(static_cast<int>(errc::invalid_argument) == 1);
static_assert(static_cast<int>(errc::parse_error) == 2);
static_assert(static_cast<int>(errc::out_of_range) == 3);
static_assert(static_cast<int>(errc::overflow) == 4);
static_assert(static_cast<int>(errc::infeasible) == 5);
static_assert(static_cast<int>(errc::tie) == 6);

TEST(ErrorCode, EveryCodeHasItsStableName) {
  EXPECT_EQ(tandem::to_string(errc::invalid_argument), "invalid_argument");
  EXPECT_EQ(tandem::to_string(errc::parse_error), "parse_error");
  EXPECT_EQ(tandem::to_string(errc::out_of_range), "out_of_range");
  EXPECT_EQ(tandem::to_string(errc::overflow), "overflow");
  EXPECT_EQ(tandem::to_string(errc::infeasible), "infeasible");
  EXPECT_EQ(tandem::to_string(errc::tie), "tie");
}

TEST(ErrorCode, AnUnknownNumberIsNamedUnknown) {
  // A code from a newer library version read by an older one must not crash.
  EXPECT_EQ(tandem::to_string(static_cast<errc>(0)), "unknown");
  EXPECT_EQ(tandem::to_string(static_cast<errc>(99)), "unknown");
}

TEST(Error, WholeRequestErrorNamesNoChild) {
  const tandem::error e(errc::infeasible, "lower bounds exceed the total");
  EXPECT_EQ(e.code(), errc::infeasible);
  EXPECT_STREQ(e.what(), "lower bounds exceed the total");
  EXPECT_FALSE(e.child().has_value());
  EXPECT_TRUE(e.children().empty());
}

TEST(Error, SingleIndexErrorNamesThatChild) {
  const tandem::error e(errc::parse_error, "bad weight", 7);
  EXPECT_EQ(e.code(), errc::parse_error);
  EXPECT_STREQ(e.what(), "bad weight");
  ASSERT_TRUE(e.child().has_value());
  EXPECT_EQ(*e.child(), 7U);
  EXPECT_EQ(e.children(), std::vector<std::size_t>{7});
}

TEST(Error, IndexZeroIsAChildNotAnAbsence) {
  // Index 0 is a real row; it must not be confused with "no child".
  const tandem::error e(errc::out_of_range, "negative", 0);
  ASSERT_TRUE(e.child().has_value());
  EXPECT_EQ(*e.child(), 0U);
}

TEST(Error, SeveralIndicesKeepTheirOrderAndTheFirstIsTheChild) {
  const tandem::error e(errc::tie, "tied for the last unit", std::vector<std::size_t>{4, 1, 9});
  EXPECT_EQ(e.code(), errc::tie);
  ASSERT_TRUE(e.child().has_value());
  EXPECT_EQ(*e.child(), 4U);
  EXPECT_EQ(e.children(), (std::vector<std::size_t>{4, 1, 9}));
}

TEST(Error, AnEmptyIndexListMeansNoChild) {
  const tandem::error e(errc::tie, "tie", std::vector<std::size_t>{});
  EXPECT_FALSE(e.child().has_value());
}

TEST(Error, IsCatchableAsRuntimeError) {
  // Hosts that only know the standard hierarchy still see the message.
  try {
    throw tandem::error(errc::overflow, "too big", 2);
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "too big");
    return;
  }
  FAIL() << "tandem::error was not caught as std::runtime_error";
}

TEST(Error, ThrowOverflowPrefixesWhatWasComputed) {
  try {
    tandem::throw_overflow("sum of weights");
  } catch (const tandem::error& e) {
    EXPECT_EQ(e.code(), errc::overflow);
    EXPECT_STREQ(e.what(), "overflow: sum of weights");
    EXPECT_FALSE(e.child().has_value());
    return;
  }
  FAIL() << "throw_overflow returned";
}

TEST(Error, CopiesCarryCodeMessageAndIndices) {
  const tandem::error original(errc::tie, "tie", std::vector<std::size_t>{2, 3});
  const tandem::error copy = original;  // NOLINT(performance-unnecessary-copy-initialization)
  EXPECT_EQ(copy.code(), errc::tie);
  EXPECT_STREQ(copy.what(), "tie");
  EXPECT_EQ(copy.children(), (std::vector<std::size_t>{2, 3}));
}

}  // namespace
