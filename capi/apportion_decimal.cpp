// tandem_apportion_decimal: decimal text in, an allocation handle out.
//
// Amounts (total, min, max, fixed) are parsed exactly at the caller's scale and
// never rounded; weights keep any precision (tandem::alloc::weights_from_decimals
// brings them to a common integer scale). Every error that concerns one child's
// text names that child, as the engine does ("child 2: ...", index 1).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "firewall.hpp"
#include "handles.hpp"
#include "tandem.h"
#include "tandem/alloc/apportion.hpp"
#include "tandem/alloc/weights.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/core/error.hpp"

namespace {

using tandem::capi::throw_invalid_argument;

std::string child_name(std::size_t i) { return "child " + std::to_string(i + 1); }

// Re-throws a parser's error with the child's index and what the text was.
[[noreturn]] void rethrow_for_child(const tandem::error& e, const char* what, std::size_t i) {
  throw tandem::error(e.code(), child_name(i) + ": " + what + " " + e.what(), i);
}

void check_scale(std::int32_t scale) {
  if (scale < 0 || scale > tandem::max_scale) {
    throw tandem::error(tandem::errc::out_of_range,
                        "scale must be between 0 and 18, got " + std::to_string(scale));
  }
}

std::int64_t parse_total(const char* text, int scale) {
  tandem::capi::require_non_null(text, "total");
  try {
    return tandem::parse_units(text, scale);
  } catch (const tandem::error& e) {
    throw tandem::error(e.code(), std::string("total ") + e.what());
  }
}

std::vector<std::int64_t> parse_weights(const char* const* texts, std::size_t count) {
  std::vector<std::string_view> views(count);
  for (std::size_t i = 0; i < count; ++i) {
    if (texts[i] == nullptr) {
      throw tandem::error(tandem::errc::invalid_argument,
                          child_name(i) + ": weights[" + std::to_string(i) + "] is NULL", i);
    }
    views[i] = texts[i];
  }
  try {
    return tandem::alloc::weights_from_decimals(views);
  } catch (const tandem::error& e) {
    // The weights parser names the weight; add the child, keeping every index.
    throw tandem::error(e.code(), (e.child() ? child_name(*e.child()) + ": " : "") + e.what(),
                        e.children());
  }
}

// One limit array: empty when `texts` is NULL (nobody has that limit), else one
// entry per child, tandem::alloc::unset for NULL or "".
std::vector<std::int64_t> parse_limits(const char* const* texts, std::size_t count, int scale,
                                       const char* what) {
  std::vector<std::int64_t> values;
  if (texts == nullptr) return values;
  values.resize(count, tandem::alloc::unset);
  for (std::size_t i = 0; i < count; ++i) {
    if (texts[i] == nullptr || texts[i][0] == '\0') continue;
    try {
      values[i] = tandem::parse_units(texts[i], scale);
    } catch (const tandem::error& e) {
      rethrow_for_child(e, what, i);
    }
  }
  return values;
}

}  // namespace

extern "C" {

tandem_status tandem_apportion_decimal(tandem_alloc_options* options, const char* total,
                                       int32_t scale, const char* const* weights, size_t count,
                                       const char* const* min, const char* const* max,
                                       const char* const* fixed, tandem_allocation** out) {
  return tandem::capi::firewall([&] {
    tandem::capi::require_non_null(out, "out");
    // Sized by the largest per-child element built below (a std::string_view), so
    // that no vector of `count` elements can fail with std::length_error.
    tandem::capi::require_array(weights, count, sizeof(std::string_view), "weights");
    check_scale(scale);
    const std::int64_t total_units = parse_total(total, scale);
    const std::vector<std::int64_t> weight_values = parse_weights(weights, count);
    const std::vector<std::int64_t> min_values = parse_limits(min, count, scale, "min");
    const std::vector<std::int64_t> max_values = parse_limits(max, count, scale, "max");
    const std::vector<std::int64_t> fixed_values = parse_limits(fixed, count, scale, "fixed");

    auto result = std::make_unique<tandem_allocation>();
    result->units.resize(count);
    result->scale = scale;
    const tandem::alloc::limits lim{min_values, max_values, fixed_values};
    if (options != nullptr) {
      tandem::alloc::apportion(total_units, weight_values, options->settings, lim, result->units,
                               options->scratch);
    } else {
      tandem::alloc::apportion(total_units, weight_values, tandem::alloc::options{}, lim,
                               result->units);
    }
    *out = result.release();
  });
}

}  // extern "C"
