// The JSON plumbing of plan documents (plan_document_json.hpp): paths, problems, the
// checked parse, value readers and the calendar. The habits are the organisation
// document's (src/org/org_document_load.cpp), so both formats report alike.
#include "plan/plan_document_json.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "org/org_document_json.hpp"
#include "tandem/core/error.hpp"

namespace tandem::plan::document_detail {

namespace {

bool is_identifier(std::string_view key) noexcept {
  if (key.empty()) return false;
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  if (!letter(key.front())) return false;
  return std::all_of(key.begin(), key.end(), [&](char c) { return letter(c) || (c >= '0' && c <= '9'); });
}

// A first, SAX pass over the text sees keys in file order and tracks the path to
// report a repeated key at (nlohmann/json would silently keep the last); it also
// stops a hostile nesting before any tree is built.
class duplicate_key_finder final : public nlohmann::json_sax<json> {
 public:
  explicit duplicate_key_finder(problems& p) : p_(p) {}

  /// The parser's message when the text is not JSON; empty otherwise.
  [[nodiscard]] const std::string& syntax_error() const noexcept { return syntax_error_; }
  /// The path nested too deep, if parsing stopped there.
  [[nodiscard]] const std::string& too_deep() const noexcept { return too_deep_; }

  bool null() override { return value(); }
  bool boolean(bool /*unused*/) override { return value(); }
  bool number_integer(number_integer_t /*unused*/) override { return value(); }
  bool number_unsigned(number_unsigned_t /*unused*/) override { return value(); }
  bool number_float(number_float_t /*unused*/, const string_t& /*unused*/) override { return value(); }
  bool string(string_t& /*unused*/) override { return value(); }
  bool binary(binary_t& /*unused*/) override { return value(); }
  bool start_object(std::size_t /*unused*/) override { return enter(true); }
  bool start_array(std::size_t /*unused*/) override { return enter(false); }
  bool end_object() override { return leave(); }
  bool end_array() override { return leave(); }

  bool key(string_t& k) override {
    frame& f = frames_.back();
    f.key = k;
    if (!f.keys.insert(f.key).second) p_.add(member(f.path, f.key), "duplicate key");
    return true;
  }

  bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& e) override {
    syntax_error_ = e.what();
    return false;
  }

 private:
  struct frame {
    std::string path;
    bool object = false;
    std::string key;
    std::set<std::string> keys;
    std::size_t next_index = 0;
  };

  // A valid document nests five levels deep ($.units[0].bounds.amount.min).
  bool enter(bool object) {
    if (frames_.size() > max_depth) {
      too_deep_ = child_path();
      return false;
    }
    frames_.push_back({child_path(), object, {}, {}, 0});
    return true;
  }
  bool leave() {
    frames_.pop_back();
    return value();
  }
  bool value() {
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().next_index;
    return true;
  }
  [[nodiscard]] std::string child_path() const {
    if (frames_.empty()) return "$";
    const frame& f = frames_.back();
    return f.object ? member(f.path, f.key) : element(f.path, f.next_index);
  }

  static constexpr std::size_t max_depth = 16;

