/*
 * tandem.h — the stable C API of Tandem.
 *
 * Tandem decomposes sales targets exactly: an integer total split among children
 * in proportion to their weights, the shares summing exactly to the total. This
 * header is the one stable, binary-compatible way for hosts written in C, C++,
 * Java, C#, Python, Go... to embed it.
 *
 * Conventions (docs/c-api.md has the full statement):
 *  - Every fallible function returns a tandem_status: TANDEM_OK (0) or an error
 *    code. Codes are pinned and never renumbered. Details of the last failure on
 *    the calling thread: tandem_last_error_message(), tandem_last_error_child().
 *  - Nothing throws, aborts or exits into the host. NULL or out-of-range arguments
 *    give TANDEM_E_INVALID_ARGUMENT with a message.
 *  - A failed call leaves every output and every handle as it was.
 *  - Handles are opaque. Each *_create has a *_destroy; destroy(NULL) does nothing.
 *    Memory the library hands out is released by the matching destroy function or
 *    by tandem_free(); each function says which.
 *  - Strings are UTF-8. Outgoing strings are written snprintf-style: the function
 *    reports the length needed (excluding the terminating NUL), writes at most
 *    `capacity` bytes, always NUL-terminates when capacity > 0, and accepts a NULL
 *    buffer with capacity 0 to ask for the length.
 *  - Thread safety: every function may be called from any thread. Distinct handles
 *    may be used from different threads at the same time; one handle must not be
 *    used by two threads at once.
 *  - ABI: within one major version only additions are made. See docs/c-api.md.
 *
 * Example:
 *
 *   int64_t weights[3] = {5, 3, 2}, shares[3];
 *   if (tandem_apportion(NULL, 7, weights, 3, NULL, NULL, NULL, shares) != TANDEM_OK)
 *     fprintf(stderr, "%s\n", tandem_last_error_message());
 *   // shares == {4, 2, 1}
 */
#ifndef TANDEM_H
#define TANDEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(TANDEM_STATIC)
#define TANDEM_API
#elif defined(_WIN32)
#if defined(TANDEM_BUILDING_LIBRARY)
#define TANDEM_API __declspec(dllexport)
#else
#define TANDEM_API __declspec(dllimport)
#endif
#else
#define TANDEM_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ versions */

#define TANDEM_VERSION_MAJOR 0
#define TANDEM_VERSION_MINOR 6
#define TANDEM_VERSION_PATCH 0
/** MAJOR * 10000 + MINOR * 100 + PATCH. */
#define TANDEM_VERSION_NUMBER (TANDEM_VERSION_MAJOR * 10000 + TANDEM_VERSION_MINOR * 100 + TANDEM_VERSION_PATCH)
#define TANDEM_VERSION_STRING "0.6.0"

/**
 * The version of the library actually loaded, as TANDEM_VERSION_NUMBER. Compare it
 * with the header's to detect a mismatched shared library.
 * Since 0.1.0.
 */
TANDEM_API int32_t tandem_version_number(void);

/**
 * The loaded library's version as "MAJOR.MINOR.PATCH". Static storage: never
 * NULL, never freed. Since 0.1.0.
 */
TANDEM_API const char* tandem_version_string(void);

/* -------------------------------------------------------------------- status */

/** The result of every fallible function. */
typedef int32_t tandem_status;

#define TANDEM_OK 0
/** A parameter is malformed: NULL where a value is needed, size mismatch, zero
 *  quantum, unknown method or tie rule, a buffer too small. */
#define TANDEM_E_INVALID_ARGUMENT 1
/** Text is not a well-formed decimal. */
#define TANDEM_E_PARSE 2
/** A value lies outside what is allowed: negative, too many decimals, min > max. */
#define TANDEM_E_OUT_OF_RANGE 3
/** An exact result does not fit its integer type. */
#define TANDEM_E_OVERFLOW 4
/** The request is well-formed but no allocation satisfies it. */
#define TANDEM_E_INFEASIBLE 5
/** The tie rule is TANDEM_TIES_ERROR and the result depends on a tie. */
#define TANDEM_E_TIE 6
/** Memory could not be allocated. */
#define TANDEM_E_NO_MEMORY 7
/** A bug in Tandem: please report it with the message. */
#define TANDEM_E_INTERNAL 8

/**
 * Stable lower-case name of a status ("infeasible"); "unknown" for a value that
 * is not a status. Static storage. Since 0.1.0.
 */
TANDEM_API const char* tandem_status_name(tandem_status status);

/**
 * The message of the last failed call on this thread: "" if the last call that
 * returns a tandem_status succeeded (functions that return a value rather than a
 * status leave it unchanged). Never NULL. Owned by the library; valid until the
 * next tandem_ call on this thread. Since 0.1.0.
 */
TANDEM_API const char* tandem_last_error_message(void);

/**
 * The zero-based index of the child (row, weight) the last failure on this thread
 * concerns, or -1 if it concerns the request as a whole or the last call
 * succeeded. For TANDEM_E_TIE, the first tied child. (Messages number children
 * from 1, as people do: "child 2" is index 1.) Since 0.1.0.
 */
TANDEM_API int64_t tandem_last_error_child(void);

/**
 * Releases memory the library handed out where a function says "caller frees
 * with tandem_free". tandem_free(NULL) does nothing. Since 0.1.0.
 */
TANDEM_API void tandem_free(void* memory);

/* ------------------------------------------------------- methods, tie rules */

/** Apportionment methods. Values are pinned. */
typedef int32_t tandem_method;
#define TANDEM_METHOD_HAMILTON 0              /* largest remainder */
#define TANDEM_METHOD_JEFFERSON 1             /* D'Hondt: divisor method rounding down */
#define TANDEM_METHOD_WEBSTER 2               /* Sainte-Lague: rounding to nearest */
#define TANDEM_METHOD_MODIFIED_SAINTE_LAGUE 3 /* Webster with first divisor 1.4 */
#define TANDEM_METHOD_ADAMS 4                 /* divisor method rounding up */
#define TANDEM_METHOD_DEAN 5                  /* harmonic-mean signposts */
#define TANDEM_METHOD_HUNTINGTON_HILL 6       /* geometric-mean signposts */

/** Tie rules: who wins equal claims to the last units. Values are pinned. */
typedef int32_t tandem_tie_rule;
#define TANDEM_TIES_INPUT_ORDER 0    /* the child that comes first (default) */
#define TANDEM_TIES_LARGER_WEIGHT 1  /* the larger weight, then input order */
#define TANDEM_TIES_SMALLER_WEIGHT 2 /* the smaller weight, then input order */
#define TANDEM_TIES_ERROR 3          /* fail with TANDEM_E_TIE */

/**
 * Parses a method name or alias ("hamilton", "hare", "largest-remainder",
 * "jefferson", "dhondt", "webster", "sainte-lague", "modified-sainte-lague",
 * "adams", "dean", "huntington-hill"; '_' may replace '-') into *out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL argument, unknown name; *out unchanged).
 * Since 0.1.0.
 */
TANDEM_API tandem_status tandem_method_from_name(const char* name, tandem_method* out);

/** Canonical name of a method ("huntington-hill"), or NULL if `method` is not one.
 *  Static storage. Since 0.1.0. */
TANDEM_API const char* tandem_method_name(tandem_method method);

/**
 * Parses "input-order", "larger", "smaller" or "error" ("larger-weight" and
 * "smaller-weight" too) into *out. Errors: TANDEM_E_INVALID_ARGUMENT.
 * Since 0.1.0.
 */
TANDEM_API tandem_status tandem_tie_rule_from_name(const char* name, tandem_tie_rule* out);

/** Canonical name of a tie rule, or NULL if `rule` is not one. Static storage.
 *  Since 0.1.0. */
TANDEM_API const char* tandem_tie_rule_name(tandem_tie_rule rule);

/* ------------------------------------------------------ allocation options */

/**
 * How to apportion (method, quantum, tie rule), plus reusable scratch memory so
 * that repeated calls allocate nothing. Defaults: Hamilton, quantum 1, input order.
 * Thread safety: one handle must not be used by two threads at once.
 */
typedef struct tandem_alloc_options tandem_alloc_options;

/**
 * Creates options with the defaults into *out. Caller destroys with
 * tandem_alloc_options_destroy. Errors: TANDEM_E_INVALID_ARGUMENT (out NULL),
 * TANDEM_E_NO_MEMORY. Since 0.1.0.
 */
TANDEM_API tandem_status tandem_alloc_options_create(tandem_alloc_options** out);

/** Destroys options and their scratch memory. NULL does nothing. Since 0.1.0. */
TANDEM_API void tandem_alloc_options_destroy(tandem_alloc_options* options);

/** Sets the method. Errors: TANDEM_E_INVALID_ARGUMENT (NULL, not a method).
 *  Since 0.1.0. */
TANDEM_API tandem_status tandem_alloc_options_set_method(tandem_alloc_options* options,
                                                        tandem_method method);

/** Sets the quantum: every share is a whole multiple of it, in the same units as
 *  the total. Errors: TANDEM_E_INVALID_ARGUMENT (NULL, quantum <= 0). Since 0.1.0. */
TANDEM_API tandem_status tandem_alloc_options_set_quantum(tandem_alloc_options* options,
                                                         int64_t quantum);

/** Sets the tie rule. Errors: TANDEM_E_INVALID_ARGUMENT (NULL, not a rule).
 *  Since 0.1.0. */
TANDEM_API tandem_status tandem_alloc_options_set_ties(tandem_alloc_options* options,
                                                      tandem_tie_rule ties);

/** Reads the settings back into the non-NULL outputs (each output may be NULL).
 *  Errors: TANDEM_E_INVALID_ARGUMENT (options NULL). Since 0.1.0. */
TANDEM_API tandem_status tandem_alloc_options_get(const tandem_alloc_options* options,
                                                 tandem_method* method_out, int64_t* quantum_out,
                                                 tandem_tie_rule* ties_out);

/* ------------------------------------------------------------- apportioning */

/** Marks "no value" in a min, max or fixed array: no lower bound, no upper bound,
 *  not fixed. */
#define TANDEM_NONE INT64_MIN

/**
 * Apportions `total` among `count` children with the given integer weights and
 * writes the shares to shares_out[0 .. count-1]. The hot path: no allocation
 * beyond the engine's own scratch, which `options` keeps from call to call.
 *
 * options     NULL for the defaults (Hamilton, quantum 1, input order; scratch is
 *             then allocated for this call only), else used and not changed
 *             (its scratch memory is reused).
 * total       >= 0, in the smallest unit (e.g. fen), a multiple of the quantum.
 * weights     `count` values >= 0 (borrowed, read only). May be NULL if count is 0.
 * min, max, fixed
 *             NULL (no such limit) or `count` values, TANDEM_NONE where a child has
 *             none; borrowed, read only; multiples of the quantum.
 * shares_out  `count` writable values (caller owned), not overlapping any input.
 *             Written only on success.
 *
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL where count > 0), TANDEM_E_OUT_OF_RANGE
 * (negative value, min > max, fixed outside bounds), TANDEM_E_INFEASIBLE (bounds or
 * fixed values cannot meet the total, total or a limit not a multiple of the
 * quantum, a positive total with no positive weight), TANDEM_E_TIE,
 * TANDEM_E_NO_MEMORY. tandem_last_error_child() names the child at fault.
 * Since 0.1.0.
 */
TANDEM_API tandem_status tandem_apportion(tandem_alloc_options* options, int64_t total,
                                          const int64_t* weights, size_t count, const int64_t* min,
                                          const int64_t* max, const int64_t* fixed,
                                          int64_t* shares_out);

/**
 * The result of an apportionment of decimal amounts: `count` shares at one scale.
 * Immutable; may be read from several threads at once.
 */
typedef struct tandem_allocation tandem_allocation;

/**
 * Apportions a decimal total among children with decimal weights, for callers
 * that hold decimals as text. Amounts (total, min, max, fixed) are decimals with
 * at most `scale` places ("1234.56" at scale 2); they are never rounded. Weights
 * are non-negative decimals of any precision ("1234.5", "3000000000000"). The
 * quantum of `options` counts units of the scale (quantum 100 at scale 2 = 1.00).
 *
 * options   NULL for the defaults, as for tandem_apportion.
 * total     decimal text, >= 0.
 * scale     0 to 18.
 * weights   `count` strings (borrowed).
 * min, max, fixed
 *           NULL (no such limit), or `count` strings where NULL or "" means none.
 * out       receives a new allocation on success (caller destroys with
 *           tandem_allocation_destroy); unchanged on failure.
 *
 * Errors: as tandem_apportion, plus TANDEM_E_PARSE (malformed text) and
 * TANDEM_E_OVERFLOW (a value does not fit 64-bit units at its scale);
 * tandem_last_error_child() names the child whose text is at fault.
 * Since 0.1.0.
 */
TANDEM_API tandem_status tandem_apportion_decimal(tandem_alloc_options* options, const char* total,
                                                  int32_t scale, const char* const* weights,
                                                  size_t count, const char* const* min,
                                                  const char* const* max, const char* const* fixed,
                                                  tandem_allocation** out);

/** Destroys an allocation. NULL does nothing. Since 0.1.0. */
TANDEM_API void tandem_allocation_destroy(tandem_allocation* allocation);

/** Number of shares; 0 for NULL. Since 0.1.0. */
TANDEM_API size_t tandem_allocation_count(const tandem_allocation* allocation);

/** The scale of the shares; 0 for NULL. Since 0.1.0. */
TANDEM_API int32_t tandem_allocation_scale(const tandem_allocation* allocation);

/**
 * Share `index` in units of the scale into *out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, index >= count). Since 0.1.0.
 */
TANDEM_API tandem_status tandem_allocation_units(const tandem_allocation* allocation, size_t index,
                                                 int64_t* out);

/**
 * Copies every share, in units of the scale, to out[0 .. count-1] (caller owned;
 * `count` must equal tandem_allocation_count). Errors: TANDEM_E_INVALID_ARGUMENT.
 * Since 0.1.0.
 */
TANDEM_API tandem_status tandem_allocation_copy_units(const tandem_allocation* allocation,
                                                      int64_t* out, size_t count);

/**
 * Share `index` as exact decimal text ("1234.56"), snprintf-style: writes at most
 * `capacity` bytes to `buffer` (NULL with capacity 0 to ask), NUL-terminated, and
 * the length needed (excluding the NUL) to *length_out (may be NULL). A buffer too
 * small is not an error: the text is cut and *length_out tells the size to retry.
 * Errors: TANDEM_E_INVALID_ARGUMENT (allocation NULL, index >= count, buffer NULL
 * with capacity > 0). Since 0.1.0.
 */
TANDEM_API tandem_status tandem_allocation_decimal(const tandem_allocation* allocation, size_t index,
                                                   char* buffer, size_t capacity,
                                                   size_t* length_out);

/* ----------------------------------------------------------------- decimals */

/** Rounding modes for tandem_decimal_parse. Values are pinned. */
typedef int32_t tandem_rounding;
#define TANDEM_ROUND_EXACT 0     /* an inexact value is an error (the default) */
#define TANDEM_ROUND_DOWN 1      /* toward zero */
#define TANDEM_ROUND_UP 2        /* away from zero */
#define TANDEM_ROUND_FLOOR 3     /* toward negative infinity */
#define TANDEM_ROUND_CEILING 4   /* toward positive infinity */
#define TANDEM_ROUND_HALF_UP 5   /* to nearest, ties away from zero */
#define TANDEM_ROUND_HALF_DOWN 6 /* to nearest, ties toward zero */
#define TANDEM_ROUND_HALF_EVEN 7 /* to nearest, ties to even */

/**
 * Parses plain decimal text ("-1234.56"; no spaces, exponents, '+' or separators)
 * at `scale` into a count of 10^-scale units. Digits beyond the scale are rounded
 * by `rounding` (TANDEM_ROUND_EXACT: an error unless they are zeros). A '-' is an
 * error unless allow_negative.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, bad rounding), TANDEM_E_PARSE,
 * TANDEM_E_OUT_OF_RANGE (negative, inexact, scale not in 0..18), TANDEM_E_OVERFLOW.
 * Since 0.1.0.
 */
TANDEM_API tandem_status tandem_decimal_parse(const char* text, int32_t scale,
                                              tandem_rounding rounding, bool allow_negative,
                                              int64_t* units_out);

/**
 * Formats `units` at `scale` as exact decimal text, snprintf-style (see
 * tandem_allocation_decimal). Errors: TANDEM_E_INVALID_ARGUMENT (buffer NULL with
 * capacity > 0), TANDEM_E_OUT_OF_RANGE (scale not in 0..18). Since 0.1.0.
 */
TANDEM_API tandem_status tandem_decimal_format(int64_t units, int32_t scale, char* buffer,
                                               size_t capacity, size_t* length_out);

/* ------------------------------------------------ time: calendars and spreading */

/*
 * Fiscal calendars, working-day calendars, and spreading a total over the periods
 * of a date range exactly (tandem/time in C++; docs/c-api.md section 9).
 *
 * Dates cross the API as ISO 8601 text, exactly "YYYY-MM-DD", from 1400-01-01 to
 * 9999-12-31. A malformed date is TANDEM_E_PARSE, a day that does not exist
 * ("2027-02-29") or lies outside those years TANDEM_E_OUT_OF_RANGE; the message
 * names the parameter and the text. Dates going out are written to a caller-owned
 * buffer of at least TANDEM_DATE_SIZE bytes (a smaller one is
 * TANDEM_E_INVALID_ARGUMENT and nothing is written), NUL-terminated.
 *
 * Amounts are integers in the caller's smallest unit (cents, units of product),
 * as for tandem_apportion, but may be negative where a function says so.
 * TANDEM_E_PARSE also reports a malformed CSV row or key value.
 */

/** Bytes a date output needs: "YYYY-MM-DD" and the terminating NUL. */
#define TANDEM_DATE_SIZE 11

/** Kinds of period, from the longest to the shortest. Values are pinned. */
typedef int32_t tandem_period_kind;
#define TANDEM_PERIOD_YEAR 0
#define TANDEM_PERIOD_HALF 1
#define TANDEM_PERIOD_QUARTER 2
#define TANDEM_PERIOD_MONTH 3 /* calendar or fiscal month; a retail 4- or 5-week period */
#define TANDEM_PERIOD_WEEK 4  /* ISO 8601 week; a retail calendar's fiscal week */
#define TANDEM_PERIOD_DAY 5

/**
 * Parses "year", "half", "quarter", "month", "week" or "day" (any case) into *out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL argument, unknown name; *out unchanged).
 * Since 0.2.0.
 */
TANDEM_API tandem_status tandem_period_kind_from_name(const char* name, tandem_period_kind* out);

/** Name of a period kind ("quarter"), or NULL if `kind` is not one. Static storage.
 *  Since 0.2.0. */
TANDEM_API const char* tandem_period_kind_name(tandem_period_kind kind);

/** Days of the week, numbered as in ISO 8601. Values are pinned. */
typedef int32_t tandem_weekday;
#define TANDEM_MONDAY 1
#define TANDEM_TUESDAY 2
#define TANDEM_WEDNESDAY 3
#define TANDEM_THURSDAY 4
#define TANDEM_FRIDAY 5
#define TANDEM_SATURDAY 6
#define TANDEM_SUNDAY 7

/** Which calendar year names a fiscal year. Values are pinned. */
typedef int32_t tandem_fiscal_year_naming;
#define TANDEM_NAMING_END_YEAR 0   /* 2026-07-01..2027-06-30 is "FY2027" */
#define TANDEM_NAMING_START_YEAR 1 /* ...is "FY2026" (Japan's nendo) */

