// The library's RFC 4180 reader (src/text/csv_reader.hpp). The round trip through
// the CLI's writer lives with the writer, in tests/cli.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/csv_reader.hpp"

namespace {

using tandem::text::csv_error;
using tandem::text::csv_reader;
using tandem::text::csv_record;
using tandem::text::read_csv;
using fields = std::vector<std::string>;

// Runs read_csv on text that must fail, and returns the error.
csv_error error_of(const std::string& text) {
  try {
    static_cast<void>(read_csv(text));
  } catch (const csv_error& e) {
    return e;
  }
  ADD_FAILURE() << "no csv_error for: " << text;
  return csv_error("none", 0, 0, 0);
}

TEST(csv_reader, reads_a_header_and_rows_with_their_lines) {
  const auto table = read_csv("id,weight\nnorth,5\nsouth,3\n");
  EXPECT_EQ(table.header.fields, (fields{"id", "weight"}));
  EXPECT_EQ(table.header.line, 1U);
  ASSERT_EQ(table.rows.size(), 2U);
  EXPECT_EQ(table.rows[0].fields, (fields{"north", "5"}));
  EXPECT_EQ(table.rows[0].line, 2U);
  EXPECT_EQ(table.rows[1].fields, (fields{"south", "3"}));
  EXPECT_EQ(table.rows[1].line, 3U);
}

TEST(csv_reader, crlf_and_lf_and_no_final_newline) {
  const auto table = read_csv("a,b\r\n1,2\n3,4");
  ASSERT_EQ(table.rows.size(), 2U);
  EXPECT_EQ(table.rows[0].fields, (fields{"1", "2"}));
  EXPECT_EQ(table.rows[1].fields, (fields{"3", "4"}));
}

TEST(csv_reader, skips_a_byte_order_mark_only_at_the_start) {
  const auto table = read_csv("\xEF\xBB\xBFid,weight\n\xEF\xBB\xBFx,1\n");
  EXPECT_EQ(table.header.fields[0], "id");
  EXPECT_EQ(table.rows[0].fields[0], "\xEF\xBB\xBFx");  // inside the data it is just text
}

TEST(csv_reader, quoted_fields_hold_commas_quotes_and_line_breaks) {
  const auto table = read_csv("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",\"\"\nnext,1\n");
  ASSERT_EQ(table.rows.size(), 3U);
  EXPECT_EQ(table.rows[0].fields, (fields{"x, y", "say \"hi\""}));
  EXPECT_EQ(table.rows[1].fields, (fields{"two\r\nlines", ""}));
  EXPECT_EQ(table.rows[1].line, 3U);
  EXPECT_EQ(table.rows[2].line, 5U);  // the quoted line break counts as a physical line
}

TEST(csv_reader, empty_fields_and_a_trailing_comma) {
  const auto table = read_csv("a,b,c\n,,\n1,,\n");
  EXPECT_EQ(table.rows[0].fields, (fields{"", "", ""}));
  EXPECT_EQ(table.rows[1].fields, (fields{"1", "", ""}));
}

TEST(csv_reader, spaces_are_kept) {
  EXPECT_EQ(read_csv("a,b\n 1 , 2\n").rows[0].fields, (fields{" 1 ", " 2"}));
}

TEST(csv_reader, blank_lines_are_skipped_but_counted) {
  const auto table = read_csv("\n\na,b\n\n1,2\r\n\r\n3,4\n\n");
  EXPECT_EQ(table.header.line, 3U);
  ASSERT_EQ(table.rows.size(), 2U);
  EXPECT_EQ(table.rows[0].line, 5U);
  EXPECT_EQ(table.rows[1].line, 7U);
}

TEST(csv_reader, comment_lines_are_data_unless_asked) {
  const auto table = read_csv("#a,b\n#1,2\n");
  EXPECT_EQ(table.header.fields, (fields{"#a", "b"}));
  EXPECT_EQ(table.rows[0].fields, (fields{"#1", "2"}));
}

TEST(csv_reader, comment_lines_are_skipped_but_counted_when_asked) {
  const auto skipped = tandem::text::comment_lines::skipped;
  const auto table = read_csv("\xEF\xBB\xBF# source\r\n#\na,b\n# between\n\n1,2\n#, not a row\n3,4\n# no newline", skipped);
  EXPECT_EQ(table.header.fields, (fields{"a", "b"}));
  EXPECT_EQ(table.header.line, 3U);
  ASSERT_EQ(table.rows.size(), 2U);
  EXPECT_EQ(table.rows[0].fields, (fields{"1", "2"}));
  EXPECT_EQ(table.rows[0].line, 6U);
  EXPECT_EQ(table.rows[1].line, 8U);
}

TEST(csv_reader, only_a_hash_at_the_start_of_a_record_begins_a_comment) {
  const auto skipped = tandem::text::comment_lines::skipped;
  // Inside a quoted field that spans lines, and after a space, '#' is data.
  const auto table = read_csv("a,b\n\"x\n# y\",1\n #,2\n", skipped);
  ASSERT_EQ(table.rows.size(), 2U);
  EXPECT_EQ(table.rows[0].fields, (fields{"x\n# y", "1"}));
  EXPECT_EQ(table.rows[1].fields, (fields{" #", "2"}));
  EXPECT_EQ(table.rows[1].line, 4U);
}

TEST(csv_reader, comments_alone_are_an_empty_input) {
  try {
    static_cast<void>(read_csv("# only a comment\n\n#\n", tandem::text::comment_lines::skipped));
    ADD_FAILURE() << "no csv_error";
  } catch (const csv_error& e) {
    EXPECT_EQ(e.line(), 0U);
    EXPECT_STREQ(e.what(), "the input is empty; expected a header row");
  }
}

TEST(csv_reader, a_header_alone_has_no_rows) {
  EXPECT_TRUE(read_csv("a,b\n").rows.empty());
}

TEST(csv_reader, the_reader_hands_out_rows_one_at_a_time) {
  csv_reader reader("a\n1\n2\n");
  EXPECT_EQ(reader.read_header().fields, (fields{"a"}));
  csv_record row;
  ASSERT_TRUE(reader.next_row(row));
  EXPECT_EQ(reader.rows_read(), 1U);
  ASSERT_TRUE(reader.next_row(row));
  EXPECT_EQ(row.fields, (fields{"2"}));
  EXPECT_FALSE(reader.next_row(row));
  EXPECT_EQ(reader.rows_read(), 2U);
}

TEST(csv_reader, empty_input) {
  for (const std::string text : {"", "\n", "\r\n\r\n", "\xEF\xBB\xBF"}) {
    const csv_error e = error_of(text);
    EXPECT_EQ(e.line(), 0U);
    EXPECT_EQ(e.record(), 0U);
    EXPECT_EQ(e.field(), csv_error::npos);
  }
}

TEST(csv_reader, field_count_must_match_the_header) {
  const csv_error e = error_of("a,b\n1,2\n3\n");
  EXPECT_EQ(e.line(), 3U);
  EXPECT_EQ(e.record(), 2U);
  EXPECT_EQ(e.field(), csv_error::npos);
  EXPECT_STREQ(e.what(), "the row has 1 field but the header has 2");
}

TEST(csv_reader, field_count_message_uses_the_plural) {
  const csv_error e = error_of("a,b\n1,2,3\n");
  EXPECT_EQ(e.line(), 2U);
  EXPECT_EQ(e.record(), 1U);
  EXPECT_STREQ(e.what(), "the row has 3 fields but the header has 2");
}

TEST(csv_reader, unterminated_quote_points_at_its_opening_line) {
  const csv_error e = error_of("a,b\n1,\"open\n\nstill open\n");
  EXPECT_EQ(e.line(), 2U);
  EXPECT_EQ(e.record(), 1U);
  EXPECT_EQ(e.field(), 1U);
  EXPECT_STREQ(e.what(), "a quoted field opened on line 2 is never closed");
}

TEST(csv_reader, quote_in_an_unquoted_field) {
  const csv_error e = error_of("a,b\n1,x\"y\n");
  EXPECT_EQ(e.line(), 2U);
  EXPECT_EQ(e.field(), 1U);
}

TEST(csv_reader, text_after_a_closing_quote) {
  const csv_error e = error_of("a,b\n\"x\" ,1\n");
  EXPECT_EQ(e.line(), 2U);
  EXPECT_EQ(e.field(), 0U);
}

TEST(csv_reader, lone_carriage_return) {
  const csv_error e = error_of("a,b\r1,2\n");
  EXPECT_EQ(e.line(), 1U);
  EXPECT_EQ(e.record(), 0U);
  EXPECT_EQ(e.field(), 1U);
}

TEST(csv_reader, invalid_utf8_is_rejected) {
  // A lone continuation byte, a truncated sequence, an overlong '/' (C0 AF), a
  // surrogate (ED A0 80) and a code point above U+10FFFF (F4 90 80 80).
  for (const std::string bad : {"\x80", "\xE5\x8C", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80"}) {
    const csv_error e = error_of("a,b\n1," + bad + "\n");
    EXPECT_EQ(e.line(), 2U);
    EXPECT_EQ(e.field(), 1U);
  }
}

TEST(csv_reader, valid_utf8_is_accepted) {
  // 2-, 3- and 4-byte sequences: é, 区, U+1F4C8.
  const auto table = read_csv("a\n\xC3\xA9\xE5\x8C\xBA\xF0\x9F\x93\x88\n");
  EXPECT_EQ(table.rows[0].fields[0], "\xC3\xA9\xE5\x8C\xBA\xF0\x9F\x93\x88");
}

}  // namespace
