// exit_status.hpp — the exit statuses of every tandem command.
#pragma once

namespace tandem::cli {

/// The command did what was asked.
inline constexpr int exit_success = 0;
/// The input could not be used: unreadable or malformed file, invalid value,
/// infeasible request, a tie under --ties error, or output that could not be written.
inline constexpr int exit_invalid_input = 1;
/// The command line itself is wrong: unknown command or option, a missing or
/// malformed option value.
inline constexpr int exit_usage = 2;

}  // namespace tandem::cli
