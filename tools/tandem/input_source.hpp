// input_source.hpp — reading a whole input file, or standard input, into memory.
#pragma once

#include <iosfwd>
#include <stdexcept>
#include <string>

namespace tandem::cli {

/// The file could not be read; what() names it and says why.
class unreadable_input : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Name used in messages for standard input.
inline constexpr const char* stdin_name = "<stdin>";

/// The whole content of `path`, or of `stdin_stream` when path is "-". Throws
/// unreadable_input with the system's reason (no such file, a directory...).
[[nodiscard]] std::string read_input(const std::string& path, std::istream& stdin_stream);

}  // namespace tandem::cli
