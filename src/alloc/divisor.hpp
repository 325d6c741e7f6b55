// The divisor methods (Jefferson, Webster, modified Sainte-Lague, Adams, Dean,
// Huntington-Hill) as the standard bounded divisor method.
#pragma once

#include <cstdint>
#include <span>

#include "problem.hpp"
#include "workspace_state.hpp"
#include "tandem/alloc/method.hpp"

namespace tandem::alloc::detail {

/// Writes the shares of a validated, feasible problem to `out` (size p.size()).
/// `m` must be a divisor method. May throw errc::tie or std::bad_alloc; `out` is scratch.
void apportion_divisor(const problem& p, method m, std::span<std::int64_t> out,
                       workspace_state& scratch);

}  // namespace tandem::alloc::detail
