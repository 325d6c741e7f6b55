/*
 * The time section of tandem.h in plain C: every function, every error status a
 * caller can reach, NULL arguments, destroy(NULL), and outputs left untouched by a
 * failed call. Each expected result is worked out by hand in the comment next to it.
 *
 * TANDEM_CN_2026_CSV is examples/calendars/cn-2026.csv (mainland China's official
 * 2026 schedule); TANDEM_TEST_SCRATCH_DIR is a writable directory for CSV files
 * that must fail to load.
 *
 * Exit status: 0 when every CHECK holds, 1 otherwise (each failure is printed).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "tandem.h"

#define MESSAGE_HAS(text) CHECK(strstr(tandem_last_error_message(), (text)) != NULL)

#define SENTINEL ((int64_t)-777)
#define UNTOUCHED_DATE "untouched!"

static void fill(int64_t* values, size_t count, int64_t value) {
  size_t i;
  for (i = 0; i < count; ++i) values[i] = value;
}

static int untouched(const int64_t* v, size_t count) {
  size_t i;
  for (i = 0; i < count; ++i) {
    if (v[i] != SENTINEL) return 0;
  }
  return 1;
}

static int equal(const int64_t* v, const int64_t* expected, size_t count) {
  return memcmp(v, expected, count * sizeof(int64_t)) == 0;
}

static void reset_date(char* buffer) { memcpy(buffer, UNTOUCHED_DATE, TANDEM_DATE_SIZE); }

/* Months of the fiscal year from 1 April named FY2028: 2027-04-01..2028-03-31. */
static tandem_periods* fiscal_2028_months(tandem_fiscal_calendar** calendar_out) {
  tandem_fiscal_calendar* calendar = NULL;
  tandem_periods* periods = NULL;
  CHECK_OK(tandem_fiscal_calendar_create_fiscal(4, 1, TANDEM_NAMING_END_YEAR, &calendar));
  CHECK_OK(tandem_periods_create(calendar, "2027-04-01", "2028-03-31", TANDEM_PERIOD_MONTH,
                                 &periods));
  *calendar_out = calendar;
  return periods;
}

static void test_pinned_values(void) {
  CHECK(TANDEM_DATE_SIZE == 11);
  CHECK(TANDEM_PERIOD_YEAR == 0 && TANDEM_PERIOD_HALF == 1 && TANDEM_PERIOD_QUARTER == 2);
  CHECK(TANDEM_PERIOD_MONTH == 3 && TANDEM_PERIOD_WEEK == 4 && TANDEM_PERIOD_DAY == 5);
  CHECK(TANDEM_MONDAY == 1 && TANDEM_SATURDAY == 6 && TANDEM_SUNDAY == 7);
  CHECK(TANDEM_NAMING_END_YEAR == 0 && TANDEM_NAMING_START_YEAR == 1);
  CHECK(TANDEM_RETAIL_445 == 0 && TANDEM_RETAIL_454 == 1 && TANDEM_RETAIL_544 == 2);
  CHECK(TANDEM_YEAR_END_LAST_WEEKDAY == 0 && TANDEM_YEAR_END_NEAREST_WEEKDAY == 1);
  CHECK(TANDEM_SPREAD_EVEN == 0 && TANDEM_SPREAD_CALENDAR_DAYS == 1);
  CHECK(TANDEM_SPREAD_WORKING_DAYS == 2 && TANDEM_SPREAD_KEY == 3 && TANDEM_SPREAD_REFERENCE == 4);
  CHECK(TANDEM_ZERO_ERROR == 0 && TANDEM_ZERO_EVEN == 1 && TANDEM_ZERO_CALENDAR_DAYS == 2);
  CHECK(TANDEM_KEY_WEIGHTS == 0 && TANDEM_KEY_PERCENT == 1);
  CHECK(TANDEM_DAYS_CALENDAR == 0 && TANDEM_DAYS_WORKING == 1);
  CHECK(TANDEM_SHORTFALL_SPREAD == 0 && TANDEM_SHORTFALL_CARRY == 1);
  CHECK(TANDEM_SURPLUS_SPREAD == 0 && TANDEM_SURPLUS_BANK == 1);
  /* Saturday is weekday 6: bit 5; Sunday bit 6; Friday bit 4. */
  CHECK(TANDEM_WEEKEND_SATURDAY_SUNDAY == ((1 << 5) | (1 << 6)));
  CHECK(TANDEM_WEEKEND_FRIDAY_SATURDAY == ((1 << 4) | (1 << 5)));
  CHECK(TANDEM_WEEKEND_NONE == 0);
}

