// plan_output.hpp — what `tandem plan` prints, computed once by the command and
// rendered as an aligned table, a long CSV or JSON (docs/cli-plan.md), so that every
// format says the same.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tandem/org/catalog.hpp"
#include "tandem/org/lifecycle.hpp"
#include "tandem/plan/plan.hpp"
#include "tandem/plan/report.hpp"
#include "tandem/time/date.hpp"
#include "tandem/time/period.hpp"

namespace tandem::cli {

struct plan_view {
  const plan::plan* p = nullptr;  ///< never null once made; outlives the view
  std::string source;             ///< the plan file as given, or "<stdin>"
  std::optional<std::string> actuals_source;  ///< the actuals file; nullopt without --actuals
  org::lang language = org::lang::en;
  plan::measure m = plan::measure::amount;
  plan::grouping by = plan::grouping::month;
  std::optional<time::date> as_of;
  /// --unit: one unit and its product lines (the table has no totals row).
  bool one_unit = false;
  /// make_report's rows, grouped by `by`.
  std::vector<plan::report_row> rows;
  /// The same units grouped by year: the table's summary block. Empty when by == year.
  std::vector<plan::report_row> year_rows;
  /// The period groups of the fiscal year of kind `by`, for their date ranges.
  std::vector<time::period> groups;
  time::period year;  ///< the whole fiscal year
};

/// Aligned blocks, one per period group (the year first), labels and names in the
/// view's language, CJK characters counted two columns wide.
[[nodiscard]] std::string render_plan_table(const plan_view& view);
/// unit,product,period,target,actual,variance,attainment[,target_to_date,attainment_to_date].
[[nodiscard]] std::string render_plan_csv(const plan_view& view);
/// One object: the plan's metadata, the units and product lines shown, the rows.
[[nodiscard]] std::string render_plan_json(const plan_view& view);

// Shared by the renderers (plan_output.cpp).

/// Decimals of the view's measure: the currency's scale or the quantity's.
[[nodiscard]] int measure_scale(const plan::plan_spec& spec, plan::measure m) noexcept;
/// "-1234567.89" -> "-1,234,567.89": commas every three digits of the whole part.
[[nodiscard]] std::string group_digits(std::string_view decimal);
/// The unit's name in the language; its id when that name is empty.
[[nodiscard]] std::string unit_name(const plan::sales_unit& u, org::lang l);
[[nodiscard]] std::string product_name(const plan::product_line& p, org::lang l);
/// 导入期 / introduction, ... 衰退期 / decline.
[[nodiscard]] std::string_view stage_name(org::lifecycle_stage s, org::lang l) noexcept;
/// "83.3" (one decimal, from the exact ratio); nullopt when the target is zero.
[[nodiscard]] std::optional<std::string> percent_text(const plan::ratio& r);

}  // namespace tandem::cli
