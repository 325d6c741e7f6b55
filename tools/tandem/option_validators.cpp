#include "option_validators.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <vector>

#include "input_error.hpp"
#include "tandem/alloc/method.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/org/catalog.hpp"

namespace tandem::cli {

// Kept in step with alloc::parse_method by tests that try every name listed here.
const std::string_view methods_help =
    "Methods (--method; '_' may replace '-'):\n"
    "  hamilton               largest remainder; aliases hare, largest-remainder\n"
    "  jefferson              divisor method rounding down; aliases dhondt, d-hondt\n"
    "  webster                divisor method rounding to nearest; alias sainte-lague\n"
    "  modified-sainte-lague  webster with a first divisor of 1.4\n"
    "  adams                  divisor method rounding up\n"
    "  dean                   divisor method, harmonic-mean rounding\n"
    "  huntington-hill        divisor method, geometric-mean rounding\n";

std::string method_names() {
  std::vector<std::string_view> names;
  for (const alloc::method m : alloc::all_methods()) names.push_back(alloc::to_string(m));
  return fmt::format("{}", fmt::join(names, ", "));
}

CLI::Validator method_validator() {
  return CLI::Validator(
      [](std::string& name) -> std::string {
        alloc::method m{};
        if (alloc::parse_method(name, m)) return {};
        return fmt::format("unknown method {}; the methods are {}", quote_value(name), method_names());
      },
      "", "method");
}

CLI::Validator ties_validator() {
  return CLI::Validator(
      [](std::string& name) -> std::string {
        alloc::tie_rule t{};
        if (alloc::parse_tie_rule(name, t)) return {};
        return fmt::format("unknown tie rule {}; the rules are input-order, larger, smaller, error", quote_value(name));
      },
      "", "ties");
}

CLI::Validator format_validator(std::vector<std::string> formats) {
  return CLI::Validator(
      [formats = std::move(formats)](std::string& name) -> std::string {
        for (const std::string& f : formats) {
          if (name == f) return {};
        }
        return fmt::format("unknown format {}; the formats are {}", quote_value(name), fmt::join(formats, ", "));
      },
      "", "format");
}

CLI::Validator lang_validator() {
  return CLI::Validator(
      [](std::string& name) -> std::string {
        if (org::lang_from_name(name)) return {};
        return fmt::format("unknown language {}; the languages are zh, en", quote_value(name));
      },
      "", "lang");
}

CLI::Validator scale_validator() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        const bool digits =
            !text.empty() && text.size() <= 2 && text.find_first_not_of("0123456789") == std::string::npos;
        if (digits && std::stoi(text) <= max_scale) return {};
        return fmt::format("{} is not a scale; use a whole number from 0 to {}", quote_value(text), max_scale);
      },
      "", "scale");
}

}  // namespace tandem::cli
