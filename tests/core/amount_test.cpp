// tandem/core/amount.hpp: exact parsing, rounding, rescaling, formatting and comparison.
//
// Expected values are worked out by hand in the comments. The random tests check
// invariants (round trips, agreement between two independent code paths) and an
// oracle built on Boost.Multiprecision big integers with fixed seeds.
#include "tandem/core/amount.hpp"

#include <gtest/gtest.h>

#include <array>
#include <compare>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "tandem/core/multiprecision.hpp"

namespace {

using tandem::amount;
using tandem::errc;
using tandem::format_units;
using tandem::parse_options;
using tandem::parse_units;
using tandem::rounding;
namespace mp = tandem::mp;

constexpr std::int64_t i64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t i64_min = std::numeric_limits<std::int64_t>::min();

constexpr parse_options signed_exact{.mode = rounding::exact, .allow_negative = true};

parse_options signed_with(rounding mode) { return {.mode = mode, .allow_negative = true}; }

// Runs `f`, which must throw tandem::error with `code`, naming no child, and a
// message containing every string in `fragments`.
template <class F>
void expect_error(F f, errc code, std::vector<std::string> fragments = {}) {
  try {
    static_cast<void>(f());
  } catch (const tandem::error& e) {
    EXPECT_EQ(e.code(), code) << "message: " << e.what();
    EXPECT_FALSE(e.child().has_value());
    for (const auto& fragment : fragments) {
      EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos)
          << "message \"" << e.what() << "\" lacks \"" << fragment << "\"";
    }
    return;
  }
  ADD_FAILURE() << "no error thrown; expected " << tandem::to_string(code);
}

std::string quoted(std::string_view text) {
  std::string out(1, '"');
  out.append(text).push_back('"');
  return out;
}

// ---------------------------------------------------------------- rounding names

TEST(RoundingName, EveryModeRoundTripsThroughItsName) {
  const std::array<std::pair<rounding, std::string_view>, 8> names{{
      {rounding::exact, "exact"},
      {rounding::down, "down"},
      {rounding::up, "up"},
      {rounding::floor, "floor"},
      {rounding::ceiling, "ceiling"},
      {rounding::half_up, "half_up"},
      {rounding::half_down, "half_down"},
      {rounding::half_even, "half_even"},
  }};
  for (const auto& [mode, name] : names) {
    EXPECT_EQ(tandem::to_string(mode), name);
    rounding parsed = rounding::exact;
    ASSERT_TRUE(tandem::parse_rounding(name, parsed)) << name;
    EXPECT_EQ(parsed, mode) << name;
  }
}

TEST(RoundingName, HyphensAreAcceptedForUnderscores) {
  rounding parsed = rounding::exact;
  ASSERT_TRUE(tandem::parse_rounding("half-even", parsed));
  EXPECT_EQ(parsed, rounding::half_even);
  ASSERT_TRUE(tandem::parse_rounding("half-up", parsed));
  EXPECT_EQ(parsed, rounding::half_up);
  ASSERT_TRUE(tandem::parse_rounding("half-down", parsed));
  EXPECT_EQ(parsed, rounding::half_down);
}

TEST(RoundingName, UnknownNamesAreRejectedAndLeaveTheOutputAlone) {
  const std::vector<std::string_view> unknown{"", "HALF_EVEN", "Half_even", "half even", "halfeven", "half_even ", " up", "half", "bankers",
        "half__even", "half_evenx", "upx", "nearest", std::string_view("up\0", 3)};
  for (const std::string_view bad : unknown) {
    rounding parsed = rounding::ceiling;
    EXPECT_FALSE(tandem::parse_rounding(bad, parsed)) << quoted(bad);
    EXPECT_EQ(parsed, rounding::ceiling) << quoted(bad);
  }
}

TEST(RoundingName, AnOutOfRangeValueIsNamedUnknown) {
  EXPECT_EQ(tandem::to_string(static_cast<rounding>(8)), "unknown");
  EXPECT_EQ(tandem::to_string(static_cast<rounding>(255)), "unknown");
}

// ---------------------------------------------------------------- parse: accepted syntax

TEST(AmountParse, PlainDecimalsAtTheirScale) {
  EXPECT_EQ(parse_units("1234.56", 2), 123456);
  EXPECT_EQ(parse_units("0.5", 1), 5);
  EXPECT_EQ(parse_units("7", 0), 7);
  EXPECT_EQ(parse_units("0", 0), 0);
  EXPECT_EQ(parse_units("0.0", 3), 0);
}

TEST(AmountParse, MissingDecimalsArePaddedWithZeros) {
  EXPECT_EQ(parse_units("7", 2), 700);       // 7.00
  EXPECT_EQ(parse_units("7.", 2), 700);      // a trailing point is allowed
  EXPECT_EQ(parse_units("7.5", 3), 7500);    // 7.500
  EXPECT_EQ(parse_units("1", 18), 1'000'000'000'000'000'000);
}

TEST(AmountParse, LeadingZerosAreFine) {
  EXPECT_EQ(parse_units("007.50", 2), 750);
  EXPECT_EQ(parse_units("000", 0), 0);
  // Hundreds of leading zeros do not count towards the integer part's size.
  EXPECT_EQ(parse_units(std::string(300, '0') + "12.5", 1), 125);
}

