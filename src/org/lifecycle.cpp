// Lifecycle stages (names, ids) and a product's dated stage history.
#include "tandem/org/lifecycle.hpp"

#include <string>
#include <utility>

#include "tandem/core/error.hpp"

namespace tandem::org {

namespace {

struct stage_names {
  std::string_view name;
  std::string_view id;
};

// Indexed by the pinned stage number. The seed's ids are the catalog's
// (product_lifecycle.stages); lifecycle_decline is ours.
constexpr stage_names names[] = {
    {"introduction", "lifecycle_introduction"},
    {"growth", "lifecycle_growth"},
    {"maturity", "lifecycle_maturity"},
    {"decline", "lifecycle_decline"},
};

constexpr std::size_t max_product_id_length = 64;

}  // namespace

std::string_view to_string(lifecycle_stage s) noexcept {
  const auto i = static_cast<std::size_t>(s);
  return i < std::size(names) ? names[i].name : "unknown";  // a cast from bad data must not read past
}

std::string_view stage_id(lifecycle_stage s) noexcept {
  const auto i = static_cast<std::size_t>(s);
  return i < std::size(names) ? names[i].id : "unknown";
}

std::optional<lifecycle_stage> lifecycle_stage_from_name(std::string_view name) noexcept {
  for (const lifecycle_stage s : all_lifecycle_stages) {
    if (name == to_string(s) || name == stage_id(s)) return s;
  }
  return std::nullopt;
}

bool is_valid_product_id(std::string_view id) noexcept {
  if (id.empty() || id.size() > max_product_id_length) return false;
  if (id.front() < 'a' || id.front() > 'z') return false;
  for (const char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

product_lifecycle::product_lifecycle(std::string product_id) : id_(std::move(product_id)) {
  if (!is_valid_product_id(id_)) {
    // Show at most the allowed length: the text may be anything a host read.
    const bool long_id = id_.size() > max_product_id_length;
    const std::string shown = long_id ? id_.substr(0, max_product_id_length) + "..." : id_;
    throw error(errc::invalid_argument,
                "product id '" + shown +
                    "' is not well formed: 1 to 64 characters of a-z, 0-9 and _, starting with a letter");
  }
}

void product_lifecycle::enter(lifecycle_stage stage, time::date effective) {
  if (static_cast<std::size_t>(stage) >= std::size(names)) {
    throw error(errc::invalid_argument, "product " + id_ + ": stage " +
                                            std::to_string(static_cast<int>(stage)) + " does not exist");
  }
  if (!history_.empty()) {
    const lifecycle_transition& last = history_.back();
    if (effective <= last.effective) {
      throw error(errc::invalid_argument,
                  "product " + id_ + ": cannot enter " + std::string(to_string(stage)) + " on " +
                      effective.to_string() + ": the history already has " +
                      std::string(to_string(last.stage)) + " from " + last.effective.to_string() +
                      " (entries must be in increasing date order, one per day)");
    }
    if (stage == last.stage) {
      throw error(errc::invalid_argument, "product " + id_ + ": already in " +
                                              std::string(to_string(stage)) + " since " +
                                              last.effective.to_string());
    }
  }
  history_.push_back({stage, effective});  // strong guarantee: the only change, last
}

std::optional<lifecycle_stage> product_lifecycle::stage_on(time::date d) const noexcept {
  // The entry in force is the last one dated on or before d; histories are short
  // and sorted, so a backward scan is simplest.
  for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
    if (it->effective <= d) return it->stage;
  }
  return std::nullopt;
}

std::optional<lifecycle_stage> product_lifecycle::current_stage() const noexcept {
  if (history_.empty()) return std::nullopt;
  return history_.back().stage;
}

}  // namespace tandem::org
