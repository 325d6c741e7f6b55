// Decimal weights to integer weights at one common scale (tandem/alloc/weights.hpp).
//
// Two passes over the texts. The first validates each weight with the amount
// parser at scale 0 (syntax, sign, and an integer part that fits int64 at all)
// and counts its significant decimals; the second parses every weight exactly
// at the largest count. Multiplying all weights by the same power of ten leaves
// their proportions unchanged, so the integers can stand in for the decimals.
#include "tandem/alloc/weights.hpp"

#include <cstddef>
#include <string>

#include "tandem/core/amount.hpp"
#include "tandem/core/error.hpp"

namespace tandem::alloc {
namespace {

// Texts reaching here are already valid decimals (digits and one '.'), so only
// their length needs taming in a message.
std::string quote_decimal(std::string_view text) {
  constexpr std::size_t max_shown = 64;
  if (text.size() <= max_shown) return "\"" + std::string(text) + "\"";
  return "\"" + std::string(text.substr(0, max_shown)) + "\" (" + std::to_string(text.size()) +
         " characters, shortened)";
}

// Decimals that matter: "1.50" has 1, "2." and "3" have 0. Trailing zeros add
// nothing to the value, so they must not force a larger common scale.
std::size_t significant_decimals(std::string_view valid_decimal) {
  const std::size_t point = valid_decimal.find('.');
  if (point == std::string_view::npos) return 0;
  const std::string_view fraction = valid_decimal.substr(point + 1);
  const std::size_t last_nonzero = fraction.find_last_not_of('0');
  return last_nonzero == std::string_view::npos ? 0 : last_nonzero + 1;
}

// Parses one weight, re-throwing the parser's error with the weight's index.
std::int64_t parse_weight(std::string_view text, int scale, rounding mode, std::size_t index) {
  try {
    return parse_units(text, scale, {.mode = mode, .allow_negative = false});
  } catch (const error& e) {
    throw error(e.code(), std::string("weight ") + e.what(), index);
  }
}

}  // namespace

std::vector<std::int64_t> weights_from_decimals(std::span<const std::string_view> texts) {
  std::size_t common_scale = 0;
  std::size_t scale_set_by = 0;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    // Rounding down at scale 0 keeps only the integer part: this pass cares
    // about validity, not about the value.
    static_cast<void>(parse_weight(texts[i], 0, rounding::down, i));
    const std::size_t decimals = significant_decimals(texts[i]);
    if (decimals > static_cast<std::size_t>(max_scale)) {
      throw error(errc::overflow,
                  "weight " + quote_decimal(texts[i]) + " has " + std::to_string(decimals) +
                      " significant decimal places; at most " + std::to_string(max_scale) + " are supported",
                  i);
    }
    if (decimals > common_scale) {
      common_scale = decimals;
      scale_set_by = i;
    }
  }

  const int scale = static_cast<int>(common_scale);
  std::vector<std::int64_t> out;
  out.reserve(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    try {
      out.push_back(parse_units(texts[i], scale));
    } catch (const error& e) {
      // Pass one ruled out every other failure; what remains is a weight too
      // large once another weight's decimals raise the common scale.
      if (e.code() != errc::overflow) throw error(e.code(), std::string("weight ") + e.what(), i);
      throw error(errc::overflow,
                  "weight " + quote_decimal(texts[i]) + " does not fit a 64-bit integer at the common scale of " +
                      std::to_string(scale) + (scale == 1 ? " decimal place" : " decimal places") +
                      " (set by weight " + quote_decimal(texts[scale_set_by]) + ")",
                  i);
    }
  }
  return out;
}

}  // namespace tandem::alloc
