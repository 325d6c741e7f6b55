// Target against actual per unit, product line and period group (tandem/plan/report.hpp).
//
// Groups are runs of the plan's months that fall in the same quarter, half or year of
// the plan's fiscal calendar (labelled as the calendar labels them). A row's target is
// the sum of its months' targets, its actual the sum of its months' actuals; the
// attainment is kept as an exact reduced fraction and rounded only when shown
// (format_percent).
//
// Target to date (with an as-of date): whole months that end on or before the date
// count in full, months after it count zero, and the month that contains it is
// pro-rated by calendar days: each leaf unit's month of each line counts
// round(target x days covered / days in the month), half up, and the rows sum those.
// So targets to date add up like every other figure (a unit's is the sum of its lines'
// and of its children's), grow day by day and reach the month's target on its last
// day. Each leaf cell is within half a unit of its exact proportional part, with no
// drift towards the start of the month (a largest-remainder spread over equal days
// would give a salesperson's 3 lathes for May all by the 3rd).
//
// The actual to date is the row's actual as booked: the actuals are taken to hold the
// sales up to the as-of date, and a sale booked in a later month still counts.
#include "tandem/plan/report.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>

#include "actuals_builder.hpp"
#include "tandem/core/checked.hpp"
#include "tandem/core/error.hpp"
#include "tandem/core/int128.hpp"

