#include "spread_internal.hpp"

#include "tandem/core/error.hpp"

namespace tandem::time {

label_index::label_index(std::span<const period> periods) : periods_(periods) {
  index_.reserve(periods.size());
  for (std::size_t i = 0; i < periods.size(); ++i) {
    const auto [it, inserted] = index_.emplace(periods[i].label, i);
    if (!inserted) {
      throw error(errc::invalid_argument,
                  "periods " + std::to_string(it->second + 1) + " and " + std::to_string(i + 1) +
                      " share the label '" + periods[i].label + "', so a key cannot tell them apart",
                  i);
    }
  }
}

std::size_t label_index::find(std::string_view label) const {
  const auto it = index_.find(label);
  return it == index_.end() ? no_index : it->second;
}

std::string label_index::first_labels() const {
  constexpr std::size_t shown = 4;
  std::string out;
  for (std::size_t i = 0; i < periods_.size() && i < shown; ++i) {
    if (i > 0) out += ", ";
    out += periods_[i].label;
  }
  if (periods_.size() > shown) out += ", ... " + periods_.back().label;
  return out;
}

}  // namespace tandem::time
