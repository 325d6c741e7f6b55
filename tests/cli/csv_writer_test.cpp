// The CLI's RFC 4180 writer (csv_writer.hpp), and a round trip through the
// library's reader (src/text/csv_reader.hpp) over random fields.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "csv_writer.hpp"
#include "text/csv_reader.hpp"

namespace {

using tandem::text::read_csv;
using fields = std::vector<std::string>;

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
