// Tests for marketing_focus (tandem/org/lifecycle.hpp): the seed's stages compose
// the catalog's activities; decline has Tandem's own, marked inferred. Expected ids
// and texts are copied from catalog.json (product_lifecycle.stages[].focus_activity_ids
// and activities[]), not read through the catalog API under test.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tandem/core/error.hpp"
#include "tandem/org/catalog.hpp"
#include "tandem/org/lifecycle.hpp"
#include "time/support/expect_error.hpp"

namespace {

using tandem::org::focus_activity;
using tandem::org::lang;
using tandem::org::lifecycle_stage;
using tandem::org::marketing_focus;

std::vector<std::string_view> ids(const std::vector<focus_activity>& focus) {
  std::vector<std::string_view> out;
  for (const auto& f : focus) out.push_back(f.id);
  return out;
}

TEST(marketing_focus, the_seed_stages_take_the_catalogs_activities_in_order) {
  using v = std::vector<std::string_view>;
  EXPECT_EQ(ids(marketing_focus(lifecycle_stage::introduction, lang::en)),
            (v{"lc_consumer_purchase_psychology_survey", "lc_product_launch_plan",
               "lc_channel_plan_and_stage_targets", "lc_product_pricing", "lc_product_planning_strategy"}));
  EXPECT_EQ(ids(marketing_focus(lifecycle_stage::growth, lang::en)),
            (v{"lc_marketing_information_system", "lc_annual_marketing_target_plan",
               "lc_production_sales_coordination"}));
  EXPECT_EQ(ids(marketing_focus(lifecycle_stage::maturity, lang::zh)),
            (v{"lc_competitor_advertising_analysis", "lc_sales_forecast_and_future_market",
               "lc_product_planning_strategy", "lc_advertising_strategy", "lc_brand_planning"}));
  for (const auto s : {lifecycle_stage::introduction, lifecycle_stage::growth, lifecycle_stage::maturity}) {
    for (const auto& f : marketing_focus(s, lang::en)) EXPECT_FALSE(f.inferred) << f.id;
  }
}

TEST(marketing_focus, texts_follow_the_language) {
  const auto zh = marketing_focus(lifecycle_stage::growth, lang::zh);
  const auto en = marketing_focus(lifecycle_stage::growth, lang::en);
  ASSERT_EQ(zh.size(), 3U);
  EXPECT_EQ(zh[1].text, "制定年度营销目标计划");
  EXPECT_EQ(en[1].text, "Draw up the annual marketing target plan");
  EXPECT_EQ(marketing_focus(lifecycle_stage::introduction, lang::zh)[3].text, "制定产品价格");
}

TEST(marketing_focus, decline_is_ours_and_marked_inferred) {
  const auto en = marketing_focus(lifecycle_stage::decline, lang::en);
  const auto zh = marketing_focus(lifecycle_stage::decline, lang::zh);
  using v = std::vector<std::string_view>;
  EXPECT_EQ(ids(en), (v{"lc_decline_harvest", "lc_decline_prune", "lc_decline_reposition"}));
  EXPECT_EQ(ids(zh), ids(en));
  for (std::size_t i = 0; i < en.size(); ++i) {
    EXPECT_TRUE(en[i].inferred);
    EXPECT_NE(en[i].text, zh[i].text);
    // Our ids never collide with the catalog's.
    EXPECT_EQ(tandem::org::find_entry(en[i].id), nullptr) << en[i].id;
  }
  EXPECT_EQ(en[0].text, "Harvest: cut marketing spending to what keeps sales profitable");
}

TEST(marketing_focus, a_stage_outside_the_enumeration_is_an_error) {
  const auto e = tandem::time::testing::caught(
      [] { (void)marketing_focus(static_cast<lifecycle_stage>(9), lang::en); });
  EXPECT_EQ(e.code(), tandem::errc::invalid_argument);
  EXPECT_NE(std::string(e.what()).find("stage 9"), std::string::npos) << e.what();
  EXPECT_EQ(to_string(static_cast<lifecycle_stage>(9)), "unknown");
  EXPECT_EQ(stage_id(static_cast<lifecycle_stage>(9)), "unknown");
}

}  // namespace
