#include "biproportional_input.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <utility>

#include "biproportional_failure.hpp"
#include "decimal_diagnostics.hpp"
#include "exit_status.hpp"
#include "input_error.hpp"
#include "tandem/alloc/weights.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/core/error.hpp"
#include "text/csv_reader.hpp"

namespace tandem::cli {

std::string margin_file::describe(std::size_t index) const {
  return fmt::format("{} ({}:{})", quote_value(ids.at(index)), source, lines.at(index));
}

namespace {

using text::csv_error;
using text::csv_reader;
using text::csv_record;

[[noreturn]] void fail(std::string_view source, const input_location& where, std::string_view message) {
  throw biproportional_failure{exit_invalid_input, format_located(source, where, message)};
}

// A file's header: the field of each of the columns, all of which are required.
template <std::size_t N>
class column_map {
 public:
  column_map(const csv_record& header, const std::array<std::string_view, N>& names, std::string_view source) {
    input_location where;
    where.line = header.line;
    where.header = true;
    for (std::size_t field = 0; field < header.fields.size(); ++field) {
      const std::string& name = header.fields[field];
      std::size_t kind = N;
      for (std::size_t k = 0; k < N; ++k) {
        if (names[k] == name) kind = k;
      }
      if (kind == N) {
        fail(source, where,
             fmt::format("unknown column {} (field {}); the columns are {}", quote_value(name), field + 1,
                         fmt::join(names, ", ")));
      }
      if (fields_[kind]) {
        fail(source, where,
             fmt::format("column {} appears twice (fields {} and {})", quote_value(name), *fields_[kind] + 1,
                         field + 1));
      }
      fields_[kind] = field;
    }
    for (std::size_t k = 0; k < N; ++k) {
      if (!fields_[k]) {
        fail(source, where,
             fmt::format("there is no {} column; the columns {} are required", quote_value(names[k]),
                         fmt::join(names, ", ")));
      }
    }
  }

  /// The text of column `k` in `record`.
  [[nodiscard]] const std::string& cell(const csv_record& record, std::size_t k) const {
    return record.fields[*fields_[k]];
  }

