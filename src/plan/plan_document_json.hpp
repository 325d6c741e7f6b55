// plan_document_json.hpp — what the loader and the saver of plan documents share
// (docs/plan-format.md): the values of every enumeration a document spells, readers
// of amounts at a plan's scales, and the calendar's JSON shape (the organisation
// document's, so one calendar object can be pasted between them). The strict JSON
// reading itself (paths, problems, the checked parse) is text/json_document.hpp's.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "org/org_document_json.hpp"
#include "tandem/alloc/method.hpp"
#include "tandem/org/lifecycle.hpp"
#include "tandem/plan/plan_spec.hpp"
#include "tandem/time/fiscal_calendar.hpp"
#include "text/json_document.hpp"

namespace tandem::plan::document_detail {

// Paths, problems, the checked parse and the plain readers; enumerated values are
// spelled by the library's to_string (lifecycle stages by their short name, never
// their stable id), json_document's default.
using namespace text::json_document;

inline constexpr std::array measures{measure::amount, measure::quantity};
inline constexpr std::array unit_kinds{unit_kind::company, unit_kind::department, unit_kind::region,
                                       unit_kind::branch,  unit_kind::team,       unit_kind::person,
                                       unit_kind::agent,   unit_kind::distributor};
inline constexpr std::array share_bases{share_basis::weight, share_basis::reference, share_basis::fixed};
inline constexpr std::array seasonality_bases{seasonality_basis::even, seasonality_basis::calendar_days,
                                              seasonality_basis::key};
inline constexpr std::array lifecycle_stages{org::lifecycle_stage::introduction, org::lifecycle_stage::growth,
                                             org::lifecycle_stage::maturity, org::lifecycle_stage::decline};

/// The decimals a measure's values are written with.
[[nodiscard]] inline int scale_of(const plan_spec& s, measure m) noexcept {
  return m == measure::amount ? s.currency_scale : s.quantity_scale;
}

// ---- amounts ----

/// A non-negative decimal string (greater than zero when `positive`) at exactly
/// `scale` decimals or fewer, in units of 10^-scale. A JSON number is refused with a
/// message saying to quote it.
[[nodiscard]] std::optional<std::int64_t> read_units(const json& v, const std::string& path, problems& p,
                                                     int scale, bool positive = false);
/// A non-negative decimal string kept at the scale it is written with ("1.50" stays
/// at scale 2, so that it is saved as written).
[[nodiscard]] std::optional<amount> read_decimal(const json& v, const std::string& path, problems& p);

// ---- the calendar, as the organisation document writes it ----

/// Reads a calendar object, reporting its problems; nullopt if there were any. (Not
/// the organisation loader's reader: that one reports unknown keys before missing
/// ones and reads members in a fixed order, this one in the file's order.)
[[nodiscard]] std::optional<time::fiscal_calendar> read_calendar(const json& j, const std::string& path,
                                                                 problems& p);
/// Writes every parameter of the calendar's shape.
using org::document_detail::calendar_json;

}  // namespace tandem::plan::document_detail
