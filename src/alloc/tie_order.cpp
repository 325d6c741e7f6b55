#include "tie_order.hpp"

#include <algorithm>
#include <string>

#include "tandem/core/error.hpp"

namespace tandem::alloc::detail {

void throw_tie(std::vector<std::size_t> tied, std::size_t units, std::int64_t quantum) {
  std::sort(tied.begin(), tied.end());
  constexpr std::size_t named = 20;  // enough to act on; the full list is in error::children()
  std::string names;
  for (std::size_t i = 0; i < tied.size() && i < named; ++i) {
    if (i > 0) names.append(", ");
    names.append(std::to_string(tied[i] + 1));
  }
  if (tied.size() > named) names.append(", ... (").append(std::to_string(tied.size())).append(" in all)");
  std::string message("tie: children ");
  message.append(names)
      .append(" have equal claims to the last ")
      .append(std::to_string(units))
      .append(units == 1 ? " unit" : " units");
  if (quantum != 1) message.append(" of ").append(std::to_string(quantum));
  message.append(" served; choose a tie rule other than 'error'");
  throw error(errc::tie, message, std::move(tied));
}

}  // namespace tandem::alloc::detail
