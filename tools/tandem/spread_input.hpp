// spread_input.hpp — the key, reference and limits files of `tandem spread`.
//
// Each is a CSV file (RFC 4180, header row) whose rows name a period by its label,
// exactly as `tandem spread` prints it ("2027-04", "FY2028 Q1", "FY2024 P12"):
//
//   key        period,weight   or   period,percent   one row for every period
//   reference  period,value                          one row for every period
//   limits     period[,min][,max][,fixed]            any periods, at most once each
//
// Everything that can be judged row by row is checked here, so that the message
// names the file, line, row, period and column: unknown, duplicate and missing
// columns, an empty, unknown or repeated period, a period with no row, malformed
// or negative numbers, limits with the wrong sign, off the quantum, min above max,
// a fixed value outside its bounds. Failures throw spread_failure (exit status 1).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tandem/alloc/apportion.hpp"
#include "tandem/time/period.hpp"
#include "tandem/time/spread.hpp"

namespace tandem::cli {

/// A key or a reference series: one value per period, in file order.
struct labelled_rows {
  std::vector<time::labelled_value> values;
  std::vector<std::size_t> lines;  ///< physical line of each value
  time::key_unit unit = time::key_unit::weights;
};

/// Reads a key: columns period and either weight (any non-negative numbers) or
/// percent (summing to 100, which the library checks). `by_position`: the n-th row
/// weighs the n-th period whatever its label (last year's labels), and the file
/// must have exactly one row per period.
[[nodiscard]] labelled_rows read_key(std::string_view text, std::string_view source,
                                     std::span<const time::period> periods, bool by_position = false);

/// Reads a reference series: columns period and value (non-negative).
[[nodiscard]] labelled_rows read_reference(std::string_view text, std::string_view source,
                                           std::span<const time::period> periods, bool by_position = false);

/// How limits are written: at the total's scale, multiples of the quantum, signed
/// like the total.
struct limit_rules {
  int scale = 0;
  std::int64_t quantum = 1;
  bool negative_total = false;
};

/// Limits per period: each vector is empty when the file has no such column, else
/// holds one entry per period (alloc::unset where none).
struct period_limits {
  std::vector<std::int64_t> min;
  std::vector<std::int64_t> max;
  std::vector<std::int64_t> fixed;
  std::vector<std::size_t> lines;  ///< per period: the line of its row, 0 if it has none

  [[nodiscard]] alloc::limits view() const noexcept { return {.min = min, .max = max, .fixed = fixed}; }
};

/// Reads a limits file: column period and at least one of min, max, fixed; an
/// empty cell means none.
[[nodiscard]] period_limits read_limits(std::string_view text, std::string_view source,
                                        std::span<const time::period> periods, const limit_rules& rules);

/// "2027-04, 2027-05, 2027-06, ..., 2028-03 (12 periods)": the periods, for messages.
[[nodiscard]] std::string describe_periods(std::span<const time::period> periods);

}  // namespace tandem::cli