/** Weeks per fiscal month in each 13-week quarter of a retail calendar. Values are
 *  pinned. */
typedef int32_t tandem_retail_pattern;
#define TANDEM_RETAIL_445 0
#define TANDEM_RETAIL_454 1
#define TANDEM_RETAIL_544 2

/** Where a retail year ends. Values are pinned. */
typedef int32_t tandem_year_end_rule;
#define TANDEM_YEAR_END_LAST_WEEKDAY 0    /* the last given weekday of the end month */
#define TANDEM_YEAR_END_NEAREST_WEEKDAY 1 /* the given weekday nearest the month's end */

/**
 * A fiscal calendar: how years divide into halves, quarters, months and weeks, and
 * how they are labelled. Immutable once created: may be read from several threads
 * at once.
 */
typedef struct tandem_fiscal_calendar tandem_fiscal_calendar;

/**
 * The calendar year (labels "2027", "2027 H1", "2027 Q2", "2027-04", "2027-W14",
 * "2027-04-01") into *out. Caller destroys with tandem_fiscal_calendar_destroy.
 * Errors: TANDEM_E_INVALID_ARGUMENT (out NULL), TANDEM_E_NO_MEMORY. Since 0.2.0.
 */
TANDEM_API tandem_status tandem_fiscal_calendar_create_gregorian(tandem_fiscal_calendar** out);

/**
 * A fiscal year starting on start_month/start_day (day 1..28), e.g. 4/1, named by
 * `naming` ("FY2027", "FY2027 Q2"; months "2026-07" when the year starts on the
 * 1st, else "FY2027 P01"). 1/1 is the gregorian calendar. Caller destroys with
 * tandem_fiscal_calendar_destroy.
 * Errors: TANDEM_E_INVALID_ARGUMENT (out NULL, naming not a tandem_fiscal_year_naming),
 * TANDEM_E_OUT_OF_RANGE (month not in 1..12, day not in 1..28), TANDEM_E_NO_MEMORY.
 * Since 0.2.0.
 */
TANDEM_API tandem_status tandem_fiscal_calendar_create_fiscal(int32_t start_month, int32_t start_day,
                                                              tandem_fiscal_year_naming naming,
                                                              tandem_fiscal_calendar** out);

/**
 * A 52/53-week retail calendar (4-4-5, 4-5-4, 5-4-4) whose years end on
 * `end_weekday` in or near `end_month` by `rule` (the NRF calendar: 4-5-4, month 1,
 * TANDEM_SATURDAY, TANDEM_YEAR_END_NEAREST_WEEKDAY). A year of 371 days has a 53rd
 * week, added to its last month. Caller destroys with tandem_fiscal_calendar_destroy.
 * Errors: TANDEM_E_INVALID_ARGUMENT (out NULL, a value not of its enumeration),
 * TANDEM_E_OUT_OF_RANGE (end_month not in 1..12), TANDEM_E_NO_MEMORY. Since 0.2.0.
 */
TANDEM_API tandem_status tandem_fiscal_calendar_create_retail(tandem_retail_pattern pattern,
                                                              int32_t end_month,
                                                              tandem_weekday end_weekday,
                                                              tandem_year_end_rule rule,
                                                              tandem_fiscal_year_naming naming,
                                                              tandem_fiscal_calendar** out);

/** Destroys a fiscal calendar. NULL does nothing. Since 0.2.0. */
TANDEM_API void tandem_fiscal_calendar_destroy(tandem_fiscal_calendar* calendar);

/**
 * The first and last day of fiscal year `year` (the number in its label) into
 * first_out and last_out, each a buffer of at least TANDEM_DATE_SIZE bytes.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, a buffer too small),
 * TANDEM_E_OUT_OF_RANGE (the year lies outside the supported dates). Since 0.2.0.
 */
TANDEM_API tandem_status tandem_fiscal_calendar_year(const tandem_fiscal_calendar* calendar,
                                                     int32_t year, char* first_out,
                                                     size_t first_capacity, char* last_out,
                                                     size_t last_capacity);

/**
 * The number of the fiscal year that contains `date` into *year_out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL), TANDEM_E_PARSE, TANDEM_E_OUT_OF_RANGE.
 * Since 0.2.0.
 */
TANDEM_API tandem_status tandem_fiscal_calendar_year_of(const tandem_fiscal_calendar* calendar,
                                                        const char* date, int32_t* year_out);

/**
 * A one-line description ("fiscal year from 04-01 (named by end year)"),
 * snprintf-style (see tandem_allocation_decimal).
 * Errors: TANDEM_E_INVALID_ARGUMENT (calendar NULL, buffer NULL with capacity > 0).
 * Since 0.2.0.
 */
TANDEM_API tandem_status tandem_fiscal_calendar_describe(const tandem_fiscal_calendar* calendar,
                                                         char* buffer, size_t capacity,
                                                         size_t* length_out);

/** Weekend bit masks: bit (d - 1) is set for ISO weekday d (Monday bit 0, Sunday
 *  bit 6). */
#define TANDEM_WEEKEND_SATURDAY_SUNDAY 0x60
#define TANDEM_WEEKEND_FRIDAY_SATURDAY 0x30
#define TANDEM_WEEKEND_NONE 0

/**
 * Which days are working days: weekend days, holidays, and make-up working days
 * that turn a weekend day into a working day (mainland China's tiaoxiu). A day is a
 * working day when it is a make-up working day, or neither a weekend day nor a
 * holiday. Reading functions may run on several threads at once; adding days
 * must not overlap any other use of the handle.
 */
typedef struct tandem_working_calendar tandem_working_calendar;

/**
 * An empty working calendar (no holidays) with the weekend `weekend_mask` (see
 * TANDEM_WEEKEND_SATURDAY_SUNDAY) into *out. Caller destroys with
 * tandem_working_calendar_destroy.
 * Errors: TANDEM_E_INVALID_ARGUMENT (out NULL), TANDEM_E_OUT_OF_RANGE (bits other
 * than 0..6 set), TANDEM_E_NO_MEMORY. Since 0.2.0.
 */
TANDEM_API tandem_status tandem_working_calendar_create(int32_t weekend_mask,
                                                        tandem_working_calendar** out);

/**
 * Loads a working calendar from the CSV file at `path` (UTF-8): a header row
 * "date,kind,name" (name optional, columns in any order), then one row per listed
 * day, kind "holiday" or "workday"; blank lines and lines starting with '#' are
 * skipped. The weekend is `weekend_mask`. Caller destroys the new calendar with
 * tandem_working_calendar_destroy.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, unreadable file, a missing column, a date
 * listed twice, a make-up working day that is not a weekend day), TANDEM_E_PARSE (a
 * malformed row or kind, a date that is malformed or does not exist),
 * TANDEM_E_OUT_OF_RANGE (weekend_mask negative or with bits above 6).
 * The message names "<path>:<line>" and the column; tandem_last_error_child() is the
 * zero-based data row at fault. Since 0.2.0.
 */
TANDEM_API tandem_status tandem_working_calendar_load_csv(const char* path, int32_t weekend_mask,
                                                          tandem_working_calendar** out);

/** Destroys a working calendar. NULL does nothing. The caller must first stop using
 *  any tandem_spread_options that borrows it. Since 0.2.0. */
TANDEM_API void tandem_working_calendar_destroy(tandem_working_calendar* calendar);

/**
 * Lists `date` as a holiday; `name` (borrowed, copied) may be NULL.
 * Errors: TANDEM_E_INVALID_ARGUMENT (calendar or date NULL, the date already listed),
 * TANDEM_E_PARSE, TANDEM_E_OUT_OF_RANGE. Since 0.2.0.
 */
TANDEM_API tandem_status tandem_working_calendar_add_holiday(tandem_working_calendar* calendar,
                                                             const char* date, const char* name);

/**
 * Lists `date` as a make-up working day; `name` (borrowed, copied) may be NULL.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, the date already listed or not a weekend
 * day of this calendar), TANDEM_E_PARSE, TANDEM_E_OUT_OF_RANGE. Since 0.2.0.
 */
TANDEM_API tandem_status tandem_working_calendar_add_workday(tandem_working_calendar* calendar,
                                                             const char* date, const char* name);

/**
 * Whether `date` is a working day, into *out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL), TANDEM_E_PARSE, TANDEM_E_OUT_OF_RANGE.
 * Since 0.2.0.
 */
TANDEM_API tandem_status tandem_working_calendar_is_working_day(
    const tandem_working_calendar* calendar, const char* date, bool* out);

/**
 * The number of working days from `first` to `last`, both included, into *out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, last before first), TANDEM_E_PARSE,
 * TANDEM_E_OUT_OF_RANGE. Since 0.2.0.
 */
TANDEM_API tandem_status tandem_working_calendar_working_days(
    const tandem_working_calendar* calendar, const char* first, const char* last, int64_t* out);

/**
 * The periods of one kind that tile a date range, in date order: the first and
 * last are cut to the range when it does not start or end on a period boundary
 * (their span is the part inside, their full dates the whole period). Immutable:
 * may be read from several threads at once.
 */
typedef struct tandem_periods tandem_periods;

/**
 * The periods of kind `kind` of `calendar` (borrowed; not needed afterwards) that
 * overlap first..last (both included) into *out. Caller destroys with
 * tandem_periods_destroy.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, kind not a tandem_period_kind, last
 * before first), TANDEM_E_PARSE, TANDEM_E_OUT_OF_RANGE, TANDEM_E_NO_MEMORY.
 * Since 0.2.0.
 */
TANDEM_API tandem_status tandem_periods_create(const tandem_fiscal_calendar* calendar,
                                               const char* first, const char* last,
                                               tandem_period_kind kind, tandem_periods** out);

/** Destroys periods. NULL does nothing. Since 0.2.0. */
TANDEM_API void tandem_periods_destroy(tandem_periods* periods);

/** Number of periods; 0 for NULL. Since 0.2.0. */
TANDEM_API size_t tandem_periods_count(const tandem_periods* periods);

/**
 * The label of period `index` ("FY2027 Q2", "2027-04"), snprintf-style (see
 * tandem_allocation_decimal).
 * Errors: TANDEM_E_INVALID_ARGUMENT (periods NULL, index >= count, buffer NULL with
 * capacity > 0). Since 0.2.0.
 */
TANDEM_API tandem_status tandem_periods_label(const tandem_periods* periods, size_t index,
                                              char* buffer, size_t capacity, size_t* length_out);

/**
 * The first and last day of the part of period `index` inside the range, each into
 * a buffer of at least TANDEM_DATE_SIZE bytes.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, index >= count, a buffer too small).
 * Since 0.2.0.
 */
TANDEM_API tandem_status tandem_periods_span(const tandem_periods* periods, size_t index,
                                             char* first_out, size_t first_capacity,
                                             char* last_out, size_t last_capacity);

/**
 * The first and last day of the whole period `index`, as the calendar defines it,
 * as tandem_periods_span. Since 0.2.0.
 */
TANDEM_API tandem_status tandem_periods_full(const tandem_periods* periods, size_t index,
                                             char* first_out, size_t first_capacity,
                                             char* last_out, size_t last_capacity);

/**
 * Whether period `index` is cut by the range (its span is not the whole period)
 * into *out. Errors: TANDEM_E_INVALID_ARGUMENT (NULL, index >= count). Since 0.2.0.
 */
TANDEM_API tandem_status tandem_periods_is_partial(const tandem_periods* periods, size_t index,
                                                   bool* out);

/** Where the weights of a spread come from. Values are pinned. */
typedef int32_t tandem_spread_basis;
#define TANDEM_SPREAD_EVEN 0          /* every period weighs the same (a cut one too) */
#define TANDEM_SPREAD_CALENDAR_DAYS 1 /* days in the period's span */
#define TANDEM_SPREAD_WORKING_DAYS 2  /* working days in the span (needs a working calendar) */
#define TANDEM_SPREAD_KEY 3           /* a weight or percentage per period label */
#define TANDEM_SPREAD_REFERENCE 4     /* a reference series per label (last year's actuals) */

/**
 * Parses "even", "calendar-days", "working-days", "key" or "reference" ('_' may
 * replace '-') into *out. Errors: TANDEM_E_INVALID_ARGUMENT (NULL, unknown name;
 * *out unchanged). Since 0.2.0.
 */
TANDEM_API tandem_status tandem_spread_basis_from_name(const char* name, tandem_spread_basis* out);

/** Name of a spread basis ("working-days"), or NULL if `basis` is not one. Static
 *  storage. Since 0.2.0. */
TANDEM_API const char* tandem_spread_basis_name(tandem_spread_basis basis);

/** What a spread does when every weight is zero (an all-zero reference, no working
 *  day anywhere). Values are pinned. */
typedef int32_t tandem_zero_policy;
#define TANDEM_ZERO_ERROR 0         /* fail with TANDEM_E_INFEASIBLE (the default) */
#define TANDEM_ZERO_EVEN 1          /* fall back to an even spread */
#define TANDEM_ZERO_CALENDAR_DAYS 2 /* fall back to calendar days */

/** How the values of a key are read. Values are pinned. */
typedef int32_t tandem_key_unit;
#define TANDEM_KEY_WEIGHTS 0 /* any non-negative numbers; only proportions matter (default) */
#define TANDEM_KEY_PERCENT 1 /* percentages that must sum to exactly 100 */

/** How key or reference values find their periods. Values are pinned. */
typedef int32_t tandem_value_match;
#define TANDEM_MATCH_LABEL 0    /* by period label, every period exactly once (default) */
#define TANDEM_MATCH_POSITION 1 /* the i-th value weighs the i-th period; labels ignored,
                                   counts equal (last year's actuals under last year's labels) */

/**
 * How to spread: basis, rounding, working calendar, key or reference values, key
 * unit, zero policy. Defaults: even, Hamilton with quantum 1 and input-order ties,
 * no working calendar, no values, weights, TANDEM_ZERO_ERROR. One handle must not
 * be used by two threads at once if either changes it.
 */
typedef struct tandem_spread_options tandem_spread_options;

/**
 * Creates spread options with the defaults into *out. Caller destroys with
 * tandem_spread_options_destroy. Errors: TANDEM_E_INVALID_ARGUMENT (out NULL),
 * TANDEM_E_NO_MEMORY. Since 0.2.0.
 */
TANDEM_API tandem_status tandem_spread_options_create(tandem_spread_options** out);

/** Destroys spread options (not the working calendar they borrow). NULL does
 *  nothing. Since 0.2.0. */
TANDEM_API void tandem_spread_options_destroy(tandem_spread_options* options);

/** Sets the basis. Errors: TANDEM_E_INVALID_ARGUMENT (NULL, not a basis). Since 0.2.0. */
TANDEM_API tandem_status tandem_spread_options_set_basis(tandem_spread_options* options,
                                                        tandem_spread_basis basis);

/**
 * Copies the method, quantum and tie rule of `rounding` (borrowed; later changes to
 * it do not affect these options); NULL restores the defaults.
 * Errors: TANDEM_E_INVALID_ARGUMENT (options NULL). Since 0.2.0.
 */
TANDEM_API tandem_status tandem_spread_options_set_rounding(tandem_spread_options* options,
                                                           const tandem_alloc_options* rounding);

/**
 * Sets the working calendar of TANDEM_SPREAD_WORKING_DAYS; NULL removes it. The
 * calendar is BORROWED, not copied: it must outlive every tandem_spread and
 * tandem_respread call made with these options (or be replaced first).
 * Errors: TANDEM_E_INVALID_ARGUMENT (options NULL). Since 0.2.0.
 */
TANDEM_API tandem_status tandem_spread_options_set_working_calendar(
    tandem_spread_options* options, const tandem_working_calendar* calendar);

/**
 * Sets the key or reference values: `count` pairs of a period label and a
 * non-negative decimal ("12.5", "40"), each read exactly at its own number of
 * decimals (at most 18). Both arrays are borrowed and copied; count 0 clears the
 * values. Each period of a spread must then have exactly one value and every value
 * must name a period, or the values are matched by position
 * (tandem_spread_options_set_match); checked by tandem_spread, which also refuses
 * values with a basis other than TANDEM_SPREAD_KEY or TANDEM_SPREAD_REFERENCE.
 * Errors: TANDEM_E_INVALID_ARGUMENT (options NULL, an array NULL with count > 0, a
 * NULL label or value), TANDEM_E_PARSE (malformed value), TANDEM_E_OUT_OF_RANGE
 * (negative, more than 18 decimals), TANDEM_E_OVERFLOW (does not fit 64 bits);
 * tandem_last_error_child() is the index of the pair at fault. On failure the
 * previous values stay. Since 0.2.0.
 */
TANDEM_API tandem_status tandem_spread_options_set_values(tandem_spread_options* options,
                                                         const char* const* labels,
                                                         const char* const* values, size_t count);

/** Sets how key values are read. Errors: TANDEM_E_INVALID_ARGUMENT (NULL, not a
 *  tandem_key_unit). Since 0.2.0. */
TANDEM_API tandem_status tandem_spread_options_set_key_unit(tandem_spread_options* options,
                                                           tandem_key_unit unit);

/** Sets how values find their periods (TANDEM_MATCH_LABEL by default).
 *  Errors: TANDEM_E_INVALID_ARGUMENT (NULL, not a tandem_value_match). Since 0.2.0. */
TANDEM_API tandem_status tandem_spread_options_set_match(tandem_spread_options* options,
                                                        tandem_value_match match);

/** Sets what happens when every weight is zero. Errors: TANDEM_E_INVALID_ARGUMENT
 *  (NULL, not a tandem_zero_policy). Since 0.2.0. */
TANDEM_API tandem_status tandem_spread_options_set_zero_policy(tandem_spread_options* options,
                                                              tandem_zero_policy policy);

/**
 * Spreads `total` over `periods` (count = tandem_periods_count) and writes one share
 * per period to shares_out; the shares sum exactly to `total`.
 *
 * periods     borrowed, at least one period.
 * options     NULL for the defaults (even, Hamilton), else borrowed, unchanged.
 * total       any value but INT64_MIN; a negative total is spread by magnitude and
 *             the signs restored (limits are then signed like the total).
 * min, max, fixed
 *             NULL (no such limit) or `count` values, TANDEM_NONE where a period has
 *             none (fixed: a locked period keeps its value, the rest is re-spread);
 *             borrowed, read only.
 * shares_out  `count` writable values (caller owned), written only on success.
 *
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, no periods, working days without a
 * calendar, a key label that names no period or is repeated, a period with no
 * value), TANDEM_E_OUT_OF_RANGE, TANDEM_E_INFEASIBLE (percentages not summing to
 * 100, all weights zero with TANDEM_ZERO_ERROR, limits that cannot be met),
 * TANDEM_E_OVERFLOW, TANDEM_E_TIE, TANDEM_E_NO_MEMORY, as tandem_apportion;
 * tandem_last_error_child() names the period (or, for an unknown or repeated label,
 * the value) at fault. Since 0.2.0.
 */
TANDEM_API tandem_status tandem_spread(const tandem_periods* periods,
                                       const tandem_spread_options* options, int64_t total,
                                       const int64_t* min, const int64_t* max, const int64_t* fixed,
                                       int64_t* shares_out);

/** How a cut period's target is shared among its days. Values are pinned. */
typedef int32_t tandem_day_basis;
#define TANDEM_DAYS_CALENDAR 0
#define TANDEM_DAYS_WORKING 1 /* needs a working calendar */

