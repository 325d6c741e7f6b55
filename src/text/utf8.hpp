// text/utf8.hpp — is a text well-formed UTF-8? (internal to the library)
//
// Every text the library stores from outside (CSV fields, unit, duty, flow and
// campaign names) is checked once where it comes in, so that every writer downstream
// (JSON in particular, which must be UTF-8) can rely on it.
#pragma once

#include <string_view>

namespace tandem::text {

/// True if `text` is well-formed UTF-8: no overlong forms, no surrogates, no code
/// points above U+10FFFF, no truncated sequence. The empty text is well formed.
[[nodiscard]] bool is_valid_utf8(std::string_view text) noexcept;

}  // namespace tandem::text
