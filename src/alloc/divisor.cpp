// The bounded divisor method, computed by "jump and correct".
//
// Child i's share at multiplier L (L = 1/d) is clamp(count of signposts below
// w_i * L, lower_i, upper_i). Seen from the units, child i gains its k-th unit above
// its lower bound at L = s(k) / w_i; the answer is the (total - sum of lower bounds)
// smallest of these thresholds, ties ordered by the tie rule. Handing units out one
// at a time from a heap is exact but about a thousand times too slow, so:
//
// 1. Jump: estimate L (total / sum of weights, shifted by the method's typical
//    rounding bias; with bounds, the continuous bounded solution) and compute every
//    share in one pass, landing a little BELOW the answer: S(L_a) <= total.
// 2. Bracket: one more pass at a slightly larger L_b = L_a + step with S(L_b) >= total.
//    Only the children whose share differs between L_a and L_b can still gain a unit;
//    their thresholds in [L_a, L_b] are the candidates, typically O(sqrt(n)) of them.
// 3. Correct: hand the missing units to the smallest candidate thresholds, compared
//    exactly, with the tie rule at the cut.
//
// L is represented as N / W with W the sum of the movable weights, so each pass is one
// division by the invariant W per child (invariant_divisor) while N < 2^62 and
// W < 2^64. Beyond that the same steps run on 512-bit checked integers.
#include "divisor.hpp"

#include <algorithm>
#include <bit>
#include <vector>

#include "award.hpp"
#include "bounded_quota.hpp"
#include "invariant_divisor.hpp"
#include "signposts.hpp"

namespace tandem::alloc::detail {
namespace {

struct share_sums {
  int128 down = 0;  // sum of the shares with ties rounded down
  int128 up = 0;    // ... rounded up
};

// Thrown inside the fast path when L outgrows 64-bit arithmetic; caught below.
struct needs_multiprecision {};

std::uint64_t isqrt(std::uint64_t v) noexcept {
  std::uint64_t r = 0;
  for (std::uint64_t bit = std::uint64_t{1} << 62; bit != 0; bit >>= 2) {
    if (v >= r + bit) {
      v -= r + bit;
      r = (r >> 1) + bit;
    } else {
      r >>= 1;
    }
  }
  return r;
}

// How far past a measured gap of `gap` units to aim, so the next pass lands on the
// far side with near certainty (rounding noise grows like the square root).
std::uint64_t safety_margin(std::uint64_t gap) noexcept { return gap / 8 + 2 * isqrt(gap) + 16; }

template <class Int>
std::int64_t clamp_share(const problem& p, std::size_t i, const Int& count) {
  const std::int64_t hi = p.upper_of(i);
  const std::int64_t lo = p.lower_of(i);
  if (count >= Int(static_cast<std::uint64_t>(hi))) return hi;
  const auto value = static_cast<std::int64_t>(static_cast<std::uint64_t>(count));
  return std::max(value, lo);
}

// Shares at L = N / W with 64-bit N and the invariant-divisor division. Without
// bounds (the common, hot case) a child's share is just its signpost count.
template <method M, bool Bounded>
class fast_rounder {
 public:
  using number = uint128;
  static constexpr number limit = number{1} << 62;  // keeps every product below 2^128

  fast_rounder(const problem& p, std::uint64_t movable_weight)
      : p_(&p), weights_(p.weights.data()), divisor_(movable_weight), scaled_divisor_(divisor_.normalized()) {}

  /// Called once per pass with the N of that pass: N beyond the limit would
  /// overflow the 128-bit products.
  void admit(const number& n) {
    if (n > limit) throw needs_multiprecision{};
    n_ = static_cast<std::uint64_t>(n);
    // w * N * 2^shift is what the division needs; fold 2^shift into N when it fits.
    const uint128 shifted = uint128{n_} << divisor_.shift();
    prenormalized_ = shifted >> 64 == 0;
    n_shifted_ = static_cast<std::uint64_t>(shifted);
  }

