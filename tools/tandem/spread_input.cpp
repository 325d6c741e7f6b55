#include "spread_input.hpp"

#include <fmt/format.h>

#include <array>
#include <functional>
#include <optional>
#include <unordered_map>
#include <utility>

#include "decimal_diagnostics.hpp"
#include "exit_status.hpp"
#include "input_error.hpp"
#include "spread_failure.hpp"
#include "spread_request.hpp"
#include "tandem/alloc/weights.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/core/error.hpp"
#include "text/csv_reader.hpp"

namespace tandem::cli {

namespace {

using text::csv_error;
using text::csv_reader;
using text::csv_record;

[[noreturn]] void fail(std::string message) { throw spread_failure{exit_invalid_input, std::move(message)}; }

// A place in a file: "key.csv:4: row 3 (period \"2027-06\"), column \"weight\"".
struct row_place {
  std::string_view source;
  std::size_t line = 0;
  std::size_t row = 0;
  std::string_view label;  // empty until the period is known
  std::string_view column;

  [[nodiscard]] std::string operator()(std::string_view message) const {
    std::string place = fmt::format("row {}", row);
    if (!label.empty()) place += fmt::format(" (period {})", quote_value(label));
    if (!column.empty()) place += fmt::format(", column {}", quote_value(column));
    return fmt::format("{}:{}: {}: {}", source, line, place, message);
  }
};

// A file's header: which field holds which of the columns a file may have.
class column_map {
 public:
  column_map(const csv_record& header, std::span<const std::string_view> known, std::string_view source)
      : fields_(known.size()) {
    input_location where;
    where.line = header.line;
    where.header = true;
    for (std::size_t field = 0; field < header.fields.size(); ++field) {
      const std::string& name = header.fields[field];
      std::size_t kind = known.size();
      for (std::size_t k = 0; k < known.size(); ++k) {
        if (known[k] == name) kind = k;
      }
      if (kind == known.size()) {
        fail(format_located(source, where,
                            fmt::format("unknown column {} (field {}); the columns are {}", quote_value(name),
                                        field + 1, fmt::join(known, ", "))));
      }
      if (fields_[kind]) {
        fail(format_located(source, where,
                            fmt::format("column {} appears twice (fields {} and {})", quote_value(name),
                                        *fields_[kind] + 1, field + 1)));
      }
      fields_[kind] = field;
    }
    if (!fields_[0]) {
      fail(format_located(source, where,
                          fmt::format("there is no \"period\" column; the columns are {}", fmt::join(known, ", "))));
    }
  }

  /// The field of column `k` (index into the list given to the constructor), if present.
  [[nodiscard]] std::optional<std::size_t> operator[](std::size_t k) const { return fields_.at(k); }

