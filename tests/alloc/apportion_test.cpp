// Known results computed by hand, and every error path of alloc::apportion.
//
// Each expected result is justified in a comment: for a divisor method by a
// divisor d with share_i = round(w_i / d) (the method's rounding; any d in the
// stated open interval gives the same shares, so the result is unique), for
// Hamilton by the quotas T w_i / W and their fractional parts. Every case is also
// run through the reference implementation, which must agree with the hand
// computation (that guards the reference itself).
#include "tandem/alloc/apportion.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "alloc/support/reference.hpp"

namespace tandem::alloc {
namespace {

using test_support::describe;
using test_support::engine_apportion;
using test_support::outcome;
using test_support::problem;
using test_support::reference_apportion;

constexpr std::int64_t big = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t no = unset;  // short for "no limit for this child"

problem make(std::int64_t total, std::vector<std::int64_t> weights, method m,
             tie_rule t = tie_rule::input_order) {
  problem p;
  p.total = total;
  p.weights = std::move(weights);
  p.opts.m = m;
  p.opts.ties = t;
  return p;
}

// The engine (both overloads) gives `expected`; so does the reference unless
// the problem is too large for it.
void expect_shares(const problem& p, const std::vector<std::int64_t>& expected, bool with_reference = true) {
  SCOPED_TRACE(describe(p));
  if (with_reference) {
    const outcome ref = reference_apportion(p);
    EXPECT_TRUE(ref.ok && ref.shares == expected) << "reference: " << describe(ref);
  }
  const outcome got = engine_apportion(p);
  ASSERT_TRUE(got.ok) << "engine: " << describe(got);
  EXPECT_EQ(got.shares, expected);
  try {
    EXPECT_EQ(apportion(p.total, p.weights, p.opts, p.lim()), expected);
  } catch (const error& e) {
    ADD_FAILURE() << "vector overload threw " << to_string(e.code()) << ": " << e.what();
  }
}

enum class blame { none, any };

// The engine fails with `code` and writes nothing; the reference agrees.
// `child`: the index the error must name first, or blame::none (the error
// concerns the request as a whole), or blame::any (not checked).
void expect_failure(const problem& p, errc code, std::optional<std::size_t> child, blame b = blame::any) {
  SCOPED_TRACE(describe(p));
  const outcome ref = reference_apportion(p);
  EXPECT_TRUE(!ref.ok && ref.code == code) << "reference: " << describe(ref);
  const outcome got = engine_apportion(p);
  ASSERT_FALSE(got.ok) << "engine: " << describe(got);
  EXPECT_EQ(got.code, code) << "engine: " << describe(got);
  EXPECT_FALSE(got.output_touched) << "strong guarantee: a failed call wrote to its output";
  if (child) {
    ASSERT_FALSE(got.children.empty()) << "the error names no child";
    EXPECT_EQ(got.children.front(), *child);
  } else if (b == blame::none) {
    EXPECT_TRUE(got.children.empty()) << "the error names a child: " << describe(got);
  }
}

// ---------------------------------------------------------------------------
// Textbook cases where the methods disagree.
//
// Example A: weights 86, 59, 33, 7 (W = 185), 9 units.
//   hamilton   quotas 9w/185 = 4.184, 2.870, 1.605, 0.341; floors 4,2,1,0 = 7;
//              2 extra units to the largest fractions .870 and .605  -> 4,3,2,0
//   jefferson  d = 17 (any d in (16.5, 17.2)): 5.06, 3.47, 1.94, 0.41 rounded
//              down                                                   -> 5,3,1,0
//   webster    d = 20 (19.11, 22): 4.30, 2.95, 1.65, 0.35 to nearest  -> 4,3,2,0
//   mod. S-L   d = 20: as Webster; 0.35 is below the first signpost .7 -> 4,3,2,0
//   adams      d = 29 (28.67, 29.5): 2.97, 2.03, 1.14, 0.24 rounded up -> 3,3,2,1
//   dean       d = 24.6 (24.58, 24.75): 3.496 > 24/7 = 3.429 -> 4; 2.398 < 12/5 = 2.4
//              -> 2; 1.341 > 4/3 -> 2; 0.285 > 0 -> 1                -> 4,2,2,1
//   hunt.-hill d = 24 (d^2 in (544.5, 580.2)): 3.583 > sqrt 12 = 3.464 -> 4;
//              2.458 > sqrt 6 = 2.449 -> 3; 1.375 < sqrt 2 -> 1; 0.29 -> 1 -> 4,3,1,1
//
// Example B: weights 98, 23, 9, 4 (W = 134), 9 units.
//   hamilton   quotas 6.582, 1.545, 0.604, 0.269; floors 6,1,0,0 = 7; extras to
//              .604 and .582                                          -> 7,1,1,0
//   jefferson  d = 12 (11.5, 12.25): 8.17, 1.92, 0.75, 0.33 down      -> 8,1,0,0
//   webster    d = 15.2 (15.08, 15.33): 6.45, 1.51, 0.59, 0.26 nearest -> 6,2,1,0
//   mod. S-L   d = 14 (13.07, 15.08): 7.00, 1.64 -> 7, 2; 0.64 and 0.29 are
//              below .7                                               -> 7,2,0,0
//   adams      d = 20 (19.6, 23): 4.9, 1.15, 0.45, 0.2 up             -> 5,2,1,1
//   dean       d = 17.5 (17.25, 17.97): 5.6 > 60/11 = 5.45 -> 6; 1.314 < 4/3 -> 1;
//              0.51 -> 1; 0.23 -> 1                                   -> 6,1,1,1
//   hunt.-hill d = 17 (d^2 in (264.5, 320.1)): 5.76 > sqrt 30 = 5.48 -> 6;
//              1.35 < sqrt 2 -> 1; 0.53 -> 1; 0.24 -> 1              -> 6,1,1,1

struct textbook_case {
  method m;
  std::vector<std::int64_t> example_a;
  std::vector<std::int64_t> example_b;
};

TEST(ApportionTextbook, EveryMethodOnTwoExamples) {
  const std::vector<textbook_case> cases{
      {method::hamilton, {4, 3, 2, 0}, {7, 1, 1, 0}},
      {method::jefferson, {5, 3, 1, 0}, {8, 1, 0, 0}},
      {method::webster, {4, 3, 2, 0}, {6, 2, 1, 0}},
      {method::modified_sainte_lague, {4, 3, 2, 0}, {7, 2, 0, 0}},
      {method::adams, {3, 3, 2, 1}, {5, 2, 1, 1}},
      {method::dean, {4, 2, 2, 1}, {6, 1, 1, 1}},
      {method::huntington_hill, {4, 3, 1, 1}, {6, 1, 1, 1}},
  };
  for (const textbook_case& c : cases) {
    for (const tie_rule t : {tie_rule::input_order, tie_rule::error}) {  // no ties: error never fires
      expect_shares(make(9, {86, 59, 33, 7}, c.m, t), c.example_a);
      expect_shares(make(9, {98, 23, 9, 4}, c.m, t), c.example_b);
    }
  }
}

TEST(ApportionTextbook, HeaderExample) {
  // Quotas 7 * (5, 3, 2) / 10 = 3.5, 2.1, 1.4; floors 3,2,1; the extra unit goes to .5.
  expect_shares(make(7, {5, 3, 2}, method::hamilton), {4, 2, 1});
  std::vector<std::int64_t> w{5, 3, 2};
  EXPECT_EQ(apportion(7, w, {.m = method::hamilton}), (std::vector<std::int64_t>{4, 2, 1}));
  EXPECT_EQ(apportion(7, w), (std::vector<std::int64_t>{4, 2, 1}));  // hamilton is the default
}

TEST(ApportionTextbook, DivisibleTotalsGiveExactQuotasForEveryMethod) {
  // 100 * (50, 30, 20) / 100: every quota is whole, every method must return it.
  for (const method m : all_methods()) expect_shares(make(100, {50, 30, 20}, m), {50, 30, 20});
}

// ---------------------------------------------------------------------------
// Tie rules.

TEST(ApportionTies, HamiltonAllFourRules) {
  // W = 10, 5 units: quotas 1.5, 0.5, 2.5, 0.5; floors 1,0,2,0 = 3; 2 extra units
  // and all four fractions are 1/2.
  const std::vector<std::int64_t> w{3, 1, 5, 1};
  expect_shares(make(5, w, method::hamilton, tie_rule::input_order), {2, 1, 2, 0});    // children 0, 1
  expect_shares(make(5, w, method::hamilton, tie_rule::larger_weight), {2, 0, 3, 0});  // weights 5, 3
  expect_shares(make(5, w, method::hamilton, tie_rule::smaller_weight), {1, 1, 2, 1}); // weights 1, 1
  const problem p = make(5, w, method::hamilton, tie_rule::error);
  expect_failure(p, errc::tie, 0U);
  EXPECT_EQ(engine_apportion(p).children, (std::vector<std::size_t>{0, 1, 2, 3}));
  EXPECT_EQ(reference_apportion(p).children, (std::vector<std::size_t>{0, 1, 2, 3}));
}

TEST(ApportionTies, HamiltonTieBelowTheCutIsNoError) {
  // W = 7, 2 units: quotas 1.43, 0.29, 0.29; floors 1,0,0; 1 extra unit to .43.
  // The tied fractions .29 lie wholly below the cut.
  expect_shares(make(2, {5, 1, 1}, method::hamilton, tie_rule::error), {2, 0, 0});
  // 4 units: quotas 2.4, 0.8, 0.8; floors 2,0,0; 2 extra units to the two .8: the
  // whole tied group is served.
  expect_shares(make(4, {3, 1, 1}, method::hamilton, tie_rule::error), {2, 1, 1});
}

TEST(ApportionTies, JeffersonAllFourRules) {
  // Weights 4, 2, 6. Priorities w/(k+1): 6 (child 2), 4 (0), 3 (2), then a
  // three-way tie at 2: child 0's 2nd unit 4/2, child 1's 1st 2/1, child 2's 3rd 6/3.
  const std::vector<std::int64_t> w{4, 2, 6};
  // 4 units: one of the three tied units is handed out.
  expect_shares(make(4, w, method::jefferson, tie_rule::input_order), {2, 0, 2});
  expect_shares(make(4, w, method::jefferson, tie_rule::larger_weight), {1, 0, 3});
  expect_shares(make(4, w, method::jefferson, tie_rule::smaller_weight), {1, 1, 2});
  expect_failure(make(4, w, method::jefferson, tie_rule::error), errc::tie, 0U);
  EXPECT_EQ(engine_apportion(make(4, w, method::jefferson, tie_rule::error)).children,
            (std::vector<std::size_t>{0, 1, 2}));
  // 5 units: two of the three.
  expect_shares(make(5, w, method::jefferson, tie_rule::input_order), {2, 1, 2});
  expect_shares(make(5, w, method::jefferson, tie_rule::larger_weight), {2, 0, 3});
  expect_shares(make(5, w, method::jefferson, tie_rule::smaller_weight), {2, 1, 2});
  expect_failure(make(5, w, method::jefferson, tie_rule::error), errc::tie, 0U);
  EXPECT_EQ(engine_apportion(make(5, w, method::jefferson, tie_rule::error)).children,
            (std::vector<std::size_t>{0, 1, 2}));
  // 6 units: the whole tied group is handed out, so the result does not depend on it.
  for (const tie_rule t : {tie_rule::input_order, tie_rule::larger_weight, tie_rule::smaller_weight, tie_rule::error}) {
    expect_shares(make(6, w, method::jefferson, t), {2, 1, 3});
  }
}

TEST(ApportionTies, TieChildrenListOnlyTheTiedGroup) {
  // Webster, weights 9, 2, 2, 1. Priorities w/(k+1/2): 18 (child 0), 6 (0),
  // 4 (1), 4 (2), 3.6 (0), 2.57 (0), 2 (3), ... With 4 units (18, 6, 4, 4) the tie
  // at 4 between children 1 and 2 is wholly served: no error.
  expect_shares(make(4, {9, 2, 2, 1}, method::webster, tie_rule::error), {2, 1, 1, 0});
  // 3 units: 18, 6, and one of the two units at 4: children 1 and 2 are tied,
  // child 0 (served at other priorities) and child 3 are not part of the tie.
  const problem p = make(3, {9, 2, 2, 1}, method::webster, tie_rule::error);
  expect_failure(p, errc::tie, 1U);
  EXPECT_EQ(engine_apportion(p).children, (std::vector<std::size_t>{1, 2}));
  EXPECT_EQ(reference_apportion(p).children, (std::vector<std::size_t>{1, 2}));
}

// ---------------------------------------------------------------------------
// Adams, Dean, Huntington-Hill: the first unit of a positive weight has infinite
// priority; with fewer units than positive weights the largest weights win.

TEST(ApportionSmallTotal, LargestWeightsGetTheFirstUnits) {
  for (const method m : {method::adams, method::dean, method::huntington_hill}) {
    expect_shares(make(0, {5, 9, 3, 7}, m), {0, 0, 0, 0});
    expect_shares(make(1, {5, 9, 3, 7}, m), {0, 1, 0, 0});
    expect_shares(make(2, {5, 9, 3, 7}, m), {0, 1, 0, 1});
    expect_shares(make(3, {5, 9, 3, 7}, m), {1, 1, 0, 1});
    expect_shares(make(4, {5, 9, 3, 7}, m), {1, 1, 1, 1});
    // The 5th unit: priorities 9/s(1) > 7/s(1) > ... whatever s(1) > 0 is.
    expect_shares(make(5, {5, 9, 3, 7}, m), {1, 2, 1, 1});
    // Distinct weights are no tie, even with the error rule.
    expect_shares(make(2, {3, 5, 4}, m, tie_rule::error), {0, 1, 1});
    // Larger weight first is not a tie rule: it holds under "smaller" too.
    expect_shares(make(1, {3, 5}, m, tie_rule::smaller_weight), {0, 1});
    // A zero weight never gets a unit, infinite priority or not.
    expect_shares(make(1, {0, 5}, m), {0, 1});
  }
}

TEST(ApportionSmallTotal, EqualLargestWeightsUseTheTieRule) {
  for (const method m : {method::adams, method::dean, method::huntington_hill}) {
    expect_shares(make(1, {1, 4, 4}, m, tie_rule::input_order), {0, 1, 0});
    expect_shares(make(1, {1, 4, 4}, m, tie_rule::larger_weight), {0, 1, 0});
    expect_shares(make(1, {1, 4, 4}, m, tie_rule::smaller_weight), {0, 1, 0});
    const problem p = make(1, {1, 4, 4}, m, tie_rule::error);
    expect_failure(p, errc::tie, 1U);
    EXPECT_EQ(engine_apportion(p).children, (std::vector<std::size_t>{1, 2}));
    // Both tied units handed out: no tie.
    expect_shares(make(2, {1, 4, 4}, m, tie_rule::error), {0, 1, 1});
  }
}

// ---------------------------------------------------------------------------
// Bounds, fixed values, quantum, zero weights, degenerate sizes.

TEST(ApportionBounds, HamiltonUsesBoundedQuotas) {
  // Unbounded: quotas 10 * (6, 3, 2) / 11 = 5.45, 2.73, 1.82 -> 5,3,2 (extras to .82, .73).
  expect_shares(make(10, {6, 3, 2}, method::hamilton), {5, 3, 2});
  // max 4 on child 0: clamp(6L, 0, 4) + 3L + 2L = 10 gives L = 6/5; quotas 4, 3.6,
  // 2.4; floors 4,3,2 = 9; the extra unit to .6.
  problem p = make(10, {6, 3, 2}, method::hamilton);
  p.max = {4, no, no};
  expect_shares(p, {4, 4, 2});
  // min 3 on child 2: 6L + 3L + clamp(2L, 3, inf) = 10 gives L = 7/9; quotas 4.67,
  // 2.33, 3; floors 4,2,3 = 9; the extra unit to .67.
  problem q = make(10, {6, 3, 2}, method::hamilton);
  q.min = {no, no, 3};
  expect_shares(q, {5, 2, 3});
}

TEST(ApportionBounds, DivisorMethodClampsToTheBounds) {
  // Jefferson, max 4 on child 0: d = 0.7 (any d in (2/3, 3/4)): 8.6 -> 8 clamped
  // to 4; 4.29 -> 4; 2.86 -> 2.
  problem p = make(10, {6, 3, 2}, method::jefferson);
  p.max = {4, no, no};
  expect_shares(p, {4, 4, 2});
  // Webster, min 4 on child 2: d = 1.6: 3.75 -> 4; 1.875 -> 2; 1.25 -> 1 raised to 4.
  problem q = make(10, {6, 3, 2}, method::webster);
  q.min = {no, no, 4};
  expect_shares(q, {4, 2, 4});
  // A bound equal on both sides pins the child, whatever its weight.
  problem r = make(10, {1, 1, 1}, method::adams);
  r.min = {7, no, no};
  r.max = {7, no, no};
  expect_shares(r, {7, 2, 1});  // Adams on the remaining 3: 1 each, then input order
}

TEST(ApportionFixed, FixedChildrenAreExactAndTheRestIsShared) {
  // Child 1 fixed at 5; the other 5 go to weights 5 and 2: quotas 3.57, 1.43 ->
  // floors 3,1, the extra unit to .57. Jefferson: d = 1.2: 4.17 -> 4, 1.67 -> 1.
  for (const method m : {method::hamilton, method::jefferson}) {
    for (const std::int64_t fixed_weight : {std::int64_t{3}, std::int64_t{0}, std::int64_t{1000}}) {
      problem p = make(10, {5, fixed_weight, 2}, m);  // the fixed child's weight is ignored
      p.fixed = {no, 5, no};
      expect_shares(p, {4, 5, 1});
    }
  }
  problem all = make(6, {1, 1}, method::webster);
  all.fixed = {6, no};
  expect_shares(all, {6, 0});
  problem zero = make(6, {1, 1}, method::webster);
  zero.fixed = {0, no};
  expect_shares(zero, {0, 6});
  // A fixed value on the edge of its own bounds is allowed.
  problem edge = make(6, {1, 1}, method::hamilton);
  edge.fixed = {4, no};
  edge.min = {4, no};
  edge.max = {4, no};
  expect_shares(edge, {4, 2});
}

TEST(ApportionQuantum, SharesAreWholeQuanta) {
  // 120000 in quanta of 1000 = 120 units; weights 7, 5, 1 (W = 13): quotas
  // 64.62, 46.15, 9.23; floors 64,46,9 = 119; the extra unit to .62.
  problem p = make(120000, {7, 5, 1}, method::hamilton);
  p.opts.quantum = 1000;
  expect_shares(p, {65000, 46000, 9000});
  // Without the quantum: 64615.38, 46153.85, 9230.77; floors sum to 119998; the
  // two extra units go to .85 and .77.
  expect_shares(make(120000, {7, 5, 1}, method::hamilton), {64615, 46154, 9231});
  // Webster on 120 units, d = 13/120: 64.62, 46.15, 9.23 round to 65, 46, 9.
  problem w = make(120000, {7, 5, 1}, method::webster);
  w.opts.quantum = 1000;
  expect_shares(w, {65000, 46000, 9000});
  // Limits are in the same units as the total.
  problem b = make(120000, {7, 5, 1}, method::hamilton);
  b.opts.quantum = 1000;
  b.min = {no, no, 20000};
  // Child 2 takes 20 units; 100 units go to 7 and 5: 58.33, 41.67 -> 58, 42.
  expect_shares(b, {58000, 42000, 20000});
}

TEST(ApportionZeroWeights, ZeroWeightsGetTheirMinimum) {
  // Weights 0, 3, 1 and 4 units: every method gives 0, 3, 1 (d = 1 for Jefferson,
  // quotas 0, 3, 1 for Hamilton; Adams etc. give the first units to 3 then 1).
  for (const method m : all_methods()) {
    expect_shares(make(4, {0, 3, 1}, m), {0, 3, 1});
    problem p = make(6, {0, 3, 1}, m);
    p.min = {2, no, no};  // the zero weight takes its minimum, the rest share 4
    expect_shares(p, {2, 3, 1});
    problem q = make(3, {0, 2}, m);
    q.max = {5, no};  // a maximum does not attract units to a zero weight
    expect_shares(q, {0, 3});
    expect_shares(make(0, {0, 0}, m), {0, 0});  // nothing to share: fine
  }
}

TEST(ApportionSizes, EmptyAndSingleChild) {
  for (const method m : all_methods()) {
    expect_shares(make(0, {}, m), {});
    expect_shares(make(10, {7}, m), {10});
    expect_shares(make(0, {7}, m), {0});
    expect_shares(make(0, {0}, m), {0});
    problem q = make(3000, {1}, m);
    q.opts.quantum = 1000;
    expect_shares(q, {3000});
  }
}

// ---------------------------------------------------------------------------
// Extreme values, checked by hand (the reference cannot hand out 2^63 units).
// M = 2^63 - 1 is odd, so M/2 = (M-1)/2 + 1/2.

TEST(ApportionExtremes, HamiltonWithInt64MaxWeightsAndTotal) {
  // W = 2M + 1. Quotas M*M/W = (M-1)/2 + 1/4 + 1/(4W) for children 0 and 1 and
  // M/W = 1/2 - 1/(2W) for child 2. Floors (M-1)/2, (M-1)/2, 0 sum to M - 1; the
  // extra unit goes to child 2 (1/2 - tiny beats 1/4 + tiny).
  const std::int64_t half = (big - 1) / 2;
  expect_shares(make(big, {big, big, 1}, method::hamilton), {half, half, 1});
}

TEST(ApportionExtremes, DivisorMethodsWithInt64MaxWeightsAndTotal) {
  const std::int64_t half = (big - 1) / 2;
  // Jefferson: d = 2 gives (M-1)/2, (M-1)/2, 0, one unit short. The next units of
  // children 0 and 1 have equal priority M / ((M+1)/2) = 2M/(M+1) > 1 = child 2's.
  expect_shares(make(big, {big, big, 1}, method::jefferson), {half + 1, half, 0}, false);
  expect_shares(make(big, {big, big, 1}, method::jefferson, tie_rule::larger_weight), {half + 1, half, 0}, false);
  const problem jt = make(big, {big, big, 1}, method::jefferson, tie_rule::error);
  const outcome j = engine_apportion(jt);
  EXPECT_TRUE(!j.ok && j.code == errc::tie && j.children == (std::vector<std::size_t>{0, 1}))
      << describe(jt) << " -> " << describe(j);
  // Webster: the next units of children 0 and 1 have priority M / ((M-1)/2 + 1/2)
  // = 2, exactly child 2's first unit 1 / (1/2): a three-way tie for one unit.
  expect_shares(make(big, {big, big, 1}, method::webster), {half + 1, half, 0}, false);
  expect_shares(make(big, {big, big, 1}, method::webster, tie_rule::smaller_weight), {half, half, 1}, false);
  const problem wt = make(big, {big, big, 1}, method::webster, tie_rule::error);
  const outcome w = engine_apportion(wt);
  EXPECT_TRUE(!w.ok && w.code == errc::tie && w.children == (std::vector<std::size_t>{0, 1, 2}))
      << describe(wt) << " -> " << describe(w);
}

TEST(ApportionExtremes, ACappedHeavyChildDoesNotSlowTheDivisorSearch) {
  // Child 2 weighs 1e17 but is capped at 50, so the other 50 units go to weights
  // 1 and 38; with x = 1/d their shares are round(x) and round(38 x):
  //   adams      ceil:  x in (47/38, 48/38] = (1.2368, 1.2632]: 2 + 48
  //   jefferson  floor: x in [49/38, 50/38) = [1.2895, 1.3158): 1 + 49
  //   webster, modified S-L: x in [48.5/38, 49.5/38) = [1.2763, 1.3026): 1 + 49
  //              (1.28 is above the first signposts .5 and .7)
  //   dean       38x in (2*48*49/97, 2*49*50/99] = (48.495, 49.495]: x < 4/3 -> 1 + 49
  //   hunt.-hill 38x in (sqrt(48*49), sqrt(49*50)] = (48.497, 49.497]: x < sqrt 2 -> 1 + 49
  // The engine once took time proportional to the heavy weight here (6.6 s for
  // 1e17, a minute for 1e18); the search for d must not depend on it.
  const std::int64_t heavy = 100'000'000'000'000'000;
  for (const method m : all_methods()) {
    if (!is_divisor_method(m)) continue;
    problem p = make(100, {1, 38, heavy}, m, tie_rule::error);
    p.max = {no, no, 50};
    expect_shares(p, m == method::adams ? std::vector<std::int64_t>{2, 48, 50} : std::vector<std::int64_t>{1, 49, 50});
  }
}

// ---------------------------------------------------------------------------
// A reused workspace gives the same results as fresh memory.

TEST(ApportionWorkspace, ReuseAcrossSizesAndMethodsMatchesFreshCalls) {
  workspace scratch;
  EXPECT_EQ(scratch.capacity_bytes(), 0U);  // nothing is allocated before first use
  // Large, then small, then large again: stale scratch from a bigger call must not
  // leak into a smaller one.
  for (const std::size_t n : {std::size_t{1000}, std::size_t{3}, std::size_t{0}, std::size_t{17}, std::size_t{1000}}) {
    std::vector<std::int64_t> w(n);
    for (std::size_t i = 0; i < n; ++i) w[i] = static_cast<std::int64_t>((i * 7919) % 101);  // some zeros
    if (n > 0) w[0] = 5;
    const std::int64_t total = n == 0 ? 0 : static_cast<std::int64_t>(3 * n + 1);
    for (const method m : all_methods()) {
      const options o{.m = m};
      std::vector<std::int64_t> reused(n, -1);
      apportion(total, w, o, {}, reused, scratch);
      EXPECT_EQ(reused, apportion(total, w, o)) << to_string(m) << " n=" << n;
    }
  }
  EXPECT_GT(scratch.capacity_bytes(), 0U);
  scratch.release();
  EXPECT_EQ(scratch.capacity_bytes(), 0U);
  // Still usable after release().
  const std::vector<std::int64_t> w{5, 3, 2};
  std::vector<std::int64_t> out(3, -1);
  apportion(7, w, {}, {}, out, scratch);
  EXPECT_EQ(out, (std::vector<std::int64_t>{4, 2, 1}));
}

TEST(ApportionWorkspace, FailureWithAWorkspaceWritesNothing) {
  workspace scratch;
  const std::vector<std::int64_t> w{4, 4};
  std::vector<std::int64_t> out(2, -1);
  EXPECT_THROW(apportion(1, w, {.m = method::webster, .ties = tie_rule::error}, {}, out, scratch), error);
  EXPECT_EQ(out, (std::vector<std::int64_t>{-1, -1}));
  // The same workspace then serves a good call.
  apportion(2, w, {.m = method::webster, .ties = tie_rule::error}, {}, out, scratch);
  EXPECT_EQ(out, (std::vector<std::int64_t>{1, 1}));
}

// ---------------------------------------------------------------------------
// Every error path.

TEST(ApportionErrors, SizeMismatch) {
  const std::vector<std::int64_t> w{1, 2, 3};
  std::vector<std::int64_t> two(2, -1);
  try {
    apportion(6, w, {}, {}, two);
    ADD_FAILURE() << "no error for 3 weights and 2 shares";
  } catch (const error& e) {
    EXPECT_EQ(e.code(), errc::invalid_argument);
    EXPECT_EQ(two, (std::vector<std::int64_t>{-1, -1}));
  }
  std::vector<std::int64_t> four(4, -1);
  try {
    apportion(6, w, {}, {}, four);
    ADD_FAILURE() << "no error for 3 weights and 4 shares";
  } catch (const error& e) {
    EXPECT_EQ(e.code(), errc::invalid_argument);
    EXPECT_EQ(four, (std::vector<std::int64_t>(4, -1)));
  }
  problem p = make(6, {1, 2, 3}, method::hamilton);
  p.min = {0, 0};
  expect_failure(p, errc::invalid_argument, std::nullopt, blame::none);
  p.min.clear();
  p.max = {9, 9, 9, 9};
  expect_failure(p, errc::invalid_argument, std::nullopt, blame::none);
  p.max.clear();
  p.fixed = {1};
  expect_failure(p, errc::invalid_argument, std::nullopt, blame::none);
}

TEST(ApportionErrors, QuantumMustBePositive) {
  for (const std::int64_t quantum : {std::int64_t{0}, std::int64_t{-1000}, std::numeric_limits<std::int64_t>::min()}) {
    problem p = make(0, {1, 2}, method::webster);
    p.opts.quantum = quantum;
    expect_failure(p, errc::invalid_argument, std::nullopt, blame::none);
  }
}

TEST(ApportionErrors, NegativeValuesNameTheChild) {
  expect_failure(make(-1, {1, 2}, method::hamilton), errc::out_of_range, std::nullopt, blame::none);
  expect_failure(make(5, {1, -2, 3}, method::hamilton), errc::out_of_range, 1U);
  expect_failure(make(5, {1, 2, std::numeric_limits<std::int64_t>::min()}, method::jefferson), errc::out_of_range, 2U);
  problem p = make(5, {1, 2, 3}, method::webster);
  p.min = {no, no, -1};
  expect_failure(p, errc::out_of_range, 2U);
  p.min.clear();
  p.max = {-5, no, no};
  expect_failure(p, errc::out_of_range, 0U);
  p.max.clear();
  p.fixed = {no, -1, no};
  expect_failure(p, errc::out_of_range, 1U);
}

TEST(ApportionErrors, MinAboveMax) {
  problem p = make(10, {1, 2, 3}, method::hamilton);
  p.min = {no, 5, no};
  p.max = {no, 4, no};
  expect_failure(p, errc::out_of_range, 1U);
}

TEST(ApportionErrors, FixedOutsideItsBounds) {
  problem above = make(10, {1, 2}, method::hamilton);
  above.fixed = {no, 6};
  above.max = {no, 5};
  expect_failure(above, errc::out_of_range, 1U);
  problem below = make(10, {1, 2}, method::adams);
  below.fixed = {2, no};
  below.min = {3, no};
  expect_failure(below, errc::out_of_range, 0U);
}

TEST(ApportionErrors, TotalNotAMultipleOfTheQuantum) {
  problem p = make(1500, {1, 1}, method::hamilton);
  p.opts.quantum = 1000;
  expect_failure(p, errc::infeasible, std::nullopt, blame::none);
}

TEST(ApportionErrors, LimitNotAMultipleOfTheQuantumNamesTheChild) {
  problem p = make(10000, {1, 1, 1}, method::webster);
  p.opts.quantum = 1000;
  p.min = {no, 500, no};
  expect_failure(p, errc::infeasible, 1U);
  p.min.clear();
  p.max = {1500, no, no};
  expect_failure(p, errc::infeasible, 0U);
  p.max.clear();
  p.fixed = {no, no, 2500};
  expect_failure(p, errc::infeasible, 2U);
}

TEST(ApportionErrors, FixedValuesAboveTheTotal) {
  problem p = make(6, {1, 1, 1}, method::hamilton);
  p.fixed = {4, 3, no};
  expect_failure(p, errc::infeasible, std::nullopt);
}

TEST(ApportionErrors, MinimumsAboveTheTotal) {
  problem p = make(6, {1, 1}, method::jefferson);
  p.min = {3, 4};
  expect_failure(p, errc::infeasible, std::nullopt);
  // Minimums above what the fixed values leave.
  problem q = make(6, {1, 1, 1}, method::hamilton);
  q.fixed = {3, no, no};
  q.min = {no, 2, 2};
  expect_failure(q, errc::infeasible, std::nullopt);
}

TEST(ApportionErrors, MaximumsBelowTheTotal) {
  problem p = make(6, {1, 1}, method::hamilton);
  p.max = {2, 3};
  expect_failure(p, errc::infeasible, std::nullopt);
  // A zero weight never takes more than its minimum, whatever its maximum.
  problem q = make(6, {1, 0}, method::webster);
  q.max = {2, 10};
  expect_failure(q, errc::infeasible, std::nullopt);
}

TEST(ApportionErrors, PositiveTotalWithoutPositiveWeight) {
  for (const method m : all_methods()) {
    expect_failure(make(1, {0, 0}, m), errc::infeasible, std::nullopt);
    expect_failure(make(5, {}, m), errc::infeasible, std::nullopt);
  }
}

// Sums are exact in 128 bits: fixed values whose sum exceeds int64 are simply more
// than the total, and the error names the child whose value crosses it.
TEST(ApportionErrors, SumOfFixedValuesBeyondInt64IsInfeasibleNotAnOverflow) {
  problem p = make(big, {1, 1, 1}, method::hamilton);
  p.fixed = {big, big, no};
  expect_failure(p, errc::infeasible, 1U);
}

}  // namespace
}  // namespace tandem::alloc
