// The lifecycle classifier: a stage proposed from sales per period, in exact
// integer arithmetic (docs/domain.md, "Product lifecycle", states the rule).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "tandem/core/error.hpp"
#include "tandem/core/int128.hpp"
#include "tandem/org/lifecycle.hpp"

namespace tandem::org {

namespace {

constexpr std::int64_t basis_points = 10000;

void require_in(std::int64_t value, std::int64_t low, std::int64_t high, const char* field) {
  if (value < low || value > high) {
    throw error(errc::out_of_range, std::string("lifecycle option ") + field + " = " +
                                        std::to_string(value) + " is outside " + std::to_string(low) +
                                        ".." + std::to_string(high));
  }
}

void require_non_negative(std::span<const std::int64_t> sales) {
  for (std::size_t i = 0; i < sales.size(); ++i) {
    if (sales[i] < 0) {
      throw error(errc::out_of_range,
                  "sales of period " + std::to_string(i + 1) + " (index " + std::to_string(i) +
                      ") is negative: " + std::to_string(sales[i]),
                  i);
    }
  }
}

// The lower median: robust to one outlier when the window has 3 or more periods,
// and an element of the window, so no rounding.
std::int64_t level(std::span<const std::int64_t> window, std::vector<std::int64_t>& scratch) {
  scratch.assign(window.begin(), window.end());
  const auto middle = scratch.begin() + static_cast<std::ptrdiff_t>((scratch.size() - 1) / 2);
  std::nth_element(scratch.begin(), middle, scratch.end());
  return *middle;
}

// floor(numerator / denominator) for denominator > 0, capped to int64.
std::int64_t floor_ratio_capped(int128 numerator, int128 denominator) {
  int128 q = numerator / denominator;
  if (numerator % denominator != 0 && numerator < 0) --q;
  if (q > std::numeric_limits<std::int64_t>::max()) return std::numeric_limits<std::int64_t>::max();
  if (q < std::numeric_limits<std::int64_t>::min()) return std::numeric_limits<std::int64_t>::min();
  return static_cast<std::int64_t>(q);
}

}  // namespace

std::string_view to_string(lifecycle_rule r) noexcept {
  switch (r) {
    case lifecycle_rule::insufficient_data: return "insufficient_data";
    case lifecycle_rule::no_sales: return "no_sales";
    case lifecycle_rule::falling: return "falling";
    case lifecycle_rule::young: return "young";
    case lifecycle_rule::sporadic: return "sporadic";
    case lifecycle_rule::takeoff: return "takeoff";
    case lifecycle_rule::rising: return "rising";
    case lifecycle_rule::plateau: return "plateau";
    case lifecycle_rule::below_peak: return "below_peak";
  }
  return "unknown";
}

void validate(const lifecycle_options& options) {
  require_in(options.window, 1, 1000, "window");
  require_in(options.introduction_periods, 0, 1000000, "introduction_periods");
  require_in(options.growth_threshold_bp, 1, 1000000, "growth_threshold_bp");
  require_in(options.decline_threshold_bp, 1, basis_points, "decline_threshold_bp");
  require_in(options.maturity_level_bp, 1, basis_points, "maturity_level_bp");
}

lifecycle_proposal classify_lifecycle(std::span<const std::int64_t> sales,
                                      const lifecycle_options& options) {
  validate(options);
  require_non_negative(sales);

  lifecycle_proposal out;
  out.periods = sales.size();
  const std::size_t w = options.window;
  if (sales.size() < 2 * w) return out;  // insufficient_data

  const auto first_sale = std::find_if(sales.begin(), sales.end(), [](std::int64_t v) { return v > 0; });
  if (first_sale == sales.end()) {
    out.rule = lifecycle_rule::no_sales;
    return out;
  }
  out.periods_since_first_sale = static_cast<std::size_t>(sales.end() - first_sale);

  std::vector<std::int64_t> scratch;
  scratch.reserve(w);
  const std::size_t n = sales.size();
  out.recent_level = level(sales.subspan(n - w, w), scratch);
  out.previous_level = level(sales.subspan(n - 2 * w, w), scratch);
  for (std::size_t start = 0; start + w <= n; ++start) {
    out.peak_level = std::max(out.peak_level, level(sales.subspan(start, w), scratch));
  }

  // Every product below fits in 128 bits: levels < 2^63, thresholds < 2^20.
  const int128 recent = out.recent_level;
  const int128 previous = out.previous_level;
  const int128 peak = out.peak_level;
  const int128 change = (recent - previous) * basis_points;
  if (previous > 0) out.growth_bp = floor_ratio_capped(change, previous);
  if (peak > 0) out.level_bp = floor_ratio_capped(recent * basis_points, peak);

  const auto propose = [&](std::optional<lifecycle_stage> stage, lifecycle_rule rule) {
    out.stage = stage;
    out.rule = rule;
    return out;
  };
  if (previous > 0 && change <= -int128{options.decline_threshold_bp} * previous) {
    return propose(lifecycle_stage::decline, lifecycle_rule::falling);
  }
  if (out.periods_since_first_sale <= options.introduction_periods) {
    return propose(lifecycle_stage::introduction, lifecycle_rule::young);
  }
  if (peak == 0) return propose(std::nullopt, lifecycle_rule::sporadic);
  if (previous == 0 && recent > 0) return propose(lifecycle_stage::introduction, lifecycle_rule::takeoff);
  if (previous > 0 && change >= int128{options.growth_threshold_bp} * previous) {
    return propose(lifecycle_stage::growth, lifecycle_rule::rising);
  }
  if (recent * basis_points >= int128{options.maturity_level_bp} * peak) {
    return propose(lifecycle_stage::maturity, lifecycle_rule::plateau);
  }
  return propose(lifecycle_stage::decline, lifecycle_rule::below_peak);
}

}  // namespace tandem::org