 private:
  std::vector<std::optional<std::size_t>> fields_;
};

// The rows of a period file, each matched to its period.
struct period_table {
  std::vector<csv_record> rows;
  std::vector<std::size_t> period_of_row;
};

// A CSV syntax error, located by column name once the header is known.
std::string located_csv_error(const csv_error& e, std::string_view source, const csv_record* header) {
  input_location where;
  where.line = e.line();
  where.header = e.record() == 0 && e.line() != 0;
  where.row = e.record();
  if (e.field() == csv_error::npos) return format_located(source, where, e.what());
  if (header != nullptr && e.field() < header->fields.size()) {
    where.column = header->fields[e.field()];
    return format_located(source, where, e.what());
  }
  return format_located(source, where, fmt::format("field {}: {}", e.field() + 1, e.what()));
}

std::string quoted_labels(std::span<const std::string_view> labels, std::size_t shown) {
  std::vector<std::string> quoted;
  for (std::size_t i = 0; i < labels.size() && i < shown; ++i) quoted.push_back(quote_value(labels[i]));
  std::string out = fmt::format("{}", fmt::join(quoted, ", "));
  if (labels.size() > shown) out += fmt::format(" and {} more", labels.size() - shown);
  return out;
}

// Reads the header and every row, and matches each row's period label to a period.
// With `every_period`, a period without a row is an error, listed by label.
// `check_header` judges the columns before any row is read.
std::pair<period_table, column_map> read_period_table(
    std::string_view text, std::string_view source, std::span<const std::string_view> known,
    std::span<const time::period> periods, bool every_period, bool by_position,
    const std::function<void(const column_map&, const input_location& header)>& check_header) {
  std::unordered_map<std::string_view, std::size_t> period_of_label;
  for (std::size_t p = 0; p < periods.size(); ++p) period_of_label.emplace(periods[p].label, p);

  csv_reader reader(text);
  std::optional<csv_record> header;
  period_table table;
  std::vector<std::size_t> row_of_period(periods.size(), 0);  // 1-based; 0: none yet
  try {
    header = reader.read_header();
    column_map columns(*header, known, source);
    check_header(columns, {.line = header->line, .row = 0, .header = true, .column = {}, .id = {}});
    csv_record record;
    while (reader.next_row(record)) {
      const std::size_t row = table.rows.size() + 1;
      const std::string& label = record.fields[*columns[0]];
      const row_place place{.source = source, .line = record.line, .row = row, .label = {}, .column = "period"};
      if (label.empty()) fail(place("the period is empty; every row names one"));
      if (by_position) {
        if (row > periods.size()) {
          fail(place(fmt::format("row {} has no period to weigh: matched by position, the file needs exactly {} "
                                 "rows, one for each of {}",
                                 row, periods.size(), describe_periods(periods))));
        }
        row_of_period[row - 1] = row;
        table.period_of_row.push_back(row - 1);
        table.rows.push_back(record);
        continue;
      }
      const auto found = period_of_label.find(label);
      if (found == period_of_label.end()) {
        fail(place(fmt::format("{} is not a period of this spread; the periods are {}", quote_value(label),
                               describe_periods(periods))));
      }
      const std::size_t p = found->second;
      if (row_of_period[p] != 0) {
        const std::size_t first = row_of_period[p];
        fail(place(fmt::format("period {} appears twice; row {} (line {}) has it already", quote_value(label), first,
                               table.rows[first - 1].line)));
      }
      row_of_period[p] = row;
      table.period_of_row.push_back(p);
      table.rows.push_back(record);
    }
    if (every_period) {
      std::vector<std::string_view> missing;
      for (std::size_t p = 0; p < periods.size(); ++p) {
        if (row_of_period[p] == 0) missing.push_back(periods[p].label);
      }
      if (!missing.empty() && by_position) {
        fail(fmt::format("{}: {} row{} for {} periods; matched by position, the file needs one row for each of {}",
                         source, table.rows.size(), table.rows.size() == 1 ? "" : "s", periods.size(),
                         describe_periods(periods)));
      }
      if (!missing.empty()) {
        fail(fmt::format("{}: no row{} for period{} {}; every period needs one (write 0 to give it nothing)", source,
                         missing.size() == 1 ? "" : "s", missing.size() == 1 ? "" : "s", quoted_labels(missing, 5)));
      }
    }
    return {std::move(table), columns};
  } catch (const csv_error& e) {
    fail(located_csv_error(e, source, header ? &*header : nullptr));
  }
}

// A key weight, a percentage or a reference value: a decimal >= 0 of any precision
// up to 18 decimals, kept at the number of decimals written.
amount parse_value(const std::string& text, const row_place& place) {
  if (text.empty()) fail(place("the value is empty; write 0 to give the period nothing"));
  const int decimals = decimals_in(text);
  if (decimals > max_scale) {
    fail(place(fmt::format("{} has more than {} decimal places", quote_value(text), max_scale)));
  }
  try {
    const std::array<std::string_view, 1> one{text};
    static_cast<void>(alloc::weights_from_decimals(one));
  } catch (const tandem::error& e) {
    fail(place(describe_weight_error(e, text)));
  }
  try {
    return amount::parse(text, decimals);
  } catch (const tandem::error& e) {
    fail(place(describe_weight_error(e, text)));
  }
}

labelled_rows read_values(std::string_view text, std::string_view source, std::span<const time::period> periods,
                          std::span<const std::string_view> known, bool key, bool by_position) {
  labelled_rows out;
  std::size_t value_column = 1;
  const auto check_header = [&](const column_map& columns, const input_location& header) {
    if (!key) {
      if (!columns[1]) {
        fail(format_located(source, header,
                            "there is no \"value\" column; a reference has the columns period and value"));
      }
      return;
    }
    if (columns[1] && columns[2]) {
      fail(format_located(source, header, "a key has a \"weight\" or a \"percent\" column, not both"));
    }
    if (!columns[1] && !columns[2]) {
      fail(format_located(source, header,
                          "there is no \"weight\" or \"percent\" column; a key has the columns period and weight, "
                          "or period and percent"));
    }
    if (columns[2]) {
      value_column = 2;
      out.unit = time::key_unit::percent;
    }
  };
  const auto [table, columns] = read_period_table(text, source, known, periods, true, by_position, check_header);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const csv_record& record = table.rows[r];
    const std::string& label = periods[table.period_of_row[r]].label;
    const row_place place{
        .source = source, .line = record.line, .row = r + 1, .label = label, .column = known[value_column]};
    out.values.push_back({label, parse_value(record.fields[*columns[value_column]], place)});
    out.lines.push_back(record.line);
  }
  return out;
}

constexpr std::array<std::string_view, 3> key_columns{"period", "weight", "percent"};
constexpr std::array<std::string_view, 2> reference_columns{"period", "value"};
constexpr std::array<std::string_view, 4> limit_columns{"period", "min", "max", "fixed"};

class limit_parser {
 public:
  explicit limit_parser(const limit_rules& rules) : rules_(rules) {}

