// input_error.hpp — an error in the user's input, with the place it was found.
//
// The CLI reports every problem on one line that names the file, the physical
// line, the 1-based data row, the column and the row's id where each is known:
//
//   regions.csv:4: row 3 (id "north_china"), column "min": "12.345" has more than 2 decimal places
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tandem::cli {

/// Where in the input a problem lies. Every member is optional (0 or empty = unknown).
struct input_location {
  std::size_t line = 0;  ///< 1-based physical line
  std::size_t row = 0;   ///< 1-based data row (the header is not a data row)
  bool header = false;   ///< the problem is in the header row
  std::string column;    ///< the column's name
  std::string id;        ///< the row's id, once known
};

/// Invalid input: the message says what is wrong, where() says where.
class input_error : public std::runtime_error {
 public:
  input_error(input_location where, const std::string& message);

  [[nodiscard]] const input_location& where() const noexcept { return where_; }

 private:
  input_location where_;
};

/// `text` in double quotes, with quotes, backslashes and control characters escaped
/// so that a message always stays on one line: a"b -> "a\"b".
[[nodiscard]] std::string quote_value(std::string_view text);

/// "<source>[:<line>]: [<place>: ]<message>", e.g.
/// `regions.csv:4: row 3 (id "north_china"), column "min": <message>`.
[[nodiscard]] std::string format_located(std::string_view source, const input_location& where,
                                         std::string_view message);

}  // namespace tandem::cli
