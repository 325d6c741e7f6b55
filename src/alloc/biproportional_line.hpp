// One step of alternating scaling: fit one row (or one column) of the matrix to its
// total, given the other side's multipliers.
//
// The cells of the line have weights w_k and the other side's multipliers p_k / q_k,
// so their effective weights are v_k = w_k p_k / q_k. The line needs counts n_k
// summing to its total and a multiplier L of its own such that every n_k is the
// method's rounding of L * v_k. The counts come from the one-dimensional engine run
// on integer approximations of the v_k (fast, and almost always already right); the
// exact interval of valid L is then computed from the true v_k, and if the
// approximation misled the engine (near-ties, or a few units a cell when totals near
// 2^63 meet weights of very different sizes), single units are moved from the
// cell with the highest claim to lose one to the cell with the highest claim to gain
// one until the interval is non-empty. L is the simplest rational inside it.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "tandem/alloc/apportion.hpp"
#include "tandem/alloc/method.hpp"
#include "tandem/core/multiprecision.hpp"
#include "exact_ratio.hpp"

namespace tandem::alloc::detail {

/// What fitting a line found besides its counts.
struct line_fit {
  ratio<big_int> multiplier;  ///< the line's own multiplier L (positive; not always in lowest terms)
  bool tied = false;    ///< L is forced onto a signpost: some cell could round either way
};

/// Reusable memory for fitting lines (one per thread).
struct line_scratch {
  std::vector<std::int64_t> approx;
  std::vector<int> exponents;
  workspace engine;
};

/// A multiplier p/q in fixed point: mant = floor(p/q * 2^(63 - e)), e = bits(p) -
/// bits(q), so mant lies in [2^62, 2^64). Lets the 128-bit path approximate the
/// effective weights with one multiplication per cell instead of a 128-bit division.
struct scaled_multiplier {
  std::uint64_t mant = 0;
  int e = 0;
};
[[nodiscard]] scaled_multiplier scale_multiplier(const ratio<uint128>& r);
[[nodiscard]] scaled_multiplier scale_multiplier(const ratio<big_int>& r);

/// How fit_line starts: from nothing, or from the counts the line holds.
enum class start { cold, warm };

/// Fits a line whose cells have `weights` and, cell by cell, the other side's
/// multipliers `other` (finite, positive). `counts` receives the counts. A warm start
/// reads the line's current counts from `counts` first: once scaling is under way most
/// lines are a unit or none away from their total and still a valid rounding, and are
/// repaired unit by unit instead of apportioned again (the result is a valid rounding
/// either way). The uint128 version needs the bounds of fits_in_128_bits(); the
/// big_int version has none.
line_fit fit_line(std::span<const std::int64_t> weights, std::span<const ratio<uint128>> other,
                  std::span<const scaled_multiplier> scaled, std::int64_t total, method m,
                  std::span<std::int64_t> counts, start from, line_scratch& scratch);
line_fit fit_line(std::span<const std::int64_t> weights, std::span<const ratio<big_int>> other,
                  std::span<const scaled_multiplier> scaled, std::int64_t total, method m,
                  std::span<std::int64_t> counts, start from, line_scratch& scratch);

/// A new multiplier for a line whose counts are already a valid rounding (they stay as
/// they are): the same choice fit_line makes, to keep multipliers short.
line_fit polish_line(std::span<const std::int64_t> weights, std::span<const ratio<uint128>> other,
                     std::span<const scaled_multiplier> scaled, method m, std::span<const std::int64_t> counts,
                     line_scratch& scratch);
line_fit polish_line(std::span<const std::int64_t> weights, std::span<const ratio<big_int>> other,
                     std::span<const scaled_multiplier> scaled, method m, std::span<const std::int64_t> counts,
                     line_scratch& scratch);

/// True if every product fit_line forms stays within 128 bits: weights below
/// 2^weight_bits, multipliers with numerators below 2^num_bits and denominators below
/// 2^den_bits, line totals at most `largest_total`.
[[nodiscard]] bool fits_in_128_bits(method m, unsigned weight_bits, unsigned num_bits, unsigned den_bits,
                                    std::int64_t largest_total);

/// The other side's multipliers as fit_line and polish_line take them: in 128-bit form
/// when every product fits (fits_in_128_bits), else as big integers.
class other_side {
 public:
  /// `weight_bits`: bits of the largest weight; `largest_total`: of the lines to fit.
  void assign(std::span<const ratio<big_int>> multipliers, method m, unsigned weight_bits,
              std::int64_t largest_total);
  [[nodiscard]] bool fast() const noexcept { return fast_; }
  line_fit fit(std::span<const std::int64_t> weights, std::int64_t total, method m, std::span<std::int64_t> counts,
               start from, line_scratch& scratch) const;
  line_fit polish(std::span<const std::int64_t> weights, method m, std::span<const std::int64_t> counts,
                  line_scratch& scratch) const;

 private:
  bool fast_ = true;
  std::vector<ratio<uint128>> small_;
  std::vector<scaled_multiplier> scaled_;
  std::vector<ratio<big_int>> big_;
};

}  // namespace tandem::alloc::detail