TEST(AmountParse, TrailingZerosBeyondTheScaleAreExact) {
  EXPECT_EQ(parse_units("12.3400", 2), 1234);
  EXPECT_EQ(parse_units("5.000", 0), 5);
  EXPECT_EQ(parse_units("1." + std::string(500, '0'), 2), 100);
}

TEST(AmountParse, ReturnsAmountWithTheRequestedScale) {
  const amount a = amount::parse("1234.56", 2);
  EXPECT_EQ(a.units(), 123456);
  EXPECT_EQ(a.scale(), 2);
  const amount b = amount::parse("3", 5);
  EXPECT_EQ(b.units(), 300000);
  EXPECT_EQ(b.scale(), 5);
}

TEST(AmountParse, ParseUnitsIsParseThenUnits) {
  for (const std::string_view text : {"0", "1.25", "99.999", "123456789.123456789"}) {
    for (int scale = 0; scale <= 9; ++scale) {
      const parse_options down{.mode = rounding::down};
      EXPECT_EQ(parse_units(text, scale, down), amount::parse(text, scale, down).units()) << text;
    }
  }
}

// ---------------------------------------------------------------- parse: negatives

TEST(AmountParse, NegativesWhenAllowed) {
  EXPECT_EQ(parse_units("-5", 2, signed_exact), -500);
  EXPECT_EQ(parse_units("-0.05", 2, signed_exact), -5);
  EXPECT_EQ(parse_units("-007.5", 1, signed_exact), -75);
}

TEST(AmountParse, NegativeZeroIsZeroWhenAllowed) {
  EXPECT_EQ(parse_units("-0", 0, signed_exact), 0);
  EXPECT_EQ(parse_units("-0.00", 2, signed_exact), 0);
  // Rounding a tiny negative toward zero also gives plain zero.
  EXPECT_EQ(parse_units("-0.001", 2, signed_with(rounding::down)), 0);
}

TEST(AmountParse, AnyMinusIsRejectedWhenNegativesAreNotAllowed) {
  for (const std::string_view text : {"-5", "-0", "-0.00", "-0.001", "-12.345"}) {
    expect_error([&] { return amount::parse(text, 2); }, errc::out_of_range, {quoted(text), "negative"});
  }
  // Rounding cannot launder a negative into an allowed zero.
  expect_error([] { return amount::parse("-0.001", 2, {.mode = rounding::down}); }, errc::out_of_range,
               {"negative"});
}

TEST(AmountParse, MalformedNegativeTextIsAParseErrorNotARangeError) {
  // The syntax is judged before the sign: "-x" is not a number at all.
  expect_error([] { return amount::parse("-x", 2); }, errc::parse_error, {"\"-x\""});
  expect_error([] { return amount::parse("-", 2); }, errc::parse_error, {"\"-\""});
}

// ---------------------------------------------------------------- parse: rejected syntax

TEST(AmountParse, MalformedTextIsAParseErrorQuotingTheText) {
  const std::vector<std::string_view> malformed{
      "",        "-",       ".",       ".5",      "-.5",      "+1",       "+0",       " 12",     "12 ",
      "1 2",     "\t12",    "12\n",    "1e5",     "1E5",      "1.5e2",    "1e-2",     "NaN",      "nan",
      "inf",     "-inf",    "Infinity", "1,000",  "1,5",      "1_000",    "1'000",    "0x10",     "0b1",
      "1..2",    "1.2.3",   "--1",     "1-",      "-+1",      "+-1",      "5%",       "$5",       "5.0f",
      "1/2",     "½",       "١٢",      "１２",    "−5",       "٫5",       "abc",      "12a",      "a12"};
  for (const std::string_view text : malformed) {
    expect_error([&] { return amount::parse(text, 2, signed_exact); }, errc::parse_error);
  }
  // Embedded NUL: the view's length, not C-string termination, defines the text.
  expect_error([] { return amount::parse(std::string_view("12\0", 3), 0); }, errc::parse_error);
  expect_error([] { return amount::parse(std::string_view("1\0" "2", 3), 0); }, errc::parse_error);
}

TEST(AmountParse, ParseErrorMessagesQuoteTheText) {
  expect_error([] { return amount::parse("1e5", 2); }, errc::parse_error, {"\"1e5\""});
  expect_error([] { return amount::parse("", 2); }, errc::parse_error, {"\"\""});
  expect_error([] { return amount::parse("1,000", 2); }, errc::parse_error, {"\"1,000\""});
}

TEST(AmountParse, ControlCharactersInMessagesAreEscaped) {
  // A newline in the quoted text would break a one-line error report.
  try {
    static_cast<void>(amount::parse("1\n2", 0));
    FAIL() << "no error";
  } catch (const tandem::error& e) {
    const std::string message = e.what();
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    EXPECT_NE(message.find("\"1\\x0A2\""), std::string::npos) << message;
  }
}

// ---------------------------------------------------------------- parse: scale

