// C stdio rather than fstream: fopen and fread set errno, so callers can say *why* a
// file cannot be read, and GCC 12 reports a false null dereference inside
// istreambuf_iterator at -O3.
#include "text/read_file.hpp"

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <memory>
#include <utility>

namespace tandem::text {

namespace {

struct file_closer {
  void operator()(std::FILE* f) const noexcept { std::fclose(f); }
};

// fopen and fread fail with errno set on POSIX; should a C library not set it, the
// failure must still read as one (0 would mean success), so it is reported as EIO.
int failure(int error_number) noexcept { return error_number != 0 ? error_number : EIO; }

}  // namespace

int read_whole_file(const std::filesystem::path& path, std::string& text) {
  errno = 0;
  const std::unique_ptr<std::FILE, file_closer> file(std::fopen(path.c_str(), "rb"));
  if (!file) return failure(errno);
  std::string contents;
  char buffer[65536];
  for (;;) {
    const std::size_t got = std::fread(buffer, 1, sizeof buffer, file.get());
    contents.append(buffer, got);
    if (got < sizeof buffer) break;  // end of file or an error: ferror tells which
  }
  if (std::ferror(file.get())) return failure(errno);
  text = std::move(contents);
  return 0;
}

}  // namespace tandem::text
