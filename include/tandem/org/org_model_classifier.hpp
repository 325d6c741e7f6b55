// tandem/org/org_model_classifier.hpp — which of the seed's four organisation models
// (组织模式) an organisation runs, why, and what would move it to model 4, the one the
// seed recommends for industrial firms.
//
//   using namespace tandem::org;
//   const org_model_classification c = classify_org_model(org);   // org: an organisation
//   c.model->number;                      // 1..4
//   for (const org_model_reason& r : c.reasons) std::cout << r.id << ": " << r.text(lang::en) << '\n';
//   for (const org_model_change& ch : changes_towards_model_4(org)) std::cout << ch.text(lang::zh) << '\n';
//
// The rules, first match wins (docs/domain.md, "Organisation model (组织模式)"):
//   1. no marketing unit, no sales unit, or one unit doing both        -> model 1
//   2. the marketing unit's superior chain passes through the sales unit -> model 2
//   3. otherwise (separate units), if the marketing side owns every management duty and
//      every support duty (management_duties(), support_duties())     -> model 4
//   4. otherwise                                                       -> model 3
// "The marketing side" is the marketing unit and every unit below it, minus the sales
// unit's subtree if sales reports to marketing; "the sales side" likewise.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tandem/org/catalog.hpp"
#include "tandem/org/organisation.hpp"

namespace tandem::org {

/// One reason for a classification. `id` is stable (see the docs' table); `ids` are
/// the units and duties it concerns, in the order the docs give for that reason.
struct org_model_reason {
  std::string id;
  std::string zh;
  std::string en;
  std::vector<std::string> ids;

  [[nodiscard]] const std::string& text(lang l) const noexcept { return l == lang::zh ? zh : en; }
};

/// The model an organisation runs and why.
struct org_model_classification {
  /// Points into the catalog (org_models()); never null.
  const org_model* model = nullptr;
  std::vector<org_model_reason> reasons;
};

/// One concrete change towards model 4. Same shape as a reason; `id` is stable.
using org_model_change = org_model_reason;

/// The catalog duties whose ownership makes marketing *manage* sales: the annual plan
/// built on the sales target, stage strategies with sales policy and channel planning,
/// the annual and stage sales targets with their decomposition, performance-evaluation
/// and expense plans, and issuing the decomposed targets to sales. In catalog order.
[[nodiscard]] std::span<const std::string_view> management_duties() noexcept;
/// The catalog duties whose ownership makes marketing *support* sales: the market
/// analysis area and the marketing information management area (4 + 4). In catalog order.
[[nodiscard]] std::span<const std::string_view> support_duties() noexcept;

/// Classifies a validated organisation (validate() is called first and its errors
/// propagate).
[[nodiscard]] org_model_classification classify_org_model(const organisation& org);

/// What to change so that classify_org_model would answer model 4, in the order to do
/// it: structural changes first, then duties to give the marketing side, in the order
/// of management_duties() then support_duties(). Empty when the organisation already
/// runs model 4. Validates first.
[[nodiscard]] std::vector<org_model_change> changes_towards_model_4(const organisation& org);

}  // namespace tandem::org
