// The JSON form of `tandem plan` (shape in docs/cli-plan.md). Amounts are decimal
// strings at the measure's scale and attainments percentage strings ("83.3"), so
// that no value is a float; a value that does not apply is null, and every key is
// always present.
#include <nlohmann/json.hpp>

#include <string>

#include "plan_output.hpp"
#include "tandem/core/amount.hpp"

namespace tandem::cli {

namespace {

using ojson = nlohmann::ordered_json;  // keeps the documented key order, stable for diffing

ojson optional_text(const std::optional<std::string>& text) { return text ? ojson(*text) : ojson(nullptr); }

}  // namespace

std::string render_plan_json(const plan_view& v) {
  const plan::plan_spec& spec = v.p->spec();
  const org::lang l = v.language;
  const int scale = measure_scale(spec, v.m);
  const bool actuals = v.actuals_source.has_value();
  const auto number = [&](std::int64_t units) { return ojson(format_units(units, scale)); };

  ojson out = ojson::object();
  out["source"] = v.source;
  out["actuals"] = optional_text(v.actuals_source);
  out["plan"] = spec.id;
  out["fiscal_year"] = ojson{{"label", v.year.label},
                             {"first", v.year.full.first.to_string()},
                             {"last", v.year.full.last.to_string()}};
  out["measure"] = std::string(plan::to_string(v.m));
  out["currency"] = v.m == plan::measure::amount ? ojson(spec.currency) : ojson(nullptr);
  out["scale"] = scale;
  out["by"] = std::string(plan::to_string(v.by));
  out["as_of"] = v.as_of ? ojson(v.as_of->to_string()) : ojson(nullptr);
  out["lang"] = std::string(org::to_string(l));

  // The units and product lines the rows name, in the order of the rows.
  ojson units = ojson::array();
  plan::unit_index_t last = static_cast<plan::unit_index_t>(-1);
  for (const plan::report_row& r : v.rows) {
    if (r.unit == last) continue;
    last = r.unit;
    const plan::sales_unit& u = spec.units[r.unit];
    units.push_back(ojson{{"id", u.id},
                          {"name", unit_name(u, l)},
                          {"kind", std::string(plan::to_string(u.kind))},
                          {"parent", u.parent.empty() ? ojson(nullptr) : ojson(u.parent)}});
  }
  out["units"] = std::move(units);
  ojson products = ojson::array();
  for (const plan::product_line& p : spec.products) {
    products.push_back(ojson{{"id", p.id},
                             {"name", product_name(p, l)},
                             {"stage", std::string(org::to_string(p.stage))},
                             {"stage_name", std::string(stage_name(p.stage, l))}});
  }
  out["products"] = std::move(products);

  ojson rows = ojson::array();
  for (const plan::report_row& r : v.rows) {
    ojson x = ojson::object();
    x["unit"] = spec.units[r.unit].id;
    x["product"] = r.product == plan::all_products ? ojson(nullptr) : ojson(spec.products[r.product].id);
    x["period"] = r.period;
    x["target"] = number(r.target);
    x["actual"] = actuals ? number(r.actual) : ojson(nullptr);
    x["variance"] = actuals ? number(r.variance) : ojson(nullptr);
    x["attainment"] = actuals ? optional_text(percent_text(r.attainment)) : ojson(nullptr);
    x["target_to_date"] = r.target_to_date ? number(*r.target_to_date) : ojson(nullptr);
    x["attainment_to_date"] =
        actuals && r.attainment_to_date ? optional_text(percent_text(*r.attainment_to_date)) : ojson(nullptr);
    rows.push_back(std::move(x));
  }
  out["rows"] = std::move(rows);
  // File names are bytes, not always UTF-8: replace what is not, never throw.
  return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace tandem::cli
