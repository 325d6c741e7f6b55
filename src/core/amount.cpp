// Exact decimal parsing, formatting, rescaling and comparison (tandem/core/amount.hpp).
//
// Nothing here touches floating point. A parsed value is built as an unsigned
// 128-bit magnitude (an integer part below 10^19 times 10^18 stays below 10^37,
// far under 2^128), the digits beyond the scale are reduced to a single "tail"
// class (zero / below half / exactly half / above half), and the rounding mode
// decides from that class whether the magnitude moves one unit away from zero.
// Only then is the signed result checked against the int64 range.
#include "tandem/core/amount.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <limits>
#include <optional>
#include <utility>

#include "tandem/core/int128.hpp"

namespace tandem {
namespace {

// 10^0 .. 10^19; 10^19 is the largest power of ten in uint64.
constexpr std::array<std::uint64_t, 20> powers_of_ten = [] {
  std::array<std::uint64_t, 20> p{};
  std::uint64_t v = 1;
  for (auto& x : p) {
    x = v;
    v *= 10;
  }
  return p;
}();

constexpr std::uint64_t pow10(int exponent) {
  return powers_of_ten[static_cast<std::size_t>(exponent)];
}

// |INT64_MIN|: the largest magnitude a negative result may have.
constexpr uint128 max_negative_magnitude = uint128{1} << 63;
constexpr uint128 max_positive_magnitude = static_cast<uint128>(std::numeric_limits<std::int64_t>::max());

// Error messages quote the user's text. Control bytes are escaped so that the
// message stays on one line; bytes >= 0x80 pass through so UTF-8 stays readable.
// Very long text is shortened: a 300-digit number is recognisable from its start.
std::string quote(std::string_view text) {
  constexpr std::size_t max_shown = 64;
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out = "\"";
  const std::size_t shown = text.size() > max_shown ? max_shown : text.size();
  for (std::size_t i = 0; i < shown; ++i) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20 || byte == 0x7F) {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    } else {
      out += c;
    }
  }
  out += '"';
  if (shown < text.size()) {
    out += " (" + std::to_string(text.size()) + " characters, shortened)";
  }
  return out;
}

std::string decimal_places(int n) {
  return std::to_string(n) + (n == 1 ? " decimal place" : " decimal places");
}

// What the discarded digits amount to, relative to one unit of the kept scale.
enum class tail : std::uint8_t { zero, below_half, half, above_half };

// Whether a magnitude whose discarded digits are `t` moves one unit away from
// zero under `mode`. The sign matters for floor and ceiling only.
bool round_away_from_zero(bool kept_is_odd, bool negative, tail t, rounding mode) {
  if (t == tail::zero) return false;
  switch (mode) {
    case rounding::exact:
    case rounding::down: return false;
    case rounding::up: return true;
    case rounding::floor: return negative;
    case rounding::ceiling: return !negative;
    case rounding::half_up: return t != tail::below_half;
    case rounding::half_down: return t == tail::above_half;
    case rounding::half_even: return t == tail::above_half || (t == tail::half && kept_is_odd);
  }
  return false;
}

void check_mode(rounding mode) {
  if (static_cast<std::uint8_t>(mode) > static_cast<std::uint8_t>(rounding::half_even)) {
    throw error(errc::invalid_argument,
                "unknown rounding mode " + std::to_string(static_cast<unsigned>(mode)));
  }
}

