// The strict JSON plumbing shared by the organisation and plan documents
// (src/text/json_document.hpp), tested on its own: what each document then reports
// is pinned by tests/org/org_document_*_test.cpp and tests/plan/plan_document_test.cpp.
#include <gtest/gtest.h>

#include <stdlib.h>  // mkdtemp

#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tandem/core/error.hpp"
#include "text/json_document.hpp"

namespace {

namespace demo {

// An enumeration with the library's habit: to_string next to it, found by ADL.
enum class fruit : std::uint8_t { apple, blood_orange };
[[nodiscard]] std::string_view to_string(fruit f) noexcept { return f == fruit::apple ? "apple" : "blood_orange"; }

}  // namespace demo

namespace jd = tandem::text::json_document;
using jd::json;
using jd::problems;
using lines = std::vector<std::string>;

constexpr std::array fruits{demo::fruit::apple, demo::fruit::blood_orange};

// The message of the tandem::error that `f` throws, split into its lines.
template <class F>
lines raised(F&& f) {
  try {
    f();
  } catch (const tandem::error& e) {
    EXPECT_EQ(e.code(), tandem::errc::invalid_argument);
    lines out;
    const std::string text = e.what();
    std::size_t start = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
      out.push_back(text.substr(start, nl - start));
      start = nl + 1;
    }
    out.push_back(text.substr(start));
    return out;
  }
  ADD_FAILURE() << "nothing was raised";
  return {};
}

// Everything `p` holds, as raise() reports it.
lines held(const problems& p) {
  return raised([&] { p.raise(); });
}

// `depth` arrays inside each other under "a": {"a": [[...]]}.
std::string nested(std::size_t depth) {
  return "{\"a\": " + std::string(depth, '[') + std::string(depth, ']') + "}";
}

TEST(json_document, problems_are_source_path_message_lines_in_the_order_added) {
  problems p("doc.json");
  EXPECT_EQ(p.count(), 0U);
  EXPECT_EQ(p.source(), "doc.json");
  p.add("$.b", "second in the alphabet, first in the file");
  p.add("$.a", "expected an integer, got null");
  EXPECT_EQ(p.count(), 2U);
  EXPECT_EQ(held(p), (lines{"doc.json: $.b: second in the alphabet, first in the file",
                            "doc.json: $.a: expected an integer, got null"}));
}

TEST(json_document, a_muted_list_counts_problems_without_keeping_them) {
  problems quiet("doc.json", true);
  quiet.add("$.a", "wrong");
  quiet.add("$.b", "wrong too");
  EXPECT_EQ(quiet.count(), 2U);
  EXPECT_EQ(held(quiet), lines{""});
}

TEST(json_document, json_quoted_keeps_a_message_on_one_line) {
  EXPECT_EQ(jd::json_quoted("plain"), "\"plain\"");
  EXPECT_EQ(jd::json_quoted("say \"hi\"\nthen\tgo"), R"("say \"hi\"\nthen\tgo")");
  EXPECT_EQ(jd::json_quoted("\xE5\x8C\x97"), "\"\xE5\x8C\x97\"");  // UTF-8 is kept as it is
  EXPECT_EQ(jd::json_quoted("a\xFF" "b"), "\"a\xEF\xBF\xBD" "b\"");  // not UTF-8: U+FFFD
}

TEST(json_document, member_brackets_and_quotes_keys_that_are_not_identifiers) {
  EXPECT_EQ(jd::member("$", "units"), "$.units");
  EXPECT_EQ(jd::member("$.units[0]", "_start_day2"), "$.units[0]._start_day2");
  EXPECT_EQ(jd::member("$", "odd key"), R"($["odd key"])");
  EXPECT_EQ(jd::member("$", ""), R"($[""])");
  EXPECT_EQ(jd::member("$", "2nd"), R"($["2nd"])");
  EXPECT_EQ(jd::member("$", "a-b"), R"($["a-b"])");
  EXPECT_EQ(jd::member("$", "a.b"), R"($["a.b"])");
  EXPECT_EQ(jd::member("$", "say \"x\"\n"), R"($["say \"x\"\n"])");
  EXPECT_EQ(jd::member("$", "\xC3\xA9t\xC3\xA9"), "$[\"\xC3\xA9t\xC3\xA9\"]");  // identifiers are ASCII
}

