// Re-planning what remains after the closed months (respread_remaining in
// tandem/plan/report.hpp).
//
// Each leaf cell (a leaf unit's target for one product line) is re-spread on its own by
// time::respread: its annual target minus its actuals for the closed months, over its
// open months, by the caller's policies. Parents are not re-planned: their remaining
// targets are the sums of their leaves', as everywhere in a plan.
#include <algorithm>
#include <string>
#include <vector>

#include "actuals_builder.hpp"
#include "tandem/core/error.hpp"
#include "tandem/plan/report.hpp"

namespace tandem::plan {

revision respread_remaining(const plan& p, const actuals& a, measure m, time::date as_of,
                            const time::respread_options& opts) {
  if (static_cast<std::size_t>(m) >= measure_count || !p.spec().targets[m]) {
    throw error(errc::invalid_argument, "the plan does not target " + std::string(to_string(m)));
  }
  if (!actuals_builder::same_shape(a, p)) {
    throw error(errc::invalid_argument,
                "the actuals are not shaped like the plan (units, product lines, months or measures differ)");
  }
  const auto months = p.periods();
  // A month is closed when it ends on or before the as-of date; months are in order.
  const auto closed = static_cast<std::size_t>(
      std::partition_point(months.begin(), months.end(), [&](const time::period& k) { return k.span.last <= as_of; }) -
      months.begin());
  if (closed == 0) {
    throw error(errc::invalid_argument, "no month is closed on " + as_of.to_string() + " (the first month, " +
                                            months.front().label + ", ends on " +
                                            months.front().span.last.to_string() + "): nothing to re-plan from");
  }
  if (closed == months.size()) {
    throw error(errc::invalid_argument, "every month is closed on " + as_of.to_string() + " (the last month, " +
                                            months.back().label + ", ends on " + months.back().span.last.to_string() +
                                            "): nothing remains to re-plan");
  }

  revision out;
  out.closed_months = closed;
  for (unit_index_t u = 0; u < p.unit_count(); ++u) {
    if (p.is_leaf(u)) out.leaves.push_back(u);
  }
  const std::size_t products = p.product_count();
  out.targets.reserve(out.leaves.size() * products * months.size());
  out.unallocated.reserve(out.leaves.size() * products);
  std::vector<std::int64_t> achieved(closed);
  for (const unit_index_t leaf : out.leaves) {
    for (product_index_t line = 0; line < products; ++line) {
      const std::vector<std::int64_t> original = p.monthly(m, leaf, line);
      for (std::size_t k = 0; k < closed; ++k) achieved[k] = a.actual(m, leaf, line, k);
      time::respread_result r;
      try {
        r = time::respread(p.cell_total(m, leaf, line), months, original, achieved, opts);
      } catch (const error& e) {
        throw error(e.code(),
                    "unit '" + p.spec().units[leaf].id + "', product line '" + p.spec().products[line].id + "': " +
                        e.what(),
                    e.children());
      }
      out.targets.insert(out.targets.end(), r.targets.begin(), r.targets.end());
      out.unallocated.push_back(r.unallocated);
    }
  }
  return out;
}

}  // namespace tandem::plan
