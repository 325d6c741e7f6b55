// The whole-file reader (src/text/read_file.hpp): every byte of a file, of an empty
// one and of one longer than the 64 KiB read buffer; and the errno value, with the
// text untouched, for a missing file and for a directory.
#include <gtest/gtest.h>

#include <stdlib.h>  // mkdtemp

#include <cerrno>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "text/read_file.hpp"

namespace {

namespace fs = std::filesystem;
using tandem::text::read_whole_file;

// A fresh directory for one test, removed with everything in it at the end.
class scratch_directory {
 public:
  scratch_directory() {
    std::string name = (fs::temp_directory_path() / "tandem-read-file-test-XXXXXX").string();
    if (mkdtemp(name.data()) == nullptr) {
      throw fs::filesystem_error("mkdtemp", name, std::error_code(errno, std::generic_category()));
    }
    path_ = name;
  }
  scratch_directory(const scratch_directory&) = delete;
  scratch_directory& operator=(const scratch_directory&) = delete;
  ~scratch_directory() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }

  [[nodiscard]] const fs::path& path() const noexcept { return path_; }

  // Writes `text` byte for byte to `name` in the directory and returns its path.
  [[nodiscard]] fs::path write(const std::string& name, const std::string& text) const {
    const fs::path file = path_ / name;
    std::ofstream out(file, std::ios::binary);
    out << text;
    return file;
  }

 private:
  fs::path path_;
};

TEST(read_file, reads_a_file_byte_for_byte) {
  const scratch_directory dir;
  const std::string text("line one\r\nline two\n\0 and a NUL\xFF", 31);
  std::string read = "replaced";
  EXPECT_EQ(read_whole_file(dir.write("plain.txt", text), read), 0);
  EXPECT_EQ(read, text);
}

TEST(read_file, reads_an_empty_file_as_an_empty_text) {
  const scratch_directory dir;
  std::string read = "replaced";
  EXPECT_EQ(read_whole_file(dir.write("empty.txt", ""), read), 0);
  EXPECT_EQ(read, "");
}

TEST(read_file, reads_a_file_longer_than_the_buffer) {
  const scratch_directory dir;
  // Two full 64 KiB buffers, then a partial one; each block distinct so that a
  // repeated or dropped block shows.
  std::string text;
  for (std::size_t i = 0; i < 2 * 65536 + 1000; ++i) text.push_back(static_cast<char>('a' + (i / 65536) + (i % 7)));
  std::string read;
  EXPECT_EQ(read_whole_file(dir.write("large.txt", text), read), 0);
  EXPECT_EQ(read.size(), text.size());
  EXPECT_EQ(read, text);

  // Exactly one buffer: the second read finds the end at once.
  const std::string exact(65536, 'x');
  EXPECT_EQ(read_whole_file(dir.write("exact.txt", exact), read), 0);
  EXPECT_EQ(read, exact);
}

TEST(read_file, a_missing_file_is_enoent_and_leaves_the_text) {
  const scratch_directory dir;
  std::string read = "kept";
  EXPECT_EQ(read_whole_file(dir.path() / "missing.txt", read), ENOENT);
  EXPECT_EQ(read, "kept");
}

TEST(read_file, a_directory_is_an_error_and_leaves_the_text) {
  const scratch_directory dir;
  std::string read = "kept";
  // On Linux fopen of a directory for reading succeeds and the first fread fails with
  // EISDIR (the error the tool's messages promise); the reader must not take the
  // empty read for an empty file.
  EXPECT_EQ(read_whole_file(dir.path(), read), EISDIR);
  EXPECT_EQ(read, "kept");
}

}  // namespace
