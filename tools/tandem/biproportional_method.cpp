#include "biproportional_method.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "input_error.hpp"
#include "tandem/alloc/biproportional.hpp"
#include "tandem/alloc/method.hpp"
#include "tandem/core/error.hpp"

namespace tandem::cli {

namespace {

// Why the engine refuses `m`, or nothing if it takes it: a 1 x 1 request of zero
// is the smallest one it can judge the method on.
std::optional<std::string> refusal(alloc::method m) {
  const std::array<std::int64_t, 1> zero{0};
  try {
    static_cast<void>(alloc::biproportional(zero, zero, zero, {.m = m, .quantum = 1}));
    return std::nullopt;
  } catch (const tandem::error& e) {
    return std::string(e.what());
  }
}

}  // namespace

std::string biproportional_method_names() {
  std::vector<std::string_view> names;
  for (const alloc::method m : alloc::all_methods()) {
    if (!refusal(m)) names.push_back(alloc::to_string(m));
  }
  return fmt::format("{}", fmt::join(names, ", "));
}

CLI::Validator biproportional_method_validator() {
  return CLI::Validator(
      [](std::string& name) -> std::string {
        alloc::method m{};
        if (!alloc::parse_method(name, m)) {
          return fmt::format("unknown method {}; use one of {}", quote_value(name), biproportional_method_names());
        }
        if (const auto why = refusal(m)) {
          return fmt::format("{}: {}; use one of {}", quote_value(name), *why, biproportional_method_names());
        }
        return {};
      },
      "", "method");
}

}  // namespace tandem::cli
