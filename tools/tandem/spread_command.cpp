#include "spread_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "exit_status.hpp"
#include "input_error.hpp"
#include "input_source.hpp"
#include "option_validators.hpp"
#include "spread_help.hpp"
#include "spread_input.hpp"
#include "spread_output.hpp"
#include "spread_request.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/core/error.hpp"
#include "tandem/time/spread.hpp"
#include "tandem/time/working_calendar.hpp"

namespace tandem::cli {

namespace {

constexpr std::string_view prefix = "tandem spread: ";

std::string source_name(const std::string& file) { return file == "-" ? stdin_name : file; }

std::string read_file(const std::string& file, std::istream& in) {
  try {
    return read_input(file, in);
  } catch (const unreadable_input& e) {
    throw spread_failure{exit_invalid_input, e.what()};
  }
}

// What the basis reads from files, kept alive for the spread_options that point at it.
struct basis_inputs {
  std::optional<time::working_calendar> workdays;
  labelled_rows values;
  std::string source;  ///< the file the weights come from, for messages ("" if none)
};

basis_inputs read_basis(const spread_request& request, std::span<const time::period> periods, std::istream& in) {
  basis_inputs out;
  switch (request.basis) {
    case time::spread_basis::working_days:
      if (request.calendar_file.empty()) {
        out.workdays.emplace(request.weekend);
        break;
      }
      out.source = source_name(request.calendar_file);
      try {
        std::istringstream text(read_file(request.calendar_file, in));
        out.workdays.emplace(time::read_working_calendar(text, out.source, request.weekend));
      } catch (const tandem::error& e) {
        throw spread_failure{exit_invalid_input, e.what()};  // names the file, line and column itself
      }
      break;
    case time::spread_basis::key:
      out.source = source_name(request.key_file);
      out.values = read_key(read_file(request.key_file, in), out.source, periods, request.match_by_position);
      break;
    case time::spread_basis::reference:
      out.source = source_name(request.reference_file);
      out.values =
          read_reference(read_file(request.reference_file, in), out.source, periods, request.match_by_position);
      break;
    default:
      break;
  }
  return out;
}

std::vector<std::int64_t> weigh(std::span<const time::period> periods, const spread_request& request,
                                const basis_inputs& inputs) {
  time::spread_options opts;
  opts.basis = request.basis;
  opts.rounding = request.rounding;
  opts.workdays = inputs.workdays ? &*inputs.workdays : nullptr;
  opts.values = inputs.values.values;
  opts.unit = inputs.values.unit;
  opts.when_zero = request.when_zero;
  try {
    return time::spread_weights(periods, opts);
  } catch (const tandem::error& e) {
    // Labels and values were checked row by row already; what is left concerns the
    // file as a whole (percentages, all zero) or one value (too many digits).
    const std::string& source = inputs.source;
    if (const auto v = e.child(); v && *v < inputs.values.lines.size()) {
      throw spread_failure{exit_invalid_input, fmt::format("{}:{}: {}", source, inputs.values.lines[*v], e.what())};
    }
    if (source.empty()) throw spread_failure{exit_invalid_input, e.what()};
    throw spread_failure{exit_invalid_input, fmt::format("{}: {}", source, e.what())};
  }
}

// An engine error, located at the period it names (and its limits row, if any).
// The engine counts amounts in units of the scale, so at a positive scale the
// message says what one unit is.
std::string describe_engine_error(const tandem::error& e, const spread_request& request,
                                  std::span<const time::period> periods, const period_limits& limits) {
  std::string message = e.what();
  if (request.scale > 0 && e.code() != errc::tie) {
    message += fmt::format(" (amounts counted in units of {})", format_units(1, request.scale));
  }
  const std::string limits_source = source_name(request.limits_file);
  std::vector<std::string> named;
  for (const std::size_t child : e.children()) {
    if (child >= periods.size()) return message;  // cannot happen; be safe
    named.push_back(quote_value(periods[child].label));
  }
  if (named.empty()) {
    return request.limits_file.empty() ? message : fmt::format("{}: {}", limits_source, message);
  }
  if (named.size() == 1) {
    const std::size_t child = e.children().front();
    if (!limits.lines.empty() && limits.lines[child] != 0) {
      return fmt::format("{}:{}: period {}: {}", limits_source, limits.lines[child], named.front(), message);
    }
    return fmt::format("period {}: {}", named.front(), message);
  }
  return fmt::format("{}; {}: {}", message, e.code() == errc::tie ? "tied periods" : "periods at fault",
                     fmt::join(named, ", "));
}

std::vector<time::period> make_periods(const spread_request& request) {
  try {
    return request.calendar.periods(request.range, request.kind);
  } catch (const tandem::error& e) {
    throw spread_failure{exit_usage, e.what()};  // a range the calendar cannot divide, e.g. past 9999
  }
}

}  // namespace

CLI::App& spread_command::attach(CLI::App& app) {
  CLI::App& sub = *app.add_subcommand("spread", std::string(spread_description));
  app_ = &sub;
  spread_options& o = options_;
  sub.add_option("--total,-t", o.total, "the amount to spread, a decimal (its decimals set the scale)")
      ->required()
      ->type_name("DECIMAL");
  sub.add_option("--from", o.from, "first day of the range")->type_name("YYYY-MM-DD");
  sub.add_option("--to", o.to, "last day of the range (included)")->type_name("YYYY-MM-DD");
  sub.add_option("--fiscal-year", o.fiscal_year, "the range is fiscal year N (instead of --from/--to)")->type_name("N");
  sub.add_option("--period,-p", o.period, "year, half, quarter, month (default), week or day")->type_name("KIND");
  sub.add_option("--by,-b", o.by, "basis: even (default), calendar-days, working-days, key, reference")
      ->type_name("BASIS");
  sub.add_option("--fiscal-start", o.fiscal_start, "fiscal years start on this day, e.g. 04-01")->type_name("MM-DD");
  sub.add_option("--retail", o.retail, "retail 52/53-week year: 4-4-5, 4-5-4 or 5-4-4")->type_name("PATTERN");
  sub.add_option("--year-end-month", o.year_end_month, "retail: the month the year ends in or near, 1-12")
      ->type_name("M");
  sub.add_option("--year-end-day", o.year_end_day, "retail: the weekday the year ends on (default sat)")
      ->type_name("DAY");
  sub.add_option("--year-end", o.year_end, "retail: last or nearest (default) such weekday")->type_name("RULE");
  sub.add_option("--fy-naming", o.fy_naming, "fiscal year named by its end (default) or start year")
      ->type_name("end|start");
  sub.add_option("--calendar", o.calendar, "working-day calendar CSV (date,kind,name)")->type_name("FILE");
  sub.add_option("--weekend", o.weekend, "weekend days for working days (default sat,sun)")->type_name("DAYS");
  sub.add_option("--key", o.key, "key CSV: period,weight or period,percent")->type_name("FILE");
  sub.add_option("--reference", o.reference, "reference CSV: period,value")->type_name("FILE");
  sub.add_option("--when-zero", o.when_zero, "all weights zero: error (default), even, calendar-days")
      ->type_name("POLICY");
  sub.add_option("--match", o.match, "key/reference rows found by period label (default) or by position")
      ->type_name("label|position");
  sub.add_option("--limits", o.limits, "limits CSV: period and any of min,max,fixed")->type_name("FILE");
  sub.add_option("--method,-m", o.method, "apportionment method (default hamilton)")
      ->type_name("NAME")
      ->check(method_validator());
  sub.add_option("--quantum,-q", o.quantum, "shares are multiples of this (default: 1 unit)")->type_name("DECIMAL");
  sub.add_option("--scale,-s", o.scale, "decimal places of amounts, 0-18 (default: those of --total)")
      ->type_name("N")
      ->check(scale_validator());
  sub.add_option("--ties", o.ties, "tie rule: input-order (default), larger, smaller, error")
      ->type_name("RULE")
      ->check(ties_validator());
  sub.add_option("--format,-f", o.format, "output format: csv (default) or json")
      ->type_name("FORMAT")
      ->check(format_validator({"csv", "json"}));
  sub.footer(spread_footer());
  return sub;
}

int spread_command::run(const command_streams& io) {
  try {
    options_.weekend_given = app_ != nullptr && app_->count("--weekend") > 0;
    const spread_request request = resolve_spread_request(options_);
    const std::vector<time::period> periods = make_periods(request);
    const basis_inputs inputs = read_basis(request, periods, io.in);
    period_limits limits;
    if (!request.limits_file.empty()) {
      const limit_rules rules{
          .scale = request.scale, .quantum = request.rounding.quantum, .negative_total = request.total < 0};
      limits = read_limits(read_file(request.limits_file, io.in), source_name(request.limits_file), periods, rules);
    }
    const std::vector<std::int64_t> weights = weigh(periods, request, inputs);

    std::vector<std::int64_t> shares(periods.size());
    try {
      alloc::workspace scratch;
      time::spread_by_weights(request.total, weights, request.rounding, limits.view(), shares, scratch);
    } catch (const tandem::error& e) {
      throw spread_failure{exit_invalid_input, describe_engine_error(e, request, periods, limits)};
    }

    const spread_report report{.request = request, .periods = periods, .shares = shares};
    // Built whole before anything is printed: a failure leaves standard output empty.
    const std::string output = request.json ? write_spread_json(report) : write_spread_csv(report);
    io.out << output << std::flush;
    if (!io.out) throw spread_failure{exit_invalid_input, "cannot write to standard output"};
    return exit_success;
  } catch (const spread_failure& f) {
    io.err << prefix << f.message << '\n';
    return f.status;
  }
}

}  // namespace tandem::cli