TEST(AmountParse, ScaleOutsideZeroToEighteenIsOutOfRange) {
  for (const int scale : {-1, -100, 19, 64, std::numeric_limits<int>::max(), std::numeric_limits<int>::min()}) {
    expect_error([&] { return amount::parse("1", scale); }, errc::out_of_range, {"scale"});
  }
  // The scale is checked before the text: a bad scale is reported even for bad text.
  expect_error([] { return amount::parse("junk", 19); }, errc::out_of_range, {"scale"});
}

TEST(AmountParse, AnUnknownRoundingModeIsAnInvalidArgument) {
  expect_error([] { return amount::parse("1.25", 1, {.mode = static_cast<rounding>(8)}); },
               errc::invalid_argument, {"rounding"});
}

// ---------------------------------------------------------------- parse: exact mode

TEST(AmountParse, ExactModeRejectsDigitsThatWouldBeLost) {
  expect_error([] { return amount::parse("12.345", 2); }, errc::out_of_range,
               {"\"12.345\" has more than 2 decimal places"});
  expect_error([] { return amount::parse("0.15", 1); }, errc::out_of_range,
               {"\"0.15\" has more than 1 decimal place"});
  expect_error([] { return amount::parse("7.5", 0); }, errc::out_of_range, {"\"7.5\"", "whole number"});
  expect_error([] { return amount::parse("-0.125", 2, signed_exact); }, errc::out_of_range, {"\"-0.125\""});
  // A single non-zero digit hundreds of places down still counts.
  const std::string far_tail = "1." + std::string(500, '0') + "1";
  expect_error([&] { return amount::parse(far_tail, 2); }, errc::out_of_range);
  EXPECT_EQ(parse_units(far_tail, 2, {.mode = rounding::down}), 100);
  EXPECT_EQ(parse_units(far_tail, 2, {.mode = rounding::up}), 101);
  EXPECT_EQ(parse_units(far_tail, 2, {.mode = rounding::half_up}), 100);
}

// ---------------------------------------------------------------- parse: range

TEST(AmountParse, Int64BoundariesAtScaleZero) {
  EXPECT_EQ(parse_units("9223372036854775807", 0), i64_max);
  EXPECT_EQ(parse_units("-9223372036854775808", 0, signed_exact), i64_min);
  expect_error([] { return amount::parse("9223372036854775808", 0); }, errc::overflow,
               {"\"9223372036854775808\""});
  expect_error([] { return amount::parse("-9223372036854775809", 0, signed_exact); }, errc::overflow,
               {"\"-9223372036854775809\""});
  expect_error([] { return amount::parse("18446744073709551616", 0); }, errc::overflow);  // 2^64
  expect_error([] { return amount::parse("99999999999999999999", 0); }, errc::overflow);  // 20 digits
}

TEST(AmountParse, Int64BoundariesAtScaleTwo) {
  // 2^63 - 1 = 9223372036854775807 units of 0.01.
  EXPECT_EQ(parse_units("92233720368547758.07", 2), i64_max);
  EXPECT_EQ(parse_units("-92233720368547758.08", 2, signed_exact), i64_min);
  expect_error([] { return amount::parse("92233720368547758.08", 2); }, errc::overflow,
               {"\"92233720368547758.08\""});
  expect_error([] { return amount::parse("-92233720368547758.09", 2, signed_exact); }, errc::overflow);
  expect_error([] { return amount::parse("92233720368547759", 2); }, errc::overflow);
}

TEST(AmountParse, Int64BoundariesAtScaleEighteen) {
  EXPECT_EQ(parse_units("9.223372036854775807", 18), i64_max);
  EXPECT_EQ(parse_units("-9.223372036854775808", 18, signed_exact), i64_min);
  expect_error([] { return amount::parse("9.223372036854775808", 18); }, errc::overflow);
  expect_error([] { return amount::parse("10", 18); }, errc::overflow);  // 10^19 units
}

TEST(AmountParse, RoundingUpPastTheLimitOverflows) {
  // 9223372036854775807.5 rounds down to INT64_MAX but up to 2^63, which does not fit.
  EXPECT_EQ(parse_units("9223372036854775807.5", 0, {.mode = rounding::down}), i64_max);
  expect_error([] { return amount::parse("9223372036854775807.5", 0, {.mode = rounding::half_up}); },
               errc::overflow);
  // -9223372036854775808.5: half_even keeps the even 8 (INT64_MIN); half_up goes to -...809.
  EXPECT_EQ(parse_units("-9223372036854775808.5", 0, signed_with(rounding::half_even)), i64_min);
  EXPECT_EQ(parse_units("-9223372036854775808.5", 0, signed_with(rounding::ceiling)), i64_min);
  expect_error([] { return amount::parse("-9223372036854775808.5", 0, signed_with(rounding::half_up)); },
               errc::overflow);
  expect_error([] { return amount::parse("-9223372036854775808.1", 0, signed_with(rounding::floor)); },
               errc::overflow);
}

TEST(AmountParse, HugeIntegerPartsOverflowWithoutUndefinedBehaviour) {
  for (const std::size_t digits : {20U, 21U, 39U, 40U, 100U, 300U, 5000U}) {
    const std::string nines(digits, '9');
    for (int scale : {0, 2, 18}) {
      expect_error([&] { return amount::parse(nines, scale); }, errc::overflow, {"\"999999999"});
      expect_error([&] { return amount::parse("-" + nines + ".5", scale, signed_with(rounding::half_even)); },
                   errc::overflow);
    }
  }
}

