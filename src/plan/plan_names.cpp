// Names of the plan's enums (tandem/plan/plan_spec.hpp). The names are part of the
// interface (plan documents, the CLI and the bindings use them): never rename. Unlike
// the org module's names these are case-sensitive: a name is an identifier, and the
// document format accepts exactly the spelling written here.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "tandem/plan/plan_spec.hpp"

namespace tandem::plan {

namespace {

// Indexed by the enumerators' pinned numbers.
constexpr std::array<std::string_view, 2> measure_names{"amount", "quantity"};
constexpr std::array<std::string_view, 8> unit_kind_names{"company", "department", "region", "branch",
                                                          "team",    "person",     "agent",  "distributor"};
constexpr std::array<std::string_view, 3> share_basis_names{"weight", "reference", "fixed"};
constexpr std::array<std::string_view, 3> seasonality_names{"even", "calendar-days", "key"};

static_assert(measure_names.size() == measure_count);

template <std::size_t N>
std::string_view name_at(const std::array<std::string_view, N>& names, std::uint8_t value) noexcept {
  return value < N ? names[value] : std::string_view("unknown");
}

template <class E, std::size_t N>
std::optional<E> exact(const std::array<std::string_view, N>& names, std::string_view name) noexcept {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace

std::string_view to_string(measure m) noexcept { return name_at(measure_names, static_cast<std::uint8_t>(m)); }
std::optional<measure> measure_from_name(std::string_view name) noexcept {
  return exact<measure>(measure_names, name);
}

std::string_view to_string(unit_kind k) noexcept { return name_at(unit_kind_names, static_cast<std::uint8_t>(k)); }
std::optional<unit_kind> unit_kind_from_name(std::string_view name) noexcept {
  return exact<unit_kind>(unit_kind_names, name);
}

std::string_view to_string(share_basis b) noexcept {
  return name_at(share_basis_names, static_cast<std::uint8_t>(b));
}
std::optional<share_basis> share_basis_from_name(std::string_view name) noexcept {
  return exact<share_basis>(share_basis_names, name);
}

std::string_view to_string(seasonality_basis b) noexcept {
  return name_at(seasonality_names, static_cast<std::uint8_t>(b));
}
std::optional<seasonality_basis> seasonality_basis_from_name(std::string_view name) noexcept {
  return exact<seasonality_basis>(seasonality_names, name);
}

}  // namespace tandem::plan
