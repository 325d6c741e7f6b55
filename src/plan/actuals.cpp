// Actual sales against a plan's units, lines and months (tandem/plan/actuals.hpp).
//
// The cells are kept ROLLED UP: a parent's cell is the sum of its children's, and an
// extra column per unit holds the sum over the product lines. A query is then one
// array read. add() pays for it by updating the cells of the sale's leaf and every
// ancestor (two per level: the line and the all-lines column); trees are shallow, so
// that is a handful of cells. Bulk loads (the CSV loader) fill the leaves only and
// roll up once at the end instead (actuals_builder).
#include "tandem/plan/actuals.hpp"

#include <cstdint>
#include <string>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "actuals_builder.hpp"
#include "tandem/core/checked.hpp"
#include "tandem/core/error.hpp"

namespace tandem::plan {
namespace {

constexpr std::size_t no_parent = static_cast<std::size_t>(-1);

constexpr std::array<measure, measure_count> all_measures{measure::amount, measure::quantity};

std::string single_quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

// `n` zeroed cells. A plan of 10,000 leaves and 50 lines has 50 MB of them per measure,
// and a bulk load touches them in random order: with 4 KiB pages nearly every touch
// also misses the TLB. On Linux the buffer is offered transparent huge pages before it
// is first written (a hint: where the system declines, nothing changes but speed).
void allocate_cells(std::vector<std::int64_t>& cells, std::size_t n) {
  cells.reserve(n);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t huge_page = std::uintptr_t{2} << 20;
  const auto begin = reinterpret_cast<std::uintptr_t>(cells.data());
  const std::uintptr_t end = begin + n * sizeof(std::int64_t);
  const std::uintptr_t first = (begin + huge_page - 1) & ~(huge_page - 1);
  if (end >= first + huge_page) {
    (void)madvise(reinterpret_cast<void*>(first), (end - first) & ~(huge_page - 1), MADV_HUGEPAGE);
  }
#endif
  cells.assign(n, 0);
}

[[noreturn]] void throw_untargeted(measure m) {
  throw error(errc::invalid_argument,
              "the plan does not target " + std::string(to_string(m)) + ", so there are no actuals for it");
}

}  // namespace

actuals::actuals(const plan& p)
    : units_(p.unit_count()), products_(p.product_count()), months_(p.periods().size()) {
  targeted_ = p.spec().targets;
  parent_.resize(units_);
  leaf_.resize(units_);
  for (unit_index_t u = 0; u < units_; ++u) {
    parent_[u] = p.parent(u).value_or(no_parent);
    leaf_[u] = p.is_leaf(u) ? 1 : 0;
  }
  for (const measure m : all_measures) {
    if (targeted_[m]) allocate_cells(rolled_[m], units_ * (products_ + 1) * months_);
  }
  const auto months = p.periods();
  if (months.empty()) return;
  first_day_ = months.front().span.first.serial();
  month_of_day_.resize(static_cast<std::size_t>(days_between(months.front().span.first, months.back().span.last) + 1));
  for (std::size_t k = 0; k < months.size(); ++k) {
    const auto from = static_cast<std::size_t>(months[k].span.first.serial() - first_day_);
    const auto to = static_cast<std::size_t>(months[k].span.last.serial() - first_day_);
    for (std::size_t d = from; d <= to; ++d) month_of_day_[d] = static_cast<std::uint16_t>(k);
  }
}

void actuals::add(const plan& p, std::string_view unit, std::string_view product, time::date day,
                  per_measure<std::int64_t> values) {
  if (p.unit_count() != units_ || p.product_count() != products_ || p.periods().size() != months_) {
    throw error(errc::invalid_argument, "the plan does not have the shape of the actuals (units, product lines, months)");
  }
  const std::optional<unit_index_t> u = p.unit_index(unit);
  if (!u) throw error(errc::invalid_argument, "unknown unit " + single_quoted(unit));
  if (leaf_[*u] == 0) {
    throw error(errc::invalid_argument,
                "unit " + single_quoted(unit) + " is not a leaf: sales are booked by the units under it");
  }
  const std::optional<product_index_t> line = p.product_index(product);
  if (!line) throw error(errc::invalid_argument, "unknown product line " + single_quoted(product));
  const std::int64_t offset = std::int64_t{day.serial()} - first_day_;
  if (offset < 0 || offset >= static_cast<std::int64_t>(month_of_day_.size())) {
    const auto months = p.periods();
    throw error(errc::out_of_range, day.to_string() + " is outside the plan's fiscal year (" +
                                        time::date_range{months.front().span.first, months.back().span.last}
                                            .to_string() +
                                        ")");
  }
  add(*u, *line, month_of_day_[static_cast<std::size_t>(offset)], values);
  // Nothing below throws: the sale is booked.
  if (!last_ || *last_ < day) last_ = day;
}

void actuals::add(unit_index_t leaf, product_index_t product, std::size_t month, per_measure<std::int64_t> values) {
  if (leaf >= units_) {
    throw error(errc::out_of_range,
                "unit index " + std::to_string(leaf) + " is out of range (" + std::to_string(units_) + " units)");
  }
  if (leaf_[leaf] == 0) {
    throw error(errc::invalid_argument,
                "unit " + std::to_string(leaf) + " is not a leaf: sales are booked by the units under it");
  }
  if (product >= products_) {
    throw error(errc::out_of_range, "product line index " + std::to_string(product) + " is out of range (" +
                                        std::to_string(products_) + " product lines)");
  }
  if (month >= months_) {
    throw error(errc::out_of_range,
                "month " + std::to_string(month) + " is out of range (" + std::to_string(months_) + " months)");
  }
  for (const measure m : all_measures) {
    if (!targeted_[m] && values[m] != 0) {
      throw error(errc::invalid_argument, "a sale has a " + std::string(to_string(m)) +
                                              " but the plan does not target " + std::string(to_string(m)));
    }
  }
  // Check every sum first, then write: a sale that would overflow any cell changes none.
  for (const measure m : all_measures) {
    if (!targeted_[m]) continue;
    const std::vector<std::int64_t>& cells = rolled_[m];
    for (std::size_t a = leaf; a != no_parent; a = parent_[a]) {
      std::int64_t ignored = 0;
      if (__builtin_add_overflow(cells[cell_index(a, product, month)], values[m], &ignored) ||
          __builtin_add_overflow(cells[cell_index(a, products_, month)], values[m], &ignored)) {
        throw_overflow("the actual " + std::string(to_string(m)) + " of unit " + std::to_string(a) +
                       " in month " + std::to_string(month) + " would leave the 64-bit range");
      }
    }
  }
  for (const measure m : all_measures) {
    if (!targeted_[m]) continue;
    std::vector<std::int64_t>& cells = rolled_[m];
    for (std::size_t a = leaf; a != no_parent; a = parent_[a]) {
      cells[cell_index(a, product, month)] += values[m];
      cells[cell_index(a, products_, month)] += values[m];
    }
  }
  ++rows_;
}

std::int64_t actuals::actual(measure m, unit_index_t u, product_index_t p, std::size_t month) const {
  if (static_cast<std::size_t>(m) >= measure_count || !targeted_[m]) throw_untargeted(m);
  if (u >= units_) {
    throw error(errc::out_of_range,
                "unit index " + std::to_string(u) + " is out of range (" + std::to_string(units_) + " units)");
  }
  if (p >= products_ && p != all_products) {
    throw error(errc::out_of_range, "product line index " + std::to_string(p) + " is out of range (" +
                                        std::to_string(products_) + " product lines)");
  }
  if (month >= months_) {
    throw error(errc::out_of_range,
                "month " + std::to_string(month) + " is out of range (" + std::to_string(months_) + " months)");
  }
  return rolled_[m][cell_index(u, p == all_products ? products_ : p, month)];
}

std::int64_t actuals::actual_total(measure m, unit_index_t u, product_index_t p) const {
  std::int64_t sum = 0;
  for (std::size_t month = 0; month < months_; ++month) {
    sum = checked_add(sum, actual(m, u, p, month), "the actual of a unit over the year");
  }
  if (months_ == 0) (void)actual(m, u, p, 0);  // still reject a bad index
  return sum;
}

std::optional<time::date> actuals::last_date() const noexcept { return last_; }

std::size_t actuals::rows() const noexcept { return rows_; }

// --- actuals_builder -------------------------------------------------------------

actuals actuals_builder::finish(const plan& p, std::string_view source) && {
  const std::size_t units = a_.units_;
  const std::size_t products = a_.products_;
  const std::size_t months = a_.months_;
  const std::size_t block = products * months;  // one unit's product cells, contiguous
  auto fail = [&](measure m, std::size_t u, std::size_t product, std::size_t month) {
    const std::string line = product == products ? "all product lines" : "product line " + single_quoted(p.spec().products[product].id);
    throw error(errc::overflow, std::string(source) + ": the actual " + std::string(to_string(m)) + " of unit " +
                                    single_quoted(p.spec().units[u].id) + " for " + line + " in " +
                                    p.periods()[month].label + " leaves the 64-bit range");
  };
  for (const measure m : all_measures) {
    if (!a_.targeted_[m]) continue;
    std::vector<std::int64_t>& cells = a_.rolled_[m];
    // Depth-first order: every descendant of u comes after u, so walking backwards adds
    // each unit into its parent only once the unit has received all of its own subtree.
    for (std::size_t u = units; u-- > 1;) {
      const std::int64_t* from = cells.data() + a_.cell_index(u, 0, 0);
      std::int64_t* to = cells.data() + a_.cell_index(a_.parent_[u], 0, 0);
      for (std::size_t i = 0; i < block; ++i) {
        if (__builtin_add_overflow(to[i], from[i], &to[i])) fail(m, a_.parent_[u], i / months, i % months);
      }
    }
    // Descendants before ancestors, so that an overflow names the unit where it starts.
    for (std::size_t u = units; u-- > 0;) {
      std::int64_t* row = cells.data() + a_.cell_index(u, 0, 0);
      std::int64_t* total = cells.data() + a_.cell_index(u, products, 0);
      for (std::size_t product = 0; product < products; ++product) {
        for (std::size_t month = 0; month < months; ++month) {
          if (__builtin_add_overflow(total[month], row[product * months + month], &total[month])) {
            fail(m, u, products, month);
          }
        }
      }
    }
  }
  if (a_.rows_ > 0) a_.last_ = time::date::from_serial(last_serial_);
  return std::move(a_);
}

bool actuals_builder::same_shape(const actuals& a, const plan& p) noexcept {
  return a.units_ == p.unit_count() && a.products_ == p.product_count() && a.months_ == p.periods().size() &&
         a.targeted_ == p.spec().targets;
}

}  // namespace tandem::plan
