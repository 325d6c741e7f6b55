// Tests for tandem/time/date.hpp. Known results are checked against an independent
// conversion (Howard Hinnant's days_from_civil / civil_from_days, written out here)
// rather than against Boost, which the implementation uses.
#include "tandem/time/date.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tandem/core/error.hpp"
#include "time/support/expect_error.hpp"

namespace {

using tandem::time::testing::caught;
using tandem::time::testing::code_of;
using tandem::time::testing::message_of;

using tandem::errc;
using tandem::error;
using tandem::time::date;
using tandem::time::date_range;
using tandem::time::days_between;
using tandem::time::make_range;
using tandem::time::parse_date;
using tandem::time::weekday;

// --- independent reference: http://howardhinnant.github.io/date_algorithms.html ----

std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct civil {
  std::int64_t y;
  unsigned m;
  unsigned d;
};

civil civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return civil{y + (m <= 2), m, d};
}

constexpr std::int32_t first_serial = -208'188;   // 1400-01-01
constexpr std::int32_t last_serial = 2'932'896;   // 9999-12-31

// ------------------------------------------------------------------ leap years

TEST(date, leap_years_follow_the_gregorian_rule) {
  EXPECT_FALSE(tandem::time::is_leap_year(1900));  // divisible by 100, not by 400
  EXPECT_TRUE(tandem::time::is_leap_year(2000));   // divisible by 400
  EXPECT_TRUE(tandem::time::is_leap_year(2024));
  EXPECT_FALSE(tandem::time::is_leap_year(2100));
  EXPECT_FALSE(tandem::time::is_leap_year(2027));
  EXPECT_TRUE(tandem::time::is_leap_year(1600));
  EXPECT_FALSE(tandem::time::is_leap_year(1700));
  EXPECT_TRUE(tandem::time::is_leap_year(9996));
}

TEST(date, days_in_month) {
  using tandem::time::days_in_month;
  EXPECT_EQ(days_in_month(1900, 2), 28);
  EXPECT_EQ(days_in_month(2000, 2), 29);
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2100, 2), 28);
  EXPECT_EQ(days_in_month(2027, 1), 31);
  EXPECT_EQ(days_in_month(2027, 4), 30);
  EXPECT_EQ(days_in_month(2027, 12), 31);
  EXPECT_EQ(days_in_month(2027, 0), 0);
  EXPECT_EQ(days_in_month(2027, 13), 0);
  EXPECT_EQ(days_in_month(2027, -1), 0);
}

TEST(date, leap_day_exists_only_in_leap_years) {
  EXPECT_EQ(date::from_ymd(2000, 2, 29).to_string(), "2000-02-29");
  EXPECT_EQ(date::from_ymd(2024, 2, 29).plus_days(1).to_string(), "2024-03-01");
  EXPECT_EQ(code_of([] { (void)date::from_ymd(1900, 2, 29); }), errc::out_of_range);
  EXPECT_EQ(code_of([] { (void)date::from_ymd(2100, 2, 29); }), errc::out_of_range);
  // 2024 has 366 days, 2100 has 365.
  EXPECT_EQ(days_between(date::from_ymd(2024, 1, 1), date::from_ymd(2025, 1, 1)), 366);
  EXPECT_EQ(days_between(date::from_ymd(2100, 1, 1), date::from_ymd(2101, 1, 1)), 365);
}

// ------------------------------------------------------------------ construction

TEST(date, default_is_the_epoch) {
  constexpr date epoch{};
  static_assert(epoch.serial() == 0);
  EXPECT_EQ(epoch, date::from_ymd(1970, 1, 1));
  EXPECT_EQ(epoch.to_string(), "1970-01-01");
}

TEST(date, from_ymd_rejects_days_that_do_not_exist) {
  const std::vector<std::vector<int>> bad{{2027, 2, 29}, {2027, 4, 31}, {2027, 0, 1},  {2027, 13, 1},
                                          {2027, 1, 0},  {2027, 1, 32}, {1399, 12, 31}, {10000, 1, 1},
                                          {0, 1, 1},     {-5, 1, 1},    {2027, -1, 1}};
  for (const auto& ymd : bad) {
    EXPECT_EQ(code_of([&] { (void)date::from_ymd(ymd[0], ymd[1], ymd[2]); }), errc::out_of_range)
        << ymd[0] << "-" << ymd[1] << "-" << ymd[2];
  }
  const std::string message = message_of([] { (void)date::from_ymd(2027, 2, 29); });
  EXPECT_NE(message.find("2027"), std::string::npos) << message;
  EXPECT_NE(message.find("29"), std::string::npos) << message;
}

