// tandem/time/spread.hpp — spreading a total over periods, exactly.
//
// A spread turns one total (the year's target) into one amount per period so that
// the amounts sum to the total exactly. The weights come from a basis (even, the
// periods' calendar days or working days, a key, a reference series); the
// apportionment engine (tandem/alloc/apportion.hpp) does the rounding, with any
// of its methods, a quantum, locked (fixed) periods and bounds per period.
//
//   auto fy = fiscal_calendar::starting(4, 1);
//   auto months = fy.periods(fy.fiscal_year(2028), period_kind::month);
//   spread_options by{.basis = spread_basis::calendar_days};
//   auto targets = spread(1'200'000'00, months, by);  // cents; sums to 1,200,000.00
//
// Amounts are integers in the caller's smallest unit (cents, units of product).
// Totals may be negative (a target to reduce stock, a remainder when ahead of
// plan): the magnitude is spread and the signs restored, with limits mirrored.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tandem/alloc/apportion.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/time/period.hpp"
#include "tandem/time/working_calendar.hpp"

namespace tandem::time {

/// Where the weights come from. Numbers are pinned.
enum class spread_basis : std::uint8_t {
  even = 0,           ///< every period weighs the same (a cut period too)
  calendar_days = 1,  ///< days in the period's span
  working_days = 2,   ///< working days in the period's span (needs a working_calendar)
  key = 3,            ///< a weight or percentage per period label
  reference = 4,      ///< a reference series per period label, e.g. last year's actuals
};

/// What to do when every reference value is zero (or, for working days, when no
/// period has a working day). Numbers are pinned.
enum class zero_basis_policy : std::uint8_t {
  error = 0,          ///< fail with errc::infeasible (the default: nothing silent)
  even = 1,           ///< fall back to an even spread
  calendar_days = 2,  ///< fall back to calendar days
};

/// How the values of a key are read. Numbers are pinned.
enum class key_unit : std::uint8_t {
  weights = 0,  ///< any non-negative numbers; only their proportions matter
  percent = 1,  ///< percentages that must sum to exactly 100
};

/// How key and reference values find their periods. Numbers are pinned.
enum class value_match : std::uint8_t {
  label = 0,     ///< by period label: every period exactly once, any order
  position = 1,  ///< the i-th value weighs the i-th period; labels are ignored and
                 ///< the counts must be equal (last year's actuals under last year's labels)
};

/// "even", "calendar-days", "working-days", "key", "reference".
[[nodiscard]] std::string_view to_string(spread_basis b) noexcept;
[[nodiscard]] std::optional<spread_basis> spread_basis_from_name(std::string_view name) noexcept;
/// "error", "even", "calendar-days".
[[nodiscard]] std::string_view to_string(zero_basis_policy p) noexcept;
/// "label", "position".
[[nodiscard]] std::string_view to_string(value_match m) noexcept;
[[nodiscard]] std::optional<value_match> value_match_from_name(std::string_view name) noexcept;
[[nodiscard]] std::optional<zero_basis_policy> zero_basis_policy_from_name(std::string_view name) noexcept;

/// One value of a key or reference series, addressed by period label.
struct labelled_value {
  std::string label;
  amount value;
};

struct spread_options {
  spread_basis basis = spread_basis::even;
  /// The engine's method, quantum and tie rule.
  alloc::options rounding{};
  /// Needed for spread_basis::working_days (other bases ignore it); not owned, must
  /// outlive the call. A calendar does not know which years it covers: days outside
  /// its listed holidays count by the weekend alone.
  const working_calendar* workdays = nullptr;
  /// For key and reference only (other bases reject values): one value per period.
  /// Matched by label (every period exactly once, every value naming a period) or by
  /// position, as `match` says.
  std::span<const labelled_value> values{};
  value_match match = value_match::label;
  key_unit unit = key_unit::weights;
  zero_basis_policy when_zero = zero_basis_policy::error;
};

/// The integer weight of each period under `opts` (one per period, same order).
/// Throws tandem::error:
///  * errc::invalid_argument — working days without a calendar; values given to a
///    basis other than key or reference; a key or reference with a label that names
///    no period, a label given twice, or a period with no value (child() is the
///    period's index for a missing value, the value's index for an unknown or
///    repeated label); matched by position, a count that differs from the periods';
///  * errc::out_of_range — a negative key or reference value (child() = its index);
///  * errc::infeasible — percentages that do not sum to 100; all weights zero with
///    zero_basis_policy::error;
///  * errc::overflow — values whose common scale does not fit int64.
[[nodiscard]] std::vector<std::int64_t> spread_weights(std::span<const period> periods,
                                                       const spread_options& opts);

/// Spreads `total` over `periods`: shares.size() == periods.size() and the shares
/// sum to `total`. `lim` holds per-period minimums, maximums and locked values
/// (alloc::limits, `alloc::unset` where none), which are signed like the total.
/// Throws what spread_weights and alloc::apportion throw, and errc::invalid_argument
/// for no periods; errc::overflow for a total of INT64_MIN.
[[nodiscard]] std::vector<std::int64_t> spread(std::int64_t total, std::span<const period> periods,
                                               const spread_options& opts, const alloc::limits& lim = {});

/// Apportions `total` by precomputed `weights` (from spread_weights), for callers
/// that spread many totals over the same periods. Handles negative totals as spread()
/// does. `scratch` is reused memory (see alloc::workspace).
void spread_by_weights(std::int64_t total, std::span<const std::int64_t> weights,
                       const alloc::options& rounding, const alloc::limits& lim, std::span<std::int64_t> shares,
                       alloc::workspace& scratch);

}  // namespace tandem::time
