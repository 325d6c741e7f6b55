// The opaque handles of tandem.h's "plan: target plans" section and the helpers their
// functions share: measures, unit / product line / month indexes, bounds and weights
// going in. Every check here runs before the core is called, so that a C caller's
// mistake is TANDEM_E_INVALID_ARGUMENT naming the parameter (the core reports bad
// indexes as out_of_range, meant for C++ callers).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "tandem.h"
#include "tandem/core/amount.hpp"
#include "tandem/core/error.hpp"
#include "tandem/plan/actuals.hpp"
#include "tandem/plan/plan.hpp"
#include "tandem/plan/plan_spec.hpp"
#include "tandem/plan/report.hpp"

struct tandem_plan {
  tandem::plan::plan p;
};

/// The actuals and the shape of the plan they were made for, so that indexes are
/// checked here (the core keeps its shape private).
struct tandem_actuals {
  tandem::plan::actuals a;
  std::size_t units = 0;
  std::size_t products = 0;
  std::size_t months = 0;
  tandem::plan::per_measure<bool> targeted{};
};

struct tandem_plan_report {
  std::vector<tandem::plan::report_row> rows;
};

/// A re-plan of what remains, with the shape needed to index its flat arrays.
struct tandem_plan_revision {
  tandem::plan::revision revision;
  std::size_t products = 0;
  std::size_t months = 0;
};

namespace tandem::capi {

/// A tandem_measure, checked before the cast (the C++ enumeration is 8 bits wide).
tandem::plan::measure measure_argument(std::int32_t measure);

/// A measure the plan targets: also refuses one it does not ("the plan does not
/// target quantity").
tandem::plan::measure targeted_measure(const tandem::plan::plan& p, std::int32_t measure);

/// The plan of a handle, refusing NULL (named "plan").
const tandem::plan::plan& plan_argument(const tandem_plan* plan);

/// Refuses unit >= unit_count ("unit 7 is out of range: the plan has 5 units").
void require_unit(std::size_t unit, std::size_t count);

/// Refuses product >= product_count unless it is TANDEM_ALL_PRODUCTS (when allowed).
void require_product(std::size_t product, std::size_t count, bool all_allowed);

/// Refuses month >= month_count.
void require_month(std::size_t month, std::size_t count);

/// Bounds from three int64 (TANDEM_NONE for none: alloc::unset is the same value).
tandem::plan::bounds bounds_argument(std::int64_t min, std::int64_t max, std::int64_t fixed);

/// A weight: non-negative decimal text kept at the scale it is written with ("1.50"
/// is 150 hundredths), as plan documents read weights. `parameter` names it in errors.
tandem::amount weight_argument(const char* text, const char* parameter);

/// Exact text of a weight with the decimals it holds.
std::string weight_text(const tandem::amount& weight);

/// Runs a core call that builds or edits a plan, dropping the child index from its
/// error: the core's index is a position inside whichever split failed (a child of
/// some parent, a matrix row), meaningless to a host, while the message names the
/// units and lines by id. tandem_last_error_child() is then -1.
template <class Body>
decltype(auto) naming_by_id(Body&& body) {
  try {
    return body();
  } catch (const tandem::error& e) {
    if (!e.child() && e.children().empty()) throw;
    throw tandem::error(e.code(), e.what());
  }
}

}  // namespace tandem::capi
