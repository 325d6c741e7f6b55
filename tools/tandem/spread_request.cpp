#include "spread_request.hpp"

#include <fmt/format.h>

#include <charconv>
#include <limits>
#include <optional>
#include <string_view>

#include "decimal_diagnostics.hpp"
#include "exit_status.hpp"
#include "input_error.hpp"
#include "tandem/alloc/method.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/core/error.hpp"
#include "tandem/time/date.hpp"

namespace tandem::cli {

namespace {

[[noreturn]] void usage(std::string message) { throw spread_failure{exit_usage, std::move(message)}; }

std::optional<int> whole_number(std::string_view text) {
  int value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc{} || ptr != end) return std::nullopt;
  return value;
}

time::date parse_date_option(std::string_view option, const std::string& text) {
  try {
    return time::parse_date(text);
  } catch (const tandem::error& e) {
    usage(fmt::format("{}: {}", option, e.what()));
  }
}

// --from/--to or --fiscal-year: exactly one way of giving the range.
time::date_range resolve_range(const spread_options& o, const time::fiscal_calendar& calendar) {
  const bool dates = !o.from.empty() || !o.to.empty();
  if (dates && !o.fiscal_year.empty()) {
    usage("give the range either with --from and --to or with --fiscal-year, not both");
  }
  if (!dates && o.fiscal_year.empty()) usage("give the range: --from and --to, or --fiscal-year");
  if (!o.fiscal_year.empty()) {
    const std::optional<int> year = whole_number(o.fiscal_year);
    if (!year) {
      usage(fmt::format("--fiscal-year: {} is not a year (a whole number such as 2028)", quote_value(o.fiscal_year)));
    }
    try {
      return calendar.fiscal_year(*year);
    } catch (const tandem::error& e) {
      usage(fmt::format("--fiscal-year: {}", e.what()));
    }
  }
  if (o.from.empty()) usage("--to needs --from (the first day of the range)");
  if (o.to.empty()) usage("--from needs --to (the last day of the range)");
  const time::date first = parse_date_option("--from", o.from);
  const time::date last = parse_date_option("--to", o.to);
  if (last < first) usage(fmt::format("--to {} is before --from {}", o.to, o.from));
  return time::date_range{first, last};
}

time::fiscal_year_naming resolve_naming(const spread_options& o) {
  if (o.fy_naming.empty() || o.fy_naming == "end") return time::fiscal_year_naming::end_year;
  if (o.fy_naming == "start") return time::fiscal_year_naming::start_year;
  usage(fmt::format("--fy-naming: unknown naming {}; use end or start", quote_value(o.fy_naming)));
}

// "04-01" -> {4, 1}.
std::pair<int, int> parse_month_day(const std::string& text) {
  const bool shaped = text.size() == 5 && text[2] == '-';
  const std::optional<int> month = shaped ? whole_number(std::string_view(text).substr(0, 2)) : std::nullopt;
  const std::optional<int> day = shaped ? whole_number(std::string_view(text).substr(3, 2)) : std::nullopt;
  if (!month || !day) {
    usage(fmt::format("--fiscal-start: {} is not a month and day of the form MM-DD (e.g. 04-01)", quote_value(text)));
  }
  return {*month, *day};
}

time::fiscal_calendar resolve_retail(const spread_options& o, time::fiscal_year_naming naming) {
  const std::optional<time::retail_pattern> pattern = time::retail_pattern_from_name(o.retail);
  if (!pattern) {
    usage(fmt::format("--retail: unknown pattern {}; the patterns are 4-4-5, 4-5-4, 5-4-4", quote_value(o.retail)));
  }
  if (o.year_end_month.empty()) {
    usage("--retail needs --year-end-month (the month in or near which the year ends, 1 to 12)");
  }
  const std::optional<int> month = whole_number(o.year_end_month);
  if (!month || *month < 1 || *month > 12) {
    usage(fmt::format("--year-end-month: {} is not a month; use 1 to 12", quote_value(o.year_end_month)));
  }
  const std::string day_name = o.year_end_day.empty() ? "saturday" : o.year_end_day;
  const std::optional<time::weekday> day = time::weekday_from_name(day_name);
  if (!day) usage(fmt::format("--year-end-day: {} is not a weekday (mon, tue, ..., sun)", quote_value(day_name)));
  time::year_end_rule rule = time::year_end_rule::nearest_weekday;
  if (o.year_end == "last") {
    rule = time::year_end_rule::last_weekday;
  } else if (!o.year_end.empty() && o.year_end != "nearest") {
    usage(fmt::format("--year-end: unknown rule {}; use last or nearest", quote_value(o.year_end)));
  }
  return time::fiscal_calendar::retail(*pattern, *month, *day, rule, naming);
}

time::fiscal_calendar resolve_calendar(const spread_options& o) {
  if (!o.retail.empty() && !o.fiscal_start.empty()) usage("--retail and --fiscal-start cannot be used together");
  for (const auto& [text, option] :
       {std::pair{&o.year_end_month, "--year-end-month"}, std::pair{&o.year_end_day, "--year-end-day"},
        std::pair{&o.year_end, "--year-end"}}) {
    if (!text->empty() && o.retail.empty()) usage(fmt::format("{} is only used with --retail", option));
  }
  if (!o.fy_naming.empty() && o.retail.empty() && o.fiscal_start.empty()) {
    usage("--fy-naming is only used with --fiscal-start or --retail (calendar years are named by their number)");
  }
  const time::fiscal_year_naming naming = resolve_naming(o);
  if (!o.retail.empty()) return resolve_retail(o, naming);
  if (o.fiscal_start.empty()) return time::fiscal_calendar::gregorian();
  const auto [month, day] = parse_month_day(o.fiscal_start);
  try {
    return time::fiscal_calendar::starting(month, day, naming);
  } catch (const tandem::error& e) {
    usage(fmt::format("--fiscal-start: {}: {}", quote_value(o.fiscal_start), e.what()));
  }
}

// The files and options that belong to one basis only, so that a file given for
// nothing is never silently ignored.
void resolve_basis(const spread_options& o, spread_request& request) {
  const std::string by = o.by.empty() ? "even" : o.by;
  const std::optional<time::spread_basis> basis = time::spread_basis_from_name(by);
  if (!basis) {
    usage(fmt::format("--by: unknown basis {}; the bases are even, calendar-days, working-days, key, reference",
                      quote_value(by)));
  }
  request.basis = *basis;
  const bool working = *basis == time::spread_basis::working_days;
  if (!o.calendar.empty() && !working) usage("--calendar is only used with --by working-days");
  if (o.weekend_given && !working) usage("--weekend is only used with --by working-days");
  if (!o.key.empty() && *basis != time::spread_basis::key) usage("--key is only used with --by key");
  if (!o.reference.empty() && *basis != time::spread_basis::reference) {
    usage("--reference is only used with --by reference");
  }
  if (*basis == time::spread_basis::key && o.key.empty()) usage("--by key needs --key FILE");
  if (*basis == time::spread_basis::reference && o.reference.empty()) usage("--by reference needs --reference FILE");
  request.calendar_file = o.calendar;
  request.key_file = o.key;
  request.reference_file = o.reference;
  if (o.weekend_given) {
    try {
      request.weekend = time::weekday_set::parse(o.weekend);
    } catch (const tandem::error& e) {
      usage(fmt::format("--weekend: {}", e.what()));
    }
  }
  const std::string when_zero = o.when_zero.empty() ? "error" : o.when_zero;
  const std::optional<time::zero_basis_policy> policy = time::zero_basis_policy_from_name(when_zero);
  if (!policy) {
    usage(fmt::format("--when-zero: unknown policy {}; use error, even or calendar-days", quote_value(when_zero)));
  }
  request.when_zero = *policy;
  const std::string match = o.match.empty() ? "label" : o.match;
  const std::optional<time::value_match> m = time::value_match_from_name(match);
  if (!m) usage(fmt::format("--match: unknown matching {}; use label or position", quote_value(match)));
  if (!o.match.empty() && o.key.empty() && o.reference.empty()) {
    usage("--match is only used with --key or --reference");
  }
  request.match_by_position = *m == time::value_match::position;
}

// Standard input can be read once: two files given as "-" would leave the second
// with nothing, and its "empty file" message would mislead.
void resolve_stdin(const spread_options& o) {
  const int from_stdin = (o.calendar == "-") + (o.key == "-") + (o.reference == "-") + (o.limits == "-");
  if (from_stdin > 1) usage("only one of --calendar, --key, --reference and --limits can be - (standard input)");
}

// --total and --quantum are parsed once the scale is known; a malformed one is a
// usage error like any bad option value.
void resolve_amounts(const spread_options& o, spread_request& request) {
  if (o.total.empty()) usage("--total is required");
  if (o.scale.empty()) {
    request.scale = decimals_in(o.total);
    if (request.scale > max_scale) {
      usage(fmt::format("--total: {} has more than {} decimal places", quote_value(o.total), max_scale));
    }
  } else {
    const std::optional<int> scale = whole_number(o.scale);
    if (!scale || *scale < 0 || *scale > max_scale) {
      usage(
          fmt::format("--scale: {} is not a scale; use a whole number from 0 to {}", quote_value(o.scale), max_scale));
    }
    request.scale = *scale;
  }
  const auto parse_amount = [&](std::string_view option, const std::string& text, bool allow_negative) {
    try {
      return parse_units(text, request.scale, {.allow_negative = allow_negative});
    } catch (const tandem::error& e) {
      usage(fmt::format("{}: {}", option, describe_amount_error(e, text, request.scale)));
    }
  };
  request.total = parse_amount("--total", o.total, true);
  if (request.total == std::numeric_limits<std::int64_t>::min()) {
    usage(fmt::format("--total: {} is too large a negative amount", quote_value(o.total)));
  }
  if (!o.quantum.empty()) {
    request.rounding.quantum = parse_amount("--quantum", o.quantum, false);
    if (request.rounding.quantum == 0) usage("--quantum: the quantum must be greater than zero");
  }
}

void resolve_rounding(const spread_options& o, spread_request& request) {
  const std::string method = o.method.empty() ? "hamilton" : o.method;
  if (!alloc::parse_method(method, request.rounding.m)) {
    usage(fmt::format("--method: unknown method {}", quote_value(method)));
  }
  const std::string ties = o.ties.empty() ? "input-order" : o.ties;
  if (!alloc::parse_tie_rule(ties, request.rounding.ties)) {
    usage(fmt::format("--ties: unknown tie rule {}", quote_value(ties)));
  }
}

}  // namespace

