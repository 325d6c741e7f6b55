// Tests for tandem/time/period.hpp: kind names and the period value type.
#include "tandem/time/period.hpp"

#include <gtest/gtest.h>

#include <string_view>

namespace {

using tandem::time::date;
using tandem::time::date_range;
using tandem::time::period;
using tandem::time::period_kind;
using tandem::time::period_kind_from_name;

// The C API exposes these numbers.
static_assert(static_cast<int>(period_kind::year) == 0);
static_assert(static_cast<int>(period_kind::half) == 1);
static_assert(static_cast<int>(period_kind::quarter) == 2);
static_assert(static_cast<int>(period_kind::month) == 3);
static_assert(static_cast<int>(period_kind::week) == 4);
static_assert(static_cast<int>(period_kind::day) == 5);

TEST(period_kind, names) {
  EXPECT_EQ(tandem::time::to_string(period_kind::year), "year");
  EXPECT_EQ(tandem::time::to_string(period_kind::half), "half");
  EXPECT_EQ(tandem::time::to_string(period_kind::quarter), "quarter");
  EXPECT_EQ(tandem::time::to_string(period_kind::month), "month");
  EXPECT_EQ(tandem::time::to_string(period_kind::week), "week");
  EXPECT_EQ(tandem::time::to_string(period_kind::day), "day");
  EXPECT_EQ(tandem::time::to_string(static_cast<period_kind>(6)), "?");
  EXPECT_EQ(tandem::time::to_string(static_cast<period_kind>(255)), "?");
}

TEST(period_kind, names_round_trip) {
  for (int i = 0; i <= 5; ++i) {
    const auto k = static_cast<period_kind>(i);
    EXPECT_EQ(period_kind_from_name(tandem::time::to_string(k)), k);
  }
}

TEST(period_kind, parsing_ignores_case) {
  EXPECT_EQ(period_kind_from_name("YEAR"), period_kind::year);
  EXPECT_EQ(period_kind_from_name("Quarter"), period_kind::quarter);
  EXPECT_EQ(period_kind_from_name("mOnTh"), period_kind::month);
  EXPECT_EQ(period_kind_from_name("Day"), period_kind::day);
}

TEST(period_kind, parsing_rejects_other_names) {
  using namespace std::string_view_literals;
  for (const std::string_view name : {""sv, "years"sv, "yea"sv, " year"sv, "year "sv, "q"sv, "quarterly"sv,
                                      "fortnight"sv, "?"sv, "h"sv, "wk"sv, "day\0"sv}) {
    EXPECT_EQ(period_kind_from_name(name), std::nullopt) << "'" << name << "'";
  }
}

TEST(period, is_partial_when_cut) {
  const date_range april{date::from_ymd(2027, 4, 1), date::from_ymd(2027, 4, 30)};
  const date_range late_april{date::from_ymd(2027, 4, 10), date::from_ymd(2027, 4, 30)};
  const period whole{period_kind::month, april, april, "2027-04"};
  const period cut{period_kind::month, april, late_april, "2027-04"};
  EXPECT_FALSE(whole.is_partial());
  EXPECT_TRUE(cut.is_partial());
  const period defaulted{};
  EXPECT_EQ(defaulted.kind, period_kind::year);
  EXPECT_FALSE(defaulted.is_partial());
}

}  // namespace
