/*
 * The checking macros of the C tests: each CHECK counts, and a failed one prints
 * its file, line, condition and the library's last error. A test's main() returns
 * failures == 0 ? 0 : 1. One test program per translation unit, so the counters
 * are per program.
 */
#ifndef TANDEM_TESTS_CAPI_CHECK_H
#define TANDEM_TESTS_CAPI_CHECK_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "tandem.h"

static int checks = 0;
static int failures = 0;

#define CHECK(cond)                                                                  \
  do {                                                                               \
    ++checks;                                                                        \
    if (!(cond)) {                                                                   \
      ++failures;                                                                    \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n  last error: [%lld] %s\n", __FILE__, \
              __LINE__, #cond, (long long)tandem_last_error_child(),                 \
              tandem_last_error_message());                                          \
    }                                                                                \
  } while (0)

/* A failed call: the expected status, the child it names, a message. */
#define CHECK_FAILS(call, status, child)            \
  do {                                              \
    CHECK((call) == (status));                      \
    CHECK(tandem_last_error_child() == (child));    \
    CHECK(strlen(tandem_last_error_message()) > 0); \
  } while (0)

/* A successful call clears the last error. */
#define CHECK_OK(call)                                   \
  do {                                                   \
    CHECK((call) == TANDEM_OK);                          \
    CHECK(strcmp(tandem_last_error_message(), "") == 0); \
    CHECK(tandem_last_error_child() == -1);              \
  } while (0)

#endif
