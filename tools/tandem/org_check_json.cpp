// The JSON form of `tandem org check` (shape in docs/org-format.md). Dates are ISO
// strings and percentages strings ("62.5"), so that no value is a float.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "org_check_report.hpp"

namespace tandem::cli {

namespace {

using ojson = nlohmann::ordered_json;  // keeps the documented key order, stable for diffing

ojson range_json(const time::date_range& r) {
  return ojson{{"first", r.first.to_string()}, {"last", r.last.to_string()}};
}

ojson reasons_json(const std::vector<org::org_model_reason>& list, org::lang l) {
  ojson out = ojson::array();
  for (const org::org_model_reason& r : list) out.push_back(ojson{{"id", r.id}, {"text", r.text(l)}, {"ids", r.ids}});
  return out;
}

ojson health_json(const org::direction_health& h) {
  const std::optional<std::string> p = h.on_time_percent(1);
  return ojson{{"direction", std::string(org::to_string(h.direction))},
               {"due", h.due},
               {"on_time", h.on_time},
               {"late", h.late},
               {"missing", h.missing},
               {"pending", h.pending},
               {"on_time_percent", p ? ojson(*p) : ojson(nullptr)}};
}

}  // namespace

std::string render_org_check_json(const org_check_report& r) {
  const org::lang l = r.language;
  ojson out = ojson::object();
  out["source"] = r.source;
  out["lang"] = std::string(org::to_string(l));
  out["as_of"] = r.as_of.to_string();
  out["calendar"] = r.calendar;
  const org::org_model& m = *r.classification.model;
  out["model"] = ojson{{"number", m.number}, {"id", std::string(m.id)}, {"name", std::string(m.text(l))}};
  out["reasons"] = reasons_json(r.classification.reasons, l);
  out["changes_towards_model_4"] = reasons_json(r.changes, l);

  ojson unowned = ojson::array();
  for (const org::duty& d : r.unowned) unowned.push_back(ojson{{"id", d.id}, {"name", d.name(l)}});
  out["unowned_duties"] = std::move(unowned);
  ojson shared = ojson::array();
  for (const shared_duty& d : r.shared) {
    shared.push_back(ojson{{"id", d.what.id}, {"name", d.what.name(l)}, {"owners", d.owner_ids}});
  }
  out["duties_owned_more_than_once"] = std::move(shared);

  ojson period = ojson::object();
  period["kind"] = std::string(time::to_string(r.period.kind));
  period["label"] = r.period.label;
  period["first"] = r.period.full.first.to_string();
  period["last"] = r.period.full.last.to_string();
  out["period"] = std::move(period);

  ojson due = ojson::array();
  for (const due_row& row : r.due) {
    const org::obligation& o = row.state.what;
    ojson x = ojson::object();
    x["due"] = o.due.to_string();
    x["kind"] = std::string(org::to_string(o.kind));
    x["item"] = o.item_id;
    x["name"] = row.item_name;
    x["occurrence"] = o.occurrence;
    x["covers"] = range_json(o.covers);
    x["direction"] = o.kind == org::item_kind::flow ? ojson(std::string(org::to_string(o.direction))) : ojson(nullptr);
    x["responsible"] = o.responsible_ids;
    x["recipients"] = o.recipient_ids;
    x["status"] = std::string(org::to_string(row.state.status));
    x["delivered_on"] = row.state.delivered ? ojson(row.state.delivered->delivered_on.to_string()) : ojson(nullptr);
    x["delivered_by"] = row.state.delivered ? ojson(row.state.delivered->by) : ojson(nullptr);
    x["days_late"] = row.state.days_late;
    due.push_back(std::move(x));
  }
  out["due"] = std::move(due);
  out["health"] = ojson::array({health_json(r.health.marketing_to_sales), health_json(r.health.sales_to_marketing)});
  // Every name came in checked as UTF-8, but the source is a file name, which may be
  // any bytes: those that are not UTF-8 are written as U+FFFD rather than failing.
  return out.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

}  // namespace tandem::cli
