// The table form of `tandem plan`: a title line, then one block per period group (the
// whole year first), each an aligned table of the units with their product lines
// indented beneath and, for several units, a totals row. Column widths are shared by
// every block, so the blocks line up with each other.
#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "display_width.hpp"
#include "plan_output.hpp"
#include "tandem/core/amount.hpp"
#include "tandem/core/checked.hpp"

namespace tandem::cli {

namespace {

using org::lang;

std::string_view word(lang l, std::string_view zh, std::string_view en) { return l == lang::zh ? zh : en; }

// What the blocks show besides the target: actual, variance and attainment with
// actuals; the target to date (and its attainment, with actuals) with an as-of date.
struct columns {
  bool actuals = false;
  bool to_date = false;
};

// Rows of cells; a row with no cells is a rule (dashes under every column).
struct block {
  std::string heading;
  std::vector<std::vector<std::string>> rows;
};

class renderer {
 public:
  explicit renderer(const plan_view& v)
      : v_(v), l_(v.language), scale_(measure_scale(v.p->spec(), v.m)),
        cols_{.actuals = v.actuals_source.has_value(), .to_date = v.as_of.has_value()} {}

  std::string render() {
    hide_unsold_lines();
    std::vector<block> blocks;
    if (!v_.year_rows.empty()) blocks.push_back(make_block(v_.year_rows, v_.year.label));
    for (const std::string& label : labels_in_order(v_.rows)) blocks.push_back(make_block(v_.rows, label));
    return print(blocks);
  }

 private:
  // A product line with no target and no actual in any period is one the unit does
  // not sell (its mix leaves it out): the table leaves it out too.
  void hide_unsold_lines() {
    std::set<std::pair<plan::unit_index_t, plan::product_index_t>> sold;
    for (const plan::report_row& r : v_.rows) {
      if (r.target != 0 || r.actual != 0) sold.emplace(r.unit, r.product);
    }
    for (const plan::report_row& r : v_.rows) {
      if (r.product != plan::all_products && !sold.contains({r.unit, r.product})) hidden_.emplace(r.unit, r.product);
    }
  }

  static std::vector<std::string> labels_in_order(const std::vector<plan::report_row>& rows) {
    std::vector<std::string> labels;
    for (const plan::report_row& r : rows) {
      if (std::find(labels.begin(), labels.end(), r.period) == labels.end()) labels.push_back(r.period);
    }
    return labels;
  }

  std::string heading(const std::string& label) const {
    const time::period* found = label == v_.year.label ? &v_.year : nullptr;
    for (const time::period& g : v_.groups) {
      if (g.label == label) found = &g;
    }
    if (found == nullptr) return label;
    return fmt::format("{} ({}..{})", label, found->full.first.to_string(), found->full.last.to_string());
  }

  std::string amount_cell(std::int64_t units) const { return group_digits(format_units(units, scale_)); }
  static std::string percent_cell(const plan::ratio& r) {
    const std::optional<std::string> p = percent_text(r);
    return p ? *p + "%" : std::string("-");
  }

  std::vector<std::string> header() const {
    std::vector<std::string> h{std::string(word(l_, "单位 / 产品线", "unit / product line")),
                               std::string(word(l_, "阶段", "stage")), std::string(word(l_, "目标", "target"))};
    if (cols_.actuals) {
      h.emplace_back(word(l_, "实际", "actual"));
      h.emplace_back(word(l_, "差额", "variance"));
      h.emplace_back(word(l_, "达成率", "attainment"));
    }
    if (cols_.to_date) h.emplace_back(word(l_, "截至目标", "target to date"));
    if (cols_.to_date && cols_.actuals) h.emplace_back(word(l_, "截至达成率", "attainment to date"));
    return h;
  }

  // The figures of one row, from the target on.
  std::vector<std::string> figures(std::int64_t target, std::int64_t actual, std::int64_t variance,
                                   const plan::ratio& attainment, std::optional<std::int64_t> to_date,
                                   const std::optional<plan::ratio>& attainment_to_date) const {
    std::vector<std::string> cells{amount_cell(target)};
    if (cols_.actuals) {
      cells.push_back(amount_cell(actual));
      cells.push_back(amount_cell(variance));
      cells.push_back(percent_cell(attainment));
    }
    if (cols_.to_date) cells.push_back(to_date ? amount_cell(*to_date) : std::string("-"));
    if (cols_.to_date && cols_.actuals) {
      cells.push_back(attainment_to_date ? percent_cell(*attainment_to_date) : std::string("-"));
    }
    return cells;
  }

