// Marketing's focus at each lifecycle stage: the catalog's activities for the
// seed's three stages, and Tandem's own (inferred) for decline.
#include <string>
#include <vector>

#include "tandem/core/error.hpp"
#include "tandem/org/catalog.hpp"
#include "tandem/org/lifecycle.hpp"

namespace tandem::org {

namespace {

struct own_activity {
  std::string_view id;
  std::string_view zh;
  std::string_view en;
};

// The seed names no focus for 衰退期; these are the textbook responses to a
// declining product (harvest, prune, reposition or withdraw), kept to three and
// marked inferred wherever they appear.
constexpr own_activity decline_focus[] = {
    {"lc_decline_harvest", "收割：压缩营销投入，只保留有利润的销售",
     "Harvest: cut marketing spending to what keeps sales profitable"},
    {"lc_decline_prune", "精简产品线和渠道，淘汰无利润的型号",
     "Prune the range and the channels: drop unprofitable variants"},
    {"lc_decline_reposition", "评估重新定位或更新换代，否则规划有序退市",
     "Weigh repositioning or a successor product; otherwise plan an orderly withdrawal"},
};

}  // namespace

std::vector<focus_activity> marketing_focus(lifecycle_stage stage, lang l) {
  std::vector<focus_activity> out;
  if (is_extension(stage)) {
    for (const own_activity& a : decline_focus) out.push_back({a.id, l == lang::zh ? a.zh : a.en, true});
    return out;
  }
  const auto* entry = find<lifecycle_stage_entry>(stage_id(stage));
  if (entry == nullptr) {
    throw error(errc::invalid_argument, "lifecycle stage " + std::to_string(static_cast<int>(stage)) +
                                            " has no entry in the catalog");
  }
  out.reserve(entry->focus.size());
  for (const lifecycle_activity* a : entry->focus) out.push_back({a->id, a->text(l), a->inferred});
  return out;
}

}  // namespace tandem::org