static void test_period_kind_names(void) {
  static const char* const names[6] = {"year", "half", "quarter", "month", "week", "day"};
  tandem_period_kind kind = -1;
  int32_t i;
  for (i = 0; i < 6; ++i) {
    CHECK(strcmp(tandem_period_kind_name(i), names[i]) == 0);
    kind = -1;
    CHECK_OK(tandem_period_kind_from_name(names[i], &kind));
    CHECK(kind == i);
  }
  CHECK(tandem_period_kind_name(-1) == NULL);
  CHECK(tandem_period_kind_name(6) == NULL);
  CHECK_OK(tandem_period_kind_from_name("Quarter", &kind)); /* any case */
  CHECK(kind == TANDEM_PERIOD_QUARTER);
  kind = 99;
  CHECK_FAILS(tandem_period_kind_from_name("fortnight", &kind), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("fortnight");
  CHECK(kind == 99);
  CHECK_FAILS(tandem_period_kind_from_name(NULL, &kind), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_period_kind_from_name("day", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(kind == 99);
}

static void test_spread_basis_names(void) {
  static const char* const names[5] = {"even", "calendar-days", "working-days", "key",
                                       "reference"};
  tandem_spread_basis basis = -1;
  int32_t i;
  for (i = 0; i < 5; ++i) {
    CHECK(strcmp(tandem_spread_basis_name(i), names[i]) == 0);
    CHECK_OK(tandem_spread_basis_from_name(names[i], &basis));
    CHECK(basis == i);
  }
  CHECK(tandem_spread_basis_name(-1) == NULL);
  CHECK(tandem_spread_basis_name(5) == NULL);
  CHECK_OK(tandem_spread_basis_from_name("working_days", &basis)); /* '_' for '-' */
  CHECK(basis == TANDEM_SPREAD_WORKING_DAYS);
  basis = 99;
  CHECK_FAILS(tandem_spread_basis_from_name("weekly", &basis), TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("weekly");
  CHECK_FAILS(tandem_spread_basis_from_name(
                  "calendar-days-calendar-days-calendar-days-calendar-days", &basis),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_spread_basis_from_name(NULL, &basis), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_spread_basis_from_name("key", NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(basis == 99);
}

static void test_fiscal_calendars(void) {
  tandem_fiscal_calendar* calendar = NULL;
  tandem_fiscal_calendar* unchanged = (tandem_fiscal_calendar*)&checks; /* never dereferenced */
  char first[TANDEM_DATE_SIZE], last[TANDEM_DATE_SIZE], text[128];
  size_t length = 0;
  int32_t year = 0;

  /* Gregorian: the year 2027 is 2027-01-01..2027-12-31. */
  CHECK_OK(tandem_fiscal_calendar_create_gregorian(&calendar));
  CHECK_OK(tandem_fiscal_calendar_year(calendar, 2027, first, sizeof first, last, sizeof last));
  CHECK(strcmp(first, "2027-01-01") == 0 && strcmp(last, "2027-12-31") == 0);
  CHECK_OK(tandem_fiscal_calendar_year_of(calendar, "2027-06-30", &year));
  CHECK(year == 2027);
  CHECK_OK(tandem_fiscal_calendar_describe(calendar, text, sizeof text, &length));
  CHECK(strcmp(text, "gregorian") == 0 && length == 9);
  tandem_fiscal_calendar_destroy(calendar);

  /* From 1 April, named by end year: FY2028 is 2027-04-01..2028-03-31, and
     2027-04-01 lies in FY2028. */
  CHECK_OK(tandem_fiscal_calendar_create_fiscal(4, 1, TANDEM_NAMING_END_YEAR, &calendar));
  CHECK_OK(tandem_fiscal_calendar_year(calendar, 2028, first, sizeof first, last, sizeof last));
  CHECK(strcmp(first, "2027-04-01") == 0 && strcmp(last, "2028-03-31") == 0);
  CHECK_OK(tandem_fiscal_calendar_year_of(calendar, "2027-04-01", &year));
  CHECK(year == 2028);
  CHECK_OK(tandem_fiscal_calendar_year_of(calendar, "2027-03-31", &year));
  CHECK(year == 2027);
  CHECK_OK(tandem_fiscal_calendar_describe(calendar, text, sizeof text, &length));
  CHECK(strcmp(text, "fiscal year from 04-01 (named by end year)") == 0);
  CHECK(length == strlen("fiscal year from 04-01 (named by end year)"));
  /* snprintf-style: a short buffer is cut but the length is the whole text's. */
  CHECK_OK(tandem_fiscal_calendar_describe(calendar, text, 7, &length));
  CHECK(strcmp(text, "fiscal") == 0 && length == 42);
  length = 0;
  CHECK_OK(tandem_fiscal_calendar_describe(calendar, NULL, 0, &length));
  CHECK(length == 42);
  CHECK_OK(tandem_fiscal_calendar_describe(calendar, text, sizeof text, NULL));
  CHECK_FAILS(tandem_fiscal_calendar_describe(calendar, NULL, 5, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_describe(NULL, text, sizeof text, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);

  /* Failures leave the outputs as they were. */
  reset_date(first);
  reset_date(last);
  CHECK_FAILS(tandem_fiscal_calendar_year(calendar, 2028, first, TANDEM_DATE_SIZE - 1, last,
                                          sizeof last),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_year(calendar, 2028, first, sizeof first, last, 10),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_year(calendar, 2028, NULL, 11, last, sizeof last),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_year(calendar, 2028, first, sizeof first, NULL, 11),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_year(NULL, 2028, first, sizeof first, last, sizeof last),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_year(calendar, 20000, first, sizeof first, last, sizeof last),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK(strcmp(first, UNTOUCHED_DATE) == 0 && strcmp(last, UNTOUCHED_DATE) == 0);
  year = -5;
  CHECK_FAILS(tandem_fiscal_calendar_year_of(calendar, "2027/04/01", &year), TANDEM_E_PARSE, -1);
  MESSAGE_HAS("2027/04/01");
  MESSAGE_HAS("date");
  CHECK_FAILS(tandem_fiscal_calendar_year_of(calendar, "2027-02-29", &year), TANDEM_E_OUT_OF_RANGE,
              -1);
  CHECK_FAILS(tandem_fiscal_calendar_year_of(calendar, NULL, &year), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_year_of(calendar, "2027-04-01", NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_year_of(NULL, "2027-04-01", &year), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK(year == -5);
  tandem_fiscal_calendar_destroy(calendar);

  /* Named by start year (Japan): the year from 2027-04-01 is FY2027. */
  CHECK_OK(tandem_fiscal_calendar_create_fiscal(4, 1, TANDEM_NAMING_START_YEAR, &calendar));
  CHECK_OK(tandem_fiscal_calendar_year_of(calendar, "2027-04-01", &year));
  CHECK(year == 2027);
  tandem_fiscal_calendar_destroy(calendar);

  /* The NRF 4-5-4 calendar (year ends on the Saturday nearest 31 January), named by
     start year as the NRF does: fiscal 2023 ran from 2023-01-29 to 2024-02-03, a
     53-week year (NRF 4-5-4 calendar, published dates). */
  CHECK_OK(tandem_fiscal_calendar_create_retail(TANDEM_RETAIL_454, 1, TANDEM_SATURDAY,
                                                TANDEM_YEAR_END_NEAREST_WEEKDAY,
                                                TANDEM_NAMING_START_YEAR, &calendar));
  CHECK_OK(tandem_fiscal_calendar_year(calendar, 2023, first, sizeof first, last, sizeof last));
  CHECK(strcmp(first, "2023-01-29") == 0 && strcmp(last, "2024-02-03") == 0);
  CHECK_OK(tandem_fiscal_calendar_describe(calendar, text, sizeof text, NULL));
  CHECK(strstr(text, "4-5-4") != NULL);
  tandem_fiscal_calendar_destroy(calendar);

  /* Bad arguments: *out is not written. */
  calendar = unchanged;
  CHECK_FAILS(tandem_fiscal_calendar_create_gregorian(NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_create_fiscal(13, 1, TANDEM_NAMING_END_YEAR, &calendar),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_fiscal_calendar_create_fiscal(0, 1, TANDEM_NAMING_END_YEAR, &calendar),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_fiscal_calendar_create_fiscal(4, 29, TANDEM_NAMING_END_YEAR, &calendar),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_fiscal_calendar_create_fiscal(4, 1, 2, &calendar), TANDEM_E_INVALID_ARGUMENT,
              -1);
  /* 256 would wrap to a valid 8-bit enumerator if it were cast unchecked. */
  CHECK_FAILS(tandem_fiscal_calendar_create_fiscal(4, 1, 256, &calendar),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_create_fiscal(4, 1, TANDEM_NAMING_END_YEAR, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_create_retail(3, 1, TANDEM_SATURDAY,
                                                   TANDEM_YEAR_END_LAST_WEEKDAY,
                                                   TANDEM_NAMING_END_YEAR, &calendar),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_create_retail(TANDEM_RETAIL_445, 1, 0,
                                                   TANDEM_YEAR_END_LAST_WEEKDAY,
                                                   TANDEM_NAMING_END_YEAR, &calendar),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_create_retail(TANDEM_RETAIL_445, 1, 8,
                                                   TANDEM_YEAR_END_LAST_WEEKDAY,
                                                   TANDEM_NAMING_END_YEAR, &calendar),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_create_retail(TANDEM_RETAIL_445, 1, TANDEM_SATURDAY, 2,
                                                   TANDEM_NAMING_END_YEAR, &calendar),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_create_retail(TANDEM_RETAIL_445, 1, TANDEM_SATURDAY,
                                                   TANDEM_YEAR_END_LAST_WEEKDAY, -1, &calendar),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_fiscal_calendar_create_retail(TANDEM_RETAIL_445, 13, TANDEM_SATURDAY,
                                                   TANDEM_YEAR_END_LAST_WEEKDAY,
                                                   TANDEM_NAMING_END_YEAR, &calendar),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_fiscal_calendar_create_retail(TANDEM_RETAIL_445, 1, TANDEM_SATURDAY,
                                                   TANDEM_YEAR_END_LAST_WEEKDAY,
                                                   TANDEM_NAMING_END_YEAR, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(calendar == unchanged);
  tandem_fiscal_calendar_destroy(NULL); /* a no-op */
}

static void test_working_calendar_in_code(void) {
  tandem_working_calendar* calendar = NULL;
  tandem_working_calendar* unchanged = (tandem_working_calendar*)&checks;
  bool working = true;
  int64_t days = SENTINEL;

  CHECK_OK(tandem_working_calendar_create(TANDEM_WEEKEND_SATURDAY_SUNDAY, &calendar));
  /* February 2026 starts on a Sunday: four whole weeks, 20 weekdays. */
  CHECK_OK(tandem_working_calendar_working_days(calendar, "2026-02-01", "2026-02-28", &days));
  CHECK(days == 20);
  CHECK_OK(tandem_working_calendar_is_working_day(calendar, "2026-02-14", &working));
  CHECK(!working); /* a Saturday */
  /* A make-up working day turns that Saturday into a working day; a holiday on
     Monday 16 February takes one away: still 20. */
  CHECK_OK(tandem_working_calendar_add_workday(calendar, "2026-02-14", "make-up"));
  CHECK_OK(tandem_working_calendar_add_holiday(calendar, "2026-02-16", NULL));
  CHECK_OK(tandem_working_calendar_is_working_day(calendar, "2026-02-14", &working));
  CHECK(working);
  CHECK_OK(tandem_working_calendar_is_working_day(calendar, "2026-02-16", &working));
  CHECK(!working);
  CHECK_OK(tandem_working_calendar_working_days(calendar, "2026-02-01", "2026-02-28", &days));
  CHECK(days == 20);
  CHECK_OK(tandem_working_calendar_working_days(calendar, "2026-02-16", "2026-02-16", &days));
  CHECK(days == 0);

  /* A day already listed, a make-up day that is not a weekend day (Tuesday). */
  CHECK_FAILS(tandem_working_calendar_add_holiday(calendar, "2026-02-16", "again"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_working_calendar_add_holiday(calendar, "2026-02-14", "again"),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_working_calendar_add_workday(calendar, "2026-02-17", NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_working_calendar_add_workday(calendar, "2026-2-21", NULL), TANDEM_E_PARSE, -1);
  CHECK_FAILS(tandem_working_calendar_add_holiday(calendar, "2026-02-30", NULL),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_working_calendar_add_holiday(calendar, NULL, NULL), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_working_calendar_add_holiday(NULL, "2026-02-18", NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_working_calendar_add_workday(NULL, "2026-02-21", NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  /* The failures changed nothing: 17 February is still a working day. */
  CHECK_OK(tandem_working_calendar_is_working_day(calendar, "2026-02-17", &working));
  CHECK(working);

  working = true;
  days = SENTINEL;
  CHECK_FAILS(tandem_working_calendar_is_working_day(calendar, "tomorrow", &working),
              TANDEM_E_PARSE, -1);
  CHECK_FAILS(tandem_working_calendar_is_working_day(calendar, "2026-02-17", NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_working_calendar_is_working_day(NULL, "2026-02-17", &working),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_working_calendar_working_days(calendar, "2026-02-28", "2026-02-01", &days),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("before");
  CHECK_FAILS(tandem_working_calendar_working_days(calendar, "2026-02-01", "2026-02-29", &days),
              TANDEM_E_OUT_OF_RANGE, -1);
  MESSAGE_HAS("last");
  CHECK_FAILS(tandem_working_calendar_working_days(calendar, NULL, "2026-02-28", &days),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_working_calendar_working_days(calendar, "2026-02-01", "2026-02-28", NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_working_calendar_working_days(NULL, "2026-02-01", "2026-02-28", &days),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(working && days == SENTINEL);
  tandem_working_calendar_destroy(calendar);

  /* A Friday-Saturday weekend: 2026-02-13 is a Friday, 2026-02-15 a Sunday. */
  CHECK_OK(tandem_working_calendar_create(TANDEM_WEEKEND_FRIDAY_SATURDAY, &calendar));
  CHECK_OK(tandem_working_calendar_is_working_day(calendar, "2026-02-13", &working));
  CHECK(!working);
  CHECK_OK(tandem_working_calendar_is_working_day(calendar, "2026-02-15", &working));
  CHECK(working);
  tandem_working_calendar_destroy(calendar);

  /* No weekend at all: every day of February works. */
  CHECK_OK(tandem_working_calendar_create(TANDEM_WEEKEND_NONE, &calendar));
  CHECK_OK(tandem_working_calendar_working_days(calendar, "2026-02-01", "2026-02-28", &days));
  CHECK(days == 28);
  tandem_working_calendar_destroy(calendar);

  calendar = unchanged;
  CHECK_FAILS(tandem_working_calendar_create(0x80, &calendar), TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_working_calendar_create(-1, &calendar), TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_working_calendar_create(TANDEM_WEEKEND_NONE, NULL), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK(calendar == unchanged);
  tandem_working_calendar_destroy(NULL); /* a no-op */
}

static int write_file(const char* path, const char* text) {
  FILE* file = fopen(path, "wb");
  if (file == NULL) return 0;
  fputs(text, file);
  return fclose(file) == 0;
}

static void test_working_calendar_from_csv(void) {
  tandem_working_calendar* calendar = NULL;
  tandem_working_calendar* unchanged = (tandem_working_calendar*)&checks;
  char bad_path[1024];
  bool working = false;
  int64_t days = SENTINEL;

  /* The official 2026 schedule of mainland China. February: 20 weekdays; the
     Spring Festival closure 15..23 February takes Monday 16 to Friday 20 and
     Monday 23 (6 weekdays); Saturdays 14 and 28 are worked: 20 - 6 + 2 = 16. */
  CHECK_OK(tandem_working_calendar_load_csv(TANDEM_CN_2026_CSV, TANDEM_WEEKEND_SATURDAY_SUNDAY,
                                            &calendar));
  CHECK_OK(tandem_working_calendar_working_days(calendar, "2026-02-01", "2026-02-28", &days));
  CHECK(days == 16);
  /* January: 22 weekdays, minus New Year's Day and 2 January (Thursday, Friday),
     plus Sunday 4 January worked: 21. */
  CHECK_OK(tandem_working_calendar_working_days(calendar, "2026-01-01", "2026-01-31", &days));
  CHECK(days == 21);
  CHECK_OK(tandem_working_calendar_is_working_day(calendar, "2026-02-28", &working));
  CHECK(working);
  CHECK_OK(tandem_working_calendar_is_working_day(calendar, "2026-10-07", &working));
  CHECK(!working); /* Wednesday, the last day of the National Day closure */
  CHECK_OK(tandem_working_calendar_is_working_day(calendar, "2026-10-10", &working));
  CHECK(working); /* Saturday, worked in exchange */
  tandem_working_calendar_destroy(calendar);

  /* Row 3 of the file (data row 1) has no such day: a parse error of that row,
     whose message names file:line and the column. */
  snprintf(bad_path, sizeof bad_path, "%s/capi_time_bad_calendar.csv", TANDEM_TEST_SCRATCH_DIR);
  CHECK(write_file(bad_path, "date,kind,name\n2026-02-14,workday,ok\n2026-02-30,holiday,no\n"));
  calendar = unchanged;
  CHECK_FAILS(tandem_working_calendar_load_csv(bad_path, TANDEM_WEEKEND_SATURDAY_SUNDAY, &calendar),
              TANDEM_E_PARSE, 1);
  MESSAGE_HAS("capi_time_bad_calendar.csv:3");
  MESSAGE_HAS("date");
  /* An unknown kind is a parse error on that row. */
  CHECK(write_file(bad_path, "date,kind\n2026-03-02,vacation\n"));
  CHECK_FAILS(tandem_working_calendar_load_csv(bad_path, TANDEM_WEEKEND_SATURDAY_SUNDAY, &calendar),
              TANDEM_E_PARSE, 0);
  MESSAGE_HAS(":2");
  MESSAGE_HAS("vacation");
  /* A make-up working day on a weekday is an argument error (wrong date or weekend). */
  CHECK(write_file(bad_path, "kind,date\nholiday,2026-03-02\nworkday,2026-03-03\n"));
  CHECK_FAILS(tandem_working_calendar_load_csv(bad_path, TANDEM_WEEKEND_SATURDAY_SUNDAY, &calendar),
              TANDEM_E_INVALID_ARGUMENT, 1);
  /* The same file is fine when Tuesday is a weekend day (bit 1). */
  CHECK_OK(tandem_working_calendar_load_csv(bad_path, 1 << 1, &calendar));
  CHECK(calendar != unchanged);
  tandem_working_calendar_destroy(calendar);
  calendar = unchanged;
  remove(bad_path);
  CHECK_FAILS(tandem_working_calendar_load_csv(bad_path, TANDEM_WEEKEND_SATURDAY_SUNDAY, &calendar),
              TANDEM_E_INVALID_ARGUMENT, -1);
  MESSAGE_HAS("capi_time_bad_calendar.csv");
  CHECK_FAILS(tandem_working_calendar_load_csv(TANDEM_CN_2026_CSV, 0x100, &calendar),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_working_calendar_load_csv(NULL, TANDEM_WEEKEND_SATURDAY_SUNDAY, &calendar),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_working_calendar_load_csv(TANDEM_CN_2026_CSV, TANDEM_WEEKEND_SATURDAY_SUNDAY,
                                               NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(calendar == unchanged);
}

static void test_periods(void) {
  tandem_fiscal_calendar* calendar = NULL;
  tandem_periods* periods = fiscal_2028_months(&calendar);
  tandem_periods* unchanged = (tandem_periods*)&checks;
  tandem_periods* cut = NULL;
  char label[32], first[TANDEM_DATE_SIZE], last[TANDEM_DATE_SIZE];
  size_t length = 0;
  bool partial = true;

  /* Twelve months from 2027-04 to 2028-03, labelled by calendar month. */
  CHECK(tandem_periods_count(periods) == 12);
  CHECK(tandem_periods_count(NULL) == 0);
  CHECK_OK(tandem_periods_label(periods, 0, label, sizeof label, &length));
  CHECK(strcmp(label, "2027-04") == 0 && length == 7);
  CHECK_OK(tandem_periods_label(periods, 11, label, sizeof label, NULL));
  CHECK(strcmp(label, "2028-03") == 0);
  CHECK_OK(tandem_periods_label(periods, 11, label, 3, &length)); /* cut, length in full */
  CHECK(strcmp(label, "20") == 0 && length == 7);
  length = 0;
  CHECK_OK(tandem_periods_label(periods, 11, NULL, 0, &length));
  CHECK(length == 7);
  /* February 2028 has 29 days (a leap year). */
  CHECK_OK(tandem_periods_span(periods, 10, first, sizeof first, last, sizeof last));
  CHECK(strcmp(first, "2028-02-01") == 0 && strcmp(last, "2028-02-29") == 0);
  CHECK_OK(tandem_periods_full(periods, 10, first, sizeof first, last, sizeof last));
  CHECK(strcmp(first, "2028-02-01") == 0 && strcmp(last, "2028-02-29") == 0);
  CHECK_OK(tandem_periods_is_partial(periods, 10, &partial));
  CHECK(!partial);

  /* Index, buffers and NULLs: nothing written on failure. */
  reset_date(first);
  reset_date(last);
  strcpy(label, "untouched");
  partial = true;
  CHECK_FAILS(tandem_periods_label(periods, 12, label, sizeof label, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_label(periods, 0, NULL, 4, &length), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_label(NULL, 0, label, sizeof label, &length),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_span(periods, 12, first, sizeof first, last, sizeof last),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_span(periods, 0, first, sizeof first, last, 4),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_span(NULL, 0, first, sizeof first, last, sizeof last),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_full(periods, 0, NULL, 11, last, sizeof last),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_full(periods, 0, first, 2, last, sizeof last),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_full(periods, 99, first, sizeof first, last, sizeof last),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_is_partial(periods, 12, &partial), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_is_partial(periods, 0, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_is_partial(NULL, 0, &partial), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(strcmp(first, UNTOUCHED_DATE) == 0 && strcmp(last, UNTOUCHED_DATE) == 0);
  CHECK(strcmp(label, "untouched") == 0 && partial);
  tandem_periods_destroy(periods);

  /* 2027-04-10..2027-06-15 by month: April and June are cut, May is whole. */
  CHECK_OK(tandem_periods_create(calendar, "2027-04-10", "2027-06-15", TANDEM_PERIOD_MONTH, &cut));
  CHECK(tandem_periods_count(cut) == 3);
  CHECK_OK(tandem_periods_span(cut, 0, first, sizeof first, last, sizeof last));
  CHECK(strcmp(first, "2027-04-10") == 0 && strcmp(last, "2027-04-30") == 0);
  CHECK_OK(tandem_periods_full(cut, 0, first, sizeof first, last, sizeof last));
  CHECK(strcmp(first, "2027-04-01") == 0 && strcmp(last, "2027-04-30") == 0);
  CHECK_OK(tandem_periods_is_partial(cut, 0, &partial));
  CHECK(partial);
  CHECK_OK(tandem_periods_is_partial(cut, 1, &partial));
  CHECK(!partial);
  CHECK_OK(tandem_periods_span(cut, 2, first, sizeof first, last, sizeof last));
  CHECK(strcmp(first, "2027-06-01") == 0 && strcmp(last, "2027-06-15") == 0);
  CHECK_OK(tandem_periods_is_partial(cut, 2, &partial));
  CHECK(partial);
  tandem_periods_destroy(cut);

  /* Quarters of FY2028 are labelled "FY2028 Q1".."FY2028 Q4". */
  CHECK_OK(tandem_periods_create(calendar, "2027-04-01", "2028-03-31", TANDEM_PERIOD_QUARTER, &cut));
  CHECK(tandem_periods_count(cut) == 4);
  CHECK_OK(tandem_periods_label(cut, 1, label, sizeof label, NULL));
  CHECK(strcmp(label, "FY2028 Q2") == 0);
  tandem_periods_destroy(cut);

  cut = unchanged;
  CHECK_FAILS(tandem_periods_create(calendar, "2027-06-15", "2027-04-10", TANDEM_PERIOD_MONTH, &cut),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_create(calendar, "2027-04-10", "2027-06-15", 6, &cut),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_create(calendar, "2027-04-10", "2027-06-15", -1, &cut),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_create(calendar, "10/04/2027", "2027-06-15", TANDEM_PERIOD_MONTH, &cut),
              TANDEM_E_PARSE, -1);
  MESSAGE_HAS("first");
  CHECK_FAILS(tandem_periods_create(calendar, "2027-04-10", "2027-06-31", TANDEM_PERIOD_MONTH, &cut),
              TANDEM_E_OUT_OF_RANGE, -1);
  MESSAGE_HAS("last");
  CHECK_FAILS(tandem_periods_create(calendar, NULL, "2027-06-15", TANDEM_PERIOD_MONTH, &cut),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_create(calendar, "2027-04-10", NULL, TANDEM_PERIOD_MONTH, &cut),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_create(NULL, "2027-04-10", "2027-06-15", TANDEM_PERIOD_MONTH, &cut),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_periods_create(calendar, "2027-04-10", "2027-06-15", TANDEM_PERIOD_MONTH, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(cut == unchanged);
  tandem_periods_destroy(NULL); /* a no-op */
  tandem_fiscal_calendar_destroy(calendar);
}

static void test_spread_even_and_calendar_days(void) {
  tandem_fiscal_calendar* calendar = NULL;
  tandem_periods* months = fiscal_2028_months(&calendar);
  tandem_spread_options* options = NULL;
  int64_t shares[12];
  /* 1200.00 (cents) evenly over the twelve months: 100.00 each. */
  static const int64_t even[12] = {10000, 10000, 10000, 10000, 10000, 10000,
                                   10000, 10000, 10000, 10000, 10000, 10000};
  /* By calendar days: 366 days (February 2028 has 29). Quotas 120000 * d / 366:
     30 days 9836.07, 31 days 10163.93, 29 days 9508.20. Floors sum to 119993; the
     7 remaining cents go to the largest remainders, the seven 31-day months. */
  static const int64_t by_days[12] = {9836,  10164, 9836, 10164, 10164, 9836,
                                      10164, 9836,  10164, 10164, 9508, 10164};

  CHECK_OK(tandem_spread(months, NULL, 120000, NULL, NULL, NULL, shares));
  CHECK(equal(shares, even, 12));
  CHECK_OK(tandem_spread_options_create(&options));
  CHECK_OK(tandem_spread(months, options, 120000, NULL, NULL, NULL, shares)); /* defaults */
  CHECK(equal(shares, even, 12));
  CHECK_OK(tandem_spread_options_set_basis(options, TANDEM_SPREAD_CALENDAR_DAYS));
  CHECK_OK(tandem_spread(months, options, 120000, NULL, NULL, NULL, shares));
  CHECK(equal(shares, by_days, 12));
  /* A negative total is spread by magnitude, signs restored. */
  CHECK_OK(tandem_spread(months, NULL, -120000, NULL, NULL, NULL, shares));
  CHECK(shares[0] == -10000 && shares[11] == -10000);

  fill(shares, 12, SENTINEL);
  CHECK_FAILS(tandem_spread(months, options, INT64_MIN, NULL, NULL, NULL, shares),
              TANDEM_E_OVERFLOW, -1);
  CHECK_FAILS(tandem_spread(months, options, 120000, NULL, NULL, NULL, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_spread(NULL, options, 120000, NULL, NULL, NULL, shares),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(untouched(shares, 12));

  CHECK_FAILS(tandem_spread_options_set_basis(options, 5), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_spread_options_set_basis(options, -1), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_spread_options_set_basis(NULL, TANDEM_SPREAD_EVEN), TANDEM_E_INVALID_ARGUMENT,
              -1);
  /* The failed set kept the calendar-days basis. */
  CHECK_OK(tandem_spread(months, options, 120000, NULL, NULL, NULL, shares));
  CHECK(equal(shares, by_days, 12));
  tandem_spread_options_destroy(options);
  tandem_spread_options_destroy(NULL); /* a no-op */
  tandem_periods_destroy(months);
  tandem_fiscal_calendar_destroy(calendar);
}

static void test_spread_rounding_and_limits(void) {
  tandem_fiscal_calendar* calendar = NULL;
  tandem_periods* quarters = NULL;
  tandem_spread_options* options = NULL;
  tandem_alloc_options* rounding = NULL;
  int64_t shares[4];
  int64_t fixed[4] = {TANDEM_NONE, 400, TANDEM_NONE, TANDEM_NONE};
  int64_t max[4] = {100, TANDEM_NONE, TANDEM_NONE, TANDEM_NONE};
  int64_t min[4] = {TANDEM_NONE, TANDEM_NONE, TANDEM_NONE, 500};
  static const int64_t hundreds[4] = {300, 300, 200, 200};
  static const int64_t locked[4] = {200, 400, 200, 200};
  static const int64_t capped[4] = {100, 300, 300, 300};
  static const int64_t floored[4] = {167, 167, 166, 500};

  CHECK_OK(tandem_fiscal_calendar_create_fiscal(4, 1, TANDEM_NAMING_END_YEAR, &calendar));
  CHECK_OK(tandem_periods_create(calendar, "2027-04-01", "2028-03-31", TANDEM_PERIOD_QUARTER,
                                 &quarters));
  CHECK_OK(tandem_spread_options_create(&options));
  /* Quantum 100: 1000 = 10 hundreds over 4 quarters, quotas 2.5 each; the two
     spare hundreds go to the first two quarters (input order). */
  CHECK_OK(tandem_alloc_options_create(&rounding));
  CHECK_OK(tandem_alloc_options_set_quantum(rounding, 100));
  CHECK_OK(tandem_spread_options_set_rounding(options, rounding));
  tandem_alloc_options_destroy(rounding); /* copied, not borrowed */
  CHECK_OK(tandem_spread(quarters, options, 1000, NULL, NULL, NULL, shares));
  CHECK(equal(shares, hundreds, 4));
  /* A total that is not a multiple of the quantum cannot be met. */
  fill(shares, 4, SENTINEL);
  CHECK_FAILS(tandem_spread(quarters, options, 1050, NULL, NULL, NULL, shares), TANDEM_E_INFEASIBLE,
              -1);
  CHECK(untouched(shares, 4));
  CHECK_OK(tandem_spread_options_set_rounding(options, NULL)); /* back to quantum 1 */
  CHECK_FAILS(tandem_spread_options_set_rounding(NULL, NULL), TANDEM_E_INVALID_ARGUMENT, -1);

  /* Q2 locked at 400: the other 600 is spread evenly, 200 each. */
  CHECK_OK(tandem_spread(quarters, options, 1000, NULL, NULL, fixed, shares));
  CHECK(equal(shares, locked, 4));
  /* Q1 at most 100: quotas of the rest 300 each. */
  CHECK_OK(tandem_spread(quarters, options, 1000, NULL, max, NULL, shares));
  CHECK(equal(shares, capped, 4));
  /* Q4 at least 500: 500 left for three quarters, 166.67 each; the spare unit
     goes to the first... two (remainders .67, .67, .67; 500 = 166*3 + 2). */
  CHECK_OK(tandem_spread(quarters, options, 1000, min, NULL, NULL, shares));
  CHECK(equal(shares, floored, 4));
  /* Limits that cannot be met name the period. */
  fill(shares, 4, SENTINEL);
  min[3] = 2000;
  CHECK_FAILS(tandem_spread(quarters, options, 1000, min, NULL, NULL, shares), TANDEM_E_INFEASIBLE,
              -1);
  CHECK(untouched(shares, 4));
  min[3] = 500;
  max[3] = 100; /* min > max */
  CHECK_FAILS(tandem_spread(quarters, options, 1000, min, max, NULL, shares), TANDEM_E_OUT_OF_RANGE,
              3);
  CHECK(untouched(shares, 4));

  tandem_spread_options_destroy(options);
  tandem_periods_destroy(quarters);
  tandem_fiscal_calendar_destroy(calendar);
}

static void test_spread_keys(void) {
  tandem_fiscal_calendar* calendar = NULL;
  tandem_periods* quarters = NULL;
  tandem_spread_options* options = NULL;
  int64_t shares[4];
  static const char* const labels[4] = {"FY2028 Q1", "FY2028 Q2", "FY2028 Q3", "FY2028 Q4"};
  static const char* const percents[4] = {"10", "20.5", "30", "39.5"};
  static const char* const weights[4] = {"1", "1", "1", "2"};
  static const char* const malformed[4] = {"1", "1.2.3", "1", "1"};
  static const char* const negative[4] = {"1", "1", "-1", "1"};
  static const char* const null_value[4] = {"1", "1", "1", NULL};
  static const char* const zeros[4] = {"0", "0.00", "0", "0"};
  static const char* const wrong_labels[4] = {"FY2028 Q1", "FY2028 Q2", "FY2028 Q3", "FY2029 Q4"};
  static const char* const repeated[4] = {"FY2028 Q1", "FY2028 Q2", "FY2028 Q2", "FY2028 Q4"};
  static const char* null_label[4] = {"FY2028 Q1", NULL, "FY2028 Q3", "FY2028 Q4"};
  /* 10 %, 20.5 %, 30 %, 39.5 % of 2000: 200, 410, 600, 790 exactly. */
  static const int64_t by_percent[4] = {200, 410, 600, 790};
  /* Weights 1:1:1:2 of 2000: 400, 400, 400, 800. */
  static const int64_t by_weight[4] = {400, 400, 400, 800};
  static const int64_t even[4] = {500, 500, 500, 500};

  CHECK_OK(tandem_fiscal_calendar_create_fiscal(4, 1, TANDEM_NAMING_END_YEAR, &calendar));
  CHECK_OK(tandem_periods_create(calendar, "2027-04-01", "2028-03-31", TANDEM_PERIOD_QUARTER,
                                 &quarters));
  CHECK_OK(tandem_spread_options_create(&options));
  CHECK_OK(tandem_spread_options_set_basis(options, TANDEM_SPREAD_KEY));
  /* A key with no values covers no period: the first period has none. */
  fill(shares, 4, SENTINEL);
  CHECK_FAILS(tandem_spread(quarters, options, 2000, NULL, NULL, NULL, shares),
              TANDEM_E_INVALID_ARGUMENT, 0);
  CHECK(untouched(shares, 4));

  CHECK_OK(tandem_spread_options_set_values(options, labels, percents, 4));
  CHECK_OK(tandem_spread_options_set_key_unit(options, TANDEM_KEY_PERCENT));
  CHECK_OK(tandem_spread(quarters, options, 2000, NULL, NULL, NULL, shares));
  CHECK(equal(shares, by_percent, 4));
  /* Percentages that do not sum to 100 (1 + 1 + 1 + 2 = 5). */
  CHECK_OK(tandem_spread_options_set_values(options, labels, weights, 4));
  fill(shares, 4, SENTINEL);
  CHECK_FAILS(tandem_spread(quarters, options, 2000, NULL, NULL, NULL, shares), TANDEM_E_INFEASIBLE,
              -1);
  CHECK(untouched(shares, 4));
  CHECK_OK(tandem_spread_options_set_key_unit(options, TANDEM_KEY_WEIGHTS));
  CHECK_OK(tandem_spread(quarters, options, 2000, NULL, NULL, NULL, shares));
  CHECK(equal(shares, by_weight, 4));

  /* Matched by position, last year's labels weigh this year's quarters in order. */
  {
    const char* last_year[4] = {"FY2027 Q1", "FY2027 Q2", "FY2027 Q3", "FY2027 Q4"};
    CHECK_OK(tandem_spread_options_set_values(options, last_year, weights, 4));
    fill(shares, 4, SENTINEL);
    CHECK_FAILS(tandem_spread(quarters, options, 2000, NULL, NULL, NULL, shares),
                TANDEM_E_INVALID_ARGUMENT, 0);
    CHECK(untouched(shares, 4));
    CHECK_OK(tandem_spread_options_set_match(options, TANDEM_MATCH_POSITION));
    CHECK_OK(tandem_spread(quarters, options, 2000, NULL, NULL, NULL, shares));
    CHECK(equal(shares, by_weight, 4));
    CHECK_FAILS(tandem_spread_options_set_match(options, 2), TANDEM_E_INVALID_ARGUMENT, -1);
    CHECK_FAILS(tandem_spread_options_set_match(NULL, TANDEM_MATCH_LABEL), TANDEM_E_INVALID_ARGUMENT,
                -1);
    CHECK_OK(tandem_spread_options_set_match(options, TANDEM_MATCH_LABEL));
    CHECK_OK(tandem_spread_options_set_values(options, labels, weights, 4));
  }

  /* Bad values name the pair at fault and keep the previous values. */
  CHECK_FAILS(tandem_spread_options_set_values(options, labels, malformed, 4), TANDEM_E_PARSE, 1);
  MESSAGE_HAS("1.2.3");
  MESSAGE_HAS("FY2028 Q2");
  CHECK_FAILS(tandem_spread_options_set_values(options, labels, negative, 4), TANDEM_E_OUT_OF_RANGE,
              2);
  CHECK_FAILS(tandem_spread_options_set_values(options, labels, null_value, 4),
              TANDEM_E_INVALID_ARGUMENT, 3);
  CHECK_FAILS(tandem_spread_options_set_values(options, null_label, weights, 4),
              TANDEM_E_INVALID_ARGUMENT, 1);
  CHECK_FAILS(tandem_spread_options_set_values(options, NULL, weights, 4),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_spread_options_set_values(options, labels, NULL, 4),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_spread_options_set_values(NULL, labels, weights, 4),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_OK(tandem_spread(quarters, options, 2000, NULL, NULL, NULL, shares));
  CHECK(equal(shares, by_weight, 4));

  /* A label that names no period (the value's index), a label given twice. */
  CHECK_OK(tandem_spread_options_set_values(options, wrong_labels, weights, 4));
  CHECK(tandem_spread(quarters, options, 2000, NULL, NULL, NULL, shares) ==
        TANDEM_E_INVALID_ARGUMENT);
  MESSAGE_HAS("FY2029 Q4");
  CHECK_OK(tandem_spread_options_set_values(options, repeated, weights, 4));
  CHECK(tandem_spread(quarters, options, 2000, NULL, NULL, NULL, shares) ==
        TANDEM_E_INVALID_ARGUMENT);
  CHECK(tandem_last_error_child() >= 0);
  /* Count 0 clears the values (NULL arrays allowed then). */
  CHECK_OK(tandem_spread_options_set_values(options, NULL, NULL, 0));
  CHECK_FAILS(tandem_spread(quarters, options, 2000, NULL, NULL, NULL, shares),
              TANDEM_E_INVALID_ARGUMENT, 0);

  /* A reference series of zeros: an error by default, else the chosen fallback. */
  CHECK_OK(tandem_spread_options_set_basis(options, TANDEM_SPREAD_REFERENCE));
  CHECK_OK(tandem_spread_options_set_values(options, labels, zeros, 4));
  fill(shares, 4, SENTINEL);
  CHECK_FAILS(tandem_spread(quarters, options, 2000, NULL, NULL, NULL, shares), TANDEM_E_INFEASIBLE,
              -1);
  CHECK(untouched(shares, 4));
  CHECK_OK(tandem_spread_options_set_zero_policy(options, TANDEM_ZERO_EVEN));
  CHECK_OK(tandem_spread(quarters, options, 2000, NULL, NULL, NULL, shares));
  CHECK(equal(shares, even, 4));
  CHECK_OK(tandem_spread_options_set_values(options, labels, weights, 4));
  CHECK_OK(tandem_spread(quarters, options, 2000, NULL, NULL, NULL, shares));
  CHECK(equal(shares, by_weight, 4));

  CHECK_FAILS(tandem_spread_options_set_key_unit(options, 2), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_spread_options_set_key_unit(NULL, TANDEM_KEY_PERCENT),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_spread_options_set_zero_policy(options, 3), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_spread_options_set_zero_policy(NULL, TANDEM_ZERO_EVEN),
              TANDEM_E_INVALID_ARGUMENT, -1);
  tandem_spread_options_destroy(options);
  tandem_periods_destroy(quarters);
  tandem_fiscal_calendar_destroy(calendar);
}

static void test_spread_working_days(void) {
  tandem_fiscal_calendar* calendar = NULL;
  tandem_working_calendar* china = NULL;
  tandem_periods* months = NULL;
  tandem_spread_options* options = NULL;
  tandem_spread_options* unchanged = (tandem_spread_options*)&checks;
  int64_t shares[3];
  /* Working days January..March 2026 in mainland China: 21, 16, 22 (59 in all);
     5900 spread by them is 100 per working day. */
  static const int64_t by_workdays[3] = {2100, 1600, 2200};

  CHECK_OK(tandem_fiscal_calendar_create_gregorian(&calendar));
  CHECK_OK(tandem_periods_create(calendar, "2026-01-01", "2026-03-31", TANDEM_PERIOD_MONTH, &months));
  CHECK_OK(tandem_working_calendar_load_csv(TANDEM_CN_2026_CSV, TANDEM_WEEKEND_SATURDAY_SUNDAY,
                                            &china));
  CHECK_OK(tandem_spread_options_create(&options));
  CHECK_OK(tandem_spread_options_set_basis(options, TANDEM_SPREAD_WORKING_DAYS));
  fill(shares, 3, SENTINEL);
  CHECK_FAILS(tandem_spread(months, options, 5900, NULL, NULL, NULL, shares),
              TANDEM_E_INVALID_ARGUMENT, -1); /* no working calendar */
  CHECK(untouched(shares, 3));
  CHECK_OK(tandem_spread_options_set_working_calendar(options, china));
  CHECK_OK(tandem_spread(months, options, 5900, NULL, NULL, NULL, shares));
  CHECK(equal(shares, by_workdays, 3));
  CHECK_OK(tandem_spread_options_set_working_calendar(options, NULL)); /* removed */
  CHECK_FAILS(tandem_spread(months, options, 5900, NULL, NULL, NULL, shares),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_spread_options_set_working_calendar(NULL, china), TANDEM_E_INVALID_ARGUMENT,
              -1);

  tandem_spread_options_destroy(options);
  options = unchanged;
  CHECK_FAILS(tandem_spread_options_create(NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(options == unchanged);
  tandem_working_calendar_destroy(china);
  tandem_periods_destroy(months);
  tandem_fiscal_calendar_destroy(calendar);
}

static void test_target_series(void) {
  tandem_fiscal_calendar* calendar = NULL;
  tandem_periods* months = fiscal_2028_months(&calendar);
  tandem_target_series* series = NULL;
  tandem_target_series* unchanged = (tandem_target_series*)&checks;
  tandem_working_calendar* weekdays = NULL;
  int64_t targets[12];
  int64_t value = SENTINEL, first_half = 0, second_half = 0;

  fill(targets, 12, 10000);
  CHECK_OK(tandem_target_series_create(months, targets, 12, &series));
  targets[0] = 5; /* copied: later changes do not reach the series */

  /* Whole months count in full: April to June, 30000. */
  CHECK_OK(tandem_target_series_between(series, "2027-04-01", "2027-06-30", TANDEM_DAYS_CALENDAR,
                                        NULL, &value));
  CHECK(value == 30000);
  /* April cut: 10000 over 30 days is 333 each and 10 spare units to the first 10
     days; 1..15 April = 10 * 334 + 5 * 333 = 5005, and the rest is 4995. */
  CHECK_OK(tandem_target_series_between(series, "2027-04-01", "2027-04-15", TANDEM_DAYS_CALENDAR,
                                        NULL, &first_half));
  CHECK_OK(tandem_target_series_between(series, "2027-04-16", "2027-04-30", TANDEM_DAYS_CALENDAR,
                                        NULL, &second_half));
  CHECK(first_half == 5005 && second_half == 4995);
  /* By working days (Saturday-Sunday weekend): April 2027 has 22 weekdays (the
     1st is a Thursday); 10000 = 454 * 22 + 12, the first 12 working days get 455.
     1..15 April holds 11 working days (1-2, 5-9, 12-15): 11 * 455 = 5005. */
  CHECK_OK(tandem_working_calendar_create(TANDEM_WEEKEND_SATURDAY_SUNDAY, &weekdays));
  CHECK_OK(tandem_target_series_between(series, "2027-04-01", "2027-04-15", TANDEM_DAYS_WORKING,
                                        weekdays, &value));
  CHECK(value == 5005);
  /* A weekend alone carries nothing by working days: 3..4 April. */
  CHECK_OK(tandem_target_series_between(series, "2027-04-03", "2027-04-04", TANDEM_DAYS_WORKING,
                                        weekdays, &value));
  CHECK(value == 0);

  /* To date in the April fiscal year: YTD at 30 June = April..June = 30000. QTD at
     15 August (Q2 is July..September): July 10000 plus 1..15 August; 10000 over
     31 days is 322 each and 18 spare units to the first 18 days: 15 * 323 = 4845.
     MTD at 15 August = 4845. */
  CHECK_OK(tandem_target_series_to_date(series, calendar, "2027-06-30", TANDEM_PERIOD_YEAR,
                                        TANDEM_DAYS_CALENDAR, NULL, &value));
  CHECK(value == 30000);
  CHECK_OK(tandem_target_series_to_date(series, calendar, "2027-08-15", TANDEM_PERIOD_QUARTER,
                                        TANDEM_DAYS_CALENDAR, NULL, &value));
  CHECK(value == 14845);
  CHECK_OK(tandem_target_series_to_date(series, calendar, "2027-08-15", TANDEM_PERIOD_MONTH,
                                        TANDEM_DAYS_CALENDAR, NULL, &value));
  CHECK(value == 4845);
  CHECK_OK(tandem_target_series_to_date(series, calendar, "2028-03-31", TANDEM_PERIOD_YEAR,
                                        TANDEM_DAYS_WORKING, weekdays, &value));
  CHECK(value == 120000);

  value = SENTINEL;
  CHECK_FAILS(tandem_target_series_between(series, "2027-04-01", "2027-04-15", TANDEM_DAYS_WORKING,
                                           NULL, &value),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_target_series_between(series, "2027-03-31", "2027-04-15", TANDEM_DAYS_CALENDAR,
                                           NULL, &value),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_target_series_between(series, "2027-04-15", "2027-04-01", TANDEM_DAYS_CALENDAR,
                                           NULL, &value),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_target_series_between(series, "2027-04-01", "2027-04-15", 2, NULL, &value),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_target_series_between(series, "April", "2027-04-15", TANDEM_DAYS_CALENDAR, NULL,
                                           &value),
              TANDEM_E_PARSE, -1);
  CHECK_FAILS(tandem_target_series_between(series, "2027-04-01", "2027-04-15", TANDEM_DAYS_CALENDAR,
                                           NULL, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_target_series_between(NULL, "2027-04-01", "2027-04-15", TANDEM_DAYS_CALENDAR,
                                           NULL, &value),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_target_series_to_date(series, calendar, "2028-04-01", TANDEM_PERIOD_YEAR,
                                           TANDEM_DAYS_CALENDAR, NULL, &value),
              TANDEM_E_OUT_OF_RANGE, -1);
  CHECK_FAILS(tandem_target_series_to_date(series, calendar, "2027-08-15", 7, TANDEM_DAYS_CALENDAR,
                                           NULL, &value),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_target_series_to_date(series, calendar, "2027-08-15", TANDEM_PERIOD_MONTH, -1,
                                           NULL, &value),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_target_series_to_date(series, calendar, "2027-08-15", TANDEM_PERIOD_MONTH,
                                           TANDEM_DAYS_WORKING, NULL, &value),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_target_series_to_date(series, calendar, "2027-8-15", TANDEM_PERIOD_MONTH,
                                           TANDEM_DAYS_CALENDAR, NULL, &value),
              TANDEM_E_PARSE, -1);
  MESSAGE_HAS("as_of");
  CHECK_FAILS(tandem_target_series_to_date(series, NULL, "2027-08-15", TANDEM_PERIOD_MONTH,
                                           TANDEM_DAYS_CALENDAR, NULL, &value),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_target_series_to_date(NULL, calendar, "2027-08-15", TANDEM_PERIOD_MONTH,
                                           TANDEM_DAYS_CALENDAR, NULL, &value),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_target_series_to_date(series, calendar, "2027-08-15", TANDEM_PERIOD_MONTH,
                                           TANDEM_DAYS_CALENDAR, NULL, NULL),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK(value == SENTINEL);
  tandem_target_series_destroy(series);

  series = unchanged;
  CHECK_FAILS(tandem_target_series_create(months, targets, 11, &series), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_target_series_create(months, NULL, 12, &series), TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_target_series_create(NULL, targets, 12, &series), TANDEM_E_INVALID_ARGUMENT,
              -1);
  CHECK_FAILS(tandem_target_series_create(months, targets, 12, NULL), TANDEM_E_INVALID_ARGUMENT, -1);
  fill(targets, 12, INT64_MAX / 2);
  CHECK_FAILS(tandem_target_series_create(months, targets, 12, &series), TANDEM_E_OVERFLOW, -1);
  CHECK(series == unchanged);
  tandem_target_series_destroy(NULL); /* a no-op */
  tandem_working_calendar_destroy(weekdays);
  tandem_periods_destroy(months);
  tandem_fiscal_calendar_destroy(calendar);
}

static void test_respread(void) {
  tandem_fiscal_calendar* calendar = NULL;
  tandem_periods* quarters = NULL;
  tandem_spread_options* even = NULL;
  int64_t original[4] = {250, 250, 250, 250};
  int64_t skewed[4] = {250, 250, 100, 400};
  int64_t behind[2] = {200, 200};
  int64_t ahead[2] = {300, 300};
  int64_t far_ahead[2] = {600, 600};
  int64_t targets[4], unallocated = SENTINEL, remaining = SENTINEL;
  static const int64_t caught_up[4] = {200, 200, 300, 300};
  static const int64_t carried[4] = {200, 200, 250, 250};
  static const int64_t lowered[4] = {300, 300, 200, 200};
  static const int64_t banked[4] = {300, 300, 250, 250};
  static const int64_t nothing_left[4] = {600, 600, 0, 0};
  static const int64_t proportional[4] = {200, 200, 120, 480};
  static const int64_t evenly[4] = {200, 200, 300, 300};

  CHECK_OK(tandem_fiscal_calendar_create_fiscal(4, 1, TANDEM_NAMING_END_YEAR, &calendar));
  CHECK_OK(tandem_periods_create(calendar, "2027-04-01", "2028-03-31", TANDEM_PERIOD_QUARTER,
                                 &quarters));

  /* Behind plan: 1000 - (200 + 200) = 600 remains for Q3 and Q4 (originally 500).
     Spread: 300 each, nothing unallocated. Carry: they keep 250 each, 100 is
     unallocated. In both, 400 + open + unallocated = 1000. */
  CHECK_OK(tandem_respread(quarters, 1000, original, behind, 2, TANDEM_SHORTFALL_SPREAD,
                           TANDEM_SURPLUS_SPREAD, true, NULL, targets, &unallocated, &remaining));
  CHECK(equal(targets, caught_up, 4) && unallocated == 0 && remaining == 600);
  CHECK_OK(tandem_respread(quarters, 1000, original, behind, 2, TANDEM_SHORTFALL_CARRY,
                           TANDEM_SURPLUS_SPREAD, true, NULL, targets, &unallocated, &remaining));
  CHECK(equal(targets, carried, 4) && unallocated == 100 && remaining == 600);

  /* Ahead: 1000 - 600 = 400 remains for 500 of open targets. Spread: 200 each.
     Bank: they keep 250 each and -100 (the lead) is unallocated. */
  CHECK_OK(tandem_respread(quarters, 1000, original, ahead, 2, TANDEM_SHORTFALL_SPREAD,
                           TANDEM_SURPLUS_SPREAD, true, NULL, targets, &unallocated, &remaining));
  CHECK(equal(targets, lowered, 4) && unallocated == 0 && remaining == 400);
  CHECK_OK(tandem_respread(quarters, 1000, original, ahead, 2, TANDEM_SHORTFALL_SPREAD,
                           TANDEM_SURPLUS_BANK, true, NULL, targets, &unallocated, &remaining));
  CHECK(equal(targets, banked, 4) && unallocated == -100 && remaining == 400);
  /* Far ahead: remaining -200; open targets fall to 0, -200 unallocated. */
  CHECK_OK(tandem_respread(quarters, 1000, original, far_ahead, 2, TANDEM_SHORTFALL_SPREAD,
                           TANDEM_SURPLUS_SPREAD, true, NULL, targets, NULL, &remaining));
  CHECK(equal(targets, nothing_left, 4) && remaining == -200);
  CHECK_OK(tandem_respread(quarters, 1000, original, far_ahead, 2, TANDEM_SHORTFALL_SPREAD,
                           TANDEM_SURPLUS_SPREAD, true, NULL, targets, &unallocated, NULL));
  CHECK(unallocated == -200);

  /* Proportional to original (Q3 100, Q4 400): 600 * 1/5 = 120 and 600 * 4/5 = 480.
     By an even basis instead: 300 each. */
  CHECK_OK(tandem_respread(quarters, 1000, skewed, behind, 2, TANDEM_SHORTFALL_SPREAD,
                           TANDEM_SURPLUS_SPREAD, true, NULL, targets, NULL, NULL));
  CHECK(equal(targets, proportional, 4));
  CHECK_OK(tandem_spread_options_create(&even));
  CHECK_OK(tandem_respread(quarters, 1000, skewed, behind, 2, TANDEM_SHORTFALL_SPREAD,
                           TANDEM_SURPLUS_SPREAD, false, even, targets, NULL, NULL));
  CHECK(equal(targets, evenly, 4));
  CHECK_OK(tandem_respread(quarters, 1000, skewed, behind, 2, TANDEM_SHORTFALL_SPREAD,
                           TANDEM_SURPLUS_SPREAD, false, NULL, targets, NULL, NULL));
  CHECK(equal(targets, evenly, 4));
  /* No period closed: the whole target is re-spread like the original. */
  CHECK_OK(tandem_respread(quarters, 1000, original, NULL, 0, TANDEM_SHORTFALL_SPREAD,
                           TANDEM_SURPLUS_SPREAD, true, NULL, targets, &unallocated, &remaining));
  CHECK(equal(targets, original, 4));
  CHECK(unallocated == 0 && remaining == 1000);

  /* Failures write none of the three outputs. */
  fill(targets, 4, SENTINEL);
  unallocated = remaining = SENTINEL;
  CHECK_FAILS(tandem_respread(quarters, 1000, original, original, 4, TANDEM_SHORTFALL_SPREAD,
                              TANDEM_SURPLUS_SPREAD, true, NULL, targets, &unallocated, &remaining),
              TANDEM_E_INVALID_ARGUMENT, -1); /* every period closed */
  skewed[3] = -1;
  CHECK_FAILS(tandem_respread(quarters, 1000, skewed, behind, 2, TANDEM_SHORTFALL_SPREAD,
                              TANDEM_SURPLUS_SPREAD, true, NULL, targets, &unallocated, &remaining),
              TANDEM_E_OUT_OF_RANGE, 3);
  CHECK_FAILS(tandem_respread(quarters, 1000, original, behind, 2, 2, TANDEM_SURPLUS_SPREAD, true,
                              NULL, targets, &unallocated, &remaining),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_respread(quarters, 1000, original, behind, 2, TANDEM_SHORTFALL_SPREAD, 2, true,
                              NULL, targets, &unallocated, &remaining),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_respread(quarters, 1000, NULL, behind, 2, TANDEM_SHORTFALL_SPREAD,
                              TANDEM_SURPLUS_SPREAD, true, NULL, targets, &unallocated, &remaining),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_respread(quarters, 1000, original, NULL, 2, TANDEM_SHORTFALL_SPREAD,
                              TANDEM_SURPLUS_SPREAD, true, NULL, targets, &unallocated, &remaining),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_respread(quarters, 1000, original, behind, 2, TANDEM_SHORTFALL_SPREAD,
                              TANDEM_SURPLUS_SPREAD, true, NULL, NULL, &unallocated, &remaining),
              TANDEM_E_INVALID_ARGUMENT, -1);
  CHECK_FAILS(tandem_respread(NULL, 1000, original, behind, 2, TANDEM_SHORTFALL_SPREAD,
                              TANDEM_SURPLUS_SPREAD, true, NULL, targets, &unallocated, &remaining),
              TANDEM_E_INVALID_ARGUMENT, -1);
  /* A spread basis error surfaces as tandem_spread's: a key with no values. */
  CHECK_OK(tandem_spread_options_set_basis(even, TANDEM_SPREAD_KEY));
  CHECK(tandem_respread(quarters, 1000, original, behind, 2, TANDEM_SHORTFALL_SPREAD,
                        TANDEM_SURPLUS_SPREAD, false, even, targets, &unallocated,
                        &remaining) == TANDEM_E_INVALID_ARGUMENT);
  CHECK(untouched(targets, 4) && unallocated == SENTINEL && remaining == SENTINEL);

  tandem_spread_options_destroy(even);
  tandem_periods_destroy(quarters);
  tandem_fiscal_calendar_destroy(calendar);
}

int main(void) {
  test_pinned_values();
  test_period_kind_names();
  test_spread_basis_names();
  test_fiscal_calendars();
  test_working_calendar_in_code();
  test_working_calendar_from_csv();
  test_periods();
  test_spread_even_and_calendar_days();
  test_spread_rounding_and_limits();
  test_spread_keys();
  test_spread_working_days();
  test_target_series();
  test_respread();
  printf("%d checks, %d failures\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
