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
#define TANDEM_VERSION_MINOR 1
#define TANDEM_VERSION_PATCH 0
/** MAJOR * 10000 + MINOR * 100 + PATCH. */
#define TANDEM_VERSION_NUMBER (TANDEM_VERSION_MAJOR * 10000 + TANDEM_VERSION_MINOR * 100 + TANDEM_VERSION_PATCH)
#define TANDEM_VERSION_STRING "0.1.0"

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

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* TANDEM_H */
