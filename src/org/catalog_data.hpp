// org/catalog_data.hpp — internal: the whole built-in catalog as one list of entries.
//
// Defined in the generated catalog_data.cpp; used by the lookups (catalog_lookup.cpp),
// which scan it by id. A scan is enough: the catalog has a few hundred entries and a
// lookup must not allocate, so no index is built.
#pragma once

#include <span>

#include "tandem/org/catalog.hpp"

namespace tandem::org::detail {

/// Every typed entry, each once (a lifecycle progression step shares its stage's id and
/// is reached through its workflow only).
[[nodiscard]] std::span<const entry* const> all_entries() noexcept;

}  // namespace tandem::org::detail
