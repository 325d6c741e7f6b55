// Names of the loop schedule's enums (tandem/org/loop_schedule.hpp). The names are
// part of the interface (documents, the CLI and the bindings use them): never rename.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "tandem/org/loop_schedule.hpp"

namespace tandem::org {

namespace {

constexpr std::array<std::string_view, 6> cadence_names{"weekly",      "monthly", "quarterly",
                                                        "half_yearly", "yearly",  "per_campaign"};
constexpr std::array<std::string_view, 2> anchor_names{"period_start", "period_end"};
constexpr std::array<std::string_view, 2> item_kind_names{"flow", "duty"};
constexpr std::array<std::string_view, 4> status_names{"pending", "on_time", "late", "missing"};

template <std::size_t N>
std::string_view name_at(const std::array<std::string_view, N>& names, std::uint8_t value) noexcept {
  return value < N ? names[value] : std::string_view("unknown");
}

bool equal_ignoring_case(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

// The enum whose name (any case) is `name`; the enumerators are numbered 0..N-1.
template <class E, std::size_t N>
std::optional<E> parse(const std::array<std::string_view, N>& names, std::string_view name) noexcept {
  for (std::size_t i = 0; i < N; ++i)
    if (equal_ignoring_case(names[i], name)) return static_cast<E>(i);
  return std::nullopt;
}

}  // namespace

std::string_view to_string(cadence c) noexcept { return name_at(cadence_names, static_cast<std::uint8_t>(c)); }
std::optional<cadence> cadence_from_name(std::string_view name) noexcept { return parse<cadence>(cadence_names, name); }

std::optional<time::period_kind> period_kind_of(cadence c) noexcept {
  switch (c) {
    case cadence::weekly:
      return time::period_kind::week;
    case cadence::monthly:
      return time::period_kind::month;
    case cadence::quarterly:
      return time::period_kind::quarter;
    case cadence::half_yearly:
      return time::period_kind::half;
    case cadence::yearly:
      return time::period_kind::year;
    case cadence::per_campaign:
      break;
  }
  return std::nullopt;
}

std::string_view to_string(due_anchor a) noexcept { return name_at(anchor_names, static_cast<std::uint8_t>(a)); }
std::optional<due_anchor> due_anchor_from_name(std::string_view name) noexcept {
  return parse<due_anchor>(anchor_names, name);
}

std::string_view to_string(item_kind k) noexcept { return name_at(item_kind_names, static_cast<std::uint8_t>(k)); }
std::optional<item_kind> item_kind_from_name(std::string_view name) noexcept {
  return parse<item_kind>(item_kind_names, name);
}

std::string_view to_string(obligation_status s) noexcept { return name_at(status_names, static_cast<std::uint8_t>(s)); }
std::optional<obligation_status> obligation_status_from_name(std::string_view name) noexcept {
  return parse<obligation_status>(status_names, name);
}

}  // namespace tandem::org
