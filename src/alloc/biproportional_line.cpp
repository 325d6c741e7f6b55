#include "biproportional_line.hpp"

#include <algorithm>
#include <bit>
#include <compare>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <type_traits>

#include "biproportional_state.hpp"
#include "signpost_ratio.hpp"

namespace tandem::alloc::detail {
namespace {

// simplest_between's answers are in lowest terms (continued fractions); the end of a
// degenerate interval need not be: whoever keeps it calls keep_short.
ratio<big_int> to_fraction(const ratio<uint128>& r) { return to_big(r); }
ratio<big_int> to_fraction(const ratio<big_int>& r) { return r; }

/// Integers of at most 62 bits proportional (up to rounding) to the effective
/// weights v_k = w_k * p_k / q_k, at least 1 for every positive weight so that the
/// engine keeps the zero pattern. With 2^shift the common scale, v_k * 2^shift lies
/// within 2 of approx[k], which the filter in interval_of relies on: w * mant is
/// w * p/q * 2^(63 - e) less at most w; shifted right by 63 - e - shift >= bits(w) + 2
/// the error is below 1, and the floor adds at most 1 more. One multiplication a cell,
/// whatever the size of the multipliers.
void approximate_weights(std::span<const std::int64_t> weights, std::span<const scaled_multiplier> scaled,
                         line_scratch& scratch) {
  // v_k < 2^(x_k + 1) with x_k = bits(w_k) + e_k. The scale is set by the sum of the
  // 2^x_k, not their maximum: their sum then comes to about 2^61, so that an error of
  // 2 in one approximation moves the engine's counts by at most a few units even for
  // totals near 2^63 (one dominant weight would otherwise leave the others a scale
  // where rounding costs hundreds of units each). With 2^sum_bits >= the sum of the
  // 2^x_k, every approximation is below 2^62 in all and the one-dimensional engine
  // stays on its 64-bit path, which needs the sum of the weights below 2^64.
  const std::size_t size = weights.size();
  constexpr int absent = -(1 << 24);  // x of a zero weight: below every other by far
  std::vector<int>& x = scratch.exponents;
  x.resize(size);
  int top = absent;
  for (std::size_t k = 0; k < size; ++k) {
    const auto w = static_cast<std::uint64_t>(weights[k]);
    x[k] = w == 0 ? absent : static_cast<int>(std::bit_width(w)) + scaled[k].e;
    top = std::max(top, x[k]);
  }
  std::vector<std::int64_t>& approx = scratch.approx;
  approx.resize(size);
  if (top == absent) {  // no positive weight
    std::fill(approx.begin(), approx.end(), 0);
    return;
  }
  // The sum of 2^(x_k - top) in 32-bit fixed point, each term rounded up.
  std::uint64_t sum = 0;
  for (std::size_t k = 0; k < size; ++k) {
    const int below = top - x[k];
    sum += below >= 32 ? static_cast<std::uint64_t>(x[k] != absent) : (std::uint64_t{1} << (32 - below));
  }
  const int sum_bits = top + static_cast<int>(std::bit_width(sum)) - 32;  // 2^sum_bits >= the sum
  const int shift = 61 - sum_bits;  // <= 61 - x_k for every k: the error bound below holds
  for (std::size_t k = 0; k < size; ++k) {
    const auto w = static_cast<std::uint64_t>(weights[k]);
    if (w == 0) {  // the bound on `down` holds for positive weights only
      approx[k] = 0;
      continue;
    }
    const int down = 63 - scaled[k].e - shift;  // >= 2 + bits(w_k)
    const uint128 product = uint128{w} * scaled[k].mant;
    const std::int64_t a = down >= 128 ? 0 : static_cast<std::int64_t>(static_cast<std::uint64_t>(product >> down));
    approx[k] = a > 0 ? a : 1;
  }
}

template <class U>
struct claim {
  ratio<U> value{};
  std::size_t cell = 0;
  bool present = false;
};

/// The multipliers L under which every cell of the line rounds to its count:
/// s(n_k - 1) / v_k <= L <= s(n_k) / v_k for every cell with positive weight.
/// `lower` is the largest left end (the last cell attaining it: the best claim to
/// lose a unit), `upper` the smallest right end (the first: the best claim to gain one).
template <class U>
struct line_interval {
  claim<U> lower;
  claim<U> upper;
};

template <class U>
U widen(uint128 v) {
  if constexpr (std::is_same_v<U, uint128>) {
    return v;
  } else {
    return to_big(v);
  }
}

/// The threshold s / v_k of cell k, exactly.
template <class U>
ratio<U> threshold(const ratio<uint128>& s, std::span<const std::int64_t> weights, std::span<const ratio<U>> other,
                   std::size_t k) {
  const U v = U(static_cast<std::uint64_t>(weights[k])) * other[k].num;  // v_k = v / other[k].den
  return {U(widen<U>(s.num) * other[k].den), U(widen<U>(s.den) * v)};
}

/// Signposts of counts below 2^20 as 64-bit fractions (numerators below 2^41,
/// denominators below 2^21): what the filter below multiplies.
constexpr std::uint64_t filter_limit = std::uint64_t{1} << 20;

struct small_ratio {
  std::uint64_t num;
  std::uint64_t den;
};

template <method M>
[[gnu::always_inline]] inline small_ratio small_signpost(std::uint64_t j) {
  if constexpr (M == method::jefferson) {
    return {j + 1, 1};
  } else if constexpr (M == method::adams) {
    return {j, 1};
  } else if constexpr (M == method::modified_sainte_lague) {
    return j == 0 ? small_ratio{7, 10} : small_ratio{2 * j + 1, 2};
  } else if constexpr (M == method::dean) {
    return {2 * j * (j + 1), 2 * j + 1};
  } else {
    return {2 * j + 1, 2};
  }
}

/// A cell as the filter sees it: its signpost and its approximate weight.
struct filter_cell {
  small_ratio s;
  std::int64_t v;
};

/// True if the threshold s_a / v_a is certainly below s_b / v_b, judged from the
/// approximate weights (approximate_weights: v * 2^shift lies within 2 of the
/// approximation). Exact integer arithmetic: t_a < s_a / (v_a - 2) and t_b > s_b /
/// (v_b + 2), so t_a < t_b is certain when s_a * (v_b + 2) <= s_b * (v_a - 2), the
/// fractions cross-multiplied (each product below 2^62 * 2^62). False says nothing.
[[gnu::always_inline]] inline bool certainly_below(filter_cell a, filter_cell b) {
  return a.v >= 3 && uint128{a.s.num * b.s.den} * static_cast<std::uint64_t>(b.v + 2) <=
                         uint128{b.s.num * a.s.den} * static_cast<std::uint64_t>(a.v - 2);
}

/// interval_of for one method: the signposts are known at compile time, and the best
/// cells keep their filter view, so that most cells cost a comparison or two.
template <method M, class U>
line_interval<U> interval_for(std::span<const std::int64_t> weights, std::span<const ratio<U>> other,
                              std::span<const std::int64_t> counts, std::span<const std::int64_t> approx) {
  // The best cells so far and the index of their signpost; exact thresholds are formed
  // only when the approximate weights cannot order two cells.
  struct best {
    std::size_t cell = 0;
    std::uint64_t j = 0;
    filter_cell view{};
    bool filtered = false;  // the filter may judge it
    bool present = false;
  };
  const bool filter = !approx.empty();
  const auto make = [&](std::size_t k, std::uint64_t j) {
    const bool filtered = filter && j < filter_limit;
    return best{k, j, filtered ? filter_cell{small_signpost<M>(j), approx[k]} : filter_cell{}, filtered, true};
  };
  // -1, 0 or 1 as cell k's threshold at signpost j compares with b's.
  const auto exact_order = [&](std::uint64_t j, std::size_t k, const best& b) {
    const std::strong_ordering exact = compare(threshold<U>(signpost_ratio<uint128>(M, j), weights, other, k),
                                               threshold<U>(signpost_ratio<uint128>(M, b.j), weights, other, b.cell));
    return exact < 0 ? -1 : (exact > 0 ? 1 : 0);
  };
  constexpr bool zero_first = first_signpost_is_zero(M);
  best lower;
  best upper;
  for (std::size_t k = 0; k < weights.size(); ++k) {
    if (weights[k] == 0) continue;
    const auto n = static_cast<std::uint64_t>(counts[k]);
    // The lower end is the largest s(n - 1) / v: most cells are certainly below it.
    if (n > 0 && !(zero_first && n == 1)) {
      bool take = !lower.present;
      if (!take) {
        const bool quick = lower.filtered && n - 1 < filter_limit;
        const filter_cell here{quick ? small_signpost<M>(n - 1) : small_ratio{}, quick ? approx[k] : 0};
        if (!(quick && certainly_below(here, lower.view))) {
          take = (quick && certainly_below(lower.view, here)) || exact_order(n - 1, k, lower) >= 0;
        }
      }
      if (take) lower = make(k, n - 1);
    }
    // The upper end is the smallest s(n) / v: most cells are certainly above it.
    bool take = !upper.present;
    if (!take) {
      const bool quick = upper.filtered && n < filter_limit;
      const filter_cell here{quick ? small_signpost<M>(n) : small_ratio{}, quick ? approx[k] : 0};
      if (!(quick && certainly_below(upper.view, here))) {
        take = (quick && certainly_below(here, upper.view)) || exact_order(n, k, upper) < 0;
      }
    }
    if (take) upper = make(k, n);
  }
  line_interval<U> out;
  if (lower.present) {
    out.lower = {threshold<U>(signpost_ratio<uint128>(M, lower.j), weights, other, lower.cell), lower.cell, true};
  }
  if (upper.present) {
    out.upper = {threshold<U>(signpost_ratio<uint128>(M, upper.j), weights, other, upper.cell), upper.cell, true};
  }
  return out;
}

template <class U>
line_interval<U> interval_of(std::span<const std::int64_t> weights, std::span<const ratio<U>> other, method m,
                             std::span<const std::int64_t> counts, std::span<const std::int64_t> approx) {
  switch (m) {
    case method::jefferson:
      return interval_for<method::jefferson, U>(weights, other, counts, approx);
    case method::adams:
      return interval_for<method::adams, U>(weights, other, counts, approx);
    case method::modified_sainte_lague:
      return interval_for<method::modified_sainte_lague, U>(weights, other, counts, approx);
    case method::dean:
      return interval_for<method::dean, U>(weights, other, counts, approx);
    case method::webster:
      return interval_for<method::webster, U>(weights, other, counts, approx);
    case method::hamilton:
    case method::huntington_hill:
      break;
  }
  // biproportional() refuses both before any line is fitted.
  throw std::logic_error("biproportional: a line interval for a method without rational signposts");
}

/// The simplest rational strictly inside the middle third of (a, b), searched among
/// fractions of 62 significant bits so that the search runs in 128-bit arithmetic.
/// Nothing when the middle third is too narrow (or too far from 1) for that.
std::optional<ratio<big_int>> simplest_in_middle_third(const ratio<big_int>& a, const ratio<big_int>& b) {
  const big_int ad = a.num * b.den;
  const big_int bc = b.num * a.den;
  const big_int den = 3 * a.den * b.den;
  const big_int low_num = 2 * ad + bc;   // (2a + b) / 3
  const big_int high_num = ad + 2 * bc;  // (a + 2b) / 3
  // 2^shift * (high_num / den) has about 62 bits.
  const int shift = 62 - (static_cast<int>(bit_length(high_num)) - static_cast<int>(bit_length(den)));
  if (shift < 0 || shift > 120) return std::nullopt;
  const big_int low = (low_num << shift) / den + 1;  // > 2^shift * low end
  const big_int high = (high_num << shift) / den;    // <= 2^shift * high end
  if (low >= high) return std::nullopt;
  const uint128 scale = uint128{1} << shift;
  const auto r = simplest_between<uint128>({to_uint128(low), scale}, {to_uint128(high), scale});
  if (!r) return std::nullopt;
  return to_fraction(*r);
}

/// The line's multiplier: inside the interval, away from its ends (the simplest
/// rational in its middle third: scaling converges faster from there), or on the
/// single point of a degenerate interval (a tie). Nothing if the interval is empty.
template <class U>
std::optional<line_fit> choose_within(const line_interval<U>& range) {
  const ratio<U> lo = range.lower.present ? range.lower.value : ratio<U>{U(0U), U(1U)};
  if (!range.upper.present) {  // no positive weight: any multiplier will do
    return line_fit{to_fraction(*simplest_between<U>(lo, ratio<U>{U(1U), U(0U)})), false};
  }
  const std::strong_ordering order = compare(lo, range.upper.value);
  if (order > 0) return std::nullopt;
  if (order == 0) return line_fit{to_fraction(lo), true};
  if (std::optional<ratio<big_int>> r = simplest_in_middle_third(to_big(lo), to_big(range.upper.value))) {
    return line_fit{*r, false};
  }
  if (auto r = simplest_between<U>(lo, range.upper.value)) return line_fit{to_fraction(*r), false};
  return line_fit{to_fraction(*simplest_between<big_int>(to_big(lo), to_big(range.upper.value))), false};
}

/// A warm start: the line's counts, a unit short or over, get the unit with the best
/// claim to it (or lose the one with the best claim to go). False when the counts are
/// further from the total than that: apportioning again is cheaper than a scan a unit.
template <class U>
bool top_up(std::span<const std::int64_t> weights, std::span<const ratio<U>> other, std::int64_t total, method m,
            std::span<std::int64_t> counts, std::span<const std::int64_t> approx) {
  std::int64_t sum = 0;  // at most the sum of the other side's totals: no overflow
  for (const std::int64_t n : counts) sum += n;
  const std::int64_t short_by = total - sum;  // both in [0, 2^63): no overflow
  if (short_by == 0) return true;
  if (short_by != 1 && short_by != -1) return false;
  const line_interval<U> range = interval_of<U>(weights, other, m, counts, approx);
  const claim<U>& best = short_by > 0 ? range.upper : range.lower;
  if (!best.present) return false;
  counts[best.cell] += short_by;
  return true;
}

template <class U>
line_fit fit(std::span<const std::int64_t> weights, std::span<const ratio<U>> other,
             std::span<const scaled_multiplier> scaled, std::int64_t total, method m, std::span<std::int64_t> counts,
             start from, line_scratch& scratch) {
  const std::size_t size = weights.size();
  approximate_weights(weights, scaled, scratch);
  if (from == start::cold || !top_up<U>(weights, other, total, m, counts, scratch.approx)) {
    apportion(total, scratch.approx, {.m = m}, {}, counts, scratch.engine);
  }

  // Each move strictly lowers the sum of the claims held, so the loop ends; the guard
  // only turns a logic error into an exception instead of a hang.
  for (std::size_t moves = 0;; ++moves) {
    if (moves > 64 * size + 1024) throw std::logic_error("biproportional: a line fit did not settle");
    const line_interval<U> range = interval_of<U>(weights, other, m, counts, scratch.approx);
    if (const std::optional<line_fit> f = choose_within(range)) return *f;
    // The approximation put a unit in the wrong cell: move it. (There is a lower
    // claim: without one lo = 0, and an upper claim is never below 0.)
    --counts[range.lower.cell];
    ++counts[range.upper.cell];
  }
}

template <class U>
line_fit polish(std::span<const std::int64_t> weights, std::span<const ratio<U>> other,
                std::span<const scaled_multiplier> scaled, method m, std::span<const std::int64_t> counts,
                line_scratch& scratch) {
  approximate_weights(weights, scaled, scratch);
  const std::optional<line_fit> f = choose_within(interval_of<U>(weights, other, m, counts, scratch.approx));
  if (!f) throw std::logic_error("biproportional: polishing a line whose counts are not a valid rounding");
  return *f;
}

}  // namespace

line_fit fit_line(std::span<const std::int64_t> weights, std::span<const ratio<uint128>> other,
                  std::span<const scaled_multiplier> scaled, std::int64_t total, method m,
                  std::span<std::int64_t> counts, start from, line_scratch& scratch) {
  return fit<uint128>(weights, other, scaled, total, m, counts, from, scratch);
}

line_fit fit_line(std::span<const std::int64_t> weights, std::span<const ratio<big_int>> other,
                  std::span<const scaled_multiplier> scaled, std::int64_t total, method m,
                  std::span<std::int64_t> counts, start from, line_scratch& scratch) {
  return fit<big_int>(weights, other, scaled, total, m, counts, from, scratch);
}

line_fit polish_line(std::span<const std::int64_t> weights, std::span<const ratio<uint128>> other,
                     std::span<const scaled_multiplier> scaled, method m, std::span<const std::int64_t> counts,
                     line_scratch& scratch) {
  return polish<uint128>(weights, other, scaled, m, counts, scratch);
}

line_fit polish_line(std::span<const std::int64_t> weights, std::span<const ratio<big_int>> other,
                     std::span<const scaled_multiplier> scaled, method m, std::span<const std::int64_t> counts,
                     line_scratch& scratch) {
  return polish<big_int>(weights, other, scaled, m, counts, scratch);
}

bool fits_in_128_bits(method m, unsigned weight_bits, unsigned num_bits, unsigned den_bits,
                      std::int64_t largest_total) {
  if (den_bits > 64 || weight_bits + num_bits > 127) return false;
  const signpost_bits s = signpost_bits_up_to(m, static_cast<std::uint64_t>(largest_total));
  return s.num + den_bits <= 128 && s.den + weight_bits + num_bits <= 128;
}

scaled_multiplier scale_multiplier(const ratio<uint128>& r) {
  // p < 2^127 and q < 2^64 on the 128-bit path (fits_in_128_bits), so p << (63 - e)
  // has at most 63 + bits(q) <= 127 bits.
  const int e = static_cast<int>(bit_length(r.num)) - static_cast<int>(bit_length(r.den));
  const int up = 63 - e;
  const uint128 mant = up >= 0 ? uint128(r.num << up) / r.den : uint128(r.num / r.den) >> -up;
  return {static_cast<std::uint64_t>(mant), e};
}

scaled_multiplier scale_multiplier(const ratio<big_int>& r) {
  const int e = static_cast<int>(bit_length(r.num)) - static_cast<int>(bit_length(r.den));
  const int up = 63 - e;
  const big_int mant = up >= 0 ? big_int((r.num << up) / r.den) : big_int((r.num / r.den) >> -up);
  return {static_cast<std::uint64_t>(mant), e};
}

void other_side::assign(std::span<const ratio<big_int>> multipliers, method m, unsigned weight_bits,
                        std::int64_t largest_total) {
  unsigned num_bits = 0;
  unsigned den_bits = 0;
  for (const ratio<big_int>& r : multipliers) {
    num_bits = std::max(num_bits, bit_length(r.num));
    den_bits = std::max(den_bits, bit_length(r.den));
  }
  fast_ = fits_in_128_bits(m, weight_bits, num_bits, den_bits, largest_total);
  scaled_.resize(multipliers.size());
  if (fast_) {
    small_.resize(multipliers.size());
    for (std::size_t k = 0; k < multipliers.size(); ++k) {
      small_[k] = {to_uint128(multipliers[k].num), to_uint128(multipliers[k].den)};
      scaled_[k] = scale_multiplier(small_[k]);
    }
  } else {
    big_.assign(multipliers.begin(), multipliers.end());
    for (std::size_t k = 0; k < multipliers.size(); ++k) scaled_[k] = scale_multiplier(big_[k]);
  }
}

line_fit other_side::fit(std::span<const std::int64_t> weights, std::int64_t total, method m,
                         std::span<std::int64_t> counts, start from, line_scratch& scratch) const {
  return fast_ ? fit_line(weights, small_, scaled_, total, m, counts, from, scratch)
               : fit_line(weights, big_, scaled_, total, m, counts, from, scratch);
}

line_fit other_side::polish(std::span<const std::int64_t> weights, method m, std::span<const std::int64_t> counts,
                            line_scratch& scratch) const {
  return fast_ ? polish_line(weights, small_, scaled_, m, counts, scratch)
               : polish_line(weights, big_, scaled_, m, counts, scratch);
}

}  // namespace tandem::alloc::detail
