// The helpers of plan_handles.hpp: argument checks shared by the plan section's files.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "firewall.hpp"
#include "plan_handles.hpp"
#include "tandem.h"
#include "tandem/core/error.hpp"
#include "time_handles.hpp"

namespace tandem::capi {

static_assert(static_cast<int>(tandem::plan::measure::amount) == TANDEM_MEASURE_AMOUNT);
static_assert(static_cast<int>(tandem::plan::measure::quantity) == TANDEM_MEASURE_QUANTITY);
static_assert(tandem::plan::all_products == TANDEM_ALL_PRODUCTS);
static_assert(tandem::alloc::unset == TANDEM_NONE);

tandem::plan::measure measure_argument(std::int32_t measure) {
  require_enum(measure, TANDEM_MEASURE_AMOUNT, TANDEM_MEASURE_QUANTITY, "tandem_measure");
  return static_cast<tandem::plan::measure>(measure);
}

tandem::plan::measure targeted_measure(const tandem::plan::plan& p, std::int32_t measure) {
  const tandem::plan::measure m = measure_argument(measure);
  if (!p.spec().targets[m]) {
    throw_invalid_argument("the plan does not target " + std::string(tandem::plan::to_string(m)));
  }
  return m;
}

const tandem::plan::plan& plan_argument(const tandem_plan* plan) {
  require_non_null(plan, "plan");
  return plan->p;
}

void require_unit(std::size_t unit, std::size_t count) {
  if (unit >= count) {
    throw_invalid_argument("unit " + std::to_string(unit) + " is out of range: the plan has " +
                           std::to_string(count) + " units");
  }
}

void require_product(std::size_t product, std::size_t count, bool all_allowed) {
  if (all_allowed && product == TANDEM_ALL_PRODUCTS) return;
  if (product >= count) {
    throw_invalid_argument("product line " + std::to_string(product) + " is out of range: the plan has " +
                           std::to_string(count) + " product lines");
  }
}

void require_month(std::size_t month, std::size_t count) {
  if (month >= count) {
    throw_invalid_argument("month " + std::to_string(month) + " is out of range: the plan has " +
                           std::to_string(count) + " months");
  }
}

tandem::plan::bounds bounds_argument(std::int64_t min, std::int64_t max, std::int64_t fixed) {
  return {.min = min, .max = max, .fixed = fixed};
}

tandem::amount weight_argument(const char* text, const char* parameter) {
  require_non_null(text, parameter);
  const std::string_view view(text);
  const std::size_t point = view.find('.');
  // The decimals written (at most max_scale: a longer fraction is refused by parse
  // unless its tail is zeros), so that "1.50" keeps its scale as in a document.
  const int scale = point == std::string_view::npos
                        ? 0
                        : static_cast<int>(std::min<std::size_t>(view.size() - point - 1,
                                                                 static_cast<std::size_t>(tandem::max_scale)));
  try {
    return tandem::amount::parse(view, scale);
  } catch (const tandem::error& e) {
    throw tandem::error(e.code(), std::string(parameter) + " " + quoted_name(text) + ": " + e.what());
  }
}

std::string weight_text(const tandem::amount& weight) { return weight.to_string(); }

}  // namespace tandem::capi
