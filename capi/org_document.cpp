// Organisation documents through tandem.h: load from memory or a file into a new
// schedule, save a schedule snprintf-style. The load error's message is the core's
// full problem list, one problem per line.
#include <memory>
#include <string>
#include <string_view>

#include "firewall.hpp"
#include "org_handles.hpp"
#include "tandem.h"
#include "tandem/org/org_document.hpp"
#include "text_output.hpp"

namespace {

using tandem::capi::firewall;
using tandem::capi::require_non_null;

}  // namespace

extern "C" {

int32_t tandem_org_document_schema_version(void) { return tandem::org::org_document_schema_version; }

tandem_status tandem_org_document_load(const char* json, size_t length, const char* source_name,
                                       tandem_loop_schedule** out) {
  return firewall([&] {
    require_non_null(out, "out");
    if (json == nullptr && length > 0) {
      tandem::capi::throw_invalid_argument("json is NULL but length is " + std::to_string(length));
    }
    const std::string_view text = length == 0 ? std::string_view() : std::string_view(json, length);
    const std::string_view name = source_name == nullptr ? std::string_view("<memory>") : source_name;
    *out = std::make_unique<tandem_loop_schedule>(tandem_loop_schedule{tandem::org::load_org_document(text, name)})
               .release();
  });
}

tandem_status tandem_org_document_load_file(const char* path, tandem_loop_schedule** out) {
  return firewall([&] {
    require_non_null(path, "path");
    require_non_null(out, "out");
    *out = std::make_unique<tandem_loop_schedule>(tandem_loop_schedule{tandem::org::load_org_document_file(path)})
               .release();
  });
}

tandem_status tandem_org_document_save(const tandem_loop_schedule* schedule, char* buffer, size_t capacity,
                                       size_t* length_out) {
  return firewall([&] {
    require_non_null(schedule, "schedule");
    tandem::capi::require_text_buffer(buffer, capacity);
    const std::string text = tandem::org::save_org_document(schedule->schedule);
    tandem::capi::write_text(text, buffer, capacity, length_out);
  });
}

}  // extern "C"
