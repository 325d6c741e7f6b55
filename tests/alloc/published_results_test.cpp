// Real, published apportionments reproduced exactly. Every figure below is
// copied from the source named in its comment; the expected seats are the
// published ones, not our output.
#include "tandem/alloc/apportion.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace tandem::alloc {
namespace {

struct entry {
  std::string_view name;
  std::int64_t weight;  // population or votes
  std::int64_t seats;   // published result
};

std::vector<std::int64_t> weights_of(const std::vector<entry>& table) {
  std::vector<std::int64_t> w;
  for (const entry& e : table) w.push_back(e.weight);
  return w;
}

std::vector<std::int64_t> seats_of(const std::vector<entry>& table) {
  std::vector<std::int64_t> s;
  for (const entry& e : table) s.push_back(e.seats);
  return s;
}

std::int64_t total_of(const std::vector<std::int64_t>& v) {
  std::int64_t t = 0;
  for (const std::int64_t x : v) t += x;
  return t;
}

std::size_t index_of(const std::vector<entry>& table, std::string_view name) {
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (table[i].name == name) return i;
  }
  ADD_FAILURE() << "no entry " << name;
  return 0;
}

// Seat-by-seat comparison so that a failure names the state or party.
void expect_seats(const std::vector<entry>& table, const std::vector<std::int64_t>& got,
                  const std::vector<std::int64_t>& want) {
  ASSERT_EQ(got.size(), table.size());
  for (std::size_t i = 0; i < table.size(); ++i) {
    EXPECT_EQ(got[i], want[i]) << table[i].name;
  }
}

// ---------------------------------------------------------------------------
// US House of Representatives, 2020 Census: Huntington-Hill ("equal
// proportions"), 435 seats, every state at least one (the first seat of each
// state has infinite priority, so no explicit minimum is needed).
// Source: U.S. Census Bureau, "Table 1. Apportionment Population and Number of
// Representatives by State: 2020 Census", released April 26, 2021. Apportionment
// population = resident population + federally affiliated population overseas;
// total 331,108,434.
const std::vector<entry>& us_house_2020() {
  static const std::vector<entry> table{
    {"Alabama", 5030053, 7},
    {"Alaska", 736081, 1},
    {"Arizona", 7158923, 9},
    {"Arkansas", 3013756, 4},
    {"California", 39576757, 52},
    {"Colorado", 5782171, 8},
    {"Connecticut", 3608298, 5},
    {"Delaware", 990837, 1},
    {"Florida", 21570527, 28},
    {"Georgia", 10725274, 14},
    {"Hawaii", 1460137, 2},
    {"Idaho", 1841377, 2},
    {"Illinois", 12822739, 17},
    {"Indiana", 6790280, 9},
    {"Iowa", 3192406, 4},
    {"Kansas", 2940865, 4},
    {"Kentucky", 4509342, 6},
    {"Louisiana", 4661468, 6},
    {"Maine", 1363582, 2},
    {"Maryland", 6185278, 8},
    {"Massachusetts", 7033469, 9},
    {"Michigan", 10084442, 13},
    {"Minnesota", 5709752, 8},
    {"Mississippi", 2963914, 4},
    {"Missouri", 6160281, 8},
    {"Montana", 1085407, 2},
    {"Nebraska", 1963333, 3},
    {"Nevada", 3108462, 4},
    {"New Hampshire", 1379089, 2},
    {"New Jersey", 9294493, 12},
    {"New Mexico", 2120220, 3},
    {"New York", 20215751, 26},
    {"North Carolina", 10453948, 14},
    {"North Dakota", 779702, 1},
    {"Ohio", 11808848, 15},
    {"Oklahoma", 3963516, 5},
    {"Oregon", 4241500, 6},
    {"Pennsylvania", 13011844, 17},
    {"Rhode Island", 1098163, 2},
    {"South Carolina", 5124712, 7},
    {"South Dakota", 887770, 1},
    {"Tennessee", 6916897, 9},
    {"Texas", 29183290, 38},
    {"Utah", 3275252, 4},
    {"Vermont", 643503, 1},
    {"Virginia", 8654542, 11},
    {"Washington", 7715946, 10},
    {"West Virginia", 1795045, 2},
    {"Wisconsin", 5897473, 8},
    {"Wyoming", 577719, 1},
  };
  return table;
}

TEST(PublishedResults, UsHouse2020HuntingtonHill) {
  const auto& table = us_house_2020();
  const auto w = weights_of(table);
  ASSERT_EQ(total_of(w), 331'108'434);
  ASSERT_EQ(total_of(seats_of(table)), 435);
  const auto got = apportion(435, w, {.m = method::huntington_hill, .ties = tie_rule::error});
  expect_seats(table, got, seats_of(table));
}

