// biproportional_input.hpp — the rows, cols and weights files of `tandem biproportional`.
//
//   rows.csv, cols.csv   id,total          one line per row (column) of the matrix
//   weights.csv          row,col,weight    one line per cell with a weight; others are 0
//
// Everything that can be judged line by line is checked here, so that the message
// names the file, line, row and column: the header (unknown, duplicate and missing
// columns), empty and duplicate ids, totals that are malformed, negative, too
// precise or off the quantum, an unknown row or col id, a cell given twice, and
// malformed or negative weights. What concerns the files together (the sums of the
// totals, the pattern of zero weights) is judged afterwards. Failures throw
// biproportional_failure with exit status 1.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "allocation_input.hpp"

namespace tandem::cli {

/// The rows file or the cols file: ids and totals, in file order.
struct margin_file {
  std::string source;  ///< the file's name in messages
  std::vector<std::string> ids;
  std::vector<std::int64_t> totals;                       ///< in units of the scale
  std::vector<std::size_t> lines;                         ///< physical line of each id
  std::unordered_map<std::string, std::size_t> index_of;  ///< id -> position

  [[nodiscard]] std::size_t size() const noexcept { return ids.size(); }

  /// `"north" (rows.csv:3)`: the id at `index` and where it is written, for messages.
  [[nodiscard]] std::string describe(std::size_t index) const;
};

/// The weights, as exact integers: weight as written = integer / 10^scale.
struct weight_matrix {
  std::vector<std::int64_t> cells;  ///< rows x cols, row-major; 0 for a cell with no line
  int scale = 0;                    ///< the common number of decimals of all weights
};

/// Which margin a file holds: "row" or "column" (for messages).
enum class margin_kind { rows, cols };

/// Reads the rows file or the cols file (columns id and total).
[[nodiscard]] margin_file read_margins(std::string_view text, std::string source, margin_kind kind,
                                       const amount_rules& rules);

/// Reads the weights file (columns row, col and weight) against the ids of `rows`
/// and `cols`. All weights are brought to one scale together, so that their
/// proportions are kept exactly.
[[nodiscard]] weight_matrix read_weights(std::string_view text, std::string_view source, const margin_file& rows,
                                         const margin_file& cols);

}  // namespace tandem::cli
