// Inputs shared by the allocation benchmarks: random weights, generated once per
// size and kept for the whole run so no benchmark times their generation.
#pragma once

#include <cstdint>
#include <span>

namespace tandem::bench {

/// The largest weight drawn: weights are uniform in [0, max_weight].
inline constexpr std::int64_t max_weight = 1'000'000'000'000;  // 1e12

/// `n` weights uniform in [0, max_weight] from std::mt19937_64 with a fixed seed.
/// The same n always yields the same weights; the storage lives until exit.
[[nodiscard]] std::span<const std::int64_t> random_weights(std::int64_t n);

}  // namespace tandem::bench
