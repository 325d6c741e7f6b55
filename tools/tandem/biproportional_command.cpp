#include "biproportional_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <istream>
#include <limits>
#include <ostream>
#include <string>
#include <vector>

#include "allocation_input.hpp"
#include "biproportional_diagnostics.hpp"
#include "biproportional_failure.hpp"
#include "biproportional_help.hpp"
#include "biproportional_input.hpp"
#include "biproportional_method.hpp"
#include "biproportional_output.hpp"
#include "decimal_diagnostics.hpp"
#include "exit_status.hpp"
#include "input_error.hpp"
#include "input_source.hpp"
#include "option_validators.hpp"
#include "tandem/alloc/biproportional.hpp"
#include "tandem/alloc/method.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/core/checked.hpp"
#include "tandem/core/error.hpp"

namespace tandem::cli {

namespace {

constexpr std::string_view prefix = "tandem biproportional: ";

// The command line, resolved: the method as an enum, the quantum in units of the scale.
struct biproportional_request {
  alloc::biproportional_options engine;
  amount_rules rules;
};

// --quantum can only be parsed once --scale is known, so CLI11 hands it over as
// text; a malformed one is a usage error like any bad option value.
biproportional_request resolve_request(const biproportional_options& options) {
  biproportional_request request;
  static_cast<void>(alloc::parse_method(options.method, request.engine.m));  // validated while parsing
  request.rules.scale = options.scale;
  if (!options.quantum.empty()) {
    try {
      request.rules.quantum = parse_units(options.quantum, options.scale);
    } catch (const tandem::error& e) {
      throw biproportional_failure{exit_usage,
                                   "--quantum: " + describe_amount_error(e, options.quantum, options.scale)};
    }
    if (request.rules.quantum == 0) {
      throw biproportional_failure{exit_usage, "--quantum: the quantum must be greater than zero"};
    }
  }
  request.engine.quantum = request.rules.quantum;
  const int from_stdin = (options.rows == "-") + (options.cols == "-") + (options.weights == "-");
  if (from_stdin > 1) {
    throw biproportional_failure{exit_usage, "only one of --rows, --cols and --weights can read standard input (-)"};
  }
  return request;
}

std::string source_name(const std::string& file) { return file == "-" ? stdin_name : file; }

std::string read_file(const std::string& file, std::istream& in) {
  try {
    return read_input(file, in);
  } catch (const unreadable_input& e) {
    throw biproportional_failure{exit_invalid_input, e.what()};
  }
}

// The sum of a file's totals; fails at the line where it would leave int64.
std::int64_t sum_of_totals(const margin_file& file, int scale) {
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < file.size(); ++i) {
    try {
      sum = checked_add(sum, file.totals[i], "the sum of the totals");
    } catch (const tandem::error&) {
      input_location where;
      where.line = file.lines[i];
      where.row = i + 1;
      where.id = file.ids[i];
      where.column = "total";
      throw biproportional_failure{
          exit_invalid_input,
          format_located(file.source, where,
                         fmt::format("the totals up to here sum to more than {}, the largest amount at --scale {}",
                                     format_units(std::numeric_limits<std::int64_t>::max(), scale), scale))};
    }
  }
  return sum;
}

}  // namespace

CLI::App& biproportional_command::attach(CLI::App& app) {
  CLI::App& sub = *app.add_subcommand("biproportional", std::string(biproportional_description));
  sub.add_option("--method,-m", options_.method, "a divisor method (see Methods below)")
      ->required()
      ->type_name("NAME")
      ->check(biproportional_method_validator());
  sub.add_option("--rows", options_.rows, "CSV of the rows: id,total")->required()->type_name("FILE");
  sub.add_option("--cols", options_.cols, "CSV of the columns: id,total")->required()->type_name("FILE");
  sub.add_option("--weights", options_.weights, "CSV of the cells: row,col,weight")->required()->type_name("FILE");
  sub.add_option("--quantum,-q", options_.quantum,
                 "shares are multiples of this (default: 1 unit, e.g. 0.01 at --scale 2)")
      ->type_name("DECIMAL");
  sub.add_option("--scale,-s", options_.scale, "decimal places of the totals and shares, 0 to 18")
      ->type_name("N")
      ->capture_default_str()
      ->check(scale_validator());
  sub.add_option("--format,-f", options_.format, "output format: csv or json")
      ->type_name("FORMAT")
      ->capture_default_str()
      ->check(format_validator({"csv", "json"}));
  sub.footer(biproportional_footer());
  return sub;
}

int biproportional_command::run(const command_streams& io) {
  try {
    const biproportional_request request = resolve_request(options_);
    const margin_file rows =
        read_margins(read_file(options_.rows, io.in), source_name(options_.rows), margin_kind::rows, request.rules);
    const margin_file cols =
        read_margins(read_file(options_.cols, io.in), source_name(options_.cols), margin_kind::cols, request.rules);
    const weight_matrix weights =
        read_weights(read_file(options_.weights, io.in), source_name(options_.weights), rows, cols);

    const std::int64_t row_sum = sum_of_totals(rows, request.rules.scale);
    const std::int64_t column_sum = sum_of_totals(cols, request.rules.scale);
    if (row_sum != column_sum) {
      throw biproportional_failure{
          exit_invalid_input,
          fmt::format("the row totals sum to {} ({}) but the column totals sum to {} ({}); they must be equal",
                      format_units(row_sum, request.rules.scale), rows.source,
                      format_units(column_sum, request.rules.scale), cols.source)};
    }

    alloc::biproportional_result result;
    try {
      result = alloc::biproportional(rows.totals, cols.totals, weights.cells, request.engine);
    } catch (const tandem::error& e) {
      throw describe_biproportional_error(e, rows, cols, format_units(request.rules.quantum, request.rules.scale));
    }

    const biproportional_report report{.method = request.engine.m,
                                       .rules = request.rules,
                                       .total = row_sum,
                                       .rows = rows,
                                       .cols = cols,
                                       .weights = weights,
                                       .result = result};
    // Built whole before anything is printed: a failure leaves standard output empty.
    const std::string output =
        options_.format == "json" ? write_biproportional_json(report) : write_biproportional_csv(report);
    io.out << output << std::flush;
    if (!io.out) throw biproportional_failure{exit_invalid_input, "cannot write to standard output"};
    return exit_success;
  } catch (const biproportional_failure& f) {
    io.err << prefix << f.message << '\n';
    return f.status;
  }
}

}  // namespace tandem::cli
