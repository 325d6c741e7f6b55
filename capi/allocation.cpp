// The allocation handle's accessors. An allocation is immutable once made, so
// every accessor only reads and several threads may read one at once.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "firewall.hpp"
#include "handles.hpp"
#include "tandem.h"
#include "tandem/core/amount.hpp"
#include "text_output.hpp"

namespace {

using tandem::capi::require_non_null;
using tandem::capi::throw_invalid_argument;

void require_index(const tandem_allocation* allocation, std::size_t index) {
  require_non_null(allocation, "allocation");
  if (index >= allocation->units.size()) {
    throw_invalid_argument("index " + std::to_string(index) + " is not below the count " +
                           std::to_string(allocation->units.size()));
  }
}

}  // namespace

extern "C" {

void tandem_allocation_destroy(tandem_allocation* allocation) { delete allocation; }

size_t tandem_allocation_count(const tandem_allocation* allocation) {
  return allocation == nullptr ? 0 : allocation->units.size();
}

int32_t tandem_allocation_scale(const tandem_allocation* allocation) {
  return allocation == nullptr ? 0 : allocation->scale;
}

tandem_status tandem_allocation_units(const tandem_allocation* allocation, size_t index,
                                      int64_t* out) {
  return tandem::capi::firewall([&] {
    require_index(allocation, index);
    require_non_null(out, "out");
    *out = allocation->units[index];
  });
}

tandem_status tandem_allocation_copy_units(const tandem_allocation* allocation, int64_t* out,
                                           size_t count) {
  return tandem::capi::firewall([&] {
    require_non_null(allocation, "allocation");
    if (count != allocation->units.size()) {
      throw_invalid_argument("count " + std::to_string(count) + " is not the allocation's count " +
                             std::to_string(allocation->units.size()));
    }
    tandem::capi::require_array(out, count, sizeof(int64_t), "out");
    std::copy(allocation->units.begin(), allocation->units.end(), out);
  });
}

tandem_status tandem_allocation_decimal(const tandem_allocation* allocation, size_t index,
                                        char* buffer, size_t capacity, size_t* length_out) {
  return tandem::capi::firewall([&] {
    require_index(allocation, index);
    tandem::capi::require_text_buffer(buffer, capacity);
    const std::string text = tandem::format_units(allocation->units[index], allocation->scale);
    tandem::capi::write_text(text, buffer, capacity, length_out);
  });
}

}  // extern "C"
