// What plan documents read beyond plain JSON values (plan_document_json.hpp): amounts
// at a scale or as written, and the calendar. The rest is text/json_document.hpp's,
// shared with the organisation document, so both formats report alike.
#include "plan/plan_document_json.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "org/org_document_json.hpp"
#include "tandem/core/error.hpp"

namespace tandem::plan::document_detail {

namespace {

// The text of a decimal value, or nullopt (reported). A JSON number would pass
// through binary floating point in most readers of the file, so it is refused with
// the fix in the message.
std::optional<std::string> decimal_text(const json& v, const std::string& path, problems& p) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) {
    p.add(path, "expected a decimal string, got " + found(v) + "; write it in quotes (\"" + v.dump() +
                    "\"): amounts, quantities and weights are strings so that every digit is kept");
  } else {
    p.add(path, "expected a decimal string such as \"1200.50\", got " + found(v));
  }
  return std::nullopt;
}

// The decimals written after the point ("1.50" -> 2), at most max_scale: a longer
// fraction is still parsed at max_scale, which refuses it unless its tail is zeros.
int written_scale(std::string_view text) noexcept {
  const std::size_t point = text.find('.');
  if (point == std::string_view::npos) return 0;
  return static_cast<int>(std::min<std::size_t>(text.size() - point - 1, static_cast<std::size_t>(max_scale)));
}

}  // namespace

std::optional<std::int64_t> read_units(const json& v, const std::string& path, problems& p, int scale,
                                       bool positive) {
  const std::optional<std::string> text = decimal_text(v, path, p);
  if (!text) return std::nullopt;
  try {
    const std::int64_t units = parse_units(*text, scale);
    if (positive && units == 0) {
      p.add(path, "must be greater than zero, got " + json_quoted(*text));
      return std::nullopt;
    }
    return units;
  } catch (const error& e) {
    p.add(path, e.what());
    return std::nullopt;
  }
}

std::optional<amount> read_decimal(const json& v, const std::string& path, problems& p) {
  const std::optional<std::string> text = decimal_text(v, path, p);
  if (!text) return std::nullopt;
  try {
    return amount::parse(*text, written_scale(*text));
  } catch (const error& e) {
    p.add(path, e.what());
    return std::nullopt;
  }
}

std::optional<time::fiscal_calendar> read_calendar(const json& j, const std::string& path, problems& p) {
  namespace od = org::document_detail;
  // Which keys are allowed depends on the kind, so without a kind only that is reported.
  if (!j.is_object()) {
    p.add(path, "expected a calendar (an object), got " + found(j));
    return std::nullopt;
  }
  const std::string kinds = "gregorian, fiscal, retail";
  if (!j.contains("kind")) {
    p.add(path, "missing required key \"kind\"");
    return std::nullopt;
  }
  const json& kind_value = j.at("kind");
  const std::string kind = kind_value.is_string() ? kind_value.get<std::string>() : std::string();
  const std::size_t before = p.count();
  const auto skip = [](const json&, const std::string&) {};
  const auto one_of = [&p](const auto& values) {
    return [&p, &values](auto& out) {
      return [&p, &values, target = &out](const json& v, const std::string& at) {
        if (const auto value = read_enum(v, at, p, values, od::document_spelling{})) *target = *value;
      };
    };
  };
  const auto integer = [&p](std::int64_t min, std::int64_t max, int& out) {
    return [&p, min, max, target = &out](const json& v, const std::string& at) {
      if (const auto value = read_integer(v, at, p, min, max)) *target = static_cast<int>(*value);
    };
  };
  time::fiscal_year_naming naming = time::fiscal_year_naming::end_year;
  if (kind == "gregorian") {
    read_object(j, path, p, "a gregorian calendar", {"kind"}, {{"kind", skip}});
    if (p.count() != before) return std::nullopt;
    return time::fiscal_calendar::gregorian();
  }
  if (kind == "fiscal") {
    int month = 1;
    int day = 1;
    read_object(j, path, p, "a fiscal calendar", {"kind", "start_month"},
                {{"kind", skip},
                 {"start_month", integer(1, 12, month)},
                 {"start_day", integer(1, 28, day)},
                 {"naming", one_of(od::namings)(naming)}});
    if (p.count() != before) return std::nullopt;
    return time::fiscal_calendar::starting(month, day, naming);
  }
  if (kind == "retail") {
    time::retail_pattern pattern = time::retail_pattern::p445;
    int month = 12;
    time::weekday weekday = time::weekday::saturday;
    time::year_end_rule rule = time::year_end_rule::last_weekday;
    read_object(j, path, p, "a retail calendar", {"kind", "pattern", "end_month", "end_weekday", "end_rule"},
                {{"kind", skip},
                 {"pattern", one_of(od::retail_patterns)(pattern)},
                 {"end_month", integer(1, 12, month)},
                 {"end_weekday", one_of(od::weekdays)(weekday)},
                 {"end_rule", one_of(od::end_rules)(rule)},
                 {"naming", one_of(od::namings)(naming)}});
    if (p.count() != before) return std::nullopt;
    return time::fiscal_calendar::retail(pattern, month, weekday, rule, naming);
  }
  p.add(member(path, "kind"), "expected one of " + kinds + ", got " + found(kind_value));
  return std::nullopt;
}

}  // namespace tandem::plan::document_detail
