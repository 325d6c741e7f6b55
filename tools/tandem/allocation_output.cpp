#include "allocation_output.hpp"

#include <nlohmann/json.hpp>

#include "csv_writer.hpp"
#include "tandem/core/amount.hpp"

namespace tandem::cli {

std::string write_allocation_csv(const allocation_report& report) {
  std::string out;
  append_csv_record(out, {"id", "weight", "share"});
  for (std::size_t i = 0; i < report.rows.size(); ++i) {
    const std::string share = format_units(report.shares[i], report.rules.scale);
    append_csv_record(out, {report.rows.ids[i], report.rows.weight_texts[i], share});
  }
  return out;
}

std::string write_allocation_json(const allocation_report& report) {
  // ordered_json keeps the keys in the documented order, which reads better
  // than alphabetical and makes the output stable for diffing.
  nlohmann::ordered_json doc;
  doc["method"] = std::string(alloc::to_string(report.method));
  doc["total"] = format_units(report.total, report.rules.scale);
  doc["scale"] = report.rules.scale;
  doc["quantum"] = format_units(report.rules.quantum, report.rules.scale);
  doc["ties"] = std::string(alloc::to_string(report.ties));
  nlohmann::ordered_json shares = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < report.rows.size(); ++i) {
    shares.push_back({{"id", report.rows.ids[i]},
                      {"weight", report.rows.weight_texts[i]},
                      {"share", format_units(report.shares[i], report.rules.scale)}});
  }
  doc["shares"] = std::move(shares);
  return doc.dump(2) + "\n";
}

}  // namespace tandem::cli
