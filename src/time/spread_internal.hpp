// Pieces of spreading shared by spread.cpp and respread.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tandem/time/period.hpp"
#include "tandem/time/spread.hpp"

namespace tandem::time {

inline constexpr std::size_t no_index = static_cast<std::size_t>(-1);

/// Finds periods by label. Throws errc::invalid_argument if two periods share a
/// label, since a key could not say which one it means.
class label_index {
 public:
  explicit label_index(std::span<const period> periods);
  /// The period's index, or no_index.
  [[nodiscard]] std::size_t find(std::string_view label) const;
  /// The first few labels, for messages: "2027-04, 2027-05, 2027-06, ...".
  [[nodiscard]] std::string first_labels() const;

 private:
  std::span<const period> periods_;
  std::unordered_map<std::string_view, std::size_t> index_;
};

/// The weights a zero_basis_policy falls back to; throws errc::infeasible naming
/// `cause` for zero_basis_policy::error.
[[nodiscard]] std::vector<std::int64_t> apply_zero_policy(std::span<const period> periods, zero_basis_policy policy,
                                                          std::string_view cause);

}  // namespace tandem::time
