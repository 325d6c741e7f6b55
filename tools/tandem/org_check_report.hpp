// org_check_report.hpp — what `tandem org check` reports, computed once and printed
// by either renderer (an aligned table or JSON), so both always say the same.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "tandem/org/catalog.hpp"
#include "tandem/org/loop_schedule.hpp"
#include "tandem/org/org_model_classifier.hpp"
#include "tandem/time/date.hpp"
#include "tandem/time/period.hpp"

namespace tandem::cli {

/// A duty with more than one owner.
struct shared_duty {
  org::duty what;
  std::vector<std::string> owner_ids;
};

/// One obligation due in the period, with the name of its item in the report's language.
struct due_row {
  org::obligation_state state;
  std::string item_name;
};

struct org_check_report {
  std::string source;  ///< the file name as given, or "<stdin>"
  org::lang language = org::lang::en;
  time::date as_of{};
  std::string calendar;  ///< fiscal_calendar::describe()
  time::period period;   ///< the whole period of the chosen kind containing as_of
  org::org_model_classification classification;
  std::vector<org::org_model_change> changes;  ///< empty when the model is 4
  std::vector<org::duty> unowned;
  std::vector<shared_duty> shared;
  std::vector<due_row> due;
  org::loop_health health;
};

/// Everything the command prints, from a loaded schedule.
[[nodiscard]] org_check_report make_org_check_report(const org::loop_schedule& schedule, std::string source,
                                                     org::lang language, time::date as_of, time::period_kind kind);

/// Section by section, headings and labels in the report's language, columns aligned
/// by display width (CJK characters count two).
[[nodiscard]] std::string render_org_check_table(const org_check_report& report);

/// One JSON object, keys in a fixed order (docs/org-format.md, "tandem org check").
[[nodiscard]] std::string render_org_check_json(const org_check_report& report);

/// "on_time" -> "on time" / "按时": a status as the table prints it.
[[nodiscard]] std::string_view status_label(org::obligation_status s, org::lang l) noexcept;

}  // namespace tandem::cli