void check_scale(int scale) {
  if (scale < 0 || scale > max_scale) {
    throw error(errc::out_of_range,
                "scale " + std::to_string(scale) + " is not between 0 and " + std::to_string(max_scale));
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
  for (const char c : s) {
    if (!is_digit(c)) return false;
  }
  return true;
}

bool all_zeros(std::string_view s) { return s.find_first_not_of('0') == std::string_view::npos; }

// The pieces of a syntactically valid decimal: "-012.340" -> {true, "012", "340"}.
struct decimal_text {
  bool negative = false;
  std::string_view integer_digits;   // at least one digit
  std::string_view fraction_digits;  // possibly empty
};

std::optional<decimal_text> split_decimal(std::string_view text) {
  decimal_text out;
  if (!text.empty() && text.front() == '-') {
    out.negative = true;
    text.remove_prefix(1);
  }
  const std::size_t point = text.find('.');
  out.integer_digits = text.substr(0, point);
  if (point != std::string_view::npos) out.fraction_digits = text.substr(point + 1);
  if (out.integer_digits.empty() || !all_digits(out.integer_digits) || !all_digits(out.fraction_digits)) {
    return std::nullopt;
  }
  return out;
}

// Classifies digits dropped from the right of a decimal expansion. Reads the
// whole string once, so arbitrarily long tails cost no more than their length.
tail classify_tail(std::string_view dropped) {
  if (dropped.empty()) return tail::zero;
  const char first = dropped.front();
  const bool rest_zero = all_zeros(dropped.substr(1));
  if (first == '0') return rest_zero ? tail::zero : tail::below_half;
  if (first < '5') return tail::below_half;
  if (first > '5') return tail::above_half;
  return rest_zero ? tail::half : tail::above_half;
}

// Classifies a remainder 0 <= r < divisor against divisor / 2, exactly.
tail classify_remainder(std::uint64_t r, std::uint64_t divisor) {
  if (r == 0) return tail::zero;
  const uint128 twice = uint128{r} * 2;
  if (twice < divisor) return tail::below_half;
  if (twice == divisor) return tail::half;
  return tail::above_half;
}

// Applies a sign to a magnitude, or returns nullopt if the result leaves int64.
std::optional<std::int64_t> to_signed(uint128 magnitude, bool negative) {
  if (negative) {
    if (magnitude > max_negative_magnitude) return std::nullopt;
    // -(m) computed in uint64 two's complement, then reinterpreted; exact for m <= 2^63.
    return static_cast<std::int64_t>(std::uint64_t{0} - static_cast<std::uint64_t>(magnitude));
  }
  if (magnitude > max_positive_magnitude) return std::nullopt;
  return static_cast<std::int64_t>(magnitude);
}

std::uint64_t magnitude_of(std::int64_t v) {
  const auto bits = static_cast<std::uint64_t>(v);
  return v < 0 ? std::uint64_t{0} - bits : bits;
}

[[noreturn]] void throw_does_not_fit(std::string_view text, int scale) {
  throw error(errc::overflow,
              quote(text) + " does not fit a 64-bit integer at " + decimal_places(scale));
}

}  // namespace

std::string_view to_string(rounding mode) noexcept {
  switch (mode) {
    case rounding::exact: return "exact";
    case rounding::down: return "down";
    case rounding::up: return "up";
    case rounding::floor: return "floor";
    case rounding::ceiling: return "ceiling";
    case rounding::half_up: return "half_up";
    case rounding::half_down: return "half_down";
    case rounding::half_even: return "half_even";
  }
  return "unknown";
}

bool parse_rounding(std::string_view name, rounding& out) noexcept {
  constexpr std::array modes{rounding::exact,   rounding::down,    rounding::up,
                             rounding::floor,   rounding::ceiling, rounding::half_up,
                             rounding::half_down, rounding::half_even};
  for (const rounding mode : modes) {
    const std::string_view canonical = to_string(mode);
    if (canonical.size() != name.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < name.size() && same; ++i) {
      const char c = name[i] == '-' ? '_' : name[i];
      same = c == canonical[i];
    }
    if (same) {
      out = mode;
      return true;
    }
  }
  return false;
}

