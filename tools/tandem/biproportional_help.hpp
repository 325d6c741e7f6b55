// biproportional_help.hpp — the text of `tandem biproportional --help` beyond the option list.
#pragma once

#include <string>
#include <string_view>

namespace tandem::cli {

/// One line for `tandem --help`.
inline constexpr std::string_view biproportional_description =
    "Split a total over a rows x columns matrix so that every row and every column meets its total";

/// Everything after the options: methods, files, output, exit status.
[[nodiscard]] std::string biproportional_footer();

}  // namespace tandem::cli
