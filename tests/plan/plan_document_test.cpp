// Plan documents: what the format says loads as it says (defaults included), saving
// writes a document that loads back equal and saves to the same bytes (on a pinned
// example, on random specs from a fixed seed and on the shipped example), decimal
// strings keep their scale, and every problem a document can have on its own is
// reported at its path, all of them, in file order.
#include "tandem/plan/plan_document.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "tandem/core/error.hpp"
#include "tandem/plan/plan.hpp"
#include "tandem/time/period.hpp"

namespace {

using namespace tandem::plan;
using tandem::amount;
namespace tt = tandem::time;
using tandem::alloc::method;
using tandem::alloc::unset;

// The problems of a document that does not load, one per line.
std::vector<std::string> problems_of(const std::string& text, const std::string& source = "plan.json") {
  try {
    (void)load_plan_document(text, source);
  } catch (const tandem::error& e) {
    EXPECT_EQ(e.code(), tandem::errc::invalid_argument);
    std::vector<std::string> lines;
    std::istringstream in(e.what());
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
  }
  ADD_FAILURE() << "the document loaded:\n" << text;
  return {};
}

// A small valid document; tests replace one piece of it to break it.
const std::string minimal = R"({
  "schema_version": 1,
  "fiscal_year": 2027,
  "measures": ["amount"],
  "annual_target": {"amount": "1000.00"},
  "units": [{"id": "company", "kind": "company"}, {"id": "east", "parent": "company"}],
  "products": [{"id": "lathes"}]
})";

// `minimal` with the text `from` replaced by `to` (which must be there once).
std::string with(const std::string& from, const std::string& to, std::string text = minimal) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  EXPECT_EQ(text.find(from, at + 1), std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// The one problem of a document.
std::string problem_of(const std::string& text) {
  const std::vector<std::string> lines = problems_of(text);
  EXPECT_EQ(lines.size(), 1U) << ::testing::PrintToString(lines);
  return lines.empty() ? std::string() : lines.front();
}

std::filesystem::path example_path() {
  return std::filesystem::path(__FILE__).parent_path() / "../../examples/plan/huadong_plan.json";
}

// ---- what loads ----

TEST(plan_document, minimal_document_takes_the_defaults) {
  const plan_spec s = load_plan_document(minimal, "plan.json");
  EXPECT_EQ(s.id, "plan");
  EXPECT_EQ(s.calendar, tt::fiscal_calendar::gregorian());
  EXPECT_EQ(s.fiscal_year, 2027);
  EXPECT_EQ(s.currency, "CNY");
  EXPECT_EQ(s.currency_scale, 2);
  EXPECT_EQ(s.quantity_scale, 0);
  EXPECT_TRUE(s.targets[measure::amount]);
  EXPECT_FALSE(s.targets[measure::quantity]);
  EXPECT_EQ(s.annual_target[measure::amount], 100000);
  ASSERT_EQ(s.units.size(), 2U);
  EXPECT_EQ(s.units[0].kind, unit_kind::company);
  EXPECT_EQ(s.units[0].parent, "");
  EXPECT_EQ(s.units[1].kind, unit_kind::team);
  EXPECT_EQ(s.units[1].basis, share_basis::weight);
  EXPECT_EQ(s.units[1].weight, amount(1, 0));
  EXPECT_TRUE(s.units[1].limits[measure::amount].empty());
  ASSERT_EQ(s.products.size(), 1U);
  EXPECT_EQ(s.products[0].stage, tandem::org::lifecycle_stage::maturity);
  EXPECT_EQ(s.products[0].seasonality, seasonality_basis::calendar_days);
  EXPECT_TRUE(s.products[0].key.empty());
  EXPECT_EQ(s.product_rule, level_rule{});
  EXPECT_TRUE(s.levels.empty());
  EXPECT_EQ(s.period_rule, level_rule{});
  EXPECT_TRUE(s.mix.empty());
  EXPECT_TRUE(s.period_limits.empty());
}

const std::string full = R"({
  "schema_version": 1,
  "id": "fy2027_plan",
  "calendar": {"kind": "fiscal", "start_month": 4},
  "fiscal_year": 2027,
  "currency": "USD",
  "currency_scale": 2,
  "quantity_scale": 1,
  "measures": ["quantity", "amount"],
  "annual_target": {"amount": "60000000.00", "quantity": "1200.5"},
  "rules": {
    "products": {"split": "sainte-lague", "quantum": {"amount": "10000.00", "quantity": "0.5"}},
    "levels": [{"split": "hamilton", "cells": "dhondt", "quantum": {"amount": "1000"}}, {}],
    "periods": {"split": "largest-remainder", "quantum": {"amount": "1.00"}}
  },
  "units": [
    {"id": "east", "zh": "华东", "en": "East", "kind": "region", "parent": "co", "basis": "reference",
     "weight": "12345678.90", "bounds": {"amount": {"min": "100.00", "max": "20000000"}}},
    {"id": "co", "kind": "company"},
    {"id": "west", "kind": "region", "parent": "co", "basis": "fixed",
     "bounds": {"amount": {"fixed": "5000000.00"}, "quantity": {"fixed": "100"}}}
  ],
  "products": [
    {"id": "lathes", "stage": "decline", "weight": "1.50", "seasonality": "key",
     "key": ["8", "8", "9", "9", "9", "10", "9", "8", "9", "11", "4.5", "12"]},
    {"id": "lasers", "stage": "introduction", "basis": "weight", "weight": "0.25", "seasonality": "even",
     "bounds": {"quantity": {"max": "40.5"}}}
  ],
  "mix": [{"unit": "east", "product": "lathes", "weight": "3"}, {"unit": "east", "product": "lasers", "weight": "0"}],
  "period_bounds": [
    {"unit": "east", "product": "lathes", "period": "2026-07", "measure": "amount", "min": "1000.00"},
    {"unit": "west", "product": "lasers", "period": "2027-03", "measure": "quantity", "max": "2.5", "fixed": "2"}
  ]
})";