  [[nodiscard]] std::int64_t cell(const std::string& text, const row_place& place) const {
    if (text.empty()) return alloc::unset;
    std::int64_t units = 0;
    try {
      units = parse_units(text, rules_.scale, {.allow_negative = rules_.negative_total});
    } catch (const tandem::error& e) {
      std::string why = describe_amount_error(e, text, rules_.scale);
      if (!rules_.negative_total && !text.empty() && text.front() == '-') why += " (limits take the total's sign)";
      fail(place(why));
    }
    if (rules_.negative_total && units > 0) {
      fail(place(
          fmt::format("{} is positive but the total is negative (limits take the total's sign)", quote_value(text))));
    }
    if (units % rules_.quantum != 0) {
      fail(place(fmt::format("{} is not a multiple of the quantum {}", quote_value(text), shown(rules_.quantum))));
    }
    return units;
  }

  // Within one row: min <= max, and a fixed value inside them.
  void check_agree(std::int64_t min, std::int64_t max, std::int64_t fixed, row_place place) const {
    if (min != alloc::unset && max != alloc::unset && min > max) {
      place.column = "max";
      fail(place(fmt::format("max {} is below min {}", shown(max), shown(min))));
    }
    if (fixed == alloc::unset) return;
    place.column = "fixed";
    if (min != alloc::unset && fixed < min) {
      fail(place(fmt::format("fixed {} is below min {}", shown(fixed), shown(min))));
    }
    if (max != alloc::unset && fixed > max) {
      fail(place(fmt::format("fixed {} is above max {}", shown(fixed), shown(max))));
    }
  }

 private:
  [[nodiscard]] std::string shown(std::int64_t units) const { return format_units(units, rules_.scale); }

  const limit_rules& rules_;
};

}  // namespace

labelled_rows read_key(std::string_view text, std::string_view source, std::span<const time::period> periods,
                       bool by_position) {
  return read_values(text, source, periods, key_columns, true, by_position);
}

labelled_rows read_reference(std::string_view text, std::string_view source, std::span<const time::period> periods,
                             bool by_position) {
  return read_values(text, source, periods, reference_columns, false, by_position);
}

period_limits read_limits(std::string_view text, std::string_view source, std::span<const time::period> periods,
                          const limit_rules& rules) {
  const auto check_header = [&](const column_map& columns, const input_location& header) {
    if (!columns[1] && !columns[2] && !columns[3]) {
      fail(format_located(source, header,
                          "there is no \"min\", \"max\" or \"fixed\" column; limits have the columns period "
                          "and any of min, max, fixed"));
    }
  };
  const auto [table, columns] = read_period_table(text, source, limit_columns, periods, false, false, check_header);
  period_limits out;
  out.lines.assign(periods.size(), 0);
  std::array<std::vector<std::int64_t>*, 4> column_values{nullptr, &out.min, &out.max, &out.fixed};
  for (std::size_t k = 1; k < 4; ++k) {
    if (columns[k]) column_values[k]->assign(periods.size(), alloc::unset);
  }
  const limit_parser parser(rules);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const csv_record& record = table.rows[r];
    const std::size_t p = table.period_of_row[r];
    row_place place{.source = source, .line = record.line, .row = r + 1, .label = periods[p].label, .column = {}};
    std::array<std::int64_t, 4> value{alloc::unset, alloc::unset, alloc::unset, alloc::unset};
    for (std::size_t k = 1; k < 4; ++k) {
      if (!columns[k]) continue;
      place.column = limit_columns[k];
      value[k] = parser.cell(record.fields[*columns[k]], place);
      (*column_values[k])[p] = value[k];
    }
    parser.check_agree(value[1], value[2], value[3], place);
    out.lines[p] = record.line;
  }
  return out;
}

std::string describe_periods(std::span<const time::period> periods) {
  constexpr std::size_t shown = 3;
  std::vector<std::string_view> labels;
  for (std::size_t i = 0; i < periods.size() && i < shown; ++i) labels.push_back(periods[i].label);
  std::string out = fmt::format("{}", fmt::join(labels, ", "));
  if (periods.size() > shown + 1) out += ", ...";
  if (periods.size() > shown) out += fmt::format(", {}", periods.back().label);
  return out + fmt::format(" ({} period{}; 'tandem spread ... --by even' lists them)", periods.size(),
                           periods.size() == 1 ? "" : "s");
}

}  // namespace tandem::cli
