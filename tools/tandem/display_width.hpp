// display_width.hpp — terminal columns of a UTF-8 text, for aligned tables
// (org check's and plan's): East Asian wide characters take two columns.
#pragma once

#include <cstddef>
#include <string_view>

namespace tandem::cli {

/// Columns `text` takes in a terminal: the wide blocks of UAX #11 that Chinese text
/// uses (CJK, Hangul, full-width forms) count two, everything else one.
[[nodiscard]] std::size_t display_width(std::string_view text);

}  // namespace tandem::cli
