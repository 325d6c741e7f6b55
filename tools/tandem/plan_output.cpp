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

// The wide blocks of UAX #11 that Chinese text uses (CJK, Hangul, full-width forms);
// everything else counts one column. Combining marks are not expected in names.
std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::uint32_t cp = byte;
    std::size_t length = 1;
    if (byte >= 0xF0U) {
      length = 4;
      cp = byte & 0x07U;
    } else if (byte >= 0xE0U) {
      length = 3;
      cp = byte & 0x0FU;
    } else if (byte >= 0xC0U) {
      length = 2;
      cp = byte & 0x1FU;
    }
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k) {
      cp = (cp << 6U) | (static_cast<unsigned char>(text[i + k]) & 0x3FU);
    }
    const bool wide = (cp >= 0x1100U && cp <= 0x115FU) || (cp >= 0x2E80U && cp <= 0xA4CFU) ||
                      (cp >= 0xAC00U && cp <= 0xD7A3U) || (cp >= 0xF900U && cp <= 0xFAFFU) ||
                      (cp >= 0xFE30U && cp <= 0xFE4FU) || (cp >= 0xFF00U && cp <= 0xFF60U) ||
                      (cp >= 0xFFE0U && cp <= 0xFFE6U) || (cp >= 0x20000U && cp <= 0x3FFFDU);
    width += wide ? 2 : 1;
    i += length;
  }
  return width;
}

}  // namespace tandem::cli
