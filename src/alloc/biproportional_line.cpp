#include "biproportional_line.hpp"

#include <algorithm>
#include <bit>
#include <compare>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <type_traits>

#include "signpost_ratio.hpp"

namespace tandem::alloc::detail {
namespace {

rational to_rational(const ratio<uint128>& r) { return rational(to_big(r.num), to_big(r.den)); }
rational to_rational(const ratio<big_int>& r) { return rational(r.num, r.den); }

/// Integers of at most 62 bits proportional (up to rounding) to the effective
/// weights v_k = w_k * p_k / q_k, at least 1 for every positive weight so that the
/// engine keeps the zero pattern. With 2^shift the common scale, v_k * 2^shift lies
/// within 2 of approx[k], which the filter in interval_of relies on: w * mant is
/// w * p/q * 2^(63 - e) less at most w; shifted right by 63 - e - shift >= bits(w) + 2
/// the error is below 1, and the floor adds at most 1 more. One multiplication a cell,
/// whatever the size of the multipliers.
void approximate_weights(std::span<const std::int64_t> weights, std::span<const scaled_multiplier> scaled,
                         std::vector<std::int64_t>& approx) {
  // v_k < 2^(x_k + 1) with x_k = bits(w_k) + e_k. The scale is set by the sum of the
  // 2^x_k, not their maximum: their sum then comes to about 2^61, so that an error of
  // 2 in one approximation moves the engine's counts by at most a few units even for
  // totals near 2^63 (one dominant weight would otherwise leave the others a scale
  // where rounding costs hundreds of units each). With 2^sum_bits >= the sum of the
  // 2^x_k, every approximation is below 2^62 in all and the one-dimensional engine
  // stays on its 64-bit path, which needs the sum of the weights below 2^64.
  int top = -1000000;
  for (std::size_t k = 0; k < weights.size(); ++k) {
    if (weights[k] == 0) continue;
    top = std::max(top, static_cast<int>(std::bit_width(static_cast<std::uint64_t>(weights[k]))) + scaled[k].e);
  }
  // The sum of 2^(x_k - top) in 32-bit fixed point, each term rounded up.
  std::uint64_t sum = 0;
  for (std::size_t k = 0; k < weights.size(); ++k) {
    if (weights[k] == 0) continue;
    const int below = top - (static_cast<int>(std::bit_width(static_cast<std::uint64_t>(weights[k]))) + scaled[k].e);
    sum += below >= 32 ? 1 : (std::uint64_t{1} << (32 - below));
  }
  const int sum_bits = top + static_cast<int>(std::bit_width(sum)) - 32;  // 2^sum_bits >= the sum
  const int shift = 61 - sum_bits;  // <= 61 - x_k for every k: the error bound below holds
  approx.assign(weights.size(), 0);
  for (std::size_t k = 0; k < weights.size(); ++k) {
    if (weights[k] == 0) continue;
    const int down = 63 - scaled[k].e - shift;  // >= 2 + bits(w_k)
    const uint128 x = uint128{static_cast<std::uint64_t>(weights[k])} * scaled[k].mant;
    const std::int64_t a = down >= 128 ? 0 : static_cast<std::int64_t>(static_cast<std::uint64_t>(x >> down));
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

[[gnu::always_inline]] inline small_ratio small_signpost(method m, std::uint64_t j) {
  switch (m) {
    case method::jefferson:
      return {j + 1, 1};
    case method::adams:
      return {j, 1};
    case method::modified_sainte_lague:
      return j == 0 ? small_ratio{7, 10} : small_ratio{2 * j + 1, 2};
    case method::dean:
      return {2 * j * (j + 1), 2 * j + 1};
    default:
      return {2 * j + 1, 2};
  }
}

/// Orders the thresholds s_a / v_a and s_b / v_b of two cells from the approximate
/// weights (approximate_weights: v * 2^shift lies within 2 of the approximation)
/// when that decides: -1 or 1; 0 when it does not. Exact integer arithmetic: t_a <
/// s_a / (v_a - 2) and t_b > s_b / (v_b + 2), so t_a < t_b is certain when
/// s_a * (v_b + 2) <= s_b * (v_a - 2), the fractions cross-multiplied (each product
/// below 2^62 * 2^62).
[[gnu::always_inline]] inline int filter_order(small_ratio sa, std::int64_t va, small_ratio sb, std::int64_t vb) {
  const std::uint64_t ab = sa.num * sb.den;
  const std::uint64_t ba = sb.num * sa.den;
  if (va >= 3 && uint128{ab} * static_cast<std::uint64_t>(vb + 2) <= uint128{ba} * static_cast<std::uint64_t>(va - 2)) {
    return -1;
  }
  if (vb >= 3 && uint128{ba} * static_cast<std::uint64_t>(va + 2) <= uint128{ab} * static_cast<std::uint64_t>(vb - 2)) {
    return 1;
  }
  return 0;
}

template <class U>
line_interval<U> interval_of(std::span<const std::int64_t> weights, std::span<const ratio<U>> other, method m, std::span<const std::int64_t> counts,
                             std::span<const std::int64_t> approx) {
  // The best cells so far and the index of their signpost; exact thresholds are formed
  // only when the approximate weights cannot order two cells.
  struct best {
    std::size_t cell = 0;
    std::uint64_t j = 0;
    bool present = false;
  };
  const auto order = [&](std::uint64_t ja, std::size_t a, const best& b) {
    if (!approx.empty() && ja < filter_limit && b.j < filter_limit) {
      if (const int quick = filter_order(small_signpost(m, ja), approx[a], small_signpost(m, b.j), approx[b.cell])) {
        return quick;
      }
    }
    const std::strong_ordering exact = compare(threshold<U>(signpost_ratio<uint128>(m, ja), weights, other, a),
                                               threshold<U>(signpost_ratio<uint128>(m, b.j), weights, other, b.cell));
    return exact < 0 ? -1 : (exact > 0 ? 1 : 0);
  };
  const bool zero_first = first_signpost_is_zero(m);
  best lower;
  best upper;
  for (std::size_t k = 0; k < weights.size(); ++k) {
    if (weights[k] == 0) continue;
    const auto n = static_cast<std::uint64_t>(counts[k]);
    if (n > 0 && !(n == 1 && zero_first) && (!lower.present || order(n - 1, k, lower) >= 0)) lower = {k, n - 1, true};
    if (!upper.present || order(n, k, upper) < 0) upper = {k, n, true};
  }
  line_interval<U> out;
  if (lower.present) out.lower = {threshold<U>(signpost_ratio<uint128>(m, lower.j), weights, other, lower.cell), lower.cell, true};
  if (upper.present) out.upper = {threshold<U>(signpost_ratio<uint128>(m, upper.j), weights, other, upper.cell), upper.cell, true};
  return out;
}

/// The simplest rational strictly inside the middle third of (a, b), searched among
/// fractions of 62 significant bits so that the search runs in 128-bit arithmetic.
/// Nothing when the middle third is too narrow (or too far from 1) for that.
std::optional<rational> simplest_in_middle_third(const ratio<big_int>& a, const ratio<big_int>& b) {
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
  return to_rational(*r);
}

/// The line's multiplier: inside the interval, away from its ends (the simplest
/// rational in its middle third: scaling converges faster from there), or on the
/// single point of a degenerate interval (a tie). Nothing if the interval is empty.
template <class U>
std::optional<line_fit> choose_within(const line_interval<U>& range) {
  const ratio<U> lo = range.lower.present ? range.lower.value : ratio<U>{U(0U), U(1U)};
  if (!range.upper.present) {  // no positive weight: any multiplier will do
    return line_fit{to_rational(*simplest_between<U>(lo, ratio<U>{U(1U), U(0U)})), false};
  }
  const std::strong_ordering order = compare(lo, range.upper.value);
  if (order > 0) return std::nullopt;
  if (order == 0) return line_fit{to_rational(lo), true};
  if (const std::optional<rational> r = simplest_in_middle_third(to_big(lo), to_big(range.upper.value))) {
    return line_fit{*r, false};
  }
  if (auto r = simplest_between<U>(lo, range.upper.value)) return line_fit{to_rational(*r), false};
  return line_fit{to_rational(*simplest_between<big_int>(to_big(lo), to_big(range.upper.value))), false};
}

template <class U>
line_fit fit(std::span<const std::int64_t> weights, std::span<const ratio<U>> other,
             std::span<const scaled_multiplier> scaled, std::int64_t total, method m, std::span<std::int64_t> counts,
             line_scratch& scratch) {
  const std::size_t size = weights.size();
  approximate_weights(weights, scaled, scratch.approx);
  apportion(total, scratch.approx, {.m = m}, {}, counts, scratch.engine);

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
  approximate_weights(weights, scaled, scratch.approx);
  const std::optional<line_fit> f = choose_within(interval_of<U>(weights, other, m, counts, scratch.approx));
  if (!f) throw std::logic_error("biproportional: polishing a line whose counts are not a valid rounding");
  return *f;
}

}  // namespace

line_fit fit_line(std::span<const std::int64_t> weights, std::span<const ratio<uint128>> other,
                  std::span<const scaled_multiplier> scaled, std::int64_t total, method m,
                  std::span<std::int64_t> counts, line_scratch& scratch) {
  return fit<uint128>(weights, other, scaled, total, m, counts, scratch);
}

line_fit fit_line(std::span<const std::int64_t> weights, std::span<const ratio<big_int>> other,
                  std::span<const scaled_multiplier> scaled, std::int64_t total, method m, std::span<std::int64_t> counts, line_scratch& scratch) {
  return fit<big_int>(weights, other, scaled, total, m, counts, scratch);
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

void other_side::assign(std::span<const rational> multipliers, method m, unsigned weight_bits,
                        std::int64_t largest_total) {
  unsigned num_bits = 0;
  unsigned den_bits = 0;
  for (const rational& r : multipliers) {
    num_bits = std::max(num_bits, bit_length(big_int(mp::numerator(r))));
    den_bits = std::max(den_bits, bit_length(big_int(mp::denominator(r))));
  }
  fast_ = fits_in_128_bits(m, weight_bits, num_bits, den_bits, largest_total);
  if (fast_) {
    small_.resize(multipliers.size());
    scaled_.resize(multipliers.size());
    for (std::size_t k = 0; k < multipliers.size(); ++k) {
      small_[k] = {to_uint128(mp::numerator(multipliers[k])), to_uint128(mp::denominator(multipliers[k]))};
      scaled_[k] = scale_multiplier(small_[k]);
    }
  } else {
    big_.resize(multipliers.size());
    scaled_.resize(multipliers.size());
    for (std::size_t k = 0; k < multipliers.size(); ++k) {
      big_[k] = {mp::numerator(multipliers[k]), mp::denominator(multipliers[k])};
      scaled_[k] = scale_multiplier(big_[k]);
    }
  }
}

line_fit other_side::fit(std::span<const std::int64_t> weights, std::int64_t total, method m,
                         std::span<std::int64_t> counts, line_scratch& scratch) const {
  return fast_ ? fit_line(weights, small_, scaled_, total, m, counts, scratch)
               : fit_line(weights, big_, scaled_, total, m, counts, scratch);
}

line_fit other_side::polish(std::span<const std::int64_t> weights, method m, std::span<const std::int64_t> counts,
                            line_scratch& scratch) const {
  return fast_ ? polish_line(weights, small_, scaled_, m, counts, scratch)
               : polish_line(weights, big_, scaled_, m, counts, scratch);
}

}  // namespace tandem::alloc::detail
