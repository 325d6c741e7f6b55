// Tests for the stages and the product stage history of tandem/org/lifecycle.hpp
// (the classifier has its own file, lifecycle_classifier_test.cpp).
#include "tandem/org/lifecycle.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "tandem/core/error.hpp"
#include "time/support/expect_error.hpp"

namespace {

using tandem::errc;
using tandem::org::lifecycle_stage;
using tandem::org::lifecycle_transition;
using tandem::org::product_lifecycle;
using tandem::time::date;
using tandem::time::testing::caught;

date d(int y, int m, int day) { return date::from_ymd(y, m, day); }

TEST(lifecycle_stage, names_and_ids_are_pinned) {
  // The seed's ids are copied from catalog.json (product_lifecycle.stages[].id);
  // lifecycle_decline is ours.
  EXPECT_EQ(to_string(lifecycle_stage::introduction), "introduction");
  EXPECT_EQ(to_string(lifecycle_stage::growth), "growth");
  EXPECT_EQ(to_string(lifecycle_stage::maturity), "maturity");
  EXPECT_EQ(to_string(lifecycle_stage::decline), "decline");
  EXPECT_EQ(stage_id(lifecycle_stage::introduction), "lifecycle_introduction");
  EXPECT_EQ(stage_id(lifecycle_stage::growth), "lifecycle_growth");
  EXPECT_EQ(stage_id(lifecycle_stage::maturity), "lifecycle_maturity");
  EXPECT_EQ(stage_id(lifecycle_stage::decline), "lifecycle_decline");
  EXPECT_EQ(static_cast<int>(lifecycle_stage::introduction), 0);
  EXPECT_EQ(static_cast<int>(lifecycle_stage::decline), 3);
}

TEST(lifecycle_stage, parses_names_and_ids_and_nothing_else) {
  for (const lifecycle_stage s : tandem::org::all_lifecycle_stages) {
    EXPECT_EQ(tandem::org::lifecycle_stage_from_name(to_string(s)), s);
    EXPECT_EQ(tandem::org::lifecycle_stage_from_name(stage_id(s)), s);
  }
  for (const char* bad : {"", "Growth", "GROWTH", "lifecycle_", "growth ", "导入期", "lifecycle_Growth"}) {
    EXPECT_EQ(tandem::org::lifecycle_stage_from_name(bad), std::nullopt) << bad;
  }
}

TEST(lifecycle_stage, only_decline_is_an_extension_of_the_seed) {
  EXPECT_FALSE(is_extension(lifecycle_stage::introduction));
  EXPECT_FALSE(is_extension(lifecycle_stage::growth));
  EXPECT_FALSE(is_extension(lifecycle_stage::maturity));
  EXPECT_TRUE(is_extension(lifecycle_stage::decline));
  static_assert(is_extension(lifecycle_stage::decline));
}

TEST(product_id, well_formed_ids) {
  for (const char* good : {"a", "widget_a", "sku_2027", "a1", "z_", "a__b"}) {
    EXPECT_TRUE(tandem::org::is_valid_product_id(good)) << good;
  }
  EXPECT_TRUE(tandem::org::is_valid_product_id(std::string(64, 'x')));
  for (const char* bad : {"", "1abc", "_a", "Widget", "a-b", "a b", "a.b", "产品", "a\n"}) {
    EXPECT_FALSE(tandem::org::is_valid_product_id(bad)) << bad;
  }
  EXPECT_FALSE(tandem::org::is_valid_product_id(std::string(65, 'x')));
}

TEST(product_lifecycle, rejects_a_malformed_id_naming_it) {
  const auto e = caught([] { product_lifecycle p("Widget-A"); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_NE(std::string(e.what()).find("'Widget-A'"), std::string::npos) << e.what();
  // A long id is shown cut, not whole.
  const auto long_one = caught([] { product_lifecycle p(std::string(200, 'Q')); });
  EXPECT_NE(std::string(long_one.what()).find(std::string(64, 'Q') + "..."), std::string::npos);
  EXPECT_EQ(std::string(long_one.what()).find(std::string(65, 'Q')), std::string::npos);
}

TEST(product_lifecycle, starts_empty) {
  const product_lifecycle p("widget_a");
  EXPECT_EQ(p.product_id(), "widget_a");
  EXPECT_TRUE(p.history().empty());
  EXPECT_EQ(p.current_stage(), std::nullopt);
  EXPECT_EQ(p.stage_on(d(2026, 1, 1)), std::nullopt);
}

TEST(product_lifecycle, stage_on_follows_the_dated_entries) {
  product_lifecycle p("widget_a");
  p.enter(lifecycle_stage::introduction, d(2026, 1, 1));
  p.enter(lifecycle_stage::growth, d(2026, 7, 1));
  p.enter(lifecycle_stage::maturity, d(2028, 1, 1));
  EXPECT_EQ(p.stage_on(d(2025, 12, 31)), std::nullopt);  // before the first entry
  EXPECT_EQ(p.stage_on(d(2026, 1, 1)), lifecycle_stage::introduction);  // effective that day
  EXPECT_EQ(p.stage_on(d(2026, 6, 30)), lifecycle_stage::introduction);
  EXPECT_EQ(p.stage_on(d(2026, 7, 1)), lifecycle_stage::growth);
  EXPECT_EQ(p.stage_on(d(2027, 12, 31)), lifecycle_stage::growth);
  EXPECT_EQ(p.stage_on(d(2028, 1, 1)), lifecycle_stage::maturity);
  EXPECT_EQ(p.stage_on(d(9999, 12, 31)), lifecycle_stage::maturity);
  EXPECT_EQ(p.current_stage(), lifecycle_stage::maturity);
  const std::vector<lifecycle_transition> expected{{lifecycle_stage::introduction, d(2026, 1, 1)},
                                                   {lifecycle_stage::growth, d(2026, 7, 1)},
                                                   {lifecycle_stage::maturity, d(2028, 1, 1)}};
  EXPECT_EQ(std::vector<lifecycle_transition>(p.history().begin(), p.history().end()), expected);
}

TEST(product_lifecycle, a_relaunch_may_go_back_to_an_earlier_stage) {
  product_lifecycle p("widget_a");
  p.enter(lifecycle_stage::maturity, d(2026, 1, 1));
  p.enter(lifecycle_stage::growth, d(2027, 1, 1));  // relaunched
  p.enter(lifecycle_stage::decline, d(2030, 1, 1));
  p.enter(lifecycle_stage::introduction, d(2031, 1, 1));  // a new generation
  EXPECT_EQ(p.history().size(), 4U);
  EXPECT_EQ(p.stage_on(d(2027, 6, 1)), lifecycle_stage::growth);
  EXPECT_EQ(p.current_stage(), lifecycle_stage::introduction);
}

TEST(product_lifecycle, a_date_not_after_the_last_is_rejected_and_nothing_changes) {
  product_lifecycle p("widget_a");
  p.enter(lifecycle_stage::introduction, d(2026, 1, 1));
  p.enter(lifecycle_stage::growth, d(2026, 7, 1));
  const auto before = std::vector<lifecycle_transition>(p.history().begin(), p.history().end());

  const auto same_day = caught([&] { p.enter(lifecycle_stage::maturity, d(2026, 7, 1)); });
  EXPECT_EQ(same_day.code(), errc::invalid_argument);
  const std::string message = same_day.what();
  EXPECT_NE(message.find("widget_a"), std::string::npos) << message;
  EXPECT_NE(message.find("2026-07-01"), std::string::npos) << message;
  EXPECT_NE(message.find("maturity"), std::string::npos) << message;

  EXPECT_EQ(caught([&] { p.enter(lifecycle_stage::maturity, d(2026, 3, 1)); }).code(),
            errc::invalid_argument);
  EXPECT_EQ(std::vector<lifecycle_transition>(p.history().begin(), p.history().end()), before);
  EXPECT_EQ(p.current_stage(), lifecycle_stage::growth);
}

TEST(product_lifecycle, the_same_stage_twice_in_a_row_is_rejected) {
  product_lifecycle p("widget_a");
  p.enter(lifecycle_stage::growth, d(2026, 1, 1));
  const auto e = caught([&] { p.enter(lifecycle_stage::growth, d(2026, 2, 1)); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_NE(std::string(e.what()).find("already in growth since 2026-01-01"), std::string::npos)
      << e.what();
  EXPECT_EQ(p.history().size(), 1U);
}

TEST(product_lifecycle, a_stage_number_outside_the_enumeration_is_rejected) {
  product_lifecycle p("widget_a");
  const auto e = caught([&] { p.enter(static_cast<lifecycle_stage>(4), d(2026, 1, 1)); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_NE(std::string(e.what()).find("stage 4"), std::string::npos) << e.what();
  EXPECT_TRUE(p.history().empty());
}

}  // namespace
