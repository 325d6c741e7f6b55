// Uses the installed C++ library: apportions 7 among weights 5, 3, 2 (Hamilton:
// quotas 3.5, 2.1, 1.4 -> floors 3, 2, 1, the spare unit to the largest remainder
// 0.5 -> 4, 2, 1) and checks that a bad request surfaces as tandem::error.
#include <cstdint>
#include <cstdio>
#include <vector>

#include <tandem/alloc/apportion.hpp>
#include <tandem/core/error.hpp>

int main() {
  const std::vector<std::int64_t> weights{5, 3, 2};
  const std::vector<std::int64_t> expected{4, 2, 1};
  const std::vector<std::int64_t> shares = tandem::alloc::apportion(7, weights);
  if (shares != expected) {
    std::fprintf(stderr, "cxx_consumer: 7 among 5:3:2 gave %lld %lld %lld, expected 4 2 1\n",
                 static_cast<long long>(shares.at(0)), static_cast<long long>(shares.at(1)),
                 static_cast<long long>(shares.at(2)));
    return 1;
  }

  // An exception thrown inside the installed archive must reach this program.
  try {
    static_cast<void>(tandem::alloc::apportion(-1, weights));
    std::fprintf(stderr, "cxx_consumer: a negative total was accepted\n");
    return 1;
  } catch (const tandem::error& e) {
    if (e.code() != tandem::errc::out_of_range) {
      std::fprintf(stderr, "cxx_consumer: a negative total gave '%s'\n", e.what());
      return 1;
    }
  }

  std::printf("cxx_consumer: tandem::tandem, 7 among 5:3:2 -> 4 2 1; negative total -> out_of_range\n");
  return 0;
}
