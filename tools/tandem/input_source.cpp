#include "input_source.hpp"

#include <fmt/format.h>

#include <cstring>
#include <istream>
#include <iterator>

#include "input_error.hpp"
#include "text/read_file.hpp"

namespace tandem::cli {

namespace {

[[noreturn]] void fail(const std::string& path, int error_number) {
  throw unreadable_input(fmt::format("cannot read {}: {}", quote_value(path), std::strerror(error_number)));
}

}  // namespace

// A file through text::read_whole_file: it reports errno, so the message can say
// *why* (ENOENT, EACCES, EISDIR) instead of just "failed".
std::string read_input(const std::string& path, std::istream& stdin_stream) {
  if (path == "-") {
    std::string text;
    char chunk[65536];
    while (stdin_stream.read(chunk, sizeof chunk) || stdin_stream.gcount() > 0) {
      text.append(chunk, static_cast<std::size_t>(stdin_stream.gcount()));
    }
    if (stdin_stream.bad()) throw unreadable_input("cannot read standard input");
    return text;
  }
  std::string text;
  if (const int error_number = tandem::text::read_whole_file(path, text); error_number != 0) {
    fail(path, error_number);
  }
  return text;
}

}  // namespace tandem::cli
