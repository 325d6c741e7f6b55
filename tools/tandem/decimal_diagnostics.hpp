// decimal_diagnostics.hpp — plain-language reasons why a decimal was rejected.
//
// tandem::parse_units and weights_from_decimals report an error code; the CLI
// turns it into a sentence about the text the user wrote, e.g.
// `"12.345" has more than 2 decimal places`, at the scale the user chose.
#pragma once

#include <string>
#include <string_view>

#include "tandem/core/error.hpp"

namespace tandem::cli {

/// Why `text` is not an amount at `scale` (the error came from tandem::parse_units).
[[nodiscard]] std::string describe_amount_error(const tandem::error& e, std::string_view text, int scale);

/// Why `text` is not a weight (the error came from alloc::weights_from_decimals).
[[nodiscard]] std::string describe_weight_error(const tandem::error& e, std::string_view text);

}  // namespace tandem::cli