TEST(plan_document, every_key_is_read) {
  const plan_spec s = load_plan_document(full, "full.json");
  EXPECT_EQ(s.id, "fy2027_plan");
  EXPECT_EQ(s.calendar, tt::fiscal_calendar::starting(4, 1));
  EXPECT_EQ(s.currency, "USD");
  EXPECT_EQ(s.quantity_scale, 1);
  EXPECT_TRUE(s.targets[measure::amount]);
  EXPECT_TRUE(s.targets[measure::quantity]);
  EXPECT_EQ(s.annual_target[measure::amount], 6'000'000'000);
  EXPECT_EQ(s.annual_target[measure::quantity], 12005);
  // Aliases are accepted: sainte-lague is webster, dhondt jefferson, largest-remainder hamilton.
  EXPECT_EQ(s.product_rule.split, method::webster);
  EXPECT_EQ(s.product_rule.quantum[measure::amount], 1'000'000);
  EXPECT_EQ(s.product_rule.quantum[measure::quantity], 5);
  ASSERT_EQ(s.levels.size(), 2U);
  EXPECT_EQ(s.levels[0].split, method::hamilton);
  EXPECT_EQ(s.levels[0].cells, method::jefferson);
  EXPECT_EQ(s.levels[0].quantum[measure::amount], 100'000);
  EXPECT_EQ(s.levels[0].quantum[measure::quantity], 1);  // not given: the default
  EXPECT_EQ(s.levels[1], level_rule{});
  EXPECT_EQ(s.period_rule.split, method::hamilton);
  EXPECT_EQ(s.period_rule.quantum[measure::amount], 100);
  ASSERT_EQ(s.units.size(), 3U);
  const sales_unit& east = s.units[0];
  EXPECT_EQ(east.zh, "华东");
  EXPECT_EQ(east.en, "East");
  EXPECT_EQ(east.kind, unit_kind::region);
  EXPECT_EQ(east.parent, "co");
  EXPECT_EQ(east.basis, share_basis::reference);
  EXPECT_EQ(east.weight.units(), 1234567890);
  EXPECT_EQ(east.weight.scale(), 2);
  EXPECT_EQ(east.limits[measure::amount], (bounds{.min = 10000, .max = 2'000'000'000, .fixed = unset}));
  EXPECT_TRUE(east.limits[measure::quantity].empty());
  EXPECT_EQ(s.units[2].basis, share_basis::fixed);
  EXPECT_EQ(s.units[2].limits[measure::amount].fixed, 500'000'000);
  EXPECT_EQ(s.units[2].limits[measure::quantity].fixed, 1000);
  ASSERT_EQ(s.products.size(), 2U);
  EXPECT_EQ(s.products[0].stage, tandem::org::lifecycle_stage::decline);
  EXPECT_EQ(s.products[0].seasonality, seasonality_basis::key);
  ASSERT_EQ(s.products[0].key.size(), 12U);
  EXPECT_EQ(s.products[0].key[10], amount(45, 1));
  EXPECT_EQ(s.products[1].seasonality, seasonality_basis::even);
  EXPECT_EQ(s.products[1].limits[measure::quantity].max, 405);
  ASSERT_EQ(s.mix.size(), 2U);
  EXPECT_EQ(s.mix[1], (mix_entry{"east", "lasers", amount(0, 0)}));
  ASSERT_EQ(s.period_limits.size(), 2U);
  EXPECT_EQ(s.period_limits[0].period, "2026-07");
  EXPECT_EQ(s.period_limits[0].limits.min, 100000);
  EXPECT_EQ(s.period_limits[1].m, measure::quantity);
  EXPECT_EQ(s.period_limits[1].limits, (bounds{.min = unset, .max = 25, .fixed = 20}));
}

// ---- saving ----

TEST(plan_document, save_writes_every_key_in_a_fixed_order) {
  plan_spec s;
  s.id = "tiny";
  s.calendar = tt::fiscal_calendar::starting(4, 1);
  s.annual_target[measure::amount] = 123456;
  s.units = {{.id = "co", .zh = "公司", .kind = unit_kind::company},
             {.id = "ann", .en = "Ann", .kind = unit_kind::person, .parent = "co", .basis = share_basis::reference,
              .weight = amount(150, 2)}};
  s.units[1].limits[measure::amount].max = 100000;
  s.products = {{.id = "p", .stage = tandem::org::lifecycle_stage::growth}};
  s.levels = {level_rule{.split = method::huntington_hill, .cells = method::adams, .quantum = {{100, 1}}}};
  const std::string expected = R"({
  "schema_version": 1,
  "id": "tiny",
  "calendar": {
    "kind": "fiscal",
    "start_month": 4,
    "start_day": 1,
    "naming": "end_year"
  },
  "fiscal_year": 2027,
  "currency": "CNY",
  "currency_scale": 2,
  "quantity_scale": 0,
  "measures": [
    "amount"
  ],
  "annual_target": {
    "amount": "1234.56"
  },
  "rules": {
    "products": {
      "split": "webster",
      "cells": "webster",
      "quantum": {
        "amount": "0.01"
      }
    },
    "levels": [
      {
        "split": "huntington-hill",
        "cells": "adams",
        "quantum": {
          "amount": "1.00"
        }
      }
    ],
    "periods": {
      "split": "webster",
      "cells": "webster",
      "quantum": {
        "amount": "0.01"
      }
    }
  },
  "units": [
    {
      "id": "co",
      "zh": "公司",
      "en": "",
      "kind": "company",
      "basis": "weight",
      "weight": "1"
    },
    {
      "id": "ann",
      "zh": "",
      "en": "Ann",
      "kind": "person",
      "parent": "co",
      "basis": "reference",
      "weight": "1.50",
      "bounds": {
        "amount": {
          "max": "1000.00"
        }
      }
    }
  ],
  "products": [
    {
      "id": "p",
      "zh": "",
      "en": "",
      "stage": "growth",
      "basis": "weight",
      "weight": "1",
      "seasonality": "calendar-days"
    }
  ],
  "mix": [],
  "period_bounds": []
}
)";
  EXPECT_EQ(save_plan_document(s), expected);
  EXPECT_EQ(load_plan_document(expected, "tiny.json"), s);
}

TEST(plan_document, full_document_round_trips) {
  const plan_spec s = load_plan_document(full, "full.json");
  const std::string saved = save_plan_document(s);
  const plan_spec again = load_plan_document(saved, "saved.json");
  EXPECT_EQ(again, s);
  EXPECT_EQ(save_plan_document(again), saved);
  // Aliases are saved by their canonical names.
  EXPECT_NE(saved.find("\"split\": \"webster\""), std::string::npos);
  EXPECT_EQ(saved.find("sainte-lague"), std::string::npos);
  EXPECT_EQ(saved.find("dhondt"), std::string::npos);
  EXPECT_NE(saved.find("\"cells\": \"jefferson\""), std::string::npos);
}

TEST(plan_document, decimals_keep_the_scale_they_are_written_with) {
  const plan_spec s = load_plan_document(
      with(R"({"id": "east", "parent": "company"})", R"({"id": "east", "parent": "company", "weight": "1.50"})"), "x");
  EXPECT_EQ(s.units[1].weight.units(), 150);
  EXPECT_EQ(s.units[1].weight.scale(), 2);
  const std::string saved = save_plan_document(s);
  EXPECT_NE(saved.find("\"weight\": \"1.50\""), std::string::npos);
  // Amounts at the measure's scale are written with exactly its decimals.
  const plan_spec whole = load_plan_document(with(R"("1000.00")", R"("1000")"), "x");
  EXPECT_EQ(whole.annual_target[measure::amount], 100000);
  EXPECT_NE(save_plan_document(whole).find("\"amount\": \"1000.00\""), std::string::npos);
  // Trailing zeros beyond the scale are exact, so they are accepted.
  EXPECT_EQ(load_plan_document(with(R"("1000.00")", R"("1000.000")"), "x").annual_target[measure::amount], 100000);
}

TEST(plan_document, untargeted_values_are_saved_not_dropped) {
  plan_spec s = load_plan_document(minimal, "x");
  s.units[1].limits[measure::quantity].max = 5;
  const std::string saved = save_plan_document(s);
  EXPECT_EQ(problem_of(saved),
            "plan.json: $.units[1].bounds.quantity: measure quantity is not targeted (it is not in $.measures)");
  // A quantum of an untargeted measure is a rule's parameter: it round-trips.
  plan_spec q = load_plan_document(minimal, "x");
  q.period_rule.quantum[measure::quantity] = 7;
  EXPECT_EQ(load_plan_document(save_plan_document(q), "x"), q);
}

TEST(plan_document, save_refuses_text_that_is_not_utf8) {
  plan_spec s = load_plan_document(minimal, "x");
  s.units[1].zh = "\xff";
  EXPECT_THROW((void)save_plan_document(s), tandem::error);
}

// ---- random specs (fixed seed) ----

class spec_generator {
 public:
  explicit spec_generator(std::uint64_t seed) : rng_(seed) {}

  plan_spec next() {
    plan_spec s;
    s.id = "plan_" + std::to_string(below(1000));
    const tt::fiscal_calendar calendars[] = {
        tt::fiscal_calendar::gregorian(), tt::fiscal_calendar::starting(4, 1),
        tt::fiscal_calendar::starting(7, 1, tt::fiscal_year_naming::start_year),
        tt::fiscal_calendar::starting(10, 15),
        tt::fiscal_calendar::retail(tt::retail_pattern::p454, 1, tt::weekday::saturday,
                                    tt::year_end_rule::nearest_weekday)};
    s.calendar = calendars[below(5)];
    s.fiscal_year = 2020 + static_cast<int>(below(11));
    const char* currencies[] = {"CNY", "USD", "JPY", "EUR"};
    s.currency = currencies[below(4)];
    s.currency_scale = static_cast<int>(below(4));
    s.quantity_scale = static_cast<int>(below(4));
    const std::uint64_t which = below(3);
    s.targets[measure::amount] = which != 1;
    s.targets[measure::quantity] = which != 0;
    for (const measure m : {measure::amount, measure::quantity}) {
      if (s.targets[m]) s.annual_target[m] = static_cast<std::int64_t>(below(10'000'000'000));
    }
    s.product_rule = rule(s, false);
    for (std::uint64_t i = below(4); i > 0; --i) s.levels.push_back(rule(s, true));
    s.period_rule = rule(s, false);

    // A random tree: unit i hangs under an earlier one; then the list is shuffled
    // (order is free in a document).
    const std::size_t n = 1 + below(12);
    std::vector<bool> has_children(n, false);
    for (std::size_t i = 0; i < n; ++i) {
      sales_unit u;
      u.id = "u" + std::to_string(i);
      u.zh = i % 2 == 0 ? "单位" + std::to_string(i) : "";
      u.en = i % 3 == 0 ? "Unit \"" + std::to_string(i) + "\"\t\\" : "";
      u.kind = static_cast<unit_kind>(below(8));
      if (i > 0) {
        const std::size_t parent = below(i);
        u.parent = "u" + std::to_string(parent);
        has_children[parent] = true;
      }
      // The root's target is the annual target: no bounds, not fixed.
      u.basis = i == 0 ? share_basis::reference : static_cast<share_basis>(below(3));
      u.weight = decimal();
      if (i > 0) u.limits = limits(s, u.basis == share_basis::fixed);
      s.units.push_back(u);
    }
    std::shuffle(s.units.begin(), s.units.end(), rng_);

    const std::vector<std::string> months = month_labels(s);
    const std::size_t products = 1 + below(4);
    for (std::size_t i = 0; i < products; ++i) {
      product_line l;
      l.id = "line_" + std::to_string(i);
      l.zh = "产品线" + std::to_string(i);
      l.stage = static_cast<tandem::org::lifecycle_stage>(below(4));
      l.basis = static_cast<share_basis>(below(3));
      l.weight = decimal();
      l.limits = limits(s, l.basis == share_basis::fixed);
      l.seasonality = static_cast<seasonality_basis>(below(3));
      if (l.seasonality == seasonality_basis::key) {
        for (std::size_t k = 0; k < months.size(); ++k) l.key.push_back(decimal());
        l.key[below(months.size())] = amount(1 + static_cast<std::int64_t>(below(99)), 0);
      }
      s.products.push_back(l);
    }

    std::set<std::pair<std::string, std::string>> cells;
    for (std::uint64_t i = n > 1 ? below(8) : 0; i > 0; --i) {
      const std::string unit = "u" + std::to_string(1 + below(n - 1));  // not the root
      const std::string product = "line_" + std::to_string(below(products));
      if (cells.insert({unit, product}).second) s.mix.push_back({unit, product, decimal()});
    }

    std::set<std::tuple<std::string, std::string, std::string, measure>> bounded;
    for (std::uint64_t i = below(6); i > 0; --i) {
      const std::size_t leaf = below(n);
      if (has_children[leaf]) continue;
      period_bounds b;
      b.unit = "u" + std::to_string(leaf);
      b.product = "line_" + std::to_string(below(products));
      b.period = months[below(months.size())];
      b.m = s.targets[measure::amount] && (!s.targets[measure::quantity] || below(2) == 0) ? measure::amount
                                                                                             : measure::quantity;
      b.limits = one_bound(true);
      if (bounded.insert({b.unit, b.product, b.period, b.m}).second) s.period_limits.push_back(b);
    }
    return s;
  }

 private:
  std::uint64_t below(std::uint64_t n) { return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(rng_); }

  amount decimal() { return amount(static_cast<std::int64_t>(below(100'000'000)), static_cast<int>(below(5))); }

  level_rule rule(const plan_spec& s, bool level) {
    const auto methods = tandem::alloc::all_methods();
    level_rule r;
    r.split = methods[below(methods.size())];
    do {
      r.cells = methods[below(methods.size())];
    } while (level && (r.cells == method::hamilton || r.cells == method::huntington_hill));
    for (const measure m : {measure::amount, measure::quantity}) {
      // Untargeted measures keep the default quantum, now and then not.
      if (s.targets[m] || below(4) == 0) r.quantum[m] = 1 + static_cast<std::int64_t>(below(100'000));
    }
    return r;
  }

  // min <= fixed <= max where given; with `fixed`, a fixed value is always there.
  bounds one_bound(bool non_empty, bool fixed = false) {
    bounds b;
    do {
      std::int64_t v[3];
      for (std::int64_t& x : v) x = static_cast<std::int64_t>(below(1'000'000));
      std::sort(std::begin(v), std::end(v));
      if (below(3) == 0) b.min = v[0];
      if (fixed || below(4) == 0) b.fixed = v[1];
      if (below(3) == 0) b.max = v[2];
    } while (non_empty && b.empty());
    return b;
  }

  per_measure<bounds> limits(const plan_spec& s, bool fixed) {
    per_measure<bounds> out{};
    for (const measure m : {measure::amount, measure::quantity}) {
      if (s.targets[m] && (fixed || below(3) == 0)) out[m] = one_bound(false, fixed);
    }
    return out;
  }

  static std::vector<std::string> month_labels(const plan_spec& s) {
    std::vector<std::string> out;
    for (const tt::period& p : s.calendar.periods(s.calendar.fiscal_year(s.fiscal_year), tt::period_kind::month)) {
      out.push_back(p.label);
    }
    return out;
  }

  std::mt19937_64 rng_;
};

TEST(plan_document, random_specs_round_trip_to_equal_specs_and_the_same_bytes) {
  spec_generator generate(20270401);
  for (int i = 0; i < 300; ++i) {
    const plan_spec s = generate.next();
    const std::string saved = save_plan_document(s);
    plan_spec again;
    ASSERT_NO_THROW(again = load_plan_document(saved, "random.json")) << saved;
    ASSERT_EQ(again, s) << saved;
    ASSERT_EQ(save_plan_document(again), saved);
  }
}

// ---- schema version and JSON ----

TEST(plan_document, schema_version_is_required_and_must_be_one) {
  EXPECT_EQ(problem_of(with(R"("schema_version": 1,)", "")), "plan.json: $: missing required key \"schema_version\"");
  EXPECT_EQ(problem_of(with(R"("schema_version": 1,)", R"("schema_version": "1",)")),
            "plan.json: $.schema_version: expected the integer 1, got the string \"1\"");
  // A newer version is the only problem reported, whatever else is wrong.
  EXPECT_EQ(problems_of(with(R"("schema_version": 1,)", R"("schema_version": 2, "extra": true,)")),
            std::vector<std::string>{
                "plan.json: $.schema_version: unsupported schema_version 2; this version of Tandem reads 1"});
  EXPECT_EQ(problem_of(with(R"("schema_version": 1,)", R"("schema_version": 0,)")),
            "plan.json: $.schema_version: unsupported schema_version 0; this version of Tandem reads 1");
}

TEST(plan_document, invalid_json_and_odd_shapes) {
  EXPECT_EQ(problem_of("{\"schema_version\": 1,"),
            "plan.json: $: invalid JSON at line 1, column 22: syntax error while parsing object key - unexpected "
            "end of input; expected string literal");
  EXPECT_EQ(problem_of("[]"), "plan.json: $: expected a plan document (an object), got an array");
  EXPECT_EQ(problem_of(with(R"("fiscal_year": 2027,)", R"("fiscal_year": 2027, "fiscal_year": 2028,)")),
            "plan.json: $.fiscal_year: duplicate key");
  std::string deep = std::string(20, '[') + std::string(20, ']');
  EXPECT_EQ(problem_of(with(R"("products": [{"id": "lathes"}])", "\"products\": " + deep)),
            "plan.json: $.products[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nested more than 16 levels deep");
  EXPECT_EQ(problem_of(with(R"("fiscal_year": 2027,)", R"("fiscal_year": 2027, "odd key": 1,)")),
            "plan.json: $[\"odd key\"]: unknown key; the keys of a plan document are schema_version, id, calendar, "
            "fiscal_year, currency, currency_scale, quantity_scale, measures, annual_target, rules, units, products, "
            "mix, period_bounds");
}

TEST(plan_document, missing_required_keys) {
  std::string text = with(R"("measures": ["amount"],)", "");
  text = with(R"("annual_target": {"amount": "1000.00"},)", "", text);
  EXPECT_EQ(problems_of(text),
            (std::vector<std::string>{"plan.json: $: missing required key \"measures\"",
                                      "plan.json: $: missing required key \"annual_target\""}));
  EXPECT_EQ(problem_of(with(R"({"id": "lathes"})", "{}")), "plan.json: $.products[0]: missing required key \"id\"");
}

TEST(plan_document, file_errors_name_the_file) {
  try {
    (void)load_plan_document_file("/nonexistent/plan.json");
    FAIL();
  } catch (const tandem::error& e) {
    EXPECT_EQ(e.code(), tandem::errc::invalid_argument);
    EXPECT_NE(std::string(e.what()).find("cannot read '/nonexistent/plan.json'"), std::string::npos);
  }
}

// ---- decimal strings ----

TEST(plan_document, amounts_are_decimal_strings_not_numbers) {
  EXPECT_EQ(problem_of(with(R"("1000.00")", "1000.5")),
            "plan.json: $.annual_target.amount: expected a decimal string, got the number 1000.5; write it in quotes "
            "(\"1000.5\"): amounts, quantities and weights are strings so that every digit is kept");
  EXPECT_EQ(problem_of(with(R"({"id": "lathes"})", R"({"id": "lathes", "weight": 3})")),
            "plan.json: $.products[0].weight: expected a decimal string, got the integer 3; write it in quotes "
            "(\"3\"): amounts, quantities and weights are strings so that every digit is kept");
  EXPECT_EQ(problem_of(with(R"("1000.00")", "true")),
            "plan.json: $.annual_target.amount: expected a decimal string such as \"1200.50\", got true");
  EXPECT_EQ(problem_of(with(R"("1000.00")", R"("1,000.00")")),
            "plan.json: $.annual_target.amount: \"1,000.00\" is not a plain decimal number (digits, optionally '-' "
            "first and one '.')");
  EXPECT_EQ(problem_of(with(R"("1000.00")", R"("99999999999999999999")")),
            "plan.json: $.annual_target.amount: \"99999999999999999999\" does not fit a 64-bit integer at 2 decimal "
            "places");
}

TEST(plan_document, amounts_are_read_at_the_measures_scale) {
  EXPECT_EQ(problem_of(with(R"("1000.00")", R"("1000.005")")),
            "plan.json: $.annual_target.amount: \"1000.005\" has more than 2 decimal places");
  std::string q = with(R"("measures": ["amount"],)", R"("measures": ["amount", "quantity"], "quantity_scale": 1,)");
  q = with(R"({"amount": "1000.00"})", R"({"amount": "1000.00", "quantity": "2.25"})", q);
  EXPECT_EQ(problem_of(q), "plan.json: $.annual_target.quantity: \"2.25\" has more than 1 decimal place");
  // The scale may come after the values that use it.
  std::string late =
      with(R"("products": [{"id": "lathes"}])", R"("products": [{"id": "lathes"}], "currency_scale": 0)");
  EXPECT_EQ(problem_of(with(R"("1000.00")", R"("1000.50")", late)),
            "plan.json: $.annual_target.amount: \"1000.50\" is not a whole number");
  const plan_spec yen = load_plan_document(with(R"("1000.00")", R"("1000")", late), "x");
  EXPECT_EQ(yen.annual_target[measure::amount], 1000);
  // A wrong scale is reported once, not again at every value that uses it.
  EXPECT_EQ(problem_of(with(R"("measures": ["amount"],)", R"("measures": ["amount"], "currency_scale": 7,)")),
            "plan.json: $.currency_scale: must be from 0 to 6, got 7");
}

TEST(plan_document, negative_values_are_refused) {
  EXPECT_EQ(problem_of(with(R"("1000.00")", R"("-1.00")")),
            "plan.json: $.annual_target.amount: \"-1.00\" is negative; negative values are not allowed here");
  EXPECT_EQ(problem_of(with(R"({"id": "lathes"})", R"({"id": "lathes", "weight": "-0.5"})")),
            "plan.json: $.products[0].weight: \"-0.5\" is negative; negative values are not allowed here");
  EXPECT_EQ(problem_of(with(R"("parent": "company"})", R"("parent": "company", "bounds": {"amount": {"min": "-5"}}})")),
            "plan.json: $.units[1].bounds.amount.min: \"-5\" is negative; negative values are not allowed here");
}

// ---- the top-level values ----

TEST(plan_document, ids_currency_scales_and_year) {
  EXPECT_EQ(problem_of(with(R"("fiscal_year": 2027,)", R"("fiscal_year": 2027, "id": "Plan-A",)")),
            "plan.json: $.id: malformed id \"Plan-A\": must match [a-z][a-z0-9_]* and have at most 64 characters");
  EXPECT_EQ(problem_of(with(R"("fiscal_year": 2027,)", R"("fiscal_year": 2027, "currency": "cny",)")),
            "plan.json: $.currency: expected an ISO 4217 code of three upper-case letters such as \"CNY\", got the "
            "string \"cny\"");
  EXPECT_EQ(problem_of(with(R"("fiscal_year": 2027,)", R"("fiscal_year": "2027",)")),
            "plan.json: $.fiscal_year: expected an integer, got the string \"2027\"");
  EXPECT_EQ(problem_of(with(R"("fiscal_year": 2027,)", R"("fiscal_year": 1000,)")),
            "plan.json: $.fiscal_year: 1000 (1000-01-01..1000-12-31) extends beyond the supported dates "
            "1400-01-01..9999-12-31");
  EXPECT_EQ(problem_of(with(R"("fiscal_year": 2027,)", R"("fiscal_year": 2027, "quantity_scale": 2.0,)")),
            "plan.json: $.quantity_scale: expected an integer, got the number 2.0");
}

TEST(plan_document, the_calendar_has_the_organisation_documents_shape) {
  const auto cal = [](const std::string& c) {
    return with(R"("fiscal_year": 2027,)", R"("fiscal_year": 2027, "calendar": )" + c + ",");
  };
  EXPECT_EQ(load_plan_document(cal(R"({"kind": "fiscal", "start_month": 7, "start_day": 15, "naming": "start_year"})"),
                               "x")
                .calendar,
            tt::fiscal_calendar::starting(7, 15, tt::fiscal_year_naming::start_year));
  EXPECT_EQ(load_plan_document(cal(R"({"kind": "retail", "pattern": "4-5-4", "end_month": 1, "end_weekday": "saturday",
                                        "end_rule": "nearest_weekday"})"),
                               "x")
                .calendar,
            tt::fiscal_calendar::retail(tt::retail_pattern::p454, 1, tt::weekday::saturday,
                                        tt::year_end_rule::nearest_weekday));
  EXPECT_EQ(problem_of(cal(R"({"kind": "lunar"})")),
            "plan.json: $.calendar.kind: expected one of gregorian, fiscal, retail, got the string \"lunar\"");
  EXPECT_EQ(problem_of(cal(R"({"kind": "fiscal"})")), "plan.json: $.calendar: missing required key \"start_month\"");
  EXPECT_EQ(problem_of(cal(R"({"kind": "fiscal", "start_month": 13})")),
            "plan.json: $.calendar.start_month: must be from 1 to 12, got 13");
  EXPECT_EQ(problem_of(cal(R"({"kind": "gregorian", "start_month": 4})")),
            "plan.json: $.calendar.start_month: unknown key; the keys of a gregorian calendar are kind");
}

TEST(plan_document, measures) {
  EXPECT_EQ(problem_of(with(R"("measures": ["amount"],)", R"("measures": [],)")),
            "plan.json: $.measures: at least one measure must be targeted (amount, quantity)");
  EXPECT_EQ(problem_of(with(R"("measures": ["amount"],)", R"("measures": ["amount", "amount"],)")),
            "plan.json: $.measures[1]: measure amount is listed twice");
  EXPECT_EQ(problem_of(with(R"("measures": ["amount"],)", R"("measures": ["revenue"],)")),
            "plan.json: $.measures[0]: expected one of amount, quantity, got the string \"revenue\"");
  EXPECT_EQ(problem_of(with(R"("measures": ["amount"],)", R"("measures": ["amount", "quantity"],)")),
            "plan.json: $.annual_target: missing the target of measure quantity");
  EXPECT_EQ(problem_of(with(R"({"amount": "1000.00"})", R"({"amount": "1000.00", "quantity": "5"})")),
            "plan.json: $.annual_target.quantity: measure quantity is not targeted (it is not in $.measures)");
  EXPECT_EQ(problem_of(with(R"({"amount": "1000.00"})", R"({"amount": "1000.00", "units": "5"})")),
            "plan.json: $.annual_target.units: unknown measure; the measures are amount, quantity");
}

// ---- rules ----

TEST(plan_document, rules) {
  const auto rules = [](const std::string& r) {
    return with(R"("fiscal_year": 2027,)", R"("fiscal_year": 2027, "rules": )" + r + ",");
  };
  EXPECT_EQ(problem_of(rules(R"({"products": {"split": "banzhaf"}})")),
            "plan.json: $.rules.products.split: expected a method (hamilton, jefferson, webster, "
            "modified-sainte-lague, adams, dean, huntington-hill, or an alias such as dhondt), got the string "
            "\"banzhaf\"");
  EXPECT_EQ(problem_of(rules(R"({"levels": [{"cells": "huntington-hill"}]})")),
            "plan.json: $.rules.levels[0].cells: cells need a divisor method other than huntington-hill, got the "
            "string \"huntington-hill\"");
  EXPECT_EQ(problem_of(rules(R"({"levels": [{"cells": "hamilton"}]})")),
            "plan.json: $.rules.levels[0].cells: cells need a divisor method other than huntington-hill, got the "
            "string \"hamilton\"");
  EXPECT_EQ(problem_of(rules(R"({"periods": {"quantum": {"amount": "0.00"}}})")),
            "plan.json: $.rules.periods.quantum.amount: must be greater than zero, got \"0.00\"");
  EXPECT_EQ(problem_of(rules(R"({"periods": {"quantum": {"amount": 100}}})")).substr(0, 89),
            "plan.json: $.rules.periods.quantum.amount: expected a decimal string, got the integer 100");
  EXPECT_EQ(problem_of(rules(R"({"periods": {"quantum": {"amount": "0.001"}}})")),
            "plan.json: $.rules.periods.quantum.amount: \"0.001\" has more than 2 decimal places");
  EXPECT_EQ(problem_of(rules(R"({"levels": {}})")),
            "plan.json: $.rules.levels: expected an array of rules (one per depth of the tree), got an object");
  EXPECT_EQ(problem_of(rules(R"({"products": {"round": "up"}})")),
            "plan.json: $.rules.products.round: unknown key; the keys of a rule are split, cells, quantum");
  EXPECT_EQ(problem_of(rules(R"({"regions": {}})")),
            "plan.json: $.rules.regions: unknown key; the keys of the rules are products, levels, periods");
  // A quantum of a measure that is not targeted is allowed (it is a parameter of the rule).
  EXPECT_EQ(load_plan_document(rules(R"({"products": {"quantum": {"quantity": "5"}}})"), "x")
                .product_rule.quantum[measure::quantity],
            5);
}

// ---- units ----

TEST(plan_document, unit_problems) {
  const auto east = [](const std::string& extra) {
    return with(R"({"id": "east", "parent": "company"})", R"({"id": "east", "parent": "company", )" + extra + "}");
  };
  EXPECT_EQ(problem_of(east(R"("kind": "Region")")),
            "plan.json: $.units[1].kind: expected one of company, department, region, branch, team, person, agent, "
            "distributor, got the string \"Region\"");
  EXPECT_EQ(problem_of(east(R"("basis": "share")")),
            "plan.json: $.units[1].basis: expected one of weight, reference, fixed, got the string \"share\"");
  EXPECT_EQ(problem_of(east(R"("basis": "fixed")")),
            "plan.json: $.units[1]: basis \"fixed\" needs bounds.amount.fixed");
  EXPECT_EQ(problem_of(east(R"("boss": "x")")),
            "plan.json: $.units[1].boss: unknown key; the keys of a unit are id, zh, en, kind, parent, basis, weight, "
            "bounds");
  EXPECT_EQ(problem_of(east(R"("bounds": {"amount": {"least": "1"}})")),
            "plan.json: $.units[1].bounds.amount.least: unknown key; the keys of bounds are min, max, fixed");
  EXPECT_EQ(problem_of(east(R"("bounds": {"quantity": {"min": "1"}})")),
            "plan.json: $.units[1].bounds.quantity: measure quantity is not targeted (it is not in $.measures)");
  EXPECT_EQ(problem_of(east(R"("bounds": [])")),
            "plan.json: $.units[1].bounds: expected bounds (an object keyed by measure), got an array");
  EXPECT_EQ(problem_of(east(R"("zh": 5)")), "plan.json: $.units[1].zh: expected a string, got the integer 5");
  EXPECT_EQ(problem_of(with(R"({"id": "east", "parent": "company"})", R"({"id": "East", "parent": "company"})")),
            "plan.json: $.units[1].id: malformed id \"East\": must match [a-z][a-z0-9_]* and have at most 64 "
            "characters");
  EXPECT_EQ(problem_of(with(R"("units": [)", R"("units": [{"id": "east", "parent": "company"}, )")),
            "plan.json: $.units[2].id: duplicate unit id 'east' (first at $.units[0])");
  EXPECT_EQ(problems_of(with(R"("units": [)", R"("units": 5, "x": [)")),
            (std::vector<std::string>{"plan.json: $.units: expected an array of units, got the integer 5",
                                      "plan.json: $.x: unknown key; the keys of a plan document are schema_version, "
                                      "id, calendar, fiscal_year, currency, currency_scale, quantity_scale, measures, "
                                      "annual_target, rules, units, products, mix, period_bounds"}));
}

TEST(plan_document, bounds_in_order) {
  const auto east = [](const std::string& b) {
    return with(R"("parent": "company"})", R"("parent": "company", "bounds": {"amount": )" + b + "}}");
  };
  EXPECT_EQ(problem_of(east(R"({"min": "5.00", "max": "4.99"})")),
            "plan.json: $.units[1].bounds.amount: min \"5.00\" is above max \"4.99\"");
  EXPECT_EQ(problem_of(east(R"({"min": "5", "fixed": "4"})")),
            "plan.json: $.units[1].bounds.amount: fixed \"4.00\" is below min \"5.00\"");
  EXPECT_EQ(problem_of(east(R"({"max": "5", "fixed": "6"})")),
            "plan.json: $.units[1].bounds.amount: fixed \"6.00\" is above max \"5.00\"");
  EXPECT_EQ(load_plan_document(east(R"({"min": "5", "max": "5", "fixed": "5"})"), "x").units[1].limits[measure::amount],
            (bounds{.min = 500, .max = 500, .fixed = 500}));
}

TEST(plan_document, the_root_takes_the_annual_target) {
  EXPECT_EQ(problem_of(with(R"({"id": "company", "kind": "company"})",
                            R"({"id": "company", "kind": "company", "bounds": {"amount": {"max": "1"}}})")),
            "plan.json: $.units[0]: unit 'company' is the root: its target is the annual target, so it takes no "
            "bounds and no basis \"fixed\"");
  EXPECT_EQ(problem_of(with(R"({"id": "company", "kind": "company"})",
                            R"({"id": "company", "kind": "company", "basis": "fixed"})")),
            "plan.json: $.units[0]: unit 'company' is the root: its target is the annual target, so it takes no "
            "bounds and no basis \"fixed\"");
  EXPECT_EQ(problem_of(with(R"("products": [{"id": "lathes"}])",
                            R"("products": [{"id": "lathes"}],
                                "mix": [{"unit": "company", "product": "lathes", "weight": "1"}])")),
            "plan.json: $.mix[0].unit: unit 'company' is the root: its mix is the product lines' split (give the "
            "product lines weights)");
}

TEST(plan_document, the_tree) {
  EXPECT_EQ(problem_of(with(R"("parent": "company")", R"("parent": "head_office")")),
            "plan.json: $.units[1].parent: unknown parent unit 'head_office'");
  EXPECT_EQ(problem_of(with(R"("parent": "company")", R"("parent": "")")),
            "plan.json: $.units[1].parent: expected an id, got \"\"");
  EXPECT_EQ(problem_of(with(R"(, "parent": "company")", "")),
            "plan.json: $.units[1]: unit 'east' has no parent, but 'company' is the root already ($.units[0]): there "
            "is one root");
  EXPECT_EQ(problem_of(with(R"("units": [{"id": "company", "kind": "company"}, {"id": "east", "parent": "company"}])",
                            R"("units": [{"id": "company", "kind": "company"}, {"id": "a", "parent": "b"},
                                         {"id": "b", "parent": "c"}, {"id": "c", "parent": "a"}])")),
            "plan.json: $.units[1].parent: parent cycle: a -> b -> c -> a");
  EXPECT_EQ(problem_of(with(R"("units": [{"id": "company", "kind": "company"}, {"id": "east", "parent": "company"}])",
                            R"("units": [{"id": "a", "parent": "a"}])")),
            "plan.json: $.units[0].parent: parent cycle: a -> a");
  EXPECT_EQ(problem_of(with(R"("units": [{"id": "company", "kind": "company"}, {"id": "east", "parent": "company"}])",
                            R"("units": [])")),
            "plan.json: $.units: a plan needs at least one unit (the root)");
}

// ---- product lines ----

TEST(plan_document, product_problems) {
  const auto line = [](const std::string& extra) {
    return with(R"({"id": "lathes"})", R"({"id": "lathes", )" + extra + "}");
  };
  const std::string twelve = R"(["1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1"])";
  EXPECT_EQ(problem_of(line(R"("stage": "lifecycle_growth")")),
            "plan.json: $.products[0].stage: expected one of introduction, growth, maturity, decline, got the string "
            "\"lifecycle_growth\"");
  EXPECT_EQ(problem_of(line(R"("seasonality": "calendar_days")")),
            "plan.json: $.products[0].seasonality: expected one of even, calendar-days, key, got the string "
            "\"calendar_days\"");
  EXPECT_EQ(problem_of(line(R"("seasonality": "key")")),
            "plan.json: $.products[0]: seasonality \"key\" needs a \"key\": one weight per month");
  EXPECT_EQ(problem_of(line(R"("key": )" + twelve)),
            "plan.json: $.products[0].key: a key is only for seasonality \"key\" (this line's seasonality is "
            "calendar-days)");
  // A misspelt seasonality is reported once, not again at the key.
  EXPECT_EQ(problem_of(line(R"("seasonality": "Key", "key": )" + twelve)),
            "plan.json: $.products[0].seasonality: expected one of even, calendar-days, key, got the string \"Key\"");
  EXPECT_EQ(problem_of(line(R"("seasonality": "key", "key": ["1", "2"])")),
            "plan.json: $.products[0].key: expected one weight per month of the fiscal year (12), got 2");
  EXPECT_EQ(problem_of(line(R"("seasonality": "key",
                                 "key": ["0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0.0"])")),
            "plan.json: $.products[0].key: every weight of the key is zero");
  EXPECT_EQ(problem_of(line(R"("seasonality": "key",
                                 "key": ["1", "1", "1", "1", "1", 1, "1", "1", "1", "1", "1", "1"])")),
            "plan.json: $.products[0].key[5]: expected a decimal string, got the integer 1; write it in quotes "
            "(\"1\"): amounts, quantities and weights are strings so that every digit is kept");
  EXPECT_EQ(problem_of(line(R"("basis": "fixed", "bounds": {"amount": {"min": "1"}})")),
            "plan.json: $.products[0]: basis \"fixed\" needs bounds.amount.fixed");
  EXPECT_EQ(problem_of(with(R"("products": [{"id": "lathes"}])",
                            R"("products": [{"id": "lathes"}, {"id": "lathes"}])")),
            "plan.json: $.products[1].id: duplicate product line id 'lathes' (first at $.products[0])");
  // Key weights keep their written scale.
  const plan_spec s = load_plan_document(line(R"("seasonality": "key", "key": )" + twelve), "x");
  EXPECT_EQ(s.products[0].key, std::vector<amount>(12, amount(1, 0)));
}

// ---- mix and period bounds ----

TEST(plan_document, mix_problems) {
  const auto mix = [](const std::string& m) {
    return with(R"("products": [{"id": "lathes"}])", R"("products": [{"id": "lathes"}], "mix": )" + m);
  };
  EXPECT_EQ(problem_of(mix(R"([{"unit": "west", "product": "lathes", "weight": "1"}])")),
            "plan.json: $.mix[0].unit: unknown unit 'west'");
  EXPECT_EQ(problem_of(mix(R"([{"unit": "east", "product": "drills", "weight": "1"}])")),
            "plan.json: $.mix[0].product: unknown product line 'drills'");
  EXPECT_EQ(problem_of(mix(R"([{"unit": "east", "product": "lathes"}])")),
            "plan.json: $.mix[0]: missing required key \"weight\"");
  EXPECT_EQ(problem_of(mix(R"([{"unit": "east", "product": "lathes", "weight": "1"},
                                {"unit": "east", "product": "lathes", "weight": "2"}])")),
            "plan.json: $.mix[1]: unit 'east' and product line 'lathes' are in the mix already ($.mix[0])");
  // The ids may be defined after the mix.
  const std::string late = R"({"schema_version": 1, "fiscal_year": 2027, "measures": ["amount"],
    "annual_target": {"amount": "1"}, "mix": [{"unit": "east", "product": "lathes", "weight": "2.5"}],
    "units": [{"id": "company"}, {"id": "east", "parent": "company"}], "products": [{"id": "lathes"}]})";
  EXPECT_EQ(load_plan_document(late, "x").mix, (std::vector<mix_entry>{{"east", "lathes", amount(25, 1)}}));
}

TEST(plan_document, period_bound_problems) {
  const auto pb = [](const std::string& b) {
    return with(R"("products": [{"id": "lathes"}])", R"("products": [{"id": "lathes"}], "period_bounds": [)" + b + "]");
  };
  const std::string ok = R"("unit": "east", "product": "lathes", "period": "2027-05", "measure": "amount")";
  EXPECT_EQ(load_plan_document(pb("{" + ok + R"(, "max": "10.00"})"), "x").period_limits[0].limits.max, 1000);
  EXPECT_EQ(problem_of(pb("{" + ok + "}")),
            "plan.json: $.period_bounds[0]: a period bound needs at least one of min, max, fixed");
  EXPECT_EQ(problem_of(pb(R"({"unit": "company", "product": "lathes", "period": "2027-05", "measure": "amount",
                               "min": "1"})")),
            "plan.json: $.period_bounds[0].unit: unit 'company' is not a leaf: period bounds are on leaf units' "
            "months");
  EXPECT_EQ(problem_of(pb(R"({"unit": "east", "product": "lathes", "period": "2027-13", "measure": "amount",
                               "min": "1"})")),
            "plan.json: $.period_bounds[0].period: no month \"2027-13\" in the fiscal year; its months are "
            "\"2027-01\" to \"2027-12\"");
  EXPECT_EQ(problem_of(pb(R"({"unit": "east", "product": "lathes", "period": "2027-05", "measure": "quantity",
                               "min": "1"})")),
            "plan.json: $.period_bounds[0].measure: measure quantity is not targeted (it is not in $.measures)");
  // The value is read at the scale of the measure, which may come after it.
  EXPECT_EQ(problem_of(pb(R"({"min": "0.001", "unit": "east", "product": "lathes", "period": "2027-05",
                               "measure": "amount"})")),
            "plan.json: $.period_bounds[0].min: \"0.001\" has more than 2 decimal places");
  EXPECT_EQ(problem_of(pb("{" + ok + R"(, "min": "2", "max": "1"})")),
            "plan.json: $.period_bounds[0]: min \"2.00\" is above max \"1.00\"");
  EXPECT_EQ(problem_of(pb("{" + ok + R"(, "min": "1"}, {)" + ok + R"(, "max": "2"})")),
            "plan.json: $.period_bounds[1]: the same unit, product line, month and measure are bounded already "
            "($.period_bounds[0])");
  EXPECT_EQ(problem_of(pb(R"({"unit": "east", "product": "lathes", "measure": "amount", "min": "1"})")),
            "plan.json: $.period_bounds[0]: missing required key \"period\"");
}

// ---- several problems ----

TEST(plan_document, every_problem_is_reported_in_file_order) {
  const std::string text = R"({
  "schema_version": 1,
  "units": [{"id": "company", "kind": "firm"}, {"id": "east", "parent": "nowhere", "weight": 2}],
  "fiscal_year": 2027,
  "measures": ["amount"],
  "annual_target": {"amount": "1000.001"},
  "products": [{"id": "lathes", "seasonality": "key"}, {"id": "Lasers"}],
  "mix": [{"unit": "west", "product": "lathes", "weight": "1"}],
  "colour": "blue"
})";
  EXPECT_EQ(problems_of(text, "f.json"),
            (std::vector<std::string>{
                "f.json: $.units[0].kind: expected one of company, department, region, branch, team, person, agent, "
                "distributor, got the string \"firm\"",
                "f.json: $.units[1].parent: unknown parent unit 'nowhere'",
                "f.json: $.units[1].weight: expected a decimal string, got the integer 2; write it in quotes (\"2\"): "
                "amounts, quantities and weights are strings so that every digit is kept",
                "f.json: $.annual_target.amount: \"1000.001\" has more than 2 decimal places",
                "f.json: $.products[0]: seasonality \"key\" needs a \"key\": one weight per month",
                "f.json: $.products[1].id: malformed id \"Lasers\": must match [a-z][a-z0-9_]* and have at most 64 "
                "characters",
                "f.json: $.mix[0].unit: unknown unit 'west'",
                "f.json: $.colour: unknown key; the keys of a plan document are schema_version, id, calendar, "
                "fiscal_year, currency, currency_scale, quantity_scale, measures, annual_target, rules, units, "
                "products, mix, period_bounds",
            }));
}

// ---- the documented example (docs/plan-format.md) ----

TEST(plan_document, the_example_of_the_format_page_loads_and_builds) {
  const std::string text = R"({
  "schema_version": 1,
  "id": "fy2027_plan",
  "calendar": {"kind": "fiscal", "start_month": 4},
  "fiscal_year": 2027,
  "measures": ["amount"],
  "annual_target": {"amount": "60000000.00"},
  "rules": {
    "products": {"quantum": {"amount": "10000.00"}},
    "levels": [{"split": "hamilton", "quantum": {"amount": "10000.00"}}, {"quantum": {"amount": "100.00"}}],
    "periods": {"quantum": {"amount": "1.00"}}
  },
  "units": [
    {"id": "company", "zh": "华东精工机械有限公司", "kind": "company"},
    {"id": "east", "zh": "华东区", "kind": "region", "parent": "company", "basis": "reference",
     "weight": "31250000.00"},
    {"id": "north", "zh": "华北区", "kind": "region", "parent": "company", "basis": "reference",
     "weight": "18600000.00", "bounds": {"amount": {"min": "20000000.00"}}},
    {"id": "zhang_wei", "zh": "张伟", "kind": "person", "parent": "east"},
    {"id": "wang_qiang", "zh": "王强", "kind": "person", "parent": "north"}
  ],
  "products": [
    {"id": "cnc_lathes", "zh": "数控车床", "stage": "maturity", "weight": "3"},
    {"id": "laser_cutting", "zh": "激光切割机", "stage": "introduction", "weight": "1", "seasonality": "key",
     "key": ["2", "3", "5", "6", "7", "9", "9", "11", "13", "8", "5", "22"]}
  ]
})";
  const plan p = plan::build(load_plan_document(text, "docs/plan-format.md"));
  EXPECT_EQ(p.unit_total(measure::amount, 0), 60'000'000'00);
  // Proportional to the reference values (31.25 : 18.6), in whole 10,000.00.
  EXPECT_EQ(p.unit_total(measure::amount, p.unit_index("east").value()), 37'610'000'00);
  EXPECT_EQ(p.unit_total(measure::amount, p.unit_index("north").value()), 22'390'000'00);
  EXPECT_EQ(p.cell_total(measure::amount, 0, p.product_index("cnc_lathes").value()), 45'000'000'00);
}

// ---- the shipped example ----

TEST(plan_document, example_loads_round_trips_and_builds) {
  const plan_spec s = load_plan_document_file(example_path());
  EXPECT_EQ(s.calendar, tt::fiscal_calendar::starting(4, 1));
  EXPECT_EQ(s.fiscal_year, 2027);
  EXPECT_TRUE(s.targets[measure::amount]);
  EXPECT_TRUE(s.targets[measure::quantity]);
  EXPECT_EQ(s.annual_target[measure::amount], 86'000'000'00);
  EXPECT_GE(s.units.size(), 20U);
  EXPECT_GE(s.products.size(), 4U);
  const std::string saved = save_plan_document(s);
  EXPECT_EQ(load_plan_document(saved, "saved.json"), s);
  EXPECT_EQ(save_plan_document(load_plan_document(saved, "saved.json")), saved);

  const plan p = plan::build(s);
  EXPECT_EQ(p.unit_total(measure::amount, 0), 86'000'000'00);
  EXPECT_EQ(p.unit_total(measure::quantity, 0), s.annual_target[measure::quantity]);
  EXPECT_EQ(p.periods().size(), 12U);
  EXPECT_EQ(p.periods().front().label, "2026-04");
}

}  // namespace

TEST(plan_document_problems, NoProductLines) {
  EXPECT_EQ(problems_of(with(R"("products": [{"id": "lathes"}])", R"("products": [])")),
            (std::vector<std::string>{"plan.json: $.products: a plan needs at least one product line"}));
}
