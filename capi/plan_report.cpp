// Reports of targets against actuals through tandem.h: the request as plain
// arguments (the report's grouping is a tandem_period_kind), the rows as an
// immutable handle read row by row.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "firewall.hpp"
#include "plan_handles.hpp"
#include "tandem.h"
#include "tandem/plan/report.hpp"
#include "text_output.hpp"
#include "time_handles.hpp"

namespace {

namespace plan = tandem::plan;
using tandem::capi::firewall;
using tandem::capi::plan_argument;
using tandem::capi::require_non_null;

// Months, quarters, halves and years: the kinds a plan's months group into.
plan::grouping grouping_argument(tandem_period_kind by) {
  switch (by) {
    case TANDEM_PERIOD_MONTH: return plan::grouping::month;
    case TANDEM_PERIOD_QUARTER: return plan::grouping::quarter;
    case TANDEM_PERIOD_HALF: return plan::grouping::half;
    case TANDEM_PERIOD_YEAR: return plan::grouping::year;
    default: break;
  }
  tandem::capi::throw_invalid_argument("by " + std::to_string(by) +
                                       " is not TANDEM_PERIOD_MONTH, _QUARTER, _HALF or _YEAR");
}

const plan::report_row& row_argument(const tandem_plan_report* report, std::size_t index) {
  require_non_null(report, "report");
  if (index >= report->rows.size()) {
    tandem::capi::throw_invalid_argument("row " + std::to_string(index) + " is out of range: the report has " +
                                         std::to_string(report->rows.size()) + " rows");
  }
  return report->rows[index];
}

}  // namespace

extern "C" {

tandem_status tandem_plan_report_create(const tandem_plan* plan, const tandem_actuals* actuals,
                                        tandem_measure measure, tandem_period_kind by, const char* unit,
                                        int32_t level, bool by_product, const char* as_of,
                                        tandem_plan_report** out) {
  return firewall([&] {
    const plan::plan& p = plan_argument(plan);
    require_non_null(out, "out");
    plan::report_request r;
    r.m = tandem::capi::targeted_measure(p, measure);
    r.by = grouping_argument(by);
    if (unit != nullptr) {
      r.unit = p.unit_index(unit);
      if (!r.unit) tandem::capi::throw_invalid_argument("unknown unit " + tandem::capi::quoted_name(unit));
    }
    r.level = level;
    r.by_product = by_product;
    if (as_of != nullptr) r.as_of = tandem::capi::date_argument(as_of, "as_of");
    auto made = std::make_unique<tandem_plan_report>();
    made->rows = plan::make_report(p, actuals == nullptr ? nullptr : &actuals->a, r);
    *out = made.release();
  });
}

void tandem_plan_report_destroy(tandem_plan_report* report) { delete report; }

size_t tandem_plan_report_count(const tandem_plan_report* report) {
  return report == nullptr ? 0 : report->rows.size();
}

tandem_status tandem_plan_report_get(const tandem_plan_report* report, size_t index, tandem_plan_report_row* out) {
  return firewall([&] {
    const plan::report_row& row = row_argument(report, index);
    require_non_null(out, "out");
    tandem_plan_report_row r{};
    r.unit = row.unit;
    r.product = row.product;
    r.target = row.target;
    r.actual = row.actual;
    r.variance = row.variance;
    r.attainment_num = row.attainment.num;
    r.attainment_den = row.attainment.den;
    r.has_to_date = row.target_to_date.has_value();
    if (row.target_to_date) r.target_to_date = *row.target_to_date;
    if (row.attainment_to_date) {
      r.attainment_to_date_num = row.attainment_to_date->num;
      r.attainment_to_date_den = row.attainment_to_date->den;
    }
    *out = r;
  });
}

tandem_status tandem_plan_report_period(const tandem_plan_report* report, size_t index, char* buffer,
                                        size_t capacity, size_t* length_out) {
  return firewall([&] {
    const plan::report_row& row = row_argument(report, index);
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(row.period, buffer, capacity, length_out);
  });
}

tandem_status tandem_plan_report_percent(const tandem_plan_report* report, size_t index, bool to_date,
                                         int32_t decimals, char* buffer, size_t capacity, size_t* length_out) {
  return firewall([&] {
    const plan::report_row& row = row_argument(report, index);
    tandem::capi::require_text_buffer(buffer, capacity);
    // The core refuses decimals outside 0..15 with errc::out_of_range; a row without
    // an as-of date has no ratio to date, shown as "".
    const plan::ratio ratio = to_date ? row.attainment_to_date.value_or(plan::ratio{}) : row.attainment;
    tandem::capi::write_text(plan::format_percent(ratio, decimals), buffer, capacity, length_out);
  });
}

}  // extern "C"