TEST(date, supported_range_ends_are_exact) {
  EXPECT_EQ(date::from_ymd(1400, 1, 1).serial(), first_serial);
  EXPECT_EQ(date::from_ymd(9999, 12, 31).serial(), last_serial);
  EXPECT_EQ(date::from_serial(first_serial).to_string(), "1400-01-01");
  EXPECT_EQ(date::from_serial(last_serial).to_string(), "9999-12-31");
  EXPECT_EQ(code_of([] { (void)date::from_serial(first_serial - 1); }), errc::out_of_range);
  EXPECT_EQ(code_of([] { (void)date::from_serial(last_serial + 1); }), errc::out_of_range);
  EXPECT_EQ(code_of([] { (void)date::from_serial(std::numeric_limits<std::int32_t>::min()); }), errc::out_of_range);
  EXPECT_EQ(code_of([] { (void)date::from_serial(std::numeric_limits<std::int32_t>::max()); }), errc::out_of_range);
}

// ------------------------------------------------------------------ weekdays

TEST(date, weekdays_of_known_dates) {
  EXPECT_EQ(date::from_ymd(1970, 1, 1).day_of_week(), weekday::thursday);
  EXPECT_EQ(date::from_ymd(2000, 1, 1).day_of_week(), weekday::saturday);
  EXPECT_EQ(date::from_ymd(2027, 4, 1).day_of_week(), weekday::thursday);
  EXPECT_EQ(date::from_ymd(2024, 2, 29).day_of_week(), weekday::thursday);
  EXPECT_EQ(date::from_ymd(1969, 12, 31).day_of_week(), weekday::wednesday);  // before the epoch
  EXPECT_EQ(date::from_ymd(1900, 1, 1).day_of_week(), weekday::monday);
  // Proleptic Gregorian, i.e. not the Julian date of the time.
  EXPECT_EQ(date::from_ymd(1400, 1, 1).day_of_week(), weekday::wednesday);
  EXPECT_EQ(date::from_ymd(9999, 12, 31).day_of_week(), weekday::friday);
}

TEST(date, weekday_advances_by_one_each_day) {
  std::mt19937_64 rng(20261127);
  std::uniform_int_distribution<std::int32_t> pick(first_serial, last_serial - 1);
  for (int i = 0; i < 2000; ++i) {
    const date d = date::from_serial(pick(rng));
    const int today = static_cast<int>(d.day_of_week());
    const int tomorrow = static_cast<int>(d.plus_days(1).day_of_week());
    EXPECT_EQ(tomorrow, today % 7 + 1) << d.to_string();
    EXPECT_EQ(d.plus_days(7).day_of_week(), d.day_of_week());
  }
}

TEST(date, weekday_names) {
  using tandem::time::weekday_from_name;
  EXPECT_EQ(tandem::time::to_string(weekday::monday), "monday");
  EXPECT_EQ(tandem::time::to_string(weekday::sunday), "sunday");
  EXPECT_EQ(tandem::time::to_string(static_cast<weekday>(0)), "?");
  EXPECT_EQ(tandem::time::to_string(static_cast<weekday>(8)), "?");
  for (int i = 1; i <= 7; ++i) {
    const auto d = static_cast<weekday>(i);
    EXPECT_EQ(weekday_from_name(tandem::time::to_string(d)), d);
  }
  EXPECT_EQ(weekday_from_name("MON"), weekday::monday);
  EXPECT_EQ(weekday_from_name("Saturday"), weekday::saturday);
  EXPECT_EQ(weekday_from_name("thu"), weekday::thursday);
  EXPECT_EQ(weekday_from_name("mo"), std::nullopt);
  EXPECT_EQ(weekday_from_name("mondays"), std::nullopt);
  EXPECT_EQ(weekday_from_name(""), std::nullopt);
  EXPECT_EQ(weekday_from_name(" mon"), std::nullopt);
  EXPECT_EQ(weekday_from_name("satur"), std::nullopt);
  static_assert(static_cast<int>(weekday::monday) == 1 && static_cast<int>(weekday::sunday) == 7);
}

// ------------------------------------------------------------------ arithmetic

