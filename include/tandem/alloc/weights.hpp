// tandem/alloc/weights.hpp — turning decimal weights into integer weights.
//
// Proportions do not depend on a common scale factor, so decimal weights such as
// "1234.5" and "3000000000000" are brought to the smallest common scale and used
// as integers: {"1234.5", "3"} -> {12345, 30}. Exact; no floating point.
//
//   auto w = tandem::alloc::weights_from_decimals(std::vector<std::string_view>{"1.5", "2"});
//   // w == {15, 20}
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace tandem::alloc {

/// Parses non-negative decimal weights and scales them to integers with a common
/// scale. Throws tandem::error naming the index at fault: errc::parse_error for
/// malformed text, errc::out_of_range for a negative weight, errc::overflow if a
/// weight at the common scale exceeds int64.
[[nodiscard]] std::vector<std::int64_t> weights_from_decimals(std::span<const std::string_view> texts);

}  // namespace tandem::alloc
