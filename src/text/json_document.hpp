// text/json_document.hpp — strict reading and writing of JSON documents (internal to
// the library). What the organisation document (src/org/org_document_*) and the plan
// document (src/plan/plan_document_*) share: one checked parse that refuses keys given
// twice and hostile nesting, JSON paths, the list of problems "SOURCE: PATH: MESSAGE",
// readers of values that report what they found, exact enum spellings, and the file
// and save plumbing. It knows no document's shape, so both formats report alike.
//
//   problems p("plan.json");
//   const json doc = parse_checked(text, p);            // duplicate keys land in p
//   read_object(doc, "$", p, "a document", {"id"},
//               {{"id", [&](const json& v, const std::string& at) { id = read_string(v, at, p); }}});
//   if (p.count() > 0) p.raise();                        // every problem, one per line
#pragma once

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::text::json_document {

using json = nlohmann::ordered_json;  // keeps the file's key order, so problems come in file order

// ---- where and what ----

/// Every problem found, each "SOURCE: PATH: MESSAGE". A muted list counts problems
/// without keeping them (a first, quiet look at the values others depend on).
class problems {
 public:
  explicit problems(std::string_view source, bool muted = false) : source_(source), muted_(muted) {}

  void add(const std::string& path, std::string_view message);
  [[nodiscard]] std::size_t count() const noexcept { return count_; }
  [[nodiscard]] const std::string& source() const noexcept { return source_; }
  /// Throws errc::invalid_argument with every problem, one per line.
  [[noreturn]] void raise() const;

 private:
  std::string source_;
  bool muted_ = false;
  std::size_t count_ = 0;
  std::vector<std::string> lines_;
};

/// `text` as a JSON string literal: messages stay on one line whatever it holds.
[[nodiscard]] std::string json_quoted(std::string_view text);
/// The path of a member: $.units, or $["odd key"] for a key that is not an identifier.
[[nodiscard]] std::string member(const std::string& path, std::string_view key);
/// The path of an array element: $.units[3].
[[nodiscard]] std::string element(const std::string& path, std::size_t i);
/// What was found instead of what was expected: "null", "the string \"x\"", "an array".
[[nodiscard]] std::string found(const json& j);

// ---- the text ----

/// How many levels a document may nest below its top value (an organisation document
/// needs four, a plan document five); the next level is "nested more than 16 levels deep".
inline constexpr std::size_t max_nesting_depth = 16;

/// What a nesting deeper than max_nesting_depth is reported with: the one problem
/// (the plan document), or after the keys given twice before it in the file (the
/// organisation document, which has always reported those too).
enum class too_deep_report : std::uint8_t { alone, after_duplicate_keys };

/// Parses the text, reporting every key given twice in one object (JSON allows it,
/// a document means one thing only) in `p`, for the caller to raise with the rest.
/// Invalid JSON raises at once with that single problem; so does a hostile nesting,
/// as `deep` says.
[[nodiscard]] json parse_checked(std::string_view text, problems& p, too_deep_report deep = too_deep_report::alone);

/// A document of another version may mean anything: its other problems would only
/// mislead, so an integer "schema_version" other than `supported` raises at once
/// with that one problem. Anything else is left for the reader of the document.
void check_schema_version(const json& doc, problems& p, std::int64_t supported);

/// The whole file, or errc::invalid_argument "cannot read 'PATH': REASON".
[[nodiscard]] std::string read_document_file(const std::filesystem::path& path);

/// The document as saved: two-space indent and a final newline. A text that is not
/// UTF-8 raises errc::invalid_argument "cannot save `what`: ...".
[[nodiscard]] std::string dump_document(const json& doc, std::string_view what);

// ---- reading values ----

/// One key an object may hold and what reads its value (given the value and its path).
struct field {
  std::string_view key;
  std::function<void(const json& value, const std::string& path)> read;
};

/// Reads an object: reports a non-object (and returns false), then the required keys
/// that are missing (at the object's path), then each member in the file's order:
/// an unknown key is reported, a known one is handed to its field's reader.
bool read_object(const json& j, const std::string& path, problems& p, std::string_view what,
                 std::initializer_list<std::string_view> required, const std::vector<field>& fields);

[[nodiscard]] std::optional<std::string> read_string(const json& v, const std::string& path, problems& p);
/// A JSON integer (5.0 is a float in JSON's grammar) in [min, max].
[[nodiscard]] std::optional<std::int64_t> read_integer(const json& v, const std::string& path, problems& p,
                                                       std::int64_t min, std::int64_t max);

// ---- enumerated values, spelled exactly ----

/// The usual spelling of an enumerated value: the library's to_string, found next to
/// the enum. A format whose words differ passes its own spelling function instead.
struct library_spelling {
  template <class E>
  [[nodiscard]] auto operator()(E value) const noexcept {
    return to_string(value);
  }
};

/// The value whose spelling is exactly `text` (the library's *_from_name accept any
/// case; a document is stricter, so that what is saved is the only spelling that loads).
template <class E, std::size_t N, class Spelling = library_spelling>
[[nodiscard]] std::optional<E> exact_value(std::string_view text, const std::array<E, N>& values,
                                           Spelling spelling = {}) {
  for (const E v : values) {
    if (spelling(v) == text) return v;
  }
  return std::nullopt;
}

/// "a, b, c": the spellings, for "expected one of ..." messages.
template <class E, std::size_t N, class Spelling = library_spelling>
[[nodiscard]] std::string spellings(const std::array<E, N>& values, Spelling spelling = {}) {
  std::string out;
  for (const E v : values) {
    if (!out.empty()) out += ", ";
    out += spelling(v);
  }
  return out;
}

/// A string that is exactly one of `values`' spellings.
template <class E, std::size_t N, class Spelling = library_spelling>
[[nodiscard]] std::optional<E> read_enum(const json& v, const std::string& path, problems& p,
                                         const std::array<E, N>& values, Spelling spelling = {}) {
  const std::optional<E> value =
      v.is_string() ? exact_value(v.get_ref<const std::string&>(), values, spelling) : std::nullopt;
  if (!value) p.add(path, "expected one of " + spellings(values, spelling) + ", got " + found(v));
  return value;
}

}  // namespace tandem::text::json_document
