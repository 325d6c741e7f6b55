// The organisation-model classifier of tandem.h: classify, the changes towards
// model 4, and the result handle both share (a model, or none for the changes, and
// reasons with an id, a text per language and the ids they concern).
#include <memory>
#include <string>
#include <string_view>

#include "firewall.hpp"
#include "org_catalog.hpp"
#include "org_handles.hpp"
#include "tandem.h"
#include "tandem/org/org_model_classifier.hpp"
#include "text_output.hpp"

namespace {

namespace org = tandem::org;
using tandem::capi::firewall;
using tandem::capi::require_non_null;

const org::org_model_reason& reason_argument(const tandem_org_model_result* result, std::size_t index) {
  require_non_null(result, "result");
  tandem::capi::require_index(index, result->reasons.size(), "reasons");
  return result->reasons[index];
}

}  // namespace

extern "C" {

tandem_status tandem_org_model_classify(const tandem_organisation* org, tandem_org_model_result** out) {
  return firewall([&] {
    require_non_null(org, "org");
    require_non_null(out, "out");
    org::org_model_classification c = org::classify_org_model(org->org);
    auto made = std::make_unique<tandem_org_model_result>();
    made->model = c.model;
    made->reasons = std::move(c.reasons);
    *out = made.release();
  });
}

tandem_status tandem_org_model_changes_towards_model_4(const tandem_organisation* org,
                                                       tandem_org_model_result** out) {
  return firewall([&] {
    require_non_null(org, "org");
    require_non_null(out, "out");
    auto made = std::make_unique<tandem_org_model_result>();
    made->reasons = org::changes_towards_model_4(org->org);
    *out = made.release();
  });
}

void tandem_org_model_result_destroy(tandem_org_model_result* result) { delete result; }

int32_t tandem_org_model_result_model(const tandem_org_model_result* result) {
  if (result == nullptr || result->model == nullptr) return 0;
  return result->model->number;
}

tandem_status tandem_org_model_result_model_id(const tandem_org_model_result* result, char* buffer,
                                               size_t capacity, size_t* length_out) {
  return firewall([&] {
    require_non_null(result, "result");
    tandem::capi::require_text_buffer(buffer, capacity);
    const std::string_view id = result->model == nullptr ? std::string_view() : result->model->id;
    tandem::capi::write_text(id, buffer, capacity, length_out);
  });
}

size_t tandem_org_model_result_reason_count(const tandem_org_model_result* result) {
  return result == nullptr ? 0 : result->reasons.size();
}

tandem_status tandem_org_model_result_reason_id(const tandem_org_model_result* result, size_t index,
                                                char* buffer, size_t capacity, size_t* length_out) {
  return firewall([&] {
    const org::org_model_reason& r = reason_argument(result, index);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(r.id, buffer, capacity, length_out);
  });
}

tandem_status tandem_org_model_result_reason_text(const tandem_org_model_result* result, size_t index,
                                                  tandem_lang lang, char* buffer, size_t capacity,
                                                  size_t* length_out) {
  return firewall([&] {
    const org::org_model_reason& r = reason_argument(result, index);
    const org::lang language = tandem::capi::lang_argument(lang);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(r.text(language), buffer, capacity, length_out);
  });
}

tandem_status tandem_org_model_result_reason_ids(const tandem_org_model_result* result, size_t index,
                                                 tandem_id_list** out) {
  return firewall([&] {
    require_non_null(out, "out");
    const org::org_model_reason& r = reason_argument(result, index);
    *out = tandem::capi::new_id_list(r.ids);
  });
}

}  // extern "C"