TEST(AmountParse, OverflowMessageQuotesTheText) {
  expect_error([] { return amount::parse("123456789012345678901", 0); }, errc::overflow,
               {"\"123456789012345678901\""});
  // A very long text is shortened in the message, but its start is still shown.
  expect_error([] { return amount::parse("1" + std::string(299, '0'), 0); }, errc::overflow,
               {"\"10000000000", "300 characters"});
}

// ---------------------------------------------------------------- rounding table

// Expected results per mode, in the order down, up, floor, ceiling, half_up,
// half_down, half_even. Each row is derived by hand from the mode definitions:
// down/up move toward/away from zero, floor/ceiling toward -inf/+inf, and the
// half_* modes pick the nearer neighbour, differing only on an exact half.
struct rounding_row {
  std::string_view text;
  int scale;
  std::array<std::int64_t, 7> expected;
};

constexpr std::array<rounding, 7> inexact_modes{rounding::down,    rounding::up,        rounding::floor,
                                                rounding::ceiling, rounding::half_up,   rounding::half_down,
                                                rounding::half_even};

const std::vector<rounding_row>& rounding_table() {
  static const std::vector<rounding_row> rows{
      //                              down  up  floor ceil h_up h_dn h_even
      {"5.5", 0, {5, 6, 5, 6, 6, 5, 6}},        // tie; 5 is odd so half_even goes to 6
      {"3.5", 0, {3, 4, 3, 4, 4, 3, 4}},        // tie; 3 odd -> 4
      {"2.5", 0, {2, 3, 2, 3, 3, 2, 2}},        // tie; 2 even -> stays 2
      {"1.6", 0, {1, 2, 1, 2, 2, 2, 2}},        // above half: all half modes go up
      {"1.1", 0, {1, 2, 1, 2, 1, 1, 1}},        // below half: all half modes stay
      {"1.0", 0, {1, 1, 1, 1, 1, 1, 1}},        // exact: no mode changes it
      {"0.5", 0, {0, 1, 0, 1, 1, 0, 0}},        // tie; 0 even
      {"0.4", 0, {0, 1, 0, 1, 0, 0, 0}},
      {"-0.4", 0, {0, -1, -1, 0, 0, 0, 0}},     // floor goes to -1, ceiling to 0
      {"-0.5", 0, {0, -1, -1, 0, -1, 0, 0}},
      {"-1.0", 0, {-1, -1, -1, -1, -1, -1, -1}},
      {"-1.1", 0, {-1, -2, -2, -1, -1, -1, -1}},
      {"-1.5", 0, {-1, -2, -2, -1, -2, -1, -2}},  // floor of -1.5 is -2, down is -1
      {"-1.6", 0, {-1, -2, -2, -1, -2, -2, -2}},
      {"-2.5", 0, {-2, -3, -3, -2, -3, -2, -2}},
      {"-5.5", 0, {-5, -6, -6, -5, -6, -5, -6}},
      // Scale 2: the kept digits are "12"/"13", the tail decides.
      {"0.125", 2, {12, 13, 12, 13, 13, 12, 12}},    // tie; 12 even
      {"0.135", 2, {13, 14, 13, 14, 14, 13, 14}},    // tie; 13 odd
      {"-0.125", 2, {-12, -13, -13, -12, -13, -12, -12}},
      {"-0.135", 2, {-13, -14, -14, -13, -14, -13, -14}},
      {"0.1250000000", 2, {12, 13, 12, 13, 13, 12, 12}},  // trailing zeros: still a tie
      {"0.125000000000000001", 2, {12, 13, 12, 13, 13, 13, 13}},  // 18 decimals, just above half
      {"0.12500000000000000000001", 2, {12, 13, 12, 13, 13, 13, 13}},  // 23 decimals, above half
      {"-0.12500000000000000000001", 2, {-12, -13, -13, -12, -13, -13, -13}},
      {"0.12499999999999999999999", 2, {12, 13, 12, 13, 12, 12, 12}},  // just below half
      {"0.995", 2, {99, 100, 99, 100, 100, 99, 100}},  // rounding carries into the integer part
      {"-0.995", 2, {-99, -100, -100, -99, -100, -99, -100}},
      {"0.001", 2, {0, 1, 0, 1, 0, 0, 0}},
      {"-0.001", 2, {0, -1, -1, 0, 0, 0, 0}},
  };
  return rows;
}

TEST(AmountRounding, ParseFollowsTheTableForEveryMode) {
  for (const rounding_row& row : rounding_table()) {
    for (std::size_t m = 0; m < inexact_modes.size(); ++m) {
      const rounding mode = inexact_modes[m];
      EXPECT_EQ(parse_units(row.text, row.scale, signed_with(mode)), row.expected[m])
          << row.text << " at scale " << row.scale << " rounded " << tandem::to_string(mode);
    }
  }
}

