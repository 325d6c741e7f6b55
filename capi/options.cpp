// The allocation options handle.
#include <memory>
#include <new>
#include <string>

#include "firewall.hpp"
#include "handles.hpp"
#include "tandem.h"

namespace {

using tandem::capi::firewall;
using tandem::capi::require_non_null;
using tandem::capi::throw_invalid_argument;

}  // namespace

extern "C" {

tandem_status tandem_alloc_options_create(tandem_alloc_options** out) {
  return firewall([&] {
    require_non_null(out, "out");
    *out = new tandem_alloc_options{};
  });
}

void tandem_alloc_options_destroy(tandem_alloc_options* options) { delete options; }

tandem_status tandem_alloc_options_set_method(tandem_alloc_options* options, tandem_method method) {
  return firewall([&] {
    require_non_null(options, "options");
    // Checked before the cast: the enum is 8 bits wide, so 256 would become hamilton.
    if (method < TANDEM_METHOD_HAMILTON || method > TANDEM_METHOD_HUNTINGTON_HILL) {
      throw_invalid_argument("method " + std::to_string(method) + " is not a tandem_method");
    }
    options->settings.m = static_cast<tandem::alloc::method>(method);
  });
}

tandem_status tandem_alloc_options_set_quantum(tandem_alloc_options* options, int64_t quantum) {
  return firewall([&] {
    require_non_null(options, "options");
    if (quantum <= 0) throw_invalid_argument("quantum must be positive, got " + std::to_string(quantum));
    options->settings.quantum = quantum;
  });
}

tandem_status tandem_alloc_options_set_ties(tandem_alloc_options* options, tandem_tie_rule ties) {
  return firewall([&] {
    require_non_null(options, "options");
    if (ties < TANDEM_TIES_INPUT_ORDER || ties > TANDEM_TIES_ERROR) {
      throw_invalid_argument("ties " + std::to_string(ties) + " is not a tandem_tie_rule");
    }
    options->settings.ties = static_cast<tandem::alloc::tie_rule>(ties);
  });
}

tandem_status tandem_alloc_options_get(const tandem_alloc_options* options,
                                       tandem_method* method_out, int64_t* quantum_out,
                                       tandem_tie_rule* ties_out) {
  return firewall([&] {
    require_non_null(options, "options");
    if (method_out != nullptr) *method_out = static_cast<tandem_method>(options->settings.m);
    if (quantum_out != nullptr) *quantum_out = options->settings.quantum;
    if (ties_out != nullptr) *ties_out = static_cast<tandem_tie_rule>(options->settings.ties);
  });
}

}  // extern "C"
