// Loading an organisation document (docs/org-format.md). Two passes over the JSON:
// the shape of every element is checked first (keys, types, enumerated values), then
// the elements that are well formed are applied in the load order, each mutator's
// tandem::error becoming a problem at that element's path. Every problem is kept, so
// one run tells the author everything; nothing is returned unless there are none.
#include "tandem/org/org_document.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "org/org_document_json.hpp"
#include "tandem/core/error.hpp"
#include "text/json_document.hpp"

namespace tandem::org {

namespace {

using namespace document_detail;
using namespace text::json_document;

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
    return read_string(*v, at(key), p_);
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
    return read_integer(*v, at(key), p_, min, max);
  }

  template <class E, std::size_t N>
  std::optional<E> one_of(std::string_view key, const std::array<E, N>& values) const {
    const json* v = raw(key);
    if (v == nullptr) return std::nullopt;
    return read_enum(*v, at(key), p_, values, document_spelling{});
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

loop_schedule load(const json& doc, problems& p) {
  check_schema_version(doc, p, org_document_schema_version);
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
  const json doc = parse_checked(json_text, p, too_deep_report::after_duplicate_keys);
  return load(doc, p);
}

loop_schedule load_org_document_file(const std::filesystem::path& path) {
  return load_org_document(read_document_file(path), path.string());
}

}  // namespace tandem::org