TEST(json_document, element_appends_the_index) {
  EXPECT_EQ(jd::element("$", 0), "$[0]");
  EXPECT_EQ(jd::element("$.units", 12), "$.units[12]");
  EXPECT_EQ(jd::element(jd::member(jd::element("$.a", 3), "b c"), 1), R"($.a[3]["b c"][1])");
}

TEST(json_document, found_says_what_stands_instead) {
  EXPECT_EQ(jd::found(json(nullptr)), "null");
  EXPECT_EQ(jd::found(json(true)), "true");
  EXPECT_EQ(jd::found(json(false)), "false");
  EXPECT_EQ(jd::found(json::parse("-7")), "the integer -7");
  EXPECT_EQ(jd::found(json::parse("18446744073709551615")), "the integer 18446744073709551615");
  EXPECT_EQ(jd::found(json::parse("5.0")), "the number 5.0");
  EXPECT_EQ(jd::found(json::parse("1e2")), "the number 100.0");
  EXPECT_EQ(jd::found(json("a \"b\"\n")), R"(the string "a \"b\"\n")");
  EXPECT_EQ(jd::found(json::array()), "an array");
  EXPECT_EQ(jd::found(json::object()), "an object");
  EXPECT_EQ(jd::found(json::binary(std::vector<std::uint8_t>{1, 2})), "a value of another type");
}

TEST(json_document, parse_checked_reports_every_duplicate_key_at_its_path) {
  problems p("doc.json");
  const json doc = jd::parse_checked(R"({"a": 1, "units": [{"id": "x", "id": "y"}, {"b c": 1, "b c": 2}],
                                         "a": 2, "n": {"m": {"k": 1, "k": 2}}})",
                                     p);
  EXPECT_EQ(held(p), (lines{"doc.json: $.units[0].id: duplicate key", R"(doc.json: $.units[1]["b c"]: duplicate key)",
                            "doc.json: $.a: duplicate key", "doc.json: $.n.m.k: duplicate key"}));
  // The tree is still built (nlohmann/json keeps the last), in the file's key order.
  EXPECT_EQ(doc.dump(), R"({"a":2,"units":[{"id":"y"},{"b c":2}],"n":{"m":{"k":2}}})");
}

TEST(json_document, parse_checked_counts_array_elements_of_every_kind) {
  problems p("doc.json");
  // Scalars, arrays and objects each take an index, so the path points at the fourth.
  (void)jd::parse_checked(R"({"x": [null, [1], {"k": 1}, {"k": 1, "k": 2}]})", p);
  EXPECT_EQ(held(p), lines{"doc.json: $.x[3].k: duplicate key"});
}

TEST(json_document, parse_checked_skips_a_byte_order_mark) {
  problems p("doc.json");
  EXPECT_EQ(jd::parse_checked("\xEF\xBB\xBF{\"a\": 1}", p), json::parse("{\"a\": 1}"));
  EXPECT_EQ(p.count(), 0U);
}

TEST(json_document, invalid_json_is_the_only_problem_raised) {
  problems p("doc.json");
  EXPECT_EQ(raised([&] { (void)jd::parse_checked("{\"a\": 1, \"a\": 2,\n \"b\": [,]}", p); }),
            lines{"doc.json: $: invalid JSON at line 2, column 8: syntax error while parsing value - unexpected ','; "
                  "expected '[', '{', or a literal"});
  problems q("doc.json");
  EXPECT_EQ(raised([&] { (void)jd::parse_checked("", q); }),
            lines{"doc.json: $: invalid JSON at line 1, column 1: syntax error while parsing value - unexpected end "
                  "of input; expected '[', '{', or a literal"});
  problems r("doc.json");
  EXPECT_EQ(raised([&] { (void)jd::parse_checked("{} x", r); }),
            lines{"doc.json: $: invalid JSON at line 1, column 4: syntax error while parsing value - invalid "
                  "literal; last read: '{} x'; expected end of input"});
}