/**
 * Consecutive periods with a target each, for pro-rating and to-date questions.
 * Whole periods count in full; a period partly covered is spread over its days
 * (largest remainder, ties to the earlier day) and the covered days summed, so the
 * parts of any split of a period add up to its target. Immutable: may be read from
 * several threads at once.
 */
typedef struct tandem_target_series tandem_target_series;

/**
 * A series of `periods` (borrowed, copied; consecutive) with targets[0 .. count-1]
 * (borrowed, copied; count must equal tandem_periods_count) into *out. Caller
 * destroys with tandem_target_series_destroy.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, count mismatch, periods not
 * consecutive), TANDEM_E_OVERFLOW (the targets' sum does not fit int64),
 * TANDEM_E_NO_MEMORY. Since 0.2.0.
 */
TANDEM_API tandem_status tandem_target_series_create(const tandem_periods* periods,
                                                     const int64_t* targets, size_t count,
                                                     tandem_target_series** out);

/** Destroys a target series. NULL does nothing. Since 0.2.0. */
TANDEM_API void tandem_target_series_destroy(tandem_target_series* series);

/**
 * The target of first..last (both included, inside the series) into *out.
 * `workdays` (borrowed) is needed for TANDEM_DAYS_WORKING and may be NULL for
 * TANDEM_DAYS_CALENDAR.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, not a tandem_day_basis, working days
 * without a calendar, last before first), TANDEM_E_PARSE, TANDEM_E_OUT_OF_RANGE (a
 * date outside the series). Since 0.2.0.
 */
TANDEM_API tandem_status tandem_target_series_between(const tandem_target_series* series,
                                                      const char* first, const char* last,
                                                      tandem_day_basis basis,
                                                      const tandem_working_calendar* workdays,
                                                      int64_t* out);

/**
 * The target from the start of the `to_date_of` period of `calendar` (borrowed)
 * that contains `as_of`, through `as_of`, into *out: year-to-date with
 * TANDEM_PERIOD_YEAR, quarter-to-date with TANDEM_PERIOD_QUARTER, month-to-date with
 * TANDEM_PERIOD_MONTH. Days before the series starts count as zero; `as_of` must lie
 * inside the series. `workdays` as for tandem_target_series_between.
 * Errors: as tandem_target_series_between, and TANDEM_E_INVALID_ARGUMENT for
 * to_date_of not a tandem_period_kind. Since 0.2.0.
 */
TANDEM_API tandem_status tandem_target_series_to_date(const tandem_target_series* series,
                                                      const tandem_fiscal_calendar* calendar,
                                                      const char* as_of,
                                                      tandem_period_kind to_date_of,
                                                      tandem_day_basis basis,
                                                      const tandem_working_calendar* workdays,
                                                      int64_t* out);

/** What open periods get when more remains than their original targets. Values are
 *  pinned. */
typedef int32_t tandem_shortfall_policy;
#define TANDEM_SHORTFALL_SPREAD 0 /* they share all that remains (targets rise) */
#define TANDEM_SHORTFALL_CARRY 1  /* they keep their targets; the gap is unallocated */

/** What open periods get when less remains than their original targets. Values are
 *  pinned. */
typedef int32_t tandem_surplus_policy;
#define TANDEM_SURPLUS_SPREAD 0 /* they share max(remaining, 0); a negative rest is unallocated */
#define TANDEM_SURPLUS_BANK 1   /* they keep their targets; the (negative) lead is unallocated */

/**
 * Re-spreads what remains of `annual_target` after actuals. The first `closed`
 * periods are closed with actuals[0 .. closed-1]; the others are open.
 * remaining = annual_target - sum(actuals); the policies decide what the open
 * periods get (see the constants), and always
 * sum(actuals) + sum(open targets) + unallocated == annual_target.
 *
 * periods           borrowed; `count` = tandem_periods_count; closed < count.
 * original_targets  `count` values, borrowed (those of open periods >= 0).
 * actuals           `closed` values, borrowed (may be NULL when closed is 0).
 * proportional_to_original
 *                   true: the open periods share in proportion to their original
 *                   targets (all zero: the zero policy of `options` decides), and
 *                   `options` only supplies the rounding. false: they share by the
 *                   basis of `options` (key values, calendars...) over the open
 *                   periods.
 * options           NULL for the defaults (even, Hamilton, TANDEM_ZERO_ERROR).
 * targets_out       `count` writable values: the actual of each closed period, the
 *                   revised target of each open one.
 * unallocated_out, remaining_out
 *                   may be NULL. All outputs are written only on success.
 *
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, a policy not of its enumeration, every
 * period closed), TANDEM_E_OUT_OF_RANGE (a negative original target of an open
 * period: tandem_last_error_child() is its index), TANDEM_E_OVERFLOW, and those of
 * tandem_spread. Since 0.2.0.
 */
TANDEM_API tandem_status tandem_respread(const tandem_periods* periods, int64_t annual_target,
                                         const int64_t* original_targets, const int64_t* actuals,
                                         size_t closed, tandem_shortfall_policy on_shortfall,
                                         tandem_surplus_policy on_surplus,
                                         bool proportional_to_original,
                                         const tandem_spread_options* options,
                                         int64_t* targets_out, int64_t* unallocated_out,
                                         int64_t* remaining_out);

/* ---------------------------------------------- org: the built-in catalog */

/*
 * The domain catalog compiled into the library (docs/domain.md): a bilingual
 * reading of the seed document on how the marketing department (市场部) and the
 * sales department (销售部) divide the work. Departments and roles, the marketing
 * department's 5 responsibility areas and 22 duties, the sales department's
 * responsibilities, lifecycle stages and their marketing focus, the 5 plans
 * marketing owes sales and the 9 reports sales owes marketing, the 4 organisation
 * models, the 8 capabilities, comparison dimensions, planning periods and horizons,
 * workflows.
 *
 * Every entry has a stable snake_case id, unique across the catalog
 * ("mkt_resp_market_analysis", "lifecycle_introduction"), a kind ("marketing_duty")
 * and a text in each language. Lists, links, fields, flags and integers are chosen
 * by name, so that the catalog can grow without new functions; docs/c-api.md
 * ("The domain catalog") lists every name and the kinds it applies to.
 *
 * The data is static and read only: no handles, and every function may be called
 * from any thread at any time. Ids, names and texts going in are borrowed; texts
 * coming out are written snprintf-style (see tandem_allocation_decimal). An id that
 * is not in the catalog, or a name that does not apply to the entry's kind, is
 * TANDEM_E_INVALID_ARGUMENT and the message names it.
 */

/** Language of the texts. Values are pinned. */
typedef int32_t tandem_lang;
#define TANDEM_LANG_ZH 0 /* Chinese, the seed's own wording */
#define TANDEM_LANG_EN 1 /* English */

/**
 * Parses "zh" or "en" (any case) into *out. Errors: TANDEM_E_INVALID_ARGUMENT
 * (NULL, unknown name; *out unchanged). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_lang_from_name(const char* name, tandem_lang* out);

/** "zh" or "en", or NULL if `lang` is not a tandem_lang. Static storage. Since 0.3.0. */
TANDEM_API const char* tandem_lang_name(tandem_lang lang);

/**
 * Information about the catalog itself, snprintf-style: `name` is "id", "schema_version",
 * "source_sha256" (the seed document's) or "title" (in `lang`; the others ignore it).
 * Errors: TANDEM_E_INVALID_ARGUMENT (name NULL or unknown, lang not a tandem_lang,
 * buffer NULL with capacity > 0). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_catalog_info(const char* name, tandem_lang lang, char* buffer,
                                             size_t capacity, size_t* length_out);

/**
 * The name of list `index` (0, 1, 2... until NULL): "org_units", "roles", "relations",
 * "marketing_areas", "marketing_duties", "sales_responsibilities", "lifecycle_stages",
 * "lifecycle_activities", "marketing_to_sales_plans", "marketing_to_sales_sub_items",
 * "sales_to_marketing_reports", "other_information_flows", "org_models",
 * "capabilities", "comparison_dimensions", "planning_periods",
 * "marketing_time_horizons", "sales_time_horizons", "workflows". New lists are only
 * ever appended. Static storage. Since 0.3.0.
 */
TANDEM_API const char* tandem_catalog_list_name(size_t index);

/**
 * The number of entries of the named list into *out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, not a list name). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_catalog_list_count(const char* list, size_t* out);

/**
 * The id of entry `index` of the named list (in the seed's order), snprintf-style.
 * Errors: TANDEM_E_INVALID_ARGUMENT (list NULL or unknown, index >= count, buffer
 * NULL with capacity > 0). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_catalog_list_id(const char* list, size_t index, char* buffer,
                                                size_t capacity, size_t* length_out);

/**
 * Whether `id` is in the catalog, into *out: the one query on an id that does not
 * fail when the id is unknown. Errors: TANDEM_E_INVALID_ARGUMENT (NULL). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_catalog_contains(const char* id, bool* out);

/**
 * The kind of entry `id` ("org_unit", "role", "relation", "marketing_area",
 * "marketing_duty", "sales_responsibility", "lifecycle_stage", "lifecycle_activity",
 * "information_flow", "org_model", "capability", "comparison_dimension",
 * "planning_period", "time_horizon", "workflow", "workflow_step"), snprintf-style.
 * Errors: TANDEM_E_INVALID_ARGUMENT (id NULL or unknown, buffer NULL with
 * capacity > 0). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_catalog_kind(const char* id, char* buffer, size_t capacity,
                                             size_t* length_out);

/**
 * The text of entry `id` in `lang` (a name, a duty, a plan: "导入期" for
 * "lifecycle_introduction" in TANDEM_LANG_ZH), snprintf-style.
 * Errors: TANDEM_E_INVALID_ARGUMENT (id NULL or unknown, lang not a tandem_lang,
 * buffer NULL with capacity > 0). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_catalog_text(const char* id, tandem_lang lang, char* buffer,
                                             size_t capacity, size_t* length_out);

/**
 * The id of the entry `id` belongs to, snprintf-style: a duty's area, an org unit's
 * containing unit, a sub-item's plan, a workflow step's workflow; "" (length 0) when
 * it belongs to none. The link "children" is the inverse.
 * Errors: TANDEM_E_INVALID_ARGUMENT (id NULL or unknown, buffer NULL with
 * capacity > 0). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_catalog_parent(const char* id, char* buffer, size_t capacity,
                                               size_t* length_out);

/**
 * The number of ids entry `id` is linked to by `link` into *out. "children" applies
 * to every kind (0 when there are none); the others to some kinds only:
 * "superiors" and "subordinates" (org units, roles), "from" and "to" (relations),
 * "focus" (a lifecycle stage's activities), "stages" (the stages that focus on a
 * lifecycle activity).
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, id unknown, a link that does not apply to
 * the entry's kind). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_catalog_link_count(const char* id, const char* link, size_t* out);

/**
 * Linked id `index` (in the seed's order) of entry `id` by `link`, snprintf-style.
 * A linked id may name something that is not a catalog entry (a relation between
 * concepts or external parties): tandem_catalog_contains tells.
 * Errors: as tandem_catalog_link_count, and index >= count, buffer NULL with
 * capacity > 0. Since 0.3.0.
 */
TANDEM_API tandem_status tandem_catalog_link_id(const char* id, const char* link, size_t index,
                                                char* buffer, size_t capacity,
                                                size_t* length_out);

/**
 * Text field `field` of entry `id`, snprintf-style; "" when the catalog has none.
 * Fields in `lang`: "description" (org models); "marketing", "sales", "summary"
 * (comparison dimensions). Fields that ignore `lang` (it must still be valid):
 * "type", "alternative_group" (relations); "direction", "sender", "receiver"
 * (information flows: "marketing_to_sales" or "sales_to_marketing", and org unit
 * ids); "structure" (org models); "symbol" (capabilities); "org_unit", "period",
 * "role" (time horizons); "actor" (workflow steps).
 * Errors: TANDEM_E_INVALID_ARGUMENT (id or field NULL or unknown, a field that does
 * not apply to the entry's kind, lang not a tandem_lang, buffer NULL with
 * capacity > 0). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_catalog_field(const char* id, const char* field, tandem_lang lang,
                                              char* buffer, size_t capacity,
                                              size_t* length_out);

/**
 * Flag `flag` of entry `id` into *out: "inferred" (every kind: the entry is the
 * cataloguer's reading rather than stated in the seed), "recommended_for_industrial"
 * (org models), "truncated_in_source" (comparison dimensions), "is_maximum" (time
 * horizons), "sequence_inferred" (workflows), "is_input" (workflow steps).
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, id unknown, a flag that does not apply to
 * the entry's kind). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_catalog_flag(const char* id, const char* flag, bool* out);

/**
 * Integer `name` of entry `id` into *out: "number" (1-based, as the seed numbers
 * them: marketing areas, duties, information flows (0 for sub-items and other
 * flows), org models, capabilities, comparison dimensions), "order" (1-based:
 * lifecycle stages, workflow steps), "months" (planning periods; 0 when it has no
 * fixed length).
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, id unknown, a name that does not apply to
 * the entry's kind). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_catalog_integer(const char* id, const char* name, int64_t* out);

/* ----------------------------------------------------- org: product lifecycle */

/*
 * Product lifecycle stages, marketing's focus at each, a product's dated stage
 * history, and a classifier that proposes a stage from sales per period
 * (tandem/org/lifecycle.hpp in C++; docs/domain.md, "Product lifecycle", states
 * the classifier's rule).
 *
 * The seed names three stages, 导入期 introduction, 成长期 growth and 成熟期
 * maturity; 衰退期 decline is an extension of Tandem's. Stage ids equal the
 * catalog's ("lifecycle_growth"). Dates are ISO 8601 text as in the time section.
 * Sales are integers in the caller's smallest unit, >= 0. Nothing here uses
 * floating point.
 */

/** Lifecycle stages. Values are pinned. */
typedef int32_t tandem_lifecycle_stage;
#define TANDEM_LIFECYCLE_NO_STAGE (-1)   /* written when there is no stage */
#define TANDEM_LIFECYCLE_INTRODUCTION 0  /* 导入期 */
#define TANDEM_LIFECYCLE_GROWTH 1        /* 成长期 */
#define TANDEM_LIFECYCLE_MATURITY 2      /* 成熟期 */
#define TANDEM_LIFECYCLE_DECLINE 3       /* 衰退期, an extension beyond the seed */

/**
 * Parses a stage's short name ("introduction", "growth", "maturity", "decline") or
 * its stable id ("lifecycle_growth"), exactly (case matters), into *out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL argument, unknown name; *out unchanged).
 * Since 0.3.0.
 */
TANDEM_API tandem_status tandem_lifecycle_stage_from_name(const char* name,
                                                          tandem_lifecycle_stage* out);

/** Short name of a stage ("growth"), or NULL if `stage` is not one. Static storage.
 *  Since 0.3.0. */
TANDEM_API const char* tandem_lifecycle_stage_name(tandem_lifecycle_stage stage);

/** Stable id of a stage ("lifecycle_growth"; the catalog's for the seed's three
 *  stages), or NULL if `stage` is not one. Static storage. Since 0.3.0. */
TANDEM_API const char* tandem_lifecycle_stage_id(tandem_lifecycle_stage stage);

/** True for a stage the seed does not name (decline); false otherwise, and for a
 *  value that is not a stage. Since 0.3.0. */
TANDEM_API bool tandem_lifecycle_stage_is_extension(tandem_lifecycle_stage stage);

/**
 * The number of things marketing focuses on at `stage` (市场部在各阶段的侧重点) into
 * *out: for the seed's stages the catalog's activities, for decline Tandem's own
 * three (inferred). Errors: TANDEM_E_INVALID_ARGUMENT (out NULL, `stage` not a
 * stage). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_lifecycle_focus_count(tandem_lifecycle_stage stage, size_t* out);

/**
 * Focus activity `index` of `stage` (in the seed's order): its id (the catalog's,
 * e.g. "lc_product_pricing", or for decline Tandem's "lc_decline_harvest", which
 * tandem_catalog_text does not know) snprintf-style into `id_buffer`, its text in
 * `lang` snprintf-style into `text_buffer`, and into *inferred_out (may be NULL)
 * whether the activity is Tandem's inference rather than the seed's. Either buffer
 * may be NULL with capacity 0 (and each length output NULL). Nothing is written on
 * failure. Errors: TANDEM_E_INVALID_ARGUMENT (`stage` not a stage, `lang` not a
 * tandem_lang, index >= the count, a NULL buffer with capacity > 0). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_lifecycle_focus_get(tandem_lifecycle_stage stage, size_t index,
                                                    tandem_lang lang, char* id_buffer,
                                                    size_t id_capacity, size_t* id_length_out,
                                                    char* text_buffer, size_t text_capacity,
                                                    size_t* text_length_out, bool* inferred_out);

/**
 * A product and the stages it entered, each from a date on, in strictly increasing
 * date order. Thread safety: reads may run on several threads at once;
 * tandem_product_lifecycle_enter must not overlap any other use of the handle.
 */
typedef struct tandem_product_lifecycle tandem_product_lifecycle;

/**
 * A product with an empty history into *out. `product_id` (borrowed, copied) is 1
 * to 64 characters of a-z, 0-9 and _, starting with a letter ("widget_a").
 * Caller destroys with tandem_product_lifecycle_destroy.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, a malformed id), TANDEM_E_NO_MEMORY.
 * Since 0.3.0.
 */
TANDEM_API tandem_status tandem_product_lifecycle_create(const char* product_id,
                                                         tandem_product_lifecycle** out);

/** Destroys a product lifecycle. NULL does nothing. Since 0.3.0. */
TANDEM_API void tandem_product_lifecycle_destroy(tandem_product_lifecycle* product);

/**
 * The product id, snprintf-style into `buffer` (see the conventions above).
 * Errors: TANDEM_E_INVALID_ARGUMENT (product NULL, NULL buffer with capacity > 0).
 * Since 0.3.0.
 */
TANDEM_API tandem_status tandem_product_lifecycle_id(const tandem_product_lifecycle* product,
                                                     char* buffer, size_t capacity,
                                                     size_t* length_out);

/**
 * Records that the product enters `stage` on `effective` ("YYYY-MM-DD", borrowed).
 * Going back to an earlier stage is allowed (a relaunch). On failure the history
 * is unchanged.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, `stage` not a stage, `effective` not
 * after the last entry's date, `stage` equal to the current stage),
 * TANDEM_E_PARSE / TANDEM_E_OUT_OF_RANGE (a malformed or impossible date),
 * TANDEM_E_NO_MEMORY. Since 0.3.0.
 */
TANDEM_API tandem_status tandem_product_lifecycle_enter(tandem_product_lifecycle* product,
                                                        tandem_lifecycle_stage stage,
                                                        const char* effective);

/**
 * The stage in force on `day` ("YYYY-MM-DD", borrowed) into *out:
 * TANDEM_LIFECYCLE_NO_STAGE before the first entry.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL), TANDEM_E_PARSE, TANDEM_E_OUT_OF_RANGE.
 * Since 0.3.0.
 */
TANDEM_API tandem_status tandem_product_lifecycle_stage_on(const tandem_product_lifecycle* product,
                                                           const char* day,
                                                           tandem_lifecycle_stage* out);

/**
 * The stage of the latest entry into *out (the library has no clock: "current" is
 * the last recorded, whatever its date); TANDEM_LIFECYCLE_NO_STAGE for an empty
 * history. Errors: TANDEM_E_INVALID_ARGUMENT (NULL). Since 0.3.0.
 */
TANDEM_API tandem_status tandem_product_lifecycle_current(const tandem_product_lifecycle* product,
                                                          tandem_lifecycle_stage* out);