TEST(AmountRounding, ExactModeRejectsEveryInexactRowOfTheTable) {
  for (const rounding_row& row : rounding_table()) {
    const bool inexact = row.expected[0] != row.expected[1];  // down != up iff digits are lost
    if (inexact) {
      expect_error([&] { return amount::parse(row.text, row.scale, signed_exact); }, errc::out_of_range,
                   {quoted(row.text)});
    } else {
      EXPECT_EQ(parse_units(row.text, row.scale, signed_exact), row.expected[0]) << row.text;
    }
  }
}

TEST(AmountRounding, RescaleFollowsTheSameTable) {
  // Each row with at most 18 decimals as an exact amount at its own scale,
  // rescaled down: rescale must round exactly as parse does.
  for (const rounding_row& row : rounding_table()) {
    const std::size_t point = row.text.find('.');
    const auto decimals = static_cast<int>(row.text.size() - point - 1);
    if (decimals > tandem::max_scale) continue;
    const amount exact = amount::parse(row.text, decimals, signed_exact);
    for (std::size_t m = 0; m < inexact_modes.size(); ++m) {
      const amount rounded = exact.rescale(row.scale, inexact_modes[m]);
      EXPECT_EQ(rounded.units(), row.expected[m])
          << row.text << " rescaled to " << row.scale << " with " << tandem::to_string(inexact_modes[m]);
      EXPECT_EQ(rounded.scale(), row.scale);
    }
  }
}

TEST(AmountRounding, TwentyDigitValueRoundsAtScaleEighteen) {
  // 9.9999999999999999999 has 19 decimals; at 18 the kept part is
  // 9999999999999999999, which is above INT64_MAX already: every mode overflows.
  for (const rounding mode : inexact_modes) {
    expect_error([&] { return amount::parse("9.9999999999999999999", 18, {.mode = mode}); }, errc::overflow);
  }
  // 1.2345678901234567895 has 19 decimals: kept 1234567890123456789, tail "5" is a tie,
  // and 1234567890123456789 is odd, so half_even rounds up and half_down does not.
  const std::string_view tie = "1.2345678901234567895";
  EXPECT_EQ(parse_units(tie, 18, {.mode = rounding::half_even}), 1234567890123456790);
  EXPECT_EQ(parse_units(tie, 18, {.mode = rounding::half_down}), 1234567890123456789);
  EXPECT_EQ(parse_units(tie, 18, {.mode = rounding::half_up}), 1234567890123456790);
}

// Oracle: the exact rounded value by big-integer division, written independently
// of the parser's digit-by-digit classification.
struct oracle_result {
  bool fits = false;
  std::int64_t units = 0;
};

oracle_result round_with_big_ints(bool negative, const std::string& int_digits, const std::string& frac_digits,
                                  int scale, rounding mode) {
  using tandem::big_int;
  // Built digit by digit: Boost would read a leading '0' as an octal prefix.
  big_int all_digits = 0;  // value * 10^frac
  for (const char c : int_digits + frac_digits) all_digits = all_digits * 10 + (c - '0');
  const big_int ten{10};
  const big_int numerator = all_digits * mp::pow(ten, static_cast<unsigned>(scale));
  const big_int denominator = mp::pow(ten, static_cast<unsigned>(frac_digits.size()));
  big_int magnitude = numerator / denominator;
  const big_int remainder = numerator % denominator;
  const int half_cmp = (remainder * 2).compare(denominator);  // <0 below, 0 tie, >0 above half
  bool away = false;
  if (remainder != 0) {
    switch (mode) {
      case rounding::exact:
      case rounding::down: away = false; break;
      case rounding::up: away = true; break;
      case rounding::floor: away = negative; break;
      case rounding::ceiling: away = !negative; break;
      case rounding::half_up: away = half_cmp >= 0; break;
      case rounding::half_down: away = half_cmp > 0; break;
      case rounding::half_even: away = half_cmp > 0 || (half_cmp == 0 && (magnitude % 2) == 1); break;
    }
  }
  if (away) magnitude += 1;
  const big_int value = negative ? big_int{-magnitude} : magnitude;
  if (value > big_int{i64_max} || value < big_int{i64_min}) return {};
  return {true, static_cast<std::int64_t>(value)};
}

TEST(AmountRounding, AgreesWithABigIntegerOracleOnRandomText) {
  std::mt19937_64 rng(0x7A4D3E);
  std::uniform_int_distribution<int> digit(0, 9);
  std::uniform_int_distribution<int> int_length(1, 21);
  std::uniform_int_distribution<int> frac_length(0, 30);
  std::uniform_int_distribution<int> scale_dist(0, tandem::max_scale);
  std::uniform_int_distribution<int> coin(0, 3);
  int overflows = 0;
  int ties = 0;
  for (int i = 0; i < 20000; ++i) {
    const bool negative = coin(rng) == 0;
    std::string int_digits;
    const int n_int = int_length(rng);
    for (int k = 0; k < n_int; ++k) int_digits += static_cast<char>('0' + digit(rng));
    const int scale = scale_dist(rng);
    std::string frac_digits;
    const int n_frac = frac_length(rng);
    for (int k = 0; k < n_frac; ++k) frac_digits += static_cast<char>('0' + digit(rng));
    // Force exact ties often: random digits almost never produce "5000...".
    if (coin(rng) == 0 && frac_digits.size() > static_cast<std::size_t>(scale)) {
      const auto s = static_cast<std::size_t>(scale);
      frac_digits[s] = '5';
      for (std::size_t k = s + 1; k < frac_digits.size(); ++k) frac_digits[k] = '0';
      ++ties;
    }
    const std::string text = (negative ? "-" : "") + int_digits + (n_frac > 0 || coin(rng) == 0 ? "." : "") +
                             frac_digits;
    for (const rounding mode : inexact_modes) {
      const oracle_result expected = round_with_big_ints(negative, int_digits, frac_digits, scale, mode);
      try {
        const std::int64_t got = parse_units(text, scale, signed_with(mode));
        ASSERT_TRUE(expected.fits) << text << " at " << scale << " " << tandem::to_string(mode) << " gave " << got;
        ASSERT_EQ(got, expected.units) << text << " at " << scale << " " << tandem::to_string(mode);
      } catch (const tandem::error& e) {
        ASSERT_EQ(e.code(), errc::overflow) << text << ": " << e.what();
        ASSERT_FALSE(expected.fits) << text << " at " << scale << " " << tandem::to_string(mode);
        ++overflows;
      }
    }
  }
  EXPECT_GT(overflows, 1000);  // both outcomes must be exercised
  EXPECT_GT(ties, 1000);
}

