// tandem_id_list (the answer of the organisation queries) and the helpers the
// organisation functions share (org_handles.hpp).
#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "firewall.hpp"
#include "org_handles.hpp"
#include "tandem.h"
#include "text_output.hpp"

namespace tandem::capi {

std::string optional_text(const char* text) { return text == nullptr ? std::string() : std::string(text); }

void require_index(std::size_t index, std::size_t count, const char* things) {
  if (index >= count) {
    throw_invalid_argument("index " + std::to_string(index) + " is out of range: there are " +
                           std::to_string(count) + " " + things);
  }
}

tandem_id_list* new_id_list(std::vector<std::string> ids) {
  std::vector<std::vector<std::string>> related(ids.size());
  return new_id_list(std::move(ids), std::move(related));
}

tandem_id_list* new_id_list(std::vector<std::string> ids, std::vector<std::vector<std::string>> related) {
  auto list = std::make_unique<tandem_id_list>();
  list->ids = std::move(ids);
  list->related = std::move(related);
  return list.release();
}

}  // namespace tandem::capi

extern "C" {

void tandem_id_list_destroy(tandem_id_list* list) { delete list; }

size_t tandem_id_list_count(const tandem_id_list* list) { return list == nullptr ? 0 : list->ids.size(); }

tandem_status tandem_id_list_get(const tandem_id_list* list, size_t index, char* buffer, size_t capacity,
                                 size_t* length_out) {
  return tandem::capi::firewall([&] {
    tandem::capi::require_non_null(list, "list");
    tandem::capi::require_index(index, list->ids.size(), "ids");
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(list->ids[index], buffer, capacity, length_out);
  });
}

tandem_status tandem_id_list_related_count(const tandem_id_list* list, size_t index, size_t* out) {
  return tandem::capi::firewall([&] {
    tandem::capi::require_non_null(list, "list");
    tandem::capi::require_non_null(out, "out");
    tandem::capi::require_index(index, list->ids.size(), "ids");
    *out = list->related[index].size();
  });
}

tandem_status tandem_id_list_related(const tandem_id_list* list, size_t index, size_t related_index,
                                     char* buffer, size_t capacity, size_t* length_out) {
  return tandem::capi::firewall([&] {
    tandem::capi::require_non_null(list, "list");
    tandem::capi::require_index(index, list->ids.size(), "ids");
    const auto& related = list->related[index];
    if (related_index >= related.size()) {
      tandem::capi::throw_invalid_argument("related_index " + std::to_string(related_index) +
                                           " is out of range: id " + std::to_string(index) + " has " +
                                           std::to_string(related.size()) + " related ids");
    }
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(related[related_index], buffer, capacity, length_out);
  });
}

}  // extern "C"
