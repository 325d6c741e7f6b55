// tandem/time/fiscal_calendar.hpp — fiscal years and the periods inside them.
//
// Three shapes of calendar:
//  * gregorian(): the calendar year. Labels "2027", "2027 H1", "2027 Q2",
//    "2027-04", ISO weeks "2027-W14", days "2027-04-01".
//  * starting(month, day): a fiscal year that starts on any month and day (1..28),
//    e.g. 1 April or 1 July. Months run from that day of each month. The year is
//    named after the calendar year in which it ends (end_year, the US and UK
//    corporate habit: the year 2026-07-01..2027-06-30 is "FY2027") or begins
//    (start_year, as Japan's 年度). Labels "FY2027", "FY2027 H1", "FY2027 Q2";
//    months are labelled by calendar month ("2026-07") when the year starts on the
//    1st, else "FY2027 P01".."FY2027 P12"; weeks are ISO weeks ("2026-W27").
//  * retail(pattern, ...): a 52/53-week calendar (4-4-5, 4-5-4 or 5-4-4). The year
//    ends on a given weekday: the last such weekday of the end month, or the one
//    nearest the end of the end month (the NRF calendar: the Saturday nearest
//    31 January). Quarters are 13 weeks split by the pattern. A year whose end
//    rule gives 371 days has a 53rd week, added to the last month of the year (so
//    its fourth quarter has 14 weeks and its second half 27), as the NRF does.
//    Labels "FY2027", "FY2027 H1", "FY2027 Q2", "FY2027 P05" (the fifth fiscal
//    month), "FY2027 W14" (the 14th fiscal week), days "2027-04-01".
//    A retail year is named by its nominal months, not by its first or last day
//    (which may fall a few days into the neighbouring month): end_year names it
//    after the year of its end month, start_year after the year of the month that
//    follows the previous year's end month. So for years ending in or near
//    December both namings agree: the year 2026-12-27..2027-12-25 (last Saturday
//    of December) is FY2027 either way.
//
//   auto fy = tandem::time::fiscal_calendar::starting(4, 1);          // April
//   auto months = fy.periods(fy.fiscal_year(2028), period_kind::month);  // 2027-04..2028-03
//   months[0].label == "2027-04";
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "tandem/time/date.hpp"
#include "tandem/time/period.hpp"

namespace tandem::time {

/// Which calendar year names a fiscal year. Numbers are pinned.
enum class fiscal_year_naming : std::uint8_t {
  end_year = 0,    ///< named after the calendar year in which it ends
  start_year = 1,  ///< named after the calendar year in which it begins
};

/// Weeks per fiscal month in each 13-week quarter. Numbers are pinned.
enum class retail_pattern : std::uint8_t {
  p445 = 0,  ///< 4-4-5
  p454 = 1,  ///< 4-5-4
  p544 = 2,  ///< 5-4-4
};

/// Where a retail year ends. Numbers are pinned.
enum class year_end_rule : std::uint8_t {
  last_weekday = 0,     ///< the last given weekday of the end month
  nearest_weekday = 1,  ///< the given weekday nearest the last day of the end month
};

/// "4-4-5", "4-5-4", "5-4-4".
[[nodiscard]] std::string_view to_string(retail_pattern p) noexcept;
[[nodiscard]] std::optional<retail_pattern> retail_pattern_from_name(std::string_view name) noexcept;

class fiscal_calendar {
 public:
  enum class shape : std::uint8_t { gregorian = 0, fiscal = 1, retail = 2 };

  /// The calendar year.
  [[nodiscard]] static fiscal_calendar gregorian() noexcept;
  /// A fiscal year starting on `month`/`day` (day 1..28). Throws errc::out_of_range
  /// for a month outside 1..12 or a day outside 1..28. starting(1, 1) is gregorian().
  [[nodiscard]] static fiscal_calendar starting(int month, int day = 1,
                                                fiscal_year_naming naming = fiscal_year_naming::end_year);
  /// A 52/53-week retail calendar whose years end on `end_day` in or near
  /// `end_month` (see the header comment). Throws errc::out_of_range for a month
  /// outside 1..12.
  [[nodiscard]] static fiscal_calendar retail(retail_pattern pattern, int end_month, weekday end_day,
                                              year_end_rule rule,
                                              fiscal_year_naming naming = fiscal_year_naming::end_year);

  [[nodiscard]] shape kind() const noexcept { return shape_; }

  // What the calendar was built from, so that it can be written out and rebuilt
  // (tandem/org/org_document.hpp). Values that do not apply to the shape are the
  // defaults shown: gregorian() answers 1, 1, end_year, p445, 12, saturday, last_weekday.

  /// fiscal: the first month of the year (2..12, or 1 with a start day after the 1st);
  /// gregorian: 1; retail: 1 (see end_month()).
  [[nodiscard]] int start_month() const noexcept { return shape_ == shape::fiscal ? start_month_ : 1; }
  /// fiscal: the day of the month each fiscal month starts on (1..28); otherwise 1.
  [[nodiscard]] int start_day() const noexcept { return shape_ == shape::fiscal ? start_day_ : 1; }
  /// fiscal and retail: how years are named; gregorian: end_year (both namings agree).
  [[nodiscard]] fiscal_year_naming naming() const noexcept { return naming_; }
  /// retail: weeks per month in a quarter; otherwise p445.
  [[nodiscard]] retail_pattern pattern() const noexcept { return pattern_; }
  /// retail: the month the year ends in or near (1..12); otherwise 12.
  [[nodiscard]] int end_month() const noexcept { return shape_ == shape::retail ? start_month_ : 12; }
  /// retail: the weekday the year ends on; otherwise saturday.
  [[nodiscard]] weekday end_weekday() const noexcept { return end_day_; }
  /// retail: which such weekday; otherwise last_weekday.
  [[nodiscard]] year_end_rule end_rule() const noexcept { return rule_; }

  /// Same shape and same parameters: the two calendars give the same periods and labels.
  friend bool operator==(const fiscal_calendar&, const fiscal_calendar&) noexcept = default;

  /// The number of the fiscal year containing `d` (as in its label).
  [[nodiscard]] int fiscal_year_of(date d) const;
  /// The days of fiscal year `year`. Throws errc::out_of_range if it lies outside
  /// the supported dates.
  [[nodiscard]] date_range fiscal_year(int year) const;

  /// The period of kind `k` that contains `d`, whole (span == full).
  [[nodiscard]] period period_containing(date d, period_kind k) const;

  /// The periods of kind `k` that overlap `range`, in date order; the first and
  /// last are cut to the range when it does not start or end on a boundary (their
  /// `span` is the part inside, `full` the whole period). They tile the range:
  /// no gaps, no overlaps.
  [[nodiscard]] std::vector<period> periods(const date_range& range, period_kind k) const;

  /// A one-line description: "gregorian", "fiscal year from 04-01 (named by end year)",
  /// "retail 4-4-5, year ends on the saturday nearest the end of month 1 (named by start year)".
  [[nodiscard]] std::string describe() const;

 private:
  fiscal_calendar() noexcept = default;

  shape shape_ = shape::gregorian;
  fiscal_year_naming naming_ = fiscal_year_naming::end_year;
  std::uint8_t start_month_ = 1;  // fiscal: the first month; retail: the end month
  std::uint8_t start_day_ = 1;    // fiscal only
  retail_pattern pattern_ = retail_pattern::p445;
  weekday end_day_ = weekday::saturday;
  year_end_rule rule_ = year_end_rule::last_weekday;
};

}  // namespace tandem::time
