// Building and validating an organisation (tandem/org/organisation.hpp).
#include "tandem/org/organisation.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

#include "tandem/core/error.hpp"
#include "org/reserve.hpp"
#include "text/utf8.hpp"

namespace tandem::org {

namespace {

[[noreturn]] void fail(const std::string& message) { throw error(errc::invalid_argument, message); }

void require_well_formed(std::string_view id, std::string_view what) {
  if (!is_well_formed_org_id(id))
    fail("malformed " + std::string(what) + " id '" + std::string(id) +
         "': must match [a-z][a-z0-9_]* and have at most 64 characters");
}

// The function a catalog id implies; the classifier relies on the catalog's two
// departments meaning what they say.
unit_function implied_function(std::string_view id) noexcept {
  if (id == "org_marketing_department") return unit_function::marketing;
  if (id == "org_sales_department") return unit_function::sales;
  return unit_function::none;
}

// Names are stored and written out (JSON must be UTF-8), so they are checked here,
// where they come in, and the error names the entry and the field.
void require_utf8(std::string_view what, std::string_view id, std::string_view field, std::string_view text) {
  if (!text::is_valid_utf8(text))
    fail(std::string(what) + " '" + std::string(id) + "': the " + std::string(field) + " name is not valid UTF-8");
}

// Pairs (person, role) and (duty, owner) as one key; '\n' cannot occur in an id.
std::string pair_key(std::string_view a, std::string_view b) {
  std::string key(a);
  key += '\n';
  key += b;
  return key;
}

bool function_is_valid(unit_function f) noexcept {
  return static_cast<std::uint8_t>(f) <= static_cast<std::uint8_t>(unit_function::marketing_and_sales);
}

}  // namespace

std::string_view to_string(unit_kind k) noexcept {
  switch (k) {
    case unit_kind::department:
      return "department";
    case unit_kind::role:
      return "role";
  }
  return "unknown";
}

std::string_view to_string(unit_function f) noexcept {
  switch (f) {
    case unit_function::from_id:
      return "from_id";
    case unit_function::none:
      return "none";
    case unit_function::marketing:
      return "marketing";
    case unit_function::sales:
      return "sales";
    case unit_function::marketing_and_sales:
      return "marketing_and_sales";
  }
  return "unknown";
}

bool is_well_formed_org_id(std::string_view id) noexcept {
  if (id.empty() || id.size() > max_org_id_length) return false;
  if (id.front() < 'a' || id.front() > 'z') return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

void organisation::add_unit(const unit_spec& spec) {
  require_well_formed(spec.id, "unit");
  if (unit_index_.contains(spec.id)) fail("duplicate unit id '" + spec.id + "'");
  if (spec.kind != unit_kind::department && spec.kind != unit_kind::role)
    fail("unit '" + spec.id + "' has an unknown kind");
  if (!function_is_valid(spec.function)) fail("unit '" + spec.id + "' has an unknown function");
  if (!spec.superior_id.empty()) require_well_formed(spec.superior_id, "superior");
  if (spec.superior_id == spec.id) fail("reporting cycle: " + spec.id + " -> " + spec.id);
  require_utf8("unit", spec.id, "zh", spec.zh);
  require_utf8("unit", spec.id, "en", spec.en);

  unit u{spec.id, spec.kind, spec.zh, spec.en, spec.superior_id, spec.function};
  if (const entry* e = find_entry(spec.id)) {
    // A catalog id keeps its catalog meaning: an org unit is a department, a role a
    // role, and nothing else (a duty, a flow) can name a unit.
    const bool matches = (e->kind == entry_kind::org_unit && spec.kind == unit_kind::department) ||
                         (e->kind == entry_kind::role && spec.kind == unit_kind::role);
    if (!matches)
      fail("unit '" + spec.id + "' is a catalog " + std::string(to_string(e->kind)) + " id and cannot be a " +
           std::string(to_string(spec.kind)));
    if (u.zh.empty()) u.zh = std::string(e->zh);
    if (u.en.empty()) u.en = std::string(e->en);
    const unit_function implied = implied_function(spec.id);
    if (implied != unit_function::none && spec.function != unit_function::from_id && spec.function != implied)
      fail("unit '" + spec.id + "' is the catalog's " + std::string(to_string(implied)) +
           " department and cannot have the function " + std::string(to_string(spec.function)));
  } else if (u.zh.empty() && u.en.empty()) {
    fail("unit '" + spec.id + "' is not a catalog id and needs a zh or en name");
  }
  if (u.zh.empty()) u.zh = u.en;
  if (u.en.empty()) u.en = u.zh;
  if (u.function == unit_function::from_id) u.function = implied_function(spec.id);

  if (u.function != unit_function::none) {
    // One marketing and one sales department at most, and a merged unit excludes
    // both: otherwise "the marketing department" would be ambiguous.
    for (const unit& other : units_) {
      const bool clash =
          other.function == u.function ||
          (u.function == unit_function::marketing_and_sales && other.function != unit_function::none) ||
          other.function == unit_function::marketing_and_sales;
      if (other.function != unit_function::none && clash)
        fail("unit '" + u.id + "' (" + std::string(to_string(u.function)) + ") conflicts with unit '" +
             other.id + "' (" + std::string(to_string(other.function)) +
             "): at most one marketing and one sales unit, or one " + "unit doing both");
    }
  }

  detail::reserve_one_more(units_);  // so that push_back below cannot throw
  unit_index_.emplace(u.id, units_.size());
  units_.push_back(std::move(u));
}

void organisation::add_duty(const duty_spec& spec) {
  require_well_formed(spec.id, "duty");
  if (const entry* e = find_entry(spec.id))
    fail("host duty id '" + spec.id + "' collides with the catalog's " + std::string(to_string(e->kind)) +
         " '" + spec.id + "'");
  if (host_duty_index_.contains(spec.id)) fail("duplicate duty id '" + spec.id + "'");
  if (spec.zh.empty() && spec.en.empty()) fail("duty '" + spec.id + "' needs a zh or en name");
  require_utf8("duty", spec.id, "zh", spec.zh);
  require_utf8("duty", spec.id, "en", spec.en);
  duty d{spec.id, spec.zh.empty() ? spec.en : spec.zh, spec.en.empty() ? spec.zh : spec.en,
         duty_source::host};
  detail::reserve_one_more(host_duties_);
  host_duty_index_.emplace(d.id, host_duties_.size());
  host_duties_.push_back(std::move(d));
}

void organisation::assign_person(std::string_view person_id, std::string_view role_id) {
  require_well_formed(person_id, "person");
  const unit* r = find_unit(role_id);
  if (r == nullptr)
    fail("cannot assign person '" + std::string(person_id) + "' to unknown role '" + std::string(role_id) +
         "'");
  if (r->kind != unit_kind::role)
    fail("cannot assign person '" + std::string(person_id) + "' to '" + std::string(role_id) +
         "': it is a department, not a role");
  std::string key = pair_key(person_id, role_id);
  if (person_keys_.contains(key))
    fail("person '" + std::string(person_id) + "' is already assigned to role '" + std::string(role_id) +
         "'");
  detail::reserve_one_more(people_);  // so that nothing below but the set insert can throw
  const auto inserted = person_keys_.insert(std::move(key)).first;
  try {
    people_.push_back({std::string(person_id), std::string(role_id)});
  } catch (...) {
    person_keys_.erase(inserted);
    throw;
  }
}

void organisation::assign_duty(std::string_view duty_id, std::string_view owner_id) {
  if (!is_known_duty(duty_id))
    fail("cannot assign unknown duty '" + std::string(duty_id) + "' to '" + std::string(owner_id) +
         "': not a catalog marketing duty or sales responsibility, nor a host duty");
  if (find_unit(owner_id) == nullptr)
    fail("cannot assign duty '" + std::string(duty_id) + "' to unknown unit '" + std::string(owner_id) + "'");
  std::string key = pair_key(duty_id, owner_id);
  if (assignment_keys_.contains(key))
    fail("duty '" + std::string(duty_id) + "' is already assigned to '" + std::string(owner_id) + "'");
  detail::reserve_one_more(assignments_);
  const auto inserted = assignment_keys_.insert(std::move(key)).first;
  try {
    assignments_.push_back({std::string(duty_id), std::string(owner_id)});
  } catch (...) {
    assignment_keys_.erase(inserted);
    throw;
  }
}

void organisation::validate() const {
  for (const unit& u : units_)
    if (!u.superior_id.empty() && find_unit(u.superior_id) == nullptr)
      fail("unit '" + u.id + "' reports to unknown superior '" + u.superior_id + "'");
  // Walk up from each unit not yet cleared, marking the walk; meeting a unit of the
  // current walk is a cycle, meeting a cleared unit ends the walk. Each unit is walked
  // once, so this is linear (times the index lookup). Walks start in the order units
  // were added, and the cycle is reported from the first unit met twice, so the
  // message names exactly the ids on the loop.
  enum class mark : std::uint8_t { unvisited, on_walk, cleared };
  std::vector<mark> marks(units_.size(), mark::unvisited);
  std::vector<std::size_t> walk;
  for (std::size_t start = 0; start < units_.size(); ++start) {
    walk.clear();
    std::size_t at = start;
    bool looped = false;
    while (marks[at] == mark::unvisited) {
      marks[at] = mark::on_walk;
      walk.push_back(at);
      if (units_[at].superior_id.empty()) break;
      at = unit_index_.find(units_[at].superior_id)->second;
      looped = marks[at] == mark::on_walk;
    }
    if (looped) {
      std::string text = "reporting cycle: ";
      const auto first = std::find(walk.begin(), walk.end(), at);
      for (auto it = first; it != walk.end(); ++it) text += units_[*it].id + " -> ";
      fail(text + units_[at].id);
    }
    for (const std::size_t i : walk) marks[i] = mark::cleared;
  }
}

const unit* organisation::find_unit(std::string_view id) const noexcept {
  const auto it = unit_index_.find(id);
  return it == unit_index_.end() ? nullptr : &units_[it->second];
}

const unit& organisation::unit_at(std::string_view id) const {
  const unit* u = find_unit(id);
  if (u == nullptr) fail("unknown unit '" + std::string(id) + "'");
  return *u;
}

const unit* organisation::unit_with(unit_function f) const noexcept {
  for (const unit& u : units_)
    if (u.function == f) return &u;
  return nullptr;
}

}  // namespace tandem::org
