// tandem_apportion: the hot path, caller arrays in and out, no copies.
#include <cstddef>
#include <cstdint>
#include <span>

#include "firewall.hpp"
#include "handles.hpp"
#include "tandem.h"
#include "tandem/alloc/apportion.hpp"

namespace {

static_assert(TANDEM_NONE == tandem::alloc::unset, "TANDEM_NONE must be the engine's 'unset'");

// NULL means "no such limit for anyone": the engine's empty span.
std::span<const std::int64_t> optional_limit(const std::int64_t* values, std::size_t count) {
  if (values == nullptr) return {};
  return {values, count};
}

}  // namespace

extern "C" {

tandem_status tandem_apportion(tandem_alloc_options* options, int64_t total, const int64_t* weights,
                               size_t count, const int64_t* min, const int64_t* max,
                               const int64_t* fixed, int64_t* shares_out) {
  return tandem::capi::firewall([&] {
    tandem::capi::require_array(weights, count, sizeof(int64_t), "weights");
    tandem::capi::require_array(shares_out, count, sizeof(int64_t), "shares_out");
    const std::span<const std::int64_t> weight_span(weights, count);
    const std::span<std::int64_t> shares(shares_out, count);
    const tandem::alloc::limits lim{optional_limit(min, count), optional_limit(max, count),
                                    optional_limit(fixed, count)};
    // The engine writes `shares` only once nothing can fail any more, so the
    // caller's array is used directly: no temporary, and untouched on failure.
    if (options != nullptr) {
      tandem::alloc::apportion(total, weight_span, options->settings, lim, shares, options->scratch);
    } else {
      tandem::alloc::apportion(total, weight_span, tandem::alloc::options{}, lim, shares);
    }
  });
}

}  // extern "C"
