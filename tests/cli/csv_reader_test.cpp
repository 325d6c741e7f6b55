// The RFC 4180 reader of the CLI (tools/tandem/csv_reader.hpp), and a round trip
// through the writer (csv_writer.hpp) over random fields.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "csv_reader.hpp"
#include "csv_writer.hpp"

namespace {

using tandem::cli::csv_error;
using tandem::cli::csv_reader;
using tandem::cli::csv_record;
using tandem::cli::read_csv;
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

TEST(csv_reader, unterminated_quote_points_at_its_opening_line) {
  const csv_error e = error_of("a,b\n1,\"open\n\nstill open\n");
  EXPECT_EQ(e.line(), 2U);
  EXPECT_EQ(e.record(), 1U);
  EXPECT_EQ(e.field(), 1U);
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

TEST(csv_writer, quotes_only_what_needs_it) {
  std::string out;
  tandem::cli::append_csv_record(out, {"plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""});
  EXPECT_EQ(out, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\n");
}

// Whatever the writer writes, the reader reads back unchanged.
TEST(csv_writer, round_trips_through_the_reader) {
  std::mt19937_64 rng(20240611);
  const std::string alphabet = std::string("ab ,\"\r\n1.") + "\xE5\x8C\xBA";  // the last three bytes are one char
  const auto random_field = [&] {
    std::string field;
    const auto length = std::uniform_int_distribution<int>(0, 8)(rng);
    for (int i = 0; i < length; ++i) {
      const auto pick = std::uniform_int_distribution<std::size_t>(0, 9)(rng);
      field += pick == 9 ? alphabet.substr(9, 3) : alphabet.substr(pick, 1);
    }
    return field;
  };
  for (int round = 0; round < 500; ++round) {
    const fields header{"h1", "h2", "h3"};
    std::vector<fields> rows(std::uniform_int_distribution<std::size_t>(1, 5)(rng));
    std::string text;
    tandem::cli::append_csv_record(text, {header[0], header[1], header[2]});
    for (auto& row : rows) {
      row = {random_field(), random_field(), random_field()};
      tandem::cli::append_csv_record(text, {row[0], row[1], row[2]});
    }
    const auto table = read_csv(text);
    ASSERT_EQ(table.rows.size(), rows.size()) << text;
    for (std::size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(table.rows[i].fields, rows[i]) << text;
  }
}

}  // namespace
