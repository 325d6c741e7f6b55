// tandem/time/working_calendar.hpp: weekday sets, listed days, working-day counts,
// the CSV loader and its errors, and the shipped calendar examples/calendars/cn-2026.csv.
#include "tandem/time/working_calendar.hpp"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "tandem/core/error.hpp"

namespace {

using tandem::errc;
using tandem::time::calendar_day;
using tandem::time::date;
using tandem::time::date_range;
using tandem::time::day_kind;
using tandem::time::weekday;
using tandem::time::weekday_set;
using tandem::time::working_calendar;

date ymd(int y, int m, int d) { return date::from_ymd(y, m, d); }
date_range month_of(int y, int m) { return {ymd(y, m, 1), ymd(y, m, tandem::time::days_in_month(y, m))}; }

// The error a call throws; fails the test if it throws none.
template <class Call>
tandem::error error_of(Call&& call) {
  try {
    call();
  } catch (const tandem::error& e) {
    return e;
  }
  ADD_FAILURE() << "no tandem::error";
  return tandem::error(errc::tie, "none");
}

working_calendar load(const std::string& text, weekday_set weekend = weekday_set::saturday_sunday()) {
  std::istringstream in(text);
  return tandem::time::read_working_calendar(in, "cal.csv", weekend);
}

tandem::error load_error(const std::string& text, weekday_set weekend = weekday_set::saturday_sunday()) {
  return error_of([&] { static_cast<void>(load(text, weekend)); });
}

std::int64_t count_day_by_day(const working_calendar& cal, const date_range& range) {
  std::int64_t n = 0;
  for (date d = range.first; d <= range.last; d = d.plus_days(1)) n += cal.is_working_day(d) ? 1 : 0;
  return n;
}

// --- weekday_set ---------------------------------------------------------------------

TEST(weekday_set, parses_names_and_abbreviations_in_any_case) {
  EXPECT_EQ(weekday_set::parse("sat,sun"), weekday_set::saturday_sunday());
  EXPECT_EQ(weekday_set::parse("Sunday,SATURDAY"), weekday_set::saturday_sunday());
  EXPECT_EQ(weekday_set::parse(" fri , sat "), weekday_set{}.with(weekday::friday).with(weekday::saturday));
  EXPECT_EQ(weekday_set::parse("sun"), weekday_set{}.with(weekday::sunday));
  EXPECT_EQ(weekday_set::parse("mon,tue,wed,thu,fri,sat,sun").size(), 7);
}

TEST(weekday_set, an_empty_text_is_no_weekend) {
  EXPECT_EQ(weekday_set::parse(""), weekday_set{});
  EXPECT_EQ(weekday_set::parse("  "), weekday_set{});
  EXPECT_EQ(weekday_set::parse("").size(), 0);
}

TEST(weekday_set, parse_errors_name_the_fault) {
  const auto bad_name = error_of([] { static_cast<void>(weekday_set::parse("sat,satday")); });
  EXPECT_EQ(bad_name.code(), errc::parse_error);
  EXPECT_STREQ(bad_name.what(), "weekend 'sat,satday': 'satday' is not a weekday (monday..sunday, or mon..sun)");

  const auto repeat = error_of([] { static_cast<void>(weekday_set::parse("sat,sun,Saturday")); });
  EXPECT_EQ(repeat.code(), errc::parse_error);
  EXPECT_STREQ(repeat.what(), "weekend 'sat,sun,Saturday' names saturday twice");

  for (const char* text : {"sat,,sun", "sat,", ",sun", " , "}) {
    const auto empty = error_of([&] { static_cast<void>(weekday_set::parse(text)); });
    EXPECT_EQ(empty.code(), errc::parse_error) << text;
    EXPECT_NE(std::string(empty.what()).find("empty weekday name"), std::string::npos) << text;
  }
}

TEST(weekday_set, masks_put_monday_in_bit_0) {
  EXPECT_EQ(weekday_set::from_mask(0x60), weekday_set::saturday_sunday());  // bits 5 and 6
  EXPECT_EQ(weekday_set::from_mask(0x01), weekday_set{}.with(weekday::monday));
  EXPECT_EQ(weekday_set::from_mask(0), weekday_set{});
  EXPECT_EQ(weekday_set::from_mask(0x7F).size(), 7);
  EXPECT_EQ(weekday_set::saturday_sunday().mask(), 0x60U);
  for (std::uint32_t mask = 0; mask < 0x80; ++mask) EXPECT_EQ(weekday_set::from_mask(mask).mask(), mask);
}

TEST(weekday_set, masks_above_sunday_are_out_of_range) {
  for (const std::uint32_t mask : {0x80U, 0xFFU, 0xFFFF'FFFFU}) {
    const auto e = error_of([&] { static_cast<void>(weekday_set::from_mask(mask)); });
    EXPECT_EQ(e.code(), errc::out_of_range);
    EXPECT_NE(std::string(e.what()).find(std::to_string(mask)), std::string::npos);
  }
}

TEST(weekday_set, to_string_lists_monday_first_and_parses_back) {
  EXPECT_EQ(weekday_set::saturday_sunday().to_string(), "saturday,sunday");
  EXPECT_EQ(weekday_set{}.with(weekday::sunday).with(weekday::monday).to_string(), "monday,sunday");
  EXPECT_EQ(weekday_set{}.to_string(), "");
  for (std::uint32_t mask = 0; mask < 0x80; ++mask) {
    const auto set = weekday_set::from_mask(mask);
    EXPECT_EQ(weekday_set::parse(set.to_string()), set) << set.to_string();
  }
}

// --- day_kind -------------------------------------------------------------------------

TEST(day_kind, names_round_trip_in_any_case) {
  EXPECT_EQ(tandem::time::to_string(day_kind::holiday), "holiday");
  EXPECT_EQ(tandem::time::to_string(day_kind::workday), "workday");
  EXPECT_EQ(tandem::time::day_kind_from_name("Holiday"), day_kind::holiday);
  EXPECT_EQ(tandem::time::day_kind_from_name("WORKDAY"), day_kind::workday);
  EXPECT_EQ(tandem::time::day_kind_from_name("holliday"), std::nullopt);
  EXPECT_EQ(tandem::time::day_kind_from_name(""), std::nullopt);
  EXPECT_EQ(tandem::time::day_kind_from_name("holiday "), std::nullopt);
}

// --- working_calendar ----------------------------------------------------------------

TEST(working_calendar, default_is_a_saturday_sunday_week_with_nothing_listed) {
  const working_calendar cal;
  EXPECT_EQ(cal.weekend(), weekday_set::saturday_sunday());
  EXPECT_TRUE(cal.listed_days().empty());
  // 2026-11-23 is a Monday (2026-01-01 is a Thursday; 326 days later, 326 = 46*7 + 4).
  EXPECT_EQ(ymd(2026, 11, 23).day_of_week(), weekday::monday);
  for (int d = 23; d <= 27; ++d) EXPECT_TRUE(cal.is_working_day(ymd(2026, 11, d))) << d;
  EXPECT_FALSE(cal.is_working_day(ymd(2026, 11, 28)));
  EXPECT_FALSE(cal.is_working_day(ymd(2026, 11, 29)));
  EXPECT_EQ(cal.working_days({ymd(2026, 11, 23), ymd(2026, 11, 29)}), 5);
  // 2026: 365 days = 52 weeks + 1 day, the extra day a Thursday, so 52 Saturdays and
  // 52 Sundays: 365 - 104 = 261 weekdays.
  EXPECT_EQ(cal.working_days({ymd(2026, 1, 1), ymd(2026, 12, 31)}), 261);
}

TEST(working_calendar, friday_saturday_weekend) {
  const working_calendar cal(weekday_set::parse("fri,sat"));
  // 2026-11-27 is a Friday, 2026-11-29 a Sunday.
  EXPECT_FALSE(cal.is_working_day(ymd(2026, 11, 27)));
  EXPECT_FALSE(cal.is_working_day(ymd(2026, 11, 28)));
  EXPECT_TRUE(cal.is_working_day(ymd(2026, 11, 29)));
  EXPECT_EQ(cal.working_days({ymd(2026, 11, 22), ymd(2026, 11, 28)}), 5);
  // January 2026 starts on a Thursday: Fridays 2,9,16,23,30 and Saturdays 3,10,17,24,31.
  EXPECT_EQ(cal.working_days(month_of(2026, 1)), 31 - 10);
}

TEST(working_calendar, sunday_only_weekend) {
  const working_calendar cal(weekday_set::parse("sunday"));
  EXPECT_TRUE(cal.is_working_day(ymd(2026, 11, 28)));  // a Saturday
  EXPECT_FALSE(cal.is_working_day(ymd(2026, 11, 29)));
  // Sundays of January 2026: 4, 11, 18, 25.
  EXPECT_EQ(cal.working_days(month_of(2026, 1)), 27);
}

TEST(working_calendar, empty_weekend_makes_every_unlisted_day_a_working_day) {
  working_calendar cal(weekday_set{});
  EXPECT_EQ(cal.working_days({ymd(2024, 1, 1), ymd(2024, 12, 31)}), 366);  // a leap year
  cal.add_holiday(ymd(2024, 2, 29), "leap day off");
  EXPECT_EQ(cal.working_days({ymd(2024, 1, 1), ymd(2024, 12, 31)}), 365);
  // With no weekend there is nothing for a make-up working day to override.
  const auto e = error_of([&] { cal.add_workday(ymd(2024, 3, 2), "?"); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(),
               "cannot list 2024-03-02 as a make-up working day: it is a saturday, not a weekend day "
               "(the weekend is empty)");
}

TEST(working_calendar, holidays_on_weekdays_count_and_on_weekend_days_do_not) {
  working_calendar cal;
  const date_range week{ymd(2026, 11, 23), ymd(2026, 11, 29)};  // Monday to Sunday
  cal.add_holiday(ymd(2026, 11, 25), "Wednesday off");
  EXPECT_FALSE(cal.is_working_day(ymd(2026, 11, 25)));
  EXPECT_EQ(cal.working_days(week), 4);
  cal.add_holiday(ymd(2026, 11, 28), "a Saturday, closed anyway");
  EXPECT_EQ(cal.working_days(week), 4);
  EXPECT_FALSE(cal.is_working_day(ymd(2026, 11, 28)));
}

TEST(working_calendar, make_up_workday_overrides_the_weekend) {
  working_calendar cal;
  cal.add_workday(ymd(2026, 2, 14), "春节调休上班");
  EXPECT_TRUE(cal.is_working_day(ymd(2026, 2, 14)));
  EXPECT_FALSE(cal.is_working_day(ymd(2026, 2, 15)));
  // 2026-02-09 (Monday) to 02-15 (Sunday): five weekdays and the working Saturday.
  EXPECT_EQ(cal.working_days({ymd(2026, 2, 9), ymd(2026, 2, 15)}), 6);
  const calendar_day* listed = cal.find(ymd(2026, 2, 14));
  ASSERT_NE(listed, nullptr);
  EXPECT_EQ(listed->kind, day_kind::workday);
  EXPECT_EQ(listed->name, "春节调休上班");
  EXPECT_EQ(cal.find(ymd(2026, 2, 13)), nullptr);
}

TEST(working_calendar, a_month_with_no_working_days) {
  // Every weekday of February 2027 is a holiday; its weekend days are closed anyway.
  working_calendar cal;
  for (int d = 1; d <= 28; ++d) {
    const date day = ymd(2027, 2, d);
    if (cal.weekend().contains(day.day_of_week())) continue;
    cal.add_holiday(day, "shutdown");
  }
  EXPECT_EQ(cal.listed_days().size(), 20U);  // February 2027 starts on a Monday: four whole weeks
  EXPECT_EQ(cal.working_days(month_of(2027, 2)), 0);
  EXPECT_EQ(count_day_by_day(cal, month_of(2027, 2)), 0);
  // The months around it are untouched: January 2027 starts on a Friday (31 days,
  // weekends 2,3,9,10,16,17,23,24,30,31: 21 working days); March 2027 on a Monday
  // (weekends 6,7,13,14,20,21,27,28: 23).
  EXPECT_EQ(cal.working_days(month_of(2027, 1)), 21);
  EXPECT_EQ(cal.working_days(month_of(2027, 3)), 23);
  EXPECT_EQ(cal.working_days({ymd(2027, 1, 1), ymd(2027, 3, 31)}), 44);
}

TEST(working_calendar, listed_days_stay_in_date_order) {
  working_calendar cal;
  cal.add_holiday(ymd(2026, 10, 1), "c");
  cal.add_workday(ymd(2026, 1, 4), "a");
  cal.add_holiday(ymd(2026, 5, 1), "b");
  cal.add_holiday(ymd(2027, 1, 1), "d");
  ASSERT_EQ(cal.listed_days().size(), 4U);
  std::string names;
  for (const calendar_day& d : cal.listed_days()) names += d.name;
  EXPECT_EQ(names, "abcd");
}

TEST(working_calendar, failed_adds_change_nothing) {
  working_calendar cal;
  cal.add_holiday(ymd(2026, 2, 16), "春节");
  cal.add_workday(ymd(2026, 2, 14), "调休");
  const std::vector<calendar_day> before(cal.listed_days().begin(), cal.listed_days().end());
  const auto unchanged = [&] {
    ASSERT_EQ(cal.listed_days().size(), before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
      EXPECT_EQ(cal.listed_days()[i].day, before[i].day);
      EXPECT_EQ(cal.listed_days()[i].kind, before[i].kind);
      EXPECT_EQ(cal.listed_days()[i].name, before[i].name);
    }
  };

  auto e = error_of([&] { cal.add_holiday(ymd(2026, 2, 16), "again"); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(), "cannot list 2026-02-16 as a holiday: it is already listed as a holiday (春节)");
  unchanged();

  e = error_of([&] { cal.add_holiday(ymd(2026, 2, 14), ""); });
  EXPECT_STREQ(e.what(), "cannot list 2026-02-14 as a holiday: it is already listed as a workday (调休)");
  unchanged();

  e = error_of([&] { cal.add_workday(ymd(2026, 2, 14), ""); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(),
               "cannot list 2026-02-14 as a make-up working day: it is already listed as a workday (调休)");
  unchanged();

  e = error_of([&] { cal.add_workday(ymd(2026, 2, 17), "Tuesday"); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(),
               "cannot list 2026-02-17 as a make-up working day: it is a tuesday, not a weekend day "
               "(the weekend is saturday,sunday)");
  unchanged();
  EXPECT_EQ(cal.working_days(month_of(2026, 2)), 20 - 1 + 1);
}

// working_days counts arithmetically; is_working_day looks at one day. They must
// agree on every range, whatever the weekend and the listed days.
TEST(working_calendar, working_days_matches_a_day_by_day_count_on_random_ranges) {
  std::mt19937_64 rng(20261127);
  const date origin = ymd(2025, 12, 1);
  std::uniform_int_distribution<int> offset(0, 500);
  for (int round = 0; round < 40; ++round) {
    const auto weekend = weekday_set::from_mask(std::uniform_int_distribution<std::uint32_t>(0, 0x7F)(rng));
    working_calendar cal(weekend);
    const int listed = std::uniform_int_distribution<int>(0, 120)(rng);
    for (int i = 0; i < listed; ++i) {
      const date d = origin.plus_days(offset(rng));
      if (cal.find(d) != nullptr) continue;
      if (weekend.contains(d.day_of_week()) && rng() % 2 == 0) {
        cal.add_workday(d, "w");
      } else {
        cal.add_holiday(d, "h");
      }
    }
    for (int q = 0; q < 50; ++q) {
      date a = origin.plus_days(offset(rng) - 20);
      date b = origin.plus_days(offset(rng) + 20);
      if (b < a) std::swap(a, b);
      const date_range range{a, b};
      ASSERT_EQ(cal.working_days(range), count_day_by_day(cal, range))
          << "weekend " << weekend.to_string() << ", range " << range.to_string();
      const date_range one_day{a, a};
      ASSERT_EQ(cal.working_days(one_day), cal.is_working_day(a) ? 1 : 0);
    }
  }
}

// --- read_working_calendar ----------------------------------------------------------

TEST(read_working_calendar, reads_the_header_example) {
  const auto cal = load("date,kind,name\n2026-02-14,workday,春节调休上班\n2026-02-16,holiday,春节\n");
  ASSERT_EQ(cal.listed_days().size(), 2U);
  EXPECT_EQ(cal.listed_days()[0].day, ymd(2026, 2, 14));
  EXPECT_EQ(cal.listed_days()[0].kind, day_kind::workday);
  EXPECT_EQ(cal.listed_days()[0].name, "春节调休上班");
  EXPECT_EQ(cal.listed_days()[1].kind, day_kind::holiday);
  EXPECT_TRUE(cal.is_working_day(ymd(2026, 2, 14)));
  EXPECT_FALSE(cal.is_working_day(ymd(2026, 2, 16)));
}

TEST(read_working_calendar, columns_in_any_order_name_optional_kind_in_any_case) {
  auto cal = load("name,date,kind\n\"Closed, all day\",2026-03-02,HOLIDAY\n");
  ASSERT_EQ(cal.listed_days().size(), 1U);
  EXPECT_EQ(cal.listed_days()[0].name, "Closed, all day");
  EXPECT_EQ(cal.listed_days()[0].kind, day_kind::holiday);

  cal = load("kind,date\r\nWorkday,2026-02-28\r\n");
  ASSERT_EQ(cal.listed_days().size(), 1U);
  EXPECT_EQ(cal.listed_days()[0].name, "");
  EXPECT_EQ(cal.listed_days()[0].kind, day_kind::workday);
}

TEST(read_working_calendar, skips_comments_and_blank_lines_and_takes_rows_in_any_order) {
  const auto cal = load("# a calendar\n\n#date,kind\ndate,kind\n# the autumn\n2026-10-01,holiday\n\n"
                        "2026-01-01,holiday\n# done");
  ASSERT_EQ(cal.listed_days().size(), 2U);
  EXPECT_EQ(cal.listed_days()[0].day, ymd(2026, 1, 1));
  EXPECT_EQ(cal.listed_days()[1].day, ymd(2026, 10, 1));
}

TEST(read_working_calendar, a_header_alone_is_an_empty_calendar_with_the_given_weekend) {
  const auto cal = load("date,kind,name\n", weekday_set::parse("fri,sat"));
  EXPECT_TRUE(cal.listed_days().empty());
  EXPECT_EQ(cal.weekend(), weekday_set::parse("fri,sat"));
}

TEST(read_working_calendar, make_up_days_are_checked_against_the_given_weekend) {
  // 2026-11-27 is a Friday: a weekend day in the Gulf, a weekday in China.
  const std::string text = "date,kind\n2026-11-27,workday\n";
  const auto gulf = load(text, weekday_set::parse("fri,sat"));
  EXPECT_TRUE(gulf.is_working_day(ymd(2026, 11, 27)));
  const auto e = load_error(text);
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(),
               "cal.csv:2: column 'date': 2026-11-27 is a friday, not a weekend day (the weekend is "
               "saturday,sunday), so it cannot be a make-up working day");
  EXPECT_EQ(e.child(), 0U);
}

TEST(read_working_calendar, empty_input) {
  for (const std::string text : {"", "\n\n", "# only comments\n#\n", "\xEF\xBB\xBF"}) {
    const auto e = load_error(text);
    EXPECT_EQ(e.code(), errc::parse_error);
    EXPECT_STREQ(e.what(), "cal.csv: the input is empty; expected a header row");
    EXPECT_EQ(e.child(), std::nullopt);
  }
}

TEST(read_working_calendar, malformed_csv_is_a_parse_error_at_its_line_and_column) {
  auto e = load_error("date,kind,name\n2026-01-01,holiday,x\n# note\n2026-01-02,holiday\n");
  EXPECT_EQ(e.code(), errc::parse_error);
  EXPECT_STREQ(e.what(), "cal.csv:4: the row has 2 fields but the header has 3");
  EXPECT_EQ(e.child(), 1U);

  e = load_error("date,kind,name\n2026-01-01,holiday,New \"Year\"\n");
  EXPECT_EQ(e.code(), errc::parse_error);
  EXPECT_STREQ(e.what(),
               "cal.csv:2: column 'name': a quote inside an unquoted field; quote the whole field and "
               "double the quote");
  EXPECT_EQ(e.child(), 0U);

  e = load_error("date,kind,name\n2026-01-01,holiday,\"open\n\n");
  EXPECT_STREQ(e.what(), "cal.csv:2: column 'name': a quoted field opened on line 2 is never closed");
  EXPECT_EQ(e.child(), 0U);

  e = load_error("date,ki\"nd\n");
  EXPECT_EQ(e.code(), errc::parse_error);
  EXPECT_STREQ(e.what(),
               "cal.csv:1: field 2: a quote inside an unquoted field; quote the whole field and double "
               "the quote");
  EXPECT_EQ(e.child(), std::nullopt);
}

TEST(read_working_calendar, malformed_dates_are_parse_errors) {
  auto e = load_error("date,kind\n2026/02/16,holiday\n");
  EXPECT_EQ(e.code(), errc::parse_error);
  EXPECT_STREQ(e.what(), "cal.csv:2: column 'date': '2026/02/16' is not a date of the form YYYY-MM-DD");
  EXPECT_EQ(e.child(), 0U);

  // 2026 is not a leap year.
  e = load_error("kind,date\nholiday,2026-01-01\nholiday,2026-02-29\n");
  EXPECT_EQ(e.code(), errc::parse_error);
  EXPECT_STREQ(e.what(),
               "cal.csv:3: column 'date': '2026-02-29' is not a day of the calendar (dates run from "
               "1400-01-01 to 9999-12-31)");
  EXPECT_EQ(e.child(), 1U);

  e = load_error("date,kind\n,holiday\n");
  EXPECT_STREQ(e.what(), "cal.csv:2: column 'date': '' is not a date of the form YYYY-MM-DD");
}

TEST(read_working_calendar, an_unknown_kind_is_a_parse_error) {
  const auto e = load_error("# China\n\ndate,kind,name\n2026-01-01,holiday,元旦\n2026-02-16,holliday,春节\n");
  EXPECT_EQ(e.code(), errc::parse_error);
  EXPECT_STREQ(e.what(), "cal.csv:5: column 'kind': 'holliday' is not holiday or workday");
  EXPECT_EQ(e.child(), 1U);
}

TEST(read_working_calendar, header_errors_are_invalid_arguments_without_a_row) {
  auto e = load_error("date,name\n2026-01-01,x\n");
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(),
               "cal.csv:1: there is no 'kind' column; the header must name date and kind (name is optional)");
  EXPECT_EQ(e.child(), std::nullopt);

  e = load_error("# dates\nkind\nholiday\n");
  EXPECT_STREQ(e.what(),
               "cal.csv:2: there is no 'date' column; the header must name date and kind (name is optional)");

  e = load_error("date,kind,date\n");
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(), "cal.csv:1: column 'date' appears twice (fields 1 and 3)");

  e = load_error("date,kind,region\n");
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(), "cal.csv:1: unknown column 'region'; the columns are date, kind and (optional) name");

  e = load_error("Date,kind,name,note\n");
  EXPECT_STREQ(e.what(),
               "cal.csv:1: unknown columns 'Date', 'note'; the columns are date, kind and (optional) name");
  EXPECT_EQ(e.child(), std::nullopt);
}

TEST(read_working_calendar, a_date_listed_twice_names_both_lines) {
  const auto e = load_error("date,kind,name\n2026-02-16,holiday,春节\n2026-02-17,holiday,春节\n"
                            "2026-02-16,holiday,again\n");
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(), "cal.csv:4: column 'date': 2026-02-16 is already listed on line 2 as a holiday (春节)");
  EXPECT_EQ(e.child(), 2U);
}

TEST(read_working_calendar, an_unreadable_stream_is_an_invalid_argument) {
  std::istringstream in("date,kind\n");
  in.setstate(std::ios::badbit);
  const auto e = error_of([&] { static_cast<void>(tandem::time::read_working_calendar(in, "cal.csv")); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(), "cannot read cal.csv");
}

// --- read_working_calendar_file -------------------------------------------------------

TEST(read_working_calendar_file, skips_a_byte_order_mark_and_names_the_path_in_errors) {
  const auto path = std::filesystem::path(testing::TempDir()) / "tandem_working_calendar_test.csv";
  {
    std::ofstream out(path, std::ios::binary);
    out << "\xEF\xBB\xBF" << "date,kind,name\r\n2026-05-01,holiday,劳动节\r\n2026-05-01,holiday,again\r\n";
  }
  const auto e = error_of([&] { static_cast<void>(tandem::time::read_working_calendar_file(path)); });
  EXPECT_EQ(e.what(), path.string() + ":3: column 'date': 2026-05-01 is already listed on line 2 as a holiday (劳动节)");

  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << "\xEF\xBB\xBF" << "date,kind,name\r\n2026-05-01,holiday,劳动节\r\n";
  }
  const auto cal = tandem::time::read_working_calendar_file(path, weekday_set::parse("sun"));
  std::filesystem::remove(path);
  ASSERT_EQ(cal.listed_days().size(), 1U);
  EXPECT_EQ(cal.listed_days()[0].name, "劳动节");
  EXPECT_EQ(cal.weekend(), weekday_set::parse("sun"));
}

TEST(read_working_calendar_file, a_missing_file_or_a_directory_is_an_invalid_argument) {
  const auto missing = std::filesystem::path(testing::TempDir()) / "no-such-calendar.csv";
  auto e = error_of([&] { static_cast<void>(tandem::time::read_working_calendar_file(missing)); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_EQ(e.what(), "cannot open calendar file '" + missing.string() + "'");

  const auto dir = std::filesystem::path(testing::TempDir());
  e = error_of([&] { static_cast<void>(tandem::time::read_working_calendar_file(dir)); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_EQ(e.what(), "cannot read calendar file '" + dir.string() + "': it is a directory");
}

// --- examples/calendars/cn-2026.csv ---------------------------------------------------

// The State Council's notice on the 2026 holidays (国务院办公厅关于2026年部分节假日安排的通知,
// 2025-11-04). Facts below are worked out by hand from the notice, not from the file.
class china_2026 : public testing::Test {
 protected:
  static working_calendar load_example() {
    const auto path = std::filesystem::path(__FILE__).parent_path() / "../../examples/calendars/cn-2026.csv";
    return tandem::time::read_working_calendar_file(path);
  }
  const working_calendar cal = load_example();
};

TEST_F(china_2026, lists_33_holidays_and_6_make_up_working_days) {
  // Closures: 元旦 3 + 春节 9 + 清明 3 + 劳动节 5 + 端午 3 + 中秋 3 + 国庆 7 = 33 days.
  // Worked: 1-04, 2-14, 2-28, 5-09, 9-20, 10-10 = 6 days.
  int holidays = 0;
  int workdays = 0;
  for (const calendar_day& d : cal.listed_days()) {
    (d.kind == day_kind::holiday ? holidays : workdays) += 1;
    EXPECT_EQ(d.day.year(), 2026);
    EXPECT_FALSE(d.name.empty()) << d.day.to_string();
  }
  EXPECT_EQ(holidays, 33);
  EXPECT_EQ(workdays, 6);
  EXPECT_EQ(cal.find(ymd(2026, 2, 17))->name, "春节 Spring Festival");
}

TEST_F(china_2026, the_weekdays_the_notice_gives_match_the_dates) {
  EXPECT_EQ(ymd(2026, 1, 1).day_of_week(), weekday::thursday);   // 1月1日(周四)
  EXPECT_EQ(ymd(2026, 1, 4).day_of_week(), weekday::sunday);     // 1月4日(周日)上班
  EXPECT_EQ(ymd(2026, 2, 15).day_of_week(), weekday::sunday);    // 2月15日(周日)
  EXPECT_EQ(ymd(2026, 2, 23).day_of_week(), weekday::monday);    // 23日(周一)
  EXPECT_EQ(ymd(2026, 4, 4).day_of_week(), weekday::saturday);   // 4月4日(周六)
  EXPECT_EQ(ymd(2026, 5, 5).day_of_week(), weekday::tuesday);    // 5日(周二)
  EXPECT_EQ(ymd(2026, 6, 19).day_of_week(), weekday::friday);    // 6月19日(周五)
  EXPECT_EQ(ymd(2026, 9, 20).day_of_week(), weekday::sunday);    // 9月20日(周日)上班
  EXPECT_EQ(ymd(2026, 10, 7).day_of_week(), weekday::wednesday); // 7日(周三)
  EXPECT_EQ(ymd(2026, 10, 10).day_of_week(), weekday::saturday); // 10月10日(周六)上班
}

TEST_F(china_2026, known_days) {
  EXPECT_TRUE(cal.is_working_day(ymd(2026, 1, 4)));    // a Sunday, worked
  EXPECT_TRUE(cal.is_working_day(ymd(2026, 2, 14)));   // a Saturday, worked
  EXPECT_TRUE(cal.is_working_day(ymd(2026, 2, 28)));   // a Saturday, worked
  EXPECT_FALSE(cal.is_working_day(ymd(2026, 2, 16)));  // 春节, a Monday
  EXPECT_FALSE(cal.is_working_day(ymd(2026, 2, 21)));  // 春节, a Saturday
  EXPECT_TRUE(cal.is_working_day(ymd(2026, 2, 24)));   // the Tuesday after
  EXPECT_FALSE(cal.is_working_day(ymd(2026, 10, 7)));  // the last day of 国庆
  EXPECT_TRUE(cal.is_working_day(ymd(2026, 10, 8)));   // a Thursday, back at work
  EXPECT_TRUE(cal.is_working_day(ymd(2026, 10, 9)));   // a Friday
  EXPECT_TRUE(cal.is_working_day(ymd(2026, 10, 10)));  // a Saturday, worked
  EXPECT_FALSE(cal.is_working_day(ymd(2026, 10, 11))); // an ordinary Sunday
}

TEST_F(china_2026, working_days_per_month_and_year) {
  // Weekdays per month (Monday-Friday), minus holidays on weekdays, plus worked weekend days:
  //   Jan: 22 - 2 (1, 2) + 1 (4)               = 21
  //   Feb: 20 - 6 (16-20, 23) + 2 (14, 28)     = 16
  //   Mar: 22                                  = 22
  //   Apr: 22 - 1 (6)                          = 21
  //   May: 21 - 3 (1, 4, 5) + 1 (9)            = 19
  //   Jun: 22 - 1 (19)                         = 21
  //   Jul: 23                                  = 23
  //   Aug: 21                                  = 21
  //   Sep: 22 - 1 (25) + 1 (20)                = 22
  //   Oct: 22 - 5 (1, 2, 5, 6, 7) + 1 (10)     = 18
  //   Nov: 21                                  = 21
  //   Dec: 23                                  = 23
  // Year: 261 weekdays - 19 holidays on weekdays + 6 worked weekend days = 248, which
  // is also 365 - 104 weekend days - 13 statutory holidays (the moved rest days cancel).
  const std::array<std::int64_t, 12> expected{21, 16, 22, 21, 19, 21, 23, 21, 22, 18, 21, 23};
  for (int m = 1; m <= 12; ++m) {
    EXPECT_EQ(cal.working_days(month_of(2026, m)), expected[static_cast<std::size_t>(m - 1)]) << "month " << m;
    EXPECT_EQ(count_day_by_day(cal, month_of(2026, m)), expected[static_cast<std::size_t>(m - 1)]) << "month " << m;
  }
  EXPECT_EQ(cal.working_days({ymd(2026, 1, 1), ymd(2026, 12, 31)}), 248);
  // The Spring Festival week and the National Day week on their own.
  EXPECT_EQ(cal.working_days({ymd(2026, 2, 15), ymd(2026, 2, 23)}), 0);
  EXPECT_EQ(cal.working_days({ymd(2026, 10, 1), ymd(2026, 10, 7)}), 0);
  EXPECT_EQ(cal.working_days({ymd(2026, 10, 1), ymd(2026, 10, 11)}), 3);  // 8, 9, 10
}

}  // namespace