TEST(json_document, nesting_is_allowed_to_sixteen_levels_below_the_top) {
  problems p("doc.json");
  // The top object, then sixteen arrays inside it.
  EXPECT_NO_THROW((void)jd::parse_checked(nested(jd::max_nesting_depth), p));
  EXPECT_NO_THROW((void)jd::parse_checked(std::string(17, '[') + std::string(17, ']'), p));
  EXPECT_EQ(p.count(), 0U);
}

TEST(json_document, nesting_deeper_stops_the_parse_at_the_first_level_too_deep) {
  const std::string deep_path = "$.a[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]";
  problems p("doc.json");
  EXPECT_EQ(raised([&] { (void)jd::parse_checked(nested(jd::max_nesting_depth + 1), p); }),
            lines{"doc.json: " + deep_path + ": nested more than 16 levels deep"});
  // A hostile depth is refused as quickly, at the same place.
  problems q("doc.json");
  EXPECT_EQ(raised([&] { (void)jd::parse_checked(nested(1'000'000), q); }),
            lines{"doc.json: " + deep_path + ": nested more than 16 levels deep"});
  problems r("doc.json");
  EXPECT_EQ(raised([&] { (void)jd::parse_checked(std::string(18, '[') + std::string(18, ']'), r); }),
            lines{"doc.json: $[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nested more than 16 levels deep"});
}

TEST(json_document, too_deep_is_reported_alone_or_after_the_duplicate_keys_before_it) {
  const std::string text = "{\"k\": 1, \"k\": 2, \"a\": " + std::string(17, '[') + std::string(17, ']') + "}";
  const std::string deep =
      "doc.json: $.a[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nested more than 16 levels deep";
  problems alone("doc.json");
  EXPECT_EQ(raised([&] { (void)jd::parse_checked(text, alone); }), lines{deep});
  problems after("doc.json");
  EXPECT_EQ(raised([&] { (void)jd::parse_checked(text, after, jd::too_deep_report::after_duplicate_keys); }),
            (lines{"doc.json: $.k: duplicate key", deep}));
}

TEST(json_document, check_schema_version_raises_only_for_another_integer) {
  problems p("doc.json");
  jd::check_schema_version(json::parse(R"({"schema_version": 1})"), p, 1);
  jd::check_schema_version(json::parse(R"({"schema_version": "2"})"), p, 1);  // the reader's to report
  jd::check_schema_version(json::parse(R"({"schema_version": 2.0})"), p, 1);
  jd::check_schema_version(json::parse(R"({})"), p, 1);
  jd::check_schema_version(json::parse(R"([2])"), p, 1);
  EXPECT_EQ(p.count(), 0U);
  p.add("$.earlier", "kept");
  EXPECT_EQ(raised([&] { jd::check_schema_version(json::parse(R"({"schema_version": 2})"), p, 1); }),
            (lines{"doc.json: $.earlier: kept",
                   "doc.json: $.schema_version: unsupported schema_version 2; this version of Tandem reads 1"}));
}

TEST(json_document, read_object_reports_missing_keys_then_members_in_file_order) {
  problems p("doc.json");
  std::vector<std::string> read;
  const auto note = [&](const json& v, const std::string& at) { read.push_back(at + "=" + v.dump()); };
  const auto refuse = [&](const json& /*unused*/, const std::string& at) { p.add(at, "refused by its reader"); };
  const json j = json::parse(R"({"zeta": 1, "odd key": 2, "alpha": 3, "beta": 4})");
  EXPECT_TRUE(jd::read_object(j, "$.x", p, "a thing", {"id", "alpha", "kind"},
                              {{"id", note}, {"alpha", note}, {"beta", refuse}, {"kind", note}}));
  EXPECT_EQ(read, lines{"$.x.alpha=3"});
  EXPECT_EQ(held(p), (lines{R"(doc.json: $.x: missing required key "id")",
                            R"(doc.json: $.x: missing required key "kind")",
                            "doc.json: $.x.zeta: unknown key; the keys of a thing are id, alpha, beta, kind",
                            R"(doc.json: $.x["odd key"]: unknown key; the keys of a thing are id, alpha, beta, kind)",
                            "doc.json: $.x.beta: refused by its reader"}));
}