int decimals_in(std::string_view text) noexcept {
  const std::size_t point = text.find('.');
  if (point == std::string_view::npos) return 0;
  const std::size_t decimals = text.size() - point - 1;
  return decimals > 99 ? 99 : static_cast<int>(decimals);
}

spread_request resolve_spread_request(const spread_options& options) {
  spread_request request;
  resolve_amounts(options, request);
  resolve_rounding(options, request);
  request.calendar = resolve_calendar(options);
  request.range = resolve_range(options, request.calendar);
  const std::string kind = options.period.empty() ? "month" : options.period;
  const std::optional<time::period_kind> k = time::period_kind_from_name(kind);
  if (!k) {
    usage(fmt::format("--period: unknown period kind {}; the kinds are year, half, quarter, month, week, day",
                      quote_value(kind)));
  }
  request.kind = *k;
  resolve_basis(options, request);
  resolve_stdin(options);
  request.limits_file = options.limits;
  if (!options.format.empty() && options.format != "csv" && options.format != "json") {
    usage(fmt::format("--format: unknown format {}; the formats are csv, json", quote_value(options.format)));
  }
  request.json = options.format == "json";
  // Last: every usage error is reported before this one, which is about the input.
  if (request.total % request.rounding.quantum != 0) {
    throw spread_failure{exit_invalid_input, fmt::format("the total {} is not a multiple of the quantum {}",
                                                         format_units(request.total, request.scale),
                                                         format_units(request.rounding.quantum, request.scale))};
  }
  return request;
}

}  // namespace tandem::cli
