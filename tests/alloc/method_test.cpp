// Names of methods and tie rules: canonical names, aliases, '_' for '-', and
// rejection of anything else. The enum numbers are pinned for the C API.
#include "tandem/alloc/method.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tandem::alloc {
namespace {

static_assert(static_cast<int>(method::hamilton) == 0);
static_assert(static_cast<int>(method::jefferson) == 1);
static_assert(static_cast<int>(method::webster) == 2);
static_assert(static_cast<int>(method::modified_sainte_lague) == 3);
static_assert(static_cast<int>(method::adams) == 4);
static_assert(static_cast<int>(method::dean) == 5);
static_assert(static_cast<int>(method::huntington_hill) == 6);
static_assert(static_cast<int>(tie_rule::input_order) == 0);
static_assert(static_cast<int>(tie_rule::larger_weight) == 1);
static_assert(static_cast<int>(tie_rule::smaller_weight) == 2);
static_assert(static_cast<int>(tie_rule::error) == 3);
static_assert(!is_divisor_method(method::hamilton));
static_assert(is_divisor_method(method::jefferson) && is_divisor_method(method::huntington_hill));

TEST(Method, AllMethodsListsEveryMethodOnceInEnumOrder) {
  const auto all = all_methods();
  ASSERT_EQ(all.size(), 7U);
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(static_cast<std::size_t>(all[i]), i);
  }
}

TEST(Method, CanonicalNames) {
  EXPECT_EQ(to_string(method::hamilton), "hamilton");
  EXPECT_EQ(to_string(method::jefferson), "jefferson");
  EXPECT_EQ(to_string(method::webster), "webster");
  EXPECT_EQ(to_string(method::modified_sainte_lague), "modified-sainte-lague");
  EXPECT_EQ(to_string(method::adams), "adams");
  EXPECT_EQ(to_string(method::dean), "dean");
  EXPECT_EQ(to_string(method::huntington_hill), "huntington-hill");
}

TEST(Method, CanonicalNamesRoundTrip) {
  for (const method m : all_methods()) {
    method parsed = m == method::hamilton ? method::dean : method::hamilton;  // anything else
    ASSERT_TRUE(parse_method(to_string(m), parsed)) << to_string(m);
    EXPECT_EQ(parsed, m) << to_string(m);
  }
}

TEST(Method, AliasesAndUnderscores) {
  const std::vector<std::pair<std::string_view, method>> names{
      {"hamilton", method::hamilton},
      {"hare", method::hamilton},
      {"largest-remainder", method::hamilton},
      {"largest_remainder", method::hamilton},
      {"jefferson", method::jefferson},
      {"dhondt", method::jefferson},
      {"webster", method::webster},
      {"sainte-lague", method::webster},
      {"sainte_lague", method::webster},
      {"modified-sainte-lague", method::modified_sainte_lague},
      {"modified_sainte_lague", method::modified_sainte_lague},
      {"modified-sainte_lague", method::modified_sainte_lague},
      {"adams", method::adams},
      {"dean", method::dean},
      {"huntington-hill", method::huntington_hill},
      {"huntington_hill", method::huntington_hill},
  };
  for (const auto& [name, expected] : names) {
    // Start from a value that differs from the expected one, so a parse that
    // returns true without writing is caught.
    method parsed = expected == method::adams ? method::dean : method::adams;
    ASSERT_TRUE(parse_method(name, parsed)) << name;
    EXPECT_EQ(parsed, expected) << name;
  }
}

TEST(Method, UnknownNamesAreRejected) {
  for (const std::string_view name :
       {"", "Hamilton", "WEBSTER", "webster ", " webster", "hill", "huntington", "huntingtonhill",
        "sainte lague", "modified-webster", "d'hondt", "jefferson-", "-", "_", "hamilton\n",
        "dhondtx", "largest", "remainder"}) {
    method parsed = method::dean;
    EXPECT_FALSE(parse_method(name, parsed)) << '"' << name << '"';
  }
}

TEST(Method, NameWithEmbeddedNulIsRejected) {
  const std::string name{"webster\0x", 9};
  method parsed = method::dean;
  EXPECT_FALSE(parse_method(name, parsed));
}

TEST(TieRule, CanonicalNamesRoundTrip) {
  const std::vector<std::pair<tie_rule, std::string_view>> rules{
      {tie_rule::input_order, "input-order"},
      {tie_rule::larger_weight, "larger"},
      {tie_rule::smaller_weight, "smaller"},
      {tie_rule::error, "error"},
  };
  for (const auto& [rule, name] : rules) {
    EXPECT_EQ(to_string(rule), name);
    tie_rule parsed = rule == tie_rule::error ? tie_rule::input_order : tie_rule::error;
    ASSERT_TRUE(parse_tie_rule(name, parsed)) << name;
    EXPECT_EQ(parsed, rule) << name;
  }
}

TEST(TieRule, AliasesAndUnderscores) {
  const std::vector<std::pair<std::string_view, tie_rule>> names{
      {"input_order", tie_rule::input_order},
      {"larger-weight", tie_rule::larger_weight},
      {"larger_weight", tie_rule::larger_weight},
      {"smaller-weight", tie_rule::smaller_weight},
      {"smaller_weight", tie_rule::smaller_weight},
  };
  for (const auto& [name, expected] : names) {
    tie_rule parsed = expected == tie_rule::error ? tie_rule::input_order : tie_rule::error;
    ASSERT_TRUE(parse_tie_rule(name, parsed)) << name;
    EXPECT_EQ(parsed, expected) << name;
  }
}

TEST(TieRule, UnknownNamesAreRejected) {
  for (const std::string_view name :
       {"", "input", "order", "Larger", "largest", "smallest", "errors", "fail", "random", "larger "}) {
    tie_rule parsed = tie_rule::input_order;
    EXPECT_FALSE(parse_tie_rule(name, parsed)) << '"' << name << '"';
  }
}

}  // namespace
}  // namespace tandem::alloc
