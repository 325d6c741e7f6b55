// spread_request.hpp — the command line of `tandem spread`, resolved and checked.
//
// Turns the option texts into what the library needs: the total in units of its
// scale, the fiscal calendar, the date range, the period kind, the basis and the
// rounding. Every problem with the command line itself (a bad date, --to before
// --from, options that do not go together) is a usage error; a total that is not
// a multiple of the quantum is invalid input, as in `tandem allocate`.
#pragma once

#include <cstdint>
#include <string>

#include "spread_command.hpp"
#include "spread_failure.hpp"
#include "tandem/alloc/apportion.hpp"
#include "tandem/time/fiscal_calendar.hpp"
#include "tandem/time/period.hpp"
#include "tandem/time/spread.hpp"
#include "tandem/time/working_calendar.hpp"

namespace tandem::cli {

struct spread_request {
  std::int64_t total = 0;   ///< in units of the scale; may be negative
  int scale = 0;            ///< --scale, else the number of decimals of --total
  alloc::options rounding;  ///< method, quantum (in units of the scale), ties
  time::fiscal_calendar calendar = time::fiscal_calendar::gregorian();
  time::date_range range;
  time::period_kind kind = time::period_kind::month;
  time::spread_basis basis = time::spread_basis::even;
  time::zero_basis_policy when_zero = time::zero_basis_policy::error;
  time::weekday_set weekend = time::weekday_set::saturday_sunday();
  std::string calendar_file;   ///< empty: every day but the weekend is a working day
  std::string key_file;        ///< set exactly when basis == key
  std::string reference_file;  ///< set exactly when basis == reference
  std::string limits_file;     ///< empty: no limits
  bool match_by_position = false;  ///< --match position: key or reference rows in period order
  bool json = false;
};

/// Resolves `options`; throws spread_failure (exit_usage, or exit_invalid_input
/// for a total that is not a multiple of the quantum).
[[nodiscard]] spread_request resolve_spread_request(const spread_options& options);

/// The number of decimals written in a plain decimal ("1200.50" -> 2, "7" -> 0).
[[nodiscard]] int decimals_in(std::string_view text) noexcept;

}  // namespace tandem::cli
