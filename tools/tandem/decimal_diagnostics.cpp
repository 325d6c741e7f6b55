#include "decimal_diagnostics.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <limits>

#include "input_error.hpp"
#include "tandem/core/amount.hpp"

namespace tandem::cli {

std::string describe_amount_error(const tandem::error& e, std::string_view text, int scale) {
  const std::string shown = quote_value(text);
  if (text.empty()) return "the value is empty";
  switch (e.code()) {
    case errc::parse_error:
      return fmt::format("{} is not a plain decimal number (digits, an optional '.' and decimals)", shown);
    case errc::out_of_range:
      // parse_units rejects two things as out of range: a negative value, and more
      // decimals than the scale holds (the scale itself was validated earlier).
      if (text.front() == '-') return fmt::format("{} is negative", shown);
      if (scale == 0) return fmt::format("{} has decimal places but --scale is 0", shown);
      return fmt::format("{} has more than {} decimal place{}", shown, scale, scale == 1 ? "" : "s");
    case errc::overflow:
      return fmt::format("{} is too large (at most {} at --scale {})", shown,
                         format_units(std::numeric_limits<std::int64_t>::max(), scale), scale);
    default:
      return fmt::format("{}: {}", shown, e.what());
  }
}

std::string describe_weight_error(const tandem::error& e, std::string_view text) {
  const std::string shown = quote_value(text);
  if (text.empty()) return "the weight is empty; every row needs one";
  switch (e.code()) {
    case errc::parse_error:
      return fmt::format("{} is not a plain decimal number (digits, an optional '.' and decimals)", shown);
    case errc::out_of_range:
      return fmt::format("{} is negative; weights must be zero or more", shown);
    case errc::overflow:
      return e.what();  // names the weight and, if another weight raised the scale, that one too
    default:
      return fmt::format("{}: {}", shown, e.what());
  }
}

}  // namespace tandem::cli