// ---------------------------------------------------------------- formatting

TEST(AmountFormat, InsertsThePointAndPadsWithZeros) {
  EXPECT_EQ(format_units(123456, 2), "1234.56");
  EXPECT_EQ(format_units(5, 2), "0.05");
  EXPECT_EQ(format_units(-5, 2), "-0.05");
  EXPECT_EQ(format_units(50, 2), "0.50");   // the scale fixes the number of decimals
  EXPECT_EQ(format_units(0, 0), "0");
  EXPECT_EQ(format_units(0, 3), "0.000");
  EXPECT_EQ(format_units(7, 0), "7");
  EXPECT_EQ(format_units(-7, 0), "-7");
  EXPECT_EQ(format_units(1, 18), "0.000000000000000001");
  EXPECT_EQ(format_units(-1, 18), "-0.000000000000000001");
  EXPECT_EQ(format_units(100, 2), "1.00");
}

TEST(AmountFormat, ExtremeValues) {
  EXPECT_EQ(format_units(i64_min, 2), "-92233720368547758.08");
  EXPECT_EQ(format_units(i64_max, 2), "92233720368547758.07");
  EXPECT_EQ(format_units(i64_min, 0), "-9223372036854775808");
  EXPECT_EQ(format_units(i64_max, 0), "9223372036854775807");
  EXPECT_EQ(format_units(i64_min, 18), "-9.223372036854775808");
  EXPECT_EQ(format_units(i64_max, 18), "9.223372036854775807");
}

TEST(AmountFormat, ScaleOutOfRangeIsRejected) {
  expect_error([] { return format_units(1, 19); }, errc::out_of_range, {"scale"});
  expect_error([] { return format_units(1, -1); }, errc::out_of_range, {"scale"});
}

TEST(AmountFormat, ToStringUsesExactlyTheScale) {
  EXPECT_EQ(amount(-5, 2).to_string(), "-0.05");
  EXPECT_EQ(amount().to_string(), "0");
  EXPECT_EQ(amount(150, 2).to_string(), "1.50");
  EXPECT_EQ(amount(15, 1).to_string(), "1.5");  // equal values, different text: scale is kept
}

TEST(AmountRoundTrip, ParseOfFormatIsIdentityForRandomUnitsAtEveryScale) {
  std::mt19937_64 rng(1234567);
  std::uniform_int_distribution<std::int64_t> full(i64_min, i64_max);
  std::uniform_int_distribution<std::int64_t> small(-100'000, 100'000);  // many leading zeros after '.'
  for (int scale = 0; scale <= tandem::max_scale; ++scale) {
    std::vector<std::int64_t> samples{0, 1, -1, i64_max, i64_min, i64_max - 1, i64_min + 1};
    for (int i = 0; i < 2000; ++i) samples.push_back(i % 2 == 0 ? full(rng) : small(rng));
    for (const std::int64_t units : samples) {
      const std::string text = format_units(units, scale);
      const amount parsed = amount::parse(text, scale, signed_exact);
      ASSERT_EQ(parsed.units(), units) << text << " at scale " << scale;
      ASSERT_EQ(parsed.scale(), scale);
      ASSERT_EQ(parsed.to_string(), text);
      // The text has exactly `scale` decimals, so the strictest mode accepts it.
      const std::size_t point = text.find('.');
      ASSERT_EQ(point == std::string::npos ? 0U : text.size() - point - 1, static_cast<std::size_t>(scale));
    }
  }
}

// ---------------------------------------------------------------- construction

TEST(AmountConstruct, DefaultIsZeroAtScaleZero) {
  const amount a;
  EXPECT_EQ(a.units(), 0);
  EXPECT_EQ(a.scale(), 0);
}

TEST(AmountConstruct, ScaleOutsideZeroToEighteenIsOutOfRange) {
  EXPECT_EQ(amount(5, 18).scale(), 18);
  EXPECT_EQ(amount(5, 0).scale(), 0);
  expect_error([] { return amount(5, 19); }, errc::out_of_range, {"scale"});
  expect_error([] { return amount(5, -1); }, errc::out_of_range, {"scale"});
}

