// Pro-rating spreads a period's target over its days with the engine, so that any
// split of a period adds up to the period and "target between" is additive.
#include "tandem/time/target_series.hpp"

#include <algorithm>
#include <limits>

#include "tandem/alloc/apportion.hpp"
#include "tandem/core/error.hpp"
#include "tandem/core/int128.hpp"
#include "tandem/time/spread.hpp"

namespace tandem::time {
namespace {

// One weight per day of `span`: 1 per calendar day, or 1 per working day; a span
// with no working day falls back to calendar days (documented in the header).
std::vector<std::int64_t> day_weights(const date_range& span, day_basis basis, const working_calendar* workdays) {
  std::vector<std::int64_t> w(static_cast<std::size_t>(span.days()), 1);
  if (basis == day_basis::calendar_days) return w;
  bool any = false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const bool working = workdays->is_working_day(span.first.plus_days(static_cast<std::int64_t>(i)));
    w[i] = working ? 1 : 0;
    any = any || working;
  }
  if (!any) std::fill(w.begin(), w.end(), 1);
  return w;
}

std::int64_t narrow_sum(int128 sum, std::string_view what) {
  if (sum > std::numeric_limits<std::int64_t>::max() || sum < std::numeric_limits<std::int64_t>::min()) {
    throw_overflow(what);
  }
  return static_cast<std::int64_t>(sum);
}

void require_calendar(day_basis basis, const working_calendar* workdays) {
  if (basis == day_basis::working_days && workdays == nullptr) {
    throw error(errc::invalid_argument, "pro-rating by working days needs a working calendar");
  }
  if (basis != day_basis::working_days && basis != day_basis::calendar_days) {
    throw error(errc::invalid_argument, "unknown day basis");
  }
}

}  // namespace

target_series::target_series(std::vector<period> periods, std::vector<std::int64_t> targets) {
  if (periods.empty()) throw error(errc::invalid_argument, "a target series needs at least one period");
  if (targets.size() != periods.size()) {
    throw error(errc::invalid_argument, "a target series needs one target per period: " +
                                            std::to_string(periods.size()) + " periods, " +
                                            std::to_string(targets.size()) + " targets");
  }
  // Summed in 128 bits: only the total has to fit int64, not every running sum.
  int128 total = targets[0];
  for (std::size_t i = 1; i < periods.size(); ++i) {
    if (days_between(periods[i - 1].span.last, periods[i].span.first) != 1) {
      throw error(errc::invalid_argument,
                  "period " + std::to_string(i + 1) + " ('" + periods[i].label + "', " +
                      periods[i].span.to_string() + ") does not start the day after period " + std::to_string(i) +
                      " ('" + periods[i - 1].label + "', " + periods[i - 1].span.to_string() + ") ends",
                  i);
    }
    total += targets[i];
  }
  total_ = narrow_sum(total, "sum of the targets of a series");
  periods_ = std::move(periods);
  targets_ = std::move(targets);
}

date_range target_series::span() const noexcept { return {periods_.front().span.first, periods_.back().span.last}; }

std::vector<std::int64_t> target_series::daily_targets(std::size_t index, day_basis basis,
                                                       const working_calendar* workdays) const {
  require_calendar(basis, workdays);
  if (index >= periods_.size()) {
    throw error(errc::out_of_range, "period index " + std::to_string(index) + " is not below the " +
                                        std::to_string(periods_.size()) + " periods of the series");
  }
  const std::vector<std::int64_t> weights = day_weights(periods_[index].span, basis, workdays);
  std::vector<std::int64_t> days(weights.size());
  alloc::workspace scratch;
  // Largest remainder with ties to the earlier day: with equal weights the first
  // (target mod days) days carry one more unit. A negative target is spread as its
  // magnitude and negated.
  try {
    spread_by_weights(targets_[index], weights, alloc::options{}, {}, days, scratch);
  } catch (const error& e) {
    throw error(e.code(), "period '" + periods_[index].label + "': " + e.what(), index);
  }
  return days;
}

std::int64_t target_series::target_between(const date_range& range, day_basis basis,
                                           const working_calendar* workdays) const {
  require_calendar(basis, workdays);
  if (range.last < range.first) {
    throw error(errc::invalid_argument, "date range ends (" + range.last.to_string() + ") before it starts (" +
                                            range.first.to_string() + ")");
  }
  const date_range whole = span();
  if (!whole.contains(range)) {
    throw error(errc::out_of_range,
                "dates " + range.to_string() + " are not all inside the series (" + whole.to_string() + ")");
  }
  // The first period whose span ends on or after the range's first day.
  const auto first = std::partition_point(periods_.begin(), periods_.end(),
                                          [&](const period& p) { return p.span.last < range.first; });
  int128 sum = 0;
  for (auto it = first; it != periods_.end() && it->span.first <= range.last; ++it) {
    const auto index = static_cast<std::size_t>(it - periods_.begin());
    if (range.contains(it->span)) {
      sum += targets_[index];
      continue;
    }
    const std::vector<std::int64_t> days = daily_targets(index, basis, workdays);
    const date_range part = *intersect(range, it->span);
    const auto from = static_cast<std::size_t>(days_between(it->span.first, part.first));
    for (std::size_t d = from; d < from + static_cast<std::size_t>(part.days()); ++d) {
      sum += days[d];
    }
  }
  return narrow_sum(sum, "target of a date range");
}

std::int64_t target_to_date(const target_series& series, const fiscal_calendar& calendar, date as_of,
                            period_kind to_date_of, day_basis basis, const working_calendar* workdays) {
  const date_range whole = series.span();
  if (!whole.contains(as_of)) {
    throw error(errc::out_of_range,
                "as-of date " + as_of.to_string() + " is not inside the series (" + whole.to_string() + ")");
  }
  const period current = calendar.period_containing(as_of, to_date_of);
  // Days of the current period before the series starts have no target: count zero.
  const date from = std::max(current.full.first, whole.first);
  return series.target_between(date_range{from, as_of}, basis, workdays);
}

}  // namespace tandem::time
