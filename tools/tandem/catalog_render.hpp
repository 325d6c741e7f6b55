// catalog_render.hpp — the built-in catalog as text: an aligned table or JSON.
//
// Both renderers take the language of the texts and the sections to print (all of
// them, in tandem::org::all_sections() order, or one), and return the whole output
// so that nothing is printed unless everything succeeded.
#pragma once

#include <span>
#include <string>

#include "tandem/org/catalog.hpp"

namespace tandem::cli {

/// One block per section: a title line, then "id  text" rows whose text column is
/// aligned (ids are ASCII, so their width is their length; texts come last, so CJK
/// double-width characters need no padding after them). Nested entries (duties,
/// focus activities, sub-items, steps) are indented under their parent; details
/// (reporting lines, structure, descriptions) sit in the text column below the entry.
[[nodiscard]] std::string render_catalog_table(org::lang l, std::span<const org::section> sections);

/// {"catalog": {...}, "lang": "zh", "sections": {"<name>": ...}}, keys in a fixed
/// order, texts in language `l`, UTF-8 unescaped. The shape of each section is
/// documented in docs/domain.md ("tandem catalog").
[[nodiscard]] std::string render_catalog_json(org::lang l, std::span<const org::section> sections);

/// The section's title in language `l`, e.g. "Marketing department responsibilities".
[[nodiscard]] std::string_view section_title(org::section s, org::lang l) noexcept;

}  // namespace tandem::cli
