// Method and tie-rule names, over tandem/alloc/method.hpp.
#include <cstddef>
#include <string>
#include <string_view>

#include "firewall.hpp"
#include "tandem.h"
#include "tandem/alloc/method.hpp"

namespace {

using tandem::alloc::method;
using tandem::alloc::tie_rule;

static_assert(static_cast<int>(method::hamilton) == TANDEM_METHOD_HAMILTON);
static_assert(static_cast<int>(method::jefferson) == TANDEM_METHOD_JEFFERSON);
static_assert(static_cast<int>(method::webster) == TANDEM_METHOD_WEBSTER);
static_assert(static_cast<int>(method::modified_sainte_lague) == TANDEM_METHOD_MODIFIED_SAINTE_LAGUE);
static_assert(static_cast<int>(method::adams) == TANDEM_METHOD_ADAMS);
static_assert(static_cast<int>(method::dean) == TANDEM_METHOD_DEAN);
static_assert(static_cast<int>(method::huntington_hill) == TANDEM_METHOD_HUNTINGTON_HILL);
static_assert(static_cast<int>(tie_rule::input_order) == TANDEM_TIES_INPUT_ORDER);
static_assert(static_cast<int>(tie_rule::larger_weight) == TANDEM_TIES_LARGER_WEIGHT);
static_assert(static_cast<int>(tie_rule::smaller_weight) == TANDEM_TIES_SMALLER_WEIGHT);
static_assert(static_cast<int>(tie_rule::error) == TANDEM_TIES_ERROR);

// Host text can be anything; a message shows at most this much of it.
std::string quoted(const char* text) {
  constexpr std::size_t max_shown = 64;
  std::size_t length = 0;  // strlen that stops early: the text may be huge
  while (length <= max_shown && text[length] != '\0') ++length;
  const std::string_view view(text, length);
  if (view.size() > max_shown) return "\"" + std::string(view.substr(0, max_shown)) + "...\"";
  return "\"" + std::string(view) + "\"";
}

}  // namespace

extern "C" {

tandem_status tandem_method_from_name(const char* name, tandem_method* out) {
  return tandem::capi::firewall([&] {
    tandem::capi::require_non_null(name, "name");
    tandem::capi::require_non_null(out, "out");
    method parsed{};
    if (!tandem::alloc::parse_method(name, parsed)) {
      tandem::capi::throw_invalid_argument("name " + quoted(name) + " is not a method");
    }
    *out = static_cast<tandem_method>(parsed);
  });
}

const char* tandem_method_name(tandem_method m) {
  if (m < TANDEM_METHOD_HAMILTON || m > TANDEM_METHOD_HUNTINGTON_HILL) return nullptr;
  // The names are string literals, hence NUL-terminated and static.
  return tandem::alloc::to_string(static_cast<method>(m)).data();
}

tandem_status tandem_tie_rule_from_name(const char* name, tandem_tie_rule* out) {
  return tandem::capi::firewall([&] {
    tandem::capi::require_non_null(name, "name");
    tandem::capi::require_non_null(out, "out");
    tie_rule parsed{};
    if (!tandem::alloc::parse_tie_rule(name, parsed)) {
      tandem::capi::throw_invalid_argument("name " + quoted(name) + " is not a tie rule");
    }
    *out = static_cast<tandem_tie_rule>(parsed);
  });
}

const char* tandem_tie_rule_name(tandem_tie_rule rule) {
  if (rule < TANDEM_TIES_INPUT_ORDER || rule > TANDEM_TIES_ERROR) return nullptr;
  return tandem::alloc::to_string(static_cast<tie_rule>(rule)).data();
}

}  // extern "C"
