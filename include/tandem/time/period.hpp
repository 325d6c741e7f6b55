// tandem/time/period.hpp — the kinds of period a calendar divides time into.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tandem/time/date.hpp"

namespace tandem::time {

/// Period kinds, from the longest to the shortest. Numbers are pinned.
enum class period_kind : std::uint8_t {
  year = 0,
  half = 1,
  quarter = 2,
  month = 3,  ///< calendar or fiscal month; a retail calendar's 4- or 5-week period
  week = 4,   ///< ISO 8601 week (Monday to Sunday); a retail calendar's fiscal week
  day = 5,
};

/// "year", "half", "quarter", "month", "week", "day".
[[nodiscard]] std::string_view to_string(period_kind k) noexcept;
/// Parses the names above (any case).
[[nodiscard]] std::optional<period_kind> period_kind_from_name(std::string_view name) noexcept;

/// One period of a calendar, possibly cut at the ends of a requested range.
struct period {
  period_kind kind = period_kind::year;
  /// The whole period, as the calendar defines it.
  date_range full;
  /// The part of it inside the requested range (== full unless cut at an end).
  date_range span;
  /// A label people recognise: "FY2027", "FY2027 H1", "FY2027 Q2", "2027-04",
  /// "FY2027 P05", "2027-W14", "FY2027 W14", "2027-04-01". See fiscal_calendar.
  std::string label;

  [[nodiscard]] bool is_partial() const noexcept { return !(span == full); }
};

}  // namespace tandem::time
