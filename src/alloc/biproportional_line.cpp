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

std::vector<uint128>& numerators(line_scratch& s, uint128) { return s.numerators128; }
std::vector<big_int>& numerators(line_scratch& s, const big_int&) { return s.numerators_big; }

rational to_rational(const ratio<uint128>& r) { return rational(to_big(r.num), to_big(r.den)); }
rational to_rational(const ratio<big_int>& r) { return rational(r.num, r.den); }

/// floor(n / d * 2^shift), for n < 2^(61 + bits(d)) when shift >= 0 (see the caller).
template <class U>
std::int64_t scaled_quotient(const U& n, const U& d, int shift) {
  U q = shift >= 0 ? U(U(n << shift) / d) : U(U(n / d) >> -shift);
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(q));
}

/// Integers of at most 62 bits proportional (up to rounding) to the effective weights, at least
/// 1 for every positive weight so that the engine keeps the zero pattern.
template <class U>
void approximate_weights(std::span<const std::int64_t> weights, std::span<const U> num,
                         std::span<const ratio<U>> other, std::vector<std::int64_t>& approx) {
  int top = -1000000;
  for (std::size_t k = 0; k < weights.size(); ++k) {
    if (weights[k] == 0) continue;
    const int e = static_cast<int>(bit_length(num[k])) - static_cast<int>(bit_length(other[k].den));
    if (e > top) top = e;
  }
  // v_k < 2^(e_k + 1), so each approximation is below 2^(61 - b) and their sum below
  // 2^62 (b = the bits of the line's length): the one-dimensional engine then stays on
  // its 64-bit path, which needs the sum of the weights below 2^64.
  const auto length_bits = static_cast<int>(std::bit_width(weights.size()));
  const int shift = 61 - length_bits - top;
  approx.assign(weights.size(), 0);
  for (std::size_t k = 0; k < weights.size(); ++k) {
    if (weights[k] == 0) continue;
    const std::int64_t a = scaled_quotient(num[k], other[k].den, shift);
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
ratio<U> threshold(const ratio<uint128>& s, std::span<const U> num, std::span<const ratio<U>> other, std::size_t k) {
  return {U(widen<U>(s.num) * other[k].den), U(widen<U>(s.den) * num[k])};
}

/// Orders the thresholds s_a / v_a and s_b / v_b of two cells from the approximate
/// weights (approximate_weights: v * 2^shift lies within 1 of the approximation)
/// when that decides: -1 or 1; 0 when it does not. Exact integer arithmetic.
int filter_order(const ratio<uint128>& sa, std::int64_t va, const ratio<uint128>& sb, std::int64_t vb) {
  // t_a < s_a / (v_a - 1) and t_b > s_b / (v_b + 1): t_a < t_b is certain when
  // s_a * (v_b + 1) <= s_b * (v_a - 1), with s = num / den cross-multiplied.
  // Signposts below 2^31 (every count below 2^30) keep every product below 2^128
  // without overflow checks; larger ones are left to the exact comparison.
  constexpr uint128 small = uint128{1} << 31;
  if (sa.num >= small || sa.den >= small || sb.num >= small || sb.den >= small) return 0;
  const auto certainly_below = [](const ratio<uint128>& s1, std::int64_t v1, const ratio<uint128>& s2, std::int64_t v2) {
    if (v1 < 2) return false;
    const uint128 lhs = s1.num * s2.den * static_cast<std::uint64_t>(v2 + 1);
    const uint128 rhs = s2.num * s1.den * static_cast<std::uint64_t>(v1 - 1);
    return lhs <= rhs;
  };
  if (certainly_below(sa, va, sb, vb)) return -1;
  if (certainly_below(sb, vb, sa, va)) return 1;
  return 0;
}

template <class U>
line_interval<U> interval_of(std::span<const std::int64_t> weights, std::span<const U> num,
                             std::span<const ratio<U>> other, method m, std::span<const std::int64_t> counts,
                             std::span<const std::int64_t> approx) {
  // The best cells so far, with their signposts; exact thresholds are formed only when
  // the approximate weights cannot order two cells.
  struct best {
    std::size_t cell = 0;
    ratio<uint128> s{};
    bool present = false;
  };
  const auto order = [&](const ratio<uint128>& sa, std::size_t a, const best& b) {
    if (!approx.empty()) {
      if (const int quick = filter_order(sa, approx[a], b.s, approx[b.cell])) return quick;
    }
    const std::strong_ordering exact = compare(threshold<U>(sa, num, other, a), threshold<U>(b.s, num, other, b.cell));
    return exact < 0 ? -1 : (exact > 0 ? 1 : 0);
  };
  best lower;
  best upper;
  for (std::size_t k = 0; k < weights.size(); ++k) {
    if (weights[k] == 0) continue;
    const auto n = static_cast<std::uint64_t>(counts[k]);
    if (n > 0) {
      const ratio<uint128> s = signpost_ratio<uint128>(m, n - 1);
      if (s.num != 0U && (!lower.present || order(s, k, lower) >= 0)) lower = {k, s, true};
    }
    const ratio<uint128> s = signpost_ratio<uint128>(m, n);
    if (!upper.present || order(s, k, upper) < 0) upper = {k, s, true};
  }
  line_interval<U> out;
  if (lower.present) out.lower = {threshold<U>(lower.s, num, other, lower.cell), lower.cell, true};
  if (upper.present) out.upper = {threshold<U>(upper.s, num, other, upper.cell), upper.cell, true};
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
line_fit fit(std::span<const std::int64_t> weights, std::span<const ratio<U>> other, std::int64_t total,
             method m, std::span<std::int64_t> counts, line_scratch& scratch) {
  const std::size_t size = weights.size();
  std::vector<U>& num = numerators(scratch, U{});
  num.resize(size);
  for (std::size_t k = 0; k < size; ++k) num[k] = U(static_cast<std::uint64_t>(weights[k])) * other[k].num;

  approximate_weights<U>(weights, num, other, scratch.approx);
  apportion(total, scratch.approx, {.m = m}, {}, counts, scratch.engine);

  // Each move strictly lowers the sum of the claims held, so the loop ends; the guard
  // only turns a logic error into an exception instead of a hang.
  for (std::size_t moves = 0;; ++moves) {
    if (moves > 64 * size + 1024) throw std::logic_error("biproportional: a line fit did not settle");
    const line_interval<U> range = interval_of<U>(weights, num, other, m, counts, scratch.approx);
    if (const std::optional<line_fit> f = choose_within(range)) return *f;
    // The approximation put a unit in the wrong cell: move it. (There is a lower
    // claim: without one lo = 0, and an upper claim is never below 0.)
    --counts[range.lower.cell];
    ++counts[range.upper.cell];
  }
}

template <class U>
line_fit polish(std::span<const std::int64_t> weights, std::span<const ratio<U>> other, method m,
                std::span<const std::int64_t> counts, line_scratch& scratch) {
  std::vector<U>& num = numerators(scratch, U{});
  num.resize(weights.size());
  for (std::size_t k = 0; k < weights.size(); ++k) num[k] = U(static_cast<std::uint64_t>(weights[k])) * other[k].num;
  approximate_weights<U>(weights, num, other, scratch.approx);
  const std::optional<line_fit> f = choose_within(interval_of<U>(weights, num, other, m, counts, scratch.approx));
  if (!f) throw std::logic_error("biproportional: polishing a line whose counts are not a valid rounding");
  return *f;
}

}  // namespace

line_fit fit_line(std::span<const std::int64_t> weights, std::span<const ratio<uint128>> other,
                  std::int64_t total, method m, std::span<std::int64_t> counts, line_scratch& scratch) {
  return fit<uint128>(weights, other, total, m, counts, scratch);
}

line_fit fit_line(std::span<const std::int64_t> weights, std::span<const ratio<big_int>> other,
                  std::int64_t total, method m, std::span<std::int64_t> counts, line_scratch& scratch) {
  return fit<big_int>(weights, other, total, m, counts, scratch);
}

line_fit polish_line(std::span<const std::int64_t> weights, std::span<const ratio<uint128>> other, method m,
                     std::span<const std::int64_t> counts, line_scratch& scratch) {
  return polish<uint128>(weights, other, m, counts, scratch);
}

line_fit polish_line(std::span<const std::int64_t> weights, std::span<const ratio<big_int>> other, method m,
                     std::span<const std::int64_t> counts, line_scratch& scratch) {
  return polish<big_int>(weights, other, m, counts, scratch);
}

bool fits_in_128_bits(method m, unsigned weight_bits, unsigned num_bits, unsigned den_bits,
                      std::int64_t largest_total) {
  if (den_bits > 64 || weight_bits + num_bits > 127) return false;
  const signpost_bits s = signpost_bits_up_to(m, static_cast<std::uint64_t>(largest_total));
  return s.num + den_bits <= 128 && s.den + weight_bits + num_bits <= 128;
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
    for (std::size_t k = 0; k < multipliers.size(); ++k) {
      small_[k] = {to_uint128(mp::numerator(multipliers[k])), to_uint128(mp::denominator(multipliers[k]))};
    }
  } else {
    big_.resize(multipliers.size());
    for (std::size_t k = 0; k < multipliers.size(); ++k) {
      big_[k] = {mp::numerator(multipliers[k]), mp::denominator(multipliers[k])};
    }
  }
}

line_fit other_side::fit(std::span<const std::int64_t> weights, std::int64_t total, method m,
                         std::span<std::int64_t> counts, line_scratch& scratch) const {
  return fast_ ? fit_line(weights, small_, total, m, counts, scratch) : fit_line(weights, big_, total, m, counts, scratch);
}

line_fit other_side::polish(std::span<const std::int64_t> weights, method m, std::span<const std::int64_t> counts,
                            line_scratch& scratch) const {
  return fast_ ? polish_line(weights, small_, m, counts, scratch) : polish_line(weights, big_, m, counts, scratch);
}

}  // namespace tandem::alloc::detail
