// tandem/time/working_calendar.hpp — which days are working days.
//
// A working calendar has weekend days (any set of weekdays: Saturday-Sunday,
// Friday-Saturday, Sunday only), holidays, and make-up working days (调休) that turn
// a weekend day into a working day, as in mainland China's official schedules.
// A day is a working day when it is a make-up working day, or when it is neither a
// weekend day nor a holiday.
//
// Calendars are built in code or loaded from CSV (see read_working_calendar):
//
//   date,kind,name
//   2026-02-14,workday,春节调休上班
//   2026-02-16,holiday,春节
//
//   auto cal = tandem::time::read_working_calendar_file("examples/calendars/cn-2026.csv");
//   cal.is_working_day(tandem::time::date::from_ymd(2026, 2, 14));  // true (a Saturday)
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tandem/time/date.hpp"

namespace tandem::time {

/// A set of weekdays (the weekend).
class weekday_set {
 public:
  constexpr weekday_set() noexcept = default;
  /// Saturday and Sunday.
  [[nodiscard]] static constexpr weekday_set saturday_sunday() noexcept {
    return weekday_set{}.with(weekday::saturday).with(weekday::sunday);
  }
  /// Parses a comma-separated list of weekday names: "sat,sun", "friday,saturday",
  /// "" (no weekend). Throws errc::parse_error naming the bad name or a repeat.
  [[nodiscard]] static weekday_set parse(std::string_view text);
  /// From a bit mask: bit (d - 1) set for weekday d (Monday bit 0 .. Sunday bit 6).
  /// Throws errc::out_of_range if bits above 6 are set.
  [[nodiscard]] static weekday_set from_mask(std::uint32_t mask);

  [[nodiscard]] constexpr weekday_set with(weekday d) const noexcept {
    weekday_set s = *this;
    s.mask_ = static_cast<std::uint8_t>(s.mask_ | bit(d));
    return s;
  }
  [[nodiscard]] constexpr bool contains(weekday d) const noexcept { return (mask_ & bit(d)) != 0; }
  [[nodiscard]] constexpr std::uint32_t mask() const noexcept { return mask_; }
  [[nodiscard]] constexpr int size() const noexcept {
    int n = 0;
    for (std::uint8_t m = mask_; m != 0; m = static_cast<std::uint8_t>(m & (m - 1))) ++n;
    return n;
  }
  /// "saturday,sunday" (Monday first); "" when empty.
  [[nodiscard]] std::string to_string() const;

  friend constexpr bool operator==(weekday_set, weekday_set) noexcept = default;

 private:
  static constexpr std::uint8_t bit(weekday d) noexcept {
    return static_cast<std::uint8_t>(1U << (static_cast<unsigned>(d) - 1U));
  }
  std::uint8_t mask_ = 0;
};

/// What a listed day is. Numbers are pinned.
enum class day_kind : std::uint8_t {
  holiday = 0,  ///< not a working day, whatever its weekday
  workday = 1,  ///< a make-up working day: a working day although it is a weekend day
};

/// "holiday", "workday".
[[nodiscard]] std::string_view to_string(day_kind k) noexcept;
/// Parses "holiday" or "workday" (any case).
[[nodiscard]] std::optional<day_kind> day_kind_from_name(std::string_view name) noexcept;

/// A listed day.
struct calendar_day {
  date day;
  day_kind kind = day_kind::holiday;
  std::string name;
};

class working_calendar {
 public:
  /// Saturday-Sunday weekend, no holidays.
  working_calendar() = default;
  explicit working_calendar(weekday_set weekend) noexcept : weekend_(weekend) {}

  /// Lists a holiday. Throws errc::invalid_argument if `d` is already listed.
  void add_holiday(date d, std::string name = {});
  /// Lists a make-up working day. Throws errc::invalid_argument if `d` is already
  /// listed or is not a weekend day of this calendar (it would change nothing, so it
  /// is almost certainly a wrong date or a wrong weekend).
  void add_workday(date d, std::string name = {});

  [[nodiscard]] weekday_set weekend() const noexcept { return weekend_; }
  /// Listed days in date order.
  [[nodiscard]] std::span<const calendar_day> listed_days() const noexcept { return listed_; }
  /// The listed entry for `d`, if any.
  [[nodiscard]] const calendar_day* find(date d) const noexcept;

  [[nodiscard]] bool is_working_day(date d) const noexcept;
  /// Working days in `range`: O(log n + k) for n listed days, k of them inside `range`.
  [[nodiscard]] std::int64_t working_days(const date_range& range) const noexcept;

 private:
  weekday_set weekend_ = weekday_set::saturday_sunday();
  std::vector<calendar_day> listed_;  // sorted by date, dates unique
};

/// Reads a working calendar from CSV: a header row "date,kind,name" (name optional;
/// columns in any order), then one row per listed day; blank lines and lines that
/// start with '#' are skipped; RFC 4180 quoting. `source` names the input in
/// messages. Throws tandem::error whose message names "<source>:<line>" and the
/// column, and whose child() is the zero-based data row: errc::parse_error for a
/// malformed row, date or kind, errc::invalid_argument for a missing column, a date
/// listed twice or a make-up working day that is not a weekend day.
[[nodiscard]] working_calendar read_working_calendar(std::istream& in, std::string_view source,
                                                     weekday_set weekend = weekday_set::saturday_sunday());
/// The same from a file (UTF-8, an optional BOM is skipped). Throws
/// errc::invalid_argument if the file cannot be read.
[[nodiscard]] working_calendar read_working_calendar_file(const std::filesystem::path& path,
                                                          weekday_set weekend = weekday_set::saturday_sunday());

}  // namespace tandem::time
