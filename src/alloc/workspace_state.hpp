// The scratch buffers behind alloc::workspace, reused from call to call.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tandem::alloc::detail {

/// A child whose share may still change during a divisor method's correction step,
/// with its share at the lower and at the upper end of the bracket.
struct candidate {
  std::size_t child;
  std::int64_t from;  // share at L_a, ties rounded down
  std::int64_t to;    // share at L_b, ties rounded up
};

/// One unit a candidate may gain: its (k+1)-th, gained at L = s(k) / w.
struct unit {
  std::size_t child;
  std::uint64_t k;
};

struct workspace_state {
  std::vector<std::int64_t> shares;       // the result before it is copied out
  std::vector<std::uint64_t> remainders;  // largest remainder: one per child
  std::vector<std::size_t> indices;       // largest remainder: children at the cut
  std::vector<candidate> candidates;      // divisor methods
  std::vector<candidate> ties;
  std::vector<unit> units;

  [[nodiscard]] std::size_t capacity_bytes() const noexcept {
    return shares.capacity() * sizeof(std::int64_t) + remainders.capacity() * sizeof(std::uint64_t) +
           indices.capacity() * sizeof(std::size_t) +
           (candidates.capacity() + ties.capacity()) * sizeof(candidate) + units.capacity() * sizeof(unit);
  }
};

}  // namespace tandem::alloc::detail
