// option_validators.hpp — CLI11 checks on option values shared by the commands.
//
// A validator returns an empty string for a good value, else the message that
// CLI11 reports after the option's name (a usage error, exit status 2):
//   tandem spread: --ties: unknown tie rule "random"; the rules are ... (see 'tandem spread --help')
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace tandem::cli {

/// "hamilton, jefferson, ..." — every method's canonical name, in enum order.
[[nodiscard]] std::string method_names();

/// The methods and their aliases, as the help of a command lists them.
extern const std::string_view methods_help;

/// A method name or alias (alloc::parse_method).
[[nodiscard]] CLI::Validator method_validator();
/// A tie rule name (alloc::parse_tie_rule).
[[nodiscard]] CLI::Validator ties_validator();
/// One of `formats` ("csv", "json"; "table", "json"), exactly as written.
[[nodiscard]] CLI::Validator format_validator(std::vector<std::string> formats);
/// A language name, any case (org::lang_from_name): zh or en.
[[nodiscard]] CLI::Validator lang_validator();
/// A whole number from 0 to max_scale.
[[nodiscard]] CLI::Validator scale_validator();

}  // namespace tandem::cli
