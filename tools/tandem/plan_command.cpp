#include "plan_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "exit_status.hpp"
#include "input_error.hpp"
#include "input_source.hpp"
#include "option_validators.hpp"
#include "plan_help.hpp"
#include "plan_output.hpp"
#include "tandem/core/error.hpp"
#include "tandem/plan/actuals.hpp"
#include "tandem/plan/plan.hpp"
#include "tandem/plan/plan_document.hpp"
#include "tandem/plan/report.hpp"
#include "tandem/time/date.hpp"
#include "tandem/time/period.hpp"

namespace tandem::cli {

namespace {

constexpr std::string_view prefix = "tandem plan: ";
constexpr std::string_view see_help = " (see 'tandem plan --help')";

// Ends the command: the status and the message (without the prefix; one problem a line).
struct failure {
  int status;
  std::string message;
};

// A usage error found once the plan is known (an option that does not fit it): it
// reads like CLI11's, naming the option and pointing at the help.
failure usage(std::string message) { return failure{exit_usage, std::move(message) + std::string(see_help)}; }

CLI::Validator grouping_validator() {
  return CLI::Validator(
      [](std::string& name) -> std::string {
        if (plan::grouping_from_name(name)) return {};
        return fmt::format("unknown grouping {}; the groupings are month, quarter, half, year", quote_value(name));
      },
      "", "grouping");
}

CLI::Validator measure_validator() {
  return CLI::Validator(
      [](std::string& name) -> std::string {
        if (plan::measure_from_name(name)) return {};
        return fmt::format("unknown measure {}; the measures are amount, quantity", quote_value(name));
      },
      "", "measure");
}

CLI::Validator date_validator() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        try {
          (void)time::parse_date(text);
          return {};
        } catch (const tandem::error& e) {
          return e.what();
        }
      },
      "", "date");
}

CLI::Validator level_validator() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        const bool digits =
            !text.empty() && text.size() <= 4 && text.find_first_not_of("0123456789") == std::string::npos;
        if (digits) return {};
        return fmt::format("{} is not a level; use a whole number, 0 for the company", quote_value(text));
      },
      "", "level");
}

std::string source_name(const std::string& file) { return file == "-" ? std::string(stdin_name) : file; }

std::string read_file(const std::string& file, std::istream& in) {
  try {
    return read_input(file, in);
  } catch (const unreadable_input& e) {
    throw failure{exit_invalid_input, e.what()};
  }
}

// "a\nb" -> "<source>: a\n<source>: b": the plan's own errors do not know the file.
std::string each_line_from(std::string_view source, std::string_view text) {
  std::string out;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    if (!out.empty()) out += '\n';
    out += fmt::format("{}: {}", source, text.substr(0, end));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return out;
}

plan::plan load_plan(const plan_options& o, std::istream& in) {
  const std::string source = source_name(o.file);
  const std::string text = read_file(o.file, in);
  plan::plan_spec spec;
  try {
    spec = plan::load_plan_document(text, source);  // its messages name the file and JSON path
  } catch (const tandem::error& e) {
    throw failure{exit_invalid_input, e.what()};
  }
  try {
    return plan::plan::build(std::move(spec));
  } catch (const tandem::error& e) {
    throw failure{exit_invalid_input, each_line_from(source, e.what())};
  }
}

// --measure as given, else amount, or quantity for a plan that targets only that.
plan::measure resolve_measure(const plan_options& o, const plan::plan& p, std::string_view source) {
  const plan::plan_spec& spec = p.spec();
  if (o.measure.empty()) return spec.targets[plan::measure::amount] ? plan::measure::amount : plan::measure::quantity;
  const plan::measure m = plan::measure_from_name(o.measure).value_or(plan::measure::amount);  // validated
  if (!spec.targets[m]) {
    const plan::measure other = m == plan::measure::amount ? plan::measure::quantity : plan::measure::amount;
    throw usage(fmt::format("--measure: the plan in {} does not target {}; it targets {}", source,
                            plan::to_string(m), plan::to_string(other)));
  }
  return m;
}

// The first level below the company with more than one unit: the regions of a
// company whose only child is its sales department, say. Level 1 when no level
// branches (a chain of single units), 0 for a company without units under it.
int default_level(const plan::plan& p) {
  std::vector<std::size_t> units_at(static_cast<std::size_t>(p.max_depth()) + 1, 0);
  for (plan::unit_index_t u = 0; u < p.unit_count(); ++u) ++units_at[static_cast<std::size_t>(p.depth(u))];
  for (std::size_t level = 1; level < units_at.size(); ++level) {
    if (units_at[level] > 1) return static_cast<int>(level);
  }
  return p.max_depth() >= 1 ? 1 : 0;
}

plan::report_request resolve_request(const plan_options& o, const plan::plan& p, std::string_view source) {
  plan::report_request r;
  r.m = resolve_measure(o, p, source);
  const std::string by = o.by.empty() ? (o.format == "table" ? "quarter" : "month") : o.by;
  r.by = plan::grouping_from_name(by).value_or(plan::grouping::month);  // validated
  if (!o.unit.empty()) {
    r.unit = p.unit_index(o.unit);
    if (!r.unit) throw usage(fmt::format("--unit: no unit {} in {}", quote_value(o.unit), source));
  } else if (!o.level.empty()) {
    const int level = std::stoi(o.level);  // validated: at most four digits
    if (level > p.max_depth()) {
      throw usage(fmt::format("--level: {} is deeper than the plan in {}, whose units go {} level{} below the company",
                              level, source, p.max_depth(), p.max_depth() == 1 ? "" : "s"));
    }
    r.level = level;
  } else {
    r.level = default_level(p);
  }
  r.by_product = true;
  return r;
}

