// time/fiscal_day_math.hpp — civil-date arithmetic on unbounded day numbers
// (internal to fiscal_calendar.cpp).
//
// Calendars must reason about days just outside the supported dates: the fiscal year
// containing 9999-12-31 may end in 10000, the ISO week of 1400-01-01 starts in 1399.
// tandem::time::date cannot hold those days, so rules compute on plain 64-bit day
// numbers (days since 1970-01-01) and only the finished period is turned into dates,
// which is where an unsupported day is reported. The conversions are Howard
// Hinnant's days_from_civil / civil_from_days (public domain), valid for any year.
#pragma once

#include <cstdint>
#include <string>

namespace tandem::time::fiscal_detail {

inline constexpr std::int64_t min_serial = -208'188;   // 1400-01-01
inline constexpr std::int64_t max_serial = 2'932'896;  // 9999-12-31

[[nodiscard]] constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
  const std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

[[nodiscard]] constexpr std::int64_t floor_mod(std::int64_t a, std::int64_t b) noexcept {
  return a - floor_div(a, b) * b;
}

struct civil {
  std::int64_t year;
  int month;  // 1..12
  int day;    // 1..31
};

[[nodiscard]] constexpr std::int64_t serial_from_civil(std::int64_t year, int month, int day) noexcept {
  const std::int64_t y = year - (month <= 2 ? 1 : 0);
  const std::int64_t era = floor_div(y, 400);
  const std::int64_t year_of_era = y - era * 400;
  const std::int64_t march_based_month = (month + 9) % 12;
  const std::int64_t day_of_year = (153 * march_based_month + 2) / 5 + day - 1;
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146'097 + day_of_era - 719'468;
}

[[nodiscard]] constexpr civil civil_from_serial(std::int64_t serial) noexcept {
  const std::int64_t z = serial + 719'468;
  const std::int64_t era = floor_div(z, 146'097);
  const std::int64_t day_of_era = z - era * 146'097;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36'524 - day_of_era / 146'096) / 365;
  const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t march_based_month = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * march_based_month + 2) / 5 + 1);
  const int month = static_cast<int>(march_based_month < 10 ? march_based_month + 3 : march_based_month - 9);
  return civil{year_of_era + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

/// ISO weekday number, Monday = 1 .. Sunday = 7 (day 0, 1970-01-01, was a Thursday).
[[nodiscard]] constexpr int iso_weekday(std::int64_t serial) noexcept {
  return static_cast<int>(floor_mod(serial + 3, 7)) + 1;
}

/// Months counted from year 0 (year * 12 + month - 1), so that "n months later" is "+ n".
[[nodiscard]] constexpr std::int64_t month_index(std::int64_t year, int month) noexcept {
  return year * 12 + month - 1;
}

/// The day numbered `day` of the month at `index` (day <= 28 exists in every month).
[[nodiscard]] constexpr std::int64_t serial_of_month_day(std::int64_t index, int day) noexcept {
  return serial_from_civil(floor_div(index, 12), static_cast<int>(floor_mod(index, 12)) + 1, day);
}

/// Appends `value` in decimal, zero-padded to at least `width` (at most 4) digits.
inline void append_number(std::string& out, std::int64_t value, int width) {
  // Built right to left in a buffer and appended once: labels are made per period,
  // hundreds of thousands of times in a big request.
  char buffer[24];
  char* const end = buffer + sizeof buffer;
  char* p = end;
  const bool negative = value < 0;
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  do {
    *--p = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  while (end - p < width && p > buffer + 1) *--p = '0';
  if (negative) *--p = '-';
  out.append(p, end);
}

/// "2027-04-01" (years past 9999 print in full: error messages may name them).
inline void append_iso_date(std::string& out, std::int64_t serial) {
  const civil c = civil_from_serial(serial);
  if (c.year < 0 || c.year > 9999) {
    append_number(out, c.year, 4);
    out.push_back('-');
    append_number(out, c.month, 2);
    out.push_back('-');
    append_number(out, c.day, 2);
    return;
  }
  // The common case, in one append: day labels are made once per day of a request.
  const auto digit = [](std::int64_t v) { return static_cast<char>('0' + v % 10); };
  const char text[10] = {digit(c.year / 1000), digit(c.year / 100), digit(c.year / 10), digit(c.year), '-',
                         digit(c.month / 10),  digit(c.month),      '-',                digit(c.day / 10),
                         digit(c.day)};
  out.append(text, sizeof text);
}

}  // namespace tandem::time::fiscal_detail
