// plan_decompose_detail.hpp — pieces of the decomposition that queries reuse.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "plan/plan_state.hpp"

namespace tandem::plan::detail {

/// The row-major children x product lines weights under `parent` (see
/// plan::children_weights); `parent_cells` are the parent's targets per line,
/// `child_totals` the children's totals.
[[nodiscard]] std::vector<std::int64_t> children_weights(const plan_spec& spec, const structure& tree,
                                                         std::size_t parent, std::span<const std::int64_t> parent_cells,
                                                         std::span<const std::int64_t> child_totals);

}  // namespace tandem::plan::detail
