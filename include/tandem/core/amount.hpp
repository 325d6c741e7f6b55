// tandem/core/amount.hpp — exact decimal amounts and quantities.
//
// An amount is an integer count of the smallest unit together with a scale (the
// number of decimal places that unit represents): 1234.56 yuan at scale 2 is
// 123456 fen. Parsing and formatting are exact; nothing passes through binary
// floating point, and an amount cannot even be constructed from a double.
//
//   auto a = tandem::amount::parse("1234.56", 2);         // units() == 123456
//   auto b = tandem::amount::parse("12.345", 2, {.mode = tandem::rounding::half_even});
//   std::string s = a.to_string();                         // "1234.56"
#pragma once

#include <compare>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>

#include "tandem/core/error.hpp"

namespace tandem {

/// How to round a value that has more decimal places than the target scale.
enum class rounding : std::uint8_t {
  exact = 0,       ///< do not round: an inexact value is an error (the default)
  down = 1,        ///< toward zero (truncate)
  up = 2,          ///< away from zero
  floor = 3,       ///< toward negative infinity
  ceiling = 4,     ///< toward positive infinity
  half_up = 5,     ///< to nearest, ties away from zero (commercial rounding)
  half_down = 6,   ///< to nearest, ties toward zero
  half_even = 7,   ///< to nearest, ties to even (banker's rounding)
};

/// Stable name of a rounding mode ("half_even"), and its inverse (also accepts '-' for '_').
[[nodiscard]] std::string_view to_string(rounding mode) noexcept;
[[nodiscard]] bool parse_rounding(std::string_view name, rounding& out) noexcept;

/// The largest scale an amount may have: 10^18 is the largest power of ten in int64.
inline constexpr int max_scale = 18;

/// Options for amount::parse.
struct parse_options {
  rounding mode = rounding::exact;  ///< what to do with digits beyond the scale
  bool allow_negative = false;      ///< a leading '-' is rejected unless this is set
};

/// An exact decimal: units() in the smallest unit, scale() decimal places.
class amount {
 public:
  /// Zero at scale 0.
  constexpr amount() noexcept = default;

  /// `units` of 10^-scale each. Throws errc::out_of_range if scale is not in [0, max_scale].
  constexpr amount(std::int64_t units, int scale) : units_(units), scale_(checked_scale(scale)) {}

  /// Amounts never come from binary floating point: 0.1 has no exact double.
  template <std::floating_point F>
  amount(F, int) = delete;

  /// Parses a plain decimal: optional '-', digits, optional '.' and digits
  /// ("1234.56", "0.5", "7", "7.", ".5" is rejected). No spaces, exponents, signs
  /// other than a leading '-', thousands separators, NaN or infinities.
  /// Throws errc::parse_error (malformed), errc::out_of_range (negative when not
  /// allowed, more decimals than `scale` with rounding::exact, scale out of range)
  /// or errc::overflow (the value does not fit int64 units).
  [[nodiscard]] static amount parse(std::string_view text, int scale, parse_options options = {});

  [[nodiscard]] constexpr std::int64_t units() const noexcept { return units_; }
  [[nodiscard]] constexpr int scale() const noexcept { return scale_; }

  /// The same value at another scale; throws errc::out_of_range if rounding is
  /// needed and `mode` is exact, errc::overflow if the result does not fit.
  [[nodiscard]] amount rescale(int new_scale, rounding mode = rounding::exact) const;

  /// Exact decimal text with exactly scale() decimals: amount(-5, 2) -> "-0.05".
  [[nodiscard]] std::string to_string() const;

  /// Equal values compare equal whatever their scales: 1.5 == 1.50.
  friend bool operator==(const amount& a, const amount& b) noexcept;
  friend std::strong_ordering operator<=>(const amount& a, const amount& b) noexcept;

 private:
  static constexpr int checked_scale(int scale) {
    if (scale < 0 || scale > max_scale) {
      throw error(errc::out_of_range, "scale must be between 0 and 18");
    }
    return scale;
  }

  std::int64_t units_ = 0;
  int scale_ = 0;
};

/// Parses `text` at `scale` and returns the units (the common case for totals,
/// bounds and fixed values). Same rules and errors as amount::parse.
[[nodiscard]] std::int64_t parse_units(std::string_view text, int scale, parse_options options = {});

/// Formats `units` at `scale` as exact decimal text ("123456", 2 -> "1234.56").
[[nodiscard]] std::string format_units(std::int64_t units, int scale);

}  // namespace tandem
