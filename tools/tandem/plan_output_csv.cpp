// The CSV form of `tandem plan`: one record per report row (long format), ids rather
// than names, amounts as exact decimals at the measure's scale (no digit grouping).
// Without --actuals the actual, variance and attainment cells are empty: nothing was
// measured. Attainment is a percentage with one decimal, rounded once from the exact
// ratio actual / target (both in the same record); empty when the target is zero.
#include <string>
#include <vector>

#include "csv_writer.hpp"
#include "plan_output.hpp"
#include "tandem/core/amount.hpp"

namespace tandem::cli {

namespace {

void append_fields(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.push_back(',');
    append_csv_field(out, fields[i]);
  }
  out.push_back('\n');
}

}  // namespace

std::string render_plan_csv(const plan_view& v) {
  const plan::plan_spec& spec = v.p->spec();
  const int scale = measure_scale(spec, v.m);
  const bool actuals = v.actuals_source.has_value();
  const bool to_date = v.as_of.has_value();
  const auto number = [&](std::int64_t units) { return format_units(units, scale); };
  const auto percent = [](const plan::ratio& r) { return percent_text(r).value_or(""); };

  std::string out;
  std::vector<std::string> header{"unit", "product", "period", "target", "actual", "variance", "attainment"};
  if (to_date) {
    header.emplace_back("target_to_date");
    header.emplace_back("attainment_to_date");
  }
  append_fields(out, header);
  for (const plan::report_row& r : v.rows) {
    std::vector<std::string> fields{spec.units[r.unit].id,
                                    r.product == plan::all_products ? std::string() : spec.products[r.product].id,
                                    r.period,
                                    number(r.target),
                                    actuals ? number(r.actual) : std::string(),
                                    actuals ? number(r.variance) : std::string(),
                                    actuals ? percent(r.attainment) : std::string()};
    if (to_date) {
      fields.push_back(r.target_to_date ? number(*r.target_to_date) : std::string());
      fields.push_back(actuals && r.attainment_to_date ? percent(*r.attainment_to_date) : std::string());
    }
    append_fields(out, fields);
  }
  return out;
}

}  // namespace tandem::cli