 private:
  std::array<std::optional<std::size_t>, N> fields_{};
};

// A CSV syntax error, located by column name once the header is known.
[[noreturn]] void fail_csv(const csv_error& e, std::string_view source, const std::optional<csv_record>& header) {
  input_location where;
  where.line = e.line();
  where.header = e.record() == 0 && e.line() != 0;  // line 0: there is no header at all
  where.row = e.record();
  if (e.field() == csv_error::npos) fail(source, where, e.what());
  if (header && e.field() < header->fields.size()) {
    where.column = header->fields[e.field()];
    fail(source, where, e.what());
  }
  fail(source, where, fmt::format("field {}: {}", e.field() + 1, e.what()));
}

// `"a", "b", "c" and 4 more`: the ids a row or col cell may name.
std::string some_ids(const margin_file& file) {
  constexpr std::size_t shown = 5;
  std::vector<std::string> quoted;
  for (std::size_t i = 0; i < file.size() && i < shown; ++i) quoted.push_back(quote_value(file.ids[i]));
  std::string out = fmt::format("{}", fmt::join(quoted, ", "));
  if (file.size() > shown) out += fmt::format(" and {} more", file.size() - shown);
  return out;
}

// Decimals that matter to a weight's value ("1.50" has 1): the common scale that
// weights_from_decimals brings every weight to is the largest of these.
int significant_decimals(std::string_view weight) {
  const std::size_t point = weight.find('.');
  if (point == std::string_view::npos) return 0;
  const std::size_t last = weight.find_last_not_of('0');
  return last > point ? static_cast<int>(last - point) : 0;
}

enum margin_column : std::size_t { id_column, total_column };
constexpr std::array<std::string_view, 2> margin_columns{"id", "total"};

enum weight_column : std::size_t { row_column, col_column, weight_column };
constexpr std::array<std::string_view, 3> weight_columns{"row", "col", "weight"};

std::int64_t parse_total(const std::string& text, const input_location& where, std::string_view source,
                         const amount_rules& rules) {
  if (text.empty()) fail(source, where, "the total is empty; every row needs one (write 0 for none)");
  std::int64_t units = 0;
  try {
    units = parse_units(text, rules.scale);
  } catch (const tandem::error& e) {
    fail(source, where, describe_amount_error(e, text, rules.scale));
  }
  if (units % rules.quantum != 0) {
    fail(source, where,
         fmt::format("{} is not a multiple of the quantum {}", quote_value(text),
                     format_units(rules.quantum, rules.scale)));
  }
  return units;
}

// Finds the id in a weights line's row or col cell; fails naming the file it should be in.
std::size_t find_id(const std::string& id, const margin_file& file, std::string_view what, const input_location& where,
                    std::string_view source) {
  if (id.empty()) {
    fail(source, where, fmt::format("the {} id is empty; every line names an id of {}", what, file.source));
  }
  const auto found = file.index_of.find(id);
  if (found == file.index_of.end()) {
    fail(source, where,
         fmt::format("{} is not a {} id of {}; its ids are {}", quote_value(id), what, file.source, some_ids(file)));
  }
  return found->second;
}

}  // namespace

margin_file read_margins(std::string_view text, std::string source, margin_kind kind, const amount_rules& rules) {
  margin_file out;
  out.source = std::move(source);
  csv_reader reader(text);
  std::optional<csv_record> header;
  try {
    header = reader.read_header();
    const column_map<2> columns(*header, margin_columns, out.source);
    csv_record record;
    while (reader.next_row(record)) {
      input_location where;
      where.line = record.line;
      where.row = out.size() + 1;
      where.column = "id";
      const std::string& id = columns.cell(record, id_column);
      if (id.empty()) fail(out.source, where, "the id is empty; every row needs one");
      if (const auto seen = out.index_of.find(id); seen != out.index_of.end()) {
        fail(out.source, where,
             fmt::format("duplicate id {}; row {} (line {}) has it already", quote_value(id), seen->second + 1,
                         out.lines[seen->second]));
      }
      where.id = id;
      where.column = "total";
      const std::int64_t total = parse_total(columns.cell(record, total_column), where, out.source, rules);
      out.index_of.emplace(id, out.size());
      out.ids.push_back(id);
      out.totals.push_back(total);
      out.lines.push_back(record.line);
    }
  } catch (const csv_error& e) {
    fail_csv(e, out.source, header);
  }
  if (out.size() == 0) {
    throw biproportional_failure{
        exit_invalid_input,
        fmt::format("{}: there are no {}; the file needs a line (id,total) for each {} of the matrix", out.source,
                    kind == margin_kind::rows ? "rows" : "columns", kind == margin_kind::rows ? "row" : "column")};
  }
  return out;
}

weight_matrix read_weights(std::string_view text, std::string_view source, const margin_file& rows,
                           const margin_file& cols) {
  std::vector<std::string> texts;                                       // each weight as written, in file order
  std::vector<std::size_t> cell_of;                                     // the row-major cell of each
  std::vector<std::size_t> lines;                                       // the line of each
  std::vector<std::size_t> line_of_cell(rows.size() * cols.size(), 0);  // 0: no line yet
  std::vector<std::size_t> row_of_cell(rows.size() * cols.size(), 0);

  csv_reader reader(text);
  std::optional<csv_record> header;
  try {
    header = reader.read_header();
    const column_map<3> columns(*header, weight_columns, source);
    csv_record record;
    while (reader.next_row(record)) {
      input_location where;
      where.line = record.line;
      where.row = texts.size() + 1;
      where.column = "row";
      const std::size_t r = find_id(columns.cell(record, row_column), rows, "row", where, source);
      where.column = "col";
      const std::size_t c = find_id(columns.cell(record, col_column), cols, "col", where, source);
      const std::size_t cell = r * cols.size() + c;
      if (line_of_cell[cell] != 0) {
        fail(source, where,
             fmt::format("the cell ({}, {}) appears twice; row {} (line {}) has it already", quote_value(rows.ids[r]),
                         quote_value(cols.ids[c]), row_of_cell[cell], line_of_cell[cell]));
      }
      where.column = "weight";
      const std::string& weight = columns.cell(record, weight_column);
      if (weight.empty()) fail(source, where, "the weight is empty; write 0 or leave the cell out");
      // Each weight alone first, so that the first bad one in file order is reported.
      try {
        const std::array<std::string_view, 1> one{weight};
        static_cast<void>(alloc::weights_from_decimals(one));
      } catch (const tandem::error& e) {
        fail(source, where, describe_weight_error(e, weight));
      }
      line_of_cell[cell] = record.line;
      row_of_cell[cell] = where.row;
      texts.push_back(weight);
      cell_of.push_back(cell);
      lines.push_back(record.line);
    }
  } catch (const csv_error& e) {
    fail_csv(e, source, header);
  }

  // All weights together: one common scale keeps their proportions exact. Only
  // overflow can fail here (a weight too large once another's decimals raise the scale).
  weight_matrix out;
  out.cells.assign(rows.size() * cols.size(), 0);
  std::vector<std::int64_t> integers;
  try {
    const std::vector<std::string_view> views(texts.begin(), texts.end());
    integers = alloc::weights_from_decimals(views);
  } catch (const tandem::error& e) {
    input_location where;
    if (const auto index = e.child(); index && *index < texts.size()) {
      where.line = lines[*index];
      where.row = *index + 1;
      where.column = "weight";
      fail(source, where, describe_weight_error(e, texts[*index]));
    }
    fail(source, where, fmt::format("the weights: {}", e.what()));
  }
  for (std::size_t i = 0; i < integers.size(); ++i) {
    out.cells[cell_of[i]] = integers[i];
    out.scale = std::max(out.scale, significant_decimals(texts[i]));
  }
  return out;
}

}  // namespace tandem::cli
