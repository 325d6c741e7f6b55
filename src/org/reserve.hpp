// org/reserve.hpp — room for one more element, grown geometrically (internal).
//
// Mutators with the strong guarantee reserve before they change anything, so that the
// push_back that commits cannot throw. Reserving exactly size() + 1 would reallocate
// (and move every element) on each call, making n additions cost O(n^2); doubling keeps
// them amortised O(1), as push_back alone would.
#pragma once

#include <algorithm>
#include <cstddef>

namespace tandem::org::detail {

template <class Vector>
void reserve_one_more(Vector& v) {
  if (v.size() == v.capacity()) v.reserve(std::max<std::size_t>(8, v.capacity() * 2));
}

}  // namespace tandem::org::detail