/** Number of entries in the history; 0 for NULL. Since 0.3.0. */
TANDEM_API size_t tandem_product_lifecycle_count(const tandem_product_lifecycle* product);

/**
 * Entry `index` (0 = the oldest): its stage into *stage_out and its effective date
 * into `effective_out`, a buffer of at least TANDEM_DATE_SIZE bytes. Both are
 * written only on success.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, index >= count, a buffer too small).
 * Since 0.3.0.
 */
TANDEM_API tandem_status tandem_product_lifecycle_entry(const tandem_product_lifecycle* product,
                                                        size_t index,
                                                        tandem_lifecycle_stage* stage_out,
                                                        char* effective_out,
                                                        size_t effective_capacity);

/**
 * The classifier's thresholds. Basis points: 10000 = 100 %. Defaults and ranges:
 * window 3 (1..1000 periods), introduction_periods 6 (0..1000000; 0 turns the
 * rule off), growth_threshold_bp 1000 (1..1000000), decline_threshold_bp 1000
 * (1..10000), maturity_level_bp 8000 (1..10000). Thread safety: one handle must
 * not be set by one thread while another uses it; classifying only reads it.
 */
typedef struct tandem_lifecycle_options tandem_lifecycle_options;

/**
 * Creates options with the defaults into *out. Caller destroys with
 * tandem_lifecycle_options_destroy. Errors: TANDEM_E_INVALID_ARGUMENT (out NULL),
 * TANDEM_E_NO_MEMORY. Since 0.3.0.
 */
TANDEM_API tandem_status tandem_lifecycle_options_create(tandem_lifecycle_options** out);

/** Destroys options. NULL does nothing. Since 0.3.0. */
TANDEM_API void tandem_lifecycle_options_destroy(tandem_lifecycle_options* options);

/** Sets the periods per window (each window's level is the lower median of its
 *  periods). Errors: TANDEM_E_INVALID_ARGUMENT (NULL), TANDEM_E_OUT_OF_RANGE
 *  (outside 1..1000; the old value stays). Since 0.3.0. */
TANDEM_API tandem_status tandem_lifecycle_options_set_window(tandem_lifecycle_options* options,
                                                            int64_t window);

/** Sets how many of the last periods may hold a product's first sale for it to be
 *  in introduction. Errors: TANDEM_E_INVALID_ARGUMENT (NULL), TANDEM_E_OUT_OF_RANGE
 *  (outside 0..1000000). Since 0.3.0. */
TANDEM_API tandem_status tandem_lifecycle_options_set_introduction_periods(
    tandem_lifecycle_options* options, int64_t periods);

/** Sets the growth threshold: recent level at least this many basis points above
 *  the previous. Errors: TANDEM_E_INVALID_ARGUMENT (NULL), TANDEM_E_OUT_OF_RANGE
 *  (outside 1..1000000). Since 0.3.0. */
TANDEM_API tandem_status tandem_lifecycle_options_set_growth_threshold_bp(
    tandem_lifecycle_options* options, int64_t basis_points);

/** Sets the decline threshold: recent level at least this many basis points below
 *  the previous. Errors: TANDEM_E_INVALID_ARGUMENT (NULL), TANDEM_E_OUT_OF_RANGE
 *  (outside 1..10000). Since 0.3.0. */
TANDEM_API tandem_status tandem_lifecycle_options_set_decline_threshold_bp(
    tandem_lifecycle_options* options, int64_t basis_points);

/** Sets the maturity level: the least share of the peak level, in basis points, at
 *  which a steady product is mature. Errors: TANDEM_E_INVALID_ARGUMENT (NULL),
 *  TANDEM_E_OUT_OF_RANGE (outside 1..10000). Since 0.3.0. */
TANDEM_API tandem_status tandem_lifecycle_options_set_maturity_level_bp(
    tandem_lifecycle_options* options, int64_t basis_points);

/** Reads the settings back into the non-NULL outputs (each output may be NULL).
 *  Errors: TANDEM_E_INVALID_ARGUMENT (options NULL). Since 0.3.0. */
TANDEM_API tandem_status tandem_lifecycle_options_get(const tandem_lifecycle_options* options,
                                                     int64_t* window_out,
                                                     int64_t* introduction_periods_out,
                                                     int64_t* growth_threshold_bp_out,
                                                     int64_t* decline_threshold_bp_out,
                                                     int64_t* maturity_level_bp_out);

/** Which rule of the classifier fired. Values are pinned. */
typedef int32_t tandem_lifecycle_rule;
#define TANDEM_LIFECYCLE_RULE_INSUFFICIENT_DATA 0 /* fewer than 2 * window periods: no stage */
#define TANDEM_LIFECYCLE_RULE_NO_SALES 1          /* every period is zero: no stage */
#define TANDEM_LIFECYCLE_RULE_FALLING 2           /* decline: fell by the decline threshold */
#define TANDEM_LIFECYCLE_RULE_YOUNG 3             /* introduction: first sale recent */
#define TANDEM_LIFECYCLE_RULE_SPORADIC 4          /* no window has a non-zero level: no stage */
#define TANDEM_LIFECYCLE_RULE_TAKEOFF 5           /* introduction: rising from a zero level */
#define TANDEM_LIFECYCLE_RULE_RISING 6            /* growth: rose by the growth threshold */
#define TANDEM_LIFECYCLE_RULE_PLATEAU 7           /* maturity: steady, near the peak */
#define TANDEM_LIFECYCLE_RULE_BELOW_PEAK 8        /* decline: steady, under the maturity level */

/** Name of a rule ("below_peak"), or NULL if `rule` is not one. Static storage.
 *  Since 0.3.0. */
TANDEM_API const char* tandem_lifecycle_rule_name(tandem_lifecycle_rule rule);

/**
 * A proposed stage and the figures behind it. Levels are lower medians of a window
 * of periods: recent = the last window, previous = the one before, peak = the
 * highest of any window. The layout is fixed for version 0.x.
 */
typedef struct tandem_lifecycle_proposal {
  tandem_lifecycle_stage stage;    /* TANDEM_LIFECYCLE_NO_STAGE when the rule gives none */
  tandem_lifecycle_rule rule;
  size_t periods;                  /* number of periods given */
  size_t periods_since_first_sale; /* from the first non-zero sale to the end; 0 if none */
  int64_t recent_level;
  int64_t previous_level;
  int64_t peak_level;
  bool has_growth;                 /* false when previous_level is 0 */
  int64_t growth_bp;               /* floor((recent - previous) * 10000 / previous), capped at
                                      INT64_MAX; 0 when !has_growth */
  int64_t level_bp;                /* floor(recent * 10000 / peak), 0..10000; 0 when peak is 0 */
} tandem_lifecycle_proposal;

/**
 * Proposes a lifecycle stage from `count` sales per period (oldest first, each
 * >= 0, borrowed; may be NULL when count is 0) into *out, written only on success.
 * Too few periods, no sales or only sporadic sales give a proposal with
 * TANDEM_LIFECYCLE_NO_STAGE, not an error. `options` NULL means the defaults.
 * Errors: TANDEM_E_INVALID_ARGUMENT (out NULL, sales NULL with count > 0),
 * TANDEM_E_OUT_OF_RANGE (a negative sale: tandem_last_error_child() is its index),
 * TANDEM_E_NO_MEMORY. Since 0.3.0.
 */
TANDEM_API tandem_status tandem_lifecycle_classify(const int64_t* sales, size_t count,
                                                   const tandem_lifecycle_options* options,
                                                   tandem_lifecycle_proposal* out);

/* ------------------------------------- org: organisation and organisation model */

/*
 * One company's organisation: departments and roles (岗位) in a reporting tree,
 * people in roles, who owns which duty (职责); and which of the seed's four
 * organisation models (组织模式) it runs, why, and what would move it to model 4
 * (tandem/org/organisation.hpp and org_model_classifier.hpp in C++; docs/domain.md,
 * "Organisation model", states the rules).
 *
 * Ids of units, duties and people are 1 to 64 characters of a-z, 0-9 and _,
 * starting with a letter. A unit whose id is a catalog org unit or role
 * ("org_marketing_department", "role_marketing_director") takes its names from the
 * catalog; the catalog's 22 marketing duties and its sales responsibilities are
 * always known duties; hosts add their own units and duties.
 *
 * Building is incremental: a unit may name a superior added later, so the tree is
 * checked by tandem_organisation_validate, which every tree query (and the
 * classifier, and tandem_loop_schedule_create) runs first.
 *
 * Texts going in are borrowed and copied. Texts coming out (ids, names) are written
 * snprintf-style (see tandem_allocation_decimal). Queries that answer several ids
 * give a tandem_id_list: a snapshot the caller destroys, unaffected by later
 * changes to the organisation. Errors name the ids at fault; a failed mutator
 * leaves the organisation as it was.
 *
 * Thread safety: reading functions may run on several threads at once on one
 * organisation; a mutator (add_unit, add_duty, assign_person, assign_duty) must not
 * overlap any other use of it. tandem_id_list and tandem_org_model_result are
 * immutable: they may be read from several threads at once.
 */

/** Whether a unit is a department or a role. Values are pinned. */
typedef int32_t tandem_unit_kind;
#define TANDEM_UNIT_DEPARTMENT 0
#define TANDEM_UNIT_ROLE 1 /* 岗位: a position people are put into */

/**
 * Parses "department" or "role" (any case) into *out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL argument, unknown name; *out unchanged).
 * Since 0.4.0.
 */
TANDEM_API tandem_status tandem_unit_kind_from_name(const char* name, tandem_unit_kind* out);

/** "department" or "role", or NULL if `kind` is not a tandem_unit_kind. Static
 *  storage. Since 0.4.0. */
TANDEM_API const char* tandem_unit_kind_name(tandem_unit_kind kind);

/** The part a unit plays between marketing and sales. Values are pinned. */
typedef int32_t tandem_unit_function;
#define TANDEM_UNIT_FUNCTION_FROM_ID 0 /* derive it from the id (only when adding a unit):
                                          org_marketing_department -> marketing,
                                          org_sales_department -> sales, else none */
#define TANDEM_UNIT_FUNCTION_NONE 1                /* neither (a director, a finance dept) */
#define TANDEM_UNIT_FUNCTION_MARKETING 2           /* the marketing department (市场部) */
#define TANDEM_UNIT_FUNCTION_SALES 3               /* the sales department (销售部, 业务部) */
#define TANDEM_UNIT_FUNCTION_MARKETING_AND_SALES 4 /* one unit doing both (市场营销部) */

/**
 * Parses "from_id", "none", "marketing", "sales" or "marketing_and_sales" (any case)
 * into *out. Errors: TANDEM_E_INVALID_ARGUMENT (NULL argument, unknown name; *out
 * unchanged). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_unit_function_from_name(const char* name,
                                                        tandem_unit_function* out);

/** Name of a unit function ("marketing_and_sales"), or NULL if `function` is not
 *  one. Static storage. Since 0.4.0. */
TANDEM_API const char* tandem_unit_function_name(tandem_unit_function function);

/** Where a duty comes from. Values are pinned. */
typedef int32_t tandem_duty_source;
#define TANDEM_DUTY_SOURCE_MARKETING_DUTY 0       /* one of the catalog's 22 marketing duties */
#define TANDEM_DUTY_SOURCE_SALES_RESPONSIBILITY 1 /* one of the catalog's sales responsibilities */
#define TANDEM_DUTY_SOURCE_HOST 2                 /* added with tandem_organisation_add_duty */

/** "marketing_duty", "sales_responsibility" or "host", or NULL if `source` is not a
 *  tandem_duty_source. Static storage. Since 0.4.0. */
TANDEM_API const char* tandem_duty_source_name(tandem_duty_source source);

/**
 * Whether `id` is a well-formed unit, duty or person id (1 to 64 characters of a-z,
 * 0-9 and _, starting with a letter); false for NULL. Since 0.4.0.
 */
TANDEM_API bool tandem_org_id_is_well_formed(const char* id);

/**
 * A list of ids answered by a query, each id with zero or more related ids (a duty
 * with its owners, see the query). Immutable; the caller destroys it with
 * tandem_id_list_destroy.
 */
typedef struct tandem_id_list tandem_id_list;

/** Destroys an id list. NULL does nothing. Since 0.4.0. */
TANDEM_API void tandem_id_list_destroy(tandem_id_list* list);

/** Number of ids; 0 for NULL. Since 0.4.0. */
TANDEM_API size_t tandem_id_list_count(const tandem_id_list* list);

/**
 * Id `index`, snprintf-style.
 * Errors: TANDEM_E_INVALID_ARGUMENT (list NULL, index >= count, buffer NULL with
 * capacity > 0). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_id_list_get(const tandem_id_list* list, size_t index,
                                            char* buffer, size_t capacity, size_t* length_out);

/**
 * The number of ids related to id `index` into *out (0 for lists whose query relates
 * none). Errors: TANDEM_E_INVALID_ARGUMENT (NULL, index >= count). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_id_list_related_count(const tandem_id_list* list, size_t index,
                                                      size_t* out);

/**
 * Related id `related_index` of id `index`, snprintf-style.
 * Errors: TANDEM_E_INVALID_ARGUMENT (list NULL, an index out of range, buffer NULL
 * with capacity > 0). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_id_list_related(const tandem_id_list* list, size_t index,
                                                size_t related_index, char* buffer,
                                                size_t capacity, size_t* length_out);

/** A company's organisation. See the section's introduction for thread safety. */
typedef struct tandem_organisation tandem_organisation;

/**
 * An empty organisation into *out. Caller destroys with tandem_organisation_destroy.
 * Errors: TANDEM_E_INVALID_ARGUMENT (out NULL), TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_create(tandem_organisation** out);

/** Destroys an organisation. NULL does nothing. Since 0.4.0. */
TANDEM_API void tandem_organisation_destroy(tandem_organisation* org);

/**
 * An independent copy of `org` into *out. Caller destroys with
 * tandem_organisation_destroy. Errors: TANDEM_E_INVALID_ARGUMENT (NULL),
 * TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_clone(const tandem_organisation* org,
                                                   tandem_organisation** out);

/**
 * Adds a department or role.
 *
 * id           a well-formed id, not used by another unit; a catalog org unit must be
 *              added as a department, a catalog role as a role; no other catalog id.
 * kind         TANDEM_UNIT_DEPARTMENT or TANDEM_UNIT_ROLE.
 * zh, en       names; NULL or "" for none. A catalog id may have none (the catalog's
 *              are used); a host id needs at least one (the other falls back to it).
 * superior_id  the unit this one reports to; NULL or "" for a top of the tree. It
 *              may be added later (tandem_organisation_validate checks it).
 * function     TANDEM_UNIT_FUNCTION_FROM_ID for the default; at most one unit may
 *              have each of marketing, sales and marketing_and_sales, and a catalog
 *              id's function may not be contradicted.
 *
 * Errors: TANDEM_E_INVALID_ARGUMENT (org or id NULL, a value not of its
 * enumeration, and every rule above; the message names the ids), TANDEM_E_NO_MEMORY.
 * Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_add_unit(tandem_organisation* org, const char* id,
                                                      tandem_unit_kind kind, const char* zh,
                                                      const char* en, const char* superior_id,
                                                      tandem_unit_function function);

/**
 * Adds a host duty with names `zh` and `en` (NULL or "" for none; at least one; the
 * other falls back to it).
 * Errors: TANDEM_E_INVALID_ARGUMENT (org or id NULL, a malformed id, an id of any
 * catalog entry or of another host duty, no name), TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_add_duty(tandem_organisation* org, const char* id,
                                                      const char* zh, const char* en);

/**
 * Puts person `person_id` into role `role_id` (a unit of kind role added so far).
 * A person may hold several roles and a role have several people.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, a malformed person id, a role that is not
 * a unit of kind role, the same pair twice), TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_assign_person(tandem_organisation* org,
                                                           const char* person_id,
                                                           const char* role_id);

/**
 * Makes unit `owner_id` (a department or role added so far) an owner of duty
 * `duty_id` (a catalog marketing duty or sales responsibility, or a host duty added
 * so far). A duty may have several owners.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, an unknown duty or owner, the same pair
 * twice), TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_assign_duty(tandem_organisation* org,
                                                         const char* duty_id,
                                                         const char* owner_id);

/**
 * Checks the reporting tree: every superior exists ("unit 'x' reports to unknown
 * superior 'y'") and there is no cycle ("reporting cycle: a -> b -> a"); units are
 * checked in the order added, so the message is deterministic.
 * Errors: TANDEM_E_INVALID_ARGUMENT (org NULL, and the two above). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_validate(const tandem_organisation* org);

/** Number of units; 0 for NULL. Units are numbered in the order added. Since 0.4.0. */
TANDEM_API size_t tandem_organisation_unit_count(const tandem_organisation* org);

/**
 * Whether a unit has id `id`, into *found_out, and if so its index into *index_out
 * (may be NULL; unchanged when not found). An unknown id is not an error.
 * Errors: TANDEM_E_INVALID_ARGUMENT (org, id or found_out NULL). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_find_unit(const tandem_organisation* org,
                                                       const char* id, bool* found_out,
                                                       size_t* index_out);

/**
 * Whether a unit has function `function` (TANDEM_UNIT_FUNCTION_MARKETING, _SALES or
 * _MARKETING_AND_SALES: the functions at most one unit has), into *found_out, and if
 * so its index into *index_out (may be NULL; unchanged when not found).
 * Errors: TANDEM_E_INVALID_ARGUMENT (org or found_out NULL, any other `function`).
 * Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_unit_with(const tandem_organisation* org,
                                                       tandem_unit_function function,
                                                       bool* found_out, size_t* index_out);

/**
 * The id of unit `index`, snprintf-style.
 * Errors: TANDEM_E_INVALID_ARGUMENT (org NULL, index >= count, buffer NULL with
 * capacity > 0). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_unit_id(const tandem_organisation* org, size_t index,
                                                     char* buffer, size_t capacity,
                                                     size_t* length_out);

/**
 * The name of unit `index` in `lang` (resolved: the catalog's, or the other
 * language's when only one was given), snprintf-style.
 * Errors: TANDEM_E_INVALID_ARGUMENT (org NULL, index >= count, lang not a
 * tandem_lang, buffer NULL with capacity > 0). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_unit_name(const tandem_organisation* org,
                                                       size_t index, tandem_lang lang,
                                                       char* buffer, size_t capacity,
                                                       size_t* length_out);

/**
 * The id of the superior of unit `index`, snprintf-style; "" (length 0) for a top.
 * Errors: as tandem_organisation_unit_id. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_unit_superior(const tandem_organisation* org,
                                                           size_t index, char* buffer,
                                                           size_t capacity, size_t* length_out);

/**
 * The kind and the function (resolved, never TANDEM_UNIT_FUNCTION_FROM_ID) of unit
 * `index` into the outputs, each of which may be NULL.
 * Errors: TANDEM_E_INVALID_ARGUMENT (org NULL, index >= count). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_unit_info(const tandem_organisation* org,
                                                       size_t index, tandem_unit_kind* kind_out,
                                                       tandem_unit_function* function_out);

/**
 * Number of known duties: the catalog's 22 marketing duties and its sales
 * responsibilities in the catalog's order, then host duties in the order added;
 * 0 for NULL (and if memory runs out counting them). Since 0.4.0.
 */
TANDEM_API size_t tandem_organisation_duty_count(const tandem_organisation* org);

