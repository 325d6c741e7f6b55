// `tandem spread`: results worked out by hand (each test says how), on the
// Gregorian calendar, a fiscal year starting in April, a 53-week retail year, and
// the 2026 working-day calendar of mainland China.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include <string>
#include <vector>

#include "cli/spread_test_support.hpp"

namespace {

using spread_test::output_row;
using spread_test::rows_of;
using spread_test::run_spread;
using spread_test::shares_of;
using testing::ElementsAre;

const std::string cn_2026 = std::string(TANDEM_EXAMPLES_DIR) + "/calendars/cn-2026.csv";

TEST(spread_results, twelve_months_evenly) {
  // 1200.00 / 12 = 100.00 exactly; the scale (2) comes from the total's decimals.
  const auto rows = rows_of(run_spread({"--total", "1200.00", "--from", "2027-04-01", "--to", "2028-03-31"}));
  ASSERT_EQ(rows.size(), 12U);
  EXPECT_EQ(rows.front(), (output_row{"2027-04", "2027-04-01", "2027-04-30", "100.00"}));
  EXPECT_EQ(rows[10], (output_row{"2028-02", "2028-02-01", "2028-02-29", "100.00"}));  // 2028 is a leap year
  EXPECT_EQ(rows.back(), (output_row{"2028-03", "2028-03-01", "2028-03-31", "100.00"}));
  for (const output_row& row : rows) EXPECT_EQ(row.share, "100.00") << row.period;
}

TEST(spread_results, month_is_the_default_period_and_even_the_default_basis) {
  const auto r = run_spread({"--total", "10", "--from", "2027-01-01", "--to", "2027-03-31"});
  // 10 / 3 = 3.33...: floors 3, 3, 3 and the last unit to the first (input order).
  EXPECT_EQ(r.out,
            "period,start,end,share\n2027-01,2027-01-01,2027-01-31,4\n2027-02,2027-02-01,2027-02-28,3\n"
            "2027-03,2027-03-01,2027-03-31,3\n");
}

TEST(spread_results, a_quarter_by_calendar_days) {
  // 1000 x 31/90 = 344.44, x 28/90 = 311.11, x 31/90 = 344.44. Floors sum to 999;
  // January and March tie for the last unit (.44 each), input order gives it to January.
  EXPECT_THAT(
      shares_of(run_spread({"--total", "1000", "--from", "2027-01-01", "--to", "2027-03-31", "--by", "calendar-days"})),
      ElementsAre("345", "311", "344"));
}

TEST(spread_results, ties_larger_and_smaller) {
  // The same quarter: January and March tie with equal weights (31 days each), so
  // --ties larger and --ties smaller both fall back to input order.
  for (const std::string ties : {"larger", "smaller"}) {
    EXPECT_THAT(shares_of(run_spread({"--total", "1000", "--from", "2027-01-01", "--to", "2027-03-31", "--by",
                                      "calendar-days", "--ties", ties})),
                ElementsAre("345", "311", "344"))
        << ties;
  }
}

TEST(spread_results, fiscal_year_from_april_crosses_the_calendar_year) {
  // FY2028 = 2027-04-01..2028-03-31 (named by its end year): quarters of 91, 92, 92
  // and 91 days (Jan-Mar 2028 = 31 + 29 + 31), 366 in all. 100000 cents x 91/366 =
  // 24863.39, x 92/366 = 25136.61: floors sum to 99998, and the two .61 get a cent.
  const auto rows = rows_of(run_spread({"--total", "1000.00", "--fiscal-start", "04-01", "--fiscal-year", "2028",
                                        "--period", "quarter", "--by", "calendar-days"}));
  EXPECT_THAT(rows, ElementsAre(output_row{"FY2028 Q1", "2027-04-01", "2027-06-30", "248.63"},
                                output_row{"FY2028 Q2", "2027-07-01", "2027-09-30", "251.37"},
                                output_row{"FY2028 Q3", "2027-10-01", "2027-12-31", "251.37"},
                                output_row{"FY2028 Q4", "2028-01-01", "2028-03-31", "248.63"}));
}

TEST(spread_results, fiscal_year_named_by_its_start_year) {
  const auto rows = rows_of(run_spread({"--total", "2", "--fiscal-start", "04-01", "--fy-naming", "start",
                                        "--fiscal-year", "2027", "--period", "half"}));
  EXPECT_THAT(rows, ElementsAre(output_row{"FY2027 H1", "2027-04-01", "2027-09-30", "1"},
                                output_row{"FY2027 H2", "2027-10-01", "2028-03-31", "1"}));
}

TEST(spread_results, fiscal_year_starting_mid_month_has_numbered_months) {
  // A year from 15 July: months run from the 15th and are labelled P01..P12.
  const auto rows = rows_of(run_spread({"--total", "12", "--fiscal-start", "07-15", "--fiscal-year", "2028"}));
  ASSERT_EQ(rows.size(), 12U);
  EXPECT_EQ(rows.front(), (output_row{"FY2028 P01", "2027-07-15", "2027-08-14", "1"}));
  EXPECT_EQ(rows.back(), (output_row{"FY2028 P12", "2028-06-15", "2028-07-14", "1"}));
}

TEST(spread_results, retail_445_year_with_53_weeks) {
  // NRF fiscal 2023 (named by its start year): 2023-01-29..2024-02-03, the Saturday
  // nearest the end of January ending each year; 371 days, so 53 weeks. With 4-4-5
  // the months have 4,4,5 weeks per quarter and the 53rd week goes to P12 (6 weeks).
  // Spread by calendar days, 371 gives one unit per day: 28, 28, 35, ..., 42.
  const auto rows = rows_of(
      run_spread({"--total", "371", "--retail", "4-4-5", "--year-end-month", "1", "--year-end-day", "sat", "--year-end",
                  "nearest", "--fy-naming", "start", "--fiscal-year", "2023", "--by", "calendar-days"}));
  ASSERT_EQ(rows.size(), 12U);
  EXPECT_EQ(rows[0], (output_row{"FY2023 P01", "2023-01-29", "2023-02-25", "28"}));
  EXPECT_EQ(rows[1], (output_row{"FY2023 P02", "2023-02-26", "2023-03-25", "28"}));
  EXPECT_EQ(rows[2], (output_row{"FY2023 P03", "2023-03-26", "2023-04-29", "35"}));
  EXPECT_EQ(rows[8], (output_row{"FY2023 P09", "2023-09-24", "2023-10-28", "35"}));
  EXPECT_EQ(rows[10], (output_row{"FY2023 P11", "2023-11-26", "2023-12-23", "28"}));
  EXPECT_EQ(rows[11], (output_row{"FY2023 P12", "2023-12-24", "2024-02-03", "42"}));
}

TEST(spread_results, retail_53rd_week_and_fourth_quarter_of_14_weeks) {
  // The same year by quarter: 13, 13, 13 and 14 weeks; 5300 by calendar days gives
  // 100 a week.
  const auto rows =
      rows_of(run_spread({"--total", "5300", "--retail", "4-4-5", "--year-end-month", "1", "--fy-naming", "start",
                          "--fiscal-year", "2023", "--period", "quarter", "--by", "calendar-days"}));
  EXPECT_THAT(rows, ElementsAre(output_row{"FY2023 Q1", "2023-01-29", "2023-04-29", "1300"},
                                output_row{"FY2023 Q2", "2023-04-30", "2023-07-29", "1300"},
                                output_row{"FY2023 Q3", "2023-07-30", "2023-10-28", "1300"},
                                output_row{"FY2023 Q4", "2023-10-29", "2024-02-03", "1400"}));
}

TEST(spread_results, retail_454_puts_the_53rd_week_in_a_5_week_last_month) {
  // NRF's own pattern, 4-5-4: P12 would have 4 weeks and has 5 in fiscal 2023; the
  // second half has 27 weeks (189 days).
  const std::vector<std::string> nrf{"--total",          "371",  "--retail",    "4-5-4",
                                     "--year-end-month", "1",    "--fy-naming", "start",
                                     "--fiscal-year",    "2023", "--by",        "calendar-days"};
  const auto months = rows_of(run_spread(nrf));
  ASSERT_EQ(months.size(), 12U);
  EXPECT_EQ(months[1], (output_row{"FY2023 P02", "2023-02-26", "2023-04-01", "35"}));
  EXPECT_EQ(months[11], (output_row{"FY2023 P12", "2023-12-31", "2024-02-03", "35"}));
  std::vector<std::string> halves = nrf;
  halves.insert(halves.end(), {"--period", "half"});
  EXPECT_THAT(rows_of(run_spread(halves)), ElementsAre(output_row{"FY2023 H1", "2023-01-29", "2023-07-29", "182"},
                                                       output_row{"FY2023 H2", "2023-07-30", "2024-02-03", "189"}));
}

TEST(spread_results, retail_weeks_are_numbered_to_53) {
  const auto rows = rows_of(run_spread({"--total", "53", "--retail", "4-5-4", "--year-end-month", "1", "--fy-naming",
                                        "start", "--fiscal-year", "2023", "--period", "week"}));
  ASSERT_EQ(rows.size(), 53U);
  EXPECT_EQ(rows.front(), (output_row{"FY2023 W01", "2023-01-29", "2023-02-04", "1"}));
  EXPECT_EQ(rows.back(), (output_row{"FY2023 W53", "2024-01-28", "2024-02-03", "1"}));
}

TEST(spread_results, retail_year_ending_on_the_last_weekday) {
  // --year-end last: the last Saturday of January. 2023-01-28 and 2024-01-27 are the
  // last Saturdays, so fiscal 2023 (start naming) is 2023-01-29..2024-01-27, 52 weeks.
  const auto rows =
      rows_of(run_spread({"--total", "4", "--retail", "5-4-4", "--year-end-month", "1", "--year-end", "last",
                          "--fy-naming", "start", "--fiscal-year", "2023", "--period", "quarter"}));
  EXPECT_THAT(rows, ElementsAre(output_row{"FY2023 Q1", "2023-01-29", "2023-04-29", "1"},
                                output_row{"FY2023 Q2", "2023-04-30", "2023-07-29", "1"},
                                output_row{"FY2023 Q3", "2023-07-30", "2023-10-28", "1"},
                                output_row{"FY2023 Q4", "2023-10-29", "2024-01-27", "1"}));
}

TEST(spread_results, working_days_of_february_2026_in_china) {
  // February 2026 starts on a Sunday: 20 weekdays. The Spring Festival closure
  // (15-23 Feb) takes the weekdays 16-20 and 23 (6), and Saturdays 14 and 28 are
  // make-up working days (+2): 16 working days. By ISO week:
  //   2026-W05 (1 Feb only, a Sunday)       0
  //   2026-W06 (2-8 Feb)   Mon-Fri           5
  //   2026-W07 (9-15 Feb)  Mon-Fri + Sat 14  6
  //   2026-W08 (16-22 Feb) all closed        0
  //   2026-W09 (23-28 Feb) Tue-Fri + Sat 28  5
  // so 1600 gives 100 per working day.
  const auto rows = rows_of(run_spread({"--total", "1600", "--from", "2026-02-01", "--to", "2026-02-28", "--period",
                                        "week", "--by", "working-days", "--calendar", cn_2026}));
  EXPECT_THAT(rows, ElementsAre(output_row{"2026-W05", "2026-02-01", "2026-02-01", "0"},
                                output_row{"2026-W06", "2026-02-02", "2026-02-08", "500"},
                                output_row{"2026-W07", "2026-02-09", "2026-02-15", "600"},
                                output_row{"2026-W08", "2026-02-16", "2026-02-22", "0"},
                                output_row{"2026-W09", "2026-02-23", "2026-02-28", "500"}));
}

TEST(spread_results, working_days_by_day_give_make_up_saturdays_a_share) {
  const auto rows = rows_of(run_spread({"--total", "1600.00", "--from", "2026-02-01", "--to", "2026-02-28", "--period",
                                        "day", "--by", "working-days", "--calendar", cn_2026}));
  ASSERT_EQ(rows.size(), 28U);
  EXPECT_EQ(rows[13], (output_row{"2026-02-14", "2026-02-14", "2026-02-14", "100.00"}));  // make-up Saturday
  EXPECT_EQ(rows[15], (output_row{"2026-02-16", "2026-02-16", "2026-02-16", "0.00"}));    // Spring Festival
  EXPECT_EQ(rows[20], (output_row{"2026-02-21", "2026-02-21", "2026-02-21", "0.00"}));    // a Saturday
  EXPECT_EQ(rows[27], (output_row{"2026-02-28", "2026-02-28", "2026-02-28", "100.00"}));  // make-up Saturday
}

TEST(spread_results, working_days_of_the_first_quarter_2026_in_china) {
  // January 2026: 22 weekdays, minus New Year's Day holidays on Thu 1 and Fri 2 (the
  // Saturday 3rd is a weekend day anyway), plus Sunday 4 worked: 21. February: 16
  // (above). March: 22 weekdays, no holidays. 1000 x 21/59 = 355.93, x 16/59 =
  // 271.19, x 22/59 = 372.88: floors sum to 998, the units go to .93 and .88.
  EXPECT_THAT(shares_of(run_spread({"--total", "1000", "--from", "2026-01-01", "--to", "2026-03-31", "--by",
                                    "working-days", "--calendar", cn_2026})),
              ElementsAre("356", "271", "373"));
}

TEST(spread_results, working_days_without_a_calendar_count_weekdays) {
  // Without --calendar only the weekend is off: February 2026 has 0, 5, 5, 5, 5
  // weekdays in the weeks above.
  EXPECT_THAT(shares_of(run_spread({"--total", "2000", "--from", "2026-02-01", "--to", "2026-02-28", "--period", "week",
                                    "--by", "working-days"})),
              ElementsAre("0", "500", "500", "500", "500"));
}

TEST(spread_results, another_weekend) {
  // Friday-Saturday weekend: 2026-W05, cut to Sunday 1 Feb, has one working day;
  // W06-W08 have five (Sun-Thu); W09, cut to Mon 23 - Sat 28, has four (Mon-Thu).
  // 2000 over 1 + 5 + 5 + 5 + 4 = 20 days is 100 a day.
  EXPECT_THAT(shares_of(run_spread({"--total", "2000", "--from", "2026-02-01", "--to", "2026-02-28", "--period", "week",
                                    "--by", "working-days", "--weekend", "fri,sat"})),
              ElementsAre("100", "500", "500", "500", "400"));
}

TEST(spread_results, percent_key) {
  const auto r = run_spread(
      {"--total", "1000.00", "--from", "2027-01-01", "--to", "2027-03-31", "--by", "key", "--key", "key.csv"},
      {{"key.csv", "period,percent\n2027-03,50\n2027-01,20\n2027-02,30\n"}});
  EXPECT_THAT(shares_of(r), ElementsAre("200.00", "300.00", "500.00"));
}

TEST(spread_results, percent_key_with_decimals) {
  // 33.3 + 33.3 + 33.4 = 100: 1000 x .333 = 333 each, x .334 = 334.
  const auto r =
      run_spread({"--total", "1000", "--from", "2027-01-01", "--to", "2027-03-31", "--by", "key", "--key", "key.csv"},
                 {{"key.csv", "period,percent\n2027-01,33.3\n2027-02,33.3\n2027-03,33.4\n"}});
  EXPECT_THAT(shares_of(r), ElementsAre("333", "333", "334"));
}

TEST(spread_results, weight_key) {
  // Weights 1.5, 2.5, 1 (5 in all): 1000 x 0.3, 0.5, 0.2.
  const auto r =
      run_spread({"--total", "1000", "--from", "2027-01-01", "--to", "2027-03-31", "--by", "key", "--key", "key.csv"},
                 {{"key.csv", "\xEF\xBB\xBFperiod,weight\r\n2027-01,1.5\r\n2027-02,2.5\r\n2027-03,1\r\n"}});
  EXPECT_THAT(shares_of(r), ElementsAre("300", "500", "200"));
}

TEST(spread_results, reference_series) {
  // Last year's actuals 120, 80, 200 (400): 1000 x 0.3, 0.2, 0.5.
  const auto r = run_spread(
      {"--total", "1000", "--from", "2027-01-01", "--to", "2027-03-31", "--by", "reference", "--reference", "ref.csv"},
      {{"ref.csv", "value,period\n120,2027-01\n80,2027-02\n200,2027-03\n"}});
  EXPECT_THAT(shares_of(r), ElementsAre("300", "200", "500"));
}

TEST(spread_results, reference_all_zero_falls_back_when_asked) {
  const std::vector<std::pair<std::string, std::string>> zeros{
      {"ref.csv", "period,value\n2027-01,0\n2027-02,0.00\n2027-03,0\n"}};
  const std::vector<std::string> args{"--total", "900",       "--from",      "2027-01-01", "--to",       "2027-03-31",
                                      "--by",    "reference", "--reference", "ref.csv",    "--when-zero"};
  auto with = [&](const std::string& policy) {
    std::vector<std::string> a = args;
    a.push_back(policy);
    return a;
  };
  EXPECT_THAT(shares_of(run_spread(with("even"), zeros)), ElementsAre("300", "300", "300"));
  // 900 x 31/90 = 310, x 28/90 = 280, x 31/90 = 310.
  EXPECT_THAT(shares_of(run_spread(with("calendar-days"), zeros)), ElementsAre("310", "280", "310"));
}

TEST(spread_results, key_of_a_fiscal_quarter_spread) {
  const auto r = run_spread({"--total", "100", "--fiscal-start", "04-01", "--fiscal-year", "2028", "--period",
                             "quarter", "--by", "key", "--key", "key.csv"},
                            {{"key.csv", "period,weight\nFY2028 Q1,1\nFY2028 Q2,1\nFY2028 Q3,1\nFY2028 Q4,2\n"}});
  EXPECT_THAT(shares_of(r), ElementsAre("20", "20", "20", "40"));
}

TEST(spread_results, a_locked_period_and_the_rest_re_spread) {
  // June is locked at 300.00; 900.00 is left for 11 months: 81.8181... each. The
  // floors (81.81 x 11 = 899.91) leave 9 cents, all remainders tie, and input order
  // gives them to the first nine: April, May, July..January; February and March keep 81.81.
  const auto rows = rows_of(
      run_spread({"--total", "1200.00", "--fiscal-start", "04-01", "--fiscal-year", "2028", "--limits", "limits.csv"},
                 {{"limits.csv", "period,fixed\n2027-06,300.00\n"}}));
  ASSERT_EQ(rows.size(), 12U);
  const std::vector<std::string> expected{"81.82", "81.82", "300.00", "81.82", "81.82", "81.82",
                                          "81.82", "81.82", "81.82",  "81.82", "81.81", "81.81"};
  for (std::size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(rows[i].share, expected[i]) << rows[i].period;
}

TEST(spread_results, bounds_per_period) {
  // January at most 50: the other two share the remaining 250 evenly. March at
  // least 200 with an even split of 300: January and February get 50 each.
  EXPECT_THAT(
      shares_of(run_spread({"--total", "300", "--from", "2027-01-01", "--to", "2027-03-31", "--limits", "l.csv"},
                           {{"l.csv", "period,max\n2027-01,50\n"}})),
      ElementsAre("50", "125", "125"));
  EXPECT_THAT(
      shares_of(run_spread({"--total", "300", "--from", "2027-01-01", "--to", "2027-03-31", "--limits", "l.csv"},
                           {{"l.csv", "period,min,max,fixed\n2027-03,200,,\n2027-02,,,\n"}})),
      ElementsAre("50", "50", "200"));
}

TEST(spread_results, quantum) {
  // 120000 in whole thousands over 7 months: 17142.86 each, in thousands 17.14: floors
  // 17 x 7 = 119, the last thousand to the first month.
  EXPECT_THAT(
      shares_of(run_spread({"--total", "120000", "--quantum", "1000", "--from", "2027-01-01", "--to", "2027-07-31"})),
      ElementsAre("18000", "17000", "17000", "17000", "17000", "17000", "17000"));
}

TEST(spread_results, scale_option_overrides_the_total_decimals) {
  EXPECT_THAT(shares_of(run_spread({"--total", "10", "--scale", "2", "--from", "2027-01-01", "--to", "2027-03-31"})),
              ElementsAre("3.34", "3.33", "3.33"));
}

TEST(spread_results, divisor_methods) {
  // Jefferson (D'Hondt), weights 31, 28, 31, 10 seats. At divisor 8: 3, 3, 3 (9).
  // January and March reach a 4th seat together at divisor 31/4 = 7.75, before
  // February (28/4 = 7): a tie for the 10th seat, which input order gives to January.
  EXPECT_THAT(shares_of(run_spread({"--total", "10", "--from", "2027-01-01", "--to", "2027-03-31", "--by",
                                    "calendar-days", "--method", "dhondt"})),
              ElementsAre("4", "3", "3"));
  // Adams rounds up and gives every period at least one unit: 1, 1, 1 of 3.
  EXPECT_THAT(shares_of(run_spread({"--total", "3", "--from", "2027-01-01", "--to", "2027-03-31", "--by",
                                    "calendar-days", "--method", "adams"})),
              ElementsAre("1", "1", "1"));
}

TEST(spread_results, negative_total) {
  // A reduction of 10: the magnitude is spread (4, 3, 3) and the sign restored.
  EXPECT_THAT(shares_of(run_spread({"--total", "-10", "--from", "2027-01-01", "--to", "2027-03-31"})),
              ElementsAre("-4", "-3", "-3"));
  // Limits take the total's sign: March at least -2 (a reduction of at most 2).
  EXPECT_THAT(shares_of(run_spread({"--total=-10.0", "--from", "2027-01-01", "--to", "2027-03-31", "--limits", "l.csv"},
                                   {{"l.csv", "period,min\n2027-03,-2.0\n"}})),
              ElementsAre("-4.0", "-4.0", "-2.0"));
}

TEST(spread_results, cut_periods_keep_their_labels) {
  // 2027-04-15..2027-06-10 by calendar days: 16, 31 and 10 days (57); 570 gives 10 a day.
  EXPECT_THAT(
      rows_of(run_spread({"--total", "570", "--from", "2027-04-15", "--to", "2027-06-10", "--by", "calendar-days"})),
      ElementsAre(output_row{"2027-04", "2027-04-15", "2027-04-30", "160"},
                  output_row{"2027-05", "2027-05-01", "2027-05-31", "310"},
                  output_row{"2027-06", "2027-06-01", "2027-06-10", "100"}));
}

TEST(spread_results, gregorian_labels) {
  EXPECT_THAT(rows_of(run_spread({"--total", "2", "--from", "2027-01-01", "--to", "2028-12-31", "--period", "year"})),
              ElementsAre(output_row{"2027", "2027-01-01", "2027-12-31", "1"},
                          output_row{"2028", "2028-01-01", "2028-12-31", "1"}));
  EXPECT_THAT(
      rows_of(run_spread({"--total", "4", "--from", "2027-01-01", "--to", "2027-12-31", "--period", "quarter"})),
      ElementsAre(output_row{"2027 Q1", "2027-01-01", "2027-03-31", "1"},
                  output_row{"2027 Q2", "2027-04-01", "2027-06-30", "1"},
                  output_row{"2027 Q3", "2027-07-01", "2027-09-30", "1"},
                  output_row{"2027 Q4", "2027-10-01", "2027-12-31", "1"}));
  EXPECT_THAT(rows_of(run_spread({"--total", "2", "--from", "2027-01-01", "--to", "2027-12-31", "--period", "half"})),
              ElementsAre(output_row{"2027 H1", "2027-01-01", "2027-06-30", "1"},
                          output_row{"2027 H2", "2027-07-01", "2027-12-31", "1"}));
}

TEST(spread_results, key_from_standard_input) {
  const cli_test::scratch_dir dir;
  const auto r = cli_test::run_tandem(
      {"spread", "--total", "10", "--from", "2027-01-01", "--to", "2027-02-28", "--by", "key", "--key", "-"}, dir,
      "period,weight\n2027-01,3\n2027-02,2\n");
  EXPECT_EQ(r.out, "period,start,end,share\n2027-01,2027-01-01,2027-01-31,6\n2027-02,2027-02-01,2027-02-28,4\n");
  EXPECT_EQ(r.status, 0) << r.err;
}

}  // namespace

namespace {

TEST(spread_results, a_reference_under_last_years_labels_matches_by_position) {
  // Last year's actuals 120, 80, 200 under 2026's labels weigh 2027's months in order:
  // 1000 x 0.3, 0.2, 0.5.
  const auto r = run_spread({"--total", "1000", "--from", "2027-01-01", "--to", "2027-03-31", "--by", "reference",
                             "--reference", "ref.csv", "--match", "position"},
                            {{"ref.csv", "period,value\n2026-01,120\n2026-02,80\n2026-03,200\n"}});
  EXPECT_THAT(shares_of(r), ElementsAre("300", "200", "500"));
}

}  // namespace
