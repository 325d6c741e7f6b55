// Fiscal calendars. Every rule maps a day number to the period around it
// (`containing`); periods() walks a range by asking for the period of the day after
// the previous one, so all kinds and shapes share one tiling loop and cost O(1) per
// period. Rules work on unbounded day numbers (fiscal_day_math.hpp); only a finished
// period becomes dates, and that is where "beyond the supported dates" is reported.
#include "tandem/time/fiscal_calendar.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>

#include "tandem/core/error.hpp"
#include "fiscal_day_math.hpp"

namespace tandem::time {
namespace {

using namespace fiscal_detail;

struct raw_period {
  std::int64_t first;
  std::int64_t last;
  std::string label;
};

bool is_known(period_kind k) noexcept { return static_cast<unsigned>(k) <= static_cast<unsigned>(period_kind::day); }
bool is_known(fiscal_year_naming n) noexcept { return static_cast<unsigned>(n) <= 1U; }
bool is_known(retail_pattern p) noexcept { return static_cast<unsigned>(p) <= 2U; }
bool is_known(year_end_rule r) noexcept { return static_cast<unsigned>(r) <= 1U; }
bool is_known(weekday d) noexcept { return static_cast<unsigned>(d) >= 1U && static_cast<unsigned>(d) <= 7U; }

template <typename Enum>
void require_known(Enum value, const char* what) {
  if (!is_known(value)) {
    throw error(errc::invalid_argument,
                std::string("unknown ") + what + " " + std::to_string(static_cast<unsigned>(value)));
  }
}

std::string days_text(std::int64_t first, std::int64_t last) {
  std::string out;
  append_iso_date(out, first);
  out += "..";
  append_iso_date(out, last);
  return out;
}

date to_date(std::int64_t serial) { return date::from_serial(static_cast<std::int32_t>(serial)); }

/// The whole period as dates; a period the calendar defines partly outside the
/// supported dates cannot be represented, so it is an error rather than a silent cut.
date_range to_range(const raw_period& p) {
  if (p.first < min_serial || p.last > max_serial) {
    throw error(errc::out_of_range, p.label + " (" + days_text(p.first, p.last) +
                                        ") extends beyond the supported dates 1400-01-01..9999-12-31");
  }
  return date_range{to_date(p.first), to_date(p.last)};
}

raw_period single_day(std::int64_t serial) {
  raw_period p{serial, serial, {}};
  append_iso_date(p.label, serial);
  return p;
}

/// ISO 8601 week: Monday..Sunday, numbered within the year that holds its Thursday.
raw_period iso_week(std::int64_t serial) {
  const std::int64_t monday = serial - (iso_weekday(serial) - 1);
  const std::int64_t thursday = monday + 3;
  const std::int64_t week_year = civil_from_serial(thursday).year;
  const std::int64_t week = (thursday - serial_from_civil(week_year, 1, 1)) / 7 + 1;
  raw_period p{monday, monday + 6, {}};
  append_number(p.label, week_year, 4);
  p.label += "-W";
  append_number(p.label, week, 2);
  return p;
}

void append_year_label(std::string& out, bool fiscal_prefix, std::int64_t name) {
  if (fiscal_prefix) out += "FY";
  append_number(out, name, 4);
}

void append_part(std::string& out, char letter, std::int64_t number, int width) {
  out.push_back(' ');
  out.push_back(letter);
  append_number(out, number, width);
}

/// Gregorian and fiscal years: 12 months, each from `start_day` of one month to the
/// day before `start_day` of the next.
struct month_rules {
  int start_month;
  int start_day;
  fiscal_year_naming naming;
  bool calendar_labels;  // gregorian: "2027 Q2", not "FY2027 Q2"

  // A year starting on 1 January ends in the same calendar year; any other ends in the next.
  [[nodiscard]] std::int64_t end_year_offset() const noexcept { return start_month == 1 && start_day == 1 ? 0 : 1; }

  [[nodiscard]] std::int64_t name_of_start_year(std::int64_t start_year) const noexcept {
    return naming == fiscal_year_naming::end_year ? start_year + end_year_offset() : start_year;
  }

  [[nodiscard]] std::int64_t first_month_of_year(std::int64_t name) const noexcept {
    const std::int64_t start_year = naming == fiscal_year_naming::end_year ? name - end_year_offset() : name;
    return month_index(start_year, start_month);
  }

  [[nodiscard]] raw_period year_days(std::int64_t name) const {
    const std::int64_t first_month = first_month_of_year(name);
    raw_period p{serial_of_month_day(first_month, start_day), serial_of_month_day(first_month + 12, start_day) - 1,
                 {}};
    append_year_label(p.label, !calendar_labels, name);
    return p;
  }

