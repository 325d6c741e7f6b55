// Published biproportional apportionments reproduced exactly. Every figure is
// copied from the source named in its comment; the expected seats are the
// published ones, not our output.
//
// Rows are the parties (list groups), columns the electoral districts. The row
// totals are the parties' seats from the upper apportionment and the column
// totals the districts' seats, both as published; the weights are the party
// votes (Parteistimmen) in each district. Zurich divides the Parteistimmen
// themselves by the district and list-group divisors in the lower apportionment
// (the sources' own reading example does exactly that); the "Wählerzahlen"
// (party votes / district seats) matter only for the upper apportionment, and
// dividing a whole column by its seat count is absorbed by the column divisor.
#include "tandem/alloc/biproportional.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "alloc/support/rational_certificate.hpp"
#include "tandem/core/error.hpp"

namespace tandem::alloc {
namespace {

std::vector<rational> rationals(std::initializer_list<std::pair<std::int64_t, std::int64_t>> fractions) {
  std::vector<rational> out;
  out.reserve(fractions.size());
  for (const auto& [num, den] : fractions) out.emplace_back(num, den);
  return out;
}

using test_support::describe_matrix;
using test_support::matrix_problem;
using test_support::verify_biproportional;
using test_support::verify_result;

struct election {
  std::vector<std::string_view> parties;    // rows
  std::vector<std::string_view> districts;  // columns
  std::vector<std::int64_t> party_seats;    // row totals
  std::vector<std::int64_t> district_seats; // column totals
  std::vector<std::int64_t> votes;          // row-major
  std::vector<std::int64_t> seats;          // row-major, the published result
};

matrix_problem problem_of(const election& e) {
  return {e.party_seats, e.district_seats, e.votes, {.m = method::webster, .quantum = 1}};
}

// Seat-by-seat comparison so that a failure names the party and the district.
void expect_published_seats(const election& e) {
  const matrix_problem p = problem_of(e);
  ASSERT_EQ(e.votes.size(), e.parties.size() * e.districts.size());
  ASSERT_EQ(e.seats.size(), e.votes.size());
  biproportional_result r;
  try {
    r = test_support::solve(p);
  } catch (const error& err) {
    FAIL() << "biproportional threw " << to_string(err.code()) << ": " << err.what();
  }
  EXPECT_EQ(verify_result(p, r), "");
  ASSERT_EQ(r.shares.size(), e.seats.size());
  for (std::size_t i = 0; i < e.parties.size(); ++i) {
    for (std::size_t j = 0; j < e.districts.size(); ++j) {
      const std::size_t k = i * e.districts.size() + j;
      EXPECT_EQ(r.shares[k], e.seats[k]) << e.parties[i] << " in " << e.districts[j];
    }
  }
  EXPECT_FALSE(r.shares != e.seats) << "got\n" << describe_matrix(r.shares, e.districts.size());
}

// ---------------------------------------------------------------------------
// Gemeinderat (city parliament) of Zurich, election of 4 March 2018: 125 seats,
// 9 districts, 7 list groups past the quorum. Standard rounding (Webster).
// Source: Stadt Zürich, "Unterzuteilung der Sitze an die Listen (Anzahl Sitze pro
// Liste und Wahlkreis), Gemeinderatswahl 4. März 2018",
// https://stadt-zuerich.ch/misc/de/archiv-wahlen/stadtrat-gemeinderat/180304/resultate_erneuerungswahlen.html?context=standalone&path=wp_herleitung_unterzuteilung
// The table also prints the divisors: list groups SP 1, SVP 1.0708, FDP 0.973,
// Grüne 0.934, glp 1.02, AL 1, EVP/BDP 0.73; districts 9870, 12100, 10000, 9000,
// 15850, 10950, 11080, 12400, 5000.
const election& zurich_2018() {
  static const election e{
      {"SP", "SVP", "FDP", "Grüne", "glp", "AL", "EVP/BDP"},
      {"1+2", "3", "4+5", "6", "7+8", "9", "10", "11", "12"},
      {43, 17, 21, 16, 14, 10, 4},
      {12, 15, 13, 10, 16, 16, 12, 22, 9},
      {
          37360, 67129, 49212, 34296, 71164, 60063, 52231, 89477, 13192,  // SP
          15856, 19340, 8339,  8974,  28050, 33783, 17789, 55160, 8980,   // SVP
          23990, 20529, 13844, 16857, 69536, 26712, 23098, 40194, 3826,   // FDP
          15007, 26471, 19388, 12571, 31442, 20296, 15534, 28713, 4191,   // Grüne
          12551, 19573, 16442, 11613, 28414, 16488, 14630, 31911, 2931,   // glp
          7668,  22692, 22136, 7612,  13659, 10164, 12054, 12435, 1954,   // AL
          1841,  2939,  1152,  2101,  5655,  9777,  3374,  13901, 2568,   // EVP/BDP
      },
      {
          4, 6, 5, 4, 4, 5, 5, 7, 3,  // SP
          2, 1, 1, 1, 2, 3, 1, 4, 2,  // SVP
          2, 2, 1, 2, 5, 3, 2, 3, 1,  // FDP
          2, 2, 2, 1, 2, 2, 2, 2, 1,  // Grüne
          1, 2, 2, 1, 2, 1, 1, 3, 1,  // glp
          1, 2, 2, 1, 1, 1, 1, 1, 0,  // AL
          0, 0, 0, 0, 0, 1, 0, 2, 1,  // EVP/BDP
      }};
  return e;
}

TEST(BiproportionalPublished, ZurichCityCouncil2018) { expect_published_seats(zurich_2018()); }

// The published divisors are themselves a certificate of the published seats:
// the independent verifier accepts them exactly (this guards the transcription).
TEST(BiproportionalPublished, ZurichCityCouncil2018PublishedDivisors) {
  const election& e = zurich_2018();
  // Built from integer pairs: an initializer list of rational temporaries makes GCC 12
  // at -O3 warn (maybe-uninitialized, a false positive inside Boost).
  const std::vector<rational> lists = rationals({{1, 1}, {10708, 10000}, {973, 1000}, {934, 1000}, {102, 100}, {1, 1},
                                                 {73, 100}});
  const std::vector<rational> districts = rationals({{9870, 1}, {12100, 1}, {10000, 1}, {9000, 1}, {15850, 1},
                                                     {10950, 1}, {11080, 1}, {12400, 1}, {5000, 1}});
  EXPECT_EQ(verify_biproportional(e.party_seats, e.district_seats, e.votes, e.seats, lists, districts, method::webster,
                                  1),
            "");
  EXPECT_NO_THROW(check_biproportional(e.party_seats, e.district_seats, e.votes, e.seats, lists, districts));
}

// ---------------------------------------------------------------------------
// Gemeinderat of Zurich, election of 9 February 2014: 125 seats, 9 districts,
// 7 list groups. Source: Stadt Zürich, "Unterzuteilung der Sitze an die Listen,
// Gemeinderatswahl 9. Februar 2014",
// https://stadt-zuerich.ch/portal/de/index/politik_u_recht/abstimmungen_u_wahlen/archiv_wahlen/stadtrat_gemeinderat/140209/resultate_erneuerungswahlen.html?context=standalone&path=wp_herleitung_unterzuteilung
// (The printed divisors are rounded to three decimals and do not certify every
// cell exactly: SVP in district 10 gives 24261 / (0.988 * 9819) = 2.5009; only the
// seats are compared.)
TEST(BiproportionalPublished, ZurichCityCouncil2014) {
  expect_published_seats({
      {"SP", "SVP", "FDP", "Grüne", "glp", "CVP", "AL"},
      {"1+2", "3", "4+5", "6", "7+8", "9", "10", "11", "12"},
      {39, 23, 21, 14, 13, 6, 9},
      {12, 15, 13, 10, 16, 16, 12, 22, 9},
      {
          30933, 54797, 40953, 29882, 62554, 46248, 40979, 79160, 11448,  // SP
          18882, 25663, 9836,  11132, 34834, 41366, 24261, 70002, 10635,  // SVP
          24403, 17918, 10238, 15090, 69163, 21307, 21957, 37123, 3412,   // FDP
          13239, 21915, 15880, 10034, 28630, 15001, 13598, 22448, 2433,   // Grüne
          12202, 17746, 12416, 11024, 26498, 14738, 13901, 29648, 2151,   // glp
          5936,  6873,  3645,  3692,  11017, 10816, 4898,  14852, 2786,   // CVP
          5650,  16680, 17323, 6650,  10082, 8020,  8543,  11655, 1061,   // AL
      },
      {
          3, 5, 5, 4, 4, 5, 4, 6, 3,  // SP
          2, 2, 1, 1, 2, 4, 2, 6, 3,  // SVP
          3, 2, 1, 2, 4, 2, 3, 3, 1,  // FDP
          1, 2, 2, 1, 2, 2, 1, 2, 1,  // Grüne
          1, 2, 2, 1, 2, 1, 1, 3, 0,  // glp
          1, 1, 0, 0, 1, 1, 0, 1, 1,  // CVP
          1, 1, 2, 1, 1, 1, 1, 1, 0,  // AL
      },
  });
}

// ---------------------------------------------------------------------------
// Textbook examples.
//
// English Wikipedia, "Biproportional apportionment", section "Specific example"
// (https://en.wikipedia.org/wiki/Biproportional_apportionment#Specific_example),
// as used in the test suite of the R package proporz
// (tests/testthat/test-biproportional.R, matrix M1: party seats 5, 11, 4; region
// seats 7, 5, 8; expected lower apportionment 1 0 4 / 4 4 3 / 2 1 1).
TEST(BiproportionalPublished, WikipediaSpecificExample) {
  expect_published_seats({
      {"A", "B", "C"},
      {"I", "II", "III"},
      {5, 11, 4},
      {7, 5, 8},
      {
          123, 45, 815,   // A
          912, 714, 414,  // B
          312, 255, 215,  // C
      },
      {
          1, 0, 4,  // A
          4, 4, 3,  // B
          2, 1, 1,  // C
      },
  });
}

// German Wikipedia, "Doppeltproportionales Zuteilungsverfahren"
// (https://de.wikipedia.org/wiki/Doppeltproportionales_Zuteilungsverfahren), as
// used in the proporz test suite (tests/testthat/test-biproportional.R, matrix
// M2: district seats 4, 5, 6 and party seats 4, 5, 6; expected seats
// 1 2 1 / 1 2 2 / 2 1 3).
TEST(BiproportionalPublished, GermanWikipediaExample) {
  expect_published_seats({
      {"party 1", "party 2", "party 3"},
      {"A", "B", "C"},
      {4, 5, 6},
      {4, 5, 6},
      {
          51, 98, 45,    // party 1
          60, 100, 120,  // party 2
          63, 102, 144,  // party 3
      },
      {
          1, 2, 1,  // party 1
          1, 2, 2,  // party 2
          2, 1, 3,  // party 3
      },
  });
}

}  // namespace
}  // namespace tandem::alloc