  std::pair<std::int64_t, std::int64_t> shares(std::size_t i) const {
    if constexpr (Bounded) {
      if (!p_->movable(i)) return {p_->lower_of(i), p_->lower_of(i)};
    }
    const auto weight = static_cast<std::uint64_t>(weights_[i]);
    if (weight == 0) return {0, 0};  // (a bounded zero weight is not movable: handled above)
    const auto [k0, r] = prenormalized_ ? divisor_.divide_normalized(uint128{weight} * n_shifted_)
                                        : divisor_.divide(uint128{weight} * n_);
    const auto count = count_signposts<M, std::uint64_t>(k0, r, scaled_divisor_);
    if constexpr (Bounded) {
      return {clamp_share(*p_, i, count.down), clamp_share(*p_, i, count.up)};
    } else {
      return {static_cast<std::int64_t>(count.down), static_cast<std::int64_t>(count.up)};
    }
  }

 private:
  const problem* p_;
  const std::int64_t* weights_;
  invariant_divisor divisor_;
  std::uint64_t scaled_divisor_;
  std::uint64_t n_ = 0;
  std::uint64_t n_shifted_ = 0;
  bool prenormalized_ = false;
};

// The same with 512-bit checked integers: for sums of weights >= 2^64 or huge L.
template <method M>
class wide_rounder {
 public:
  using number = checked_uint512;

  wide_rounder(const problem& p, uint128 movable_weight)
      : p_(&p), divisor_(movable_weight) {}

  void admit(const number& n) { n_ = n; }

  std::pair<std::int64_t, std::int64_t> shares(std::size_t i) const {
    if (!p_->movable(i)) return {p_->lower_of(i), p_->lower_of(i)};
    const number x = number(p_->weight(i)) * n_;
    const number k0 = x / divisor_;
    const number r = x % divisor_;
    const auto count = count_signposts<M, number>(k0, r, divisor_);
    return {clamp_share(*p_, i, count.down), clamp_share(*p_, i, count.up)};
  }

 private:
  const problem* p_;
  number divisor_;
  number n_;
};

template <method M, class Rounder>
class solver {
 public:
  using number = typename Rounder::number;

  solver(const problem& p, Rounder& rounder, std::span<std::int64_t> out, workspace_state& scratch)
      : p_(p), rounder_(rounder), out_(out), candidates_(scratch.candidates), ties_(scratch.ties),
        units_(scratch.units) {}

  void run(number estimate) {
    const int128 total = p_.total;
    // A gap of more units than this is closed by another jump rather than by
    // ranking that many candidates: a pass costs a few ns per child, ranking a
    // candidate exactly a few hundred.
    const std::uint64_t far = 4 * isqrt(p_.size()) + 64;
    number n = estimate;
    share_sums at = pass<pass_kind::jump>(n);
    for (unsigned jumps = 1;; ++jumps) {
      if (at.down > total) {  // landed above the answer
        const auto excess = static_cast<std::uint64_t>(at.down - total);
        if (excess > far && jumps < 4) {
          const number back = number(excess) + number(isqrt(excess) + 8);  // aim just below
          n = n > back ? number(n - back) : number(0);
          at = pass<pass_kind::jump>(n);
          continue;
        }
        bracket_down(n, at);
        return;
      }
      if (at.up >= total) {  // the answer is at this L; the candidates are its ties
        serve(static_cast<std::uint64_t>(total - at.down));
        return;
      }
      const auto deficit = static_cast<std::uint64_t>(total - at.up);
      if (deficit > far && jumps < 4) {
        n += number(deficit - isqrt(deficit) - 8);  // aim just below
        at = pass<pass_kind::jump>(n);
        continue;
      }
      bracket_up(n, at);
      return;
    }
  }

 private:
  enum class pass_kind {
    jump,          // shares at N into out_ (ties down); candidates_: the children tied at N
    bracket_up,    // candidates_: children whose share at N (ties up) differs from out_
    bracket_down,  // candidates_: children whose share at N (ties down) differs from
                   // out_; ties_: the children tied at N
  };

  // From L_a below the answer, with out_ holding its shares (ties down): double the
  // step up until S(L_b) >= total, then rank the candidates between.
  void bracket_up(number n_a, share_sums at_a) {
    const auto deficit = static_cast<std::uint64_t>(p_.total - at_a.up);
    number step = number(deficit) + number(safety_margin(deficit));
    for (;;) {
      const number n_b = n_a + step;
      const share_sums at_b = pass<pass_kind::bracket_up>(n_b);
      if (at_b.up >= p_.total) {
        serve(static_cast<std::uint64_t>(p_.total - at_a.down));
        return;
      }
      n_a = n_b;
      at_a = at_b;
      step *= 2;
    }
  }

