#include "alloc/support/random_problem.hpp"

#include <algorithm>
#include <array>
#include <limits>

namespace tandem::alloc::test_support {

std::int64_t draw(std::mt19937_64& rng, std::int64_t lo, std::int64_t hi) {
  const std::uint64_t span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
  if (span == std::numeric_limits<std::uint64_t>::max()) return static_cast<std::int64_t>(rng());
  const std::uint64_t range = span + 1;
  // Reject the top partial block so that every value is equally likely.
  const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() -
                              std::numeric_limits<std::uint64_t>::max() % range;
  std::uint64_t x = rng();
  while (x >= limit) x = rng();
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + x % range);
}

bool chance(std::mt19937_64& rng, int percent) { return draw(rng, 0, 99) < percent; }

problem random_problem(std::mt19937_64& rng, method m, tie_rule t, const random_profile& profile) {
  problem p;
  p.opts.m = m;
  p.opts.ties = t;
  if (profile.quantum) {
    constexpr std::array<std::int64_t, 4> quanta{1, 2, 3, 1000};
    p.opts.quantum = quanta[static_cast<std::size_t>(draw(rng, 0, 3))];
  }
  if (profile.fixed_quantum > 0) p.opts.quantum = profile.fixed_quantum;
  const std::int64_t q = p.opts.quantum;

  const auto max_n = static_cast<std::int64_t>(profile.max_children);
  const auto n = static_cast<std::size_t>(chance(rng, 3) ? 0 : draw(rng, std::min<std::int64_t>(1, max_n), max_n));

  // Equal weights: a tiny palette of weights so that priorities and remainders tie.
  const std::array<std::int64_t, 3> palette{draw(rng, 1, profile.max_weight), draw(rng, 1, profile.max_weight),
                                            draw(rng, 1, profile.max_weight)};
  for (std::size_t i = 0; i < n; ++i) {
    if (profile.zero_weights && chance(rng, 20)) {
      p.weights.push_back(0);
    } else if (profile.mixed_magnitudes) {
      std::int64_t top = 1;
      for (std::int64_t k = draw(rng, 0, 18); k > 0; --k) top *= 10;
      p.weights.push_back(draw(rng, 1, top));
    } else if (profile.equal_weights) {
      p.weights.push_back(palette[static_cast<std::size_t>(draw(rng, 0, 2))] + (profile.near_equal ? draw(rng, 0, 2) : 0));
    } else {
      p.weights.push_back(draw(rng, 1, profile.max_weight));
    }
    p.weights.back() *= profile.weight_scale;
  }

  // Limits, in quanta first. A typical share is max_units / n quanta.
  const std::int64_t typical = std::max<std::int64_t>(1, profile.max_units / std::max<std::int64_t>(1, static_cast<std::int64_t>(n)));
  std::vector<std::int64_t> lo(n, unset), hi(n, unset), fx(n, unset);
  for (std::size_t i = 0; i < n; ++i) {
    if (profile.bounds && chance(rng, 35)) lo[i] = draw(rng, 0, typical);
    if (profile.bounds && chance(rng, 35)) hi[i] = (lo[i] == unset ? 0 : lo[i]) + draw(rng, 0, 2 * typical);
    if (profile.fixed && chance(rng, 15)) {
      const std::int64_t from = lo[i] == unset ? 0 : lo[i];
      const std::int64_t to = hi[i] == unset ? from + 2 * typical : hi[i];
      fx[i] = draw(rng, from, to);
    }
  }

  // The feasible range of the total, in quanta.
  std::int64_t fixed_units = 0;
  std::int64_t lowest = 0;
  std::int64_t highest = 0;
  bool unbounded = false;
  for (std::size_t i = 0; i < n; ++i) {
    if (fx[i] != unset) {
      fixed_units += fx[i];
      continue;
    }
    const std::int64_t l = lo[i] == unset ? 0 : lo[i];
    lowest += l;
    if (p.weights[i] == 0) {
      highest += l;
    } else if (hi[i] == unset) {
      unbounded = true;
    } else {
      highest += hi[i];
    }
  }
  if (unbounded) highest = lowest + profile.max_units;
  std::int64_t units = 0;
  if (chance(rng, profile.infeasible_percent)) {
    units = draw(rng, 0, fixed_units + highest + 3);
  } else {
    units = fixed_units + draw(rng, lowest, std::min(highest, lowest + profile.max_units));
  }
  p.total = units * q;

  auto scaled = [&](const std::vector<std::int64_t>& v) {
    std::vector<std::int64_t> out;
    if (std::all_of(v.begin(), v.end(), [](std::int64_t x) { return x == unset; })) return out;
    for (std::int64_t x : v) out.push_back(x == unset ? unset : x * q);
    return out;
  };
  p.min = scaled(lo);
  p.max = scaled(hi);
  p.fixed = scaled(fx);
  return p;
}

}  // namespace tandem::alloc::test_support