TEST(date, plus_days_crosses_months_years_and_leap_days) {
  EXPECT_EQ(date::from_ymd(2024, 2, 28).plus_days(1).to_string(), "2024-02-29");
  EXPECT_EQ(date::from_ymd(2027, 2, 28).plus_days(1).to_string(), "2027-03-01");
  EXPECT_EQ(date::from_ymd(2027, 12, 31).plus_days(1).to_string(), "2028-01-01");
  EXPECT_EQ(date::from_ymd(2027, 4, 1).plus_days(30).to_string(), "2027-05-01");
  EXPECT_EQ(date::from_ymd(2027, 3, 1).plus_days(-1).to_string(), "2027-02-28");
  EXPECT_EQ(date::from_ymd(2027, 4, 1).plus_days(0), date::from_ymd(2027, 4, 1));
}

TEST(date, plus_days_outside_the_supported_dates_throws) {
  const date first = date::from_serial(first_serial);
  const date last = date::from_serial(last_serial);
  EXPECT_EQ(first.plus_days(last_serial - first_serial), last);
  EXPECT_EQ(last.plus_days(first_serial - last_serial), first);
  EXPECT_EQ(code_of([&] { (void)first.plus_days(-1); }), errc::out_of_range);
  EXPECT_EQ(code_of([&] { (void)last.plus_days(1); }), errc::out_of_range);
  EXPECT_EQ(code_of([&] { (void)first.plus_days(std::numeric_limits<std::int64_t>::max()); }), errc::out_of_range);
  EXPECT_EQ(code_of([&] { (void)last.plus_days(std::numeric_limits<std::int64_t>::min()); }), errc::out_of_range);
  const std::string message = message_of([&] { (void)last.plus_days(1); });
  EXPECT_NE(message.find("9999-12-31"), std::string::npos) << message;
}

TEST(date, plus_months_clamps_to_the_last_day_of_the_month) {
  EXPECT_EQ(date::from_ymd(2027, 1, 31).plus_months(1).to_string(), "2027-02-28");
  EXPECT_EQ(date::from_ymd(2024, 1, 31).plus_months(1).to_string(), "2024-02-29");
  EXPECT_EQ(date::from_ymd(2024, 3, 31).plus_months(-1).to_string(), "2024-02-29");
  EXPECT_EQ(date::from_ymd(2027, 5, 31).plus_months(-1).to_string(), "2027-04-30");
  EXPECT_EQ(date::from_ymd(2024, 2, 29).plus_months(12).to_string(), "2025-02-28");
  EXPECT_EQ(date::from_ymd(2024, 2, 29).plus_months(48).to_string(), "2028-02-29");
  EXPECT_EQ(date::from_ymd(2027, 11, 15).plus_months(2).to_string(), "2028-01-15");
  EXPECT_EQ(date::from_ymd(2027, 1, 15).plus_months(-1).to_string(), "2026-12-15");
  EXPECT_EQ(date::from_ymd(2027, 1, 15).plus_months(-13).to_string(), "2025-12-15");
  EXPECT_EQ(date::from_ymd(2027, 8, 31).plus_months(0).to_string(), "2027-08-31");
  // Clamping does not carry over: Jan 31 + 1 + 1 is Mar 28, Jan 31 + 2 is Mar 31.
  EXPECT_EQ(date::from_ymd(2027, 1, 31).plus_months(1).plus_months(1).to_string(), "2027-03-28");
  EXPECT_EQ(date::from_ymd(2027, 1, 31).plus_months(2).to_string(), "2027-03-31");
}

TEST(date, plus_months_outside_the_supported_dates_throws) {
  const date first = date::from_ymd(1400, 1, 15);
  EXPECT_EQ(first.plus_months((9999 - 1400) * 12 + 11).to_string(), "9999-12-15");
  EXPECT_EQ(date::from_ymd(9999, 12, 15).plus_months(-((9999 - 1400) * 12 + 11)), first);
  EXPECT_EQ(code_of([] { (void)date::from_ymd(9999, 12, 31).plus_months(1); }), errc::out_of_range);
  EXPECT_EQ(code_of([] { (void)date::from_ymd(1400, 1, 31).plus_months(-1); }), errc::out_of_range);
  EXPECT_EQ(code_of([&] { (void)first.plus_months(std::numeric_limits<std::int64_t>::max()); }), errc::out_of_range);
  EXPECT_EQ(code_of([&] { (void)first.plus_months(std::numeric_limits<std::int64_t>::min()); }), errc::out_of_range);
}

TEST(date, days_between_is_signed) {
  const date a = date::from_ymd(2027, 4, 1);
  const date b = date::from_ymd(2027, 5, 1);
  EXPECT_EQ(days_between(a, b), 30);
  EXPECT_EQ(days_between(b, a), -30);
  EXPECT_EQ(days_between(a, a), 0);
  EXPECT_EQ(days_between(date::from_serial(first_serial), date::from_serial(last_serial)), last_serial - first_serial);
  EXPECT_LT(a, b);
  EXPECT_GT(b, a);
}

