// Dates are day numbers; Boost.Date_Time's proleptic Gregorian calendar converts
// them to and from year/month/day.
#include "tandem/time/date.hpp"

#include <array>
#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <cctype>
#include <limits>

#include "tandem/core/error.hpp"

namespace tandem::time {
namespace {

namespace greg = boost::gregorian;

// Boost's day number of 1970-01-01 (a Julian Day Number).
const std::int64_t epoch_day_number = greg::date(1970, 1, 1).day_number();
constexpr std::int32_t min_serial = -208'188;   // 1400-01-01
constexpr std::int32_t max_serial = 2'932'896;  // 9999-12-31

greg::date to_boost(std::int32_t serial) {
  // Boost's date has no public constructor from a day number; add days to the epoch.
  return greg::date(1970, 1, 1) + greg::days(serial);
}

constexpr std::array<std::string_view, 7> weekday_names{"monday", "tuesday",  "wednesday", "thursday",
                                                        "friday", "saturday", "sunday"};

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  }
  return true;
}

}  // namespace

std::string_view to_string(weekday d) noexcept {
  const auto i = static_cast<std::size_t>(d) - 1;
  return i < weekday_names.size() ? weekday_names[i] : std::string_view{"?"};
}

std::optional<weekday> weekday_from_name(std::string_view name) noexcept {
  for (std::size_t i = 0; i < weekday_names.size(); ++i) {
    const std::string_view full = weekday_names[i];
    if (iequals(name, full) || iequals(name, full.substr(0, 3))) return static_cast<weekday>(i + 1);
  }
  return std::nullopt;
}

bool is_leap_year(int year) noexcept { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) noexcept {
  static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

date date::from_ymd(int year, int month, int day) {
  if (year < min_year || year > max_year || month < 1 || month > 12 || day < 1 ||
      day > days_in_month(year, month)) {
    throw error(errc::out_of_range, "no such date: year " + std::to_string(year) + ", month " +
                                        std::to_string(month) + ", day " + std::to_string(day) +
                                        " (dates run from 1400-01-01 to 9999-12-31)");
  }
  const greg::date d(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                     static_cast<unsigned short>(day));
  return date(static_cast<std::int32_t>(static_cast<std::int64_t>(d.day_number()) - epoch_day_number));
}

date date::from_serial(std::int32_t days_since_epoch) {
  if (days_since_epoch < min_serial || days_since_epoch > max_serial) {
    throw error(errc::out_of_range, "day number " + std::to_string(days_since_epoch) +
                                        " is outside 1400-01-01..9999-12-31");
  }
  return date(days_since_epoch);
}

int date::year() const noexcept { return to_boost(serial_).year(); }
int date::month() const noexcept { return to_boost(serial_).month(); }
int date::day() const noexcept { return to_boost(serial_).day(); }

weekday date::day_of_week() const noexcept {
  // 1970-01-01 was a Thursday (ISO 4). Floor modulo for dates before it.
  const std::int32_t r = ((serial_ % 7) + 7) % 7;
  return static_cast<weekday>((r + 3) % 7 + 1);
}

date date::plus_days(std::int64_t n) const {
  if (n > max_serial - min_serial || n < min_serial - max_serial) {
    throw error(errc::out_of_range, to_string() + " plus " + std::to_string(n) +
                                        " days is outside 1400-01-01..9999-12-31");
  }
  const std::int64_t s = serial_ + n;
  if (s < min_serial || s > max_serial) {
    throw error(errc::out_of_range, to_string() + " plus " + std::to_string(n) +
                                        " days is outside 1400-01-01..9999-12-31");
  }
  return date(static_cast<std::int32_t>(s));
}

date date::plus_months(std::int64_t n) const {
  const greg::date d = to_boost(serial_);
  constexpr std::int64_t lo = std::int64_t{min_year} * 12;
  constexpr std::int64_t hi = std::int64_t{max_year} * 12 + 11;
  // Compare n before adding it: a huge n would overflow the sum.
  const std::int64_t current = std::int64_t{d.year()} * 12 + (d.month() - 1);
  if (n > hi - current || n < lo - current) {
    throw error(errc::out_of_range, to_string() + " plus " + std::to_string(n) +
                                        " months is outside 1400-01-01..9999-12-31");
  }
  const std::int64_t months = current + n;
  const int y = static_cast<int>(months / 12);
  const int m = static_cast<int>(months % 12) + 1;
  const int last = days_in_month(y, m);
  const int day = d.day();
  return from_ymd(y, m, day < last ? day : last);
}

std::string date::to_string() const {
  const greg::date d = to_boost(serial_);
  std::string out(10, '0');
  auto put = [&out](std::size_t at, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
      out[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
  };
  put(0, d.year(), 4);
  out[4] = '-';
  put(5, d.month(), 2);
  out[7] = '-';
  put(8, d.day(), 2);
  return out;
}

date parse_date(std::string_view text) {
  auto digits = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
  const int y = shaped ? digits(0, 4) : -1;
  const int m = shaped ? digits(5, 2) : -1;
  const int d = shaped ? digits(8, 2) : -1;
  if (y < 0 || m < 0 || d < 0) {
    throw error(errc::parse_error, "'" + std::string(text) + "' is not a date of the form YYYY-MM-DD");
  }
  try {
    return date::from_ymd(y, m, d);
  } catch (const error&) {
    throw error(errc::out_of_range, "'" + std::string(text) +
                                        "' is not a day of the calendar (dates run from 1400-01-01 to 9999-12-31)");
  }
}

std::string date_range::to_string() const { return first.to_string() + ".." + last.to_string(); }

date_range make_range(date first, date last) {
  if (last < first) {
    throw error(errc::invalid_argument,
                "date range ends (" + last.to_string() + ") before it starts (" + first.to_string() + ")");
  }
  return date_range{first, last};
}

}  // namespace tandem::time
