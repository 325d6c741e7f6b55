#include "input_source.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <istream>
#include <iterator>
#include <memory>

#include "input_error.hpp"

namespace tandem::cli {

namespace {

struct file_closer {
  void operator()(std::FILE* f) const noexcept { std::fclose(f); }
};

[[noreturn]] void fail(const std::string& path, int error_number) {
  throw unreadable_input(fmt::format("cannot read {}: {}", quote_value(path), std::strerror(error_number)));
}

}  // namespace

// C stdio rather than fstream: it reports errno, so the message can say *why*
// (ENOENT, EACCES, EISDIR) instead of just "failed".
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
  errno = 0;
  const std::unique_ptr<std::FILE, file_closer> file(std::fopen(path.c_str(), "rb"));
  if (!file) fail(path, errno);
  std::string text;
  char buffer[65536];
  for (;;) {
    const std::size_t got = std::fread(buffer, 1, sizeof buffer, file.get());
    text.append(buffer, got);
    if (got < sizeof buffer) break;
  }
  if (std::ferror(file.get())) fail(path, errno != 0 ? errno : EIO);
  return text;
}

}  // namespace tandem::cli
