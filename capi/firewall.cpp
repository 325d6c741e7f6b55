// The exception firewall and the thread-local last error (firewall.hpp), and the
// two C functions that read the last error.
#include "firewall.hpp"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <new>
#include <string>

#include "tandem/core/error.hpp"

namespace tandem::capi {
namespace {

// The pinned numbers of tandem.h and of tandem::errc are one list (issue 3).
static_assert(static_cast<int>(errc::invalid_argument) == TANDEM_E_INVALID_ARGUMENT);
static_assert(static_cast<int>(errc::parse_error) == TANDEM_E_PARSE);
static_assert(static_cast<int>(errc::out_of_range) == TANDEM_E_OUT_OF_RANGE);
static_assert(static_cast<int>(errc::overflow) == TANDEM_E_OVERFLOW);
static_assert(static_cast<int>(errc::infeasible) == TANDEM_E_INFEASIBLE);
static_assert(static_cast<int>(errc::tie) == TANDEM_E_TIE);

// Used when even the message cannot be copied; static, so it cannot fail.
constexpr const char* unrecorded_message = "(the error message could not be recorded: out of memory)";

struct last_error {
  std::string storage;     // owns the message when it could be copied
  const char* message = "";  // what tandem_last_error_message() returns; never NULL
  std::int64_t child = -1;
};

thread_local last_error current;

tandem_status status_of(errc code) noexcept {
  switch (code) {
    case errc::invalid_argument: return TANDEM_E_INVALID_ARGUMENT;
    case errc::parse_error: return TANDEM_E_PARSE;
    case errc::out_of_range: return TANDEM_E_OUT_OF_RANGE;
    case errc::overflow: return TANDEM_E_OVERFLOW;
    case errc::infeasible: return TANDEM_E_INFEASIBLE;
    case errc::tie: return TANDEM_E_TIE;
  }
  return TANDEM_E_INTERNAL;  // a code added to the core but not yet to tandem.h
}

}  // namespace

void set_last_error(tandem_status status, const char* message, std::int64_t child) noexcept {
  static_cast<void>(status);  // the status travels as the return value; kept for symmetry
  current.child = child;
  try {
    current.storage.assign(message);
    current.message = current.storage.c_str();
  } catch (...) {
    current.message = unrecorded_message;
  }
}

void clear_last_error() noexcept {
  current.storage.clear();  // keeps the capacity: success allocates nothing
  current.message = "";
  current.child = -1;
}

tandem_status translate_current_exception() noexcept {
  try {
    throw;
  } catch (const tandem::error& e) {
    const auto child = e.child();
    const tandem_status status = status_of(e.code());
    set_last_error(status, e.what(), child ? static_cast<std::int64_t>(*child) : -1);
    return status;
  } catch (const std::bad_alloc&) {
    set_last_error(TANDEM_E_NO_MEMORY, "out of memory", -1);
    return TANDEM_E_NO_MEMORY;
  } catch (const std::exception& e) {
    // A bug: keep what the exception says so that the report can name it.
    set_last_error(TANDEM_E_INTERNAL, e.what(), -1);
    return TANDEM_E_INTERNAL;
  } catch (...) {
    set_last_error(TANDEM_E_INTERNAL, "internal error: an exception of unknown type", -1);
    return TANDEM_E_INTERNAL;
  }
}

void throw_invalid_argument(const std::string& message) {
  throw tandem::error(errc::invalid_argument, message);
}

void require_array(const void* array, std::size_t count, std::size_t element_size,
                   const char* parameter) {
  if (count > PTRDIFF_MAX / element_size) {
    throw_invalid_argument("count " + std::to_string(count) + " is larger than any array of " +
                           parameter + " can be");
  }
  if (array == nullptr && count > 0) {
    throw_invalid_argument(std::string(parameter) + " is NULL but count is " + std::to_string(count));
  }
}

}  // namespace tandem::capi

extern "C" {

const char* tandem_last_error_message(void) { return tandem::capi::current.message; }

int64_t tandem_last_error_child(void) { return tandem::capi::current.child; }

}  // extern "C"
