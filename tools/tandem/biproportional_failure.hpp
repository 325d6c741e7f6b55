// biproportional_failure.hpp — how `tandem biproportional` stops: an exit status and one message.
#pragma once

#include <string>

namespace tandem::cli {

/// Thrown anywhere in `tandem biproportional` to end it: the exit status
/// (exit_status.hpp) and the message, without the "tandem biproportional: " prefix.
struct biproportional_failure {
  int status;
  std::string message;
};

}  // namespace tandem::cli
