// spread_output.hpp — the result of `spread` as CSV or JSON text.
//
// Both writers return the whole document as a string: the command prints it only
// once the spread has succeeded, so a failure never leaves partial output.
// Amounts are exact decimal strings at the total's scale, never JSON numbers;
// start and end are the days of each period inside the range (a period cut by
// --from or --to shows only its part).
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "spread_request.hpp"
#include "tandem/time/period.hpp"

namespace tandem::cli {

/// What was asked and what came out.
struct spread_report {
  const spread_request& request;
  std::span<const time::period> periods;
  std::span<const std::int64_t> shares;  ///< one per period, in units of the scale
};

/// "period,start,end,share" then one line per period in date order (LF line ends).
[[nodiscard]] std::string write_spread_csv(const spread_report& report);

/// {"total", "scale", "quantum", "method", "ties", "by", "period_kind", "from", "to",
///  "fiscal_calendar", "periods": [{"period", "start", "end", "share"}...]},
/// indented by two spaces, ending with a newline.
[[nodiscard]] std::string write_spread_json(const spread_report& report);

}  // namespace tandem::cli
