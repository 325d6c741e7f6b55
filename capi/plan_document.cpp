// Target plans through tandem.h: loading a plan document (from memory or a file) and
// decomposing it into a new handle, saving it, copying it, and the plan-wide facts
// (id, currency, fiscal year, calendar, measures). A load error's message is the
// document's full problem list, one per line, or the first problem decomposing met.
#include <memory>
#include <string>
#include <string_view>

#include "firewall.hpp"
#include "plan_handles.hpp"
#include "tandem.h"
#include "tandem/plan/plan_document.hpp"
#include "text_output.hpp"
#include "time_handles.hpp"

namespace {

using tandem::capi::firewall;
using tandem::capi::plan_argument;
using tandem::capi::require_non_null;

// Builds the spec the document loader returned. The loader's own errors carry no
// child (its message lists every problem by JSON path); decomposing names units by id.
tandem_plan* new_plan(tandem::plan::plan_spec spec) {
  auto built = tandem::capi::naming_by_id([&] { return tandem::plan::plan::build(std::move(spec)); });
  return std::make_unique<tandem_plan>(tandem_plan{std::move(built)}).release();
}

}  // namespace

extern "C" {

int32_t tandem_plan_document_schema_version(void) { return tandem::plan::plan_document_schema_version; }

tandem_status tandem_plan_load(const char* json, size_t length, const char* source_name, tandem_plan** out) {
  return firewall([&] {
    require_non_null(out, "out");
    if (json == nullptr && length > 0) {
      tandem::capi::throw_invalid_argument("json is NULL but length is " + std::to_string(length));
    }
    const std::string_view text = length == 0 ? std::string_view() : std::string_view(json, length);
    const std::string_view name = source_name == nullptr ? std::string_view("<memory>") : source_name;
    *out = new_plan(tandem::plan::load_plan_document(text, name));
  });
}

tandem_status tandem_plan_load_file(const char* path, tandem_plan** out) {
  return firewall([&] {
    require_non_null(path, "path");
    require_non_null(out, "out");
    *out = new_plan(tandem::plan::load_plan_document_file(path));
  });
}

tandem_status tandem_plan_save(const tandem_plan* plan, char* buffer, size_t capacity, size_t* length_out) {
  return firewall([&] {
    const tandem::plan::plan& p = plan_argument(plan);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(tandem::plan::save_plan_document(p.spec()), buffer, capacity, length_out);
  });
}

tandem_status tandem_plan_clone(const tandem_plan* plan, tandem_plan** out) {
  return firewall([&] {
    const tandem::plan::plan& p = plan_argument(plan);
    require_non_null(out, "out");
    *out = std::make_unique<tandem_plan>(tandem_plan{p}).release();
  });
}

void tandem_plan_destroy(tandem_plan* plan) { delete plan; }

tandem_status tandem_plan_id(const tandem_plan* plan, char* buffer, size_t capacity, size_t* length_out) {
  return firewall([&] {
    const tandem::plan::plan& p = plan_argument(plan);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(p.spec().id, buffer, capacity, length_out);
  });
}

tandem_status tandem_plan_currency(const tandem_plan* plan, char* buffer, size_t capacity, size_t* length_out) {
  return firewall([&] {
    const tandem::plan::plan& p = plan_argument(plan);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(p.spec().currency, buffer, capacity, length_out);
  });
}

tandem_status tandem_plan_fiscal_year(const tandem_plan* plan, int32_t* fiscal_year_out) {
  return firewall([&] {
    const tandem::plan::plan& p = plan_argument(plan);
    if (fiscal_year_out != nullptr) *fiscal_year_out = p.spec().fiscal_year;
  });
}

tandem_status tandem_plan_calendar(const tandem_plan* plan, tandem_fiscal_calendar** out) {
  return firewall([&] {
    const tandem::plan::plan& p = plan_argument(plan);
    require_non_null(out, "out");
    *out = std::make_unique<tandem_fiscal_calendar>(tandem_fiscal_calendar{p.spec().calendar}).release();
  });
}

tandem_status tandem_plan_measure(const tandem_plan* plan, tandem_measure measure, bool* targeted_out,
                                  int32_t* scale_out, int64_t* annual_target_out) {
  return firewall([&] {
    const tandem::plan::plan& p = plan_argument(plan);
    const tandem::plan::measure m = tandem::capi::measure_argument(measure);
    const tandem::plan::plan_spec& s = p.spec();
    if (targeted_out != nullptr) *targeted_out = s.targets[m];
    if (scale_out != nullptr) *scale_out = m == tandem::plan::measure::amount ? s.currency_scale : s.quantity_scale;
    if (annual_target_out != nullptr) *annual_target_out = s.targets[m] ? s.annual_target[m] : 0;
  });
}

}  // extern "C"
