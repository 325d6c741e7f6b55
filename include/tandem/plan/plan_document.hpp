// tandem/plan/plan_document.hpp — a plan as a JSON document (docs/plan-format.md).
//
//   auto spec = tandem::plan::load_plan_document_file("examples/plan/plan.json");
//   auto p = tandem::plan::plan::build(spec);
//   std::string again = tandem::plan::save_plan_document(p.spec());  // loads back equal
//
// Loading validates everything the document can get wrong on its own and reports
// every problem, not just the first: one per line, "FILE: $.json.path: what is
// wrong", in the order of the file. Amounts, weights and quantities are decimal
// strings ("60000000.00"), never JSON numbers. Whether the numbers add up (locks
// above a total, infeasible bounds) is plan::build's business.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "tandem/plan/plan_spec.hpp"

namespace tandem::plan {

/// The schema version this library writes and the newest it reads.
inline constexpr std::int32_t plan_document_schema_version = 1;

/// Parses and validates a document. Throws tandem::error(errc::invalid_argument) with
/// every problem (one per line, with its JSON path).
[[nodiscard]] plan_spec load_plan_document(std::string_view json_text, std::string_view source_name);
/// Reads and loads a file; errc::invalid_argument naming the file when it cannot be read.
[[nodiscard]] plan_spec load_plan_document_file(const std::filesystem::path& path);
/// Writes a spec that load_plan_document reads back equal (operator==), deterministic
/// bytes, two-space indented, ending with a newline.
[[nodiscard]] std::string save_plan_document(const plan_spec& spec);

}  // namespace tandem::plan
