// The exception firewall of the C API and the thread-local last error.
//
// Every extern "C" function that returns a tandem_status runs its body through
// firewall(): success clears the calling thread's last error, and any exception
// becomes a status plus a message, so nothing throws or terminates into the host.
// Functions that return a value rather than a status (versions, names, counts)
// leave the last error alone, so that a host can print tandem_status_name(s) and
// tandem_last_error_message() in one statement whatever the evaluation order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "tandem.h"

namespace tandem::capi {

/// Records a failure as the calling thread's last error. Never throws: if the
/// message cannot be copied, a static message stands in for it.
void set_last_error(tandem_status status, const char* message, std::int64_t child) noexcept;

/// Marks the calling thread's last call as successful.
void clear_last_error() noexcept;

/// Translates the exception being handled into a status and records it. Call only
/// inside a catch block.
tandem_status translate_current_exception() noexcept;

/// Runs `body` (returning void), translating whatever it throws.
template <class Body>
tandem_status firewall(Body&& body) noexcept {
  try {
    body();
  } catch (...) {
    return translate_current_exception();
  }
  clear_last_error();
  return TANDEM_OK;
}

/// Throws the tandem::error that becomes TANDEM_E_INVALID_ARGUMENT. `message` names
/// the parameter at fault.
[[noreturn]] void throw_invalid_argument(const std::string& message);

/// Rejects a NULL pointer where a value is needed.
inline void require_non_null(const void* pointer, const char* parameter) {
  if (pointer == nullptr) throw_invalid_argument(std::string(parameter) + " is NULL");
}

/// Rejects a NULL array with a positive count, and a count no array of `element_size`
/// bytes can have (a std::span of it would be undefined behaviour).
void require_array(const void* array, std::size_t count, std::size_t element_size,
                   const char* parameter);

}  // namespace tandem::capi
