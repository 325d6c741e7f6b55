// Versions, status names and the library's one deallocator.
#include <cstdlib>

#include "tandem.h"

// The header's version macros and project(VERSION) in CMakeLists.txt must agree:
// a release that bumps one and not the other would lie to hosts at run time.
static_assert(TANDEM_VERSION_MAJOR == TANDEM_PROJECT_VERSION_MAJOR &&
                  TANDEM_VERSION_MINOR == TANDEM_PROJECT_VERSION_MINOR &&
                  TANDEM_VERSION_PATCH == TANDEM_PROJECT_VERSION_PATCH,
              "capi/tandem.h and project(VERSION) disagree on the version");

extern "C" {

int32_t tandem_version_number(void) { return TANDEM_VERSION_NUMBER; }

const char* tandem_version_string(void) { return TANDEM_VERSION_STRING; }

const char* tandem_status_name(tandem_status status) {
  // The names of tandem::errc, so that C and C++ logs read the same.
  switch (status) {
    case TANDEM_OK: return "ok";
    case TANDEM_E_INVALID_ARGUMENT: return "invalid_argument";
    case TANDEM_E_PARSE: return "parse_error";
    case TANDEM_E_OUT_OF_RANGE: return "out_of_range";
    case TANDEM_E_OVERFLOW: return "overflow";
    case TANDEM_E_INFEASIBLE: return "infeasible";
    case TANDEM_E_TIE: return "tie";
    case TANDEM_E_NO_MEMORY: return "no_memory";
    case TANDEM_E_INTERNAL: return "internal";
    default: return "unknown";
  }
}

// Everything the library hands out "to be freed with tandem_free" comes from
// std::malloc, so that hosts in any language release it through the same heap.
void tandem_free(void* memory) { std::free(memory); }

}  // extern "C"
