#include "allocation_input.hpp"

#include <fmt/format.h>

#include <array>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>

#include "decimal_diagnostics.hpp"
#include "tandem/alloc/apportion.hpp"
#include "tandem/alloc/weights.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/core/error.hpp"
#include "text/csv_reader.hpp"

namespace tandem::cli {

input_location allocation_rows::locate(std::size_t index) const {
  input_location where;
  where.row = index + 1;
  where.line = lines.at(index);
  where.id = ids.at(index);
  return where;
}

namespace {

using text::csv_error;
using text::csv_reader;
using text::csv_record;

enum column_kind : std::size_t { id_column, weight_column, min_column, max_column, fixed_column, column_count };

// Field index of each known column in this file; nullopt where absent.
using column_map = std::array<std::optional<std::size_t>, column_count>;

std::string known_columns_text() {
  return fmt::format("{}", fmt::join(allocation_columns, ", "));
}

column_map map_header(const csv_record& header) {
  input_location where;
  where.line = header.line;
  where.header = true;

  column_map columns;
  for (std::size_t field = 0; field < header.fields.size(); ++field) {
    const std::string& name = header.fields[field];
    std::size_t kind = column_count;
    for (std::size_t k = 0; k < column_count; ++k) {
      if (allocation_columns[k] == name) kind = k;
    }
    if (kind == column_count) {
      throw input_error(where, fmt::format("unknown column {} (field {}); the columns are {}",
                                           quote_value(name), field + 1, known_columns_text()));
    }
    if (columns[kind]) {
      throw input_error(where, fmt::format("column {} appears twice (fields {} and {})", quote_value(name),
                                           *columns[kind] + 1, field + 1));
    }
    columns[kind] = field;
  }
  for (const column_kind required : {id_column, weight_column}) {
    if (!columns[required]) {
      throw input_error(where, fmt::format("there is no {} column; the columns id and weight are required",
                                           quote_value(allocation_columns[required])));
    }
  }
  return columns;
}

// A CSV syntax error, located by column name once the header is known.
input_error located_csv_error(const csv_error& e, const std::optional<csv_record>& header) {
  input_location where;
  where.line = e.line();
  where.header = e.record() == 0 && e.line() != 0;  // line 0: there is no header at all
  where.row = e.record();
  if (e.field() == csv_error::npos) return input_error(where, e.what());
  if (header && e.field() < header->fields.size()) {
    where.column = header->fields[e.field()];
    return input_error(where, e.what());
  }
  return input_error(where, fmt::format("field {}: {}", e.field() + 1, e.what()));
}

// Reads the rows and their cells, checking each cell on its own.
class row_parser {
 public:
  row_parser(const column_map& columns, const amount_rules& rules) : columns_(columns), rules_(rules) {}

  void add(const csv_record& record, allocation_rows& out) {
    const std::size_t index = out.size();
    input_location where;
    where.line = record.line;
    where.row = index + 1;

    const std::string& id = record.fields[*columns_[id_column]];
    where.column = "id";
    if (id.empty()) throw input_error(where, "the id is empty; every row needs one");
    if (const auto seen = first_row_of_id_.find(id); seen != first_row_of_id_.end()) {
      throw input_error(where, fmt::format("duplicate id {}; row {} (line {}) has it already", quote_value(id),
                                           seen->second + 1, out.lines[seen->second]));
    }
    where.id = id;

    const std::string& weight = record.fields[*columns_[weight_column]];
    where.column = "weight";
    check_weight(weight, where);

    std::array<std::int64_t, column_count> limit{};
    for (const column_kind kind : {min_column, max_column, fixed_column}) {
      if (!columns_[kind]) continue;
      where.column = allocation_columns[kind];
      limit[kind] = parse_limit(record.fields[*columns_[kind]], where);
    }
    check_limits_agree(limit, where);

    first_row_of_id_.emplace(id, index);
    out.ids.push_back(id);
    out.weight_texts.push_back(weight);
    out.lines.push_back(record.line);
    if (columns_[min_column]) out.min.push_back(limit[min_column]);
    if (columns_[max_column]) out.max.push_back(limit[max_column]);
    if (columns_[fixed_column]) out.fixed.push_back(limit[fixed_column]);
  }

 private:
  // Each weight alone, so that the first bad one in file order is reported; the
  // common scale of all weights is found afterwards.
  static void check_weight(const std::string& text, const input_location& where) {
    if (text.empty()) throw input_error(where, "the weight is empty; every row needs one");
    try {
      const std::array<std::string_view, 1> one{text};
      static_cast<void>(alloc::weights_from_decimals(one));
    } catch (const tandem::error& e) {
      throw input_error(where, describe_weight_error(e, text));
    }
  }

  [[nodiscard]] std::int64_t parse_limit(const std::string& text, const input_location& where) const {
    if (text.empty()) return alloc::unset;
    std::int64_t units = 0;
    try {
      units = parse_units(text, rules_.scale);
    } catch (const tandem::error& e) {
      throw input_error(where, describe_amount_error(e, text, rules_.scale));
    }
    if (units % rules_.quantum != 0) {
      throw input_error(where, fmt::format("{} is not a multiple of the quantum {}", quote_value(text),
                                           format_units(rules_.quantum, rules_.scale)));
    }
    return units;
  }

  void check_limits_agree(const std::array<std::int64_t, column_count>& limit, input_location where) const {
    const auto shown = [&](std::int64_t units) { return format_units(units, rules_.scale); };
    const std::int64_t min = columns_[min_column] ? limit[min_column] : alloc::unset;
    const std::int64_t max = columns_[max_column] ? limit[max_column] : alloc::unset;
    const std::int64_t fixed = columns_[fixed_column] ? limit[fixed_column] : alloc::unset;
    if (min != alloc::unset && max != alloc::unset && min > max) {
      where.column = "max";
      throw input_error(where, fmt::format("max {} is below min {}", shown(max), shown(min)));
    }
    if (fixed == alloc::unset) return;
    where.column = "fixed";
    if (min != alloc::unset && fixed < min) {
      throw input_error(where, fmt::format("fixed {} is below min {}", shown(fixed), shown(min)));
    }
    if (max != alloc::unset && fixed > max) {
      throw input_error(where, fmt::format("fixed {} is above max {}", shown(fixed), shown(max)));
    }
  }

  const column_map& columns_;
  const amount_rules& rules_;
  std::unordered_map<std::string, std::size_t> first_row_of_id_;
};

// Brings all weights to their common scale; only overflow can fail here, since
// each weight was checked alone.
void convert_weights(allocation_rows& rows) {
  std::vector<std::string_view> texts(rows.weight_texts.begin(), rows.weight_texts.end());
  try {
    rows.weights = alloc::weights_from_decimals(texts);
  } catch (const tandem::error& e) {
    input_location where;
    if (const auto index = e.child(); index && *index < rows.size()) {
      where = rows.locate(*index);
      where.column = "weight";
      throw input_error(where, describe_weight_error(e, rows.weight_texts[*index]));
    }
    throw input_error(where, fmt::format("the weights: {}", e.what()));
  }
}

}  // namespace

allocation_rows read_allocation_rows(std::string_view text, const amount_rules& rules) {
  csv_reader reader(text);
  std::optional<csv_record> header;
  allocation_rows rows;
  try {
    header = reader.read_header();
    const column_map columns = map_header(*header);
    row_parser parser(columns, rules);
    csv_record record;
    while (reader.next_row(record)) parser.add(record, rows);
  } catch (const csv_error& e) {
    throw located_csv_error(e, header);
  }
  convert_weights(rows);
  return rows;
}

}  // namespace tandem::cli
