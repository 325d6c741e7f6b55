// tests/alloc/support/rational_certificate.hpp — an independent check of a
// biproportional certificate, written from the textbook definitions.
//
// It deliberately shares no code with the engine or with check_biproportional:
// every quotient is a boost rational w / (row divisor * column divisor), and the
// signposts of each divisor method are spelled out literally:
//   jefferson s(k) = k + 1             adams            s(k) = k
//   webster   s(k) = k + 1/2           dean             s(k) = k(k+1) / (k + 1/2)
//   modified Sainte-Lague s(0) = 0.7, then k + 1/2
//   huntington-hill s(k) = sqrt(k(k+1))  (compared squared, no square roots)
// A quotient x rounds to n when s(n-1) <= x <= s(n): n counts the signposts
// below x, and a quotient exactly on a signpost may round either way.
//
//   EXPECT_EQ(verify_biproportional(rows, cols, w, r.shares, r.row_divisors,
//                                   r.column_divisors, method::webster, 1), "");
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "tandem/alloc/biproportional.hpp"
#include "tandem/alloc/method.hpp"
#include "tandem/core/multiprecision.hpp"

namespace tandem::alloc::test_support {

/// The whole numbers a quotient may round to under a divisor method: every n in
/// [low, high]. low == high unless the quotient lies exactly on a signpost.
struct rounding_range {
  big_int low;   ///< signposts strictly below the quotient
  big_int high;  ///< signposts at or below the quotient
};

/// The roundings allowed for the quotient x >= 0 under divisor method m.
[[nodiscard]] rounding_range allowed_roundings(method m, const rational& x);

/// Checks that `shares` with the given divisors is a biproportional apportionment
/// of `weights` (row-major) to the given totals under method m and quantum:
/// sizes, quantum, shares non-negative multiples of the quantum, margins, positive
/// divisors, zero for zero weight, and every other cell within the method's
/// rounding of w / (row divisor * column divisor). Returns "" when all hold, else
/// a description of the first fault (rows first, then columns, then cells).
[[nodiscard]] std::string verify_biproportional(std::span<const std::int64_t> row_totals,
                                                std::span<const std::int64_t> column_totals,
                                                std::span<const std::int64_t> weights,
                                                std::span<const std::int64_t> shares,
                                                std::span<const rational> row_divisors,
                                                std::span<const rational> column_divisors, method m,
                                                std::int64_t quantum);

/// True if some cell with positive weight has a quotient exactly on a signpost
/// under these divisors (what biproportional_result::tied must report). Sizes
/// must already be valid (call verify_biproportional first).
[[nodiscard]] bool some_cell_on_signpost(std::size_t rows, std::size_t cols, std::span<const std::int64_t> weights,
                                         std::span<const rational> row_divisors,
                                         std::span<const rational> column_divisors, method m);

/// One biproportional request that owns its data (weights row-major).
struct matrix_problem {
  std::vector<std::int64_t> rows;     ///< row totals
  std::vector<std::int64_t> cols;     ///< column totals
  std::vector<std::int64_t> weights;  ///< rows.size() x cols.size(), row-major
  biproportional_options opts{};
};

/// verify_biproportional on an engine result (its shares and both divisors).
[[nodiscard]] std::string verify_result(const matrix_problem& p, const biproportional_result& r);

/// The engine's answer to p (throws what the engine throws).
[[nodiscard]] biproportional_result solve(const matrix_problem& p);

/// A readable dump of the problem for failure messages.
[[nodiscard]] std::string describe(const matrix_problem& p);

/// A matrix (row-major, `cols` wide) as text, one row a line.
[[nodiscard]] std::string describe_matrix(std::span<const std::int64_t> cells, std::size_t cols);

}  // namespace tandem::alloc::test_support
