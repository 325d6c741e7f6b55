#include "tandem/time/period.hpp"

#include <array>
#include <cctype>
#include <cstddef>

namespace tandem::time {
namespace {

// Indexed by the pinned enum numbers.
constexpr std::array<std::string_view, 6> period_kind_names{"year", "half", "quarter", "month", "week", "day"};

bool equals_ignoring_case(std::string_view text, std::string_view lower) noexcept {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != lower[i]) return false;
  }
  return true;
}

}  // namespace

std::string_view to_string(period_kind k) noexcept {
  const auto i = static_cast<std::size_t>(k);
  return i < period_kind_names.size() ? period_kind_names[i] : std::string_view{"?"};
}

std::optional<period_kind> period_kind_from_name(std::string_view name) noexcept {
  for (std::size_t i = 0; i < period_kind_names.size(); ++i) {
    if (equals_ignoring_case(name, period_kind_names[i])) return static_cast<period_kind>(i);
  }
  return std::nullopt;
}

}  // namespace tandem::time
