// spread_command.hpp — `tandem spread`: spread a total over the periods of a date range.
//
//   tandem spread --total 1200000.00 --fiscal-start 04-01 --fiscal-year 2028
//                 --period month --by reference --reference last_year.csv
//
// Builds the periods of the range on a fiscal calendar, weighs them by the chosen
// basis (even, calendar days, working days, a key, a reference series), calls
// tandem::time::spread_weights and spread_by_weights, and prints
// period,start,end,share (or JSON). The output is built in memory and printed only
// when everything succeeded.
#pragma once

#include <string>

#include "command.hpp"

namespace tandem::cli {

/// The command line of `spread`, as typed. Every value stays text until run()
/// resolves it (spread_request.hpp): an empty string means "not given", except for
/// --weekend, where "" means "no weekend days" and weekend_given says whether it
/// was given at all.
struct spread_options {
  std::string total;
  std::string scale;
  std::string quantum;
  std::string from;
  std::string to;
  std::string fiscal_year;
  std::string fiscal_start;
  std::string fy_naming;
  std::string retail;
  std::string year_end_month;
  std::string year_end_day;
  std::string year_end;
  std::string period;
  std::string by;
  std::string calendar;
  std::string weekend;
  bool weekend_given = false;
  std::string key;
  std::string reference;
  std::string limits;
  std::string when_zero;
  std::string match;
  std::string method;
  std::string ties;
  std::string format;
};

class spread_command final : public command {
 public:
  CLI::App& attach(CLI::App& app) override;
  int run(const command_streams& io) override;

 private:
  spread_options options_;
  const CLI::App* app_ = nullptr;
};

}  // namespace tandem::cli
