// tandem/plan/report.hpp — target against actual, for any unit and level.
//
// A report lists, for the units asked for (one unit and its product lines, or every
// unit at a level), per period group (month, quarter, half or year of the plan's
// fiscal calendar): the target, the actual, the variance (actual - target), the
// attainment (actual / target, an exact ratio rounded once when shown) and, with an
// as-of date, the target to that date with its attainment. In the month that contains
// the date, each leaf unit's month of each line counts round(target x days covered /
// days in the month), half up, and rows sum those: targets to date add up across
// units and lines like every other figure, grow day by day and reach the month's
// target on its last day. The actual to date is the row's actual as booked (the
// actuals are taken to be the sales up to the as-of date).
//
//   report_request r{.m = measure::amount, .by = grouping::quarter, .as_of = date::from_ymd(2026, 9, 30)};
//   auto rows = make_report(p, &a, r);
//
// respread_remaining() re-plans what remains: each leaf cell's annual target minus
// its actuals for the closed months, spread over the open months by the time
// module's policies (time/respread.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tandem/plan/actuals.hpp"
#include "tandem/plan/plan.hpp"
#include "tandem/time/date.hpp"
#include "tandem/time/respread.hpp"

namespace tandem::plan {

/// How months are grouped in a report. Numbers are pinned.
enum class grouping : std::uint8_t { month = 0, quarter = 1, half = 2, year = 3 };
/// "month", "quarter", "half", "year".
[[nodiscard]] std::string_view to_string(grouping g) noexcept;
[[nodiscard]] std::optional<grouping> grouping_from_name(std::string_view name) noexcept;

/// An exact non-negative-denominator ratio (attainment); den == 0 when the target is 0.
struct ratio {
  std::int64_t num = 0;
  std::int64_t den = 0;
  friend bool operator==(const ratio&, const ratio&) = default;
};
/// num / den as a percentage with `decimals` decimals (0..15, errc::out_of_range
/// otherwise), rounded half away from zero once, from the exact ratio: {1, 3} ->
/// "33.3" (decimals 1); "" when den == 0; a negative that rounds to zero is "0.0".
[[nodiscard]] std::string format_percent(ratio r, int decimals = 1);

struct report_request {
  measure m = measure::amount;
  grouping by = grouping::month;
  /// One unit: the unit's rows (and its product lines with by_product). Without it,
  /// every unit at `level` (0 = the company).
  std::optional<unit_index_t> unit{};
  int level = 0;
  /// Also a row per product line under each unit row.
  bool by_product = true;
  /// Targets to date: periods after it count 0, a period containing it pro-rated.
  std::optional<time::date> as_of{};
};

struct report_row {
  unit_index_t unit = 0;
  product_index_t product = all_products;  ///< all_products on the unit's own row
  std::string period;                       ///< the group's label, e.g. "FY2027 Q2"
  std::int64_t target = 0;
  std::int64_t actual = 0;    ///< 0 without actuals
  std::int64_t variance = 0;  ///< actual - target
  ratio attainment{};         ///< actual / target
  std::optional<std::int64_t> target_to_date{};  ///< with as_of
  std::optional<ratio> attainment_to_date{};     ///< actual / target_to_date
};

/// Rows unit by unit (depth-first order), each unit's own row then its lines',
/// periods in order within each. `a` may be null (targets only). Throws
/// errc::invalid_argument for an untargeted measure, a level deeper than the tree,
/// a bad unit index, actuals not shaped like the plan; errc::out_of_range for an
/// as-of date outside the fiscal year.
[[nodiscard]] std::vector<report_row> make_report(const plan& p, const actuals* a, const report_request& r);

/// Remaining targets after the months closed by `as_of` (a month is closed when it
/// ends on or before as_of).
struct revision {
  std::size_t closed_months = 0;
  /// Per leaf cell (leaf units in plan order x product lines), months in order:
  /// actuals for closed months, the revised target for open ones.
  std::vector<std::int64_t> targets;
  /// Per leaf cell: what the open months were not asked to achieve (respread_result).
  std::vector<std::int64_t> unallocated;
  std::vector<unit_index_t> leaves;  ///< the leaf units, in plan order
};
/// Re-plans every leaf cell of measure `m` with time::respread. The revised months are
/// in the smallest unit: actuals are, so the plan's month quantum and month bounds do
/// not apply to what remains (round the policies' `basis.rounding` yourself if needed). Throws
/// errc::invalid_argument when every month is closed or none is, and what respread
/// throws (naming the unit and product line).
[[nodiscard]] revision respread_remaining(const plan& p, const actuals& a, measure m, time::date as_of,
                                          const time::respread_options& opts = {});

}  // namespace tandem::plan
