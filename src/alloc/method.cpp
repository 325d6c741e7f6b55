#include "tandem/alloc/method.hpp"

#include <array>
#include <string>

namespace tandem::alloc {
namespace {

struct method_name {
  std::string_view name;
  method m;
};

// Canonical names first; aliases after. Lookups accept '_' for '-'.
constexpr std::array method_names{
    method_name{"hamilton", method::hamilton},
    method_name{"jefferson", method::jefferson},
    method_name{"webster", method::webster},
    method_name{"modified-sainte-lague", method::modified_sainte_lague},
    method_name{"adams", method::adams},
    method_name{"dean", method::dean},
    method_name{"huntington-hill", method::huntington_hill},
    method_name{"hare", method::hamilton},
    method_name{"largest-remainder", method::hamilton},
    method_name{"dhondt", method::jefferson},
    method_name{"d-hondt", method::jefferson},
    method_name{"sainte-lague", method::webster},
};

constexpr std::array all{method::hamilton, method::jefferson,  method::webster,
                         method::modified_sainte_lague, method::adams, method::dean,
                         method::huntington_hill};

std::string normalise(std::string_view name) {
  std::string out(name);
  for (char& c : out) {
    if (c == '_') c = '-';
  }
  return out;
}

}  // namespace

std::string_view to_string(method m) noexcept {
  for (const auto& entry : method_names) {
    if (entry.m == m) return entry.name;  // the first entry of each method is canonical
  }
  return "unknown";
}

std::string_view to_string(tie_rule t) noexcept {
  switch (t) {
    case tie_rule::input_order: return "input-order";
    case tie_rule::larger_weight: return "larger";
    case tie_rule::smaller_weight: return "smaller";
    case tie_rule::error: return "error";
  }
  return "unknown";
}

bool parse_method(std::string_view name, method& out) noexcept {
  try {
    const std::string key = normalise(name);
    for (const auto& entry : method_names) {
      if (entry.name == key) {
        out = entry.m;
        return true;
      }
    }
  } catch (...) {  // only std::bad_alloc is possible; treat as "not parsed"
  }
  return false;
}

bool parse_tie_rule(std::string_view name, tie_rule& out) noexcept {
  try {
    const std::string key = normalise(name);
    if (key == "input-order") out = tie_rule::input_order;
    else if (key == "larger" || key == "larger-weight") out = tie_rule::larger_weight;
    else if (key == "smaller" || key == "smaller-weight") out = tie_rule::smaller_weight;
    else if (key == "error") out = tie_rule::error;
    else return false;
    return true;
  } catch (...) {
  }
  return false;
}

std::span<const method> all_methods() noexcept { return all; }

}  // namespace tandem::alloc