/**
 * Whether `id` is a known duty, into *found_out, and if so its index into
 * *index_out (may be NULL; unchanged when not found). An unknown id is not an error.
 * Errors: TANDEM_E_INVALID_ARGUMENT (org, id or found_out NULL). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_find_duty(const tandem_organisation* org,
                                                       const char* id, bool* found_out,
                                                       size_t* index_out);

/**
 * The id of duty `index`, snprintf-style.
 * Errors: TANDEM_E_INVALID_ARGUMENT (org NULL, index >= count, buffer NULL with
 * capacity > 0). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_duty_id(const tandem_organisation* org, size_t index,
                                                     char* buffer, size_t capacity,
                                                     size_t* length_out);

/**
 * The name of duty `index` in `lang`, snprintf-style.
 * Errors: TANDEM_E_INVALID_ARGUMENT (org NULL, index >= count, lang not a
 * tandem_lang, buffer NULL with capacity > 0). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_duty_name(const tandem_organisation* org,
                                                       size_t index, tandem_lang lang,
                                                       char* buffer, size_t capacity,
                                                       size_t* length_out);

/**
 * Where duty `index` comes from, into *out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, index >= count). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_duty_source(const tandem_organisation* org,
                                                         size_t index, tandem_duty_source* out);

/*
 * The queries below write a new tandem_id_list to *out (caller destroys with
 * tandem_id_list_destroy; *out unchanged on failure). Errors, besides those named:
 * TANDEM_E_INVALID_ARGUMENT (a NULL argument), TANDEM_E_NO_MEMORY. Queries marked
 * "tree" validate the organisation first and fail with its message.
 */

/**
 * Every duty assignment in the order made: each id a duty, with one related id,
 * its owner (a duty owned twice appears twice). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_duty_assignments(const tandem_organisation* org,
                                                              tandem_id_list** out);

/**
 * The owners of duty `duty_id` in the order assigned (empty when unowned).
 * Errors: TANDEM_E_INVALID_ARGUMENT (an unknown duty). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_owners_of(const tandem_organisation* org,
                                                       const char* duty_id, tandem_id_list** out);

/** Known duties nobody owns, in the order of the duties. Since 0.4.0. */
TANDEM_API tandem_status tandem_organisation_unowned_duties(const tandem_organisation* org,
                                                            tandem_id_list** out);

/**
 * Known duties with more than one owner, in the order of the duties; each with its
 * owners, in the order assigned, as related ids. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_duties_owned_more_than_once(
    const tandem_organisation* org, tandem_id_list** out);

/**
 * Tree. What unit `unit_id` owns, and with include_subordinates also what every
 * unit below it owns: each id a duty with one related id, the owning unit; in the
 * order of the duties and, for one duty, of the owners' assignment.
 * Errors: TANDEM_E_INVALID_ARGUMENT (an unknown unit). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_organisation_duties_of(const tandem_organisation* org,
                                                       const char* unit_id,
                                                       bool include_subordinates,
                                                       tandem_id_list** out);

/** Tree. Units reporting directly to `unit_id`, in the order added.
 *  Errors: TANDEM_E_INVALID_ARGUMENT (an unknown unit). Since 0.4.0. */
TANDEM_API tandem_status tandem_organisation_direct_subordinates(const tandem_organisation* org,
                                                                 const char* unit_id,
                                                                 tandem_id_list** out);

/** Tree. `unit_id` itself and every unit below it, depth first in the order added.
 *  Errors: TANDEM_E_INVALID_ARGUMENT (an unknown unit). Since 0.4.0. */
TANDEM_API tandem_status tandem_organisation_subtree(const tandem_organisation* org,
                                                     const char* unit_id, tandem_id_list** out);

/** Tree. The superiors of `unit_id`, nearest first, up to a top (the unit itself not
 *  included). Errors: TANDEM_E_INVALID_ARGUMENT (an unknown unit). Since 0.4.0. */
TANDEM_API tandem_status tandem_organisation_superior_chain(const tandem_organisation* org,
                                                            const char* unit_id,
                                                            tandem_id_list** out);

/** People in role `role_id`, in the order assigned.
 *  Errors: TANDEM_E_INVALID_ARGUMENT (an unknown unit). Since 0.4.0. */
TANDEM_API tandem_status tandem_organisation_people_in(const tandem_organisation* org,
                                                       const char* role_id, tandem_id_list** out);

/** Roles person `person_id` holds, in the order assigned (empty for a person never
 *  assigned, which is not an error). Since 0.4.0. */
TANDEM_API tandem_status tandem_organisation_roles_of(const tandem_organisation* org,
                                                      const char* person_id,
                                                      tandem_id_list** out);

/**
 * The answer of the organisation-model classifier: a model and its reasons, or the
 * changes towards model 4. Each reason (or change) has a stable id (docs/domain.md
 * lists them), a text in each language, and the ids of the units and duties it
 * concerns. Immutable; the caller destroys it with tandem_org_model_result_destroy.
 */
typedef struct tandem_org_model_result tandem_org_model_result;

/**
 * Classifies `org` (validated first) into *out: the model it runs (rules, first match
 * wins: no marketing or no sales unit, or one doing both -> 1; the marketing unit
 * reports to the sales unit at any distance -> 2; the marketing side owns every
 * management and support duty -> 4; else 3) and the reasons for it.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, and those of tandem_organisation_validate),
 * TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_org_model_classify(const tandem_organisation* org,
                                                   tandem_org_model_result** out);

/**
 * What to change so that `org` (validated first) would be classified as model 4, in
 * the order to do it (structural changes first, then duties to give the marketing
 * side), as a result whose reasons are the changes and whose model is 0; no changes
 * when it already runs model 4. Errors: as tandem_org_model_classify. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_org_model_changes_towards_model_4(const tandem_organisation* org,
                                                                  tandem_org_model_result** out);

/** Destroys a result. NULL does nothing. Since 0.4.0. */
TANDEM_API void tandem_org_model_result_destroy(tandem_org_model_result* result);

/** The model number, 1..4, as the seed numbers them; 0 for a result of
 *  tandem_org_model_changes_towards_model_4 and for NULL. Since 0.4.0. */
TANDEM_API int32_t tandem_org_model_result_model(const tandem_org_model_result* result);

/**
 * The catalog id of the model ("org_model_4"; tandem_catalog_text names it),
 * snprintf-style; "" (length 0) for a result of the changes.
 * Errors: TANDEM_E_INVALID_ARGUMENT (result NULL, buffer NULL with capacity > 0).
 * Since 0.4.0.
 */
TANDEM_API tandem_status tandem_org_model_result_model_id(const tandem_org_model_result* result,
                                                          char* buffer, size_t capacity,
                                                          size_t* length_out);

/** Number of reasons (or changes); 0 for NULL. Since 0.4.0. */
TANDEM_API size_t tandem_org_model_result_reason_count(const tandem_org_model_result* result);

/**
 * The stable id of reason `index` ("marketing_reports_to_sales"), snprintf-style.
 * Errors: TANDEM_E_INVALID_ARGUMENT (result NULL, index >= count, buffer NULL with
 * capacity > 0). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_org_model_result_reason_id(const tandem_org_model_result* result,
                                                           size_t index, char* buffer,
                                                           size_t capacity, size_t* length_out);

/**
 * The text of reason `index` in `lang`, snprintf-style.
 * Errors: as tandem_org_model_result_reason_id, and lang not a tandem_lang.
 * Since 0.4.0.
 */
TANDEM_API tandem_status tandem_org_model_result_reason_text(const tandem_org_model_result* result,
                                                             size_t index, tandem_lang lang,
                                                             char* buffer, size_t capacity,
                                                             size_t* length_out);

/**
 * The ids of the units and duties reason `index` concerns, in the order the docs
 * give for that reason, as a new tandem_id_list into *out (caller destroys).
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, index >= count), TANDEM_E_NO_MEMORY.
 * Since 0.4.0.
 */
TANDEM_API tandem_status tandem_org_model_result_reason_ids(const tandem_org_model_result* result,
                                                            size_t index, tandem_id_list** out);

/* ------------------------------------------------- org: the marketing-sales loop */

/*
 * What marketing and sales owe each other and when (tandem/org/loop_schedule.hpp in
 * C++): the plans (企划) marketing sends sales and the reports (反馈) sales sends
 * back, each a flow with a cadence; duties that recur; campaigns; deliveries
 * recorded with date and person; what falls due in a range and where each
 * obligation stands on a day; and the loop's health per direction.
 *
 * Periods come from the schedule's fiscal calendar: "monthly" means its months. An
 * occurrence is named by the label of the period it covers ("2027-04",
 * "FY2028 Q1") or, for per-campaign items, by the campaign id. A due date is the
 * first or last day of the covered period (or campaign) plus an offset in days.
 * Dates are ISO 8601 text as in the time section.
 *
 * Thread safety: reading functions may run on several threads at once on one
 * schedule; a mutator (add_*, schedule_duty, record_delivery) must not overlap any
 * other use of it. tandem_flow_spec: one handle must not be used by two threads at
 * once if either changes it. tandem_obligations and tandem_loop_health_list are
 * immutable. A failed mutator leaves the schedule as it was.
 */

/** Which way a flow goes. Values are pinned. */
typedef int32_t tandem_flow_direction;
#define TANDEM_FLOW_DIRECTION_UNSET (-1)  /* a flow spec's default: the catalog's direction */
#define TANDEM_FLOW_MARKETING_TO_SALES 0  /* 市场部 -> 销售部 (plans) */
#define TANDEM_FLOW_SALES_TO_MARKETING 1  /* 销售部 -> 市场部 (reports) */

/**
 * Parses "marketing_to_sales" or "sales_to_marketing" (any case) into *out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL argument, unknown name; *out unchanged).
 * Since 0.4.0.
 */
TANDEM_API tandem_status tandem_flow_direction_from_name(const char* name,
                                                         tandem_flow_direction* out);

/** Name of a direction ("sales_to_marketing"), or NULL if `direction` is not one
 *  (TANDEM_FLOW_DIRECTION_UNSET included). Static storage. Since 0.4.0. */
TANDEM_API const char* tandem_flow_direction_name(tandem_flow_direction direction);

/** How often an item falls due. Values are pinned. */
typedef int32_t tandem_cadence;
#define TANDEM_CADENCE_WEEKLY 0       /* the calendar's weeks */
#define TANDEM_CADENCE_MONTHLY 1      /* the calendar's months (fiscal or retail) */
#define TANDEM_CADENCE_QUARTERLY 2
#define TANDEM_CADENCE_HALF_YEARLY 3
#define TANDEM_CADENCE_YEARLY 4       /* fiscal years */
#define TANDEM_CADENCE_PER_CAMPAIGN 5 /* once per campaign */

/**
 * Parses "weekly", "monthly", "quarterly", "half_yearly", "yearly" or "per_campaign"
 * (any case) into *out. Errors: TANDEM_E_INVALID_ARGUMENT (NULL argument, unknown
 * name; *out unchanged). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_cadence_from_name(const char* name, tandem_cadence* out);

/** Name of a cadence ("half_yearly"), or NULL if `cadence` is not one. Static
 *  storage. Since 0.4.0. */
TANDEM_API const char* tandem_cadence_name(tandem_cadence cadence);

/** Which day of the covered period (or campaign) a due date counts from. Values are
 *  pinned. */
typedef int32_t tandem_due_anchor;
#define TANDEM_DUE_PERIOD_START 0 /* its first day (plans: due before the period) */
#define TANDEM_DUE_PERIOD_END 1   /* its last day (reports: due after the period) */

/** Largest magnitude of a due offset in days. */
#define TANDEM_MAX_DUE_OFFSET_DAYS 366

/**
 * Parses "period_start" or "period_end" (any case) into *out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL argument, unknown name; *out unchanged).
 * Since 0.4.0.
 */
TANDEM_API tandem_status tandem_due_anchor_from_name(const char* name, tandem_due_anchor* out);

/** Name of an anchor ("period_end"), or NULL if `anchor` is not one. Static storage.
 *  Since 0.4.0. */
TANDEM_API const char* tandem_due_anchor_name(tandem_due_anchor anchor);

/** Whether an obligation is a flow or a recurring duty. Values are pinned. */
typedef int32_t tandem_item_kind;
#define TANDEM_ITEM_FLOW 0
#define TANDEM_ITEM_DUTY 1

/** "flow" or "duty", or NULL if `kind` is not a tandem_item_kind. Static storage.
 *  Since 0.4.0. */
TANDEM_API const char* tandem_item_kind_name(tandem_item_kind kind);

/** Where an obligation stands on a given day. Values are pinned. */
typedef int32_t tandem_obligation_status;
#define TANDEM_OBLIGATION_PENDING 0 /* not delivered, due date not passed */
#define TANDEM_OBLIGATION_ON_TIME 1 /* delivered on or before the due date */
#define TANDEM_OBLIGATION_LATE 2    /* delivered after the due date */
#define TANDEM_OBLIGATION_MISSING 3 /* not delivered, due date passed */

/** "pending", "on_time", "late" or "missing", or NULL if `status` is not one. Static
 *  storage. Since 0.4.0. */
TANDEM_API const char* tandem_obligation_status_name(tandem_obligation_status status);

/**
 * What tandem_loop_schedule_add_flow takes, built with setters. Defaults: no names,
 * direction TANDEM_FLOW_DIRECTION_UNSET, default sender and receiver, monthly, due
 * on the covered period's last day (offset 0). The setters check only that values
 * belong to their enumeration; the rest is checked by add_flow.
 */
typedef struct tandem_flow_spec tandem_flow_spec;

/**
 * A spec for flow `id` (borrowed, copied: a catalog information flow such as
 * "flow_s2m_07_regional_sales", or a host id) with the defaults into *out. Caller
 * destroys with tandem_flow_spec_destroy.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL), TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_flow_spec_create(const char* id, tandem_flow_spec** out);

/** Destroys a flow spec. NULL does nothing. Since 0.4.0. */
TANDEM_API void tandem_flow_spec_destroy(tandem_flow_spec* spec);

/**
 * Sets the names (NULL or "" for none). A catalog flow may have none (the catalog's
 * are used; given ones override them); a host flow needs at least one.
 * Errors: TANDEM_E_INVALID_ARGUMENT (spec NULL), TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_flow_spec_set_names(tandem_flow_spec* spec, const char* zh,
                                                    const char* en);

/**
 * Sets the direction: required for a host flow; for a catalog flow
 * TANDEM_FLOW_DIRECTION_UNSET or the catalog's.
 * Errors: TANDEM_E_INVALID_ARGUMENT (spec NULL, not a direction nor UNSET).
 * Since 0.4.0.
 */
TANDEM_API tandem_status tandem_flow_spec_set_direction(tandem_flow_spec* spec,
                                                        tandem_flow_direction direction);

/**
 * Sets the sending and receiving units (NULL or "" for the default: for
 * marketing_to_sales the unit whose function is marketing sends and the one whose
 * function is sales receives, the other way round for sales_to_marketing).
 * Errors: TANDEM_E_INVALID_ARGUMENT (spec NULL), TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_flow_spec_set_units(tandem_flow_spec* spec, const char* sender_id,
                                                    const char* receiver_id);

/** Sets the cadence. Errors: TANDEM_E_INVALID_ARGUMENT (spec NULL, not a cadence).
 *  Since 0.4.0. */
TANDEM_API tandem_status tandem_flow_spec_set_cadence(tandem_flow_spec* spec,
                                                      tandem_cadence every);

/** Sets the due rule: `anchor` plus `offset_days` (negative: before it).
 *  Errors: TANDEM_E_INVALID_ARGUMENT (spec NULL, not an anchor). Since 0.4.0. */
TANDEM_API tandem_status tandem_flow_spec_set_due(tandem_flow_spec* spec, tandem_due_anchor anchor,
                                                  int32_t offset_days);

/** An organisation's flows, recurring duties, campaigns and deliveries on a fiscal
 *  calendar. See the section's introduction for thread safety. */
typedef struct tandem_loop_schedule tandem_loop_schedule;

/**
 * An empty schedule for `org` and `calendar` (both borrowed and copied: later
 * changes to them do not affect the schedule) into *out. Caller destroys with
 * tandem_loop_schedule_destroy.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, and those of
 * tandem_organisation_validate), TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_create(const tandem_organisation* org,
                                                     const tandem_fiscal_calendar* calendar,
                                                     tandem_loop_schedule** out);

/** Destroys a schedule. NULL does nothing. Since 0.4.0. */
TANDEM_API void tandem_loop_schedule_destroy(tandem_loop_schedule* schedule);

/**
 * A copy of the schedule's organisation into *out (caller destroys with
 * tandem_organisation_destroy; changing it does not change the schedule).
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL), TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_organisation(const tandem_loop_schedule* schedule,
                                                           tandem_organisation** out);

/**
 * A copy of the schedule's fiscal calendar into *out (caller destroys with
 * tandem_fiscal_calendar_destroy).
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL), TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_calendar(const tandem_loop_schedule* schedule,
                                                       tandem_fiscal_calendar** out);

/**
 * Adds a flow from `spec` (borrowed, not needed afterwards).
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, a malformed id, an id used by another
 * flow or a scheduled duty, a zh or en name that is not valid UTF-8: "flow 'x':
 * the en name is not valid UTF-8", a catalog id that is not an information flow, a
 * host flow without a name or a direction, a direction contradicting the catalog's,
 * an unknown sender or receiver, no default sender or receiver, the same unit
 * sending and receiving), TANDEM_E_OUT_OF_RANGE (|offset| > TANDEM_MAX_DUE_OFFSET_DAYS),
 * TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_add_flow(tandem_loop_schedule* schedule,
                                                       const tandem_flow_spec* spec);

/**
 * Adds Tandem's default flows for the seed's 5 plans and 9 reports (docs/domain.md:
 * the sales targets yearly, due 30 days before the fiscal year; the other plans
 * monthly, due 5 days before the month; the reports monthly, due 5 days after the
 * month), with default senders and receivers. All or nothing.
 * Errors: as tandem_loop_schedule_add_flow (e.g. one of them added already).
 * Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_add_standard_flows(tandem_loop_schedule* schedule);

/**
 * Makes known duty `duty_id` of the organisation recur every `every`, due at
 * `anchor` plus `offset_days`; its owners owe it.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, a value not of its enumeration, an
 * unknown duty, a duty scheduled already, an id used by a flow),
 * TANDEM_E_OUT_OF_RANGE (a bad offset), TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_schedule_duty(tandem_loop_schedule* schedule,
                                                            const char* duty_id,
                                                            tandem_cadence every,
                                                            tandem_due_anchor anchor,
                                                            int32_t offset_days);

/**
 * Adds a campaign (促销/公关活动) running from `first` to `last` (both included), for
 * per-campaign items. `zh`, `en`: NULL or "" for none; at least one.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, a malformed or duplicate id, no name,
 * a zh or en name that is not valid UTF-8: "campaign 'x': the zh name is not valid
 * UTF-8", last before first), TANDEM_E_PARSE, TANDEM_E_OUT_OF_RANGE, TANDEM_E_NO_MEMORY.
 * Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_add_campaign(tandem_loop_schedule* schedule,
                                                           const char* id, const char* zh,
                                                           const char* en, const char* first,
                                                           const char* last);

/**
 * Records that item `item_id` (a flow or a scheduled duty) was delivered for
 * `occurrence` (a period label of the item's cadence, or a campaign id) on
 * `delivered_on` by person `by`.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, an unknown item, a malformed person id,
 * an occurrence that is not a campaign or not the label of a period of the item's
 * cadence in the fiscal years from two before to one after the delivery, an
 * occurrence delivered already: "... was delivered on 2027-05-04 by zhang_wei"),
 * TANDEM_E_PARSE, TANDEM_E_OUT_OF_RANGE, TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_record_delivery(tandem_loop_schedule* schedule,
                                                              const char* item_id,
                                                              const char* occurrence,
                                                              const char* delivered_on,
                                                              const char* by);

/** Number of flows; 0 for NULL. Flows are numbered in the order added. Since 0.4.0. */
TANDEM_API size_t tandem_loop_schedule_flow_count(const tandem_loop_schedule* schedule);

