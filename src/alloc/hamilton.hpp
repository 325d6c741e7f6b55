// Largest remainder (Hamilton / Hare quota), with bounded quotas.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "problem.hpp"
#include "workspace_state.hpp"

namespace tandem::alloc::detail {

/// Writes the shares of a validated, feasible problem to `out` (size p.size()).
/// May throw errc::tie (tie rule `error`) or std::bad_alloc; `out` is scratch.
/// Uses the reusable buffers of `scratch`.
void apportion_hamilton(const problem& p, std::span<std::int64_t> out, workspace_state& scratch);

}  // namespace tandem::alloc::detail