  block make_block(const std::vector<plan::report_row>& rows, const std::string& label) const {
    block b{.heading = heading(label), .rows = {}};
    b.rows.push_back(header());
    b.rows.emplace_back();  // rule
    const plan::plan_spec& spec = v_.p->spec();
    std::int64_t target = 0, actual = 0, variance = 0, to_date = 0;
    std::size_t units = 0;
    for (const plan::report_row& r : rows) {
      if (r.period != label || hidden_.contains({r.unit, r.product})) continue;
      std::vector<std::string> cells;
      if (r.product == plan::all_products) {
        cells = {unit_name(spec.units[r.unit], l_), ""};
        ++units;
        target = checked_add(target, r.target, "the total target");
        actual = checked_add(actual, r.actual, "the total actual");
        variance = checked_add(variance, r.variance, "the total variance");
        to_date = checked_add(to_date, r.target_to_date.value_or(0), "the total target to date");
      } else {
        const plan::product_line& line = spec.products[r.product];
        cells = {"  " + product_name(line, l_), std::string(stage_name(line.stage, l_))};
      }
      std::vector<std::string> more =
          figures(r.target, r.actual, r.variance, r.attainment, r.target_to_date, r.attainment_to_date);
      cells.insert(cells.end(), more.begin(), more.end());
      b.rows.push_back(std::move(cells));
    }
    if (!v_.one_unit && units > 1) {
      b.rows.emplace_back();
      std::vector<std::string> cells{std::string(word(l_, "合计", "total")), ""};
      std::vector<std::string> more = figures(target, actual, variance, plan::ratio{actual, target}, to_date,
                                              plan::ratio{actual, to_date});
      cells.insert(cells.end(), more.begin(), more.end());
      b.rows.push_back(std::move(cells));
    }
    return b;
  }

  // Names and stages left-aligned, figures right-aligned; two spaces between columns,
  // the same widths in every block. Every line of a block's table has the same width
  // (the last column is a figure), and no line ends in a blank.
  std::string print(const std::vector<block>& blocks) const {
    std::size_t count = header().size();
    std::vector<std::size_t> widths(count, 0);
    for (const block& b : blocks) {
      for (const auto& row : b.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
      }
    }
    std::string out = title();
    for (const block& b : blocks) {
      out += '\n';
      out += b.heading;
      out += '\n';
      for (const auto& row : b.rows) {
        std::string line = "  ";
        for (std::size_t c = 0; c < count; ++c) {
          if (c > 0) line += "  ";
          if (row.empty()) {
            line.append(widths[c], '-');
            continue;
          }
          const std::size_t pad = widths[c] - display_width(row[c]);
          if (c >= 2) line.append(pad, ' ');
          line += row[c];
          if (c < 2) line.append(pad, ' ');
        }
        out += line;
        out += '\n';
      }
    }
    return out;
  }

  std::string title() const {
    const plan::plan_spec& spec = v_.p->spec();
    std::vector<std::string> parts{fmt::format("{} {}", word(l_, "计划", "Plan"), spec.id),
                                   fmt::format("{} ({}..{})", v_.year.label, v_.year.full.first.to_string(),
                                               v_.year.full.last.to_string())};
    if (v_.m == plan::measure::amount) {
      parts.push_back(fmt::format("{} {}", word(l_, "金额", "amount"), spec.currency));
    } else {
      parts.emplace_back(word(l_, "数量", "quantity"));
    }
    if (v_.as_of) parts.push_back(fmt::format("{} {}", word(l_, "截至", "as of"), v_.as_of->to_string()));
    if (!v_.actuals_source) parts.emplace_back(word(l_, "无实际数据", "no actuals"));
    return fmt::format("{}\n", fmt::join(parts, word(l_, "，", ", ")));
  }

  const plan_view& v_;
  lang l_;
  int scale_;
  columns cols_;
  std::set<std::pair<plan::unit_index_t, plan::product_index_t>> hidden_;
};

}  // namespace

std::string render_plan_table(const plan_view& view) { return renderer(view).render(); }

}  // namespace tandem::cli
