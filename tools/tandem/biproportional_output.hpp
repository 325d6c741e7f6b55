// biproportional_output.hpp — the result of `tandem biproportional` as CSV or JSON text.
//
// Both writers return the whole document as a string: the command prints it only
// once everything has succeeded, so a failure never leaves partial output. Amounts
// are exact decimal strings at the request's scale, divisors exact fractions.
#pragma once

#include <cstdint>
#include <string>

#include "allocation_input.hpp"
#include "biproportional_input.hpp"
#include "tandem/alloc/biproportional.hpp"
#include "tandem/alloc/method.hpp"
#include "tandem/core/multiprecision.hpp"

namespace tandem::cli {

/// What was asked and what came out.
struct biproportional_report {
  alloc::method method;
  amount_rules rules;  ///< scale and quantum
  std::int64_t total;  ///< the sum of the row totals (= of the column totals), in units
  const margin_file& rows;
  const margin_file& cols;
  const weight_matrix& weights;
  const alloc::biproportional_result& result;
};

/// "row,col,share", then one line per cell, row-major in file order, zeros included.
[[nodiscard]] std::string write_biproportional_csv(const biproportional_report& report);

/// {"method", "total", "scale", "quantum", "tied", "shares": [{"row", "col", "share"}...],
///  "divisors": {"rows": {id: "p/q"...}, "cols": {id: "p/q"...}}}, indented by two
/// spaces, ending with a newline. The row divisors are stated for the weights as
/// written (the engine's, which apply to the weights at their common integer
/// scale, divided by 10^scale), so that the certificate can be checked against the
/// files: share / quantum = round(weight / (row divisor * column divisor)).
[[nodiscard]] std::string write_biproportional_json(const biproportional_report& report);

/// "p/q" in lowest terms, or "p" when q is 1.
[[nodiscard]] std::string rational_text(const rational& q);

}  // namespace tandem::cli
