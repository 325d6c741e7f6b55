#include "alloc/baseline_multiprecision.hpp"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <stdexcept>

#include "tandem/core/multiprecision.hpp"

namespace tandem::bench {
namespace {

big_int sum_of(std::span<const std::int64_t> weights) {
  big_int sum = 0;
  for (const std::int64_t w : weights) sum += w;
  return sum;
}

void require_valid(std::int64_t total, std::span<const std::int64_t> weights, const big_int& sum) {
  if (total < 0 || std::any_of(weights.begin(), weights.end(), [](std::int64_t w) { return w < 0; })) {
    throw std::invalid_argument("negative total or weight");
  }
  if (total > 0 && sum == 0) throw std::invalid_argument("a positive total needs a positive weight");
}

// Webster's shares at multiplier L, exactly: x_i = w_i * L, and the signposts are
// k + 1/2. `up` counts the signposts at or below x (round half up); `down` those
// strictly below (round half down), which differs only when x sits on a signpost.
struct webster_counts {
  std::vector<std::int64_t> down;
  std::vector<std::int64_t> up;
  std::int64_t sum_down = 0;
  std::int64_t sum_up = 0;
};

webster_counts count_at(const rational& multiplier, std::span<const std::int64_t> weights) {
  const rational half(1, 2);
  webster_counts c;
  c.down.reserve(weights.size());
  c.up.reserve(weights.size());
  for (const std::int64_t w : weights) {
    const rational y = multiplier * rational(w) + half;
    const big_int up = numerator(y) / denominator(y);  // floor: y > 0
    const bool on_signpost = denominator(y) == 1;
    const auto up64 = up.convert_to<std::int64_t>();
    const std::int64_t down64 = on_signpost ? up64 - 1 : up64;
    c.up.push_back(up64);
    c.down.push_back(down64);
    c.sum_up += up64;
    c.sum_down += down64;
  }
  return c;
}

// The k-th smallest (or largest) of `thresholds`, k >= 1, clamped to their number.
template <class Order>
rational kth(std::vector<rational>& thresholds, std::int64_t k, Order order) {
  const auto index = std::min(static_cast<std::size_t>(k), thresholds.size()) - 1;
  const auto nth = thresholds.begin() + static_cast<std::ptrdiff_t>(index);
  std::nth_element(thresholds.begin(), nth, thresholds.end(), order);
  return *nth;
}

}  // namespace

std::vector<std::int64_t> largest_remainder_multiprecision(std::int64_t total,
                                                           std::span<const std::int64_t> weights) {
  const big_int sum = sum_of(weights);
  require_valid(total, weights, sum);
  std::vector<std::int64_t> shares(weights.size(), 0);
  if (total == 0) return shares;

  struct claim {
    rational remainder;
    std::size_t child;
  };
  std::vector<claim> claims;
  claims.reserve(weights.size());
  std::int64_t floors = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    const rational quota(big_int(total) * weights[i], sum);
    const big_int floor = numerator(quota) / denominator(quota);
    shares[i] = floor.convert_to<std::int64_t>();
    floors += shares[i];
    claims.push_back({quota - rational(floor), i});
  }
  std::sort(claims.begin(), claims.end(), [](const claim& a, const claim& b) {
    if (a.remainder != b.remainder) return a.remainder > b.remainder;
    return a.child < b.child;  // equal remainders: input order
  });
  const auto left = static_cast<std::size_t>(total - floors);  // < number of children
  for (std::size_t j = 0; j < left; ++j) ++shares[claims[j].child];
  return shares;
}

std::vector<std::int64_t> webster_multiprecision(std::int64_t total,
                                                 std::span<const std::int64_t> weights) {
  const big_int sum = sum_of(weights);
  require_valid(total, weights, sum);
  if (total == 0) return std::vector<std::int64_t>(weights.size(), 0);

  // Search bracket: sum_up(lo) < total < sum_down(hi) once each is known.
  rational lo(0);
  rational hi(0);
  bool have_hi = false;
  rational multiplier(big_int(total), sum);  // the Hare quota's inverse: a close start
  constexpr int max_passes = 200;
  for (int pass = 0; pass < max_passes; ++pass) {
    webster_counts c = count_at(multiplier, weights);
    if (c.sum_down <= total && total <= c.sum_up) {
      // On target: the children sitting on a signpost are tied for the last units.
      std::int64_t extra = total - c.sum_down;
      for (std::size_t i = 0; i < weights.size() && extra > 0; ++i) {
        if (c.up[i] > c.down[i]) {
          ++c.down[i];
          --extra;
        }
      }
      return c.down;
    }
    std::vector<rational> thresholds;
    thresholds.reserve(weights.size());
    if (c.sum_up < total) {
      // Too few units: each child gains its next unit at L = (up + 1/2) / w.
      lo = multiplier;
      for (std::size_t i = 0; i < weights.size(); ++i) {
        if (weights[i] > 0) thresholds.emplace_back(big_int(2 * c.up[i] + 1), big_int(2) * weights[i]);
      }
      multiplier = kth(thresholds, total - c.sum_up, std::less<>());
    } else {
      // Too many: each child loses its last unit below L = (down - 1/2) / w.
      hi = multiplier;
      have_hi = true;
      for (std::size_t i = 0; i < weights.size(); ++i) {
        if (c.down[i] > 0) thresholds.emplace_back(big_int(2 * c.down[i] - 1), big_int(2) * weights[i]);
      }
      multiplier = kth(thresholds, c.sum_down - total, std::greater<>());
    }
    // A child passing several signposts at once can throw the jump past the bracket.
    if (have_hi && !(lo < multiplier && multiplier < hi)) multiplier = (lo + hi) / 2;
  }
  throw std::runtime_error("webster_multiprecision: the divisor search did not converge");
}

}  // namespace tandem::bench
