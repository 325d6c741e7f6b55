#include "org_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "exit_status.hpp"
#include "input_error.hpp"
#include "option_validators.hpp"
#include "input_source.hpp"
#include "org_check_report.hpp"
#include "tandem/core/error.hpp"
#include "tandem/org/catalog.hpp"
#include "tandem/org/org_document.hpp"
#include "tandem/time/date.hpp"
#include "tandem/time/period.hpp"

namespace tandem::cli {

namespace {

constexpr std::string_view prefix = "tandem org check: ";

// Bad values are usage errors (status 2), reported by CLI11 after the option's name.
// Days are too short to judge a loop whose flows run weekly at the most.
CLI::Validator period_validator() {
  return CLI::Validator(
      [](std::string& name) -> std::string {
        const std::optional<time::period_kind> kind = time::period_kind_from_name(name);
        if (kind && *kind != time::period_kind::day) return {};
        return fmt::format("unknown period {}; the periods are week, month, quarter, half, year", quote_value(name));
      },
      "", "period");
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

// Today in UTC: the system clock's day number is the library's (days since 1970-01-01).
time::date today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return time::date::from_serial(static_cast<std::int32_t>(days.time_since_epoch().count()));
}

// "a\nb" -> "tandem org check: a\ntandem org check: b\n": every problem on its own line.
void report_lines(std::ostream& err, std::string_view text) {
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    err << prefix << text.substr(0, end) << '\n';
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

}  // namespace

CLI::App& org_command::attach(CLI::App& app) {
  CLI::App& sub =
      *app.add_subcommand("org", "Check an organisation document: model, duty gaps, the marketing-sales loop.");
  // Not require_subcommand(1): then `tandem org verify` would only say "A subcommand is
  // required" instead of naming the word CLI11 did not expect; run() reports a bare `tandem org`.
  sub.require_subcommand(0, 1);
  sub.footer("Run 'tandem org check --help' for the options.");
  CLI::App& check =
      *sub.add_subcommand("check", "Load an organisation document (docs/org-format.md) and report on it.");
  check_ = &check;
  org_check_options& o = options_;
  check.add_option("FILE", o.file, "the document (JSON); - reads standard input")->required()->type_name("FILE");
  check.add_option("--as-of", o.as_of, "the day statuses are judged on (default: today, UTC)")
      ->type_name("DATE")
      ->check(date_validator());
  check.add_option("--period,-p", o.period, "the period around --as-of: week, month (default), quarter, half, year")
      ->type_name("KIND")
      ->check(period_validator());
  check.add_option("--lang,-l", o.lang, "language of the texts: zh or en (default en)")
      ->type_name("LANG")
      ->check(lang_validator());
  check.add_option("--format,-f", o.format, "output format: table (default) or json")
      ->type_name("FORMAT")
      ->check(format_validator({"table", "json"}));
  check.footer(
      "Prints the organisation model with its reasons and the changes towards model 4, unowned duties,\n"
      "duties owned more than once, every flow and duty due in the period of kind --period that contains\n"
      "--as-of with its status on that day, and the loop's health per direction.\n"
      "Without --as-of the date is today's (UTC): scripts should pass --as-of so that output is reproducible.\n\n"
      "Exit status: 0 printed; 1 the document is unreadable or invalid (every problem on standard error,\n"
      "one per line, with its JSON path), or standard output could not be written; 2 usage error.");
  return sub;
}

int org_command::run(const command_streams& io) {
  if (check_ == nullptr || !check_->parsed()) {
    io.err << "tandem org: a subcommand is required; the subcommands are check (see 'tandem org --help')\n";
    return exit_usage;
  }
  // The validators accepted these values, so parsing cannot fail here.
  const org::lang l = org::lang_from_name(options_.lang).value_or(org::lang::en);
  const time::period_kind kind = time::period_kind_from_name(options_.period).value_or(time::period_kind::month);
  const std::string source = options_.file == "-" ? std::string(stdin_name) : options_.file;
  try {
    const time::date as_of = options_.as_of.empty() ? today() : time::parse_date(options_.as_of);
    const std::string text = read_input(options_.file, io.in);
    const org::loop_schedule schedule = org::load_org_document(text, source);
    // The report covers the whole period containing as_of; near the ends of the
    // supported dates the document's calendar may not be able to form it (FY10000 of
    // a calendar starting in April). That is the option's fault, not the document's.
    try {
      (void)schedule.calendar().period_containing(as_of, kind);
    } catch (const tandem::error& e) {
      io.err << prefix << "--as-of: the " << time::to_string(kind) << " containing " << as_of.to_string()
             << " cannot be reported on: " << e.what() << " (see 'tandem org check --help')\n";
      return exit_usage;
    }
    const org_check_report report = make_org_check_report(schedule, source, l, as_of, kind);
    // Built whole before anything is printed: a failure leaves standard output empty.
    const std::string output =
        options_.format == "json" ? render_org_check_json(report) : render_org_check_table(report);
    io.out << output << std::flush;
    if (!io.out) {
      io.err << prefix << "cannot write to standard output\n";
      return exit_invalid_input;
    }
    return exit_success;
  } catch (const unreadable_input& e) {
    io.err << prefix << e.what() << '\n';
    return exit_invalid_input;
  } catch (const tandem::error& e) {
    report_lines(io.err, e.what());
    return exit_invalid_input;
  }
}

}  // namespace tandem::cli
