// allocation_input.hpp — the rows of an `allocate` input file, validated.
//
// Turns CSV text into what alloc::apportion needs: ids, integer weights, and
// optional min / max / fixed columns in units of the scale. Everything the CLI
// can judge row by row is checked here, so that the message can name the column:
// the header (required, unknown and duplicate columns), empty and duplicate ids,
// malformed or negative numbers, too many decimals, values that are not a
// multiple of the quantum, min above max, and a fixed value outside its bounds.
// What depends on all rows together (bounds that cannot meet the total) is left
// to the engine, whose error names the row.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "input_error.hpp"

namespace tandem::cli {

/// How amounts are written: decimals at `scale`, multiples of `quantum` units.
struct amount_rules {
  int scale = 0;
  std::int64_t quantum = 1;
};

/// The validated rows, one entry per data row in input order.
struct allocation_rows {
  std::vector<std::string> ids;
  std::vector<std::string> weight_texts;  ///< the weights as written (echoed in the output)
  std::vector<std::int64_t> weights;      ///< the weights as integers at a common scale
  std::vector<std::int64_t> min;          ///< empty if there is no min column; alloc::unset where blank
  std::vector<std::int64_t> max;          ///< likewise
  std::vector<std::int64_t> fixed;        ///< likewise
  std::vector<std::size_t> lines;         ///< physical line of each row

  [[nodiscard]] std::size_t size() const noexcept { return ids.size(); }

  /// The location of row `index` (0-based), with its id, for messages.
  [[nodiscard]] input_location locate(std::size_t index) const;
};

/// The column names `allocate` understands, in the order the help lists them.
inline constexpr std::string_view allocation_columns[] = {"id", "weight", "min", "max", "fixed"};

/// Parses and validates CSV `text`. Throws input_error naming the line, row and
/// column at fault.
[[nodiscard]] allocation_rows read_allocation_rows(std::string_view text, const amount_rules& rules);

}  // namespace tandem::cli