TEST(json_document, read_object_refuses_what_is_not_an_object) {
  problems p("doc.json");
  bool called = false;
  const auto mark = [&](const json& /*unused*/, const std::string& /*unused*/) { called = true; };
  EXPECT_FALSE(jd::read_object(json::parse("[1]"), "$.rules", p, "the rules", {"id"}, {{"id", mark}}));
  EXPECT_FALSE(jd::read_object(json("x"), "$", p, "a plan document", {}, {}));
  EXPECT_FALSE(called);
  EXPECT_EQ(held(p), (lines{"doc.json: $.rules: expected the rules (an object), got an array",
                            R"(doc.json: $: expected a plan document (an object), got the string "x")"}));
}

TEST(json_document, read_string_takes_strings_only) {
  problems p("doc.json");
  EXPECT_EQ(jd::read_string(json(""), "$.a", p), std::optional<std::string>(""));
  EXPECT_EQ(jd::read_string(json("x"), "$.a", p), std::optional<std::string>("x"));
  EXPECT_EQ(jd::read_string(json(5), "$.b", p), std::nullopt);
  EXPECT_EQ(jd::read_string(json(nullptr), "$.c", p), std::nullopt);
  EXPECT_EQ(held(p), (lines{"doc.json: $.b: expected a string, got the integer 5",
                            "doc.json: $.c: expected a string, got null"}));
}

TEST(json_document, read_integer_takes_integers_within_bounds) {
  problems p("doc.json");
  EXPECT_EQ(jd::read_integer(json::parse("1"), "$.m", p, 1, 12), 1);
  EXPECT_EQ(jd::read_integer(json::parse("12"), "$.m", p, 1, 12), 12);
  EXPECT_EQ(jd::read_integer(json::parse("-30"), "$.d", p, -30, 30), -30);
  EXPECT_EQ(jd::read_integer(json::parse("9223372036854775807"), "$.big", p, 0, INT64_MAX), INT64_MAX);
  EXPECT_EQ(jd::read_integer(json::parse("-9223372036854775808"), "$.small", p, INT64_MIN, 0), INT64_MIN);
  EXPECT_EQ(p.count(), 0U);
  EXPECT_EQ(jd::read_integer(json::parse("0"), "$.a", p, 1, 12), std::nullopt);
  EXPECT_EQ(jd::read_integer(json::parse("13"), "$.b", p, 1, 12), std::nullopt);
  EXPECT_EQ(jd::read_integer(json::parse("9223372036854775808"), "$.c", p, 0, INT64_MAX), std::nullopt);
  EXPECT_EQ(jd::read_integer(json::parse("18446744073709551615"), "$.d", p, 0, 1), std::nullopt);
  EXPECT_EQ(held(p), (lines{"doc.json: $.a: must be from 1 to 12, got 0", "doc.json: $.b: must be from 1 to 12, got 13",
                            "doc.json: $.c: must be from 0 to 9223372036854775807, got 9223372036854775808",
                            "doc.json: $.d: must be from 0 to 1, got 18446744073709551615"}));
}

TEST(json_document, read_integer_refuses_floats_even_whole_ones) {
  problems p("doc.json");
  EXPECT_EQ(jd::read_integer(json::parse("5.0"), "$.a", p, 0, 10), std::nullopt);
  EXPECT_EQ(jd::read_integer(json::parse("5e0"), "$.b", p, 0, 10), std::nullopt);
  EXPECT_EQ(jd::read_integer(json::parse("5.5"), "$.c", p, 0, 10), std::nullopt);
  EXPECT_EQ(jd::read_integer(json("5"), "$.d", p, 0, 10), std::nullopt);
  EXPECT_EQ(jd::read_integer(json(true), "$.e", p, 0, 10), std::nullopt);
  EXPECT_EQ(held(p), (lines{"doc.json: $.a: expected an integer, got the number 5.0",
                            "doc.json: $.b: expected an integer, got the number 5.0",
                            "doc.json: $.c: expected an integer, got the number 5.5",
                            R"(doc.json: $.d: expected an integer, got the string "5")",
                            "doc.json: $.e: expected an integer, got true"}));
}

