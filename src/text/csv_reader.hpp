// text/csv_reader.hpp — a small, strict RFC 4180 CSV reader (internal to the library).
//
// Debian ships no well-kept CSV library for C++, so this is ours; the library reads
// calendars with it and the CLI reads its inputs with it. It is not installed and
// depends on nothing but the standard library. It reads a whole
// document held in memory: a header row, then data rows. Fields may be quoted
// ("a, b", "say ""hi"""), quoted fields may span lines, records end with CRLF or
// LF, a UTF-8 byte order mark before the first header is skipped, lines with no
// characters at all are skipped, and so, on request, are comment lines ('#'). Every record remembers the physical line it
// starts on so that callers can point at the line a user sees in an editor.
//
//   tandem::text::csv_reader reader("id,weight\r\nnorth,5\r\n");
//   csv_record header = reader.read_header();   // fields {"id", "weight"}, line 1
//   csv_record row;
//   while (reader.next_row(row)) { /* row.fields {"north", "5"}, row.line 2 */ }
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::text {

/// One record (the header or a data row).
struct csv_record {
  std::vector<std::string> fields;
  std::size_t line = 0;  ///< 1-based physical line on which the record starts
};

/// A parsed document: the header and the data rows, in input order.
struct csv_table {
  csv_record header;
  std::vector<csv_record> rows;
};

/// A malformed document. line() is 0 when the document has no lines at all;
/// record() is 0 for the header and n for the n-th data row; field() is the
/// 0-based field at fault, or npos when the record as a whole is.
class csv_error : public std::runtime_error {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  csv_error(const std::string& message, std::size_t line, std::size_t record, std::size_t field);

  [[nodiscard]] std::size_t line() const noexcept { return line_; }
  [[nodiscard]] std::size_t record() const noexcept { return record_; }
  [[nodiscard]] std::size_t field() const noexcept { return field_; }

 private:
  std::size_t line_;
  std::size_t record_;
  std::size_t field_;
};

/// Whether a line that starts with '#' outside a quoted field is a comment, skipped
/// like a blank line (calendar files carry their source this way), or data.
enum class comment_lines { data, skipped };

/// Reads records one at a time, so that a caller who meets an error in a data row
/// still has the header at hand to name the column. Every function throws
/// csv_error for an unterminated or misplaced quote, a carriage return not
/// followed by a line feed outside quotes, or a field that is not valid UTF-8.
class csv_reader {
 public:
  /// `text` is the whole document; it must outlive the reader.
  explicit csv_reader(std::string_view text, comment_lines comments = comment_lines::data) noexcept;

  /// Reads the header row (call once, first). Throws csv_error if there is none.
  [[nodiscard]] csv_record read_header();

  /// Reads the next data row into `row`; false at the end of the input. Throws
  /// csv_error if the row's field count differs from the header's.
  [[nodiscard]] bool next_row(csv_record& row);

  /// Rows read so far (the 1-based number of the last row returned).
  [[nodiscard]] std::size_t rows_read() const noexcept { return rows_read_; }

 private:
  [[nodiscard]] bool at_end() const noexcept { return pos_ >= text_.size(); }
  [[nodiscard]] bool at(char c) const noexcept { return !at_end() && text_[pos_] == c; }
  [[nodiscard]] bool at_line_end() const noexcept;
  void consume_line_end() noexcept;
  void skip_blank_and_comment_lines() noexcept;
  csv_record parse_record(std::size_t record);
  std::string parse_unquoted(std::size_t record, std::size_t field);
  std::string parse_quoted(std::size_t record, std::size_t field);

  std::string_view text_;
  comment_lines comments_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t header_fields_ = 0;
  std::size_t rows_read_ = 0;
};

/// Reads a whole document: the header, then every data row.
[[nodiscard]] csv_table read_csv(std::string_view text, comment_lines comments = comment_lines::data);

}  // namespace tandem::text
