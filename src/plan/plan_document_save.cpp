// Saving a plan document (docs/plan-format.md). Everything is written explicitly
// (names, kinds, bases, every rule and the calendar's every parameter) in a fixed key
// order, and weights at the scale they hold, so that saving what was loaded from a
// save gives the same bytes. Values the spec holds for a measure it does not target
// are written too, never dropped: the loader then says what is wrong with them.
#include "tandem/plan/plan_document.hpp"

#include <string>
#include <utility>

#include "plan/plan_document_json.hpp"

namespace tandem::plan {

namespace {

using namespace document_detail;

json bound_values(const bounds& b, int scale) {
  json out = json::object();
  if (b.min != alloc::unset) out["min"] = format_units(b.min, scale);
  if (b.max != alloc::unset) out["max"] = format_units(b.max, scale);
  if (b.fixed != alloc::unset) out["fixed"] = format_units(b.fixed, scale);
  return out;
}

// Only the measures with a bound; nullopt when there is none.
std::optional<json> bounds_json(const per_measure<bounds>& limits, const plan_spec& s) {
  json out = json::object();
  for (const measure m : measures) {
    if (!limits[m].empty()) out[std::string(to_string(m))] = bound_values(limits[m], scale_of(s, m));
  }
  if (out.empty()) return std::nullopt;
  return out;
}

// The quantum of every targeted measure, and of an untargeted one that is not the
// default 1 (so that the spec round-trips whatever it holds).
json rule_json(const level_rule& r, const plan_spec& s) {
  json out = json::object();
  out["split"] = to_string(r.split);
  out["cells"] = to_string(r.cells);
  json quantum = json::object();
  for (const measure m : measures) {
    if (s.targets[m] || r.quantum[m] != 1) {
      quantum[std::string(to_string(m))] = format_units(r.quantum[m], scale_of(s, m));
    }
  }
  out["quantum"] = std::move(quantum);
  return out;
}

json unit_json(const sales_unit& u, const plan_spec& s) {
  json out = json::object();
  out["id"] = u.id;
  out["zh"] = u.zh;
  out["en"] = u.en;
  out["kind"] = to_string(u.kind);
  if (!u.parent.empty()) out["parent"] = u.parent;
  out["basis"] = to_string(u.basis);
  out["weight"] = u.weight.to_string();
  if (auto b = bounds_json(u.limits, s)) out["bounds"] = std::move(*b);
  return out;
}

json product_json(const product_line& l, const plan_spec& s) {
  json out = json::object();
  out["id"] = l.id;
  out["zh"] = l.zh;
  out["en"] = l.en;
  out["stage"] = to_string(l.stage);
  out["basis"] = to_string(l.basis);
  out["weight"] = l.weight.to_string();
  if (auto b = bounds_json(l.limits, s)) out["bounds"] = std::move(*b);
  out["seasonality"] = to_string(l.seasonality);
  if (l.seasonality == seasonality_basis::key || !l.key.empty()) {
    json key = json::array();
    for (const amount& w : l.key) key.push_back(w.to_string());
    out["key"] = std::move(key);
  }
  return out;
}

}  // namespace

std::string save_plan_document(const plan_spec& s) {
  json doc = json::object();
  doc["schema_version"] = plan_document_schema_version;
  doc["id"] = s.id;
  doc["calendar"] = calendar_json(s.calendar);
  doc["fiscal_year"] = s.fiscal_year;
  doc["currency"] = s.currency;
  doc["currency_scale"] = s.currency_scale;
  doc["quantity_scale"] = s.quantity_scale;

  json targeted = json::array();
  json target = json::object();
  for (const measure m : measures) {
    if (s.targets[m]) targeted.push_back(to_string(m));
    if (s.targets[m] || s.annual_target[m] != 0) {
      target[std::string(to_string(m))] = format_units(s.annual_target[m], scale_of(s, m));
    }
  }
  doc["measures"] = std::move(targeted);
  doc["annual_target"] = std::move(target);

  json rules = json::object();
  rules["products"] = rule_json(s.product_rule, s);
  json levels = json::array();
  for (const level_rule& r : s.levels) levels.push_back(rule_json(r, s));
  rules["levels"] = std::move(levels);
  rules["periods"] = rule_json(s.period_rule, s);
  doc["rules"] = std::move(rules);

  json units = json::array();
  for (const sales_unit& u : s.units) units.push_back(unit_json(u, s));
  doc["units"] = std::move(units);

  json products = json::array();
  for (const product_line& l : s.products) products.push_back(product_json(l, s));
  doc["products"] = std::move(products);

  json mix = json::array();
  for (const mix_entry& e : s.mix) {
    mix.push_back(json{{"unit", e.unit}, {"product", e.product}, {"weight", e.weight.to_string()}});
  }
  doc["mix"] = std::move(mix);

  json period_limits = json::array();
  for (const period_bounds& b : s.period_limits) {
    json x = json{{"unit", b.unit}, {"product", b.product}, {"period", b.period}, {"measure", to_string(b.m)}};
    const json values = bound_values(b.limits, scale_of(s, b.m));
    for (const auto& [key, value] : values.items()) x[key] = value;
    period_limits.push_back(std::move(x));
  }
  doc["period_bounds"] = std::move(period_limits);

  return dump_document(doc, "the plan document");
}

}  // namespace tandem::plan