  problems& p_;
  std::vector<frame> frames_;
  std::string syntax_error_;
  std::string too_deep_;
};

// "[json.exception.parse_error.101] parse error at line 3, column 5: ..." -> the part
// from "line" on: the reader wants where and what, not the library's error number.
std::string syntax_message(const std::string& text) {
  const std::size_t at = text.find("at line ");
  if (at != std::string::npos) return "invalid JSON at " + text.substr(at + 3);
  const std::size_t bracket = text.find("] ");
  return "invalid JSON: " + (bracket == std::string::npos ? text : text.substr(bracket + 2));
}

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

void problems::add(const std::string& path, std::string_view message) {
  ++count_;
  if (!muted_) lines_.push_back(source_ + ": " + path + ": " + std::string(message));
}

void problems::raise() const {
  std::string text;
  for (const std::string& line : lines_) {
    if (!text.empty()) text += '\n';
    text += line;
  }
  throw error(errc::invalid_argument, text);
}

std::string json_quoted(std::string_view text) {
  return json(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string member(const std::string& path, std::string_view key) {
  return is_identifier(key) ? path + "." + std::string(key) : path + "[" + json_quoted(key) + "]";
}

std::string element(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

std::string found(const json& j) {
  switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return j.get<bool>() ? "true" : "false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "the integer " + j.dump();
    case json::value_t::number_float: return "the number " + j.dump();
    case json::value_t::string: return "the string " + json_quoted(j.get_ref<const std::string&>());
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return "a value of another type";
  }
}

json parse_checked(std::string_view text, problems& p, std::string_view source) {
  duplicate_key_finder finder(p);
  // nlohmann/json skips a UTF-8 byte order mark itself.
  if (!json::sax_parse(text.begin(), text.end(), &finder)) {
    problems only(source);  // what was found before the fault is moot
    if (!finder.too_deep().empty()) {
      only.add(finder.too_deep(), "nested more than 16 levels deep");
    } else {
      only.add("$", syntax_message(finder.syntax_error()));
    }
    only.raise();
  }
  // The text is valid JSON nested at most 16 deep: this parse cannot fail.
  return json::parse(text.begin(), text.end());
}

bool read_object(const json& j, const std::string& path, problems& p, std::string_view what,
                 std::initializer_list<std::string_view> required, const std::vector<field>& fields) {
  if (!j.is_object()) {
    p.add(path, "expected " + std::string(what) + " (an object), got " + found(j));
    return false;
  }
  for (const std::string_view k : required) {
    if (!j.contains(k)) p.add(path, "missing required key \"" + std::string(k) + "\"");
  }
  for (const auto& [key, value] : j.items()) {
    const auto f = std::find_if(fields.begin(), fields.end(), [&](const field& x) { return x.key == key; });
    if (f != fields.end()) {
      f->read(value, member(path, key));
      continue;
    }
    std::string key_list;
    for (const field& x : fields) key_list += (key_list.empty() ? "" : ", ") + std::string(x.key);
    p.add(member(path, key), "unknown key; the keys of " + std::string(what) + " are " + key_list);
  }
  return true;
}

std::optional<std::string> read_string(const json& v, const std::string& path, problems& p) {
  if (!v.is_string()) {
    p.add(path, "expected a string, got " + found(v));
    return std::nullopt;
  }
  return v.get<std::string>();
}

std::optional<std::int64_t> read_integer(const json& v, const std::string& path, problems& p, std::int64_t min,
                                         std::int64_t max) {
  if (!v.is_number_integer()) {
    p.add(path, "expected an integer, got " + found(v));
    return std::nullopt;
  }
  const bool too_big = v.is_number_unsigned() &&
                       v.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  const std::int64_t value = too_big ? 0 : v.get<std::int64_t>();
  if (too_big || value < min || value > max) {
    p.add(path, "must be from " + std::to_string(min) + " to " + std::to_string(max) + ", got " + v.dump());
    return std::nullopt;
  }
  return value;
}

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
        const auto value = v.is_string() ? od::exact_value(v.get_ref<const std::string&>(), values) : std::nullopt;
        if (!value) {
          p.add(at, "expected one of " + od::spellings(values) + ", got " + found(v));
          return;
        }
        *target = *value;
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

json calendar_json(const time::fiscal_calendar& c) {
  namespace od = org::document_detail;
  json out = json::object();
  switch (c.kind()) {
    case time::fiscal_calendar::shape::gregorian: out["kind"] = "gregorian"; break;
    case time::fiscal_calendar::shape::fiscal:
      out["kind"] = "fiscal";
      out["start_month"] = c.start_month();
      out["start_day"] = c.start_day();
      out["naming"] = od::name_of(c.naming());
      break;
    case time::fiscal_calendar::shape::retail:
      out["kind"] = "retail";
      out["pattern"] = od::name_of(c.pattern());
      out["end_month"] = c.end_month();
      out["end_weekday"] = od::name_of(c.end_weekday());
      out["end_rule"] = od::name_of(c.end_rule());
      out["naming"] = od::name_of(c.naming());
      break;
  }
  return out;
}

}  // namespace tandem::plan::document_detail
