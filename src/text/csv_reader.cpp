#include "csv_reader.hpp"

#include <utility>

#include "utf8.hpp"

namespace tandem::text {

csv_error::csv_error(const std::string& message, std::size_t line, std::size_t record,
                     std::size_t field)
    : std::runtime_error(message), line_(line), record_(record), field_(field) {}

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

}  // namespace

csv_reader::csv_reader(std::string_view text, comment_lines comments) noexcept
    : text_(text), comments_(comments) {
  if (text_.starts_with(utf8_bom)) pos_ = utf8_bom.size();
}

csv_record csv_reader::read_header() {
  skip_blank_and_comment_lines();
  if (at_end()) throw csv_error("the input is empty; expected a header row", 0, 0, csv_error::npos);
  csv_record header = parse_record(0);
  header_fields_ = header.fields.size();
  return header;
}

bool csv_reader::next_row(csv_record& row) {
  skip_blank_and_comment_lines();
  if (at_end()) return false;
  const std::size_t record = rows_read_ + 1;
  csv_record parsed = parse_record(record);
  if (parsed.fields.size() != header_fields_) {
    const std::size_t got = parsed.fields.size();
    throw csv_error("the row has " + std::to_string(got) + (got == 1 ? " field" : " fields") +
                        " but the header has " + std::to_string(header_fields_),
                    parsed.line, record, csv_error::npos);
  }
  row = std::move(parsed);
  rows_read_ = record;
  return true;
}

bool csv_reader::at_line_end() const noexcept {
  return at('\n') || (at('\r') && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n');
}

void csv_reader::consume_line_end() noexcept {
  pos_ += at('\r') ? std::size_t{2} : std::size_t{1};
  ++line_;
}

// Lines with no characters at all carry no record (a trailing newline, or blank
// lines left by hand editing); a line holding only "" is a record with one field.
// Only called at the start of a line, so a '#' inside a quoted field is data.
void csv_reader::skip_blank_and_comment_lines() noexcept {
  for (;;) {
    if (comments_ == comment_lines::skipped && at('#')) {
      while (!at_end() && !at_line_end()) ++pos_;
      if (at_end()) return;
    }
    if (!at_line_end()) return;
    consume_line_end();
  }
}

csv_record csv_reader::parse_record(std::size_t record) {
  csv_record out;
  out.line = line_;
  for (;;) {
    const std::size_t field = out.fields.size();
    const std::size_t field_line = line_;
    std::string value = at('"') ? parse_quoted(record, field) : parse_unquoted(record, field);
    if (!is_valid_utf8(value)) {
      throw csv_error("the field is not valid UTF-8", field_line, record, field);
    }
    out.fields.push_back(std::move(value));
    if (at(',')) {
      ++pos_;
      continue;  // a trailing comma means one more, empty, field
    }
    if (at_line_end()) consume_line_end();
    return out;  // end of line or end of input
  }
}

std::string csv_reader::parse_unquoted(std::size_t record, std::size_t field) {
  std::string value;
  while (!at_end() && !at(',') && !at_line_end()) {
    const char c = text_[pos_];
    if (c == '"') {
      throw csv_error("a quote inside an unquoted field; quote the whole field and double the quote",
                      line_, record, field);
    }
    if (c == '\r') {
      throw csv_error("a carriage return not followed by a line feed", line_, record, field);
    }
    value.push_back(c);
    ++pos_;
  }
  return value;
}

std::string csv_reader::parse_quoted(std::size_t record, std::size_t field) {
  const std::size_t opened_on = line_;
  ++pos_;  // the opening quote
  std::string value;
  for (;;) {
    if (at_end()) {
      throw csv_error("a quoted field opened on line " + std::to_string(opened_on) + " is never closed",
                      opened_on, record, field);
    }
    const char c = text_[pos_++];
    if (c == '"') {
      if (at('"')) {  // "" is one literal quote
        value.push_back('"');
        ++pos_;
        continue;
      }
      break;
    }
    if (c == '\n') ++line_;
    value.push_back(c);
  }
  if (!at_end() && !at(',') && !at_line_end()) {
    throw csv_error("unexpected text after the closing quote of a field", line_, record, field);
  }
  return value;
}

csv_table read_csv(std::string_view text, comment_lines comments) {
  csv_reader reader(text, comments);
  csv_table table;
  table.header = reader.read_header();
  csv_record row;
  while (reader.next_row(row)) table.rows.push_back(std::move(row));
  return table;
}

}  // namespace tandem::text