  /// The fiscal month holding a day: the calendar month it starts in (month_index),
  /// and how many fiscal months of its year precede it.
  struct position {
    std::int64_t month;
    std::int64_t months_in;
  };
  [[nodiscard]] position locate(std::int64_t serial) const noexcept {
    const civil c = civil_from_serial(serial);
    const std::int64_t month = month_index(c.year, c.month) - (c.day < start_day ? 1 : 0);
    return position{month, floor_mod(month - (start_month - 1), 12)};
  }

  [[nodiscard]] std::int64_t year_name(std::int64_t serial) const noexcept {
    const position at = locate(serial);
    return name_of_start_year(floor_div(at.month - at.months_in, 12));
  }

  [[nodiscard]] raw_period containing(std::int64_t serial, period_kind k) const {
    if (k == period_kind::day) return single_day(serial);
    if (k == period_kind::week) return iso_week(serial);
    const auto [month, months_in] = locate(serial);
    const std::int64_t year_first_month = month - months_in;
    const std::int64_t name = name_of_start_year(floor_div(year_first_month, 12));

    static constexpr std::array<std::int64_t, 4> months_per_kind{12, 6, 3, 1};  // year, half, quarter, month
    const std::int64_t length = months_per_kind[static_cast<std::size_t>(k)];
    const std::int64_t first_month = year_first_month + months_in / length * length;
    raw_period p{serial_of_month_day(first_month, start_day),
                 serial_of_month_day(first_month + length, start_day) - 1,
                 {}};
    if (k == period_kind::month && start_day == 1) {
      append_number(p.label, floor_div(first_month, 12), 4);
      p.label.push_back('-');
      append_number(p.label, floor_mod(first_month, 12) + 1, 2);
      return p;
    }
    append_year_label(p.label, !calendar_labels, name);
    if (k == period_kind::half) append_part(p.label, 'H', months_in / 6 + 1, 1);
    if (k == period_kind::quarter) append_part(p.label, 'Q', months_in / 3 + 1, 1);
    if (k == period_kind::month) append_part(p.label, 'P', months_in + 1, 2);
    return p;
  }
};

/// 52/53-week years. A year is "anchored" on the end month of calendar year A when
/// its end rule is applied to that month; it runs from the day after the end of the
/// year anchored on A-1 to the end of the year anchored on A.
struct retail_rules {
  int end_month;
  weekday end_day;
  year_end_rule rule;
  fiscal_year_naming naming;
  retail_pattern pattern;

  [[nodiscard]] std::int64_t year_end(std::int64_t anchor) const noexcept {
    const std::int64_t last_of_month = serial_of_month_day(month_index(anchor, end_month) + 1, 1) - 1;
    // Days back from the month's last day to the nearest earlier (or same) end_day.
    const std::int64_t back = floor_mod(iso_weekday(last_of_month) - static_cast<int>(end_day), 7);
    if (rule == year_end_rule::last_weekday || back <= 3) return last_of_month - back;
    return last_of_month + (7 - back);
  }

  // Names follow the anchor, not the actual first or last day: a year ending on the
  // Saturday nearest 31 December may end on 2 January, and naming it by that day would
  // give two consecutive years the same name. The nominal year starts on the 1st of
  // the month after the end month of the previous anchor.
  [[nodiscard]] std::int64_t name_of_anchor(std::int64_t anchor) const noexcept {
    return naming == fiscal_year_naming::end_year || end_month == 12 ? anchor : anchor - 1;
  }
  [[nodiscard]] std::int64_t anchor_of_name(std::int64_t name) const noexcept {
    return naming == fiscal_year_naming::end_year || end_month == 12 ? name : name + 1;
  }

  [[nodiscard]] std::int64_t anchor_of(std::int64_t serial) const noexcept {
    // A year end lies within a week of its end month's last day, so this moves at most once.
    std::int64_t anchor = civil_from_serial(serial).year;
    while (serial > year_end(anchor)) ++anchor;
    while (serial <= year_end(anchor - 1)) --anchor;
    return anchor;
  }

  [[nodiscard]] raw_period year_days(std::int64_t name) const {
    const std::int64_t anchor = anchor_of_name(name);
    raw_period p{year_end(anchor - 1) + 1, year_end(anchor), {}};
    append_year_label(p.label, true, name);
    return p;
  }

  [[nodiscard]] std::int64_t year_name(std::int64_t serial) const noexcept { return name_of_anchor(anchor_of(serial)); }

