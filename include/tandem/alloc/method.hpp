// tandem/alloc/method.hpp — apportionment methods and tie rules, with their names.
//
//   tandem::alloc::method m;
//   if (!tandem::alloc::parse_method("sainte-lague", m)) { /* unknown name */ }
//   // m == method::webster; to_string(m) == "webster"
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace tandem::alloc {

/// The apportionment methods. Numbers are pinned (the C API exposes them).
enum class method : std::uint8_t {
  hamilton = 0,               ///< largest remainder (Hare quota); aliases hare, largest-remainder
  jefferson = 1,              ///< divisor method rounding down; alias dhondt
  webster = 2,                ///< divisor method rounding to nearest; alias sainte-lague
  modified_sainte_lague = 3,  ///< Webster with first divisor 1.4 (first signpost 0.7)
  adams = 4,                  ///< divisor method rounding up
  dean = 5,                   ///< divisor method, harmonic-mean signposts
  huntington_hill = 6,        ///< divisor method, geometric-mean signposts (no square roots used)
};

/// How a tie for the last units is broken. Numbers are pinned.
enum class tie_rule : std::uint8_t {
  input_order = 0,     ///< the child that comes first in the input wins (default)
  larger_weight = 1,   ///< the larger weight wins; equal weights fall back to input order
  smaller_weight = 2,  ///< the smaller weight wins; equal weights fall back to input order
  error = 3,           ///< fail with errc::tie naming the tied children
};

/// Canonical name, e.g. "huntington-hill", "modified-sainte-lague".
[[nodiscard]] std::string_view to_string(method m) noexcept;
/// Canonical name: "input-order", "larger", "smaller", "error".
[[nodiscard]] std::string_view to_string(tie_rule t) noexcept;

/// Parses a canonical name or alias (case-sensitive, '-' or '_' accepted).
[[nodiscard]] bool parse_method(std::string_view name, method& out) noexcept;
/// Parses "input-order", "larger", "smaller", "error" (and "larger-weight", "smaller-weight").
[[nodiscard]] bool parse_tie_rule(std::string_view name, tie_rule& out) noexcept;

/// Every method, in enum order.
[[nodiscard]] std::span<const method> all_methods() noexcept;

/// True for the divisor methods (all but hamilton).
[[nodiscard]] constexpr bool is_divisor_method(method m) noexcept { return m != method::hamilton; }

}  // namespace tandem::alloc
