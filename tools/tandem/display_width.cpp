// display_width.cpp — how many terminal columns a UTF-8 text takes (display_width.hpp).
#include "display_width.hpp"

#include <cstdint>

namespace tandem::cli {

// The wide blocks of UAX #11 that Chinese text uses (CJK, Hangul, full-width forms);
// everything else counts one column. Combining marks are not expected in names.
std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    std::uint32_t cp = byte;
    std::size_t length = 1;
    if (byte >= 0xF0U) {
      length = 4;
      cp = byte & 0x07U;
    } else if (byte >= 0xE0U) {
      length = 3;
      cp = byte & 0x0FU;
    } else if (byte >= 0xC0U) {
      length = 2;
      cp = byte & 0x1FU;
    }
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k) {
      cp = (cp << 6U) | (static_cast<unsigned char>(text[i + k]) & 0x3FU);
    }
    const bool wide = (cp >= 0x1100U && cp <= 0x115FU) || (cp >= 0x2E80U && cp <= 0xA4CFU) ||
                      (cp >= 0xAC00U && cp <= 0xD7A3U) || (cp >= 0xF900U && cp <= 0xFAFFU) ||
                      (cp >= 0xFE30U && cp <= 0xFE4FU) || (cp >= 0xFF00U && cp <= 0xFF60U) ||
                      (cp >= 0xFFE0U && cp <= 0xFFE6U) || (cp >= 0x20000U && cp <= 0x3FFFDU);
    width += wide ? 2 : 1;
    i += length;
  }
  return width;
}

}  // namespace tandem::cli
