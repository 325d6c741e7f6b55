// The table form of `tandem catalog`.
#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "catalog_render.hpp"

namespace tandem::cli {

namespace {

using namespace tandem::org;

// One line of a block: an entry (id and text) at a nesting depth, or a detail of the
// entry above it (empty id), printed in the text column.
struct row {
  std::size_t depth = 0;
  std::string_view id;
  std::string text;
};

struct block {
  std::string title;
  std::vector<row> rows;
};

// A word of the table's own, in the language of the texts.
std::string_view word(lang l, std::string_view zh, std::string_view en) { return l == lang::zh ? zh : en; }

std::string joined(std::span<const std::string_view> ids, std::string_view separator) {
  return fmt::format("{}", fmt::join(ids, separator));
}

void add_detail(block& b, std::string text) { b.rows.push_back({0, {}, std::move(text)}); }

void add_reporting_lines(block& b, lang l, std::span<const std::string_view> superiors,
                         std::span<const std::string_view> subordinates) {
  // More than one superior means alternatives (营销总监或营销副总).
  if (!superiors.empty()) {
    add_detail(b, fmt::format("{}: {}", word(l, "直接上级", "reports to"), joined(superiors, word(l, " 或 ", " or "))));
  }
  if (!subordinates.empty()) {
    add_detail(b, fmt::format("{}: {}", word(l, "直接下级", "supervises"), joined(subordinates, ", ")));
  }
}

std::vector<block> org_unit_blocks(lang l) {
  block b;
  for (const org_unit& u : org_units()) {
    b.rows.push_back({0, u.id, std::string(u.text(l))});
    if (!u.parent_id.empty()) add_detail(b, fmt::format("{}: {}", word(l, "隶属于", "part of"), u.parent_id));
    add_reporting_lines(b, l, u.superior_ids, u.subordinate_ids);
  }
  return {std::move(b)};
}

std::vector<block> role_blocks(lang l) {
  block b;
  for (const role& r : roles()) {
    b.rows.push_back({0, r.id, std::string(r.text(l))});
    add_reporting_lines(b, l, r.superior_ids, r.subordinate_ids);
  }
  return {std::move(b)};
}

std::vector<block> relation_blocks(lang l) {
  block b;
  for (const relation& r : relations()) {
    b.rows.push_back({0, r.id, std::string(r.text(l))});
    add_detail(b, fmt::format("{}: {} -> {}", to_string(r.type), joined(r.from_ids, ", "), joined(r.to_ids, ", ")));
    if (!r.alternative_group.empty()) {
      add_detail(b, fmt::format("{}: {}", word(l, "择一", "alternative group"), r.alternative_group));
    }
  }
  return {std::move(b)};
}

std::vector<block> marketing_blocks(lang l) {
  block b;
  for (const marketing_area& a : marketing_areas()) {
    b.rows.push_back({0, a.id, fmt::format("{}. {}", a.number, a.text(l))});
    for (const marketing_duty& d : a.duties) {
      b.rows.push_back({1, d.id, fmt::format("{}.{} {}", a.number, d.number, d.text(l))});
    }
  }
  return {std::move(b)};
}

std::vector<block> sales_blocks(lang l) {
  block b;
  for (const sales_responsibility& s : sales_responsibilities()) b.rows.push_back({0, s.id, std::string(s.text(l))});
  return {std::move(b)};
}

std::vector<block> lifecycle_blocks(lang l) {
  block b;
  for (const lifecycle_stage_entry& s : lifecycle_stages()) {
    b.rows.push_back({0, s.id, fmt::format("{}. {}", s.order, s.text(l))});
    for (const lifecycle_activity* a : s.focus) b.rows.push_back({1, a->id, std::string(a->text(l))});
  }
  return {std::move(b)};
}

std::vector<block> flow_blocks(lang l) {
  block plans{std::string(word(l, "市场部 -> 销售部:企划", "marketing -> sales: plans")), {}};
  for (const information_flow& p : marketing_to_sales_plans()) {
    plans.rows.push_back({0, p.id, fmt::format("{}. {}", p.number, p.text(l))});
    for (const information_flow& s : marketing_to_sales_sub_items()) {
      if (s.parent_id == p.id) plans.rows.push_back({1, s.id, std::string(s.text(l))});
    }
  }
  block reports{std::string(word(l, "销售部 -> 市场部:反馈", "sales -> marketing: reports")), {}};
  for (const information_flow& r : sales_to_marketing_reports()) {
    reports.rows.push_back({0, r.id, fmt::format("{}. {}", r.number, r.text(l))});
  }
  block others{std::string(word(l, "其他信息流(参考)", "other flows (reference)")), {}};
  for (const information_flow& o : other_information_flows()) {
    others.rows.push_back({0, o.id, std::string(o.text(l))});
    add_detail(others, std::string(to_string(o.direction)));
  }
  return {std::move(plans), std::move(reports), std::move(others)};
}

std::vector<block> org_model_blocks(lang l) {
  block b;
  for (const org_model& m : org_models()) {
    b.rows.push_back({0, m.id, fmt::format("{}. {}", m.number, m.text(l))});
    add_detail(b, fmt::format("{}: {}", word(l, "结构", "structure"), to_string(m.structure)));
    if (m.recommended_for_industrial) {
      add_detail(b, std::string(word(l, "最适合工业品企业", "recommended for industrial firms")));
    }
    add_detail(b, std::string(m.description.in(l)));
  }
  return {std::move(b)};
}

std::vector<block> capability_blocks(lang l) {
  block b;
  for (const capability& c : capabilities()) b.rows.push_back({0, c.id, fmt::format("{} {}", c.symbol, c.text(l))});
  return {std::move(b)};
}

std::vector<block> comparison_blocks(lang l) {
  block b;
  for (const comparison_dimension& d : comparison_dimensions()) {
    b.rows.push_back({0, d.id, fmt::format("{}. {}", d.number, d.text(l))});
    if (!d.summary.empty()) add_detail(b, std::string(d.summary.in(l)));
    const std::string_view marketing = d.marketing.empty() ? word(l, "(原文缺)", "(not stated)") : d.marketing.in(l);
    add_detail(b, fmt::format("{}: {}", word(l, "市场部", "marketing"), marketing));
    add_detail(b, fmt::format("{}: {}", word(l, "销售部", "sales"), d.sales.in(l)));
    if (d.truncated_in_source) add_detail(b, std::string(word(l, "(原文不完整)", "(cut off in the source)")));
  }
  return {std::move(b)};
}

std::vector<block> time_blocks(lang l) {
  block periods{std::string(word(l, "计划周期", "planning periods")), {}};
  for (const planning_period& p : planning_periods()) {
    const std::string length = p.months == 0 ? std::string(word(l, "不定长", "no fixed length"))
                                             : fmt::format("{} {}", p.months, word(l, "个月", "months"));
    periods.rows.push_back({0, p.id, fmt::format("{} ({})", p.text(l), length)});
  }
  std::vector<block> out{std::move(periods)};
  const std::pair<std::span<const time_horizon>, std::string_view> sides[] = {
      {marketing_time_horizons(), word(l, "市场部的时间跨度", "marketing horizons")},
      {sales_time_horizons(), word(l, "销售部的时间跨度", "sales horizons")}};
  for (const auto& [horizons, title] : sides) {
    block b{std::string(title), {}};
    for (const time_horizon& h : horizons) {
      b.rows.push_back({0, h.id, std::string(h.text(l))});
      add_detail(b, fmt::format("{}, {}{}", h.period->id, to_string(h.role),
                                h.is_maximum ? word(l, ", 上限", ", maximum") : ""));
    }
    out.push_back(std::move(b));
  }
  return out;
}

std::vector<block> workflow_blocks(lang l) {
  block b;
  for (const workflow& w : workflows()) {
    b.rows.push_back({0, w.id, std::string(w.text(l))});
    if (w.sequence_inferred) add_detail(b, std::string(word(l, "(顺序为推断)", "(order inferred)")));
    for (const workflow_step& s : w.steps) {
      std::string text = fmt::format("{}. {}", s.order, s.text(l));
      if (s.is_input) text += word(l, " [输入]", " [input]");
      if (!s.actor_id.empty()) text += fmt::format(" ({})", s.actor_id);
      b.rows.push_back({1, s.id, std::move(text)});
    }
  }
  return {std::move(b)};
}

std::vector<block> blocks_of(section s, lang l) {
  switch (s) {
    case section::org_units: return org_unit_blocks(l);
    case section::roles: return role_blocks(l);
    case section::relations: return relation_blocks(l);
    case section::marketing_responsibilities: return marketing_blocks(l);
    case section::sales_responsibilities: return sales_blocks(l);
    case section::lifecycle: return lifecycle_blocks(l);
    case section::information_flows: return flow_blocks(l);
    case section::org_models: return org_model_blocks(l);
    case section::capabilities: return capability_blocks(l);
    case section::comparison: return comparison_blocks(l);
    case section::time_horizons: return time_blocks(l);
    case section::workflows: return workflow_blocks(l);
  }
  return {};
}

constexpr std::size_t indent_width = 2;
constexpr std::string_view gap = "  ";

void append_block(std::string& out, const block& b) {
  if (!b.title.empty()) out += fmt::format("-- {} --\n", b.title);
  std::size_t column = 0;
  for (const row& r : b.rows) {
    if (!r.id.empty()) column = std::max(column, r.depth * indent_width + r.id.size());
  }
  for (const row& r : b.rows) {
    if (r.id.empty()) {
      out += fmt::format("{:{}}{}{}\n", "", column, gap, r.text);
    } else {
      const std::size_t indent = r.depth * indent_width;
      out += fmt::format("{:{}}{:{}}{}{}\n", "", indent, r.id, column - indent, gap, r.text);
    }
  }
}

}  // namespace

std::string render_catalog_table(lang l, std::span<const section> sections) {
  std::string out;
  for (const section s : sections) {
    if (!out.empty()) out += '\n';
    out += fmt::format("== {}: {} ==\n", to_string(s), section_title(s, l));
    for (const block& b : blocks_of(s, l)) append_block(out, b);
  }
  return out;
}

}  // namespace tandem::cli
