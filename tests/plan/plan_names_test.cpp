// The names of the plan's enums: every enumerator has its documented spelling, the
// spelling parses back, and parsing is exact (no other case, no '_' for '-').
#include <gtest/gtest.h>

#include <cstdint>
#include <string_view>

#include "tandem/plan/plan_spec.hpp"

namespace {

using namespace tandem::plan;

TEST(plan_names, measures) {
  EXPECT_EQ(to_string(measure::amount), "amount");
  EXPECT_EQ(to_string(measure::quantity), "quantity");
  EXPECT_EQ(measure_from_name("amount"), measure::amount);
  EXPECT_EQ(measure_from_name("quantity"), measure::quantity);
  EXPECT_EQ(measure_from_name("Amount"), std::nullopt);
  EXPECT_EQ(measure_from_name(""), std::nullopt);
  EXPECT_EQ(to_string(static_cast<measure>(2)), "unknown");
}

TEST(plan_names, unit_kinds_in_pinned_order) {
  const std::string_view names[] = {"company", "department", "region", "branch",
                                    "team",    "person",     "agent",  "distributor"};
  for (std::uint8_t i = 0; i < 8; ++i) {
    const auto k = static_cast<unit_kind>(i);
    EXPECT_EQ(to_string(k), names[i]);
    EXPECT_EQ(unit_kind_from_name(names[i]), k);
  }
  EXPECT_EQ(to_string(unit_kind::distributor), "distributor");
  EXPECT_EQ(unit_kind_from_name("COMPANY"), std::nullopt);
  EXPECT_EQ(unit_kind_from_name("dealer"), std::nullopt);
  EXPECT_EQ(to_string(static_cast<unit_kind>(8)), "unknown");
}

TEST(plan_names, share_bases) {
  EXPECT_EQ(to_string(share_basis::weight), "weight");
  EXPECT_EQ(to_string(share_basis::reference), "reference");
  EXPECT_EQ(to_string(share_basis::fixed), "fixed");
  EXPECT_EQ(share_basis_from_name("reference"), share_basis::reference);
  EXPECT_EQ(share_basis_from_name("fixed"), share_basis::fixed);
  EXPECT_EQ(share_basis_from_name("weight"), share_basis::weight);
  EXPECT_EQ(share_basis_from_name("Fixed"), std::nullopt);
  EXPECT_EQ(to_string(static_cast<share_basis>(3)), "unknown");
}

TEST(plan_names, seasonality_bases_use_a_hyphen) {
  EXPECT_EQ(to_string(seasonality_basis::even), "even");
  EXPECT_EQ(to_string(seasonality_basis::calendar_days), "calendar-days");
  EXPECT_EQ(to_string(seasonality_basis::key), "key");
  EXPECT_EQ(seasonality_basis_from_name("calendar-days"), seasonality_basis::calendar_days);
  EXPECT_EQ(seasonality_basis_from_name("even"), seasonality_basis::even);
  EXPECT_EQ(seasonality_basis_from_name("key"), seasonality_basis::key);
  EXPECT_EQ(seasonality_basis_from_name("calendar_days"), std::nullopt);
  EXPECT_EQ(seasonality_basis_from_name("Key"), std::nullopt);
  EXPECT_EQ(to_string(static_cast<seasonality_basis>(3)), "unknown");
}

}  // namespace
