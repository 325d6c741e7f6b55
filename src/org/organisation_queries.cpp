// Duties and queries of an organisation (tandem/org/organisation.hpp).
#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>

#include "tandem/core/error.hpp"
#include "tandem/org/organisation.hpp"

namespace tandem::org {

namespace {

duty from_catalog(const entry& e, duty_source source) {
  return duty{std::string(e.id), std::string(e.zh), std::string(e.en), source};
}

bool is_catalog_duty(std::string_view id) noexcept {
  return find<marketing_duty>(id) != nullptr || find<sales_responsibility>(id) != nullptr;
}

}  // namespace

std::vector<duty> organisation::duties() const {
  std::vector<duty> out;
  out.reserve(marketing_duties().size() + sales_responsibilities().size() + host_duties_.size());
  for (const marketing_duty& d : marketing_duties())
    out.push_back(from_catalog(d, duty_source::marketing_duty));
  for (const sales_responsibility& r : sales_responsibilities())
    out.push_back(from_catalog(r, duty_source::sales_responsibility));
  out.insert(out.end(), host_duties_.begin(), host_duties_.end());
  return out;
}

duty organisation::duty_at(std::string_view id) const {
  if (const marketing_duty* d = find<marketing_duty>(id))
    return from_catalog(*d, duty_source::marketing_duty);
  if (const sales_responsibility* r = find<sales_responsibility>(id))
    return from_catalog(*r, duty_source::sales_responsibility);
  const auto it = host_duty_index_.find(id);
  if (it == host_duty_index_.end())
    throw error(errc::invalid_argument, "unknown duty '" + std::string(id) + "'");
  return host_duties_[it->second];
}

bool organisation::is_known_duty(std::string_view id) const noexcept {
  return is_catalog_duty(id) || host_duty_index_.contains(id);
}

std::vector<std::string> organisation::owners_of(std::string_view duty_id) const {
  if (!is_known_duty(duty_id))
    throw error(errc::invalid_argument, "unknown duty '" + std::string(duty_id) + "'");
  std::vector<std::string> out;
  for (const duty_assignment& a : assignments_)
    if (a.duty_id == duty_id) out.push_back(a.owner_id);
  return out;
}

std::vector<std::string> organisation::unowned_duties() const {
  std::set<std::string_view> owned;
  for (const duty_assignment& a : assignments_) owned.insert(a.duty_id);
  std::vector<std::string> out;
  for (duty& d : duties())
    if (!owned.contains(d.id)) out.push_back(std::move(d.id));
  return out;
}

std::vector<duty_owners> organisation::duties_owned_more_than_once() const {
  std::map<std::string_view, std::vector<std::string>> owners;  // in the order assigned
  for (const duty_assignment& a : assignments_) owners[a.duty_id].push_back(a.owner_id);
  std::vector<duty_owners> out;
  for (duty& d : duties()) {
    const auto it = owners.find(d.id);
    if (it != owners.end() && it->second.size() > 1) out.push_back({std::move(d.id), std::move(it->second)});
  }
  return out;
}

std::vector<duty_assignment> organisation::duties_of(std::string_view unit_id,
                                                     bool include_subordinates) const {
  (void)unit_at(unit_id);
  validate();
  const std::vector<std::string> scope_list =
      include_subordinates ? subtree(unit_id) : std::vector<std::string>{std::string(unit_id)};
  const std::set<std::string_view> scope(scope_list.begin(), scope_list.end());
  std::map<std::string_view, std::vector<std::string_view>> owners;  // in the order assigned
  for (const duty_assignment& a : assignments_)
    if (scope.contains(a.owner_id)) owners[a.duty_id].push_back(a.owner_id);
  std::vector<duty_assignment> out;
  for (const duty& d : duties()) {
    const auto it = owners.find(d.id);
    if (it == owners.end()) continue;
    for (const std::string_view owner : it->second) out.push_back({d.id, std::string(owner)});
  }
  return out;
}

std::vector<std::string> organisation::direct_subordinates(std::string_view unit_id) const {
  (void)unit_at(unit_id);
  validate();
  std::vector<std::string> out;
  for (const unit& u : units_)
    if (u.superior_id == unit_id) out.push_back(u.id);
  return out;
}

std::vector<std::string> organisation::subtree(std::string_view unit_id) const {
  (void)unit_at(unit_id);
  validate();  // once: the walk below relies on the tree having no cycle
  // Each unit's children in the order added, then a depth-first walk that visits
  // children in that order (an explicit stack: a reporting chain may be deep).
  std::map<std::string_view, std::vector<std::size_t>> children;
  for (std::size_t i = 0; i < units_.size(); ++i)
    if (!units_[i].superior_id.empty()) children[units_[i].superior_id].push_back(i);
  std::vector<std::string> out;
  std::vector<std::string_view> stack{unit_id};
  while (!stack.empty()) {
    const std::string_view at = stack.back();
    stack.pop_back();
    out.emplace_back(at);
    const auto it = children.find(at);
    if (it == children.end()) continue;
    for (auto c = it->second.rbegin(); c != it->second.rend(); ++c) stack.push_back(units_[*c].id);
  }
  return out;
}

std::vector<std::string> organisation::superior_chain(std::string_view unit_id) const {
  const unit* u = &unit_at(unit_id);
  validate();
  std::vector<std::string> out;
  while (!u->superior_id.empty()) {
    out.push_back(u->superior_id);
    u = find_unit(u->superior_id);
  }
  return out;
}

std::vector<std::string> organisation::people_in(std::string_view role_id) const {
  (void)unit_at(role_id);
  std::vector<std::string> out;
  for (const person_assignment& p : people_)
    if (p.role_id == role_id) out.push_back(p.person_id);
  return out;
}

std::vector<std::string> organisation::roles_of(std::string_view person_id) const {
  std::vector<std::string> out;
  for (const person_assignment& p : people_)
    if (p.person_id == person_id) out.push_back(p.role_id);
  return out;
}

}  // namespace tandem::org