// ------------------------------------------------------------------ text

TEST(date, to_string_pads_with_zeros) {
  EXPECT_EQ(date::from_ymd(2027, 4, 1).to_string(), "2027-04-01");
  EXPECT_EQ(date::from_ymd(1400, 1, 1).to_string(), "1400-01-01");
  EXPECT_EQ(date::from_ymd(9999, 12, 31).to_string(), "9999-12-31");
  EXPECT_EQ(date::from_ymd(2000, 10, 9).to_string(), "2000-10-09");
}

TEST(date, parse_date_reads_exactly_iso_dates) {
  EXPECT_EQ(parse_date("2027-04-01"), date::from_ymd(2027, 4, 1));
  EXPECT_EQ(parse_date("2024-02-29"), date::from_ymd(2024, 2, 29));
  EXPECT_EQ(parse_date("1400-01-01").serial(), first_serial);
  EXPECT_EQ(parse_date("9999-12-31").serial(), last_serial);
}

TEST(date, parse_date_rejects_other_shapes) {
  const std::vector<std::string_view> shapes{
      "2027-4-1",    "2027/04/01",  " 2027-04-01", "2027-04-01 ", "",           "20270401",
      "2027-04-0a",  "+027-04-01",  "-027-04-01",  "2027-04-01T00:00",          "27-04-01",
      "2027--4-01",  "2027-04--1",  "2027-+4-01",  "2027.04.01",  "01-04-2027", "2027-04",
      "12027-04-01", "2027-04-1 ",  "２０２７-04-01", std::string_view("2027-04-\0" "1", 10)};
  for (const std::string_view text : shapes) {
    EXPECT_EQ(code_of([&] { (void)parse_date(text); }), errc::parse_error) << "'" << text << "'";
  }
  const std::string message = message_of([] { (void)parse_date("2027/04/01"); });
  EXPECT_NE(message.find("2027/04/01"), std::string::npos) << message;
}

TEST(date, parse_date_rejects_days_that_do_not_exist) {
  for (const std::string_view text : {"2027-02-29", "2100-02-29", "2027-13-01", "2027-00-10", "2027-04-00",
                                      "2027-04-31", "1399-12-31", "0000-01-01", "2027-01-32", "9999-99-99"}) {
    EXPECT_EQ(code_of([&] { (void)parse_date(text); }), errc::out_of_range) << text;
  }
  const std::string message = message_of([] { (void)parse_date("2027-02-29"); });
  EXPECT_NE(message.find("2027-02-29"), std::string::npos) << message;
}

// ------------------------------------------------------------------ round trips

TEST(date, every_day_agrees_with_an_independent_conversion) {
  // All 3.1 million supported days: serial -> y/m/d -> serial, against Hinnant's algorithm.
  for (std::int32_t s = first_serial; s <= last_serial; ++s) {
    const date d = date::from_serial(s);
    const civil expected = civil_from_days(s);
    if (d.year() != expected.y || d.month() != static_cast<int>(expected.m) ||
        d.day() != static_cast<int>(expected.d)) {
      FAIL() << "serial " << s << " gave " << d.to_string() << ", expected " << expected.y << "-" << expected.m
             << "-" << expected.d;
    }
  }
}

TEST(date, from_ymd_agrees_with_an_independent_conversion) {
  for (int y = 1400; y <= 9999; y += 7) {
    for (int m = 1; m <= 12; ++m) {
      for (int d : {1, 15, tandem::time::days_in_month(y, m)}) {
        const date got = date::from_ymd(y, m, d);
        ASSERT_EQ(got.serial(), days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)))
            << y << "-" << m << "-" << d;
        ASSERT_EQ(parse_date(got.to_string()), got);
      }
    }
  }
}

// ------------------------------------------------------------------ ranges