/**
 * Whether a flow has id `id`, into *found_out, and if so its index into *index_out
 * (may be NULL; unchanged when not found). Errors: TANDEM_E_INVALID_ARGUMENT (NULL
 * schedule, id or found_out). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_find_flow(const tandem_loop_schedule* schedule,
                                                        const char* id, bool* found_out,
                                                        size_t* index_out);

/**
 * The id of flow `index`, snprintf-style.
 * Errors: TANDEM_E_INVALID_ARGUMENT (schedule NULL, index >= count, buffer NULL with
 * capacity > 0). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_flow_id(const tandem_loop_schedule* schedule,
                                                      size_t index, char* buffer,
                                                      size_t capacity, size_t* length_out);

/** The name of flow `index` in `lang`, snprintf-style. Errors: as
 *  tandem_loop_schedule_flow_id, and lang not a tandem_lang. Since 0.4.0. */
TANDEM_API tandem_status tandem_loop_schedule_flow_name(const tandem_loop_schedule* schedule,
                                                        size_t index, tandem_lang lang,
                                                        char* buffer, size_t capacity,
                                                        size_t* length_out);

/** The id of the unit sending flow `index` (resolved), snprintf-style. Errors: as
 *  tandem_loop_schedule_flow_id. Since 0.4.0. */
TANDEM_API tandem_status tandem_loop_schedule_flow_sender(const tandem_loop_schedule* schedule,
                                                          size_t index, char* buffer,
                                                          size_t capacity, size_t* length_out);

/** The id of the unit receiving flow `index` (resolved), snprintf-style. Errors: as
 *  tandem_loop_schedule_flow_id. Since 0.4.0. */
TANDEM_API tandem_status tandem_loop_schedule_flow_receiver(const tandem_loop_schedule* schedule,
                                                            size_t index, char* buffer,
                                                            size_t capacity, size_t* length_out);

/**
 * The direction (resolved), cadence, due rule, and whether it is a catalog flow, of
 * flow `index` into the outputs, each of which may be NULL.
 * Errors: TANDEM_E_INVALID_ARGUMENT (schedule NULL, index >= count). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_flow_info(const tandem_loop_schedule* schedule,
                                                        size_t index,
                                                        tandem_flow_direction* direction_out,
                                                        tandem_cadence* every_out,
                                                        tandem_due_anchor* anchor_out,
                                                        int32_t* offset_days_out,
                                                        bool* from_catalog_out);

/** Number of scheduled duties; 0 for NULL. In the order scheduled. Since 0.4.0. */
TANDEM_API size_t tandem_loop_schedule_duty_count(const tandem_loop_schedule* schedule);

/**
 * Scheduled duty `index`: its id snprintf-style into `buffer`, and its cadence and
 * due rule into the outputs (each may be NULL).
 * Errors: TANDEM_E_INVALID_ARGUMENT (schedule NULL, index >= count, buffer NULL with
 * capacity > 0). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_duty_get(const tandem_loop_schedule* schedule,
                                                       size_t index, char* buffer,
                                                       size_t capacity, size_t* length_out,
                                                       tandem_cadence* every_out,
                                                       tandem_due_anchor* anchor_out,
                                                       int32_t* offset_days_out);

/** Number of campaigns; 0 for NULL. In the order added. Since 0.4.0. */
TANDEM_API size_t tandem_loop_schedule_campaign_count(const tandem_loop_schedule* schedule);

/** The id of campaign `index`, snprintf-style. Errors: TANDEM_E_INVALID_ARGUMENT
 *  (schedule NULL, index >= count, buffer NULL with capacity > 0). Since 0.4.0. */
TANDEM_API tandem_status tandem_loop_schedule_campaign_id(const tandem_loop_schedule* schedule,
                                                          size_t index, char* buffer,
                                                          size_t capacity, size_t* length_out);

/** The name of campaign `index` in `lang`, snprintf-style. Errors: as
 *  tandem_loop_schedule_campaign_id, and lang not a tandem_lang. Since 0.4.0. */
TANDEM_API tandem_status tandem_loop_schedule_campaign_name(const tandem_loop_schedule* schedule,
                                                            size_t index, tandem_lang lang,
                                                            char* buffer, size_t capacity,
                                                            size_t* length_out);

/**
 * The first and last day of campaign `index`, each into a buffer of at least
 * TANDEM_DATE_SIZE bytes. Errors: TANDEM_E_INVALID_ARGUMENT (NULL, index >= count, a
 * buffer too small). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_campaign_dates(const tandem_loop_schedule* schedule,
                                                             size_t index, char* first_out,
                                                             size_t first_capacity,
                                                             char* last_out,
                                                             size_t last_capacity);

/** Number of deliveries; 0 for NULL. In the order recorded. Since 0.4.0. */
TANDEM_API size_t tandem_loop_schedule_delivery_count(const tandem_loop_schedule* schedule);

/**
 * Delivery `index`: the item id snprintf-style into `item_buffer`, the occurrence
 * snprintf-style into `occurrence_buffer`, the person snprintf-style into
 * `by_buffer` (each buffer may be NULL with capacity 0, each length output NULL),
 * and the date into `delivered_on_out`, a buffer of at least TANDEM_DATE_SIZE bytes.
 * Nothing is written on failure.
 * Errors: TANDEM_E_INVALID_ARGUMENT (schedule or delivered_on_out NULL, index >=
 * count, a NULL text buffer with capacity > 0, a date buffer too small).
 * Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_delivery_get(
    const tandem_loop_schedule* schedule, size_t index, char* item_buffer, size_t item_capacity,
    size_t* item_length_out, char* occurrence_buffer, size_t occurrence_capacity,
    size_t* occurrence_length_out, char* delivered_on_out, size_t delivered_on_capacity,
    char* by_buffer, size_t by_capacity, size_t* by_length_out);

/**
 * Obligations: occurrences of flows and recurring duties, ordered by due date, then
 * flows before duties, then the order the items were added, then the occurrence's
 * first day; with their status on a day when made by tandem_loop_schedule_status.
 * Immutable; the caller destroys it with tandem_obligations_destroy.
 */
typedef struct tandem_obligations tandem_obligations;

/**
 * Every obligation whose due date lies in first..last (both included) into *out
 * (without status). Caller destroys with tandem_obligations_destroy.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, last before first), TANDEM_E_PARSE,
 * TANDEM_E_OUT_OF_RANGE, TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_due_in(const tandem_loop_schedule* schedule,
                                                     const char* first, const char* last,
                                                     tandem_obligations** out);

/**
 * As tandem_loop_schedule_due_in, with each obligation's status on `as_of`.
 * Errors: as tandem_loop_schedule_due_in. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_status(const tandem_loop_schedule* schedule,
                                                     const char* first, const char* last,
                                                     const char* as_of, tandem_obligations** out);

/** Destroys obligations. NULL does nothing. Since 0.4.0. */
TANDEM_API void tandem_obligations_destroy(tandem_obligations* obligations);

/** Number of obligations; 0 for NULL. Since 0.4.0. */
TANDEM_API size_t tandem_obligations_count(const tandem_obligations* obligations);

/** Whether the list has statuses (made by tandem_loop_schedule_status); false for
 *  NULL. Since 0.4.0. */
TANDEM_API bool tandem_obligations_has_status(const tandem_obligations* obligations);

/**
 * Obligation `index`: whether it is a flow or a duty into *kind_out (may be NULL),
 * and the flow's or duty's id snprintf-style.
 * Errors: TANDEM_E_INVALID_ARGUMENT (obligations NULL, index >= count, buffer NULL
 * with capacity > 0). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_obligations_item(const tandem_obligations* obligations,
                                                 size_t index, tandem_item_kind* kind_out,
                                                 char* buffer, size_t capacity,
                                                 size_t* length_out);

/** The occurrence of obligation `index` (a period label or a campaign id),
 *  snprintf-style. Errors: as tandem_obligations_item. Since 0.4.0. */
TANDEM_API tandem_status tandem_obligations_occurrence(const tandem_obligations* obligations,
                                                       size_t index, char* buffer,
                                                       size_t capacity, size_t* length_out);

/**
 * The dates of obligation `index`: the first and last day it covers (the whole
 * period, or the campaign) and its due date, each into a buffer of at least
 * TANDEM_DATE_SIZE bytes. Errors: TANDEM_E_INVALID_ARGUMENT (NULL, index >= count,
 * a buffer too small). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_obligations_dates(const tandem_obligations* obligations,
                                                  size_t index, char* covers_first_out,
                                                  size_t covers_first_capacity,
                                                  char* covers_last_out,
                                                  size_t covers_last_capacity, char* due_out,
                                                  size_t due_capacity);

/** The direction of obligation `index` into *out (a duty's is
 *  TANDEM_FLOW_MARKETING_TO_SALES and means nothing). Errors:
 *  TANDEM_E_INVALID_ARGUMENT (NULL, index >= count). Since 0.4.0. */
TANDEM_API tandem_status tandem_obligations_direction(const tandem_obligations* obligations,
                                                      size_t index, tandem_flow_direction* out);

/**
 * Who owes obligation `index` (a flow: its sender; a duty: its owners in the order
 * assigned, none if unowned) as a new tandem_id_list into *out (caller destroys).
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, index >= count), TANDEM_E_NO_MEMORY.
 * Since 0.4.0.
 */
TANDEM_API tandem_status tandem_obligations_responsible(const tandem_obligations* obligations,
                                                        size_t index, tandem_id_list** out);

/** Who receives obligation `index` (a flow: its receiver; a duty: none) as a new
 *  tandem_id_list into *out. Errors: as tandem_obligations_responsible. Since 0.4.0. */
TANDEM_API tandem_status tandem_obligations_recipients(const tandem_obligations* obligations,
                                                       size_t index, tandem_id_list** out);

/**
 * The status of obligation `index` into *status_out and, into *days_late_out (may
 * be NULL), the days late: late, delivered_on - due; missing, as_of - due; else 0.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, index >= count, a list made by
 * tandem_loop_schedule_due_in). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_obligations_status(const tandem_obligations* obligations,
                                                   size_t index,
                                                   tandem_obligation_status* status_out,
                                                   int64_t* days_late_out);

/**
 * The delivery of obligation `index`: whether it was delivered (on time or late)
 * into *delivered_out; if so its date into `delivered_on_out` (a buffer of at least
 * TANDEM_DATE_SIZE bytes) and the person snprintf-style into `by_buffer` (may be
 * NULL with capacity 0); if not, "" into both (length 0).
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, index >= count, a list made by
 * tandem_loop_schedule_due_in, a buffer too small). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_obligations_delivery(const tandem_obligations* obligations,
                                                     size_t index, bool* delivered_out,
                                                     char* delivered_on_out,
                                                     size_t delivered_on_capacity,
                                                     char* by_buffer, size_t by_capacity,
                                                     size_t* by_length_out);

/**
 * Counts of the flow obligations of one direction in a range. The layout is fixed
 * for version 0.x.
 */
typedef struct tandem_direction_health {
  uint32_t due;     /* flow obligations due in the range */
  uint32_t on_time;
  uint32_t late;
  uint32_t missing;
  uint32_t pending; /* not yet due; due == on_time + late + missing + pending */
} tandem_direction_health;

/**
 * The loop's health over a range: flows only (duties are not part of the loop). The
 * layout is fixed for version 0.x.
 */
typedef struct tandem_loop_health {
  char first[TANDEM_DATE_SIZE]; /* the range, "YYYY-MM-DD", NUL-terminated */
  char last[TANDEM_DATE_SIZE];
  tandem_direction_health marketing_to_sales;
  tandem_direction_health sales_to_marketing;
} tandem_loop_health;

/**
 * The health of the flows due in first..last on `as_of` into *out, written only on
 * success. Errors: TANDEM_E_INVALID_ARGUMENT (NULL, last before first),
 * TANDEM_E_PARSE, TANDEM_E_OUT_OF_RANGE, TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_health(const tandem_loop_schedule* schedule,
                                                     const char* first, const char* last,
                                                     const char* as_of, tandem_loop_health* out);

/**
 * on_time / (on_time + late + missing) of `health` as a percentage rounded half up
 * to `decimals` places, exactly for any counts (the sum is taken in 64 bits, so
 * large counts do not wrap) ("83.3"), snprintf-style; "" (length 0) when nothing
 * can be judged yet (on_time + late + missing == 0).
 * Errors: TANDEM_E_INVALID_ARGUMENT (health NULL, buffer NULL with capacity > 0),
 * TANDEM_E_OUT_OF_RANGE (decimals not in 0..6). Since 0.4.0.
 */
TANDEM_API tandem_status tandem_direction_health_on_time_percent(
    const tandem_direction_health* health, int32_t decimals, char* buffer, size_t capacity,
    size_t* length_out);

/** The health per period of a range. Immutable; the caller destroys it with
 *  tandem_loop_health_list_destroy. */
typedef struct tandem_loop_health_list tandem_loop_health_list;

/**
 * The health on `as_of` for each period of kind `kind` of the schedule's calendar
 * that overlaps first..last (whole periods, labelled) into *out; periods reaching
 * beyond the supported dates are left out, never an error. Caller destroys with
 * tandem_loop_health_list_destroy.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, kind not a tandem_period_kind, last
 * before first), TANDEM_E_PARSE, TANDEM_E_OUT_OF_RANGE, TANDEM_E_NO_MEMORY.
 * Since 0.4.0.
 */
TANDEM_API tandem_status tandem_loop_schedule_health_by_period(const tandem_loop_schedule* schedule,
                                                               const char* first,
                                                               const char* last,
                                                               tandem_period_kind kind,
                                                               const char* as_of,
                                                               tandem_loop_health_list** out);

/** Destroys a health list. NULL does nothing. Since 0.4.0. */
TANDEM_API void tandem_loop_health_list_destroy(tandem_loop_health_list* list);

/** Number of periods; 0 for NULL. Since 0.4.0. */
TANDEM_API size_t tandem_loop_health_list_count(const tandem_loop_health_list* list);

/** The health of period `index` into *out. Errors: TANDEM_E_INVALID_ARGUMENT (NULL,
 *  index >= count). Since 0.4.0. */
TANDEM_API tandem_status tandem_loop_health_list_get(const tandem_loop_health_list* list,
                                                     size_t index, tandem_loop_health* out);

/** The label of period `index` ("2027-04"), snprintf-style. Errors:
 *  TANDEM_E_INVALID_ARGUMENT (list NULL, index >= count, buffer NULL with
 *  capacity > 0). Since 0.4.0. */
TANDEM_API tandem_status tandem_loop_health_list_label(const tandem_loop_health_list* list,
                                                       size_t index, char* buffer,
                                                       size_t capacity, size_t* length_out);

/* ------------------------------------------------------ org: organisation documents */

/*
 * An organisation document: one company's organisation, fiscal calendar, flows,
 * recurring duties, campaigns and deliveries as JSON (tandem/org/org_document.hpp in
 * C++; the schema is docs/org-format.md). Loading validates everything and reports
 * every problem, one per line. Every function may be called from any thread; the
 * schedule saved must not be changed meanwhile.
 */

/** The schema version this library writes and the newest it reads. Since 0.4.0. */
TANDEM_API int32_t tandem_org_document_schema_version(void);

/**
 * Loads a document from `length` bytes of UTF-8 JSON at `json` (borrowed; need not
 * be NUL-terminated; may be NULL when length is 0) into a new schedule *out (caller
 * destroys with tandem_loop_schedule_destroy). `source_name` (NULL for "<memory>")
 * names the document in messages.
 * Errors: TANDEM_E_INVALID_ARGUMENT (out NULL, json NULL with length > 0, and an
 * invalid document: the message lists every problem, one per line, each as
 * "SOURCE: $.json.path: what is wrong"), TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_org_document_load(const char* json, size_t length,
                                                  const char* source_name,
                                                  tandem_loop_schedule** out);

/**
 * Loads the document in the file at `path` (UTF-8; an optional BOM is skipped) as
 * tandem_org_document_load, the file's path naming it in messages.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, a file that cannot be read, an invalid
 * document), TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_org_document_load_file(const char* path,
                                                       tandem_loop_schedule** out);

/**
 * Writes `schedule` with its organisation and calendar as a document that
 * tandem_org_document_load reads back to an equal schedule, snprintf-style (see
 * tandem_allocation_decimal): deterministic, two-space indented, ending with a
 * newline. Errors: TANDEM_E_INVALID_ARGUMENT (schedule NULL, buffer NULL with
 * capacity > 0), TANDEM_E_NO_MEMORY. Since 0.4.0.
 */
TANDEM_API tandem_status tandem_org_document_save(const tandem_loop_schedule* schedule,
                                                  char* buffer, size_t capacity,
                                                  size_t* length_out);

/* ------------------------------------------- alloc: biproportional apportionment */

/*
 * A total split two ways at once: a rows x columns matrix (sales units x product
 * lines) whose rows and columns each meet their own totals exactly, every cell being
 * its weight scaled by a row divisor and a column divisor and rounded by a divisor
 * method (tandem/alloc/biproportional.hpp in C++; docs/biproportional.md states the
 * method, docs/c-api.md section 15 the C side):
 *
 *   share[i][j] = quantum * round(weight[i][j] / (row_divisor[i] * column_divisor[j]))
 *
 * Matrices cross the API row-major: cell (i, j) is element i * columns + j.
 * Totals, weights and shares are integers in the caller's smallest unit. The
 * divisors are exact positive rationals and travel as text: "p/q" in lowest terms,
 * or "p" when the denominator is 1 ("3/2", "7"), never a decimal or a float. They
 * are the certificate of the result: tandem_biproportional_check verifies one cell
 * by cell.
 *
 * Errors name what is at fault: the message names the row, column or cell (counted
 * from 1, "cell (row 2, column 1)"), and tandem_last_error_child() is row i's index
 * i, column j's index rows + j, or cell (i, j)'s row-major index i * columns + j
 * (a negative weight, a share that fails a check); -1 for the request as a whole
 * (totals whose sums differ, a bad argument).
 */

/**
 * The result of tandem_biproportional: shares, divisors, whether a tie was settled,
 * and what the computation took. Immutable; may be read from several threads at
 * once. The caller destroys it with tandem_biproportional_result_destroy.
 */
typedef struct tandem_biproportional_result tandem_biproportional_result;