  [[nodiscard]] raw_period containing(std::int64_t serial, period_kind k) const {
    if (k == period_kind::day) return single_day(serial);
    const std::int64_t anchor = anchor_of(serial);
    const std::int64_t year_first = year_end(anchor - 1) + 1;
    const std::int64_t year_last = year_end(anchor);
    const std::int64_t week = (serial - year_first) / 7;  // 0..51, or 52 in a 53-week year
    raw_period p{year_first, year_last, {}};
    append_year_label(p.label, true, name_of_anchor(anchor));
    switch (k) {
      case period_kind::year:
        break;
      case period_kind::half: {
        const std::int64_t half = week < 26 ? 0 : 1;
        p.first = year_first + half * 26 * 7;
        if (half == 0) p.last = p.first + 26 * 7 - 1;
        append_part(p.label, 'H', half + 1, 1);
        break;
      }
      case period_kind::quarter: {
        const std::int64_t quarter = std::min<std::int64_t>(week / 13, 3);
        p.first = year_first + quarter * 13 * 7;
        if (quarter < 3) p.last = p.first + 13 * 7 - 1;
        append_part(p.label, 'Q', quarter + 1, 1);
        break;
      }
      case period_kind::month: {
        static constexpr std::array<std::array<std::int64_t, 3>, 3> weeks_per_month{{{4, 4, 5}, {4, 5, 4}, {5, 4, 4}}};
        const auto& weeks = weeks_per_month[static_cast<std::size_t>(pattern)];
        const std::int64_t quarter = std::min<std::int64_t>(week / 13, 3);
        std::int64_t first_week = quarter * 13;
        std::size_t in_quarter = 0;
        // The third month of the last quarter also takes a 53rd week.
        while (in_quarter < 2 && week >= first_week + weeks[in_quarter]) first_week += weeks[in_quarter++];
        const std::int64_t month = quarter * 3 + static_cast<std::int64_t>(in_quarter);
        p.first = year_first + first_week * 7;
        if (month < 11) p.last = p.first + weeks[in_quarter] * 7 - 1;
        append_part(p.label, 'P', month + 1, 2);
        break;
      }
      case period_kind::week:
        p.first = year_first + week * 7;
        p.last = p.first + 6;
        append_part(p.label, 'W', week + 1, 2);
        break;
      case period_kind::day:
        break;
    }
    return p;
  }
};

struct calendar_rules {
  fiscal_calendar::shape shape;
  month_rules months;
  retail_rules retail;

