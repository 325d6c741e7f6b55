// spread_failure.hpp — how `tandem spread` stops: an exit status and one message.
#pragma once

#include <string>

namespace tandem::cli {

/// Thrown anywhere in `tandem spread` to end it: the exit status (exit_status.hpp)
/// and the message, without the "tandem spread: " prefix.
struct spread_failure {
  int status;
  std::string message;
};

}  // namespace tandem::cli
