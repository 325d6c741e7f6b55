#include "text_output.hpp"

#include <algorithm>
#include <cstring>
#include <string>

#include "firewall.hpp"

namespace tandem::capi {

void require_text_buffer(const char* buffer, std::size_t capacity) {
  if (buffer == nullptr && capacity > 0) {
    throw_invalid_argument("buffer is NULL but capacity is " + std::to_string(capacity));
  }
}

void write_text(std::string_view text, char* buffer, std::size_t capacity,
                std::size_t* length_out) noexcept {
  if (buffer != nullptr && capacity > 0) {
    const std::size_t written = std::min(text.size(), capacity - 1);
    // An empty string_view may hold a null pointer, and memcpy from null is
    // undefined even for zero bytes.
    if (written > 0) std::memcpy(buffer, text.data(), written);
    buffer[written] = '\0';
  }
  if (length_out != nullptr) *length_out = text.size();
}

}  // namespace tandem::capi