  [[nodiscard]] raw_period containing(std::int64_t serial, period_kind k) const {
    return shape == fiscal_calendar::shape::retail ? retail.containing(serial, k) : months.containing(serial, k);
  }
  [[nodiscard]] std::int64_t year_name(std::int64_t serial) const noexcept {
    return shape == fiscal_calendar::shape::retail ? retail.year_name(serial) : months.year_name(serial);
  }
  [[nodiscard]] raw_period year_days(std::int64_t name) const {
    return shape == fiscal_calendar::shape::retail ? retail.year_days(name) : months.year_days(name);
  }
};

// Rules from the calendar's fields. (The class's private fields are passed in: the
// public header has no room for a private helper.) For a retail calendar
// `start_month` holds the end month.
calendar_rules make_rules(fiscal_calendar::shape shape, fiscal_year_naming naming, int start_month, int start_day,
                          retail_pattern pattern, weekday end_day, year_end_rule rule) noexcept {
  return calendar_rules{shape,
                        month_rules{start_month, start_day, naming, shape == fiscal_calendar::shape::gregorian},
                        retail_rules{start_month, end_day, rule, naming, pattern}};
}

// Fewest days a period of each kind can have, to size the result of periods().
constexpr std::array<std::int64_t, 6> shortest_days{364, 181, 89, 28, 7, 1};

constexpr std::array<std::string_view, 3> pattern_names{"4-4-5", "4-5-4", "5-4-4"};
constexpr std::array<std::string_view, 3> pattern_compact_names{"445", "454", "544"};

}  // namespace

std::string_view to_string(retail_pattern p) noexcept {
  const auto i = static_cast<std::size_t>(p);
  return i < pattern_names.size() ? pattern_names[i] : std::string_view{"?"};
}

std::optional<retail_pattern> retail_pattern_from_name(std::string_view name) noexcept {
  for (std::size_t i = 0; i < pattern_names.size(); ++i) {
    if (name == pattern_names[i] || name == pattern_compact_names[i]) return static_cast<retail_pattern>(i);
  }
  return std::nullopt;
}

fiscal_calendar fiscal_calendar::gregorian() noexcept { return fiscal_calendar{}; }

fiscal_calendar fiscal_calendar::starting(int month, int day, fiscal_year_naming naming) {
  if (month < 1 || month > 12) {
    throw error(errc::out_of_range, "fiscal year start month " + std::to_string(month) + " is outside 1..12");
  }
  if (day < 1 || day > 28) {
    throw error(errc::out_of_range, "fiscal year start day " + std::to_string(day) +
                                        " is outside 1..28 (every month must have it)");
  }
  require_known(naming, "fiscal year naming");
  // The year that starts on 1 January begins and ends in the same calendar year, so
  // both namings agree and it is simply the calendar year.
  if (month == 1 && day == 1) return gregorian();
  fiscal_calendar c;
  c.shape_ = shape::fiscal;
  c.naming_ = naming;
  c.start_month_ = static_cast<std::uint8_t>(month);
  c.start_day_ = static_cast<std::uint8_t>(day);
  return c;
}

fiscal_calendar fiscal_calendar::retail(retail_pattern pattern, int end_month, weekday end_day, year_end_rule rule,
                                        fiscal_year_naming naming) {
  if (end_month < 1 || end_month > 12) {
    throw error(errc::out_of_range, "retail year end month " + std::to_string(end_month) + " is outside 1..12");
  }
  require_known(pattern, "retail pattern");
  require_known(end_day, "weekday");
  require_known(rule, "year end rule");
  require_known(naming, "fiscal year naming");
  fiscal_calendar c;
  c.shape_ = shape::retail;
  c.naming_ = naming;
  c.start_month_ = static_cast<std::uint8_t>(end_month);
  c.pattern_ = pattern;
  c.end_day_ = end_day;
  c.rule_ = rule;
  return c;
}

int fiscal_calendar::fiscal_year_of(date d) const {
  const calendar_rules rules = make_rules(shape_, naming_, start_month_, start_day_, pattern_, end_day_, rule_);
  return static_cast<int>(rules.year_name(d.serial()));
}

date_range fiscal_calendar::fiscal_year(int year) const {
  const calendar_rules rules = make_rules(shape_, naming_, start_month_, start_day_, pattern_, end_day_, rule_);
  return to_range(rules.year_days(year));
}

period fiscal_calendar::period_containing(date d, period_kind k) const {
  require_known(k, "period kind");
  const calendar_rules rules = make_rules(shape_, naming_, start_month_, start_day_, pattern_, end_day_, rule_);
  raw_period raw = rules.containing(d.serial(), k);
  const date_range full = to_range(raw);
  return period{k, full, full, std::move(raw.label)};
}

std::vector<period> fiscal_calendar::periods(const date_range& range, period_kind k) const {
  require_known(k, "period kind");
  if (range.last < range.first) {
    throw error(errc::invalid_argument, "date range ends (" + range.last.to_string() + ") before it starts (" +
                                            range.first.to_string() + ")");
  }
  const calendar_rules rules = make_rules(shape_, naming_, start_month_, start_day_, pattern_, end_day_, rule_);
  std::vector<period> out;
  out.reserve(static_cast<std::size_t>(range.days() / shortest_days[static_cast<std::size_t>(k)] + 2));
  const std::int64_t last = range.last.serial();
  std::int64_t next = range.first.serial();
  for (;;) {
    raw_period raw = rules.containing(next, k);
    const date_range full = to_range(raw);
    const date_range span{std::max(full.first, range.first), std::min(full.last, range.last)};
    out.push_back(period{k, full, span, std::move(raw.label)});
    if (raw.last >= last) break;
    next = raw.last + 1;
  }
  return out;
}

std::string fiscal_calendar::describe() const {
  const auto naming_text = [this] {
    return std::string(naming_ == fiscal_year_naming::end_year ? " (named by end year)" : " (named by start year)");
  };
  switch (shape_) {
    case shape::gregorian:
      return "gregorian";
    case shape::fiscal: {
      std::string out = "fiscal year from ";
      append_number(out, start_month_, 2);
      out.push_back('-');
      append_number(out, start_day_, 2);
      return out + naming_text();
    }
    case shape::retail:
      break;
  }
  std::string out = "retail " + std::string(to_string(pattern_)) + ", year ends on the ";
  if (rule_ == year_end_rule::last_weekday) {
    out += "last " + std::string(to_string(end_day_)) + " of month ";
  } else {
    out += std::string(to_string(end_day_)) + " nearest the end of month ";
  }
  append_number(out, start_month_, 1);
  return out + naming_text();
}

}  // namespace tandem::time