std::optional<plan::actuals> load_actuals(const plan_options& o, const plan::plan& p, std::istream& in) {
  if (o.actuals.empty()) return std::nullopt;
  const std::string text = read_file(o.actuals, in);
  try {
    return plan::load_actuals_csv(p, text, source_name(o.actuals));  // its messages name the file and row
  } catch (const tandem::error& e) {
    throw failure{exit_invalid_input, e.what()};
  }
}

// --as-of as given (inside the fiscal year), else the latest date sold, else none.
std::optional<time::date> resolve_as_of(const plan_options& o, const std::optional<plan::actuals>& a,
                                        const time::period& year, std::string_view source) {
  if (o.as_of.empty()) return a ? a->last_date() : std::nullopt;
  const time::date d = time::parse_date(o.as_of);  // validated
  if (d < year.full.first || year.full.last < d) {
    throw usage(fmt::format("--as-of: {} is outside the fiscal year of the plan in {}, {} ({}..{})", o.as_of, source,
                            year.label, year.full.first.to_string(), year.full.last.to_string()));
  }
  return d;
}

time::period_kind period_kind_of(plan::grouping g) {
  switch (g) {
    case plan::grouping::month: return time::period_kind::month;
    case plan::grouping::quarter: return time::period_kind::quarter;
    case plan::grouping::half: return time::period_kind::half;
    case plan::grouping::year: break;
  }
  return time::period_kind::year;
}

std::string render(const plan_options& o, std::istream& in) {
  if (o.file == "-" && o.actuals == "-") throw usage("FILE and --actuals cannot both read standard input (-)");
  const std::string source = source_name(o.file);
  const plan::plan p = load_plan(o, in);
  plan::report_request request = resolve_request(o, p, source);
  const std::optional<plan::actuals> a = load_actuals(o, p, in);

  const plan::plan_spec& spec = p.spec();
  const time::date_range fy = spec.calendar.fiscal_year(spec.fiscal_year);
  plan_view view;
  view.p = &p;
  view.year = spec.calendar.period_containing(fy.first, time::period_kind::year);
  request.as_of = resolve_as_of(o, a, view.year, source);
  view.source = source;
  if (a) view.actuals_source = source_name(o.actuals);
  view.language = org::lang_from_name(o.lang).value_or(org::lang::en);  // validated
  view.m = request.m;
  view.by = request.by;
  view.as_of = request.as_of;
  view.one_unit = request.unit.has_value();
  view.groups = spec.calendar.periods(fy, period_kind_of(request.by));
  const plan::actuals* actuals = a ? &*a : nullptr;
  try {
    view.rows = plan::make_report(p, actuals, request);
    if (o.format == "table" && request.by != plan::grouping::year) {
      plan::report_request year = request;
      year.by = plan::grouping::year;
      view.year_rows = plan::make_report(p, actuals, year);
    }
  } catch (const tandem::error& e) {
    throw failure{exit_invalid_input, each_line_from(source, e.what())};
  }
  // Built whole before anything is printed: a failure leaves standard output empty.
  if (o.format == "json") return render_plan_json(view);
  if (o.format == "csv") return render_plan_csv(view);
  return render_plan_table(view);
}

}  // namespace

CLI::App& plan_command::attach(CLI::App& app) {
  CLI::App& sub = *app.add_subcommand("plan", std::string(plan_description));
  plan_options& o = options_;
  sub.add_option("FILE", o.file, "the plan document (JSON); - reads standard input")->required()->type_name("");
  sub.add_option("--actuals,-a", o.actuals, "CSV of sales: unit,product,date,amount and/or quantity")
      ->type_name("CSV");
  sub.add_option("--as-of", o.as_of, "targets to this date (default: the latest date in --actuals)")
      ->type_name("DATE")
      ->check(date_validator());
  sub.add_option("--by,-b", o.by, "period groups: month, quarter, half, year (default: quarter; csv, json: month)")
      ->type_name("GROUP")
      ->check(grouping_validator());
  CLI::Option* level =
      sub.add_option("--level", o.level, "the units N levels below the company (0 = the company; default: see below)")
          ->type_name("N")
          ->check(level_validator());
  CLI::Option* unit = sub.add_option("--unit,-u", o.unit, "one unit (its id) and its product lines")->type_name("ID");
  level->excludes(unit);
  unit->excludes(level);
  sub.add_option("--measure,-m", o.measure, "amount or quantity (default: amount if the plan targets it)")
      ->type_name("MEASURE")
      ->check(measure_validator());
  sub.add_option("--lang,-l", o.lang, "language of labels and names: zh or en (default en)")
      ->type_name("LANG")
      ->check(lang_validator());
  sub.add_option("--format,-f", o.format, "output format: table (default), csv or json")
      ->type_name("FORMAT")
      ->check(format_validator({"table", "csv", "json"}));
  sub.footer(std::string(plan_footer));
  return sub;
}

int plan_command::run(const command_streams& io) {
  try {
    const std::string output = render(options_, io.in);
    io.out << output << std::flush;
    if (!io.out) throw failure{exit_invalid_input, "cannot write to standard output"};
    return exit_success;
  } catch (const failure& f) {
    std::string_view text = f.message;
    while (!text.empty()) {
      const std::size_t end = text.find('\n');
      io.err << prefix << text.substr(0, end) << '\n';
      if (end == std::string_view::npos) break;
      text.remove_prefix(end + 1);
    }
    return f.status;
  } catch (const tandem::error& e) {
    // Not expected (every library call above is wrapped); one line per line, all the same.
    io.err << prefix << e.what() << '\n';
    return exit_invalid_input;
  }
}

}  // namespace tandem::cli
