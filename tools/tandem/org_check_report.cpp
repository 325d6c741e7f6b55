// Computing the report of `tandem org check` (org_check_report.hpp).
#include "org_check_report.hpp"

#include <utility>

namespace tandem::cli {

org_check_report make_org_check_report(const org::loop_schedule& schedule, std::string source, org::lang language,
                                       time::date as_of, time::period_kind kind) {
  const org::organisation& org = schedule.org();
  org_check_report r;
  r.source = std::move(source);
  r.language = language;
  r.as_of = as_of;
  r.calendar = schedule.calendar().describe();
  r.period = schedule.calendar().period_containing(as_of, kind);
  r.classification = org::classify_org_model(org);
  r.changes = org::changes_towards_model_4(org);
  for (const std::string& id : org.unowned_duties()) r.unowned.push_back(org.duty_at(id));
  for (const org::duty_owners& d : org.duties_owned_more_than_once()) {
    r.shared.push_back({org.duty_at(d.duty_id), d.owner_ids});
  }
  for (org::obligation_state& s : schedule.status(r.period.full, as_of)) {
    std::string name;
    if (s.what.kind == org::item_kind::flow) {
      if (const org::flow* f = schedule.find_flow(s.what.item_id)) name = f->name(language);
    } else {
      name = org.duty_at(s.what.item_id).name(language);
    }
    r.due.push_back({std::move(s), std::move(name)});
  }
  r.health = schedule.health(r.period.full, as_of);
  r.health.label = r.period.label;
  return r;
}

std::string_view status_label(org::obligation_status s, org::lang l) noexcept {
  const bool zh = l == org::lang::zh;
  switch (s) {
    case org::obligation_status::pending: return zh ? "待交" : "pending";
    case org::obligation_status::on_time: return zh ? "按时" : "on time";
    case org::obligation_status::late: return zh ? "逾期" : "late";
    case org::obligation_status::missing: return zh ? "缺失" : "missing";
  }
  return "?";
}

}  // namespace tandem::cli