/**
 * Apportions a `rows` x `columns` matrix so that row i sums to row_totals[i] and
 * column j to column_totals[j], into a new result *out.
 *
 * row_totals     `rows` values >= 0, borrowed.
 * column_totals  `columns` values >= 0, borrowed; their sum must equal the rows'.
 * weights        rows * columns values >= 0, row-major, borrowed. A cell of weight 0
 *                gets 0.
 * method         a divisor method with rational signposts: TANDEM_METHOD_WEBSTER
 *                (the usual choice), _JEFFERSON, _MODIFIED_SAINTE_LAGUE, _ADAMS or
 *                _DEAN. TANDEM_METHOD_HAMILTON has no divisors and
 *                TANDEM_METHOD_HUNTINGTON_HILL irrational signposts (a tie would need
 *                an irrational divisor): both are refused.
 * quantum        > 0: every share is a whole multiple of it; the totals must be too.
 * out            receives a new result on success (caller destroys with
 *                tandem_biproportional_result_destroy); unchanged on failure.
 *
 * Errors: TANDEM_E_INVALID_ARGUMENT (out NULL, an array NULL with a positive count,
 * no rows or no columns, rows * columns beyond any array, method hamilton,
 * huntington-hill or not a tandem_method, quantum <= 0), TANDEM_E_OUT_OF_RANGE (a negative total or weight),
 * TANDEM_E_INFEASIBLE (the row totals and the column totals differ in sum, a total
 * not a multiple of the quantum, totals that the pattern of zero weights makes
 * impossible to meet: the message names the rows and columns concerned),
 * TANDEM_E_OVERFLOW (a sum of totals beyond int64), TANDEM_E_NO_MEMORY.
 * tandem_last_error_child() as described above. Since 0.5.0.
 */
TANDEM_API tandem_status tandem_biproportional(const int64_t* row_totals, size_t rows,
                                               const int64_t* column_totals, size_t columns,
                                               const int64_t* weights, tandem_method method,
                                               int64_t quantum,
                                               tandem_biproportional_result** out);

/** Destroys a result. NULL does nothing. Since 0.5.0. */
TANDEM_API void tandem_biproportional_result_destroy(tandem_biproportional_result* result);

/** Number of rows; 0 for NULL. Since 0.5.0. */
TANDEM_API size_t tandem_biproportional_result_rows(const tandem_biproportional_result* result);

/** Number of columns; 0 for NULL. Since 0.5.0. */
TANDEM_API size_t tandem_biproportional_result_columns(
    const tandem_biproportional_result* result);

/**
 * The share of cell (row, column) into *out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, row >= rows, column >= columns).
 * Since 0.5.0.
 */
TANDEM_API tandem_status tandem_biproportional_result_share(
    const tandem_biproportional_result* result, size_t row, size_t column, int64_t* out);

/**
 * Copies every share, row-major, to out[0 .. count-1] (caller owned; `count` must
 * equal rows * columns, so a buffer too small is refused and nothing is written).
 * Errors: TANDEM_E_INVALID_ARGUMENT (result NULL, count not rows * columns, out NULL).
 * Since 0.5.0.
 */
TANDEM_API tandem_status tandem_biproportional_result_copy_shares(
    const tandem_biproportional_result* result, int64_t* out, size_t count);

/**
 * True if some cell with positive weight lies exactly on a signpost under the
 * divisors: another apportionment meeting the same totals may exist, and this one
 * was chosen deterministically (the same input always gives the same matrix).
 * False for NULL. Since 0.5.0.
 */
TANDEM_API bool tandem_biproportional_result_tied(const tandem_biproportional_result* result);

/**
 * What the computation took, into the non-NULL outputs (each may be NULL): the
 * alternating scaling passes, the tie-and-transfer steps, and whether some step
 * needed more than 128-bit arithmetic. For the curious and for benchmarks: the
 * figures may change between releases for the same input; the shares may not.
 * Errors: TANDEM_E_INVALID_ARGUMENT (result NULL). Since 0.5.0.
 */
TANDEM_API tandem_status tandem_biproportional_result_stats(
    const tandem_biproportional_result* result, size_t* scaling_passes_out,
    size_t* transfer_steps_out, bool* used_multiprecision_out);

/**
 * The divisor of row `row` as exact text ("3/2", "7"), snprintf-style (see
 * tandem_allocation_decimal). Divisors can be long (any number of digits): ask for
 * the length with (NULL, 0, &length) when in doubt.
 * Errors: TANDEM_E_INVALID_ARGUMENT (result NULL, row >= rows, buffer NULL with
 * capacity > 0), TANDEM_E_NO_MEMORY. Since 0.5.0.
 */
TANDEM_API tandem_status tandem_biproportional_result_row_divisor(
    const tandem_biproportional_result* result, size_t row, char* buffer, size_t capacity,
    size_t* length_out);

/**
 * The divisor of column `column`, as tandem_biproportional_result_row_divisor.
 * Errors: TANDEM_E_INVALID_ARGUMENT (result NULL, column >= columns, buffer NULL with
 * capacity > 0), TANDEM_E_NO_MEMORY. Since 0.5.0.
 */
TANDEM_API tandem_status tandem_biproportional_result_column_divisor(
    const tandem_biproportional_result* result, size_t column, char* buffer, size_t capacity,
    size_t* length_out);

/**
 * Checks a certificate independently of how it was found: the sizes, the totals,
 * the quantum, positive divisors, and every cell equal to the method's rounding of
 * weight / (row divisor * column divisor) (either neighbour when exactly on a
 * signpost; zero for zero weight). TANDEM_OK when it holds.
 *
 * row_totals, column_totals, weights, method, quantum
 *                  as for tandem_biproportional, borrowed.
 * shares           rows * columns values, row-major, borrowed.
 * row_divisors     `rows` strings, column_divisors `columns` strings, borrowed: each
 *                  an exact rational "p/q" or "p" (decimal digits, an optional
 *                  leading '-', q > 0; leading zeros allowed; no spaces, '+' or
 *                  decimal point), not necessarily in lowest terms.
 *
 * Errors: TANDEM_E_INVALID_ARGUMENT (an array or a divisor NULL, sizes, method,
 * quantum, as tandem_biproportional), TANDEM_E_PARSE (a malformed divisor:
 * tandem_last_error_child() is its row, or rows + its column), TANDEM_E_INFEASIBLE
 * (the certificate fails: a divisor not positive, a share not a non-negative
 * multiple of the quantum or not the rounding of its quotient, a total not met; the
 * message names the first row, column or cell at fault, tandem_last_error_child()
 * indexes it as described above), TANDEM_E_NO_MEMORY.
 * Since 0.5.0.
 */
TANDEM_API tandem_status tandem_biproportional_check(const int64_t* row_totals, size_t rows,
                                                     const int64_t* column_totals, size_t columns,
                                                     const int64_t* weights, const int64_t* shares,
                                                     const char* const* row_divisors,
                                                     const char* const* column_divisors,
                                                     tandem_method method, int64_t quantum);

/* ------------------------------------------------------------ plan: target plans */

/*
 * A target plan: the annual sales target of a company decomposed exactly, top-down,
 * to every sales unit (company, departments, regions, branches, teams, salespeople,
 * agents, distributors), every product line and every month of the fiscal year
 * (tandem/plan in C++; the document format is docs/plan-format.md, the C side
 * docs/c-api.md section 16). Every level sums exactly to its parent: a unit's total
 * is the sum of its children's, of its product lines' and of its months'.
 *
 * A plan is loaded from a JSON plan document and decomposed at once; edits (weights,
 * bounds and locks, the mix, the annual target) re-plan only what depends on them and
 * give the strong guarantee: an edit that fails leaves the plan exactly as it was.
 * Actuals (what was sold, booked by leaf units per product line and day) roll up the
 * tree like the targets, and a report sets targets against actuals for any unit or
 * level, per month, quarter, half or year.
 *
 * Numbering: units are numbered 0..unit_count-1 in a depth-first order of the tree
 * (the root is 0; a unit's subtree is the contiguous range [index, index +
 * subtree_size)); product lines 0..product_count-1 in the document's order; months
 * 0..month_count-1 in the fiscal year's order. TANDEM_ALL_PRODUCTS in place of a
 * product line index sums over every line. Edits name units and lines by id, and
 * never renumber them.
 *
 * Amounts, quantities and bounds are integers in the measure's smallest unit (fen
 * for a currency of scale 2: tandem_plan_measure gives the scale; format them with
 * tandem_decimal_format). TANDEM_NONE stands for "no bound" in a min, max or fixed.
 * Weights are non-negative decimal text of any scale ("3", "31250000.00", "1.5").
 * Texts going out are written snprintf-style (see tandem_allocation_decimal).
 *
 * Errors name what is at fault: unknown ids ("unknown unit 'east_offce'"), an index
 * out of range, a measure the plan does not target (all TANDEM_E_INVALID_ARGUMENT);
 * an edit that cannot be planned is TANDEM_E_INFEASIBLE and names the parent and the
 * children or lines concerned. Messages name units, lines and months by id, so
 * tandem_last_error_child() is -1 for every function of this section except
 * tandem_actuals_load_csv and _load_csv_file, where it is the CSV row at fault.
 *
 * Thread safety: reading functions may run on several threads at once on one plan;
 * an edit must not overlap any other use of it. tandem_actuals is read the same way
 * (tandem_actuals_add is its edit); tandem_plan_report and tandem_plan_revision are
 * immutable.
 */

/** What a target counts. Values are pinned. */
typedef int32_t tandem_measure;
#define TANDEM_MEASURE_AMOUNT 0   /* sales revenue in the plan's currency */
#define TANDEM_MEASURE_QUANTITY 1 /* units of product, at the plan's quantity scale */

/**
 * Parses "amount" or "quantity" (any case) into *out. Errors:
 * TANDEM_E_INVALID_ARGUMENT (NULL argument, unknown name; *out unchanged). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_measure_from_name(const char* name, tandem_measure* out);

/** "amount" or "quantity", or NULL if `measure` is not a tandem_measure. Static
 *  storage. Since 0.6.0. */
TANDEM_API const char* tandem_measure_name(tandem_measure measure);

/** What kind of sales unit a node of the plan's tree is (descriptive: any kind may
 *  have children or be a leaf). Values are pinned. */
typedef int32_t tandem_sales_unit_kind;
#define TANDEM_SALES_UNIT_COMPANY 0
#define TANDEM_SALES_UNIT_DEPARTMENT 1  /* e.g. the sales department (销售部) */
#define TANDEM_SALES_UNIT_REGION 2      /* 大区 */
#define TANDEM_SALES_UNIT_BRANCH 3      /* 分公司, 办事处 */
#define TANDEM_SALES_UNIT_TEAM 4
#define TANDEM_SALES_UNIT_PERSON 5      /* a salesperson (业务员) */
#define TANDEM_SALES_UNIT_AGENT 6       /* 代理商 */
#define TANDEM_SALES_UNIT_DISTRIBUTOR 7 /* 经销商 */

/**
 * Parses "company", "department", "region", "branch", "team", "person", "agent" or
 * "distributor" (any case) into *out. Errors: TANDEM_E_INVALID_ARGUMENT (NULL
 * argument, unknown name; *out unchanged). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_sales_unit_kind_from_name(const char* name,
                                                          tandem_sales_unit_kind* out);

/** Name of a sales unit kind ("distributor"), or NULL if `kind` is not one. Static
 *  storage. Since 0.6.0. */
TANDEM_API const char* tandem_sales_unit_kind_name(tandem_sales_unit_kind kind);

/** What decides a unit's or a product line's share of its parent's target. Values
 *  are pinned. */
typedef int32_t tandem_share_basis;
#define TANDEM_SHARE_WEIGHT 0    /* the weight is a plain proportion */
#define TANDEM_SHARE_REFERENCE 1 /* the weight is a reference value (last year's sales) */
#define TANDEM_SHARE_FIXED 2     /* the target is the unit's lock (fixed), per measure */

/** "weight", "reference" or "fixed", or NULL if `basis` is not a tandem_share_basis.
 *  Static storage. Since 0.6.0. */
TANDEM_API const char* tandem_share_basis_name(tandem_share_basis basis);

/** How a product line's targets spread over the months. Values are pinned. */
typedef int32_t tandem_seasonality;
#define TANDEM_SEASONALITY_EVEN 0          /* every month the same */
#define TANDEM_SEASONALITY_CALENDAR_DAYS 1 /* by days in the month */
#define TANDEM_SEASONALITY_KEY 2           /* by the line's seasonality key */

/** "even", "calendar-days" or "key", or NULL if `seasonality` is not one. Static
 *  storage. Since 0.6.0. */
TANDEM_API const char* tandem_seasonality_name(tandem_seasonality seasonality);

/** In place of a product line index: every product line (the sum over them). */
#define TANDEM_ALL_PRODUCTS SIZE_MAX

/** A target plan, decomposed. See the section's introduction for thread safety. */
typedef struct tandem_plan tandem_plan;

/** The plan document schema version this library writes and the newest it reads.
 *  Since 0.6.0. */
TANDEM_API int32_t tandem_plan_document_schema_version(void);

/**
 * Loads a plan document from `length` bytes of UTF-8 JSON at `json` (borrowed; need
 * not be NUL-terminated; may be NULL when length is 0) and decomposes it into a new
 * plan *out (caller destroys with tandem_plan_destroy). `source_name` (NULL for
 * "<memory>") names the document in messages.
 * Errors: TANDEM_E_INVALID_ARGUMENT (out NULL, json NULL with length > 0, and an
 * invalid document: the message lists every problem, one per line, each as
 * "SOURCE: $.json.path: what is wrong"), then what decomposing reports for a valid
 * document whose numbers do not fit together: TANDEM_E_INFEASIBLE (locks above a
 * total, bounds no split can meet, a mix whose zeros leave a line nobody sells; the
 * message names the units and lines), TANDEM_E_INVALID_ARGUMENT (quanta that do not
 * divide each other), TANDEM_E_OVERFLOW, TANDEM_E_NO_MEMORY. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_load(const char* json, size_t length, const char* source_name,
                                          tandem_plan** out);

/**
 * Loads the plan document in the file at `path` (UTF-8; an optional BOM is skipped)
 * as tandem_plan_load, the file's path naming it in messages.
 * Errors: as tandem_plan_load, and TANDEM_E_INVALID_ARGUMENT for path NULL or a file
 * that cannot be read. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_load_file(const char* path, tandem_plan** out);

/**
 * Writes the plan's inputs as they stand (edits included) as a plan document that
 * tandem_plan_load reads back to an equal plan, snprintf-style: deterministic,
 * two-space indented, ending with a newline; units in the plan's depth-first order.
 * Errors: TANDEM_E_INVALID_ARGUMENT (plan NULL, buffer NULL with capacity > 0),
 * TANDEM_E_NO_MEMORY. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_save(const tandem_plan* plan, char* buffer, size_t capacity,
                                          size_t* length_out);

/**
 * An independent copy of `plan` into *out (to try edits on). Caller destroys with
 * tandem_plan_destroy. Errors: TANDEM_E_INVALID_ARGUMENT (NULL), TANDEM_E_NO_MEMORY.
 * Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_clone(const tandem_plan* plan, tandem_plan** out);

/** Destroys a plan. NULL does nothing. Actuals and reports made from it stay valid.
 *  Since 0.6.0. */
TANDEM_API void tandem_plan_destroy(tandem_plan* plan);

/**
 * The plan's own id ("fy2027_plan"), snprintf-style. Errors: TANDEM_E_INVALID_ARGUMENT
 * (plan NULL, buffer NULL with capacity > 0). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_id(const tandem_plan* plan, char* buffer, size_t capacity,
                                        size_t* length_out);

/**
 * The ISO 4217 code of the plan's currency ("CNY"), snprintf-style. Errors: as
 * tandem_plan_id. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_currency(const tandem_plan* plan, char* buffer,
                                              size_t capacity, size_t* length_out);

/**
 * The fiscal year planned (as the calendar names it: 2027 for FY2027) into
 * *fiscal_year_out, which may be NULL. Errors: TANDEM_E_INVALID_ARGUMENT (plan NULL).
 * Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_fiscal_year(const tandem_plan* plan, int32_t* fiscal_year_out);

/**
 * The plan's fiscal calendar, as a new calendar *out (caller destroys with
 * tandem_fiscal_calendar_destroy). Errors: TANDEM_E_INVALID_ARGUMENT (NULL),
 * TANDEM_E_NO_MEMORY. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_calendar(const tandem_plan* plan,
                                              tandem_fiscal_calendar** out);

/**
 * About one measure, into the outputs (each may be NULL): whether the plan targets
 * it, its scale (decimals of its smallest unit: the currency's for amount, the
 * quantity scale for quantity), and the company's annual target (0 when not
 * targeted). Errors: TANDEM_E_INVALID_ARGUMENT (plan NULL, `measure` not a
 * tandem_measure). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_measure(const tandem_plan* plan, tandem_measure measure,
                                             bool* targeted_out, int32_t* scale_out,
                                             int64_t* annual_target_out);

/** Number of units; 0 for NULL. Since 0.6.0. */
TANDEM_API size_t tandem_plan_unit_count(const tandem_plan* plan);

/**
 * Whether a unit has id `id`, into *found_out, and if so its index into *index_out
 * (may be NULL; unchanged when not found). An unknown id is not an error.
 * Errors: TANDEM_E_INVALID_ARGUMENT (plan, id or found_out NULL). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_find_unit(const tandem_plan* plan, const char* id,
                                               bool* found_out, size_t* index_out);

/**
 * The id of unit `unit`, snprintf-style. Errors: TANDEM_E_INVALID_ARGUMENT (plan NULL,
 * unit >= count, buffer NULL with capacity > 0). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_unit_id(const tandem_plan* plan, size_t unit, char* buffer,
                                             size_t capacity, size_t* length_out);

/**
 * The name of unit `unit` in `lang` as the document gives it ("" when it gives
 * none), snprintf-style. Errors: TANDEM_E_INVALID_ARGUMENT (plan NULL, unit >= count,
 * lang not a tandem_lang, buffer NULL with capacity > 0). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_unit_name(const tandem_plan* plan, size_t unit,
                                               tandem_lang lang, char* buffer, size_t capacity,
                                               size_t* length_out);

/**
 * Where unit `unit` stands in the tree, into the outputs (each may be NULL): whether
 * it has a parent (false for the root) and the parent's index (written only when it
 * has one), its depth (0 for the root), its number of children (0 for a leaf) and
 * its subtree size (1 + its descendants). Errors: TANDEM_E_INVALID_ARGUMENT (plan
 * NULL, unit >= count). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_unit_tree(const tandem_plan* plan, size_t unit,
                                               bool* has_parent_out, size_t* parent_out,
                                               int32_t* depth_out, size_t* child_count_out,
                                               size_t* subtree_size_out);

/**
 * The index of child `child` (in the document's order) of unit `unit` into *out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, unit >= count, child >= its child count).
 * Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_unit_child(const tandem_plan* plan, size_t unit, size_t child,
                                                size_t* out);

/**
 * The kind and share basis of unit `unit`, into the outputs (each may be NULL).
 * Errors: TANDEM_E_INVALID_ARGUMENT (plan NULL, unit >= count). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_unit_info(const tandem_plan* plan, size_t unit,
                                               tandem_sales_unit_kind* kind_out,
                                               tandem_share_basis* basis_out);

/**
 * The weight (or reference value) of unit `unit` as exact decimal text, with the
 * decimals it was given ("3", "31250000.00"), snprintf-style. Errors: as
 * tandem_plan_unit_id. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_unit_weight(const tandem_plan* plan, size_t unit,
                                                 char* buffer, size_t capacity,
                                                 size_t* length_out);

/**
 * The bounds and lock of unit `unit` for `measure` into the outputs (each may be
 * NULL), TANDEM_NONE where there is none. Errors: TANDEM_E_INVALID_ARGUMENT (plan
 * NULL, unit >= count, measure not a tandem_measure). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_unit_bounds(const tandem_plan* plan, size_t unit,
                                                 tandem_measure measure, int64_t* min_out,
                                                 int64_t* max_out, int64_t* fixed_out);

/** Number of product lines; 0 for NULL. Since 0.6.0. */
TANDEM_API size_t tandem_plan_product_count(const tandem_plan* plan);

