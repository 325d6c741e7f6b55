// The table form of `tandem org check`.
#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "display_width.hpp"
#include "org_check_report.hpp"

namespace tandem::cli {

namespace {

using org::lang;

std::string_view word(lang l, std::string_view zh, std::string_view en) { return l == lang::zh ? zh : en; }


// Rows of cells, each column padded to its widest cell; numbers right-aligned. The
// last column is not padded (no trailing blanks).
class table {
 public:
  explicit table(std::vector<bool> right_aligned) : right_(std::move(right_aligned)) {}
  void add(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }

  void print(std::string& out, std::string_view indent) const {
    std::vector<std::size_t> widths(right_.size(), 0);
    for (const auto& row : rows_) {
      for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
    }
    for (const auto& row : rows_) {
      std::string line(indent);
      for (std::size_t c = 0; c < row.size(); ++c) {
        const std::size_t pad = widths[c] - display_width(row[c]);
        const bool last = c + 1 == row.size();
        if (right_[c]) {
          line.append(pad, ' ');
          line += row[c];
        } else {
          line += row[c];
          if (!last) line.append(pad, ' ');
        }
        if (!last) line += "  ";
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line;
      out += '\n';
    }
  }

 private:
  std::vector<bool> right_;
  std::vector<std::vector<std::string>> rows_;
};

std::string joined(const std::vector<std::string>& ids) {
  return ids.empty() ? std::string("-") : fmt::format("{}", fmt::join(ids, ", "));
}

void heading(std::string& out, std::string_view title) {
  if (!out.empty()) out += '\n';
  out += title;
  out += '\n';
}

void none(std::string& out, lang l) { out += fmt::format("  {}\n", word(l, "(无)", "(none)")); }

// A reason or a change: "id  text", then its ids below the text.
void reasons(std::string& out, const std::vector<org::org_model_reason>& list, lang l) {
  if (list.empty()) return none(out, l);
  table t({false, false});
  for (const org::org_model_reason& r : list) {
    t.add({r.id, r.text(l)});
    if (!r.ids.empty()) t.add({"", fmt::format("{}: {}", word(l, "涉及", "ids"), joined(r.ids))});
  }
  t.print(out, "  ");
}

std::string percent(const org::direction_health& h) {
  const std::optional<std::string> p = h.on_time_percent(1);
  return p ? *p + "%" : std::string("-");
}

}  // namespace

std::string render_org_check_table(const org_check_report& r) {
  const lang l = r.language;
  std::string out;

  heading(out, word(l, "组织模式", "Organisation model"));
  out += fmt::format("  {}  {}\n", r.classification.model->number, r.classification.model->text(l));

  heading(out, word(l, "判定依据", "Reasons"));
  reasons(out, r.classification.reasons, l);

  heading(out, word(l, "向模式4的调整", "Changes towards model 4"));
  reasons(out, r.changes, l);

  heading(out, word(l, "无人负责的职责", "Unowned duties"));
  if (r.unowned.empty()) {
    none(out, l);
  } else {
    table t({false, false});
    for (const org::duty& d : r.unowned) t.add({d.id, d.name(l)});
    t.print(out, "  ");
  }

  heading(out, word(l, "多方负责的职责", "Duties owned more than once"));
  if (r.shared.empty()) {
    none(out, l);
  } else {
    table t({false, false});
    for (const shared_duty& d : r.shared) {
      t.add({d.what.id, d.what.name(l)});
      t.add({"", fmt::format("{}: {}", word(l, "负责方", "owners"), joined(d.owner_ids))});
    }
    t.print(out, "  ");
  }

  const std::string range = r.period.full.to_string();
  heading(out, fmt::format("{} {} ({}), {} {}", word(l, "到期事项", "Due in"), r.period.label, range,
                           word(l, "截至", "as of"), r.as_of.to_string()));
  if (r.due.empty()) {
    none(out, l);
  } else {
    table t({false, false, false, false, false, false, true, false});
    t.add({std::string(word(l, "到期日", "due")), std::string(word(l, "事项", "item")),
           std::string(word(l, "期次", "occurrence")), std::string(word(l, "负责方", "responsible")),
           std::string(word(l, "接收方", "recipient")), std::string(word(l, "状态", "status")),
           std::string(word(l, "逾期天数", "days late")), std::string(word(l, "名称", "name"))});
    for (const due_row& row : r.due) {
      const org::obligation& o = row.state.what;
      t.add({o.due.to_string(), o.item_id, o.occurrence, joined(o.responsible_ids), joined(o.recipient_ids),
             std::string(status_label(row.state.status, l)), std::to_string(row.state.days_late), row.item_name});
    }
    t.print(out, "  ");
  }

  heading(out, fmt::format("{} {}, {} {}", word(l, "闭环健康度", "Loop health"), r.period.label,
                           word(l, "截至", "as of"), r.as_of.to_string()));
  table t({false, true, true, true, true, true, true});
  t.add({std::string(word(l, "方向", "direction")), std::string(word(l, "到期", "due")),
         std::string(word(l, "按时", "on time")), std::string(word(l, "逾期", "late")),
         std::string(word(l, "缺失", "missing")), std::string(word(l, "待交", "pending")),
         std::string(word(l, "按时率", "on time %"))});
  for (const org::direction_health* h : {&r.health.marketing_to_sales, &r.health.sales_to_marketing}) {
    const std::string direction = h->direction == org::flow_direction::marketing_to_sales
                                      ? std::string(word(l, "市场部 -> 销售部", "marketing -> sales"))
                                      : std::string(word(l, "销售部 -> 市场部", "sales -> marketing"));
    t.add({direction, std::to_string(h->due), std::to_string(h->on_time), std::to_string(h->late),
           std::to_string(h->missing), std::to_string(h->pending), percent(*h)});
  }
  t.print(out, "  ");
  return out;
}

}  // namespace tandem::cli
