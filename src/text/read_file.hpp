// text/read_file.hpp — a whole file into a string (internal to the library)
//
// The one reader behind every "load this file" of Tandem: the organisation and plan
// documents (json_document.cpp), the actuals CSV of the C API (capi/plan_actuals.cpp)
// and the input files of the command-line tool (tools/tandem/input_source.cpp).
// Each of those reports a failure in its own words and exception type, so this only
// says *why* it failed, as an errno value, and leaves the message to the caller.
#pragma once

#include <filesystem>
#include <string>

namespace tandem::text {

/// Reads every byte of the file at `path` (binary: no newline translation) into
/// `text`, replacing what it held.
///
/// Returns 0 on success. On failure returns the errno value that says why (ENOENT,
/// EACCES, EISDIR for a directory, ...; EIO when the C library gives no reason) and
/// leaves `text` unchanged.
///
/// An error number rather than an exception: the callers throw different types with
/// different, test-pinned messages ("cannot read 'x': No such file or directory" in
/// the library and the C API, unreadable_input with a quoted path in the tool), and
/// each formats it with std::strerror. Throws only what allocating the text throws
/// (std::bad_alloc).
[[nodiscard]] int read_whole_file(const std::filesystem::path& path, std::string& text);

}  // namespace tandem::text
