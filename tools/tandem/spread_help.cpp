#include "spread_help.hpp"

#include <fmt/format.h>

#include "option_validators.hpp"

namespace tandem::cli {

namespace {

constexpr std::string_view range_and_calendar_help =
    "The shares are exact: multiples of the quantum that sum to the total. The total's\n"
    "scale is --scale, or else the number of decimals written in --total (1200000.00:\n"
    "2, so shares are in cents); --quantum, min, max and fixed use the same scale. A\n"
    "negative total (a reduction: --total -500.00) is spread as its magnitude and the\n"
    "signs restored; its limits are then negative too.\n"
    "\n"
    "Range: --from and --to (both days included), or --fiscal-year N for the whole\n"
    "fiscal year N of the calendar. A range that does not start or end on a period\n"
    "boundary cuts its first or last period: it keeps its label, and start and end\n"
    "show the days inside the range.\n"
    "\n"
    "Fiscal calendars and period labels (--period year|half|quarter|month|week|day):\n"
    "  default (calendar years)   2027, 2027 H1, 2027 Q2, 2027-04, 2027-W14 (ISO 8601\n"
    "                             weeks, Monday to Sunday), 2027-04-01\n"
    "  --fiscal-start MM-DD       a year starting on any month and day (day 1 to 28),\n"
    "                             named after the calendar year it ends in (--fy-naming\n"
    "                             end, the default) or starts in (--fy-naming start):\n"
    "                             FY2028, FY2028 H1, FY2028 Q1; months 2027-04 when the\n"
    "                             year starts on the 1st, else FY2028 P01..P12; weeks\n"
    "                             are ISO weeks (2027-W14); days 2027-04-01\n"
    "  --retail 4-4-5|4-5-4|5-4-4 a 52/53-week retail year ending on --year-end-day\n"
    "                             (default sat) in or near --year-end-month M: the last\n"
    "                             such day of the month (--year-end last) or the one\n"
    "                             nearest the month's end (--year-end nearest, the\n"
    "                             default; the NRF calendar is --retail 4-5-4\n"
    "                             --year-end-month 1 --fy-naming start). Quarters are 13\n"
    "                             weeks split by the pattern. 53rd-week rule: a year\n"
    "                             whose end rule gives 371 days has a 53rd week, added\n"
    "                             to its last month (P12 has 6 weeks with 4-4-5, 5\n"
    "                             with 4-5-4 and 5-4-4; Q4 has 14 weeks, H2 27), as\n"
    "                             the NRF does. Labels FY2024, FY2024 H1, FY2024 Q2,\n"
    "                             FY2024 P05 (fifth fiscal month), FY2024 W14\n"
    "                             (fourteenth fiscal week), days 2024-04-01\n"
    "Run with --by even to see the labels of a spread before writing a key, a\n"
    "reference or limits file for it.\n";

constexpr std::string_view basis_help =
    "\n"
    "Bases (--by):\n"
    "  even           every period weighs the same (a cut period too)\n"
    "  calendar-days  the days of each period inside the range\n"
    "  working-days   the working days of each period inside the range: every day but\n"
    "                 the --weekend days (default sat,sun) and the holidays of\n"
    "                 --calendar FILE, plus its make-up working days. Without\n"
    "                 --calendar only the weekend is off.\n"
    "  key            --key FILE: a weight or a percentage per period\n"
    "  reference      --reference FILE: a value per period, e.g. last year's actuals,\n"
    "                 each on the row of the period it weighs (last April's sales on\n"
    "                 this April's label), or in period order with --match position\n"
    "When every weight is zero (a reference of zeros, a range without working days),\n"
    "--when-zero decides: error (the default: exit status 1), even, or calendar-days.\n"
    "\n"
    "Files (CSV, RFC 4180, UTF-8; an optional byte order mark; CRLF or LF line ends;\n"
    "blank lines are ignored; a header row, columns in any order; any other column is\n"
    "an error). A FILE of - is standard input. The period column holds labels exactly\n"
    "as this command prints them.\n"
    "  --calendar   date,kind,name  kind holiday or workday (a make-up working day on\n"
    "               a weekend day); name optional; lines starting with # are comments\n"
    "  --key        period,weight   weights are decimals >= 0; only proportions matter\n"
    "               period,percent  percentages that sum to exactly 100\n"
    "  --reference  period,value    decimals >= 0\n"
    "A key or reference must give every period exactly one row (write 0 for\n"
    "nothing): a missing, unknown or repeated period is an error. With --match\n"
    "position the rows weigh the periods in order instead, whatever their labels\n"
    "(last year's actuals under last year's labels): one row per period, no more.\n"
    "Only one FILE can be - (standard input).\n"
    "  --limits     period,min,max,fixed  any of min, max and fixed; an empty cell means\n"
    "               none; periods without a row have no limits. Amounts at the total's\n"
    "               scale, multiples of the quantum: fixed locks a period's share (the\n"
    "               rest is spread over the others), min and max bound it.\n"
    "\n";

constexpr std::string_view output_help =
    "\n"
    "Output (standard output): CSV with the header period,start,end,share, one line per\n"
    "period in date order, start and end as YYYY-MM-DD, the share at the total's scale;\n"
    "or with --format json:\n"
    "  {\"total\", \"scale\", \"quantum\", \"method\", \"ties\", \"by\", \"period_kind\", \"from\",\n"
    "   \"to\", \"fiscal_calendar\", \"periods\": [{\"period\", \"start\", \"end\", \"share\"}, ...]}\n"
    "with every amount a decimal string. Nothing is written to standard output unless the\n"
    "whole spread succeeds; errors go to standard error, naming the file, line, row,\n"
    "period and column at fault.\n"
    "\n"
    "Ties (--ties), when periods have equal claim to the last quantum:\n"
    "  input-order  the earlier period wins\n"
    "  larger       the larger weight wins (then the earlier period)\n"
    "  smaller      the smaller weight wins (then the earlier period)\n"
    "  error        fail with exit status 1, naming the tied periods\n"
    "\n"
    "Exit status:\n"
    "  0  success\n"
    "  1  invalid input: a file cannot be read, malformed CSV, a missing, unknown or\n"
    "     duplicate column, a bad number, a period missing from, unknown to or repeated\n"
    "     in a key or reference; or an infeasible request (percentages that do not sum\n"
    "     to 100, all weights zero with --when-zero error, limits that cannot meet the\n"
    "     total, a total that is not a multiple of the quantum); or a tie with --ties\n"
    "     error\n"
    "  2  usage error: an unknown option, a missing --total or range, a malformed\n"
    "     --total, --quantum, date, --fiscal-start or --weekend, --to before --from,\n"
    "     an unknown period kind, basis, method, tie rule or format, options that do not\n"
    "     go together (--key without --by key, --calendar without --by working-days...)";

}  // namespace

std::string spread_footer() {
  return fmt::format("{}{}{}{}", range_and_calendar_help, basis_help, methods_help, output_help);
}

}  // namespace tandem::cli
