// plan_help.hpp — the text of `tandem plan --help` beyond the option list.
#pragma once

#include <string_view>

namespace tandem::cli {

/// One line for `tandem --help`.
inline constexpr std::string_view plan_description =
    "Decompose a target plan over units, product lines and months; compare it with actuals";

/// Everything after the options: what is shown, the formats, the exit status.
extern const std::string_view plan_footer;

}  // namespace tandem::cli
