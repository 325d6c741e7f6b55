#include "input_error.hpp"

#include <fmt/format.h>

#include <utility>

namespace tandem::cli {

input_error::input_error(input_location where, const std::string& message)
    : std::runtime_error(message), where_(std::move(where)) {}

std::string quote_value(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out.push_back('"');
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == '\x7F') {
          out += fmt::format("\\x{:02X}", static_cast<unsigned char>(c));
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
  return out;
}

std::string format_located(std::string_view source, const input_location& where,
                           std::string_view message) {
  std::string out(source);
  if (where.line != 0) out += fmt::format(":{}", where.line);
  out += ": ";

  std::string place;
  if (where.header) {
    place = "header";
  } else if (where.row != 0) {
    place = fmt::format("row {}", where.row);
    if (!where.id.empty()) place += fmt::format(" (id {})", quote_value(where.id));
  }
  if (!where.column.empty()) {
    if (!place.empty()) place += ", ";
    place += fmt::format("column {}", quote_value(where.column));
  }
  if (!place.empty()) out += place + ": ";
  out += message;
  return out;
}

}  // namespace tandem::cli
