// Helpers shared by the renderers of `tandem plan` (plan_output_{table,csv,json}.cpp).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "plan_output.hpp"

namespace tandem::cli {

int measure_scale(const plan::plan_spec& spec, plan::measure m) noexcept {
  return m == plan::measure::amount ? spec.currency_scale : spec.quantity_scale;
}

std::string group_digits(std::string_view decimal) {
  std::string out;
  std::size_t start = 0;
  if (!decimal.empty() && decimal.front() == '-') {
    out.push_back('-');
    start = 1;
  }
  const std::size_t point = decimal.find('.', start);
  const std::size_t end = point == std::string_view::npos ? decimal.size() : point;
  for (std::size_t i = start; i < end; ++i) {
    if (i > start && (end - i) % 3 == 0) out.push_back(',');
    out.push_back(decimal[i]);
  }
  out.append(decimal.substr(end));
  return out;
}

std::string unit_name(const plan::sales_unit& u, org::lang l) {
  const std::string& name = l == org::lang::zh ? u.zh : u.en;
  return name.empty() ? u.id : name;
}

std::string product_name(const plan::product_line& p, org::lang l) {
  const std::string& name = l == org::lang::zh ? p.zh : p.en;
  return name.empty() ? p.id : name;
}

std::string_view stage_name(org::lifecycle_stage s, org::lang l) noexcept {
  if (l == org::lang::en) return org::to_string(s);
  // The seed's three stages are the catalog's; decline (衰退期) is Tandem's extension
  // and has no catalog entry.
  if (const auto* entry = org::find<org::lifecycle_stage_entry>(org::stage_id(s))) return entry->text(l);
  return s == org::lifecycle_stage::decline ? std::string_view("衰退期") : org::to_string(s);
}

std::optional<std::string> percent_text(const plan::ratio& r) {
  if (r.den == 0) return std::nullopt;
  return plan::format_percent(r, 1);
}


}  // namespace tandem::cli
