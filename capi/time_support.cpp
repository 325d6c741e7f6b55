// Helpers shared by the time functions of the C API (time_handles.hpp).
#include <cstddef>
#include <cstdint>
#include <string>

#include "firewall.hpp"
#include "tandem/core/error.hpp"
#include "time_handles.hpp"

namespace tandem::capi {

tandem::time::date date_argument(const char* text, const char* parameter) {
  require_non_null(text, parameter);
  try {
    return tandem::time::parse_date(text);
  } catch (const tandem::error& e) {
    throw tandem::error(e.code(), std::string(parameter) + ": " + e.what());
  }
}

tandem::time::date_range range_argument(const char* first, const char* last) {
  const auto from = date_argument(first, "first");
  const auto to = date_argument(last, "last");
  if (to < from) {
    throw_invalid_argument("last (" + to.to_string() + ") is before first (" + from.to_string() + ")");
  }
  return {from, to};
}

void require_date_buffer(const char* buffer, std::size_t capacity, const char* parameter) {
  require_non_null(buffer, parameter);
  if (capacity < TANDEM_DATE_SIZE) {
    throw_invalid_argument(std::string(parameter) + " holds " + std::to_string(capacity) +
                           " bytes; a date needs TANDEM_DATE_SIZE (11)");
  }
}

void write_date(tandem::time::date d, char* buffer) noexcept {
  // By hand rather than through date::to_string: nothing to allocate, nothing to
  // fail once the checks have passed. Years are 1400..9999: always four digits.
  const auto put = [](int value, int width, char* at) {
    for (int i = width - 1; i >= 0; --i) {
      at[i] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
  };
  put(d.year(), 4, buffer);
  buffer[4] = '-';
  put(d.month(), 2, buffer + 5);
  buffer[7] = '-';
  put(d.day(), 2, buffer + 8);
  buffer[10] = '\0';
}

void require_enum(std::int32_t value, std::int32_t first, std::int32_t last, const char* type) {
  if (value < first || value > last) {
    throw_invalid_argument(std::to_string(value) + " is not a " + type);
  }
}

std::string quoted_name(const char* text) {
  constexpr std::size_t max_shown = 64;
  std::size_t length = 0;
  while (length <= max_shown && text[length] != '\0') ++length;
  if (length > max_shown) return "\"" + std::string(text, max_shown) + "...\"";
  return "\"" + std::string(text, length) + "\"";
}

void require_period_index(const tandem_periods* periods, std::size_t index) {
  require_non_null(periods, "periods");
  if (index >= periods->periods.size()) {
    throw_invalid_argument("index " + std::to_string(index) + " is out of range: there are " +
                           std::to_string(periods->periods.size()) + " periods");
  }
}

tandem::time::spread_options spread_options_or_defaults(const tandem_spread_options* options) {
  if (options == nullptr) return {};
  return options->view();
}

}  // namespace tandem::capi

tandem::time::spread_options tandem_spread_options::view() const {
  tandem::time::spread_options o;
  o.basis = basis;
  o.rounding = rounding;
  o.workdays = workdays != nullptr ? &workdays->calendar : nullptr;
  o.values = values;
  o.unit = unit;
  o.match = match;
  o.when_zero = when_zero;
  return o;
}
