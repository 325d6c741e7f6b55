// Loading an organisation document (docs/org-format.md). Two passes over the JSON:
// the shape of every element is checked first (keys, types, enumerated values), then
// the elements that are well formed are applied in the load order, each mutator's
// tandem::error becoming a problem at that element's path. Every problem is kept, so
// one run tells the author everything; nothing is returned unless there are none.
#include "tandem/org/org_document.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "org/org_document_json.hpp"
#include "tandem/core/error.hpp"

namespace tandem::org {

namespace {

using json = nlohmann::ordered_json;  // keeps the file's key order, so problems come in file order
using namespace document_detail;

// ---- where and what ----

class problems {
 public:
  explicit problems(std::string_view source) : source_(source) {}

  void add(const std::string& path, std::string_view message) {
    lines_.push_back(source_ + ": " + path + ": " + std::string(message));
  }
  [[nodiscard]] std::size_t count() const noexcept { return lines_.size(); }

  [[noreturn]] void raise() const {
    std::string text;
    for (const std::string& line : lines_) {
      if (!text.empty()) text += '\n';
      text += line;
    }
    throw error(errc::invalid_argument, text);
  }

 private:
  std::string source_;
  std::vector<std::string> lines_;
};

bool is_identifier(std::string_view key) noexcept {
  if (key.empty()) return false;
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  if (!letter(key.front())) return false;
  return std::all_of(key.begin(), key.end(), [&](char c) { return letter(c) || (c >= '0' && c <= '9'); });
}

// Messages stay on one line whatever a key or value holds.
std::string json_quoted(std::string_view text) {
  return json(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string member(const std::string& path, std::string_view key) {
  return is_identifier(key) ? path + "." + std::string(key) : path + "[" + json_quoted(key) + "]";
}
std::string element(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

// "a string", "the number 5.5": what was found instead of what was expected.
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

// ---- reading one object ----

// The keys of one object: reports a non-object, unknown keys and missing required
// ones, then reads members, reporting wrong types at the member's path.
class object_reader {
 public:
  object_reader(const json& j, std::string path, problems& p, std::string_view what,
                std::initializer_list<std::string_view> keys, std::initializer_list<std::string_view> required)
      : j_(j), path_(std::move(path)), p_(p), start_(p.count()) {
    if (!j.is_object()) {
      p_.add(path_, "expected " + std::string(what) + " (an object), got " + found(j));
      is_object_ = false;
      return;
    }
    std::string key_list;
    for (const std::string_view k : keys) key_list += (key_list.empty() ? "" : ", ") + std::string(k);
    for (const auto& [key, value] : j.items()) {
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
        p_.add(member(path_, key), "unknown key; the keys of " + std::string(what) + " are " + key_list);
      }
    }
    for (const std::string_view k : required) {
      if (!j.contains(k)) p_.add(path_, "missing required key \"" + std::string(k) + "\"");
    }
  }

  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  [[nodiscard]] std::string at(std::string_view key) const { return member(path_, key); }
  [[nodiscard]] bool has(std::string_view key) const { return is_object_ && j_.contains(key); }
  /// True when nothing was wrong with this object so far (its members included).
  [[nodiscard]] bool clean() const noexcept { return p_.count() == start_; }

  [[nodiscard]] const json* raw(std::string_view key) const {
    if (!has(key)) return nullptr;
    return &j_.at(std::string(key));
  }

  std::optional<std::string> string(std::string_view key) const {
    const json* v = raw(key);
    if (v == nullptr) return std::nullopt;
    if (!v->is_string()) {
      p_.add(at(key), "expected a string, got " + found(*v));
      return std::nullopt;
    }
    return v->get<std::string>();
  }

  // A string naming a unit where leaving the key out has a meaning (no superior, the
  // default sender): "" would silently mean the same, so it is refused.
  std::optional<std::string> reference(std::string_view key) const {
    std::optional<std::string> v = string(key);
    if (v && v->empty()) {
      p_.add(at(key), "expected an id, got \"\" (leave the key out instead)");
      return std::nullopt;
    }
    return v;
  }

  std::optional<bool> boolean(std::string_view key) const {
    const json* v = raw(key);
    if (v == nullptr) return std::nullopt;
    if (!v->is_boolean()) {
      p_.add(at(key), "expected true or false, got " + found(*v));
      return std::nullopt;
    }
    return v->get<bool>();
  }

  std::optional<std::int64_t> integer(std::string_view key, std::int64_t min, std::int64_t max) const {
    const json* v = raw(key);
    if (v == nullptr) return std::nullopt;
    if (!v->is_number_integer()) {
      // 5.0 is a float in JSON's grammar: integers are written without a point.
      p_.add(at(key), "expected an integer, got " + found(*v));
      return std::nullopt;
    }
    const bool too_big = v->is_number_unsigned() &&
                         v->get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    const std::int64_t value = too_big ? 0 : v->get<std::int64_t>();
    if (too_big || value < min || value > max) {
      p_.add(at(key), "must be from " + std::to_string(min) + " to " + std::to_string(max) + ", got " + v->dump());
      return std::nullopt;
    }
    return value;
  }

  template <class E, std::size_t N>
  std::optional<E> one_of(std::string_view key, const std::array<E, N>& values) const {
    const json* v = raw(key);
    if (v == nullptr) return std::nullopt;
    if (!v->is_string()) {
      p_.add(at(key), "expected one of " + spellings(values) + ", got " + found(*v));
      return std::nullopt;
    }
    const std::optional<E> value = exact_value(v->get_ref<const std::string&>(), values);
    if (!value) p_.add(at(key), "expected one of " + spellings(values) + ", got " + found(*v));
    return value;
  }

  std::optional<time::date> date(std::string_view key) const {
    const std::optional<std::string> text = string(key);
    if (!text) return std::nullopt;
    try {
      return time::parse_date(*text);
    } catch (const error& e) {
      p_.add(at(key), e.what());
      return std::nullopt;
    }
  }

  /// The array at `key`, or nullptr (absent, or reported as not an array).
  const json* array(std::string_view key) const {
    const json* v = raw(key);
    if (v == nullptr) return nullptr;
    if (!v->is_array()) {
      p_.add(at(key), "expected an array, got " + found(*v));
      return nullptr;
    }
    return v;
  }

 private:
  const json& j_;
  std::string path_;
  problems& p_;
  std::size_t start_;
  bool is_object_ = true;
};

// ---- the shapes of the sections ----

std::optional<time::fiscal_calendar> read_calendar(const json& j, const std::string& path, problems& p) {
  // Which keys are allowed depends on the kind, so without a kind only that is reported.
  if (!j.is_object()) {
    p.add(path, "expected a calendar (an object), got " + found(j));
    return std::nullopt;
  }
  if (!j.contains("kind")) {
    p.add(path, "missing required key \"kind\"");
    return std::nullopt;
  }
  if (!j["kind"].is_string()) {
    p.add(member(path, "kind"), "expected one of gregorian, fiscal, retail, got " + found(j["kind"]));
    return std::nullopt;
  }
  const std::string kind = j["kind"].get<std::string>();
  if (kind == "gregorian") {
    const object_reader r(j, path, p, "a gregorian calendar", {"kind"}, {"kind"});
    if (r.clean()) return time::fiscal_calendar::gregorian();
    return std::nullopt;
  }
  if (kind == "fiscal") {
    const object_reader r(j, path, p, "a fiscal calendar", {"kind", "start_month", "start_day", "naming"},
                          {"kind", "start_month"});
    const auto month = r.integer("start_month", 1, 12);
    const auto day = r.has("start_day") ? r.integer("start_day", 1, 28) : std::optional<std::int64_t>(1);
    const auto naming = r.has("naming") ? r.one_of("naming", namings) : time::fiscal_year_naming::end_year;
    if (!r.clean() || !month || !day || !naming) return std::nullopt;
    return time::fiscal_calendar::starting(static_cast<int>(*month), static_cast<int>(*day), *naming);
  }
  if (kind == "retail") {
    const object_reader r(j, path, p, "a retail calendar",
                          {"kind", "pattern", "end_month", "end_weekday", "end_rule", "naming"},
                          {"kind", "pattern", "end_month", "end_weekday", "end_rule"});
    const auto pattern = r.one_of("pattern", retail_patterns);
    const auto month = r.integer("end_month", 1, 12);
    const auto weekday = r.one_of("end_weekday", weekdays);
    const auto rule = r.one_of("end_rule", end_rules);
    const auto naming = r.has("naming") ? r.one_of("naming", namings) : time::fiscal_year_naming::end_year;
    if (!r.clean() || !pattern || !month || !weekday || !rule || !naming) return std::nullopt;
    return time::fiscal_calendar::retail(*pattern, static_cast<int>(*month), *weekday, *rule, *naming);
  }
  p.add(member(path, "kind"), "expected one of gregorian, fiscal, retail, got " + found(j["kind"]));
  return std::nullopt;
}

// The optional "due" of a flow or duty schedule; the default rule when absent.
std::optional<due_rule> read_due(const object_reader& owner, problems& p) {
  if (!owner.has("due")) return due_rule{};
  const object_reader r(*owner.raw("due"), owner.at("due"), p, "a due rule", {"anchor", "offset_days"}, {});
  due_rule rule;
  if (r.has("anchor")) {
    if (const auto a = r.one_of("anchor", due_anchors)) rule.anchor = *a;
  }
  if (r.has("offset_days")) {
    if (const auto o = r.integer("offset_days", -max_due_offset_days, max_due_offset_days)) {
      rule.offset_days = static_cast<std::int32_t>(*o);
    }
  }
  if (!r.clean()) return std::nullopt;
  return rule;
}

/// Runs a mutator; its tandem::error becomes a problem at `path`.
template <class F>
bool apply(problems& p, const std::string& path, F&& mutate) {
  try {
    std::forward<F>(mutate)();
    return true;
  } catch (const error& e) {
    p.add(path, e.what());
    return false;
  }
}

/// Each element of an optional top-level array, with its path.
template <class F>
void for_each_element(const object_reader& top, std::string_view key, F&& visit) {
  const json* items = top.array(key);
  if (items == nullptr) return;
  for (std::size_t i = 0; i < items->size(); ++i) visit((*items)[i], element(top.at(key), i));
}

// ---- the organisation ----

struct unit_entry {
  std::string path;
  std::string superior;
};

void read_units(const object_reader& top, problems& p, organisation& org, std::vector<unit_entry>& added) {
  for_each_element(top, "units", [&](const json& j, const std::string& path) {
    const object_reader r(j, path, p, "a unit", {"id", "kind", "zh", "en", "superior", "function"}, {"id"});
    unit_spec spec;
    if (const auto v = r.string("id")) spec.id = *v;
    if (const auto v = r.has("kind") ? r.one_of("kind", unit_kinds) : unit_kind::department) spec.kind = *v;
    if (const auto v = r.string("zh")) spec.zh = *v;
    if (const auto v = r.string("en")) spec.en = *v;
    if (const auto v = r.reference("superior")) spec.superior_id = *v;
    if (r.has("function")) {
      if (const auto v = r.one_of("function", unit_functions)) spec.function = *v;
    }
    if (r.clean() && apply(p, path, [&] { org.add_unit(spec); })) added.push_back({r.at("superior"), spec.superior_id});
  });
}

// organisation::validate() stops at the first fault; a document reports them all,
// each at the unit whose "superior" is wrong (a cycle: at its first unit in the file).
// Each unit is walked once (marked on the walk, then cleared), so this is linear.
bool check_tree(const organisation& org, const std::vector<unit_entry>& added, problems& p) {
  const std::size_t before = p.count();
  const std::vector<unit>& units = org.units();
  std::map<std::string_view, std::size_t> index;
  for (std::size_t i = 0; i < units.size(); ++i) index.emplace(units[i].id, i);
  const auto superior_of = [&](std::size_t i) -> std::optional<std::size_t> {
    if (units[i].superior_id.empty()) return std::nullopt;
    const auto it = index.find(units[i].superior_id);
    if (it == index.end()) return std::nullopt;
    return it->second;
  };
  for (std::size_t i = 0; i < units.size(); ++i) {
    const unit& u = units[i];
    if (!u.superior_id.empty() && !index.contains(u.superior_id)) {
      p.add(added[i].path, "unit '" + u.id + "' reports to unknown superior '" + u.superior_id + "'");
    }
  }
  enum class mark : std::uint8_t { unvisited, on_walk, cleared };
  std::vector<mark> marks(units.size(), mark::unvisited);
  std::vector<std::size_t> walk;
  for (std::size_t start = 0; start < units.size(); ++start) {
    walk.clear();
    std::optional<std::size_t> at = start;
    while (at && marks[*at] == mark::unvisited) {
      marks[*at] = mark::on_walk;
      walk.push_back(*at);
      at = superior_of(*at);
    }
    if (at && marks[*at] == mark::on_walk) {
      // The loop is the part of this walk from *at on; report it at its first unit
      // in the file, starting the text there.
      const auto loop_start = std::find(walk.begin(), walk.end(), *at);
      const std::size_t first = *std::min_element(loop_start, walk.end());
      std::string text = "reporting cycle: " + units[first].id;
      std::size_t k = first;
      do {
        k = *superior_of(k);
        text += " -> " + units[k].id;
      } while (k != first);
      p.add(added[first].path, text);
    }
    for (const std::size_t i : walk) marks[i] = mark::cleared;
  }
  return p.count() == before;
}

void read_duties(const object_reader& top, problems& p, organisation& org) {
  for_each_element(top, "duties", [&](const json& j, const std::string& path) {
    const object_reader r(j, path, p, "a duty", {"id", "zh", "en"}, {"id"});
    duty_spec spec;
    if (const auto v = r.string("id")) spec.id = *v;
    if (const auto v = r.string("zh")) spec.zh = *v;
    if (const auto v = r.string("en")) spec.en = *v;
    if (r.clean()) apply(p, path, [&] { org.add_duty(spec); });
  });
}

void read_people(const object_reader& top, problems& p, organisation& org) {
  for_each_element(top, "people", [&](const json& j, const std::string& path) {
    const object_reader r(j, path, p, "a person in a role", {"person", "role"}, {"person", "role"});
    const auto person = r.string("person");
    const auto role = r.string("role");
    if (r.clean() && person && role) apply(p, path, [&] { org.assign_person(*person, *role); });
  });
}

void read_duty_owners(const object_reader& top, problems& p, organisation& org) {
  for_each_element(top, "duty_owners", [&](const json& j, const std::string& path) {
    const object_reader r(j, path, p, "a duty owner", {"duty", "owner"}, {"duty", "owner"});
    const auto duty_id = r.string("duty");
    const auto owner = r.string("owner");
    if (r.clean() && duty_id && owner) apply(p, path, [&] { org.assign_duty(*duty_id, *owner); });
  });
}

// ---- the schedule ----

void read_flows(const object_reader& top, problems& p, loop_schedule* s) {
  for_each_element(top, "flows", [&](const json& j, const std::string& path) {
    const object_reader r(j, path, p, "a flow", {"id", "zh", "en", "direction", "sender", "receiver", "cadence", "due"},
                          {"id"});
    flow_spec spec;
    if (const auto v = r.string("id")) spec.id = *v;
    if (const auto v = r.string("zh")) spec.zh = *v;
    if (const auto v = r.string("en")) spec.en = *v;
    if (r.has("direction")) spec.direction = r.one_of("direction", flow_directions);
    if (const auto v = r.reference("sender")) spec.sender_id = *v;
    if (const auto v = r.reference("receiver")) spec.receiver_id = *v;
    if (r.has("cadence")) {
      if (const auto v = r.one_of("cadence", cadences)) spec.every = *v;
    }
    const std::optional<due_rule> due = read_due(r, p);
    if (due) spec.due = *due;
    if (r.clean() && s != nullptr) apply(p, path, [&] { s->add_flow(spec); });
  });
}

void read_duty_schedules(const object_reader& top, problems& p, loop_schedule* s) {
  for_each_element(top, "duty_schedules", [&](const json& j, const std::string& path) {
    const object_reader r(j, path, p, "a duty schedule", {"duty", "cadence", "due"}, {"duty"});
    duty_schedule spec;
    if (const auto v = r.string("duty")) spec.duty_id = *v;
    if (r.has("cadence")) {
      if (const auto v = r.one_of("cadence", cadences)) spec.every = *v;
    }
    const std::optional<due_rule> due = read_due(r, p);
    if (due) spec.due = *due;
    if (r.clean() && s != nullptr) apply(p, path, [&] { s->schedule_duty(spec); });
  });
}

void read_campaigns(const object_reader& top, problems& p, loop_schedule* s) {
  for_each_element(top, "campaigns", [&](const json& j, const std::string& path) {
    const object_reader r(j, path, p, "a campaign", {"id", "zh", "en", "first", "last"}, {"id", "first", "last"});
    campaign_spec spec;
    if (const auto v = r.string("id")) spec.id = *v;
    if (const auto v = r.string("zh")) spec.zh = *v;
    if (const auto v = r.string("en")) spec.en = *v;
    const auto first = r.date("first");
    const auto last = r.date("last");
    if (first && last) {
      if (*last < *first) {
        p.add(r.at("last"),
              "the campaign ends (" + last->to_string() + ") before it starts (" + first->to_string() + ")");
      } else {
        spec.dates = time::date_range{*first, *last};
      }
    }
    if (r.clean() && s != nullptr) apply(p, path, [&] { s->add_campaign(spec); });
  });
}

void read_deliveries(const object_reader& top, problems& p, loop_schedule* s) {
  for_each_element(top, "deliveries", [&](const json& j, const std::string& path) {
    const object_reader r(j, path, p, "a delivery", {"item", "occurrence", "delivered_on", "by"},
                          {"item", "occurrence", "delivered_on", "by"});
    delivery d;
    if (const auto v = r.string("item")) d.item_id = *v;
    if (const auto v = r.string("occurrence")) d.occurrence = *v;
    if (const auto v = r.date("delivered_on")) d.delivered_on = *v;
    if (const auto v = r.string("by")) d.by = *v;
    if (r.clean() && s != nullptr) apply(p, path, [&] { s->record_delivery(d); });
  });
}

// JSON allows a key twice in an object and nlohmann/json keeps the last; a document
// means one thing only, so a repeated key is a problem. A first, SAX pass over the
// text sees keys and values in file order and tracks the path to report them at;
// it also stops a hostile nesting before any tree is built. (A DOM parse with a
// callback would do the same, but nlohmann/json then rescans an object's parent at
// the end of every object, which is quadratic in the number of units.)
class duplicate_key_finder final : public nlohmann::json_sax<json> {
 public:
  explicit duplicate_key_finder(problems& p) : p_(p) {}

  /// The parser's message when the text is not JSON; empty otherwise.
  [[nodiscard]] const std::string& syntax_error() const noexcept { return syntax_error_; }

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

  // A valid document nests four levels deep; a hostile one could nest a million
  // (each level holding its path here), so parsing stops past the limit.
  bool enter(bool object) {
    if (frames_.size() > max_depth) {
      p_.add(child_path(), "nested more than " + std::to_string(max_depth) + " levels deep");
      p_.raise();
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
  std::string child_path() const {
    if (frames_.empty()) return "$";
    const frame& f = frames_.back();
    return f.object ? member(f.path, f.key) : element(f.path, f.next_index);
  }

  static constexpr std::size_t max_depth = 16;

  problems& p_;
  std::vector<frame> frames_;
  std::string syntax_error_;
};

// "[json.exception.parse_error.101] parse error at line 3, column 5: ..." -> the part
// from "line" on: the reader wants where and what, not the library's error number.
std::string syntax_message(const std::string& text) {
  const std::size_t at = text.find("at line ");
  if (at != std::string::npos) return "invalid JSON at " + text.substr(at + 3);
  const std::size_t bracket = text.find("] ");
  return "invalid JSON: " + (bracket == std::string::npos ? text : text.substr(bracket + 2));
}

// A document of another version may mean anything: its other problems would only
// mislead, so an unsupported version is the one problem reported.
void check_version(const json& doc, problems& p) {
  if (!doc.is_object() || !doc.contains("schema_version")) return;
  const json& v = doc["schema_version"];
  if (v.is_number_integer() && v.dump() != std::to_string(org_document_schema_version)) {
    p.add("$.schema_version", "unsupported schema_version " + v.dump() + "; this version of Tandem reads " +
                                  std::to_string(org_document_schema_version));
    p.raise();
  }
}

loop_schedule load(const json& doc, problems& p) {
  check_version(doc, p);
  const object_reader top(doc, "$", p, "an organisation document",
                          {"schema_version", "calendar", "units", "duties", "people", "duty_owners", "standard_flows",
                           "flows", "duty_schedules", "campaigns", "deliveries"},
                          {"schema_version"});
  if (!doc.is_object()) p.raise();
  if (top.has("schema_version") && !doc["schema_version"].is_number_integer()) {
    p.add(top.at("schema_version"), "expected the integer " + std::to_string(org_document_schema_version) + ", got " +
                                        found(doc["schema_version"]));
  }

  std::optional<time::fiscal_calendar> calendar = time::fiscal_calendar::gregorian();
  if (top.has("calendar")) calendar = read_calendar(doc["calendar"], top.at("calendar"), p);

  organisation org;
  std::vector<unit_entry> units;
  read_units(top, p, org, units);
  // Right after the units (the tree needs nothing else), so problems come in file order.
  const bool tree_ok = check_tree(org, units, p);
  read_duties(top, p, org);
  read_people(top, p, org);
  read_duty_owners(top, p, org);

  std::optional<loop_schedule> schedule;
  if (tree_ok && calendar) schedule.emplace(std::move(org), *calendar);
  loop_schedule* s = schedule ? &*schedule : nullptr;

  const std::optional<bool> standard = top.boolean("standard_flows");
  if (standard.value_or(false) && s != nullptr) {
    for (const flow_spec& spec : standard_flow_specs()) {
      if (!apply(p, top.at("standard_flows"), [&] { s->add_flow(spec); })) break;
    }
  }
  read_flows(top, p, s);
  read_duty_schedules(top, p, s);
  read_campaigns(top, p, s);
  read_deliveries(top, p, s);

  if (p.count() > 0 || !schedule) p.raise();
  return std::move(*schedule);
}

}  // namespace

loop_schedule load_org_document(std::string_view json_text, std::string_view source_name) {
  problems p(source_name);
  // nlohmann/json skips a UTF-8 byte order mark itself.
  duplicate_key_finder finder(p);
  if (!json::sax_parse(json_text.begin(), json_text.end(), &finder)) {
    problems syntax(source_name);  // what was found before the syntax error is moot
    syntax.add("$", syntax_message(finder.syntax_error()));
    syntax.raise();
  }
  // The text is valid JSON nested at most max_depth deep: this parse cannot fail.
  const json doc = json::parse(json_text.begin(), json_text.end());
  return load(doc, p);
}

loop_schedule load_org_document_file(const std::filesystem::path& path) {
  struct closer {
    void operator()(std::FILE* f) const noexcept { std::fclose(f); }
  };
  errno = 0;
  const std::unique_ptr<std::FILE, closer> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    throw error(errc::invalid_argument, "cannot read '" + path.string() + "': " + std::strerror(errno));
  }
  std::string text;
  char buffer[65536];
  for (;;) {
    const std::size_t got = std::fread(buffer, 1, sizeof buffer, file.get());
    text.append(buffer, got);
    if (got < sizeof buffer) break;
  }
  if (std::ferror(file.get())) {
    throw error(errc::invalid_argument,
                "cannot read '" + path.string() + "': " + std::strerror(errno != 0 ? errno : EIO));
  }
  return load_org_document(text, path.string());
}

}  // namespace tandem::org
