// Periods built by hand from year/month/day, independent of fiscal_calendar, so
// that the spreading tests do not rest on the code that makes periods.
#pragma once

#include <string>
#include <vector>

#include "tandem/time/date.hpp"
#include "tandem/time/period.hpp"

namespace tandem::time::testing {

/// `count` calendar months from year/month, labelled "YYYY-MM".
inline std::vector<period> calendar_months(int year, int month, int count) {
  std::vector<period> out;
  for (int i = 0; i < count; ++i) {
    const int y = year + (month - 1 + i) / 12;
    const int m = (month - 1 + i) % 12 + 1;
    const date_range r{date::from_ymd(y, m, 1), date::from_ymd(y, m, days_in_month(y, m))};
    std::string label = std::to_string(y) + (m < 10 ? "-0" : "-") + std::to_string(m);
    out.push_back(period{period_kind::month, r, r, std::move(label)});
  }
  return out;
}

/// `count` single days from `first`, labelled by their ISO date.
inline std::vector<period> single_days(date first, int count) {
  std::vector<period> out;
  for (int i = 0; i < count; ++i) {
    const date d = first.plus_days(i);
    out.push_back(period{period_kind::day, {d, d}, {d, d}, d.to_string()});
  }
  return out;
}

}  // namespace tandem::time::testing
