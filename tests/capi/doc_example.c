/* Splits a sales target among three stores, first in whole units, then from
   decimal text, and shows what a failure looks like. */
#include <stdio.h>
#include <stdlib.h>

#include "tandem.h"

/* Prints the last error of this thread: status name, child at fault, message. */
static int report(tandem_status status) {
  fprintf(stderr, "tandem: %s (child %lld): %s\n", tandem_status_name(status),
          (long long)tandem_last_error_child(), tandem_last_error_message());
  return EXIT_FAILURE;
}

int main(void) {
  const int64_t weights[3] = {5, 3, 2};
  int64_t shares[3];
  const char* const sales[3] = {"1234567.89", "987654.32", "500000"};
  const char* const min[3] = {NULL, NULL, "300000.00"};
  const char* const bad_sales[3] = {"1234567.89", "n/a", "500000"};
  tandem_alloc_options* options = NULL;
  tandem_allocation* allocation = NULL;
  tandem_status status;
  size_t i;

  if (tandem_version_number() != TANDEM_VERSION_NUMBER) {
    fprintf(stderr, "built against tandem %s but loaded %s\n", TANDEM_VERSION_STRING,
            tandem_version_string());
    return EXIT_FAILURE;
  }

  /* One options handle, reused for every call: its scratch memory is kept. */
  status = tandem_alloc_options_create(&options);
  if (status != TANDEM_OK) return report(status);

  /* 7 units among 5:3:2, largest remainder (the default): 4, 2, 1. */
  status = tandem_apportion(options, 7, weights, 3, NULL, NULL, NULL, shares);
  if (status != TANDEM_OK) return report(status);
  printf("7 among 5:3:2 -> %lld %lld %lld\n", (long long)shares[0], (long long)shares[1],
         (long long)shares[2]);

  /* 1,000,000.00 among last year's sales, store 3 getting at least 300,000.00,
     in whole hundreds (quantum 10000 cents). */
  status = tandem_alloc_options_set_quantum(options, 10000);
  if (status != TANDEM_OK) return report(status);
  status = tandem_apportion_decimal(options, "1000000.00", 2, sales, 3, min, NULL, NULL,
                                    &allocation);
  if (status != TANDEM_OK) return report(status);
  for (i = 0; i < tandem_allocation_count(allocation); ++i) {
    char text[32];
    status = tandem_allocation_decimal(allocation, i, text, sizeof text, NULL);
    if (status != TANDEM_OK) return report(status);
    printf("store %u: %s\n", (unsigned)(i + 1), text);
  }
  tandem_allocation_destroy(allocation);

  /* A failure: nothing is written, and the last error names the child. */
  allocation = NULL;
  status = tandem_apportion_decimal(options, "1000000.00", 2, bad_sales, 3, NULL, NULL, NULL,
                                    &allocation);
  if (status == TANDEM_OK || allocation != NULL || tandem_last_error_child() != 1) {
    fprintf(stderr, "expected an error at child 1\n");
    return EXIT_FAILURE;
  }
  printf("expected failure: %s at child %lld\n", tandem_status_name(status),
         (long long)tandem_last_error_child());

  tandem_alloc_options_destroy(options);
  return EXIT_SUCCESS;
}
