// allocation_output.hpp — the result of `allocate` as CSV or JSON text.
//
// Both writers return the whole document as a string: the command prints it only
// once the allocation has succeeded, so a failure never leaves partial output.
// Amounts are exact decimal strings at the request's scale, never JSON numbers.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "allocation_input.hpp"
#include "tandem/alloc/method.hpp"

namespace tandem::cli {

/// What was asked and what came out.
struct allocation_report {
  alloc::method method;
  alloc::tie_rule ties;
  amount_rules rules;                   ///< scale and quantum
  std::int64_t total;                   ///< in units of the scale
  const allocation_rows& rows;
  std::span<const std::int64_t> shares;  ///< one per row, in units of the scale
};

/// "id,weight,share" then one line per row in input order (LF line ends).
[[nodiscard]] std::string write_allocation_csv(const allocation_report& report);

/// {"method", "total", "scale", "quantum", "ties", "shares": [{"id", "weight", "share"}...]},
/// indented by two spaces, ending with a newline.
[[nodiscard]] std::string write_allocation_json(const allocation_report& report);

}  // namespace tandem::cli
