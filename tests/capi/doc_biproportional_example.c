/* Splits 8 units two ways at once: between two regions (5 and 3) and two product
   lines (4 each), in proportion to last year's sales per region and line; prints
   the divisors that certify the result, checks them, and shows a filling that
   meets the totals but is not proportional being refused. */
#include <stdio.h>
#include <stdlib.h>

#include "tandem.h"

/* Prints the last error of this thread: status name, row or column, message. */
static int report(tandem_status status) {
  fprintf(stderr, "tandem: %s (child %lld): %s\n", tandem_status_name(status),
          (long long)tandem_last_error_child(), tandem_last_error_message());
  return EXIT_FAILURE;
}

/* Divisor `index` of a row (or a column) as a new string the caller frees: ask for
   the length, then fetch. NULL on failure. */
static char* divisor(const tandem_biproportional_result* result, int row, size_t index) {
  size_t length = 0;
  char* text;
  tandem_status status =
      row ? tandem_biproportional_result_row_divisor(result, index, NULL, 0, &length)
          : tandem_biproportional_result_column_divisor(result, index, NULL, 0, &length);
  if (status != TANDEM_OK || (text = malloc(length + 1)) == NULL) return NULL;
  status = row ? tandem_biproportional_result_row_divisor(result, index, text, length + 1, NULL)
               : tandem_biproportional_result_column_divisor(result, index, text, length + 1, NULL);
  if (status != TANDEM_OK) {
    free(text);
    return NULL;
  }
  return text;
}

int main(void) {
  const int64_t regions[2] = {5, 3}, lines[2] = {4, 4};
  const int64_t sales[4] = {30, 10,  /* east: line A, line B */
                            10, 20}; /* west */
  const int64_t skewed[4] = {4, 1, 0, 3};
  tandem_biproportional_result* result = NULL;
  int64_t shares[4];
  char* row_divisors[2] = {NULL, NULL};
  char* column_divisors[2] = {NULL, NULL};
  tandem_status status;
  size_t i;

  status = tandem_biproportional(regions, 2, lines, 2, sales, TANDEM_METHOD_WEBSTER, 1, &result);
  if (status != TANDEM_OK) return report(status);
  status = tandem_biproportional_result_copy_shares(result, shares, 4);
  if (status != TANDEM_OK) return report(status);
  for (i = 0; i < 2; ++i) {
    row_divisors[i] = divisor(result, 1, i);
    column_divisors[i] = divisor(result, 0, i);
    if (row_divisors[i] == NULL || column_divisors[i] == NULL) return EXIT_FAILURE;
  }
  printf("east: %lld %lld\nwest: %lld %lld\n", (long long)shares[0], (long long)shares[1],
         (long long)shares[2], (long long)shares[3]);
  printf("row divisors %s, %s; column divisors %s, %s; tied: %s\n", row_divisors[0],
         row_divisors[1], column_divisors[0], column_divisors[1],
         tandem_biproportional_result_tied(result) ? "yes" : "no");

  /* Anyone can verify the certificate, without trusting how it was found. */
  status = tandem_biproportional_check(regions, 2, lines, 2, sales, shares,
                                       (const char* const*)row_divisors,
                                       (const char* const*)column_divisors,
                                       TANDEM_METHOD_WEBSTER, 1);
  printf("certificate: %s\n", tandem_status_name(status));

  /* The same totals, filled otherwise: these divisors do not give it. */
  status = tandem_biproportional_check(regions, 2, lines, 2, sales, skewed,
                                       (const char* const*)row_divisors,
                                       (const char* const*)column_divisors,
                                       TANDEM_METHOD_WEBSTER, 1);
  printf("skewed: %s\n", tandem_status_name(status));

  for (i = 0; i < 2; ++i) {
    free(row_divisors[i]);
    free(column_divisors[i]);
  }
  tandem_biproportional_result_destroy(result);
  return EXIT_SUCCESS;
}
