// org_document_json.hpp — what the loader and the saver of organisation documents
// share: the exact spellings of every enumerated value (docs/org-format.md) and the
// calendar's shape. The strict JSON reading itself is text/json_document.hpp's.
#pragma once

#include <array>
#include <string_view>

#include "tandem/org/catalog.hpp"
#include "tandem/org/loop_schedule.hpp"
#include "tandem/org/organisation.hpp"
#include "tandem/time/date.hpp"
#include "tandem/time/fiscal_calendar.hpp"
#include "text/json_document.hpp"

namespace tandem::org::document_detail {

inline constexpr std::array unit_kinds{unit_kind::department, unit_kind::role};
// from_id is the value of an omitted "function", never a spelling in a document.
inline constexpr std::array unit_functions{unit_function::none, unit_function::marketing, unit_function::sales,
                                           unit_function::marketing_and_sales};
inline constexpr std::array flow_directions{flow_direction::marketing_to_sales, flow_direction::sales_to_marketing};
inline constexpr std::array cadences{cadence::weekly,      cadence::monthly, cadence::quarterly,
                                     cadence::half_yearly, cadence::yearly,  cadence::per_campaign};
inline constexpr std::array due_anchors{due_anchor::period_start, due_anchor::period_end};
inline constexpr std::array retail_patterns{time::retail_pattern::p445, time::retail_pattern::p454,
                                            time::retail_pattern::p544};
inline constexpr std::array weekdays{time::weekday::monday,   time::weekday::tuesday, time::weekday::wednesday,
                                     time::weekday::thursday, time::weekday::friday,  time::weekday::saturday,
                                     time::weekday::sunday};
inline constexpr std::array namings{time::fiscal_year_naming::end_year, time::fiscal_year_naming::start_year};
inline constexpr std::array end_rules{time::year_end_rule::last_weekday, time::year_end_rule::nearest_weekday};

// The time library names these two only in describe()'s prose; the document's words.
[[nodiscard]] inline std::string_view name_of(time::fiscal_year_naming n) noexcept {
  return n == time::fiscal_year_naming::start_year ? "start_year" : "end_year";
}
[[nodiscard]] inline std::string_view name_of(time::year_end_rule r) noexcept {
  return r == time::year_end_rule::nearest_weekday ? "nearest_weekday" : "last_weekday";
}
template <class E>
[[nodiscard]] std::string_view name_of(E value) noexcept {
  return to_string(value);
}

/// The document's spelling, for the exact-spelling readers of text/json_document.hpp.
struct document_spelling {
  template <class E>
  [[nodiscard]] std::string_view operator()(E value) const noexcept {
    return name_of(value);
  }
};

/// Writes every parameter of the calendar's shape (the plan document writes the same,
/// so that one calendar object can be pasted between them).
[[nodiscard]] text::json_document::json calendar_json(const time::fiscal_calendar& c);

}  // namespace tandem::org::document_detail
