// spread_help.hpp — the text of `tandem spread --help` beyond the option list.
#pragma once

#include <string>
#include <string_view>

namespace tandem::cli {

/// One line for `tandem --help`.
inline constexpr std::string_view spread_description =
    "Spread a total over the months (quarters, weeks, days...) of a date range, exactly";

/// Everything after the options: calendars, labels, bases, files, output, exit status.
[[nodiscard]] std::string spread_footer();

}  // namespace tandem::cli