namespace tandem::plan {
namespace {

constexpr int max_percent_decimals = 15;

std::uint64_t magnitude_of(std::int64_t v) noexcept {
  const auto bits = static_cast<std::uint64_t>(v);
  return v < 0 ? std::uint64_t{0} - bits : bits;
}

// num / den in lowest terms with a positive denominator; {0, 0} when den is 0.
ratio make_ratio(std::int64_t num, std::int64_t den) {
  if (den == 0) return {};
  std::uint64_t n = magnitude_of(num);
  std::uint64_t d = magnitude_of(den);
  const std::uint64_t g = std::gcd(n, d);
  n /= g;
  d /= g;
  const bool negative = (num < 0) != (den < 0);
  constexpr auto max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  if (d > max || (!negative && n > max) || (negative && n > max + 1)) {
    throw_overflow("the ratio " + std::to_string(num) + " / " + std::to_string(den) + " in lowest terms");
  }
  return {negative ? static_cast<std::int64_t>(std::uint64_t{0} - n) : static_cast<std::int64_t>(n),
          static_cast<std::int64_t>(d)};
}

std::string to_decimal_text(uint128 v) {
  if (v == 0) return "0";
  std::string s;
  while (v != 0) {
    s += static_cast<char>('0' + static_cast<int>(v % 10));
    v /= 10;
  }
  std::reverse(s.begin(), s.end());
  return s;
}

// A run of consecutive months in the same group (months first..last, inclusive).
struct group {
  std::string label;
  std::size_t first = 0;
  std::size_t last = 0;
};

std::vector<group> groups_of(const plan& p, grouping by) {
  const auto months = p.periods();
  std::vector<group> out;
  if (by == grouping::month) {
    for (std::size_t k = 0; k < months.size(); ++k) out.push_back({months[k].label, k, k});
    return out;
  }
  const time::period_kind kind = by == grouping::quarter ? time::period_kind::quarter
                                 : by == grouping::half  ? time::period_kind::half
                                                         : time::period_kind::year;
  time::date_range current{};
  for (std::size_t k = 0; k < months.size(); ++k) {
    const time::period containing = p.spec().calendar.period_containing(months[k].span.first, kind);
    if (!out.empty() && containing.full == current) {
      out.back().last = k;
    } else {
      out.push_back({containing.label, k, k});
      current = containing.full;
    }
  }
  return out;
}

std::vector<unit_index_t> units_of(const plan& p, const report_request& r) {
  if (r.unit) {
    if (*r.unit >= p.unit_count()) {
      throw error(errc::invalid_argument, "unit index " + std::to_string(*r.unit) + " is out of range (" +
                                              std::to_string(p.unit_count()) + " units)");
    }
    return {*r.unit};
  }
  if (r.level < 0 || r.level > p.max_depth()) {
    throw error(errc::invalid_argument, "level " + std::to_string(r.level) + " is not in the tree (levels 0 to " +
                                            std::to_string(p.max_depth()) + ")");
  }
  std::vector<unit_index_t> out;
  for (unit_index_t u = 0; u < p.unit_count(); ++u) {
    if (p.depth(u) == r.level) out.push_back(u);
  }
  return out;
}

// A leaf's month target through `covered` of its `days` days, rounded half up.
std::int64_t through_day(std::int64_t month_target, std::int64_t days, std::int64_t covered) {
  const int128 twice = int128{2} * month_target * covered + days;
  return static_cast<std::int64_t>(twice / (int128{2} * days));
}

// The target of the group's months through `as_of` (see the file comment).
std::int64_t target_to_date(const plan& p, measure m, unit_index_t u, product_index_t line,
                            const std::vector<std::int64_t>& monthly, const group& g, time::date as_of) {
  const auto months = p.periods();
  std::int64_t sum = 0;
  for (std::size_t k = g.first; k <= g.last; ++k) {
    const time::date_range& span = months[k].span;
    if (span.last <= as_of) {
      sum = checked_add(sum, monthly[k], "target to date");
    } else if (span.first <= as_of) {
      const std::int64_t days = span.days();
      const std::int64_t covered = time::date_range{span.first, as_of}.days();
      const product_index_t first = line == all_products ? 0 : line;
      const product_index_t last = line == all_products ? p.product_count() : line + 1;
      for (unit_index_t v = u; v < u + p.subtree_size(u); ++v) {
        if (!p.is_leaf(v)) continue;
        for (product_index_t j = first; j < last; ++j) {
          // A part of the row's month target, which fits int64.
          sum += through_day(p.target(m, v, j, k), days, covered);
        }
      }
    }
  }
  return sum;
}

}  // namespace

std::string_view to_string(grouping g) noexcept {
  switch (g) {
    case grouping::month: return "month";
    case grouping::quarter: return "quarter";
    case grouping::half: return "half";
    case grouping::year: return "year";
  }
  return "?";
}

std::optional<grouping> grouping_from_name(std::string_view name) noexcept {
  for (const grouping g : {grouping::month, grouping::quarter, grouping::half, grouping::year}) {
    if (to_string(g) == name) return g;
  }
  return std::nullopt;
}

std::string format_percent(ratio r, int decimals) {
  if (decimals < 0 || decimals > max_percent_decimals) {
    throw error(errc::out_of_range, "a percentage is shown with 0 to " + std::to_string(max_percent_decimals) +
                                        " decimals, not " + std::to_string(decimals));
  }
  if (r.den == 0) return "";
  const bool negative = (r.num < 0) != (r.den < 0);
  const std::uint64_t d = magnitude_of(r.den);
  uint128 scale = 100;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  // |num| < 2^64 and scale <= 10^17 < 2^57: the product fits 128 bits.
  const uint128 scaled = uint128{magnitude_of(r.num)} * scale;
  uint128 q = scaled / d;
  const uint128 rest = scaled % d;
  if (rest * 2 >= d) ++q;  // half away from zero (on the magnitude)
  std::string digits = to_decimal_text(q);
  const auto places = static_cast<std::size_t>(decimals);
  if (digits.size() <= places) digits.insert(0, places + 1 - digits.size(), '0');
  std::string out = negative && q != 0 ? "-" : "";
  out += digits.substr(0, digits.size() - places);
  if (places > 0) out += "." + digits.substr(digits.size() - places);
  return out;
}

std::vector<report_row> make_report(const plan& p, const actuals* a, const report_request& r) {
  if (static_cast<std::size_t>(r.m) >= measure_count || !p.spec().targets[r.m]) {
    throw error(errc::invalid_argument, "the plan does not target " + std::string(to_string(r.m)));
  }
  if (static_cast<std::uint8_t>(r.by) > static_cast<std::uint8_t>(grouping::year)) {
    throw error(errc::invalid_argument, "unknown grouping " + std::to_string(static_cast<unsigned>(r.by)));
  }
  if (a != nullptr && !actuals_builder::same_shape(*a, p)) {
    throw error(errc::invalid_argument,
                "the actuals are not shaped like the plan (units, product lines, months or measures differ)");
  }
  const std::vector<unit_index_t> units = units_of(p, r);
  const auto months = p.periods();
  if (r.as_of && !months.empty() && (*r.as_of < months.front().span.first || months.back().span.last < *r.as_of)) {
    throw error(errc::out_of_range,
                "as-of date " + r.as_of->to_string() + " is outside the plan's fiscal year (" +
                    time::date_range{months.front().span.first, months.back().span.last}.to_string() + ")");
  }
  const std::vector<group> groups = groups_of(p, r.by);

  std::vector<report_row> rows;
  rows.reserve(units.size() * groups.size() * (r.by_product ? p.product_count() + 1 : 1));
  auto emit = [&](unit_index_t u, product_index_t line) {
    const std::vector<std::int64_t> monthly = p.monthly(r.m, u, line);
    for (const group& g : groups) {
      report_row row{.unit = u, .product = line, .period = g.label};
      for (std::size_t k = g.first; k <= g.last; ++k) {
        row.target = checked_add(row.target, monthly[k], "target of a period group");
        if (a != nullptr) row.actual = checked_add(row.actual, a->actual(r.m, u, line, k), "actual of a period group");
      }
      row.variance = checked_sub(row.actual, row.target, "variance (actual - target)");
      row.attainment = make_ratio(row.actual, row.target);
      if (r.as_of) {
        row.target_to_date = target_to_date(p, r.m, u, line, monthly, g, *r.as_of);
        row.attainment_to_date = make_ratio(row.actual, *row.target_to_date);
      }
      rows.push_back(std::move(row));
    }
  };
  for (const unit_index_t u : units) {
    emit(u, all_products);
    if (r.by_product) {
      for (product_index_t line = 0; line < p.product_count(); ++line) emit(u, line);
    }
  }
  return rows;
}

}  // namespace tandem::plan
