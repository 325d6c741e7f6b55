// Saving an organisation document (docs/org-format.md). Everything is written
// resolved (names, functions, senders, receivers, due rules, the calendar's every
// parameter) and in a fixed key order, so that saving what was loaded from a save
// gives the same bytes. "standard_flows" is never written: the flows it added are
// written out one by one, as they were resolved.
#include "tandem/org/org_document.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "org/org_document_json.hpp"
#include "text/json_document.hpp"

namespace tandem::org {

using text::json_document::json;

json document_detail::calendar_json(const time::fiscal_calendar& c) {
  json out = json::object();
  switch (c.kind()) {
    case time::fiscal_calendar::shape::gregorian: out["kind"] = "gregorian"; break;
    case time::fiscal_calendar::shape::fiscal:
      out["kind"] = "fiscal";
      out["start_month"] = c.start_month();
      out["start_day"] = c.start_day();
      out["naming"] = name_of(c.naming());
      break;
    case time::fiscal_calendar::shape::retail:
      out["kind"] = "retail";
      out["pattern"] = name_of(c.pattern());
      out["end_month"] = c.end_month();
      out["end_weekday"] = name_of(c.end_weekday());
      out["end_rule"] = name_of(c.end_rule());
      out["naming"] = name_of(c.naming());
      break;
  }
  return out;
}

namespace {

using namespace document_detail;

json due_json(const due_rule& d) {
  json out = json::object();
  out["anchor"] = name_of(d.anchor);
  out["offset_days"] = d.offset_days;
  return out;
}

// organisation keeps one list of (person, role) pairs but shows it per role
// (people_in) and per person (roles_of). Any order that keeps both of those orders
// loads back to an organisation that answers every query alike; this merges them,
// taking roles in unit order when several pairs could come next, so it is
// deterministic (and is the original order whenever that one was role by role).
std::vector<std::pair<std::string, std::string>> people_pairs(const organisation& org) {
  struct pair_node {
    std::string person;
    std::string role;
    std::size_t waiting = 0;  // predecessors not yet written
    std::vector<std::size_t> next;
  };
  std::vector<pair_node> nodes;
  std::map<std::string, std::vector<std::size_t>, std::less<>> by_person;
  for (const unit& u : org.units()) {
    if (u.kind != unit_kind::role) continue;
    const std::vector<std::string> people = org.people_in(u.id);
    for (std::size_t i = 0; i < people.size(); ++i) {
      if (i > 0) {
        nodes.back().next.push_back(nodes.size());
      }
      nodes.push_back({people[i], u.id, i > 0 ? 1U : 0U, {}});
    }
  }
  for (std::size_t n = 0; n < nodes.size(); ++n) by_person[nodes[n].person].push_back(n);
  for (const auto& [person, indices] : by_person) {
    const std::vector<std::string> roles = org.roles_of(person);
    // roles_of gives this person's order; link consecutive pairs in it.
    std::vector<std::size_t> ordered;
    for (const std::string& role : roles) {
      for (const std::size_t n : indices) {
        if (nodes[n].role == role) ordered.push_back(n);
      }
    }
    for (std::size_t i = 1; i < ordered.size(); ++i) {
      nodes[ordered[i - 1]].next.push_back(ordered[i]);
      ++nodes[ordered[i]].waiting;
    }
  }
  std::vector<std::pair<std::string, std::string>> out;
  std::vector<bool> done(nodes.size(), false);
  while (out.size() < nodes.size()) {
    std::size_t pick = nodes.size();
    for (std::size_t n = 0; n < nodes.size(); ++n) {
      if (!done[n] && nodes[n].waiting == 0) {
        pick = n;
        break;
      }
    }
    if (pick == nodes.size()) break;  // cannot happen: both orders come from one list
    done[pick] = true;
    out.emplace_back(nodes[pick].person, nodes[pick].role);
    for (const std::size_t n : nodes[pick].next) --nodes[n].waiting;
  }
  return out;
}

json organisation_units(const organisation& org) {
  json units = json::array();
  for (const unit& u : org.units()) {
    json x = json::object();
    x["id"] = u.id;
    x["kind"] = name_of(u.kind);
    x["zh"] = u.zh;
    x["en"] = u.en;
    if (!u.superior_id.empty()) x["superior"] = u.superior_id;
    x["function"] = name_of(u.function);
    units.push_back(std::move(x));
  }
  return units;
}

}  // namespace

std::string save_org_document(const loop_schedule& schedule) {
  const organisation& org = schedule.org();
  json doc = json::object();
  doc["schema_version"] = org_document_schema_version;
  doc["calendar"] = calendar_json(schedule.calendar());
  doc["units"] = organisation_units(org);

  json duties = json::array();
  for (const duty& d : org.duties()) {
    if (d.source != duty_source::host) continue;
    duties.push_back(json{{"id", d.id}, {"zh", d.zh}, {"en", d.en}});
  }
  doc["duties"] = std::move(duties);

  json people = json::array();
  for (const auto& [person, role] : people_pairs(org)) people.push_back(json{{"person", person}, {"role", role}});
  doc["people"] = std::move(people);

  json owners = json::array();
  for (const duty_assignment& a : org.duty_assignments()) {
    owners.push_back(json{{"duty", a.duty_id}, {"owner", a.owner_id}});
  }
  doc["duty_owners"] = std::move(owners);

  json flows = json::array();
  for (const flow& f : schedule.flows()) {
    json x = json::object();
    x["id"] = f.id;
    x["zh"] = f.zh;
    x["en"] = f.en;
    x["direction"] = name_of(f.direction);
    x["sender"] = f.sender_id;
    x["receiver"] = f.receiver_id;
    x["cadence"] = name_of(f.every);
    x["due"] = due_json(f.due);
    flows.push_back(std::move(x));
  }
  doc["flows"] = std::move(flows);

  json schedules = json::array();
  for (const duty_schedule& d : schedule.duty_schedules()) {
    json x = json::object();
    x["duty"] = d.duty_id;
    x["cadence"] = name_of(d.every);
    x["due"] = due_json(d.due);
    schedules.push_back(std::move(x));
  }
  doc["duty_schedules"] = std::move(schedules);

  json campaigns = json::array();
  for (const campaign& c : schedule.campaigns()) {
    campaigns.push_back(json{{"id", c.id},
                             {"zh", c.zh},
                             {"en", c.en},
                             {"first", c.dates.first.to_string()},
                             {"last", c.dates.last.to_string()}});
  }
  doc["campaigns"] = std::move(campaigns);

  json deliveries = json::array();
  for (const delivery& d : schedule.deliveries()) {
    deliveries.push_back(json{
        {"item", d.item_id}, {"occurrence", d.occurrence}, {"delivered_on", d.delivered_on.to_string()}, {"by", d.by}});
  }
  doc["deliveries"] = std::move(deliveries);

  return text::json_document::dump_document(doc, "the document");
}

}  // namespace tandem::org
