#include "biproportional_output.hpp"

#include <nlohmann/json.hpp>

#include "csv_writer.hpp"
#include "tandem/core/amount.hpp"

namespace tandem::cli {

std::string rational_text(const rational& q) {
  const big_int p = mp::numerator(q);
  const big_int d = mp::denominator(q);  // cpp_rational keeps lowest terms, d > 0
  return d == 1 ? p.str() : p.str() + "/" + d.str();
}

std::string write_biproportional_csv(const biproportional_report& report) {
  std::string out;
  append_csv_record(out, {"row", "col", "share"});
  const std::size_t cols = report.cols.size();
  for (std::size_t r = 0; r < report.rows.size(); ++r) {
    for (std::size_t c = 0; c < cols; ++c) {
      const std::string share = format_units(report.result.shares[r * cols + c], report.rules.scale);
      append_csv_record(out, {report.rows.ids[r], report.cols.ids[c], share});
    }
  }
  return out;
}

std::string write_biproportional_json(const biproportional_report& report) {
  // ordered_json keeps the keys in the documented order and the ids in file order.
  nlohmann::ordered_json doc;
  doc["method"] = std::string(alloc::to_string(report.method));
  doc["total"] = format_units(report.total, report.rules.scale);
  doc["scale"] = report.rules.scale;
  doc["quantum"] = format_units(report.rules.quantum, report.rules.scale);
  doc["tied"] = report.result.tied;
  nlohmann::ordered_json shares = nlohmann::ordered_json::array();
  const std::size_t cols = report.cols.size();
  for (std::size_t r = 0; r < report.rows.size(); ++r) {
    for (std::size_t c = 0; c < cols; ++c) {
      shares.push_back({{"row", report.rows.ids[r]},
                        {"col", report.cols.ids[c]},
                        {"share", format_units(report.result.shares[r * cols + c], report.rules.scale)}});
    }
  }
  doc["shares"] = std::move(shares);

  // The engine's weights are the written ones times 10^scale; dividing the row
  // divisors by as much states the same certificate for the weights as written.
  const rational weight_unit{mp::pow(big_int(10), static_cast<unsigned>(report.weights.scale))};
  nlohmann::ordered_json row_divisors = nlohmann::ordered_json::object();
  for (std::size_t r = 0; r < report.rows.size(); ++r) {
    row_divisors[report.rows.ids[r]] = rational_text(report.result.row_divisors[r] / weight_unit);
  }
  nlohmann::ordered_json column_divisors = nlohmann::ordered_json::object();
  for (std::size_t c = 0; c < cols; ++c) {
    column_divisors[report.cols.ids[c]] = rational_text(report.result.column_divisors[c]);
  }
  doc["divisors"] = {{"rows", std::move(row_divisors)}, {"cols", std::move(column_divisors)}};
  return doc.dump(2) + "\n";
}

}  // namespace tandem::cli
