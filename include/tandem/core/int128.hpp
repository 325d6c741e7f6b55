// tandem/core/int128.hpp — 128-bit integer aliases.
//
// GCC and Clang provide __int128 on 64-bit targets. ISO C++ has no such type, so
// the aliases are declared with __extension__ to keep -Wpedantic quiet; all other
// code uses the aliases and never spells the extension.
//
//   tandem::uint128 p = tandem::uint128{a} * b;   // exact 64x64 -> 128 product
#pragma once

namespace tandem {

__extension__ using int128 = __int128;
__extension__ using uint128 = unsigned __int128;

}  // namespace tandem
