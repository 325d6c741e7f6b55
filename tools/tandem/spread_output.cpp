#include "spread_output.hpp"

#include <nlohmann/json.hpp>

#include "csv_writer.hpp"
#include "tandem/alloc/method.hpp"
#include "tandem/core/amount.hpp"

namespace tandem::cli {

std::string write_spread_csv(const spread_report& report) {
  std::string out;
  append_csv_record(out, {"period", "start", "end", "share"});
  for (std::size_t i = 0; i < report.periods.size(); ++i) {
    const time::period& p = report.periods[i];
    append_csv_record(out, {p.label, p.span.first.to_string(), p.span.last.to_string(),
                            format_units(report.shares[i], report.request.scale)});
  }
  return out;
}

std::string write_spread_json(const spread_report& report) {
  const spread_request& request = report.request;
  // ordered_json keeps the documented key order (stable for diffing).
  nlohmann::ordered_json doc;
  doc["total"] = format_units(request.total, request.scale);
  doc["scale"] = request.scale;
  doc["quantum"] = format_units(request.rounding.quantum, request.scale);
  doc["method"] = std::string(alloc::to_string(request.rounding.m));
  doc["ties"] = std::string(alloc::to_string(request.rounding.ties));
  doc["by"] = std::string(time::to_string(request.basis));
  doc["period_kind"] = std::string(time::to_string(request.kind));
  doc["from"] = request.range.first.to_string();
  doc["to"] = request.range.last.to_string();
  doc["fiscal_calendar"] = request.calendar.describe();
  nlohmann::ordered_json periods = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < report.periods.size(); ++i) {
    const time::period& p = report.periods[i];
    periods.push_back({{"period", p.label},
                       {"start", p.span.first.to_string()},
                       {"end", p.span.last.to_string()},
                       {"share", format_units(report.shares[i], request.scale)}});
  }
  doc["periods"] = std::move(periods);
  return doc.dump(2) + "\n";
}

}  // namespace tandem::cli
