// Exact decimal text <-> integer units, over tandem/core/amount.hpp.
#include <cstdint>
#include <string>

#include "firewall.hpp"
#include "tandem.h"
#include "tandem/core/amount.hpp"
#include "text_output.hpp"

namespace {

static_assert(static_cast<int>(tandem::rounding::exact) == TANDEM_ROUND_EXACT);
static_assert(static_cast<int>(tandem::rounding::down) == TANDEM_ROUND_DOWN);
static_assert(static_cast<int>(tandem::rounding::up) == TANDEM_ROUND_UP);
static_assert(static_cast<int>(tandem::rounding::floor) == TANDEM_ROUND_FLOOR);
static_assert(static_cast<int>(tandem::rounding::ceiling) == TANDEM_ROUND_CEILING);
static_assert(static_cast<int>(tandem::rounding::half_up) == TANDEM_ROUND_HALF_UP);
static_assert(static_cast<int>(tandem::rounding::half_down) == TANDEM_ROUND_HALF_DOWN);
static_assert(static_cast<int>(tandem::rounding::half_even) == TANDEM_ROUND_HALF_EVEN);

}  // namespace

extern "C" {

tandem_status tandem_decimal_parse(const char* text, int32_t scale, tandem_rounding rounding,
                                   bool allow_negative, int64_t* units_out) {
  return tandem::capi::firewall([&] {
    tandem::capi::require_non_null(text, "text");
    tandem::capi::require_non_null(units_out, "units_out");
    // Checked before the cast: the enum is 8 bits wide, so 256 would become exact.
    if (rounding < TANDEM_ROUND_EXACT || rounding > TANDEM_ROUND_HALF_EVEN) {
      tandem::capi::throw_invalid_argument("rounding " + std::to_string(rounding) +
                                           " is not a tandem_rounding");
    }
    *units_out = tandem::parse_units(
        text, scale,
        {.mode = static_cast<tandem::rounding>(rounding), .allow_negative = allow_negative});
  });
}

tandem_status tandem_decimal_format(int64_t units, int32_t scale, char* buffer, size_t capacity,
                                    size_t* length_out) {
  return tandem::capi::firewall([&] {
    tandem::capi::require_text_buffer(buffer, capacity);
    const std::string text = tandem::format_units(units, scale);  // checks the scale
    tandem::capi::write_text(text, buffer, capacity, length_out);
  });
}

}  // extern "C"
