// keep_short (src/alloc/biproportional_state.hpp): the biproportional engine keeps
// its multipliers as unreduced fractions and reduces one only once it grows long.
// The fractions are products of distinct primes above 10^6, so their lowest terms are
// known without a gcd.
#include "alloc/biproportional_state.hpp"

#include <gtest/gtest.h>

#include <cstdint>

#include "tandem/core/multiprecision.hpp"

namespace tandem::alloc::detail {
namespace {

// p / q in lowest terms with about `bits` bits each: products of distinct primes.
ratio<big_int> coprime_fraction(unsigned bits) {
  big_int num = 1;
  big_int den = 1;
  std::uint64_t candidate = 1'000'003;
  bool to_num = true;
  while (bit_length(num) < bits || bit_length(den) < bits) {
    bool prime = true;
    for (std::uint64_t d = 3; d * d <= candidate; d += 2) {
      if (candidate % d == 0) {
        prime = false;
        break;
      }
    }
    if (prime) {
      (to_num ? num : den) *= candidate;
      to_num = !to_num;
    }
    candidate += 2;
  }
  return {num, den};
}

bool same_value(const ratio<big_int>& a, const ratio<big_int>& b) { return a.num * b.den == b.num * a.den; }

TEST(KeepShort, LeavesShortFractionsUnreduced) {
  // 6/4 is not in lowest terms, but short: reducing it would cost a gcd for nothing.
  ratio<big_int> r{big_int(6), big_int(4)};
  keep_short(r);
  EXPECT_EQ(r.num, 6);
  EXPECT_EQ(r.den, 4);

  // Just under the limit, a common factor of 3 kept.
  const ratio<big_int> lowest = coprime_fraction(long_fraction_bits / 2 - 40);
  ratio<big_int> near{lowest.num * 3, lowest.den * 3};
  ASSERT_LE(bit_length(near.num) + bit_length(near.den), long_fraction_bits);
  const ratio<big_int> before = near;
  keep_short(near);
  EXPECT_EQ(near.num, before.num);
  EXPECT_EQ(near.den, before.den);
}

TEST(KeepShort, ReducesLongFractionsToLowestTerms) {
  const ratio<big_int> lowest = coprime_fraction(long_fraction_bits / 2 - 100);
  const big_int common = (big_int(1) << 200) * 999'999'999'989;  // what a tie carried across cells leaves
  ratio<big_int> r{lowest.num * common, lowest.den * common};
  ASSERT_GT(bit_length(r.num) + bit_length(r.den), long_fraction_bits);
  keep_short(r);
  EXPECT_EQ(r.num, lowest.num);
  EXPECT_EQ(r.den, lowest.den);
  EXPECT_TRUE(same_value(r, lowest));
}

TEST(KeepShort, KeepsLongFractionsThatAreAlreadyLowest) {
  const ratio<big_int> lowest = coprime_fraction(long_fraction_bits / 2 + 100);
  ratio<big_int> r = lowest;
  keep_short(r);
  EXPECT_EQ(r.num, lowest.num);
  EXPECT_EQ(r.den, lowest.den);
}

}  // namespace
}  // namespace tandem::alloc::detail
