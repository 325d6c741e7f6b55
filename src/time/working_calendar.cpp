// Working days are counted arithmetically: the weekend days of a range follow from
// its length and first weekday, and only the listed days inside it (found by binary
// search in the sorted list) can change that count.
#include "tandem/time/working_calendar.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <istream>
#include <map>
#include <optional>
#include <sstream>
#include <system_error>
#include <type_traits>
#include <utility>

#include "text/csv_reader.hpp"
#include "tandem/core/error.hpp"

namespace tandem::time {
namespace {

bool iequals(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::string_view trim_spaces(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string in_quotes(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string weekend_text(weekday_set weekend) {
  return weekend.size() == 0 ? std::string("the weekend is empty") : "the weekend is " + weekend.to_string();
}

std::string describe(const calendar_day& listed) {
  std::string out = "as a " + std::string(to_string(listed.kind));
  if (!listed.name.empty()) out += " (" + listed.name + ")";
  return out;
}

}  // namespace

// --- weekday_set -------------------------------------------------------------------

weekday_set weekday_set::parse(std::string_view text) {
  weekday_set out;
  if (trim_spaces(text).empty()) return out;  // no weekend at all
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = text.find(',', start);
    const std::string_view item = text.substr(start, comma == std::string_view::npos ? comma : comma - start);
    const std::string_view name = trim_spaces(item);
    if (name.empty()) {
      throw error(errc::parse_error, "weekend " + in_quotes(text) + " has an empty weekday name; write names "
                                     "separated by commas, such as \"saturday,sunday\" or \"fri,sat\"");
    }
    const std::optional<weekday> day = weekday_from_name(name);
    if (!day) {
      throw error(errc::parse_error, "weekend " + in_quotes(text) + ": " + in_quotes(name) +
                                         " is not a weekday (monday..sunday, or mon..sun)");
    }
    if (out.contains(*day)) {
      throw error(errc::parse_error,
                  "weekend " + in_quotes(text) + " names " + std::string(tandem::time::to_string(*day)) + " twice");
    }
    out = out.with(*day);
    if (comma == std::string_view::npos) return out;
    start = comma + 1;
  }
}

weekday_set weekday_set::from_mask(std::uint32_t mask) {
  if (mask > 0x7FU) {
    throw error(errc::out_of_range, "weekday mask " + std::to_string(mask) +
                                        " has bits above bit 6 (Monday is bit 0, Sunday bit 6)");
  }
  weekday_set out;
  out.mask_ = static_cast<std::uint8_t>(mask);
  return out;
}

std::string weekday_set::to_string() const {
  std::string out;
  for (int d = 1; d <= 7; ++d) {
    const auto day = static_cast<weekday>(d);
    if (!contains(day)) continue;
    if (!out.empty()) out += ',';
    out += tandem::time::to_string(day);
  }
  return out;
}

// --- day_kind ------------------------------------------------------------------------

std::string_view to_string(day_kind k) noexcept {
  switch (k) {
    case day_kind::holiday:
      return "holiday";
    case day_kind::workday:
      return "workday";
  }
  return "?";
}

std::optional<day_kind> day_kind_from_name(std::string_view name) noexcept {
  if (iequals(name, "holiday")) return day_kind::holiday;
  if (iequals(name, "workday")) return day_kind::workday;
  return std::nullopt;
}

// --- working_calendar ------------------------------------------------------------

namespace {

constexpr auto listed_before = [](const calendar_day& c, date value) noexcept { return c.day < value; };

// vector::insert keeps the strong guarantee only when shifting elements cannot throw.
static_assert(std::is_nothrow_move_constructible_v<calendar_day> && std::is_nothrow_move_assignable_v<calendar_day>);

}  // namespace

void working_calendar::add_holiday(date d, std::string name) {
  const auto at = std::lower_bound(listed_.begin(), listed_.end(), d, listed_before);
  if (at != listed_.end() && at->day == d) {
    throw error(errc::invalid_argument,
                "cannot list " + d.to_string() + " as a holiday: it is already listed " + describe(*at));
  }
  calendar_day entry{d, day_kind::holiday, std::move(name)};
  listed_.insert(at, std::move(entry));
}

void working_calendar::add_workday(date d, std::string name) {
  const auto at = std::lower_bound(listed_.begin(), listed_.end(), d, listed_before);
  if (at != listed_.end() && at->day == d) {
    throw error(errc::invalid_argument, "cannot list " + d.to_string() +
                                            " as a make-up working day: it is already listed " + describe(*at));
  }
  if (!weekend_.contains(d.day_of_week())) {
    throw error(errc::invalid_argument, "cannot list " + d.to_string() + " as a make-up working day: it is a " +
                                            std::string(to_string(d.day_of_week())) +
                                            ", not a weekend day (" + weekend_text(weekend_) + ")");
  }
  calendar_day entry{d, day_kind::workday, std::move(name)};
  listed_.insert(at, std::move(entry));
}

const calendar_day* working_calendar::find(date d) const noexcept {
  const auto at = std::lower_bound(listed_.begin(), listed_.end(), d, listed_before);
  return at != listed_.end() && at->day == d ? &*at : nullptr;
}

bool working_calendar::is_working_day(date d) const noexcept {
  if (const calendar_day* listed = find(d)) return listed->kind == day_kind::workday;
  return !weekend_.contains(d.day_of_week());
}

std::int64_t working_calendar::working_days(const date_range& range) const noexcept {
  const std::int64_t days = range.days();
  if (days <= 0) return 0;
  // Each weekday occurs days / 7 times, plus once more if it is among the first
  // days % 7 days of the range.
  const int first_weekday = static_cast<int>(range.first.day_of_week());
  std::int64_t weekend_days = 0;
  for (int d = 1; d <= 7; ++d) {
    if (!weekend_.contains(static_cast<weekday>(d))) continue;
    const int offset = (d - first_weekday + 7) % 7;
    weekend_days += days / 7 + (offset < days % 7 ? 1 : 0);
  }
  std::int64_t working = days - weekend_days;
  // Binary search finds the listed days inside the range; only they can change the count.
  for (auto it = std::lower_bound(listed_.begin(), listed_.end(), range.first, listed_before);
       it != listed_.end() && it->day <= range.last; ++it) {
    const bool weekend_day = weekend_.contains(it->day.day_of_week());
    if (it->kind == day_kind::holiday && !weekend_day) --working;
    if (it->kind == day_kind::workday && weekend_day) ++working;
  }
  return working;
}

// --- CSV -------------------------------------------------------------------------------

namespace {

enum column : std::size_t { date_column, kind_column, name_column, column_count };
constexpr std::array<std::string_view, column_count> column_names{"date", "kind", "name"};

class calendar_loader {
 public:
  calendar_loader(std::string_view source, weekday_set weekend) : source_(source), calendar_(weekend) {}

  working_calendar load(std::string_view text) {
    text::csv_reader reader(text, text::comment_lines::skipped);
    try {
      header_ = reader.read_header();
      map_header();
      text::csv_record row;
      while (reader.next_row(row)) add_row(row, reader.rows_read() - 1);
    } catch (const text::csv_error& e) {
      throw located(e);
    }
    return std::move(calendar_);
  }

 private:
  [[nodiscard]] std::string at_line(std::size_t line) const {
    return std::string(source_) + ":" + std::to_string(line) + ": ";
  }

  void map_header() {
    const std::string where = at_line(header_.line);
    std::vector<std::string> unknown;
    for (std::size_t field = 0; field < header_.fields.size(); ++field) {
      const std::string& name = header_.fields[field];
      const auto known = std::find(column_names.begin(), column_names.end(), name);
      if (known == column_names.end()) {
        unknown.push_back(in_quotes(name));
        continue;
      }
      auto& slot = columns_[static_cast<std::size_t>(known - column_names.begin())];
      if (slot) {
        throw error(errc::invalid_argument, where + "column " + in_quotes(name) + " appears twice (fields " +
                                                std::to_string(*slot + 1) + " and " +
                                                std::to_string(field + 1) + ")");
      }
      slot = field;
    }
    if (!unknown.empty()) {
      std::string list;
      for (const std::string& u : unknown) list += (list.empty() ? "" : ", ") + u;
      throw error(errc::invalid_argument, where + (unknown.size() == 1 ? "unknown column " : "unknown columns ") +
                                              list + "; the columns are date, kind and (optional) name");
    }
    for (const column required : {date_column, kind_column}) {
      if (!columns_[required]) {
        throw error(errc::invalid_argument, where + "there is no " + in_quotes(column_names[required]) +
                                                " column; the header must name date and kind (name is optional)");
      }
    }
  }

  [[nodiscard]] std::string in_column(const text::csv_record& row, column c) const {
    return at_line(row.line) + "column " + in_quotes(column_names[c]) + ": ";
  }

  void add_row(const text::csv_record& row, std::size_t index) {
    const std::string& date_text = row.fields[*columns_[date_column]];
    const std::string& kind_text = row.fields[*columns_[kind_column]];
    date day;
    try {
      day = parse_date(date_text);
    } catch (const error& e) {
      // A day that does not exist ("2026-02-30") is as malformed as "2026/02/03" here.
      throw error(errc::parse_error, in_column(row, date_column) + e.what(), index);
    }
    const std::optional<day_kind> kind = day_kind_from_name(kind_text);
    if (!kind) {
      throw error(errc::parse_error,
                  in_column(row, kind_column) + in_quotes(kind_text) + " is not holiday or workday", index);
    }
    if (const calendar_day* listed = calendar_.find(day)) {
      throw error(errc::invalid_argument, in_column(row, date_column) + day.to_string() +
                                              " is already listed on line " +
                                              std::to_string(line_of_.at(day.serial())) + " " + describe(*listed),
                  index);
    }
    const weekday_set weekend = calendar_.weekend();
    if (*kind == day_kind::workday && !weekend.contains(day.day_of_week())) {
      throw error(errc::invalid_argument, in_column(row, date_column) + day.to_string() + " is a " +
                                              std::string(to_string(day.day_of_week())) +
                                              ", not a weekend day (" + weekend_text(weekend) +
                                              "), so it cannot be a make-up working day",
                  index);
    }
    std::string name = columns_[name_column] ? row.fields[*columns_[name_column]] : std::string{};
    if (*kind == day_kind::holiday) {
      calendar_.add_holiday(day, std::move(name));
    } else {
      calendar_.add_workday(day, std::move(name));
    }
    line_of_.emplace(day.serial(), row.line);
  }

  [[nodiscard]] error located(const text::csv_error& e) const {
    if (e.line() == 0) return error(errc::parse_error, std::string(source_) + ": " + e.what());
    std::string message = at_line(e.line());
    if (e.field() != text::csv_error::npos) {
      message += e.record() != 0 && e.field() < header_.fields.size()
                     ? "column " + in_quotes(header_.fields[e.field()]) + ": "
                     : "field " + std::to_string(e.field() + 1) + ": ";
    }
    message += e.what();
    if (e.record() == 0) return error(errc::parse_error, message);
    return error(errc::parse_error, message, e.record() - 1);
  }

  std::string_view source_;
  working_calendar calendar_;
  text::csv_record header_;
  std::array<std::optional<std::size_t>, column_count> columns_{};
  std::map<std::int32_t, std::size_t> line_of_;  // listed day -> its line, to name the first of a pair
};

}  // namespace

working_calendar read_working_calendar(std::istream& in, std::string_view source, weekday_set weekend) {
  std::ostringstream buffer;
  if (in.rdbuf() != nullptr) buffer << in.rdbuf();
  if (in.bad()) throw error(errc::invalid_argument, "cannot read " + std::string(source));
  return calendar_loader(source, weekend).load(buffer.view());
}

working_calendar read_working_calendar_file(const std::filesystem::path& path, weekday_set weekend) {
  const std::string source = path.string();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw error(errc::invalid_argument, "cannot read calendar file '" + source + "': it is a directory");
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) throw error(errc::invalid_argument, "cannot open calendar file '" + source + "'");
  std::ostringstream buffer;
  buffer << file.rdbuf();
  if (file.bad()) throw error(errc::invalid_argument, "cannot read calendar file '" + source + "'");
  return calendar_loader(source, weekend).load(buffer.view());
}

}  // namespace tandem::time