  // From L_b above the answer, with out_ holding its shares (ties down) and
  // candidates_ its ties: step down until S(L_a) <= total, then rank the candidates.
  void bracket_down(number n_b, share_sums at_b) {
    const auto excess = static_cast<std::uint64_t>(at_b.down - p_.total);
    // Doubles on every miss: with bounds, one unit of N can move the sum by far less
    // than one unit, and only a geometric step keeps the number of passes logarithmic.
    number step = number(excess) + number(safety_margin(excess));
    for (;;) {
      for (const candidate& tie : candidates_) out_[tie.child] = tie.to;  // L_b's ties up
      const number n_a = n_b > step ? number(n_b - step) : number(0);
      const share_sums at_a = pass<pass_kind::bracket_down>(n_a);
      if (at_a.down <= p_.total) {
        serve(static_cast<std::uint64_t>(p_.total - at_a.down));
        return;
      }
      candidates_.swap(ties_);  // not low enough: L_a becomes the upper end
      n_b = n_a;
      at_b = at_a;
      step *= 2;
    }
  }

  template <pass_kind Kind>
  share_sums pass(const number& n) {
    rounder_.admit(n);
    candidates_.clear();
    ties_.clear();
    // Locals, not members: the stores to out_ could otherwise alias them and force
    // the compiler to reload the rounder's state for every child.
    const Rounder rounder = rounder_;
    std::int64_t* const out = out_.data();
    const std::size_t size = out_.size();
    // Every share is at most N + 1 < 2^62 and they sum to at most N + n + total, so
    // 64-bit unsigned sums are exact; they keep the loop in registers.
    std::uint64_t down_sum = 0;
    std::uint64_t up_sum = 0;
    for (std::size_t i = 0; i < size; ++i) {
      const auto [down, up] = rounder.shares(i);
      if constexpr (Kind == pass_kind::jump) {
        if (up != down) [[unlikely]] candidates_.push_back({i, down, up});
      } else if constexpr (Kind == pass_kind::bracket_up) {
        if (up != out[i]) [[unlikely]] candidates_.push_back({i, out[i], up});
      } else {
        if (down != out[i]) [[unlikely]] candidates_.push_back({i, down, out[i]});
        if (up != down) [[unlikely]] ties_.push_back({i, down, up});
      }
      out[i] = down;
      down_sum += static_cast<std::uint64_t>(down);
      up_sum += static_cast<std::uint64_t>(up);
    }
    return {down_sum, up_sum};
  }

  // Gives `missing` units beyond the candidates' `from` shares to the smallest thresholds.
  void serve(std::uint64_t missing) {
    std::vector<unit>& units = units_;
    units.clear();
    for (const candidate& c : candidates_) {
      for (auto k = static_cast<std::uint64_t>(c.from); k < static_cast<std::uint64_t>(c.to); ++k) {
        units.push_back({c.child, k});
      }
    }
    const auto weight = [&](const unit& u) { return p_.weight(u.child); };
    rank_best(
        p_, units, static_cast<std::size_t>(missing),
        [&](const unit& a, const unit& b) {
          if (zero_signpost<M>(a.k) && zero_signpost<M>(b.k)) return weight(a) > weight(b);
          return compare_unit_thresholds<M>(a.k, weight(a), b.k, weight(b)) < 0;
        },
        [&](const unit& a, const unit& b) {
          if (zero_signpost<M>(a.k) && zero_signpost<M>(b.k)) return weight(a) == weight(b);
          return compare_unit_thresholds<M>(a.k, weight(a), b.k, weight(b)) == 0;
        },
        [](const unit& u) { return u.child; });
    for (const candidate& c : candidates_) out_[c.child] = c.from;
    for (std::size_t j = 0; j < missing; ++j) ++out_[units[j].child];
  }

