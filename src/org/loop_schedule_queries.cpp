// The schedule of a loop (tandem/org/loop_schedule.hpp): what falls due in a range,
// where each obligation stands on a day, and the loop's health per direction.
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <utility>

#include "tandem/core/error.hpp"
#include "tandem/org/loop_schedule.hpp"

namespace tandem::org {

namespace {

using time::date;
using time::date_range;

// The supported dates as day numbers (computed on first use, not during static
// initialisation, which may run before the date library's own).
std::int32_t min_serial() {
  static const std::int32_t serial = date::from_ymd(date::min_year, 1, 1).serial();
  return serial;
}
std::int32_t max_serial() {
  static const std::int32_t serial = date::from_ymd(date::max_year, 12, 31).serial();
  return serial;
}

// The longest period of any kind and calendar shape, in days: a retail year of 53 weeks.
constexpr std::int32_t longest_period_days = 371;

void require_ordered(const date_range& range) {
  if (range.last < range.first)
    throw error(errc::invalid_argument,
                "date range ends (" + range.last.to_string() + ") before it starts (" + range.first.to_string() + ")");
}

// `d` moved by `days`, or nullopt if that leaves the supported dates.
std::optional<date> shifted(date d, std::int64_t days) {
  const std::int64_t s = std::int64_t{d.serial()} + days;
  if (s < min_serial() || s > max_serial()) return std::nullopt;
  return date::from_serial(static_cast<std::int32_t>(s));
}

date clamped_shift(date d, std::int64_t days) {
  const std::int64_t s = std::clamp<std::int64_t>(std::int64_t{d.serial()} + days, min_serial(), max_serial());
  return date::from_serial(static_cast<std::int32_t>(s));
}

std::optional<date> due_date(const date_range& covers, const due_rule& rule) {
  return shifted(rule.anchor == due_anchor::period_start ? covers.first : covers.last, rule.offset_days);
}

// Sort key of due_in: due date, flows before duties, order added, occurrence start,
// campaign order.
struct keyed {
  obligation what;
  std::size_t item_index = 0;
  std::size_t campaign_index = 0;
};

bool before(const keyed& a, const keyed& b) {
  return std::tie(a.what.due, a.what.kind, a.item_index, a.what.covers.first, a.campaign_index) <
         std::tie(b.what.due, b.what.kind, b.item_index, b.what.covers.first, b.campaign_index);
}

std::string percent_text(std::uint64_t part, std::uint64_t whole, int decimals) {
  std::uint64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  // round(part * 100 * scale / whole), half up, in integers: no overflow, since
  // part < 2^32, 100 * 10^6 < 2^27 and whole (three uint32 counts) < 2^34.
  const std::uint64_t num = part * 100 * scale;
  const std::uint64_t rounded = (2 * num + whole) / (2 * whole);
  std::string out = std::to_string(rounded / scale);
  if (decimals > 0) {
    std::string frac = std::to_string(rounded % scale);
    out += '.' + std::string(static_cast<std::size_t>(decimals) - frac.size(), '0') + frac;
  }
  return out;
}

}  // namespace

std::optional<std::string> direction_health::on_time_percent(int decimals) const {
  if (decimals < 0 || decimals > 6)
    throw error(errc::out_of_range, "decimals " + std::to_string(decimals) + " is outside 0..6");
  if (assessed() == 0) return std::nullopt;
  return percent_text(on_time, assessed(), decimals);
}

std::vector<time::period> loop_schedule::whole_periods(date_range window, time::period_kind k) const {
  // The calendar throws for a period reaching beyond the supported dates; only the
  // first and last period of a window can, and the day a representable period starts
  // (or ends) is found by bisection, as the calendar offers no non-throwing test.
  const auto representable = [&](date d) {
    try {
      (void)calendar_.period_containing(d, k);
      return true;
    } catch (const error&) {
      return false;
    }
  };
  if (!representable(window.first)) {
    std::int32_t bad = window.first.serial();
    std::int32_t good = std::min(window.last.serial(), bad + longest_period_days);
    if (!representable(date::from_serial(good))) return {};
    while (good - bad > 1) {
      const std::int32_t mid = bad + (good - bad) / 2;
      (representable(date::from_serial(mid)) ? good : bad) = mid;
    }
    window.first = date::from_serial(good);
  }
  if (!representable(window.last)) {
    std::int32_t bad = window.last.serial();
    std::int32_t good = std::max(window.first.serial(), bad - longest_period_days);
    if (!representable(date::from_serial(good))) return {};
    while (bad - good > 1) {
      const std::int32_t mid = good + (bad - good) / 2;
      (representable(date::from_serial(mid)) ? good : bad) = mid;
    }
    window.last = date::from_serial(good);
  }
  return calendar_.periods(window, k);
}

std::vector<obligation> loop_schedule::due_in(const date_range& range) const {
  require_ordered(range);
  // Any period whose due date can fall in range has its anchor day within
  // max_due_offset_days of range, so it overlaps this window.
  const std::int64_t margin = std::int64_t{max_due_offset_days} + longest_period_days;
  const date_range window{clamped_shift(range.first, -margin), clamped_shift(range.last, margin)};

  std::vector<keyed> found;
  const auto collect = [&](item_kind kind, std::size_t index, const std::string& id, cadence every,
                           const due_rule& rule, auto&& fill) {
    if (every == cadence::per_campaign) {
      for (std::size_t c = 0; c < campaigns_.size(); ++c) {
        const std::optional<date> due = due_date(campaigns_[c].dates, rule);
        if (!due || !range.contains(*due)) continue;
        obligation o{kind, id, campaigns_[c].id, campaigns_[c].dates, *due, {}, {}, {}};
        fill(o);
        found.push_back({std::move(o), index, c});
      }
      return;
    }
    for (time::period& p : whole_periods(window, *period_kind_of(every))) {
      const std::optional<date> due = due_date(p.full, rule);
      if (!due || !range.contains(*due)) continue;
      obligation o{kind, id, std::move(p.label), p.full, *due, {}, {}, {}};
      fill(o);
      found.push_back({std::move(o), index, 0});
    }
  };
  for (std::size_t i = 0; i < flows_.size(); ++i) {
    const flow& f = flows_[i];
    collect(item_kind::flow, i, f.id, f.every, f.due, [&](obligation& o) {
      o.responsible_ids = {f.sender_id};
      o.recipient_ids = {f.receiver_id};
      o.direction = f.direction;
    });
  }
  for (std::size_t i = 0; i < duty_schedules_.size(); ++i) {
    const duty_schedule& d = duty_schedules_[i];
    const std::vector<std::string> owners = org_.owners_of(d.duty_id);
    collect(item_kind::duty, i, d.duty_id, d.every, d.due, [&](obligation& o) { o.responsible_ids = owners; });
  }
  std::sort(found.begin(), found.end(), before);
  std::vector<obligation> out;
  out.reserve(found.size());
  for (keyed& k : found) out.push_back(std::move(k.what));
  return out;
}

std::vector<obligation_state> loop_schedule::status(const date_range& range, date as_of) const {
  std::vector<obligation> due = due_in(range);
  // Deliveries seen on as_of; (item, occurrence) is unique among deliveries.
  std::map<std::pair<std::string_view, std::string_view>, const delivery*> seen;
  for (const delivery& d : deliveries_)
    if (d.delivered_on <= as_of)
      seen.emplace(std::pair<std::string_view, std::string_view>(d.item_id, d.occurrence), &d);

  std::vector<obligation_state> out;
  out.reserve(due.size());
  for (obligation& o : due) {
    obligation_state s{std::move(o), obligation_status::pending, std::nullopt, 0};
    const auto it = seen.find({s.what.item_id, s.what.occurrence});
    if (it != seen.end()) {
      const delivery& d = *it->second;
      s.delivered = d;
      s.status = d.delivered_on <= s.what.due ? obligation_status::on_time : obligation_status::late;
      if (s.status == obligation_status::late) s.days_late = time::days_between(s.what.due, d.delivered_on);
    } else if (as_of > s.what.due) {
      s.status = obligation_status::missing;
      s.days_late = time::days_between(s.what.due, as_of);
    }
    out.push_back(std::move(s));
  }
  return out;
}

loop_health loop_schedule::health(const date_range& range, date as_of) const {
  loop_health h{range, {}, {flow_direction::marketing_to_sales}, {flow_direction::sales_to_marketing}};
  for (const obligation_state& s : status(range, as_of)) {
    if (s.what.kind != item_kind::flow) continue;
    direction_health& d =
        s.what.direction == flow_direction::marketing_to_sales ? h.marketing_to_sales : h.sales_to_marketing;
    ++d.due;
    switch (s.status) {
      case obligation_status::on_time:
        ++d.on_time;
        break;
      case obligation_status::late:
        ++d.late;
        break;
      case obligation_status::missing:
        ++d.missing;
        break;
      case obligation_status::pending:
        ++d.pending;
        break;
    }
  }
  return h;
}

std::vector<loop_health> loop_schedule::health_by_period(const date_range& range, time::period_kind k,
                                                         date as_of) const {
  require_ordered(range);
  std::vector<loop_health> out;
  // Periods reaching beyond the supported dates are left out, as in due_in.
  for (time::period& p : whole_periods(range, k)) {
    loop_health h = health(p.full, as_of);
    h.label = std::move(p.label);
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace tandem::org
