// csv_writer.hpp — writing RFC 4180 fields.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace tandem::cli {

/// Appends `field` to `out`, quoted (with quotes doubled) only when it contains a
/// comma, a quote, a carriage return or a line feed, or has leading or trailing
/// spaces that a reader might otherwise trim.
void append_csv_field(std::string& out, std::string_view field);

/// Appends one record: the fields separated by commas, then "\n".
void append_csv_record(std::string& out, std::initializer_list<std::string_view> fields);

}  // namespace tandem::cli
