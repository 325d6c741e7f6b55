/*
 * Concurrent use of the C API: several threads, each with its own options handle,
 * apportion at the same time; every result is checked, and the last error is
 * per thread: workers that fail on purpose never disturb the ones that succeed.
 *
 * Run under the tsan preset to prove the absence of data races.
 */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "tandem.h"

#define THREADS 8
#define ROUNDS 2000
#define CHILDREN 1000

struct worker {
  int index;
  int failures;
};

/* Even workers succeed: `total` among CHILDREN equal weights, 1000 * index + 999
   units of quantum 1, gives floor(total / CHILDREN) to everyone and one more to
   the first (total mod CHILDREN) children (Hamilton, input order).
   Odd workers fail on purpose (a negative weight at child `index`) and check that
   their last error is theirs. */
static void* run(void* argument) {
  struct worker* self = (struct worker*)argument;
  int64_t weights[CHILDREN];
  int64_t shares[CHILDREN];
  tandem_alloc_options* options = NULL;
  const int64_t total = 1000 * (int64_t)self->index + 999;
  const int fails = self->index % 2 == 1;
  int round;
  size_t i;

  for (i = 0; i < CHILDREN; ++i) weights[i] = 7;
  if (fails) weights[self->index] = -1;
  if (tandem_alloc_options_create(&options) != TANDEM_OK) {
    ++self->failures;
    return NULL;
  }
  for (round = 0; round < ROUNDS; ++round) {
    const tandem_status status =
        tandem_apportion(options, total, weights, CHILDREN, NULL, NULL, NULL, shares);
    if (fails) {
      if (status != TANDEM_E_OUT_OF_RANGE || tandem_last_error_child() != self->index ||
          strstr(tandem_last_error_message(), "weight") == NULL) {
        ++self->failures;
      }
      continue;
    }
    if (status != TANDEM_OK || tandem_last_error_child() != -1 ||
        strcmp(tandem_last_error_message(), "") != 0) {
      ++self->failures;
      continue;
    }
    for (i = 0; i < CHILDREN; ++i) {
      const int64_t expected = total / CHILDREN + ((int64_t)i < total % CHILDREN ? 1 : 0);
      if (shares[i] != expected) {
        ++self->failures;
        break;
      }
    }
  }
  tandem_alloc_options_destroy(options);
  return NULL;
}

int main(void) {
  pthread_t threads[THREADS];
  struct worker workers[THREADS];
  int failures = 0;
  int t;
  for (t = 0; t < THREADS; ++t) {
    workers[t].index = t;
    workers[t].failures = 0;
    if (pthread_create(&threads[t], NULL, run, &workers[t]) != 0) {
      fprintf(stderr, "capi_threads_test: cannot start thread %d\n", t);
      return 1;
    }
  }
  for (t = 0; t < THREADS; ++t) {
    pthread_join(threads[t], NULL);
    if (workers[t].failures > 0) {
      fprintf(stderr, "capi_threads_test: worker %d saw %d wrong results\n", t, workers[t].failures);
    }
    failures += workers[t].failures;
  }
  /* The main thread made no failing call: its last error is still clear. */
  if (strcmp(tandem_last_error_message(), "") != 0 || tandem_last_error_child() != -1) {
    fprintf(stderr, "capi_threads_test: another thread's error leaked into the main thread\n");
    ++failures;
  }
  if (failures > 0) return 1;
  printf("capi_threads_test: %d threads x %d rounds, results and last errors as expected\n", THREADS,
         ROUNDS);
  return 0;
}
