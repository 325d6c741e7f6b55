/* Spreads a first-quarter target of 59,000.00 over January to March 2026 by
   working days, on a calendar with mainland China's holidays and make-up working
   days, then asks for the target to date. */
#include <stdio.h>
#include <stdlib.h>

#include "tandem.h"

static int report(tandem_status status) {
  fprintf(stderr, "tandem: %s (child %lld): %s\n", tandem_status_name(status),
          (long long)tandem_last_error_child(), tandem_last_error_message());
  return EXIT_FAILURE;
}

int main(void) {
  static const char* const holidays[] = {"2026-01-01", "2026-01-02", "2026-01-03",
                                         "2026-02-15", "2026-02-16", "2026-02-17",
                                         "2026-02-18", "2026-02-19", "2026-02-20",
                                         "2026-02-21", "2026-02-22", "2026-02-23"};
  static const char* const make_up_days[] = {"2026-01-04", "2026-02-14", "2026-02-28"};
  static const char* const labels[] = {"2026-01", "2026-02"};
  static const char* const weights[] = {"1", "1"};
  tandem_fiscal_calendar* year = NULL;
  tandem_working_calendar* china = NULL;
  tandem_periods* months = NULL;
  tandem_spread_options* by_working_days = NULL;
  tandem_target_series* plan = NULL;
  int64_t targets[3], to_date = 0;
  char label[16], first[TANDEM_DATE_SIZE], last[TANDEM_DATE_SIZE], amount[32];
  tandem_status status;
  size_t i;

  /* The calendar year, and a Saturday-Sunday week with the 2026 holidays. */
  status = tandem_fiscal_calendar_create_gregorian(&year);
  if (status == TANDEM_OK)
    status = tandem_working_calendar_create(TANDEM_WEEKEND_SATURDAY_SUNDAY, &china);
  for (i = 0; status == TANDEM_OK && i < sizeof holidays / sizeof *holidays; ++i)
    status = tandem_working_calendar_add_holiday(china, holidays[i], "holiday");
  for (i = 0; status == TANDEM_OK && i < sizeof make_up_days / sizeof *make_up_days; ++i)
    status = tandem_working_calendar_add_workday(china, make_up_days[i], "make-up working day");
  if (status != TANDEM_OK) return report(status);

  /* 59,000.00 (in cents) over the months of the quarter, by working days. The
     options borrow the working calendar: it must outlive them. */
  status =
      tandem_periods_create(year, "2026-01-01", "2026-03-31", TANDEM_PERIOD_MONTH, &months);
  if (status == TANDEM_OK) status = tandem_spread_options_create(&by_working_days);
  if (status == TANDEM_OK)
    status = tandem_spread_options_set_basis(by_working_days, TANDEM_SPREAD_WORKING_DAYS);
  if (status == TANDEM_OK)
    status = tandem_spread_options_set_working_calendar(by_working_days, china);
  if (status == TANDEM_OK)
    status = tandem_spread(months, by_working_days, 5900000, NULL, NULL, NULL, targets);
  if (status != TANDEM_OK) return report(status);
  for (i = 0; i < tandem_periods_count(months); ++i) {
    status = tandem_periods_label(months, i, label, sizeof label, NULL);
    if (status == TANDEM_OK)
      status = tandem_periods_span(months, i, first, sizeof first, last, sizeof last);
    if (status == TANDEM_OK)
      status = tandem_decimal_format(targets[i], 2, amount, sizeof amount, NULL);
    if (status != TANDEM_OK) return report(status);
    printf("%s (%s..%s): %s\n", label, first, last, amount);
  }

  /* Quarter to date on Friday 13 February: January, and February's first 10 of 16
     working days. */
  status = tandem_target_series_create(months, targets, 3, &plan);
  if (status == TANDEM_OK)
    status = tandem_target_series_to_date(plan, year, "2026-02-13", TANDEM_PERIOD_QUARTER,
                                          TANDEM_DAYS_WORKING, china, &to_date);
  if (status == TANDEM_OK)
    status = tandem_decimal_format(to_date, 2, amount, sizeof amount, NULL);
  if (status != TANDEM_OK) return report(status);
  printf("quarter to date on 2026-02-13: %s\n", amount);

  /* A key must give every period a value: March has none. Nothing is written. */
  status = tandem_spread_options_set_basis(by_working_days, TANDEM_SPREAD_KEY);
  if (status == TANDEM_OK)
    status = tandem_spread_options_set_values(by_working_days, labels, weights, 2);
  if (status != TANDEM_OK) return report(status);
  status = tandem_spread(months, by_working_days, 5900000, NULL, NULL, NULL, targets);
  printf("expected failure: %s at period %lld\n", tandem_status_name(status),
         (long long)tandem_last_error_child());

  tandem_target_series_destroy(plan);
  tandem_spread_options_destroy(by_working_days);
  tandem_periods_destroy(months);
  tandem_working_calendar_destroy(china);
  tandem_fiscal_calendar_destroy(year);
  return status == TANDEM_E_INVALID_ARGUMENT ? EXIT_SUCCESS : EXIT_FAILURE;
}
