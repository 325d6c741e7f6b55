// tandem/org/org_document.hpp — an organisation document: one company's organisation,
// its fiscal calendar, flows, recurring duties, campaigns and deliveries, as JSON
// (schema in docs/org-format.md; example in examples/org/).
//
//   auto s = tandem::org::load_org_document_file("examples/org/company.json");
//   classify_org_model(s.org());
//   std::string again = tandem::org::save_org_document(s);   // loads back to the same schedule
//
// Loading validates everything and reports every problem, not just the first: the
// error's message lists one problem per line, each as "FILE: $.json.path: what is
// wrong" (e.g. "company.json: $.units[3].superior: unit 'east_team' reports to unknown
// superior 'east_regon'"), in the order of the file. Nothing is returned unless the
// whole document is valid. The document has no key for the company's name: give the
// company a unit at the top of the tree (examples/org/company.json does).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "tandem/org/loop_schedule.hpp"

namespace tandem::org {

/// The schema version this library writes and the newest it reads.
inline constexpr std::int32_t org_document_schema_version = 1;

/// Parses and validates a document (UTF-8; an optional BOM is skipped). `source_name`
/// names it in error messages (a file name, or "<stdin>"). Throws tandem::error(errc::invalid_argument, message) listing
/// every problem found (one per line, each with its JSON path), including a missing or
/// unsupported schema_version (newer than org_document_schema_version).
[[nodiscard]] loop_schedule load_org_document(std::string_view json_text, std::string_view source_name);

/// Reads and loads a file (UTF-8; an optional BOM is skipped). Throws
/// errc::invalid_argument naming the file when it cannot be read.
[[nodiscard]] loop_schedule load_org_document_file(const std::filesystem::path& path);

/// Writes a schedule (with its organisation and calendar) as a document that
/// load_org_document reads back to an equal schedule: same units, duties, people,
/// assignments, flows, duty schedules, campaigns and deliveries, in the same order.
/// Deterministic: the same schedule gives the same bytes, and saving what this loads
/// gives the same bytes again. Values are written resolved (catalog names, functions,
/// senders, due rules); "standard_flows" is never written, its flows are. People are
/// written in an order that keeps both people_in() and roles_of(). Two-space
/// indented, UTF-8, ending with a newline. Throws errc::invalid_argument if a text is
/// not valid UTF-8.
[[nodiscard]] std::string save_org_document(const loop_schedule& schedule);

}  // namespace tandem::org