// ---------------------------------------------------------------- rescale

TEST(AmountRescale, ToALargerScaleMultiplies) {
  const amount a = amount(15, 1).rescale(3);  // 1.5 -> 1.500
  EXPECT_EQ(a.units(), 1500);
  EXPECT_EQ(a.scale(), 3);
  EXPECT_EQ(amount(1, 0).rescale(18).units(), 1'000'000'000'000'000'000);
  EXPECT_EQ(amount(-7, 2).rescale(2).units(), -7);  // same scale: unchanged
  EXPECT_EQ(amount(0, 0).rescale(18).units(), 0);
}

TEST(AmountRescale, ToALargerScaleChecksOverflow) {
  // 922337203685477580 * 10 = 9223372036854775800 <= INT64_MAX; one more unit does not fit.
  EXPECT_EQ(amount(922337203685477580, 0).rescale(1).units(), 9223372036854775800);
  EXPECT_EQ(amount(-922337203685477580, 0).rescale(1).units(), -9223372036854775800);
  expect_error([] { return amount(922337203685477581, 0).rescale(1); }, errc::overflow, {"922337203685477581"});
  expect_error([] { return amount(i64_max, 0).rescale(1); }, errc::overflow);
  expect_error([] { return amount(i64_min, 0).rescale(1); }, errc::overflow);
  expect_error([] { return amount(10, 0).rescale(18); }, errc::overflow);  // 10^19
  expect_error([] { return amount(-10, 0).rescale(18); }, errc::overflow);
}

TEST(AmountRescale, ToASmallerScaleIsExactWhenNoDigitIsLost) {
  const amount a = amount(1500, 3).rescale(1);  // 1.500 -> 1.5
  EXPECT_EQ(a.units(), 15);
  EXPECT_EQ(a.scale(), 1);
  EXPECT_EQ(amount(-1'000'000'000'000'000'000, 18).rescale(0).units(), -1);
}

TEST(AmountRescale, ExactModeRejectsLostDigits) {
  expect_error([] { return amount(1234, 3).rescale(2); }, errc::out_of_range, {"\"1.234\"", "2 decimal places"});
  expect_error([] { return amount(-5, 1).rescale(0); }, errc::out_of_range, {"\"-0.5\""});
  expect_error([] { return amount(1, 18).rescale(0); }, errc::out_of_range);
}

TEST(AmountRescale, ExtremeValuesRoundWithoutOverflow) {
  // INT64_MIN at scale 2 is -92233720368547758.08.
  const amount low(i64_min, 2);
  EXPECT_EQ(low.rescale(0, rounding::down).units(), -92233720368547758);
  EXPECT_EQ(low.rescale(0, rounding::floor).units(), -92233720368547759);
  EXPECT_EQ(low.rescale(0, rounding::half_even).units(), -92233720368547758);  // .08 < half
  EXPECT_EQ(low.rescale(1, rounding::half_up).units(), -922337203685477581);   // -...58.1
  // INT64_MAX at scale 18 is 9.223372036854775807.
  const amount high(i64_max, 18);
  EXPECT_EQ(high.rescale(0, rounding::up).units(), 10);
  EXPECT_EQ(high.rescale(0, rounding::half_even).units(), 9);
  EXPECT_EQ(high.rescale(17, rounding::half_up).units(), 922337203685477581);  // ...80|7 rounds up
  EXPECT_EQ(amount(i64_min, 18).rescale(0, rounding::floor).units(), -10);
  EXPECT_EQ(amount(i64_min, 18).rescale(0, rounding::ceiling).units(), -9);
}

TEST(AmountRescale, ScaleOrModeOutOfRangeIsRejected) {
  expect_error([] { return amount(1, 2).rescale(19); }, errc::out_of_range, {"scale"});
  expect_error([] { return amount(1, 2).rescale(-1); }, errc::out_of_range, {"scale"});
  expect_error([] { return amount(15, 1).rescale(0, static_cast<rounding>(8)); }, errc::invalid_argument);
}

TEST(AmountRescale, AgreesWithParsingTheFormattedTextAtTheNewScale) {
  // Two independent paths: rescale divides integers, parse classifies digits.
  std::mt19937_64 rng(99887766);
  std::uniform_int_distribution<std::int64_t> full(i64_min, i64_max);
  std::uniform_int_distribution<std::int64_t> small(-2000, 2000);
  std::uniform_int_distribution<int> scale_dist(0, tandem::max_scale);
  std::uniform_int_distribution<std::size_t> mode_dist(0, inexact_modes.size());
  int overflows = 0;
  for (int i = 0; i < 30000; ++i) {
    const std::int64_t units = i % 2 == 0 ? full(rng) : small(rng);
    const amount from(units, scale_dist(rng));
    const int to = scale_dist(rng);
    const std::size_t pick = mode_dist(rng);
    const rounding mode = pick == inexact_modes.size() ? rounding::exact : inexact_modes[pick];
    errc parse_code{};
    std::int64_t parsed = 0;
    bool parse_ok = true;
    try {
      parsed = parse_units(from.to_string(), to, signed_with(mode));
    } catch (const tandem::error& e) {
      parse_ok = false;
      parse_code = e.code();
    }
    try {
      const amount rescaled = from.rescale(to, mode);
      ASSERT_TRUE(parse_ok) << from.to_string() << " -> " << to;
      ASSERT_EQ(rescaled.units(), parsed) << from.to_string() << " -> " << to << " " << tandem::to_string(mode);
      ASSERT_EQ(rescaled.scale(), to);
    } catch (const tandem::error& e) {
      ASSERT_FALSE(parse_ok) << from.to_string() << " -> " << to << ": " << e.what();
      ASSERT_EQ(e.code(), parse_code) << from.to_string() << " -> " << to;
      if (e.code() == errc::overflow) ++overflows;
    }
  }
  EXPECT_GT(overflows, 100);
}

