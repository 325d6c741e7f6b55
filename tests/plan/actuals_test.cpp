// Actual sales (include/tandem/plan/actuals.hpp): booking and rolling up by hand, the
// roll-up invariants on random plans (the CSV loader's bulk roll-up against add()'s
// incremental one), and the CSV loader: quoting, BOM, line ends, empty values,
// negative values, scales, and every error with its row and column.
#include "tandem/plan/actuals.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "plan/support/plan_fixtures.hpp"
#include "tandem/core/error.hpp"
#include "text/utf8.hpp"

namespace tandem::plan {
namespace {

using testing::small_spec;
using time::date;
constexpr auto A = measure::amount;
constexpr auto Q = measure::quantity;
constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();

template <typename F>
error caught(F&& f) {
  try {
    f();
  } catch (const error& e) {
    return e;
  }
  ADD_FAILURE() << "expected a tandem::error";
  return error(errc::invalid_argument, "(nothing was thrown)");
}

per_measure<std::int64_t> amount_of(std::int64_t v) { return per_measure<std::int64_t>{{v, 0}}; }

// small_spec: company -> east (east_li, east_wang), west; lines lathes and parts;
// FY2027 from April (2026-04 .. 2027-03); amounts at scale 0.
class actuals_small : public ::testing::Test {
 protected:
  plan p = plan::build(small_spec());
  unit_index_t company = 0;
  unit_index_t east = *p.unit_index("east");
  unit_index_t west = *p.unit_index("west");
  unit_index_t li = *p.unit_index("east_li");
  unit_index_t wang = *p.unit_index("east_wang");
  product_index_t lathes = *p.product_index("lathes");
  product_index_t parts = *p.product_index("parts");
};

TEST_F(actuals_small, StartsEmpty) {
  const actuals a(p);
  EXPECT_EQ(a.rows(), 0u);
  EXPECT_EQ(a.last_date(), std::nullopt);
  for (unit_index_t u = 0; u < p.unit_count(); ++u) EXPECT_EQ(a.actual_total(A, u, all_products), 0);
}

TEST_F(actuals_small, BooksRollUpTheTreeTheLinesAndTheMonths) {
  actuals a(p);
  a.add(p, "east_li", "lathes", date::from_ymd(2026, 4, 15), amount_of(100));
  a.add(p, "east_wang", "parts", date::from_ymd(2026, 4, 30), amount_of(50));
  a.add(p, "west", "lathes", date::from_ymd(2026, 5, 1), amount_of(70));
  a.add(p, "east_li", "lathes", date::from_ymd(2026, 4, 1), amount_of(-20));  // a return
  a.add(p, "west", "parts", date::from_ymd(2027, 3, 31), amount_of(5));       // the year's last day
  EXPECT_EQ(a.rows(), 5u);
  EXPECT_EQ(a.last_date(), date::from_ymd(2027, 3, 31));
  // April (month 0): east_li 100 - 20 lathes, east_wang 50 parts.
  EXPECT_EQ(a.actual(A, li, lathes, 0), 80);
  EXPECT_EQ(a.actual(A, li, all_products, 0), 80);
  EXPECT_EQ(a.actual(A, wang, parts, 0), 50);
  EXPECT_EQ(a.actual(A, east, lathes, 0), 80);
  EXPECT_EQ(a.actual(A, east, parts, 0), 50);
  EXPECT_EQ(a.actual(A, east, all_products, 0), 130);
  EXPECT_EQ(a.actual(A, company, all_products, 0), 130);
  // May (month 1): west 70; March (month 11): west 5.
  EXPECT_EQ(a.actual(A, west, lathes, 1), 70);
  EXPECT_EQ(a.actual(A, company, lathes, 1), 70);
  EXPECT_EQ(a.actual(A, east, all_products, 1), 0);
  EXPECT_EQ(a.actual(A, company, parts, 11), 5);
  EXPECT_EQ(a.actual_total(A, company, all_products), 205);
  EXPECT_EQ(a.actual_total(A, company, lathes), 150);
  EXPECT_EQ(a.actual_total(A, east, all_products), 130);
  EXPECT_EQ(a.actual_total(A, west, parts), 5);
}

TEST_F(actuals_small, AddByIndexMatchesAddById) {
  actuals by_id(p), by_index(p);
  by_id.add(p, "east_wang", "lathes", date::from_ymd(2026, 9, 9), amount_of(33));
  by_index.add(wang, lathes, 5, amount_of(33));
  for (unit_index_t u = 0; u < p.unit_count(); ++u) {
    for (std::size_t k = 0; k < 12; ++k) EXPECT_EQ(by_id.actual(A, u, lathes, k), by_index.actual(A, u, lathes, k));
  }
  EXPECT_EQ(by_index.rows(), 1u);
  EXPECT_EQ(by_index.last_date(), std::nullopt);  // the index form carries no date
}

TEST_F(actuals_small, AddRefusesWhatCannotBeBooked) {
  actuals a(p);
  const date d = date::from_ymd(2026, 6, 1);
  error e = caught([&] { a.add(p, "north", "lathes", d, amount_of(1)); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_NE(std::string(e.what()).find("'north'"), std::string::npos) << e.what();
  e = caught([&] { a.add(p, "east", "lathes", d, amount_of(1)); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_NE(std::string(e.what()).find("not a leaf"), std::string::npos) << e.what();
  e = caught([&] { a.add(p, "west", "drills", d, amount_of(1)); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_NE(std::string(e.what()).find("'drills'"), std::string::npos) << e.what();
  EXPECT_EQ(caught([&] { a.add(p, "west", "parts", date::from_ymd(2026, 3, 31), amount_of(1)); }).code(),
            errc::out_of_range);
  EXPECT_EQ(caught([&] { a.add(p, "west", "parts", date::from_ymd(2027, 4, 1), amount_of(1)); }).code(),
            errc::out_of_range);
  // The plan targets amounts only: a quantity is refused, zero is fine.
  EXPECT_EQ(caught([&] { a.add(p, "west", "parts", d, per_measure<std::int64_t>{{1, 2}}); }).code(),
            errc::invalid_argument);
  EXPECT_EQ(caught([&] { a.add(west, parts, 12, amount_of(1)); }).code(), errc::out_of_range);
  EXPECT_EQ(caught([&] { a.add(west, all_products, 0, amount_of(1)); }).code(), errc::out_of_range);
  EXPECT_EQ(caught([&] { a.add(99, parts, 0, amount_of(1)); }).code(), errc::out_of_range);
  EXPECT_EQ(caught([&] { a.add(east, parts, 0, amount_of(1)); }).code(), errc::invalid_argument);
  EXPECT_EQ(a.rows(), 0u);
  EXPECT_EQ(a.actual_total(A, company, all_products), 0);
}

TEST_F(actuals_small, QueriesRefuseBadIndicesAndUntargetedMeasures) {
  const actuals a(p);
  EXPECT_EQ(caught([&] { (void)a.actual(Q, 0, all_products, 0); }).code(), errc::invalid_argument);
  EXPECT_EQ(caught([&] { (void)a.actual(A, 5, all_products, 0); }).code(), errc::out_of_range);
  EXPECT_EQ(caught([&] { (void)a.actual(A, 0, 2, 0); }).code(), errc::out_of_range);
  EXPECT_EQ(caught([&] { (void)a.actual(A, 0, all_products, 12); }).code(), errc::out_of_range);
  EXPECT_EQ(caught([&] { (void)a.actual_total(A, 0, 7); }).code(), errc::out_of_range);
}

TEST_F(actuals_small, AnOverflowAnywhereUpTheTreeChangesNothing) {
  actuals a(p);
  a.add(li, lathes, 0, amount_of(int64_max - 5));
  // east_wang's own cell has room, but east's (and the company's) would pass INT64_MAX.
  const error e = caught([&] { a.add(wang, lathes, 0, amount_of(10)); });
  EXPECT_EQ(e.code(), errc::overflow);
  EXPECT_EQ(a.actual(A, wang, lathes, 0), 0);
  EXPECT_EQ(a.actual(A, wang, all_products, 0), 0);
  EXPECT_EQ(a.actual(A, east, lathes, 0), int64_max - 5);
  EXPECT_EQ(a.actual(A, company, all_products, 0), int64_max - 5);
  EXPECT_EQ(a.rows(), 1u);
  // Another line's cell has room, but the all-lines column has not.
  EXPECT_EQ(caught([&] { a.add(li, parts, 0, amount_of(6)); }).code(), errc::overflow);
  EXPECT_EQ(a.actual(A, li, parts, 0), 0);
  // A negative sale brings it back; then the room is there.
  a.add(li, lathes, 0, amount_of(-10));
  a.add(wang, lathes, 0, amount_of(10));
  EXPECT_EQ(a.actual(A, company, lathes, 0), int64_max - 5);
  // The year's sum over months can overflow even when every month fits.
  a.add(west, parts, 1, amount_of(int64_max / 2));
  EXPECT_EQ(caught([&] { (void)a.actual_total(A, company, all_products); }).code(), errc::overflow);
}

// --- random plans: the roll-up invariants --------------------------------------------

struct sale {
  unit_index_t leaf;
  product_index_t line;
  date day;
  per_measure<std::int64_t> values;
};

std::string csv_of(const plan& p, const std::vector<sale>& sales, bool quote_everything) {
  const bool q = p.spec().targets[Q];
  auto field = [&](const std::string& s) { return quote_everything ? "\"" + s + "\"" : s; };
  std::string text = q ? "date,quantity,product,amount,unit\n" : "date,product,amount,unit\n";
  for (const sale& s : sales) {
    text += field(s.day.to_string()) + ",";
    if (q) text += field(format_units(s.values[Q], p.spec().quantity_scale)) + ",";
    text += field(p.spec().products[s.line].id) + "," + field(format_units(s.values[A], p.spec().currency_scale)) +
            "," + field(p.spec().units[s.leaf].id) + "\r\n";
  }
  return text;
}

void expect_same(const plan& p, const actuals& a, const actuals& b) {
  for (const measure m : {A, Q}) {
    if (!p.spec().targets[m]) continue;
    for (unit_index_t u = 0; u < p.unit_count(); ++u) {
      for (product_index_t j = 0; j <= p.product_count(); ++j) {
        const product_index_t line = j == p.product_count() ? all_products : j;
        for (std::size_t k = 0; k < p.periods().size(); ++k) {
          ASSERT_EQ(a.actual(m, u, line, k), b.actual(m, u, line, k)) << u << " " << j << " " << k;
        }
      }
    }
  }
  EXPECT_EQ(a.rows(), b.rows());
  EXPECT_EQ(a.last_date(), b.last_date());
}

TEST(ActualsRandom, RollUpInvariantsAndTheCsvLoaderAgreesWithAdd) {
  std::mt19937_64 rng(20261127);
  int plans = 0;
  for (std::uint64_t seed = 1; plans < 12 && seed < 100; ++seed) {
    std::optional<plan> built;
    try {
      built = plan::build(testing::random_spec(seed, {.with_limits = false, .with_mix = false}));
    } catch (const error&) {
      continue;  // a random plan may be infeasible; the plan tests cover that
    }
    ++plans;
    const plan& p = *built;
    const auto months = p.periods();
    std::vector<unit_index_t> leaves;
    for (unit_index_t u = 0; u < p.unit_count(); ++u) {
      if (p.is_leaf(u)) leaves.push_back(u);
    }
    const std::int32_t first = months.front().span.first.serial();
    const auto days = months.back().span.last.serial() - first + 1;
    std::vector<sale> sales;
    for (int i = 0; i < 400; ++i) {
      sale s{leaves[std::uniform_int_distribution<std::size_t>(0, leaves.size() - 1)(rng)],
             std::uniform_int_distribution<std::size_t>(0, p.product_count() - 1)(rng),
             date::from_serial(first + std::uniform_int_distribution<std::int32_t>(0, days - 1)(rng)),
             {}};
      for (const measure m : {A, Q}) {
        if (p.spec().targets[m]) s.values[m] = std::uniform_int_distribution<std::int64_t>(-5'000, 1'000'000)(rng);
      }
      sales.push_back(s);
    }
    actuals a(p);
    for (const sale& s : sales) a.add(p, p.spec().units[s.leaf].id, p.spec().products[s.line].id, s.day, s.values);

    for (const measure m : {A, Q}) {
      if (!p.spec().targets[m]) continue;
      for (unit_index_t u = 0; u < p.unit_count(); ++u) {
        std::int64_t year = 0;
        for (std::size_t k = 0; k < months.size(); ++k) {
          std::int64_t lines = 0;
          for (product_index_t j = 0; j < p.product_count(); ++j) {
            lines += a.actual(m, u, j, k);
            if (!p.is_leaf(u)) {
              std::int64_t kids = 0;
              for (const unit_index_t c : p.children(u)) kids += a.actual(m, c, j, k);
              ASSERT_EQ(a.actual(m, u, j, k), kids) << "seed " << seed << " unit " << u;
            }
          }
          ASSERT_EQ(a.actual(m, u, all_products, k), lines) << "seed " << seed << " unit " << u;
          year += a.actual(m, u, all_products, k);
        }
        ASSERT_EQ(a.actual_total(m, u, all_products), year);
      }
      // Every sale is counted once at the root.
      std::int64_t booked = 0;
      for (const sale& s : sales) booked += s.values[m];
      EXPECT_EQ(a.actual_total(m, 0, all_products), booked) << "seed " << seed;
    }
    // The loader's bulk roll-up gives the same cells, through the fast path and
    // through the quoted-field path alike.
    expect_same(p, a, load_actuals_csv(p, csv_of(p, sales, false), "random.csv"));
    expect_same(p, a, load_actuals_csv(p, csv_of(p, sales, true), "random.csv"));
  }
  EXPECT_EQ(plans, 12);
}

// --- CSV --------------------------------------------------------------------------

TEST_F(actuals_small, CsvWorkedExample) {
  // Columns in any order, a BOM, CRLF and LF mixed, blank lines, quoted fields, an
  // empty amount (zero), a negative amount (a return), no line end at the end.
  const std::string text =
      "\xEF\xBB\xBF"
      "product,unit,amount,date\r\n"
      "lathes,east_li,100,2026-04-15\r\n"
      "\r\n"
      "\"parts\",\"east_wang\",\"50\",\"2026-04-30\"\n"
      "\n"
      "lathes,west,70,2026-05-01\n"
      "lathes,east_li,-20,2026-04-01\n"
      "parts,west,,2026-06-01\n"
      "parts,west,5,2027-03-31";
  const actuals a = load_actuals_csv(p, text, "sales.csv");
  EXPECT_EQ(a.rows(), 6u);
  EXPECT_EQ(a.last_date(), date::from_ymd(2027, 3, 31));
  EXPECT_EQ(a.actual(A, li, lathes, 0), 80);
  EXPECT_EQ(a.actual(A, east, all_products, 0), 130);
  EXPECT_EQ(a.actual(A, company, lathes, 1), 70);
  EXPECT_EQ(a.actual(A, west, parts, 2), 0);
  EXPECT_EQ(a.actual(A, company, parts, 11), 5);
  EXPECT_EQ(a.actual_total(A, company, all_products), 205);
}

TEST_F(actuals_small, CsvHeaderOnlyIsNoSales) {
  const actuals a = load_actuals_csv(p, "unit,product,date,amount\n", "empty.csv");
  EXPECT_EQ(a.rows(), 0u);
  EXPECT_EQ(a.last_date(), std::nullopt);
  EXPECT_EQ(a.actual_total(A, company, all_products), 0);
}

TEST_F(actuals_small, CsvQuotedFieldsFollowRfc4180) {
  // A quoted field keeps its commas and doubled quotes; it may span lines.
  error e = caught([&] { (void)load_actuals_csv(p, "unit,product,date,amount\n\"we\"\"st\",parts,2026-05-05,1\n", "q.csv"); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(), "q.csv: row 2, column 'unit': unknown unit 'we\"st'");
  e = caught([&] { (void)load_actuals_csv(p, "unit,product,date,amount\nwest,parts,2026-05-05,\"1,5\"\n", "q.csv"); });
  EXPECT_EQ(e.code(), errc::parse_error);
  EXPECT_EQ(std::string(e.what()).rfind("q.csv: row 2, column 'amount': \"1,5\" is not a plain decimal", 0), 0u)
      << e.what();
  e = caught([&] {
    (void)load_actuals_csv(p, "unit,product,date,amount\nwest,parts,2026-05-05,1\n\"east\n_li\",parts,2026-05-05,1\n",
                           "q.csv");
  });
  EXPECT_STREQ(e.what(), "q.csv: row 3, column 'unit': unknown unit 'east\\x0A_li'");
  EXPECT_EQ(e.child(), 1u);  // the second data row
  // A quoted header, and a line with a quote among plain fields.
  const actuals a = load_actuals_csv(p, "\"unit\",product,\"date\",amount\r\nwest,\"parts\",2026-05-05,7\r\n", "q.csv");
  EXPECT_EQ(a.actual(A, west, parts, 1), 7);
}

TEST_F(actuals_small, CsvAQuotedLineBreakBelongsToTheField) {
  // The header's third field spans lines 1-2: it is one field, named as the header's.
  const error e = caught([&] {
    (void)load_actuals_csv(p, "unit,product,\"da\nte\",amount\nwest,parts,2026-05-05,1\n", "h.csv");
  });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_EQ(std::string(e.what()).rfind("h.csv: row 1: unknown column 'da\\x0Ate'", 0), 0u) << e.what();
}

TEST_F(actuals_small, CsvMalformedQuotesAreParseErrors) {
  const std::string header = "unit,product,date,amount\n";
  error e = caught([&] { (void)load_actuals_csv(p, header + "west,parts,2026-05-05,\"12\n", "m.csv"); });
  EXPECT_EQ(e.code(), errc::parse_error);
  EXPECT_STREQ(e.what(), "m.csv: row 2, column 'amount': the quoted field is not closed before the end of the text");
  e = caught([&] { (void)load_actuals_csv(p, header + "west,pa\"rts,2026-05-05,1\n", "m.csv"); });
  EXPECT_EQ(e.code(), errc::parse_error);
  EXPECT_EQ(std::string(e.what()).rfind("m.csv: row 2, column 'product': a quote inside an unquoted field", 0), 0u)
      << e.what();
  e = caught([&] { (void)load_actuals_csv(p, header + "\"west\"x,parts,2026-05-05,1\n", "m.csv"); });
  EXPECT_EQ(e.code(), errc::parse_error);
  EXPECT_EQ(std::string(e.what()).rfind("m.csv: row 2, column 'unit': characters after the closing quote", 0), 0u)
      << e.what();
}

TEST_F(actuals_small, CsvFieldCountsMustMatchTheHeader) {
  error e = caught([&] { (void)load_actuals_csv(p, "unit,product,date,amount\nwest,parts,2026-05-05\n", "f.csv"); });
  EXPECT_EQ(e.code(), errc::parse_error);
  EXPECT_STREQ(e.what(), "f.csv: row 2: 3 fields where the header has 4");
  e = caught([&] { (void)load_actuals_csv(p, "unit,product,date,amount\nwest,parts,2026-05-05,1,\n", "f.csv"); });
  EXPECT_STREQ(e.what(), "f.csv: row 2: 5 fields where the header has 4");
  e = caught([&] { (void)load_actuals_csv(p, "unit,product,date,amount\n\"west\",parts,2026-05-05,1,2\n", "f.csv"); });
  EXPECT_STREQ(e.what(), "f.csv: row 2: 5 fields where the header has 4");
}

TEST_F(actuals_small, CsvHeaderErrors) {
  const std::string row = "west,parts,2026-05-05,1\n";
  error e = caught([&] { (void)load_actuals_csv(p, "", "h.csv"); });
  EXPECT_EQ(e.code(), errc::parse_error);
  EXPECT_STREQ(e.what(), "h.csv: there is no header row (the text is empty)");
  e = caught([&] { (void)load_actuals_csv(p, "\xEF\xBB\xBF\r\n\n", "h.csv"); });
  EXPECT_EQ(e.code(), errc::parse_error);
  e = caught([&] { (void)load_actuals_csv(p, "unit,product,day,amount\n" + row, "h.csv"); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(), "h.csv: row 1: unknown column 'day'; the columns are unit, product, date, amount");
  e = caught([&] { (void)load_actuals_csv(p, "unit,product,date,amount,unit\n" + row, "h.csv"); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(), "h.csv: row 1: column 'unit' appears twice (fields 1 and 5)");
  e = caught([&] { (void)load_actuals_csv(p, "unit,product,amount\nwest,parts,1\n", "h.csv"); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(), "h.csv: row 1: there is no 'date' column; the columns are unit, product, date, amount");
  e = caught([&] { (void)load_actuals_csv(p, "unit,product,date\nwest,parts,2026-05-05\n", "h.csv"); });
  EXPECT_STREQ(e.what(), "h.csv: row 1: there is no 'amount' column; the columns are unit, product, date, amount");
  // The plan does not target quantities: a quantity column is refused.
  e = caught([&] { (void)load_actuals_csv(p, "unit,product,date,amount,quantity\nwest,parts,2026-05-05,1,1\n", "h.csv"); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(),
               "h.csv: row 1, column 'quantity': the plan does not target quantity; the columns are unit, product, "
               "date, amount");
  // Blank lines before the header count as lines.
  e = caught([&] { (void)load_actuals_csv(p, "\n\nunit,product,date,amount\nwest,parts,2026-13-01,1\n", "h.csv"); });
  EXPECT_STREQ(e.what(), "h.csv: row 4, column 'date': '2026-13-01' is not a date (YYYY-MM-DD)");
}

TEST_F(actuals_small, CsvRowErrorsNameTheRowAndTheColumn) {
  const std::string header = "unit,product,date,amount\nwest,parts,2026-05-05,1\n";  // row 2 is fine
  struct bad {
    std::string row;
    errc code;
    std::string message;
  };
  const std::vector<bad> cases{
      {"west,parts,2026-13-01,1", errc::parse_error, "sales.csv: row 3, column 'date': '2026-13-01' is not a date (YYYY-MM-DD)"},
      {"west,parts,2027-02-29,1", errc::parse_error, "sales.csv: row 3, column 'date': '2027-02-29' is not a date (YYYY-MM-DD)"},
      {"west,parts,2026-4-01,1", errc::parse_error, "sales.csv: row 3, column 'date': '2026-4-01' is not a date (YYYY-MM-DD)"},
      {"west,parts, 2026-04-01,1", errc::parse_error, "sales.csv: row 3, column 'date': ' 2026-04-01' is not a date (YYYY-MM-DD)"},
      {"west,parts,,1", errc::parse_error, "sales.csv: row 3, column 'date': '' is not a date (YYYY-MM-DD)"},
      {"west,parts,2026-03-31,1", errc::out_of_range,
       "sales.csv: row 3, column 'date': 2026-03-31 is outside the plan's fiscal year (2026-04-01..2027-03-31)"},
      {"west,parts,2027-04-01,1", errc::out_of_range,
       "sales.csv: row 3, column 'date': 2027-04-01 is outside the plan's fiscal year (2026-04-01..2027-03-31)"},
      {"north,parts,2026-05-05,1", errc::invalid_argument, "sales.csv: row 3, column 'unit': unknown unit 'north'"},
      {",parts,2026-05-05,1", errc::invalid_argument, "sales.csv: row 3, column 'unit': the unit is empty"},
      {"east,parts,2026-05-05,1", errc::invalid_argument,
       "sales.csv: row 3, column 'unit': unit 'east' is not a leaf: sales are booked by the units under it"},
      {"west,drills,2026-05-05,1", errc::invalid_argument,
       "sales.csv: row 3, column 'product': unknown product line 'drills'"},
      {"west,,2026-05-05,1", errc::invalid_argument, "sales.csv: row 3, column 'product': the product line is empty"},
      {"west,parts,2026-05-05,1.5", errc::out_of_range,
       "sales.csv: row 3, column 'amount': \"1.5\" is not a whole number"},
      {"west,parts,2026-05-05,abc", errc::parse_error,
       "sales.csv: row 3, column 'amount': \"abc\" is not a plain decimal number (digits, optionally '-' first and one '.')"},
      {"west,parts,2026-05-05,+1", errc::parse_error,
       "sales.csv: row 3, column 'amount': \"+1\" is not a plain decimal number (digits, optionally '-' first and one '.')"},
      {"west,parts,2026-05-05,-", errc::parse_error,
       "sales.csv: row 3, column 'amount': \"-\" is not a plain decimal number (digits, optionally '-' first and one '.')"},
      {"west,parts,2026-05-05,9223372036854775808", errc::overflow,
       "sales.csv: row 3, column 'amount': \"9223372036854775808\" does not fit a 64-bit integer at 0 decimal places"},
  };
  for (const bad& c : cases) {
    const error e = caught([&] { (void)load_actuals_csv(p, header + c.row + "\nwest,parts,2026-05-05,1\n", "sales.csv"); });
    EXPECT_EQ(e.code(), c.code) << c.row;
    EXPECT_EQ(std::string(e.what()), c.message) << c.row;
    EXPECT_EQ(e.child(), 1u) << c.row;
  }
}

TEST_F(actuals_small, CsvUnusualButExactDecimals) {
  // "7." and "12.0" are exact at scale 0; a 19-digit value goes past the fast path.
  const actuals a = load_actuals_csv(p,
                                     "unit,product,date,amount\n"
                                     "west,parts,2026-05-05,7.\n"
                                     "west,parts,2026-05-06,12.0\n"
                                     "west,lathes,2026-05-06,1000000000000000000\n"
                                     "west,lathes,2026-05-06,-0\n",
                                     "d.csv");
  EXPECT_EQ(a.actual(A, west, parts, 1), 19);
  EXPECT_EQ(a.actual(A, west, lathes, 1), 1'000'000'000'000'000'000);
}

TEST(ActualsCsv, AmountsAtTheCurrencyScale) {
  plan_spec s = small_spec();
  s.currency_scale = 2;
  s.annual_target[A] = 120000;
  const plan p = plan::build(s);
  const auto west = *p.unit_index("west");
  const auto parts = *p.product_index("parts");
  const actuals a = load_actuals_csv(p,
                                     "unit,product,date,amount\n"
                                     "west,parts,2026-04-01,12.34\n"
                                     "west,parts,2026-04-02,-0.05\n"
                                     "west,parts,2026-04-03,12.3\n"
                                     "west,parts,2026-04-04,12\n"
                                     "west,parts,2026-04-05,0.500\n"
                                     "west,parts,2026-04-06,-92233720368547758.07\n"
                                     "west,parts,2026-04-07,92233720368547758.07\n",
                                     "c.csv");
  EXPECT_EQ(a.actual(A, west, parts, 0), 1234 - 5 + 1230 + 1200 + 50);
  const error e = caught([&] {
    (void)load_actuals_csv(p, "unit,product,date,amount\nwest,parts,2026-04-01,12.345\n", "c.csv");
  });
  EXPECT_EQ(e.code(), errc::out_of_range);
  EXPECT_STREQ(e.what(), "c.csv: row 2, column 'amount': \"12.345\" has more than 2 decimal places");
}

TEST(ActualsCsv, BothMeasures) {
  plan_spec s = small_spec();
  s.targets[Q] = true;
  s.quantity_scale = 1;
  s.annual_target[Q] = 120;
  const plan p = plan::build(s);
  const auto west = *p.unit_index("west");
  const auto lathes = *p.product_index("lathes");
  const actuals a = load_actuals_csv(p,
                                     "quantity,unit,product,date,amount\n"
                                     "2.5,west,lathes,2026-04-01,100\n"
                                     ",west,lathes,2026-04-02,5\n"
                                     "-0.5,west,lathes,2026-04-03,\n",
                                     "b.csv");
  EXPECT_EQ(a.actual(Q, west, lathes, 0), 20);
  EXPECT_EQ(a.actual(A, west, lathes, 0), 105);
  EXPECT_EQ(a.actual(Q, 0, all_products, 0), 20);
  const error e = caught([&] { (void)load_actuals_csv(p, "unit,product,date,amount\nwest,lathes,2026-04-01,1\n", "b.csv"); });
  EXPECT_EQ(e.code(), errc::invalid_argument);
  EXPECT_STREQ(e.what(),
               "b.csv: row 1: there is no 'quantity' column; the columns are unit, product, date, amount, quantity");
}

TEST_F(actuals_small, CsvRunningSumOverflowNamesTheRow) {
  const error e = caught([&] {
    (void)load_actuals_csv(p,
                           "unit,product,date,amount\n"
                           "west,parts,2026-05-05,9223372036854775807\n"
                           "west,parts,2026-05-31,1\n",
                           "o.csv");
  });
  EXPECT_EQ(e.code(), errc::overflow);
  EXPECT_STREQ(e.what(),
               "o.csv: row 3, column 'amount': the sum of unit 'west' for product line 'parts' in 2026-05 leaves the "
               "64-bit range");
  EXPECT_EQ(e.child(), 1u);
  // Rows are added in batches; still, an overflow is reported before a later row's error.
  const error first = caught([&] {
    (void)load_actuals_csv(p,
                           "unit,product,date,amount\n"
                           "west,parts,2026-05-05,9223372036854775807\n"
                           "west,parts,2026-05-31,1\n"
                           "west,parts,2026-13-01,1\n",
                           "o.csv");
  });
  EXPECT_EQ(first.code(), errc::overflow);
  EXPECT_EQ(first.child(), 1u);
}

TEST_F(actuals_small, CsvRollUpOverflowNamesTheUnitLineAndMonth) {
  // Each leaf's own cell fits; east's does not.
  error e = caught([&] {
    (void)load_actuals_csv(p,
                           "unit,product,date,amount\n"
                           "east_li,parts,2026-05-05,9223372036854775807\n"
                           "east_wang,parts,2026-05-31,1\n",
                           "o.csv");
  });
  EXPECT_EQ(e.code(), errc::overflow);
  EXPECT_STREQ(e.what(),
               "o.csv: the actual amount of unit 'east' for product line 'parts' in 2026-05 leaves the 64-bit range");
  // Each line fits; the sum over the lines does not.
  e = caught([&] {
    (void)load_actuals_csv(p,
                           "unit,product,date,amount\n"
                           "west,parts,2026-05-05,9223372036854775807\n"
                           "west,lathes,2026-05-31,1\n",
                           "o.csv");
  });
  EXPECT_EQ(e.code(), errc::overflow);
  EXPECT_STREQ(e.what(), "o.csv: the actual amount of unit 'west' for all product lines in 2026-05 leaves the 64-bit range");
}

TEST_F(actuals_small, CsvInvalidUtf8IsEscapedInMessages) {
  const error e = caught([&] { (void)load_actuals_csv(p, "unit,product,date,amount\nw\xFF,parts,2026-05-05,1\n", "u.csv"); });
  EXPECT_STREQ(e.what(), "u.csv: row 2, column 'unit': unknown unit 'w\\xFF'");
  const error zh = caught([&] { (void)load_actuals_csv(p, "unit,product,date,amount\n华东,parts,2026-05-05,1\n", "u.csv"); });
  EXPECT_STREQ(zh.what(), "u.csv: row 2, column 'unit': unknown unit '华东'");
}

}  // namespace
}  // namespace tandem::plan

namespace tandem::plan {
namespace {

TEST_F(actuals_small, CsvALastLineEndingInCrIsLikeCrlf) {
  // The quoted (slow) path and the plain path agree on a final CR without LF.
  const actuals quoted = load_actuals_csv(p, "unit,product,date,amount\r\nwest,\"lathes\",2026-05-01,10\r", "q.csv");
  const actuals plain = load_actuals_csv(p, "unit,product,date,amount\r\nwest,lathes,2026-05-01,10\r", "p.csv");
  EXPECT_EQ(quoted.actual(A, west, lathes, 1), 10);
  EXPECT_EQ(plain.actual(A, west, lathes, 1), 10);
  const actuals header_only = load_actuals_csv(p, "unit,product,date,amount\r", "h.csv");
  EXPECT_EQ(header_only.rows(), 0u);
  const actuals quoted_last = load_actuals_csv(p, "unit,product,date,amount\nwest,lathes,2026-05-01,\"10\"\r", "l.csv");
  EXPECT_EQ(quoted_last.actual(A, west, lathes, 1), 10);
}

TEST_F(actuals_small, CsvShortenedTextStaysValidUtf8) {
  std::string long_id;
  for (int i = 0; i < 22; ++i) long_id += "张";  // 66 bytes: a cut at 64 would split a character
  const error e = caught([&] {
    (void)load_actuals_csv(p, "unit,product,date,amount\n" + long_id + ",lathes,2026-05-01,1\n", "u.csv");
  });
  EXPECT_TRUE(text::is_valid_utf8(e.what())) << e.what();
  EXPECT_NE(std::string(e.what()).find("(66 bytes, shortened)"), std::string::npos) << e.what();
}

}  // namespace
}  // namespace tandem::plan
