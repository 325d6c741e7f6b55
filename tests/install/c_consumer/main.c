/*
 * Uses the installed C API as a C host would: checks that the loaded library is
 * the version the header describes, apportions 7 among weights 5, 3, 2 (4, 2, 1)
 * and checks that an error crosses the boundary as a status, outputs untouched.
 * Built by run_consumers.sh with `cc $(pkg-config --cflags --libs tandem)`, and by
 * ../cxx_consumer against tandem::c and tandem::c_static.
 */
#include <inttypes.h>
#include <stdio.h>

#include <tandem.h>

static int same_shares(const int64_t* actual, const int64_t* expected, size_t count) {
  size_t i;
  for (i = 0; i < count; ++i) {
    if (actual[i] != expected[i]) return 0;
  }
  return 1;
}

int main(void) {
  const int64_t weights[3] = {5, 3, 2};
  const int64_t expected[3] = {4, 2, 1};
  const int64_t untouched[3] = {-7, -7, -7};
  int64_t shares[3] = {-7, -7, -7};
  tandem_status status;

  if (tandem_version_number() != TANDEM_VERSION_NUMBER) {
    fprintf(stderr, "c_consumer: header is %d but the library is %" PRId32 " (%s)\n",
            TANDEM_VERSION_NUMBER, tandem_version_number(), tandem_version_string());
    return 1;
  }

  status = tandem_apportion(NULL, 7, weights, 3, NULL, NULL, NULL, shares);
  if (status != TANDEM_OK) {
    fprintf(stderr, "c_consumer: tandem_apportion failed: %s: %s\n", tandem_status_name(status),
            tandem_last_error_message());
    return 1;
  }
  if (!same_shares(shares, expected, 3)) {
    fprintf(stderr, "c_consumer: 7 among 5:3:2 gave %" PRId64 " %" PRId64 " %" PRId64
            ", expected 4 2 1\n", shares[0], shares[1], shares[2]);
    return 1;
  }
  printf("c_consumer: tandem %s, 7 among 5:3:2 -> %" PRId64 " %" PRId64 " %" PRId64 "\n",
         tandem_version_string(), shares[0], shares[1], shares[2]);

  /* The library throws internally and must turn it into a status. */
  shares[0] = shares[1] = shares[2] = -7;
  status = tandem_apportion(NULL, -1, weights, 3, NULL, NULL, NULL, shares);
  if (status != TANDEM_E_OUT_OF_RANGE || !same_shares(shares, untouched, 3)) {
    fprintf(stderr, "c_consumer: a negative total gave status %" PRId32 " (%s)\n", status,
            tandem_last_error_message());
    return 1;
  }

  printf("c_consumer: negative total -> %s, shares untouched\n", tandem_status_name(status));
  return 0;
}