/**
 * Whether a product line has id `id`, as tandem_plan_find_unit.
 * Errors: TANDEM_E_INVALID_ARGUMENT (plan, id or found_out NULL). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_find_product(const tandem_plan* plan, const char* id,
                                                  bool* found_out, size_t* index_out);

/**
 * The id of product line `product`, snprintf-style. Errors: TANDEM_E_INVALID_ARGUMENT
 * (plan NULL, product >= count, buffer NULL with capacity > 0). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_product_id(const tandem_plan* plan, size_t product,
                                                char* buffer, size_t capacity,
                                                size_t* length_out);

/**
 * The name of product line `product` in `lang` ("" when the document gives none),
 * snprintf-style. Errors: TANDEM_E_INVALID_ARGUMENT (plan NULL, product >= count,
 * lang not a tandem_lang, buffer NULL with capacity > 0). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_product_name(const tandem_plan* plan, size_t product,
                                                  tandem_lang lang, char* buffer,
                                                  size_t capacity, size_t* length_out);

/**
 * The lifecycle stage, share basis and seasonality of product line `product` into
 * the outputs (each may be NULL). Errors: TANDEM_E_INVALID_ARGUMENT (plan NULL,
 * product >= count). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_product_info(const tandem_plan* plan, size_t product,
                                                  tandem_lifecycle_stage* stage_out,
                                                  tandem_share_basis* basis_out,
                                                  tandem_seasonality* seasonality_out);

/**
 * The weight of product line `product` as exact decimal text, snprintf-style.
 * Errors: as tandem_plan_product_id. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_product_weight(const tandem_plan* plan, size_t product,
                                                    char* buffer, size_t capacity,
                                                    size_t* length_out);

/**
 * The bounds and lock on the company-wide target of product line `product` for
 * `measure`, as tandem_plan_unit_bounds. Errors: TANDEM_E_INVALID_ARGUMENT (plan
 * NULL, product >= count, measure not a tandem_measure). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_product_bounds(const tandem_plan* plan, size_t product,
                                                    tandem_measure measure, int64_t* min_out,
                                                    int64_t* max_out, int64_t* fixed_out);

/** Number of months of the fiscal year (twelve); 0 for NULL. Since 0.6.0. */
TANDEM_API size_t tandem_plan_month_count(const tandem_plan* plan);

/**
 * The label of month `month` ("2026-07", "FY2027 P04"), snprintf-style.
 * Errors: TANDEM_E_INVALID_ARGUMENT (plan NULL, month >= count, buffer NULL with
 * capacity > 0). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_month_label(const tandem_plan* plan, size_t month,
                                                 char* buffer, size_t capacity,
                                                 size_t* length_out);

/**
 * The first and last day of month `month`, each into a buffer of at least
 * TANDEM_DATE_SIZE bytes. Errors: TANDEM_E_INVALID_ARGUMENT (NULL, month >= count,
 * a buffer too small). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_month_dates(const tandem_plan* plan, size_t month,
                                                 char* first_out, size_t first_capacity,
                                                 char* last_out, size_t last_capacity);

/**
 * The annual target of unit `unit` for `measure` (the sum over its product lines and
 * months) into *out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, measure not a tandem_measure or not
 * targeted by the plan, unit >= count). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_unit_total(const tandem_plan* plan, tandem_measure measure,
                                                size_t unit, int64_t* out);

/**
 * The annual target of unit `unit` for product line `product` (or
 * TANDEM_ALL_PRODUCTS) into *out. Errors: as tandem_plan_unit_total, and
 * product >= count. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_cell_total(const tandem_plan* plan, tandem_measure measure,
                                                size_t unit, size_t product, int64_t* out);

/**
 * The target of unit `unit` for product line `product` (or TANDEM_ALL_PRODUCTS) in
 * month `month` into *out; a parent's is the sum of its leaves'. Errors: as
 * tandem_plan_cell_total, and month >= count. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_target(const tandem_plan* plan, tandem_measure measure,
                                            size_t unit, size_t product, size_t month,
                                            int64_t* out);

/**
 * The monthly targets of unit `unit` for product line `product` (or
 * TANDEM_ALL_PRODUCTS) to out[0 .. count-1] (caller owned; `count` must equal
 * tandem_plan_month_count; written only on success). Errors: as
 * tandem_plan_cell_total, and count not the month count, out NULL. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_monthly(const tandem_plan* plan, tandem_measure measure,
                                             size_t unit, size_t product, int64_t* out,
                                             size_t count);

/**
 * What the last successful load or edit recomputed, into the outputs (each may be
 * NULL): the parents whose children were split again, the leaf x product line cells
 * spread over the months again. For tests and the curious: the figures show that an
 * edit re-plans only what depends on it. Errors: TANDEM_E_INVALID_ARGUMENT (plan
 * NULL). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_last_replan(const tandem_plan* plan,
                                                 size_t* units_resplit_out,
                                                 size_t* cells_respread_out);

/*
 * Edits. Each re-plans what depends on the value changed (the unit's parent's
 * subtree, one leaf cell's months, or everything for the annual target and product
 * lines) or fails and changes nothing: the plan's targets, its inputs (what
 * tandem_plan_save writes) and tandem_plan_last_replan stay as they were. Units and
 * product lines are named by id. Common errors: TANDEM_E_INVALID_ARGUMENT (plan, an
 * id or a weight NULL, an unknown unit or product line, measure not a tandem_measure
 * or not targeted, bounds that contradict themselves: negative, min above max, a
 * lock outside them), TANDEM_E_PARSE (a weight that is not plain decimal text),
 * TANDEM_E_OUT_OF_RANGE (a negative weight or annual target), TANDEM_E_INFEASIBLE
 * (the plan cannot be made with the new value: the message names the parent and the
 * units or lines concerned), TANDEM_E_OVERFLOW, TANDEM_E_NO_MEMORY.
 */

/**
 * Sets the weight (or reference value) of unit `unit` to the decimal text `weight`
 * (>= 0, any scale); its basis is kept unless it was fixed, in which case it becomes
 * weight. The root's weight is kept but not used (it takes the annual target).
 * Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_set_weight(tandem_plan* plan, const char* unit,
                                                const char* weight);

/**
 * Sets the bounds and lock of unit `unit` for `measure` (TANDEM_NONE for none; all
 * three TANDEM_NONE removes them). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_set_bounds(tandem_plan* plan, const char* unit,
                                                tandem_measure measure, int64_t min, int64_t max,
                                                int64_t fixed);

/** Sets the weight of product line `product`, as tandem_plan_set_weight. Since 0.6.0. */
TANDEM_API tandem_status tandem_plan_set_product_weight(tandem_plan* plan, const char* product,
                                                        const char* weight);

/** Sets the bounds and lock on the company-wide target of product line `product`, as
 *  tandem_plan_set_bounds. Since 0.6.0. */
TANDEM_API tandem_status tandem_plan_set_product_bounds(tandem_plan* plan, const char* product,
                                                        tandem_measure measure, int64_t min,
                                                        int64_t max, int64_t fixed);

/**
 * Sets the mix weight of unit `unit` for product line `product` (adding the cell to
 * the unit's mix or changing it). "0" says the unit does not sell the line: a unit
 * with a mix sells only the lines its mix lists. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_set_mix(tandem_plan* plan, const char* unit,
                                             const char* product, const char* weight);

/**
 * Sets the bounds of month `period` (its label, "2026-07") of leaf unit `unit`'s
 * target for product line `product` (TANDEM_NONE for none; all three TANDEM_NONE
 * removes them). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_set_period_bounds(tandem_plan* plan, const char* unit,
                                                       const char* product, const char* period,
                                                       tandem_measure measure, int64_t min,
                                                       int64_t max, int64_t fixed);

/** Sets the company's annual target for `measure` (>= 0, in the smallest unit) and
 *  re-plans everything. Since 0.6.0. */
TANDEM_API tandem_status tandem_plan_set_annual_target(tandem_plan* plan, tandem_measure measure,
                                                       int64_t target);

/**
 * What was sold: sales booked by leaf units for a product line on a day of the plan's
 * fiscal year, rolled up the tree, across lines and over months like the targets.
 * Actuals keep no reference to the plan they were made for; use them with that plan
 * (or a copy or edit of it: edits never change the units, lines or months).
 */
typedef struct tandem_actuals tandem_actuals;

/**
 * No sales yet, shaped like `plan`, into *out (caller destroys with
 * tandem_actuals_destroy). Errors: TANDEM_E_INVALID_ARGUMENT (NULL),
 * TANDEM_E_NO_MEMORY. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_actuals_create(const tandem_plan* plan, tandem_actuals** out);

/**
 * Loads sales from `length` bytes of CSV text at `csv` (borrowed; may be NULL when
 * length is 0) into new actuals *out (caller destroys with tandem_actuals_destroy).
 * RFC 4180, UTF-8, an optional BOM: a header row naming the columns in any order,
 * unit, product, date (YYYY-MM-DD) and a column per measure the plan targets
 * (amount, quantity); values are plain decimals at the measure's scale, negative
 * allowed (returns), empty counting as zero. `source_name` (NULL for "<memory>")
 * names the text in messages, which name the row (the header is row 1) and column;
 * tandem_last_error_child() is the zero-based data row at fault (the first row after
 * the header is 0). Nothing is returned unless every row is valid.
 * Errors: TANDEM_E_INVALID_ARGUMENT (plan or out NULL, csv NULL with length > 0, a
 * missing or unknown column, an unknown unit or product line, a unit that is not a
 * leaf), TANDEM_E_PARSE (malformed CSV, date or decimal), TANDEM_E_OUT_OF_RANGE (a
 * date outside the fiscal year, too many decimals), TANDEM_E_OVERFLOW,
 * TANDEM_E_NO_MEMORY. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_actuals_load_csv(const tandem_plan* plan, const char* csv,
                                                 size_t length, const char* source_name,
                                                 tandem_actuals** out);

/**
 * Loads sales from the CSV file at `path` as tandem_actuals_load_csv, the path
 * naming it in messages. Errors: as tandem_actuals_load_csv, and
 * TANDEM_E_INVALID_ARGUMENT for path NULL or a file that cannot be read. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_actuals_load_csv_file(const tandem_plan* plan, const char* path,
                                                      tandem_actuals** out);

/** Destroys actuals. NULL does nothing. Since 0.6.0. */
TANDEM_API void tandem_actuals_destroy(tandem_actuals* actuals);

/**
 * Books one sale of leaf unit `unit` for product line `product` on `date`
 * ("YYYY-MM-DD", inside the plan's fiscal year): `amount` and `quantity` in their
 * smallest units, negative for a return; a measure the plan does not target must be
 * 0. `plan` (borrowed) resolves the ids and must be the plan the actuals were made
 * for. Fails and books nothing, or books the sale.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, an unknown unit or product line, a unit
 * that is not a leaf, a value for an untargeted measure, a plan of another shape),
 * TANDEM_E_PARSE (a malformed date), TANDEM_E_OUT_OF_RANGE (a date outside the
 * fiscal year), TANDEM_E_OVERFLOW (a running sum beyond int64). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_actuals_add(tandem_actuals* actuals, const tandem_plan* plan,
                                            const char* unit, const char* product,
                                            const char* date, int64_t amount, int64_t quantity);

/**
 * The actual of unit `unit` (rolled up over its subtree) for product line `product`
 * (or TANDEM_ALL_PRODUCTS) in month `month` into *out. Errors:
 * TANDEM_E_INVALID_ARGUMENT (NULL, measure not a tandem_measure or not targeted, an
 * index out of range). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_actuals_actual(const tandem_actuals* actuals,
                                               tandem_measure measure, size_t unit,
                                               size_t product, size_t month, int64_t* out);

/** The same summed over every month. Errors: as tandem_actuals_actual. Since 0.6.0. */
TANDEM_API tandem_status tandem_actuals_total(const tandem_actuals* actuals,
                                              tandem_measure measure, size_t unit,
                                              size_t product, int64_t* out);

/** Number of sales booked; 0 for NULL. Since 0.6.0. */
TANDEM_API size_t tandem_actuals_rows(const tandem_actuals* actuals);

/**
 * Whether any sale is booked, into *has_out, and if so the latest date booked into
 * `date_out` (a buffer of at least TANDEM_DATE_SIZE bytes; unchanged when there is
 * none). Errors: TANDEM_E_INVALID_ARGUMENT (NULL, a buffer too small). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_actuals_last_date(const tandem_actuals* actuals, bool* has_out,
                                                  char* date_out, size_t date_capacity);

/**
 * Targets against actuals: rows per unit (and product line), per period group.
 * Immutable; the caller destroys it with tandem_plan_report_destroy.
 */
typedef struct tandem_plan_report tandem_plan_report;

/**
 * One row of a report. The attainment is the exact ratio actual / target in lowest
 * terms with a positive denominator (den 0 when the target is 0); format it with
 * tandem_plan_report_percent. The layout is fixed for 0.x.
 */
typedef struct tandem_plan_report_row {
  size_t unit;    /* the unit's index */
  size_t product; /* the product line's index; TANDEM_ALL_PRODUCTS on the unit's own row */
  int64_t target;
  int64_t actual;   /* 0 without actuals */
  int64_t variance; /* actual - target */
  int64_t attainment_num;
  int64_t attainment_den;
  /* With an as-of date: the target to that date (periods after it count 0, the
   * month containing it is pro-rated by its days) and actual / that target. */
  int64_t target_to_date;
  int64_t attainment_to_date_num;
  int64_t attainment_to_date_den;
  bool has_to_date; /* false without an as-of date (the three above are then 0) */
} tandem_plan_report_row;

/**
 * A report of `plan` against `actuals` (may be NULL: targets only) into *out (caller
 * destroys with tandem_plan_report_destroy).
 *
 * measure     a measure the plan targets.
 * by          how months are grouped: TANDEM_PERIOD_MONTH, _QUARTER, _HALF or _YEAR
 *             (of the plan's fiscal calendar; labels as it labels them, "FY2027 Q2").
 * unit        the id of one unit: its rows; NULL: every unit at depth `level`.
 * level       with unit NULL, the depth of the units listed (0 = the company).
 * by_product  also a row per product line under each unit's own row.
 * as_of       NULL, or "YYYY-MM-DD" inside the fiscal year: adds targets to date.
 *
 * Rows come unit by unit (depth-first order), each unit's own row then its lines',
 * periods in order within each.
 * Errors: TANDEM_E_INVALID_ARGUMENT (plan or out NULL, measure not a tandem_measure
 * or not targeted, `by` not one of the four kinds, an unknown unit, a level outside
 * 0..the tree's depth, actuals of another shape), TANDEM_E_PARSE (a malformed
 * date), TANDEM_E_OUT_OF_RANGE (as_of outside the fiscal year), TANDEM_E_OVERFLOW,
 * TANDEM_E_NO_MEMORY. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_report_create(const tandem_plan* plan,
                                                   const tandem_actuals* actuals,
                                                   tandem_measure measure, tandem_period_kind by,
                                                   const char* unit, int32_t level,
                                                   bool by_product, const char* as_of,
                                                   tandem_plan_report** out);

/** Destroys a report. NULL does nothing. Since 0.6.0. */
TANDEM_API void tandem_plan_report_destroy(tandem_plan_report* report);

/** Number of rows; 0 for NULL. Since 0.6.0. */
TANDEM_API size_t tandem_plan_report_count(const tandem_plan_report* report);

/**
 * Row `index` into *out, written only on success. Errors: TANDEM_E_INVALID_ARGUMENT
 * (NULL, index >= count). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_report_get(const tandem_plan_report* report, size_t index,
                                                tandem_plan_report_row* out);

/**
 * The period label of row `index` ("FY2027 Q2", "2026-07", "FY2027"), snprintf-style.
 * Errors: TANDEM_E_INVALID_ARGUMENT (report NULL, index >= count, buffer NULL with
 * capacity > 0). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_report_period(const tandem_plan_report* report, size_t index,
                                                   char* buffer, size_t capacity,
                                                   size_t* length_out);

/**
 * The attainment of row `index` (to_date false) or its attainment to date (true) as a
 * percentage with `decimals` decimals, rounded half away from zero once from the
 * exact ratio ("33.3" for 1/3 with 1 decimal), snprintf-style; "" (length 0) when the
 * target is 0 or, to date, when the report has no as-of date.
 * Errors: TANDEM_E_INVALID_ARGUMENT (report NULL, index >= count, buffer NULL with
 * capacity > 0), TANDEM_E_OUT_OF_RANGE (decimals not in 0..15). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_report_percent(const tandem_plan_report* report, size_t index,
                                                    bool to_date, int32_t decimals, char* buffer,
                                                    size_t capacity, size_t* length_out);

/**
 * What remains to be sold after the months closed by an as-of date, re-planned: per
 * leaf unit and product line, the actuals of the closed months and revised targets
 * for the open ones. Immutable; the caller destroys it with
 * tandem_plan_revision_destroy.
 */
typedef struct tandem_plan_revision tandem_plan_revision;

/**
 * Re-plans what remains of `measure` into *out (caller destroys with
 * tandem_plan_revision_destroy): a month is closed when it ends on or before `as_of`;
 * each leaf cell's annual target minus its actuals of the closed months is spread
 * over its open months by tandem_respread's rules (see there for on_shortfall,
 * on_surplus, proportional_to_original and `options`, which may be NULL for the
 * defaults). Parents are not re-planned: their remaining targets are the sums of
 * their leaves'.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, measure not a tandem_measure or not
 * targeted, a policy not of its enumeration, actuals of another shape, no month or
 * every month closed on `as_of`), TANDEM_E_PARSE (a malformed date), and those of
 * tandem_respread, the message naming the unit and product line. Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_respread_remaining(
    const tandem_plan* plan, const tandem_actuals* actuals, tandem_measure measure,
    const char* as_of, tandem_shortfall_policy on_shortfall, tandem_surplus_policy on_surplus,
    bool proportional_to_original, const tandem_spread_options* options,
    tandem_plan_revision** out);

/** Destroys a revision. NULL does nothing. Since 0.6.0. */
TANDEM_API void tandem_plan_revision_destroy(tandem_plan_revision* revision);

/** Number of months closed (actuals in place of targets); 0 for NULL. Since 0.6.0. */
TANDEM_API size_t tandem_plan_revision_closed_months(const tandem_plan_revision* revision);

/** Number of leaf units (the plan's leaves, in plan order); 0 for NULL. Since 0.6.0. */
TANDEM_API size_t tandem_plan_revision_leaf_count(const tandem_plan_revision* revision);

/**
 * The unit index of leaf `leaf` (0 .. leaf_count-1) into *unit_out.
 * Errors: TANDEM_E_INVALID_ARGUMENT (NULL, leaf >= leaf count). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_revision_leaf(const tandem_plan_revision* revision,
                                                   size_t leaf, size_t* unit_out);

/**
 * Leaf `leaf`'s product line `product`: its month by month targets to
 * targets_out[0 .. count-1] (caller owned; `count` must be the plan's month count):
 * the actuals of the closed months, then the revised targets of the open ones; and
 * into *unallocated_out (may be NULL) what the open months were not asked to achieve.
 * Written only on success. Errors: TANDEM_E_INVALID_ARGUMENT (NULL, an index out of
 * range, count not the month count). Since 0.6.0.
 */
TANDEM_API tandem_status tandem_plan_revision_cell(const tandem_plan_revision* revision,
                                                   size_t leaf, size_t product,
                                                   int64_t* targets_out, size_t count,
                                                   int64_t* unallocated_out);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* TANDEM_H */
