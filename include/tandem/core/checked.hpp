// tandem/core/checked.hpp — overflow-checked integer arithmetic.
//
// Overflow is an error, never a wrap: each helper throws tandem::error with
// errc::overflow naming what was being computed.
//
//   std::int64_t sum = tandem::checked_add(a, b, "sum of fixed values");
#pragma once

#include <concepts>
#include <cstdint>
#include <string_view>

#include "tandem/core/error.hpp"

namespace tandem {

/// a + b, or throws errc::overflow mentioning `what`.
template <std::integral T>
[[nodiscard]] constexpr T checked_add(T a, T b, std::string_view what) {
  T out{};
  if (__builtin_add_overflow(a, b, &out)) throw_overflow(what);
  return out;
}

/// a - b, or throws errc::overflow mentioning `what`.
template <std::integral T>
[[nodiscard]] constexpr T checked_sub(T a, T b, std::string_view what) {
  T out{};
  if (__builtin_sub_overflow(a, b, &out)) throw_overflow(what);
  return out;
}

/// a * b, or throws errc::overflow mentioning `what`.
template <std::integral T>
[[nodiscard]] constexpr T checked_mul(T a, T b, std::string_view what) {
  T out{};
  if (__builtin_mul_overflow(a, b, &out)) throw_overflow(what);
  return out;
}

}  // namespace tandem
