// tandem/alloc/biproportional.hpp — biproportional apportionment of a matrix.
//
// A total is split two ways at once: among rows (sales units) and among columns
// (product lines), each with its own totals. Biproportional apportionment fills the
// row x column matrix so that every row and every column meets its total exactly and
// every cell is its weight scaled by a row divisor and a column divisor, rounded by a
// divisor method:
//
//   share[i][j] = quantum * round(weight[i][j] / (row_divisor[i] * column_divisor[j]))
//
// The divisors are exact rationals and come back with the result: a certificate that
// anyone can check cell by cell (check_biproportional does). Cells with weight zero
// stay zero. This is the method of Balinski and Demange (1989), used for the Swiss
// cantonal parliaments since 2006 (the "doppelter Pukelsheim"); see
// docs/biproportional.md for the statement and the algorithm.
//
//   std::vector<std::int64_t> rows{5, 3}, cols{4, 4};
//   std::vector<std::int64_t> w{30, 10,
//                               10, 20};            // row-major, rows x cols
//   auto r = tandem::alloc::biproportional(rows, cols, w);   // webster by default
//   // r.shares == {3, 2,
//   //              1, 2}: rows 5 and 3, columns 4 and 4
//
// Rounding: the divisor methods of tandem/alloc/method.hpp with rational signposts:
// webster (standard rounding, the default), jefferson (down), adams (up), dean and
// modified Sainte-Lague. Largest remainder (hamilton) has no divisors, and
// huntington-hill's signposts sqrt(k(k+1)) are irrational, so a tie under it would
// need an irrational divisor: both are refused. A cell whose quotient lies exactly
// on a signpost (a tie) may round either way; the engine settles ties
// deterministically and says so in `tied` (which of the valid matrices a tie gives
// may change between versions of the library; the same version always gives the same).
//
// The algorithm (docs/biproportional.md): alternating scaling, each row or column
// fitted exactly by the one-dimensional engine with the divisor chosen as the
// simplest rational in the middle of its valid interval, then, when scaling stalls,
// tie-and-transfer in exact rationals, which always finishes and detects totals that
// the zero pattern makes impossible.
//
// Exact: weights, totals and divisors are integers and rationals, never floating
// point. Deterministic: the same input gives the same shares and divisors.
// Strong guarantee: on failure no output is produced.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "tandem/alloc/method.hpp"
#include "tandem/core/multiprecision.hpp"

namespace tandem::alloc {

struct biproportional_options {
  method m = method::webster;  ///< a divisor method other than huntington_hill
  std::int64_t quantum = 1;    ///< every share is a whole multiple of this (> 0)
};

/// What one call did, for the curious and for benchmarks.
struct biproportional_stats {
  std::size_t scaling_passes = 0;  ///< alternating scaling passes after the first row fit
  std::size_t transfer_steps = 0;  ///< tie-and-transfer phases (one unit moved in each)
  bool used_multiprecision = false;  ///< a step needed more than 128-bit arithmetic (always
                                     ///< with tie-and-transfer; divisors are sized before
                                     ///< reduction to lowest terms, so this is conservative)
};

struct biproportional_result {
  /// rows x cols shares, row-major, in the caller's units (multiples of the quantum).
  std::vector<std::int64_t> shares;
  /// The certificate: share[i][j] / quantum is weight[i][j] / (row_divisors[i] *
  /// column_divisors[j]) rounded by the method (either way when exactly on a
  /// signpost). All divisors are positive.
  std::vector<rational> row_divisors;
  std::vector<rational> column_divisors;
  /// True if some cell with positive weight lies exactly on a signpost under these
  /// divisors: another apportionment meeting the same totals may exist, and this one
  /// was chosen deterministically (the same input always gives the same matrix).
  bool tied = false;
  biproportional_stats stats{};
};

/// Apportions a rows x cols matrix. `weights` is row-major with
/// row_totals.size() * column_totals.size() entries.
///
/// Throws tandem::error:
///  * errc::invalid_argument — no rows or no columns; weights of the wrong size;
///    hamilton, huntington_hill or a method out of range; quantum <= 0;
///  * errc::out_of_range — a negative weight or total (index() is the row, column or
///    cell: see the message);
///  * errc::infeasible — the row totals and the column totals differ in sum; a total
///    not a multiple of the quantum; totals that the pattern of zero weights makes
///    impossible to meet (a row or column with a positive total and no positive
///    weight; for adams and dean, which give every positive cell at least one
///    quantum, a total below its number of positive cells; more generally a
///    set of columns needing more than the rows that have weight in them can give).
///    The message names the rows and columns concerned (counted from 1), and
///    children() holds them, zero-based, columns first: row i as i, column j as
///    rows + j, cell (i, j) as i * cols + j for a negative weight;
///  * errc::overflow — a sum of totals beyond int64.
[[nodiscard]] biproportional_result biproportional(std::span<const std::int64_t> row_totals,
                                                   std::span<const std::int64_t> column_totals,
                                                   std::span<const std::int64_t> weights,
                                                   const biproportional_options& opts = {});

/// Checks a certificate independently of how it was found: sizes, margins, quantum,
/// positive divisors, and every cell equal to the method's rounding of
/// weight / (row divisor * column divisor) (either neighbour when exactly on a
/// signpost; zero for zero weight). Throws tandem::error (errc::infeasible) naming the
/// first row, column or cell that fails (indices as for biproportional()), or
/// errc::invalid_argument for sizes that do not match, no rows or columns, or a
/// method the engine refuses; returns normally when the certificate holds.
void check_biproportional(std::span<const std::int64_t> row_totals, std::span<const std::int64_t> column_totals,
                          std::span<const std::int64_t> weights, std::span<const std::int64_t> shares,
                          std::span<const rational> row_divisors, std::span<const rational> column_divisors,
                          const biproportional_options& opts = {});

}  // namespace tandem::alloc
