// snprintf-style string outputs (tandem.h, "Conventions").
#pragma once

#include <cstddef>
#include <string_view>

namespace tandem::capi {

/// Rejects a NULL buffer with a positive capacity (TANDEM_E_INVALID_ARGUMENT).
/// Called before any work, so that a failed call writes nothing.
void require_text_buffer(const char* buffer, std::size_t capacity);

/// Writes `text` snprintf-style: at most `capacity` bytes including the NUL (the
/// text is cut when it does not fit), nothing when capacity is 0, and the full
/// length to *length_out when length_out is not NULL.
void write_text(std::string_view text, char* buffer, std::size_t capacity,
                std::size_t* length_out) noexcept;

}  // namespace tandem::capi