// The Census Bureau also published who came last and next (Kristin Koslap,
// Census Bureau news conference, April 26, 2021, reported e.g. by MPR News and
// the West Central Tribune): seat 435 went to Minnesota (its 8th), New York was
// next in line (seat 436, its 27th); New York needed 89 more residents to take
// seat 435 from Minnesota, and Minnesota would have lost it with 26 fewer.
TEST(PublishedResults, UsHouse2020LastSeatsAndMargins) {
  const auto& table = us_house_2020();
  const std::size_t ny = index_of(table, "New York");
  const std::size_t mn = index_of(table, "Minnesota");
  const options hh{.m = method::huntington_hill, .ties = tie_rule::error};
  const auto published = seats_of(table);

  auto w = weights_of(table);
  auto with_434 = published;
  with_434[mn] -= 1;  // seat 435 was Minnesota's
  expect_seats(table, apportion(434, w, hh), with_434);
  auto with_436 = published;
  with_436[ny] += 1;  // seat 436 would be New York's
  expect_seats(table, apportion(436, w, hh), with_436);

  auto swapped = published;
  swapped[ny] += 1;
  swapped[mn] -= 1;
  w[ny] += 88;
  expect_seats(table, apportion(435, w, hh), published);  // 88 is not enough
  w[ny] += 1;
  expect_seats(table, apportion(435, w, hh), swapped);    // 89 is
  w = weights_of(table);
  w[mn] -= 25;
  expect_seats(table, apportion(435, w, hh), published);
  w[mn] -= 1;
  expect_seats(table, apportion(435, w, hh), swapped);    // 26 fewer Minnesotans
}

// ---------------------------------------------------------------------------
// The first apportionment, 1790 Census (15 states, federal population).
// Populations: M. L. Balinski and H. P. Young, "Fair Representation" (1982), as
// reproduced in COMAP, "For All Practical Purposes", ch. 14, and in the MAA
// Convergence series "Apportioning Representatives in the United States
// Congress"; total 3,615,920.
const std::vector<entry>& us_1790(bool jefferson_105) {
  // Seats: the Apportionment Act of April 14, 1792 (1 Stat. 253, ch. 23), ratio
  // of one member per 33,000 = Jefferson's method, 105 seats; and the bill of
  // March 1792 vetoed by Washington on April 5, 1792: Hamilton's method, 120
  // seats (COMAP, "For All Practical Purposes", Table 14.5).
  static const std::vector<entry> act{
      {"Virginia", 630560, 19},     {"Massachusetts", 475327, 14}, {"Pennsylvania", 432879, 13},
      {"North Carolina", 353523, 10}, {"New York", 331589, 10},    {"Maryland", 278514, 8},
      {"Connecticut", 236841, 7},   {"South Carolina", 206236, 6}, {"New Jersey", 179570, 5},
      {"New Hampshire", 141822, 4}, {"Vermont", 85533, 2},         {"Georgia", 70835, 2},
      {"Kentucky", 68705, 2},       {"Rhode Island", 68446, 2},    {"Delaware", 55540, 1},
  };
  static const std::vector<entry> vetoed{
      {"Virginia", 630560, 21},     {"Massachusetts", 475327, 16}, {"Pennsylvania", 432879, 14},
      {"North Carolina", 353523, 12}, {"New York", 331589, 11},    {"Maryland", 278514, 9},
      {"Connecticut", 236841, 8},   {"South Carolina", 206236, 7}, {"New Jersey", 179570, 6},
      {"New Hampshire", 141822, 5}, {"Vermont", 85533, 3},         {"Georgia", 70835, 2},
      {"Kentucky", 68705, 2},       {"Rhode Island", 68446, 2},    {"Delaware", 55540, 2},
  };
  return jefferson_105 ? act : vetoed;
}

TEST(PublishedResults, UsHouse1792JeffersonApportionmentAct) {
  const auto& table = us_1790(true);
  ASSERT_EQ(total_of(weights_of(table)), 3'615'920);
  ASSERT_EQ(total_of(seats_of(table)), 105);
  const auto got = apportion(105, weights_of(table), {.m = method::jefferson, .ties = tie_rule::error});
  expect_seats(table, got, seats_of(table));
}

TEST(PublishedResults, UsHouse1792HamiltonVetoedBill) {
  const auto& table = us_1790(false);
  ASSERT_EQ(total_of(seats_of(table)), 120);
  const auto got = apportion(120, weights_of(table), {.m = method::hamilton, .ties = tie_rule::error});
  expect_seats(table, got, seats_of(table));
}

