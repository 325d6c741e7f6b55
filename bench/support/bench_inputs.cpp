#include "support/bench_inputs.hpp"

#include <map>
#include <random>
#include <vector>

namespace tandem::bench {

std::span<const std::int64_t> random_weights(std::int64_t n) {
  static std::map<std::int64_t, std::vector<std::int64_t>> cache;
  auto [it, inserted] = cache.try_emplace(n);
  if (inserted) {
    std::mt19937_64 engine(20240611);
    std::uniform_int_distribution<std::int64_t> draw(0, max_weight);
    it->second.resize(static_cast<std::size_t>(n));
    for (std::int64_t& w : it->second) w = draw(engine);
  }
  return it->second;
}

}  // namespace tandem::bench