TEST(date_range, counts_and_compares) {
  const date_range april{date::from_ymd(2027, 4, 1), date::from_ymd(2027, 4, 30)};
  EXPECT_EQ(april.days(), 30);
  EXPECT_EQ((date_range{date::from_ymd(2024, 2, 1), date::from_ymd(2024, 2, 29)}).days(), 29);
  EXPECT_EQ((date_range{date::from_ymd(2027, 4, 1), date::from_ymd(2027, 4, 1)}).days(), 1);
  EXPECT_TRUE(april.contains(date::from_ymd(2027, 4, 1)));
  EXPECT_TRUE(april.contains(date::from_ymd(2027, 4, 30)));
  EXPECT_FALSE(april.contains(date::from_ymd(2027, 5, 1)));
  EXPECT_FALSE(april.contains(date::from_ymd(2027, 3, 31)));
  const date_range mid{date::from_ymd(2027, 4, 10), date::from_ymd(2027, 4, 20)};
  const date_range spill{date::from_ymd(2027, 4, 20), date::from_ymd(2027, 5, 20)};
  const date_range may{date::from_ymd(2027, 5, 1), date::from_ymd(2027, 5, 31)};
  EXPECT_TRUE(april.contains(mid));
  EXPECT_FALSE(april.contains(spill));
  EXPECT_TRUE(april.overlaps(spill));
  EXPECT_FALSE(april.overlaps(may));
  EXPECT_EQ(april.to_string(), "2027-04-01..2027-04-30");
}

TEST(date_range, intersect) {
  const date_range april{date::from_ymd(2027, 4, 1), date::from_ymd(2027, 4, 30)};
  const date_range spill{date::from_ymd(2027, 4, 20), date::from_ymd(2027, 5, 20)};
  const date_range may{date::from_ymd(2027, 5, 1), date::from_ymd(2027, 5, 31)};
  EXPECT_EQ(tandem::time::intersect(april, spill),
            (date_range{date::from_ymd(2027, 4, 20), date::from_ymd(2027, 4, 30)}));
  EXPECT_EQ(tandem::time::intersect(spill, april), tandem::time::intersect(april, spill));
  EXPECT_EQ(tandem::time::intersect(april, may), std::nullopt);
  EXPECT_EQ(tandem::time::intersect(april, april), april);
}

TEST(date_range, make_range_rejects_a_backward_range) {
  const date a = date::from_ymd(2027, 4, 1);
  const date b = date::from_ymd(2027, 3, 31);
  EXPECT_EQ(make_range(a, a).days(), 1);
  EXPECT_EQ(make_range(b, a).days(), 2);
  EXPECT_EQ(code_of([&] { (void)make_range(a, b); }), errc::invalid_argument);
  const std::string message = message_of([&] { (void)make_range(a, b); });
  EXPECT_NE(message.find("2027-04-01"), std::string::npos) << message;
  EXPECT_NE(message.find("2027-03-31"), std::string::npos) << message;
}

}  // namespace

// Daylight-saving time cannot reach date arithmetic: there are no clocks or time
// zones in tandem/time. The days around the 2027 transitions in New York
// (14 March, 7 November), Europe (28 March, 31 October) and Sydney (4 April,
// 3 October) are whole days whatever TZ says; an implementation going through
// mktime/localtime would lose or gain an hour and could land on the wrong day.
TEST(date, arithmetic_ignores_daylight_saving_and_the_time_zone) {
  const char* saved = std::getenv("TZ");
  const std::string restore = saved == nullptr ? "" : saved;
  for (const char* zone : {"America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Shanghai", "UTC"}) {
    ::setenv("TZ", zone, 1);
    ::tzset();
    if (std::string_view(zone) == "America/New_York") {
      // Without tzdata the zone silently falls back to UTC and the test would prove
      // nothing: check that New York really has daylight saving here.
      std::tm january{};
      std::tm july{};
      january.tm_year = july.tm_year = 127;
      january.tm_mday = july.tm_mday = 15;
      july.tm_mon = 6;
      january.tm_isdst = july.tm_isdst = -1;
      (void)std::mktime(&january);
      (void)std::mktime(&july);
      if (january.tm_isdst == july.tm_isdst) GTEST_SKIP() << "no time zone data on this machine";
    }
    for (const auto& [m, d] : {std::pair{3, 14}, {11, 7}, {3, 28}, {10, 31}, {4, 4}, {10, 3}}) {
      const date before = date::from_ymd(2027, m, d).plus_days(-1);
      const date after = before.plus_days(2);
      EXPECT_EQ(days_between(before, after), 2) << zone;
      EXPECT_EQ(after.day(), d == tandem::time::days_in_month(2027, m) ? 1 : d + 1) << zone;
      EXPECT_EQ(make_range(before, after).days(), 3) << zone;
      EXPECT_EQ(parse_date(after.to_string()), after) << zone;
    }
    EXPECT_EQ(make_range(date::from_ymd(2027, 3, 1), date::from_ymd(2027, 3, 31)).days(), 31) << zone;
  }
  if (saved == nullptr) {
    ::unsetenv("TZ");
  } else {
    ::setenv("TZ", restore.c_str(), 1);
  }
  ::tzset();
}
