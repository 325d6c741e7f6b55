// plan_document_json.hpp — what the loader and the saver of plan documents share
// (docs/plan-format.md): the exact spellings of every enumerated value, JSON paths,
// the list of problems, the checked parse of the text, and the calendar's JSON shape
// (the organisation document's, so one calendar object can be pasted between them).
#pragma once

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tandem/alloc/method.hpp"
#include "tandem/org/lifecycle.hpp"
#include "tandem/plan/plan_spec.hpp"
#include "tandem/time/fiscal_calendar.hpp"

namespace tandem::plan::document_detail {

using json = nlohmann::ordered_json;  // keeps the file's key order, so problems come in file order

inline constexpr std::array measures{measure::amount, measure::quantity};
inline constexpr std::array unit_kinds{unit_kind::company, unit_kind::department, unit_kind::region,
                                       unit_kind::branch,  unit_kind::team,       unit_kind::person,
                                       unit_kind::agent,   unit_kind::distributor};
inline constexpr std::array share_bases{share_basis::weight, share_basis::reference, share_basis::fixed};
inline constexpr std::array seasonality_bases{seasonality_basis::even, seasonality_basis::calendar_days,
                                              seasonality_basis::key};
inline constexpr std::array lifecycle_stages{org::lifecycle_stage::introduction, org::lifecycle_stage::growth,
                                             org::lifecycle_stage::maturity, org::lifecycle_stage::decline};

/// The document spelling of a value (the library's to_string; lifecycle stages by
/// their short name, never their stable id).
template <class E>
[[nodiscard]] std::string_view spelling(E value) noexcept {
  return to_string(value);
}

/// The value whose document spelling is exactly `text`.
template <class E, std::size_t N>
[[nodiscard]] std::optional<E> exact_value(std::string_view text, const std::array<E, N>& values) noexcept {
  for (const E v : values) {
    if (spelling(v) == text) return v;
  }
  return std::nullopt;
}

/// "a, b, c": the spellings, for "expected one of ..." messages.
template <class E, std::size_t N>
[[nodiscard]] std::string spellings(const std::array<E, N>& values) {
  std::string out;
  for (const E v : values) {
    if (!out.empty()) out += ", ";
    out += spelling(v);
  }
  return out;
}

/// The decimals a measure's values are written with.
[[nodiscard]] inline int scale_of(const plan_spec& s, measure m) noexcept {
  return m == measure::amount ? s.currency_scale : s.quantity_scale;
}

// ---- where and what ----

/// Every problem found, each "SOURCE: PATH: MESSAGE". A muted list counts problems
/// without keeping them (the loader's first look at the values others depend on).
class problems {
 public:
  explicit problems(std::string_view source, bool muted = false) : source_(source), muted_(muted) {}

  void add(const std::string& path, std::string_view message);
  [[nodiscard]] std::size_t count() const noexcept { return count_; }
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

/// Parses the text, reporting every key given twice in one object (JSON allows it,
/// a document means one thing only). Invalid JSON or hostile nesting raises at once
/// with that single problem; duplicate keys are left in `p` for the caller.
[[nodiscard]] json parse_checked(std::string_view text, problems& p, std::string_view source);

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
/// A non-negative decimal string (greater than zero when `positive`) at exactly
/// `scale` decimals or fewer, in units of 10^-scale. A JSON number is refused with a
/// message saying to quote it.
[[nodiscard]] std::optional<std::int64_t> read_units(const json& v, const std::string& path, problems& p,
                                                     int scale, bool positive = false);
/// A non-negative decimal string kept at the scale it is written with ("1.50" stays
/// at scale 2, so that it is saved as written).
[[nodiscard]] std::optional<amount> read_decimal(const json& v, const std::string& path, problems& p);

/// A string that is exactly one of `values`' spellings.
template <class E, std::size_t N>
[[nodiscard]] std::optional<E> read_enum(const json& v, const std::string& path, problems& p,
                                         const std::array<E, N>& values) {
  const std::optional<E> value = v.is_string() ? exact_value(v.get_ref<const std::string&>(), values) : std::nullopt;
  if (!value) p.add(path, "expected one of " + spellings(values) + ", got " + found(v));
  return value;
}

// ---- the calendar, as the organisation document writes it ----

/// Reads a calendar object, reporting its problems; nullopt if there were any.
[[nodiscard]] std::optional<time::fiscal_calendar> read_calendar(const json& j, const std::string& path,
                                                                 problems& p);
/// Writes every parameter of the calendar's shape.
[[nodiscard]] json calendar_json(const time::fiscal_calendar& c);

}  // namespace tandem::plan::document_detail
