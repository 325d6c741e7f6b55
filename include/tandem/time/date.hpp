// tandem/time/date.hpp — a calendar date, without time of day or time zone.
//
// A date is a day number (days since 1970-01-01), so arithmetic is plain integer
// arithmetic: there are no clocks, time zones or daylight-saving shifts anywhere in
// tandem/time. Conversions to and from year/month/day use Boost.Date_Time's
// proleptic Gregorian calendar. Supported dates: 1400-01-01 to 9999-12-31.
//
//   auto d = tandem::time::date::from_ymd(2027, 4, 1);
//   d.day_of_week() == tandem::time::weekday::thursday;
//   d.plus_days(30).to_string() == "2027-05-01";
//   tandem::time::parse_date("2027-02-29");  // throws errc::out_of_range: no such day
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tandem::time {

/// Days of the week, numbered as in ISO 8601 (Monday = 1). Numbers are pinned.
enum class weekday : std::uint8_t {
  monday = 1,
  tuesday = 2,
  wednesday = 3,
  thursday = 4,
  friday = 5,
  saturday = 6,
  sunday = 7,
};

/// Lower-case English name: "monday".
[[nodiscard]] std::string_view to_string(weekday d) noexcept;
/// Parses "monday" or "mon" (any case).
[[nodiscard]] std::optional<weekday> weekday_from_name(std::string_view name) noexcept;

[[nodiscard]] bool is_leap_year(int year) noexcept;
/// Days in a month of the proleptic Gregorian calendar; 0 for a month outside 1..12.
[[nodiscard]] int days_in_month(int year, int month) noexcept;

class date {
 public:
  static constexpr int min_year = 1400;
  static constexpr int max_year = 9999;

  /// 1970-01-01.
  constexpr date() noexcept = default;

  /// Throws errc::out_of_range naming the date if there is no such day or it lies
  /// outside [1400-01-01, 9999-12-31].
  [[nodiscard]] static date from_ymd(int year, int month, int day);
  /// From a day number (days since 1970-01-01); throws errc::out_of_range outside
  /// the supported dates.
  [[nodiscard]] static date from_serial(std::int32_t days_since_epoch);

  /// Days since 1970-01-01 (negative before).
  [[nodiscard]] constexpr std::int32_t serial() const noexcept { return serial_; }
  [[nodiscard]] int year() const noexcept;
  [[nodiscard]] int month() const noexcept;  ///< 1..12
  [[nodiscard]] int day() const noexcept;    ///< 1..31
  [[nodiscard]] weekday day_of_week() const noexcept;

  /// `n` days later (earlier when negative); throws errc::out_of_range when the
  /// result leaves the supported dates.
  [[nodiscard]] date plus_days(std::int64_t n) const;
  /// `n` months later, keeping the day of month, clamped to the month's last day
  /// (2027-01-31 plus 1 month is 2027-02-28). Throws errc::out_of_range as above.
  [[nodiscard]] date plus_months(std::int64_t n) const;

  /// ISO 8601: "2027-04-01".
  [[nodiscard]] std::string to_string() const;

  friend constexpr bool operator==(date a, date b) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(date a, date b) noexcept = default;

 private:
  constexpr explicit date(std::int32_t serial) noexcept : serial_(serial) {}
  std::int32_t serial_ = 0;
};

/// Days from `a` to `b` (negative when b is earlier).
[[nodiscard]] constexpr std::int64_t days_between(date a, date b) noexcept {
  return std::int64_t{b.serial()} - a.serial();
}

/// Parses exactly "YYYY-MM-DD". Throws errc::parse_error for any other shape
/// ("2027-4-1", "2027/04/01", " 2027-04-01") and errc::out_of_range for a day that
/// does not exist ("2027-02-29") or lies outside the supported dates.
[[nodiscard]] date parse_date(std::string_view text);

/// A range of whole days, both ends included: {2027-04-01, 2027-04-30} is April.
struct date_range {
  date first;
  date last;

  /// Number of days in the range (first <= last: at least 1).
  [[nodiscard]] constexpr std::int64_t days() const noexcept { return days_between(first, last) + 1; }
  [[nodiscard]] constexpr bool contains(date d) const noexcept { return first <= d && d <= last; }
  [[nodiscard]] constexpr bool contains(const date_range& r) const noexcept {
    return first <= r.first && r.last <= last;
  }
  [[nodiscard]] constexpr bool overlaps(const date_range& r) const noexcept {
    return first <= r.last && r.first <= last;
  }
  /// "2027-04-01..2027-04-30".
  [[nodiscard]] std::string to_string() const;

  friend constexpr bool operator==(const date_range&, const date_range&) noexcept = default;
};

/// {first, last}; throws errc::invalid_argument naming both dates if last < first.
[[nodiscard]] date_range make_range(date first, date last);

/// The days both ranges share, if any.
[[nodiscard]] constexpr std::optional<date_range> intersect(const date_range& a, const date_range& b) noexcept {
  if (!a.overlaps(b)) return std::nullopt;
  return date_range{a.first < b.first ? b.first : a.first, a.last < b.last ? a.last : b.last};
}

}  // namespace tandem::time
