// biproportional_diagnostics.hpp — the engine's errors, told in the user's ids.
//
// tandem::alloc::biproportional names rows and columns by their 1-based position
// ("column 2 has a positive total but no cell with positive weight", "rows 1, 3
// total 6 but ...") and gives their indices (rows first, then rows + column). The
// CLI puts the ids in place of the numbers and adds where each is written:
//
//   column "drives" has a positive total but no cell with positive weight;
//   at fault: column "drives" (cols.csv:4)
#pragma once

#include <string>

#include "biproportional_failure.hpp"
#include "biproportional_input.hpp"
#include "tandem/core/error.hpp"

namespace tandem::cli {

/// The failure for an error of alloc::biproportional. An invalid argument can only
/// concern the request itself (the files were checked already): a usage error.
/// Other errors are invalid input. `quantum_text` is the quantum as printed: the
/// engine counts in quanta, and the message says so when a quantum is not 1.
[[nodiscard]] biproportional_failure describe_biproportional_error(const tandem::error& e, const margin_file& rows,
                                                                   const margin_file& cols,
                                                                   const std::string& quantum_text);

}  // namespace tandem::cli
