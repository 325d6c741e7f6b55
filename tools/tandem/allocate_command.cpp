#include "allocate_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "allocation_input.hpp"
#include "allocation_output.hpp"
#include "decimal_diagnostics.hpp"
#include "exit_status.hpp"
#include "input_error.hpp"
#include "input_source.hpp"
#include "option_validators.hpp"
#include "tandem/alloc/apportion.hpp"
#include "tandem/alloc/method.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/core/error.hpp"

namespace tandem::cli {

namespace {

constexpr std::string_view prefix = "tandem allocate: ";

constexpr std::string_view description =
    "Split a total among the rows of a CSV file in proportion to their weights";

constexpr std::string_view exact_help = "The shares are exact: multiples of the quantum that sum to the total.\n\n";

constexpr std::string_view footer_help =
    "Input: CSV (RFC 4180, UTF-8; an optional byte order mark; CRLF or LF line ends;\n"
    "blank lines are ignored) with a header row. Columns, in any order:\n"
    "  id      required  a unique, non-empty name for the row\n"
    "  weight  required  a decimal >= 0 of any precision (e.g. last year's sales)\n"
    "  min     optional  the least share the row may get\n"
    "  max     optional  the most share the row may get\n"
    "  fixed   optional  the exact share the row gets; the rest is split among the others\n"
    "An empty min, max or fixed cell means none. --total, --quantum, min, max and fixed\n"
    "are decimals with at most --scale decimal places (nothing is rounded), and the total,\n"
    "min, max and fixed must be multiples of the quantum. Any other column is an error.\n"
    "\n"
    "Output (standard output): CSV with the header id,weight,share, one line per row in\n"
    "input order, the weight as written and the share at --scale; or with --format json:\n"
    "  {\"method\", \"total\", \"scale\", \"quantum\", \"ties\",\n"
    "   \"shares\": [{\"id\", \"weight\", \"share\"}, ...]}\n"
    "with every amount a decimal string. Nothing is written to standard output unless the\n"
    "whole allocation succeeds; errors go to standard error, naming the file, line, row\n"
    "and column at fault.\n"
    "\n"
    "Ties (--ties), when rows have equal claim to the last quantum:\n"
    "  input-order  the row that comes first wins\n"
    "  larger       the larger weight wins (then input order)\n"
    "  smaller      the smaller weight wins (then input order)\n"
    "  error        fail with exit status 1, naming the tied rows\n"
    "\n"
    "Exit status:\n"
    "  0  success\n"
    "  1  invalid input: the file cannot be read, malformed CSV, a missing, unknown or\n"
    "     duplicate column, an empty or duplicate id, a bad number; or an infeasible\n"
    "     request (bounds that cannot meet the total, a total that is not a multiple of\n"
    "     the quantum); or a tie with --ties error\n"
    "  2  usage error: an unknown option, a missing --method or --total, a malformed\n"
    "     --total or --quantum, a bad --scale, an unknown method, tie rule or format";

// An engine error, located at the row it names (or the rows, for a tie). The
// engine states amounts in units of the scale (it does not know the scale), so
// at a positive scale the message says what one unit is.
std::string describe_engine_error(const tandem::error& e, const allocation_rows& rows, std::string_view source,
                                  int scale) {
  std::string message = e.what();
  if (scale > 0 && e.code() != errc::tie) {
    message += fmt::format(" (amounts counted in units of {})", format_units(1, scale));
  }
  const std::vector<std::size_t>& children = e.children();
  for (const std::size_t child : children) {
    if (child >= rows.size()) return fmt::format("{}: {}", source, message);  // cannot happen; be safe
  }
  if (children.empty()) return message;  // the request as a whole (e.g. the minimums exceed the total)
  if (children.size() == 1) return format_located(source, rows.locate(children.front()), message);
  std::vector<std::string> named;
  for (const std::size_t child : children) {
    named.push_back(fmt::format("row {} (id {}, line {})", child + 1, quote_value(rows.ids[child]), rows.lines[child]));
  }
  return fmt::format("{}: {}; {}: {}", source, message, e.code() == errc::tie ? "tied rows" : "rows at fault",
                     fmt::join(named, ", "));
}

// Ends the command: the status and the message (without the "tandem allocate: " prefix).
struct failure {
  int status;
  std::string message;
};

// The command line, resolved: amounts in units of the scale, names as enums.
struct allocation_request {
  alloc::options engine;
  amount_rules rules;
  std::int64_t total = 0;
};

// --total and --quantum can only be parsed once --scale is known, so CLI11 hands
// them over as text; a malformed one is a usage error like any bad option value.
allocation_request resolve_request(const allocate_options& options) {
  allocation_request request;
  static_cast<void>(alloc::parse_method(options.method, request.engine.m));  // validated while parsing
  static_cast<void>(alloc::parse_tie_rule(options.ties, request.engine.ties));
  request.rules.scale = options.scale;
  const auto parse_amount = [&](std::string_view option, const std::string& text) {
    try {
      return parse_units(text, options.scale);
    } catch (const tandem::error& e) {
      throw failure{exit_usage, fmt::format("{}: {}", option, describe_amount_error(e, text, options.scale))};
    }
  };
  if (!options.quantum.empty()) {
    request.rules.quantum = parse_amount("--quantum", options.quantum);
    if (request.rules.quantum == 0) throw failure{exit_usage, "--quantum: the quantum must be greater than zero"};
  }
  request.engine.quantum = request.rules.quantum;
  request.total = parse_amount("--total", options.total);
  if (request.total % request.rules.quantum != 0) {
    throw failure{exit_invalid_input, fmt::format("the total {} is not a multiple of the quantum {}",
                                                  format_units(request.total, options.scale),
                                                  format_units(request.rules.quantum, options.scale))};
  }
  return request;
}

allocation_rows read_rows(const std::string& file, std::string_view source, std::istream& in,
                          const amount_rules& rules) {
  try {
    return read_allocation_rows(read_input(file, in), rules);
  } catch (const unreadable_input& e) {
    throw failure{exit_invalid_input, e.what()};
  } catch (const input_error& e) {
    throw failure{exit_invalid_input, format_located(source, e.where(), e.what())};
  }
}

std::vector<std::int64_t> apportion_rows(const allocation_request& request, const allocation_rows& rows,
                                         std::string_view source) {
  try {
    return alloc::apportion(request.total, rows.weights, request.engine,
                            {.min = rows.min, .max = rows.max, .fixed = rows.fixed});
  } catch (const tandem::error& e) {
    throw failure{exit_invalid_input, describe_engine_error(e, rows, source, request.rules.scale)};
  }
}

}  // namespace

CLI::App& allocate_command::attach(CLI::App& app) {
  CLI::App& sub = *app.add_subcommand("allocate", std::string(description));
  sub.add_option("--method,-m", options_.method, "apportionment method (see Methods below)")
      ->required()
      ->type_name("NAME")
      ->check(method_validator());
  sub.add_option("--total,-t", options_.total, "the amount to split, a decimal at --scale")
      ->required()
      ->type_name("DECIMAL");
  sub.add_option("--quantum,-q", options_.quantum,
                 "shares are multiples of this (default: 1 unit, e.g. 0.01 at --scale 2)")
      ->type_name("DECIMAL");
  sub.add_option("--scale,-s", options_.scale, "decimal places of amounts, 0 to 18")
      ->type_name("N")
      ->capture_default_str()
      ->check(scale_validator());
  sub.add_option("--ties", options_.ties, "tie rule: input-order, larger, smaller or error")
      ->type_name("RULE")
      ->capture_default_str()
      ->check(ties_validator());
  sub.add_option("--format,-f", options_.format, "output format: csv or json")
      ->type_name("FORMAT")
      ->capture_default_str()
      ->check(format_validator({"csv", "json"}));
  sub.add_option("FILE", options_.file, "the input CSV file; - or none reads standard input")
      ->type_name("");
  sub.footer(fmt::format("{}{}\n{}", exact_help, methods_help, footer_help));
  return sub;
}

int allocate_command::run(const command_streams& io) {
  try {
    const allocation_request request = resolve_request(options_);
    const std::string source = options_.file == "-" ? stdin_name : options_.file;
    const allocation_rows rows = read_rows(options_.file, source, io.in, request.rules);
    const std::vector<std::int64_t> shares = apportion_rows(request, rows, source);

    const allocation_report report{.method = request.engine.m,
                                   .ties = request.engine.ties,
                                   .rules = request.rules,
                                   .total = request.total,
                                   .rows = rows,
                                   .shares = shares};
    // Built whole before anything is printed: a failure leaves standard output empty.
    const std::string output =
        options_.format == "json" ? write_allocation_json(report) : write_allocation_csv(report);
    io.out << output << std::flush;
    if (!io.out) throw failure{exit_invalid_input, "cannot write to standard output"};
    return exit_success;
  } catch (const failure& f) {
    io.err << prefix << f.message << '\n';
    return f.status;
  }
}

}  // namespace tandem::cli
