// The JSON form of `tandem catalog`, and the section titles both forms print.
#include <nlohmann/json.hpp>

#include <span>
#include <string>
#include <string_view>

#include "catalog_render.hpp"

namespace tandem::cli {

namespace {

using namespace tandem::org;
using ojson = nlohmann::ordered_json;  // keeps the documented key order, stable for diffing

std::string str(std::string_view text) { return std::string(text); }

// An optional id or text: null when absent, so that every object of a list has the same keys.
ojson str_or_null(std::string_view text) { return text.empty() ? ojson(nullptr) : ojson(str(text)); }

ojson ids(std::span<const std::string_view> list) {
  ojson out = ojson::array();
  for (const std::string_view id : list) out.push_back(str(id));
  return out;
}

// The keys every entry starts with.
ojson base(const entry& e, lang l) { return ojson{{"id", str(e.id)}, {"text", str(e.text(l))}}; }

ojson org_units_json(lang l) {
  ojson out = ojson::array();
  for (const org_unit& u : org_units()) {
    ojson o = base(u, l);
    o["parent"] = str_or_null(u.parent_id);
    o["superiors"] = ids(u.superior_ids);
    o["subordinates"] = ids(u.subordinate_ids);
    o["inferred"] = u.inferred;
    out.push_back(std::move(o));
  }
  return out;
}

ojson roles_json(lang l) {
  ojson out = ojson::array();
  for (const role& r : roles()) {
    ojson o = base(r, l);
    o["superiors"] = ids(r.superior_ids);
    o["subordinates"] = ids(r.subordinate_ids);
    o["inferred"] = r.inferred;
    out.push_back(std::move(o));
  }
  return out;
}

ojson relations_json(lang l) {
  ojson out = ojson::array();
  for (const relation& r : relations()) {
    ojson o = base(r, l);
    o["type"] = str(to_string(r.type));
    o["from"] = ids(r.from_ids);
    o["to"] = ids(r.to_ids);
    o["alternative_group"] = str_or_null(r.alternative_group);
    o["inferred"] = r.inferred;
    out.push_back(std::move(o));
  }
  return out;
}

ojson marketing_json(lang l) {
  ojson out = ojson::array();
  for (const marketing_area& a : marketing_areas()) {
    ojson o = base(a, l);
    o["number"] = a.number;
    ojson duties = ojson::array();
    for (const marketing_duty& d : a.duties) {
      ojson dj = base(d, l);
      dj["number"] = d.number;
      dj["inferred"] = d.inferred;
      duties.push_back(std::move(dj));
    }
    o["duties"] = std::move(duties);
    o["inferred"] = a.inferred;
    out.push_back(std::move(o));
  }
  return out;
}

ojson sales_json(lang l) {
  ojson out = ojson::array();
  for (const sales_responsibility& s : sales_responsibilities()) {
    ojson o = base(s, l);
    o["inferred"] = s.inferred;
    out.push_back(std::move(o));
  }
  return out;
}

ojson lifecycle_json(lang l) {
  ojson out = ojson::array();
  for (const lifecycle_stage_entry& s : lifecycle_stages()) {
    ojson o = base(s, l);
    o["order"] = s.order;
    ojson focus = ojson::array();
    for (const lifecycle_activity* a : s.focus) focus.push_back(base(*a, l));
    o["focus"] = std::move(focus);
    o["inferred"] = s.inferred;
    out.push_back(std::move(o));
  }
  return out;
}

ojson flow_json(const information_flow& f, lang l) {
  ojson o = base(f, l);
  o["direction"] = str(to_string(f.direction));
  o["number"] = f.number == 0 ? ojson(nullptr) : ojson(f.number);
  o["inferred"] = f.inferred;
  return o;
}

ojson flows_json(lang l) {
  ojson plans = ojson::array();
  for (const information_flow& p : marketing_to_sales_plans()) {
    ojson o = flow_json(p, l);
    ojson subs = ojson::array();
    for (const information_flow& s : marketing_to_sales_sub_items()) {
      if (s.parent_id == p.id) subs.push_back(flow_json(s, l));
    }
    o["sub_items"] = std::move(subs);
    plans.push_back(std::move(o));
  }
  ojson reports = ojson::array();
  for (const information_flow& r : sales_to_marketing_reports()) reports.push_back(flow_json(r, l));
  ojson others = ojson::array();
  for (const information_flow& o : other_information_flows()) others.push_back(flow_json(o, l));
  return ojson{{"marketing_to_sales", std::move(plans)}, {"sales_to_marketing", std::move(reports)},
               {"other", std::move(others)}};
}

ojson org_models_json(lang l) {
  ojson out = ojson::array();
  for (const org_model& m : org_models()) {
    ojson o = base(m, l);
    o["number"] = m.number;
    o["structure"] = str(to_string(m.structure));
    o["recommended_for_industrial"] = m.recommended_for_industrial;
    o["description"] = str(m.description.in(l));
    o["inferred"] = m.inferred;
    out.push_back(std::move(o));
  }
  return out;
}

ojson capabilities_json(lang l) {
  ojson out = ojson::array();
  for (const capability& c : capabilities()) {
    ojson o = base(c, l);
    o["number"] = c.number;
    o["symbol"] = str(c.symbol);
    o["inferred"] = c.inferred;
    out.push_back(std::move(o));
  }
  return out;
}

ojson comparison_json(lang l) {
  ojson out = ojson::array();
  for (const comparison_dimension& d : comparison_dimensions()) {
    ojson o = base(d, l);
    o["number"] = d.number;
    o["marketing"] = str_or_null(d.marketing.in(l));
    o["sales"] = str_or_null(d.sales.in(l));
    o["summary"] = str_or_null(d.summary.in(l));
    o["truncated_in_source"] = d.truncated_in_source;
    o["inferred"] = d.inferred;
    out.push_back(std::move(o));
  }
  return out;
}

ojson horizons_json(std::span<const time_horizon> horizons, lang l) {
  ojson out = ojson::array();
  for (const time_horizon& h : horizons) {
    ojson o = base(h, l);
    o["org_unit"] = str(h.org_unit_id);
    o["period"] = str(h.period->id);
    o["role"] = str(to_string(h.role));
    o["is_maximum"] = h.is_maximum;
    o["inferred"] = h.inferred;
    out.push_back(std::move(o));
  }
  return out;
}

ojson time_json(lang l) {
  ojson periods = ojson::array();
  for (const planning_period& p : planning_periods()) {
    ojson o = base(p, l);
    o["months"] = p.months == 0 ? ojson(nullptr) : ojson(p.months);
    o["inferred"] = p.inferred;
    periods.push_back(std::move(o));
  }
  return ojson{{"planning_periods", std::move(periods)},
               {"marketing", horizons_json(marketing_time_horizons(), l)},
               {"sales", horizons_json(sales_time_horizons(), l)}};
}

ojson workflows_json(lang l) {
  ojson out = ojson::array();
  for (const workflow& w : workflows()) {
    ojson o = base(w, l);
    o["sequence_inferred"] = w.sequence_inferred;
    ojson steps = ojson::array();
    for (const workflow_step& s : w.steps) {
      ojson sj = base(s, l);
      sj["order"] = s.order;
      sj["input"] = s.is_input;
      sj["actor"] = str_or_null(s.actor_id);
      sj["inferred"] = s.inferred;
      steps.push_back(std::move(sj));
    }
    o["steps"] = std::move(steps);
    o["inferred"] = w.inferred;
    out.push_back(std::move(o));
  }
  return out;
}

ojson section_json(section s, lang l) {
  switch (s) {
    case section::org_units: return org_units_json(l);
    case section::roles: return roles_json(l);
    case section::relations: return relations_json(l);
    case section::marketing_responsibilities: return marketing_json(l);
    case section::sales_responsibilities: return sales_json(l);
    case section::lifecycle: return lifecycle_json(l);
    case section::information_flows: return flows_json(l);
    case section::org_models: return org_models_json(l);
    case section::capabilities: return capabilities_json(l);
    case section::comparison: return comparison_json(l);
    case section::time_horizons: return time_json(l);
    case section::workflows: return workflows_json(l);
  }
  return nullptr;
}

struct title {
  std::string_view zh;
  std::string_view en;
};

// Indexed by the pinned section numbers.
constexpr title section_titles[] = {
    {"部门", "Departments"},
    {"岗位", "Roles"},
    {"关系", "Relations"},
    {"市场部职责", "Marketing department responsibilities"},
    {"销售部职责", "Sales department responsibilities"},
    {"产品各阶段市场部的侧重点", "Marketing focus by product lifecycle stage"},
    {"市场部与销售部之间的信息流", "Information flows between marketing and sales"},
    {"市场部与销售部关系的四种认知", "The four organisation models"},
    {"工业品市场部应具备的能力", "Capabilities of an industrial marketing department"},
    {"市场部与销售部的区别", "How marketing and sales differ"},
    {"计划周期与时间跨度", "Planning periods and time horizons"},
    {"工作流程", "Workflows"},
};

}  // namespace

std::string_view section_title(section s, lang l) noexcept {
  const auto i = static_cast<std::size_t>(s);
  if (i >= std::size(section_titles)) return "?";
  return l == lang::zh ? section_titles[i].zh : section_titles[i].en;
}

std::string render_catalog_json(lang l, std::span<const section> sections) {
  ojson doc;
  doc["catalog"] = ojson{{"id", str(catalog_id())},
                         {"schema_version", str(catalog_schema_version())},
                         {"source_sha256", str(catalog_source_sha256())},
                         {"title", str(catalog_title().in(l))}};
  doc["lang"] = str(to_string(l));
  ojson body = ojson::object();
  for (const section s : sections) body[str(to_string(s))] = section_json(s, l);
  doc["sections"] = std::move(body);
  return doc.dump(2) + "\n";
}

}  // namespace tandem::cli
