// tandem/time/target_series.hpp — targets per period, and the target of any dates.
//
// A target_series holds consecutive periods and the target of each. It answers
// "what is the target from 2027-04-10 to 2027-06-15?" and "what is the target
// to date?" (YTD, QTD, MTD). Whole periods count in full. Inside a period that is
// only partly covered, the period's target is first spread over its days (by
// calendar days, or by working days) with the largest-remainder method, ties to
// the earlier day, and the covered days are summed. So pro-rating is exact and
// additive: the parts of any split of a period add up to the period's target,
// and the target of a range is the sum of the targets of its pieces.
//
// A period with no working day is pro-rated by calendar days (it still has a
// target to account for, for instance one locked by hand).
//
//   target_series s(months, targets);
//   auto ytd = target_to_date(s, fy, date::from_ymd(2027, 8, 15), period_kind::year,
//                             day_basis::working_days, &workdays);
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "tandem/time/date.hpp"
#include "tandem/time/fiscal_calendar.hpp"
#include "tandem/time/period.hpp"
#include "tandem/time/working_calendar.hpp"

namespace tandem::time {

/// How a period's target is shared among its days when it is cut. Numbers are pinned.
enum class day_basis : std::uint8_t {
  calendar_days = 0,
  working_days = 1,  ///< needs a working_calendar
};

class target_series {
 public:
  /// The periods must be consecutive (each span starts the day after the previous
  /// one ends) and `targets` must have one value per period. Throws
  /// errc::invalid_argument naming the period at fault, or if there are none.
  /// The sum of the targets must fit int64 (errc::overflow otherwise).
  target_series(std::vector<period> periods, std::vector<std::int64_t> targets);

  [[nodiscard]] std::span<const period> periods() const noexcept { return periods_; }
  [[nodiscard]] std::span<const std::int64_t> targets() const noexcept { return targets_; }
  /// From the first period's first day to the last period's last day.
  [[nodiscard]] date_range span() const noexcept;
  [[nodiscard]] std::int64_t total() const noexcept { return total_; }

  /// The target of `range`, which must lie inside span() (errc::out_of_range
  /// otherwise). `workdays` is needed for day_basis::working_days
  /// (errc::invalid_argument if null).
  [[nodiscard]] std::int64_t target_between(const date_range& range, day_basis basis,
                                            const working_calendar* workdays = nullptr) const;

  /// The target of each day of period `index`, as used for pro-rating (one value
  /// per day of its span, summing to its target). errc::out_of_range for a bad index.
  [[nodiscard]] std::vector<std::int64_t> daily_targets(std::size_t index, day_basis basis,
                                                        const working_calendar* workdays = nullptr) const;

 private:
  std::vector<period> periods_;
  std::vector<std::int64_t> targets_;
  std::int64_t total_ = 0;
};

/// The target from the start of the `to_date_of` period (year, half, quarter, month,
/// week) of `calendar` that contains `as_of`, through `as_of` inclusive: YTD with
/// period_kind::year, QTD with quarter, MTD with month. The part before the series
/// starts counts as zero, so a series that begins mid-year still answers; `as_of`
/// itself must lie inside the series (errc::out_of_range otherwise).
[[nodiscard]] std::int64_t target_to_date(const target_series& series, const fiscal_calendar& calendar,
                                          date as_of, period_kind to_date_of, day_basis basis,
                                          const working_calendar* workdays = nullptr);

}  // namespace tandem::time