  const problem& p_;
  Rounder& rounder_;
  std::span<std::int64_t> out_;
  std::vector<candidate>& candidates_;
  std::vector<candidate>& ties_;
  std::vector<unit>& units_;
};

// The rounding bias of methods whose signposts are not a fixed offset from k (the
// first signpost of modified Sainte-Lague; Dean's and Huntington-Hill's signposts
// drift from k + 1/2 as k shrinks): S(L) - L * W, estimated on an even sample of
// the children at L = total / W and scaled up. It only steers the first jump, so
// it needs to be close, not exact; the result never depends on it.
template <method M>
int128 sampled_rounding_bias(const problem& p, std::uint64_t weight) {
  // Every 16th child: the estimate's error, about 0.29 * sqrt(16 n), stays well
  // inside the 4 sqrt(n) gap that run() closes without another jump, for a sixteenth
  // of a pass.
  constexpr std::size_t stride = 16;
  const std::size_t n = p.size();
  if (n < 64 * stride) return 0;  // small problems: an extra pass costs little
  const invariant_divisor divisor(weight);
  int128 excess = 0;  // sum of (share - quota), in units of 1 / normalized divisor
  for (std::size_t i = 0; i < n; i += stride) {
    if (p.weights[i] == 0) continue;
    const auto [k0, r] = divisor.divide(uint128{p.weight(i)} * static_cast<std::uint64_t>(p.total));
    const auto count = count_signposts<M, std::uint64_t>(k0, r, divisor.normalized());
    excess += static_cast<int128>(count.down - k0) * divisor.normalized() - r;
  }
  return excess * static_cast<int128>(stride) / divisor.normalized();
}

// Where to jump first, as N for L = N / W.
template <method M>
uint128 first_estimate(const problem& p, uint128 movable_weight, std::uint64_t movable) {
  const auto total = static_cast<int128>(p.total);
  int128 estimate = total;
  if (p.bounded()) {
    // The continuous bounded solution L = a / b, as a multiple of 1 / W.
    const multiplier c = bounded_multiplier(p);
    if (c.denominator == 0) return 0;
    const big_int scaled = big_int(c.numerator) * big_int(movable_weight) / big_int(c.denominator);
    const big_int ceiling = big_int(uint128{1} << 126);
    estimate = static_cast<int128>(static_cast<uint128>(scaled < ceiling ? scaled : ceiling));
  } else if (M == method::jefferson) {
    estimate += movable / 2;  // rounding down loses half a unit per child on average
  } else if (M == method::adams) {
    estimate -= movable / 2;  // rounding up gains as much
  } else if (M != method::webster && movable_weight >> 64 == 0) {
    estimate -= sampled_rounding_bias<M>(p, static_cast<std::uint64_t>(movable_weight));
  }
  // Aim a little low: landing above costs a whole extra pass, landing below a few
  // more candidates.
  estimate -= isqrt(movable) / 2 + 1;
  return estimate > 0 ? static_cast<uint128>(estimate) : 0;
}

template <method M, bool Bounded>
void run_fast(const problem& p, std::uint64_t weight, uint128 estimate, std::span<std::int64_t> out,
              workspace_state& scratch) {
  fast_rounder<M, Bounded> rounder(p, weight);
  solver<M, fast_rounder<M, Bounded>>(p, rounder, out, scratch).run(estimate);
}

template <method M>
void solve(const problem& p, std::span<std::int64_t> out, workspace_state& scratch) {
  const std::uint64_t movable = p.movable_count;
  const uint128 weight = p.movable_weight;
  if (weight == 0) {  // nothing proportional: every child at its lower bound (feasibility)
    for (std::size_t i = 0; i < p.size(); ++i) out[i] = p.lower_of(i);
    return;
  }
  const uint128 estimate = first_estimate<M>(p, weight, movable);
  if (weight >> 64 == 0 && estimate <= fast_rounder<M, false>::limit) {
    try {
      if (p.bounded()) {
        run_fast<M, true>(p, static_cast<std::uint64_t>(weight), estimate, out, scratch);
      } else {
        run_fast<M, false>(p, static_cast<std::uint64_t>(weight), estimate, out, scratch);
      }
      return;
    } catch (const needs_multiprecision&) {
      // fall through to 512-bit arithmetic
    }
  }
  wide_rounder<M> rounder(p, weight);
  solver<M, wide_rounder<M>>(p, rounder, out, scratch).run(checked_uint512(estimate));
}

}  // namespace

void apportion_divisor(const problem& p, method m, std::span<std::int64_t> out,
                       workspace_state& scratch) {
  switch (m) {
    case method::jefferson: return solve<method::jefferson>(p, out, scratch);
    case method::webster: return solve<method::webster>(p, out, scratch);
    case method::modified_sainte_lague: return solve<method::modified_sainte_lague>(p, out, scratch);
    case method::adams: return solve<method::adams>(p, out, scratch);
    case method::dean: return solve<method::dean>(p, out, scratch);
    case method::huntington_hill: return solve<method::huntington_hill>(p, out, scratch);
    case method::hamilton: break;
  }
}

}  // namespace tandem::alloc::detail
