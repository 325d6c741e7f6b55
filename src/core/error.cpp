#include "tandem/core/error.hpp"

#include <utility>

namespace tandem {

std::string_view to_string(errc code) noexcept {
  switch (code) {
    case errc::invalid_argument: return "invalid_argument";
    case errc::parse_error: return "parse_error";
    case errc::out_of_range: return "out_of_range";
    case errc::overflow: return "overflow";
    case errc::infeasible: return "infeasible";
    case errc::tie: return "tie";
  }
  return "unknown";
}

error::error(errc code, const std::string& message) : std::runtime_error(message), code_(code) {}

error::error(errc code, const std::string& message, std::size_t index)
    : std::runtime_error(message), code_(code), indices_{index} {}

error::error(errc code, const std::string& message, std::vector<std::size_t> indices)
    : std::runtime_error(message), code_(code), indices_(std::move(indices)) {}

std::optional<std::size_t> error::child() const noexcept {
  if (indices_.empty()) return std::nullopt;
  return indices_.front();
}

void throw_overflow(std::string_view what) {
  throw error(errc::overflow, "overflow: " + std::string(what));
}

}  // namespace tandem