// ---------------------------------------------------------------- comparison

TEST(AmountCompare, EqualValuesAreEqualWhateverTheirScale) {
  EXPECT_EQ(amount(15, 1), amount(150, 2));  // 1.5 == 1.50
  EXPECT_EQ(amount(1, 0), amount(1'000'000'000'000'000'000, 18));
  EXPECT_EQ(amount(0, 0), amount(0, 18));
  EXPECT_EQ(amount(-3, 0), amount(-300, 2));
  EXPECT_TRUE((amount(15, 1) <=> amount(150, 2)) == std::strong_ordering::equal);
  EXPECT_NE(amount(15, 1), amount(151, 2));
  EXPECT_NE(amount(15, 1), amount(15, 2));  // same units, different value
}

TEST(AmountCompare, OrdersByValueAcrossScales) {
  EXPECT_LT(amount(15, 1), amount(151, 2));   // 1.50 < 1.51
  EXPECT_GT(amount(2, 0), amount(199, 2));    // 2 > 1.99
  EXPECT_LT(amount(-2, 0), amount(-199, 2));  // -2 < -1.99
  EXPECT_LT(amount(-1, 18), amount(0, 0));
  EXPECT_GT(amount(1, 18), amount(0, 0));
}

TEST(AmountCompare, ExtremeValuesCompareWithoutOverflow) {
  // In order: -2^63, -2^63 / 100, -9.22..., 0, 9.22..., (2^63-1) / 100, 2^63-1.
  const std::vector<amount> ascending{amount(i64_min, 0),  amount(i64_min, 2),  amount(i64_min, 18),
                                      amount(0, 9),        amount(i64_max, 18), amount(i64_max, 2),
                                      amount(i64_max, 0)};
  for (std::size_t i = 0; i < ascending.size(); ++i) {
    for (std::size_t j = 0; j < ascending.size(); ++j) {
      const std::strong_ordering expected = i <=> j;
      EXPECT_TRUE((ascending[i] <=> ascending[j]) == expected) << i << " vs " << j;
      EXPECT_EQ(ascending[i] == ascending[j], i == j) << i << " vs " << j;
    }
  }
  // 9223372036854775807 (scale 18) vs 9223372036854775807 * 10^18 at scale 0 differ only by scale.
  EXPECT_NE(amount(i64_max, 18), amount(i64_max, 0));
  EXPECT_EQ(amount(9'000'000'000'000'000'000, 18), amount(9, 0));
  EXPECT_EQ(amount(-9'000'000'000'000'000'000, 18), amount(-9, 0));
}

TEST(AmountCompare, AgreesWithBigIntegersOnRandomPairs) {
  using tandem::big_int;
  std::mt19937_64 rng(424242);
  std::uniform_int_distribution<std::int64_t> full(i64_min, i64_max);
  std::uniform_int_distribution<std::int64_t> small(-50, 50);
  std::uniform_int_distribution<int> scale_dist(0, tandem::max_scale);
  int equal = 0;
  for (int i = 0; i < 20000; ++i) {
    const amount a(i % 3 == 0 ? small(rng) : full(rng), scale_dist(rng));
    // Every fourth pair is b = a at another scale, when that fits, to exercise equality.
    amount b(i % 3 == 1 ? small(rng) : full(rng), scale_dist(rng));
    if (i % 4 == 0) {
      try {
        b = a.rescale(scale_dist(rng));
      } catch (const tandem::error&) {
        // too large or inexact at that scale: keep the random b
      }
    }
    // Both at scale 18 as big integers: value * 10^18 exactly.
    const big_int x = big_int{a.units()} * mp::pow(big_int{10}, static_cast<unsigned>(18 - a.scale()));
    const big_int y = big_int{b.units()} * mp::pow(big_int{10}, static_cast<unsigned>(18 - b.scale()));
    const std::strong_ordering expected = x < y ? std::strong_ordering::less
                                          : x > y ? std::strong_ordering::greater
                                                  : std::strong_ordering::equal;
    ASSERT_TRUE((a <=> b) == expected) << a.to_string() << " vs " << b.to_string();
    ASSERT_EQ(a == b, x == y) << a.to_string() << " vs " << b.to_string();
    ASSERT_EQ(a != b, x != y);
    ASSERT_EQ(a < b, x < y);
    ASSERT_EQ(a >= b, x >= y);
    if (x == y) ++equal;
  }
  EXPECT_GT(equal, 1000);
}

}  // namespace
