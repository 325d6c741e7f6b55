// Helpers shared by the catalog functions of the C API ("org: the built-in catalog"
// in tandem.h): checked arguments (an id, a language, a name) and typed access to an
// entry found by id.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "tandem.h"
#include "tandem/org/catalog.hpp"

namespace tandem::capi {

/// The entry with this id. Throws TANDEM_E_INVALID_ARGUMENT for NULL or an id that is
/// not in the catalog, naming it.
const tandem::org::entry& catalog_entry_argument(const char* id);

/// The language `value` names. Throws TANDEM_E_INVALID_ARGUMENT if it is not a
/// tandem_lang.
tandem::org::lang lang_argument(tandem_lang value);

/// Host text shown in a message: quoted, cut after 64 bytes (the text may be huge).
std::string quoted_text(const char* text);

/// The entry `e` as its own type T (e.kind must be T's kind). Looks it up again by id
/// rather than casting down, so that it relies on nothing but the public catalog API.
template <class T>
const T& catalog_entry_as(const tandem::org::entry& e) {
  const T* typed = tandem::org::find<T>(e.id);
  if (typed == nullptr) {
    // find_entry and find<T> disagree: a bug in the catalog, reported as internal.
    throw std::logic_error("catalog id '" + std::string(e.id) + "' has kind " +
                           std::string(tandem::org::to_string(e.kind)) +
                           " but is not found as one");
  }
  return *typed;
}

}  // namespace tandem::capi