// MAA Convergence, "Jefferson's Method of Apportionment": had Hamilton's method
// been applied to 105 seats, 13 of the 15 states would have received the same
// number as under Jefferson; Delaware would have gained the seat that Virginia got.
TEST(PublishedResults, UsHouse1792HamiltonOn105Seats) {
  const auto& table = us_1790(true);
  auto want = seats_of(table);
  want[index_of(table, "Virginia")] -= 1;
  want[index_of(table, "Delaware")] += 1;
  const auto got = apportion(105, weights_of(table), {.m = method::hamilton, .ties = tie_rule::error});
  expect_seats(table, got, want);
}

// ---------------------------------------------------------------------------
// New Zealand general election, 17 October 2020: Sainte-Lague (= Webster) over
// 120 seats among the parties that won 5 % of the party vote or an electorate
// (no overhang that year). Party votes and seats: Electoral Commission, official
// results declared 6 November 2020.
TEST(PublishedResults, NewZealand2020SainteLague) {
  const std::vector<entry> table{
      {"Labour", 1'443'545, 65}, {"National", 738'275, 33}, {"Green", 226'757, 10},
      {"ACT", 219'031, 10},      {"Maori Party", 33'630, 2},
  };
  const auto got = apportion(120, weights_of(table), {.m = method::webster, .ties = tie_rule::error});
  expect_seats(table, got, seats_of(table));
  method sainte_lague{};
  ASSERT_TRUE(parse_method("sainte-lague", sainte_lague));
  EXPECT_EQ(apportion(120, weights_of(table), {.m = sainte_lague}), seats_of(table));
}

// ---------------------------------------------------------------------------
// Israel, election to the 20th Knesset, 17 March 2015: Bader-Ofer (= D'Hondt)
// over 120 seats among the lists above the 3.25 % threshold, where lists with a
// surplus-vote agreement first count as one (Likud + Jewish Home, Zionist Union
// + Meretz, Kulanu + Yisrael Beiteinu, Shas + United Torah Judaism), and each
// pair's seats are then split between its two lists, again by D'Hondt.
// Votes and seats: Central Elections Committee final results, as tabulated by
// IFES ElectionGuide (election 2828). Agreements: Haaretz, 5 March 2015; Times
// of Israel, "Zionist Union, Meretz reach vote sharing deal".
TEST(PublishedResults, Knesset2015DHondtWithSurplusAgreements) {
  const std::vector<entry> lists{
      {"Likud", 985'408, 30},           {"Zionist Union", 786'313, 24},
      {"Joint List", 446'583, 13},      {"Yesh Atid", 371'602, 11},
      {"Kulanu", 315'360, 10},          {"Jewish Home", 283'910, 8},
      {"Shas", 241'613, 7},             {"Yisrael Beiteinu", 214'906, 6},
      {"United Torah Judaism", 210'143, 6}, {"Meretz", 165'529, 5},
  };
  ASSERT_EQ(total_of(seats_of(lists)), 120);
  auto votes = [&](std::string_view name) { return lists[index_of(lists, name)].weight; };
  auto seats = [&](std::string_view name) { return lists[index_of(lists, name)].seats; };
  const options dhondt{.m = method::jefferson, .ties = tie_rule::error};

  // Stage 1: the six blocs.
  const std::vector<std::vector<std::string_view>> blocs{
      {"Likud", "Jewish Home"}, {"Zionist Union", "Meretz"}, {"Joint List"},
      {"Yesh Atid"}, {"Kulanu", "Yisrael Beiteinu"}, {"Shas", "United Torah Judaism"},
  };
  std::vector<std::int64_t> bloc_votes;
  std::vector<std::int64_t> bloc_seats;
  for (const auto& bloc : blocs) {
    std::int64_t v = 0;
    std::int64_t s = 0;
    for (const auto name : bloc) {
      v += votes(name);
      s += seats(name);
    }
    bloc_votes.push_back(v);
    bloc_seats.push_back(s);
  }
  const auto stage1 = apportion(120, bloc_votes, dhondt);
  EXPECT_EQ(stage1, bloc_seats);

  // Stage 2: within each pair.
  for (std::size_t b = 0; b < blocs.size(); ++b) {
    if (blocs[b].size() != 2) continue;
    const std::vector<std::int64_t> pair_votes{votes(blocs[b][0]), votes(blocs[b][1])};
    const std::vector<std::int64_t> pair_seats{seats(blocs[b][0]), seats(blocs[b][1])};
    EXPECT_EQ(apportion(stage1[b], pair_votes, dhondt), pair_seats) << blocs[b][0] << " + " << blocs[b][1];
  }

  // The agreements mattered: plain D'Hondt over the ten lists would have given
  // the Joint List 14 and Kulanu 9 (a check that the test discriminates).
  const auto plain = apportion(120, weights_of(lists), dhondt);
  EXPECT_NE(plain, seats_of(lists));
}

}  // namespace
}  // namespace tandem::alloc