amount amount::parse(std::string_view text, int scale, parse_options options) {
  check_scale(scale);
  check_mode(options.mode);
  const std::optional<decimal_text> parts = split_decimal(text);
  if (!parts) {
    throw error(errc::parse_error,
                quote(text) + " is not a plain decimal number (digits, optionally '-' first and one '.')");
  }
  if (parts->negative && !options.allow_negative) {
    throw error(errc::out_of_range, quote(text) + " is negative; negative values are not allowed here");
  }

  // An integer part of 20 or more significant digits is at least 10^19 > 2^63:
  // it cannot fit at any scale, and stopping here keeps the arithmetic in range.
  std::string_view integer = parts->integer_digits;
  integer.remove_prefix(std::min(integer.find_first_not_of('0'), integer.size()));
  if (integer.size() > 19) throw_does_not_fit(text, scale);

  uint128 magnitude = 0;
  for (const char c : integer) magnitude = magnitude * 10 + static_cast<unsigned>(c - '0');
  const std::string_view fraction = parts->fraction_digits;
  const auto kept = static_cast<std::size_t>(scale);
  for (std::size_t i = 0; i < kept; ++i) {
    const unsigned digit = i < fraction.size() ? static_cast<unsigned>(fraction[i] - '0') : 0U;
    magnitude = magnitude * 10 + digit;
  }

  const tail dropped = classify_tail(fraction.size() > kept ? fraction.substr(kept) : std::string_view{});
  if (dropped != tail::zero && options.mode == rounding::exact) {
    throw error(errc::out_of_range,
                scale == 0 ? quote(text) + " is not a whole number"
                           : quote(text) + " has more than " + decimal_places(scale));
  }
  if (round_away_from_zero((magnitude & 1U) != 0U, parts->negative, dropped, options.mode)) {
    magnitude += 1;
  }

  const std::optional<std::int64_t> units = to_signed(magnitude, parts->negative);
  if (!units) throw_does_not_fit(text, scale);
  return amount(*units, scale);
}

amount amount::rescale(int new_scale, rounding mode) const {
  check_scale(new_scale);
  check_mode(mode);
  if (new_scale >= scale_) {
    std::int64_t out = 0;
    if (__builtin_mul_overflow(units_, static_cast<std::int64_t>(pow10(new_scale - scale_)), &out)) {
      throw_does_not_fit(to_string(), new_scale);
    }
    return amount(out, new_scale);
  }

  const std::uint64_t divisor = pow10(scale_ - new_scale);
  const bool negative = units_ < 0;
  const std::uint64_t magnitude = magnitude_of(units_);
  std::uint64_t quotient = magnitude / divisor;
  const tail dropped = classify_remainder(magnitude % divisor, divisor);
  if (dropped != tail::zero && mode == rounding::exact) {
    throw error(errc::out_of_range, quote(to_string()) + " cannot be expressed with " +
                                        decimal_places(new_scale) + " without rounding");
  }
  // quotient <= 2^63 / 10, so one more unit cannot leave the int64 range.
  if (round_away_from_zero((quotient & 1U) != 0U, negative, dropped, mode)) quotient += 1;
  return amount(*to_signed(quotient, negative), new_scale);
}

std::string amount::to_string() const { return format_units(units_, scale_); }

namespace {

// Both values at the larger scale: |units| <= 2^63 and the factor <= 10^18 < 2^60,
// so the product stays below 2^123, inside int128.
std::pair<int128, int128> at_common_scale(const amount& a, const amount& b) noexcept {
  const int common = a.scale() > b.scale() ? a.scale() : b.scale();
  return {int128{a.units()} * static_cast<int128>(pow10(common - a.scale())),
          int128{b.units()} * static_cast<int128>(pow10(common - b.scale()))};
}

}  // namespace

bool operator==(const amount& a, const amount& b) noexcept {
  const auto [x, y] = at_common_scale(a, b);
  return x == y;
}

std::strong_ordering operator<=>(const amount& a, const amount& b) noexcept {
  const auto [x, y] = at_common_scale(a, b);
  if (x < y) return std::strong_ordering::less;
  if (x > y) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

std::int64_t parse_units(std::string_view text, int scale, parse_options options) {
  return amount::parse(text, scale, options).units();
}

std::string format_units(std::int64_t units, int scale) {
  check_scale(scale);
  // The magnitude in uint64 so that INT64_MIN needs no special case.
  std::string digits = std::to_string(magnitude_of(units));
  const auto decimals = static_cast<std::size_t>(scale);
  if (digits.size() <= decimals) digits.insert(0, decimals + 1 - digits.size(), '0');
  if (decimals > 0) digits.insert(digits.size() - decimals, 1, '.');
  if (units < 0) digits.insert(0, 1, '-');
  return digits;
}

}  // namespace tandem
