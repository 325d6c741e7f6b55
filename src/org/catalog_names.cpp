// The names of the catalog's enumerations, and parsing of the ones users type.
#include <array>
#include <cctype>
#include <cstddef>

#include "tandem/org/catalog.hpp"

namespace tandem::org {
namespace {

// Each table is indexed by the pinned enum numbers.
constexpr std::array<std::string_view, 2> lang_names{"zh", "en"};
constexpr std::array<std::string_view, 16> entry_kind_names{
    "org_unit", "role", "relation", "marketing_area", "marketing_duty", "sales_responsibility", "lifecycle_stage",
    "lifecycle_activity", "information_flow", "org_model", "capability", "comparison_dimension", "planning_period",
    "time_horizon", "workflow", "workflow_step"};
// As spelt in catalog.json; scripts/generate_catalog.py checks the JSON against the same list.
constexpr std::array<std::string_view, 13> relation_kind_names{
    "contains", "includes", "part_of", "reports_to", "supervises", "reviews", "assigns_targets_to", "co_trains_with",
    "plans_training_for", "supports", "supports_and_manages", "feeds_back_to", "jointly_set_targets"};
constexpr std::array<std::string_view, 2> flow_direction_names{"marketing_to_sales", "sales_to_marketing"};
constexpr std::array<std::string_view, 4> org_structure_names{
    "merged", "marketing_subordinate_to_sales", "independent_peers", "marketing_supports_and_manages_sales"};
constexpr std::array<std::string_view, 2> horizon_role_names{"unit_of_account", "verification_cycle"};
constexpr std::array<std::string_view, 12> section_names{
    "org_units", "roles", "relations", "marketing_responsibilities", "sales_responsibilities", "lifecycle",
    "information_flows", "org_models", "capabilities", "comparison", "time_horizons", "workflows"};
constexpr std::array<section, 12> every_section{
    section::org_units, section::roles, section::relations, section::marketing_responsibilities,
    section::sales_responsibilities, section::lifecycle, section::information_flows, section::org_models,
    section::capabilities, section::comparison, section::time_horizons, section::workflows};

template <class Enum, std::size_t N>
std::string_view name_of(Enum value, const std::array<std::string_view, N>& names) noexcept {
  const auto i = static_cast<std::size_t>(value);
  return i < names.size() ? names[i] : std::string_view{"?"};
}

bool equals_ignoring_case(std::string_view text, std::string_view lower) noexcept {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != lower[i]) return false;
  }
  return true;
}

template <class Enum, std::size_t N>
std::optional<Enum> parse(std::string_view name, const std::array<std::string_view, N>& names) noexcept {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (equals_ignoring_case(name, names[i])) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(lang l) noexcept { return name_of(l, lang_names); }
std::optional<lang> lang_from_name(std::string_view name) noexcept { return parse<lang>(name, lang_names); }
std::string_view to_string(entry_kind k) noexcept { return name_of(k, entry_kind_names); }
std::string_view to_string(relation_kind k) noexcept { return name_of(k, relation_kind_names); }
std::string_view to_string(flow_direction d) noexcept { return name_of(d, flow_direction_names); }
std::string_view to_string(org_structure s) noexcept { return name_of(s, org_structure_names); }
std::string_view to_string(horizon_role r) noexcept { return name_of(r, horizon_role_names); }
std::string_view to_string(section s) noexcept { return name_of(s, section_names); }
std::optional<section> section_from_name(std::string_view name) noexcept {
  return parse<section>(name, section_names);
}
std::span<const section> all_sections() noexcept { return every_section; }

}  // namespace tandem::org
