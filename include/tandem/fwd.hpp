// tandem/fwd.hpp — forward declarations of Tandem's public types.
//
// Include this instead of the full headers where only names are needed.
#pragma once

#include <cstdint>

namespace tandem {

enum class errc : std::int32_t;
class error;

enum class rounding : std::uint8_t;
class amount;

namespace alloc {
enum class method : std::uint8_t;
enum class tie_rule : std::uint8_t;
struct options;
struct limits;
}  // namespace alloc

}  // namespace tandem