TEST(json_document, enum_spellings_are_exact_and_listed_in_order) {
  EXPECT_EQ(jd::exact_value("blood_orange", fruits), demo::fruit::blood_orange);
  EXPECT_EQ(jd::exact_value("Apple", fruits), std::nullopt);  // a document is case-sensitive
  EXPECT_EQ(jd::exact_value("apple ", fruits), std::nullopt);
  EXPECT_EQ(jd::spellings(fruits), "apple, blood_orange");
  problems p("doc.json");
  EXPECT_EQ(jd::read_enum(json("apple"), "$.f", p, fruits), demo::fruit::apple);
  EXPECT_EQ(jd::read_enum(json("APPLE"), "$.g", p, fruits), std::nullopt);
  EXPECT_EQ(jd::read_enum(json(1), "$.h", p, fruits), std::nullopt);
  EXPECT_EQ(held(p), (lines{R"(doc.json: $.g: expected one of apple, blood_orange, got the string "APPLE")",
                            "doc.json: $.h: expected one of apple, blood_orange, got the integer 1"}));
}

TEST(json_document, a_format_may_spell_enums_its_own_way) {
  const auto upper = [](demo::fruit f) -> std::string_view { return f == demo::fruit::apple ? "APPLE" : "ORANGE"; };
  EXPECT_EQ(jd::exact_value("ORANGE", fruits, upper), demo::fruit::blood_orange);
  EXPECT_EQ(jd::exact_value("apple", fruits, upper), std::nullopt);
  EXPECT_EQ(jd::spellings(fruits, upper), "APPLE, ORANGE");
  problems p("doc.json");
  EXPECT_EQ(jd::read_enum(json("APPLE"), "$.f", p, fruits, upper), demo::fruit::apple);
  EXPECT_EQ(jd::read_enum(json("apple"), "$.g", p, fruits, upper), std::nullopt);
  EXPECT_EQ(held(p), lines{R"(doc.json: $.g: expected one of APPLE, ORANGE, got the string "apple")"});
}

TEST(json_document, dump_document_indents_by_two_and_ends_with_a_newline) {
  json doc = json::object();
  doc["b"] = 1;
  doc["a"] = json::array({"x"});
  EXPECT_EQ(jd::dump_document(doc, "the document"), "{\n  \"b\": 1,\n  \"a\": [\n    \"x\"\n  ]\n}\n");
  doc["c"] = "bad \xFF";
  EXPECT_EQ(raised([&] { (void)jd::dump_document(doc, "the plan document"); }),
            lines{"cannot save the plan document: a text is not valid UTF-8 ([json.exception.type_error.316] "
                  "invalid UTF-8 byte at index 4: 0xFF)"});
}

TEST(json_document, read_document_file_reads_every_byte_or_names_the_file) {
  std::string dir = (std::filesystem::temp_directory_path() / "tandem-json-document-test-XXXXXX").string();
  ASSERT_NE(mkdtemp(dir.data()), nullptr);
  const std::filesystem::path path = std::filesystem::path(dir) / "doc.json";
  std::string text = "{\"a\": \"";
  text += std::string(70'000, 'x');  // more than one read's buffer
  text += std::string("\0\"}", 3);
  {
    std::ofstream out(path, std::ios::binary);
    out << text;
  }
  EXPECT_EQ(jd::read_document_file(path), text);
  std::filesystem::remove_all(dir);
  EXPECT_EQ(raised([&] { (void)jd::read_document_file(path); }),
            lines{"cannot read '" + path.string() + "': No such file or directory"});
}

}  // namespace
