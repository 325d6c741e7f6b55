// Loading a plan document (docs/plan-format.md). Values that others depend on (the
// scales, the measures targeted, the calendar and year, the ids of units and product
// lines) are looked at first, quietly; then every member is read in the file's order,
// reporting each problem at its path. Every problem is kept, so one run tells the
// author everything; nothing is returned unless there are none. Whether the numbers
// add up is plan::build's business, not the document's.
#include "tandem/plan/plan_document.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "plan/plan_document_json.hpp"
#include "tandem/core/error.hpp"
#include "tandem/org/organisation.hpp"
#include "tandem/time/period.hpp"

namespace tandem::plan {

namespace {

using namespace document_detail;

constexpr int max_measure_scale = 6;

// ---- what the rest of the document depends on ----

// Read before the document proper, with problems muted (each is reported again, at
// its place in the file, by the main pass). A value that is wrong is unknown here,
// and the checks that need it are skipped rather than reported twice.
struct context {
  std::optional<int> scales[measure_count] = {2, 0};
  std::optional<per_measure<bool>> targets;  // unknown until "measures" is read well
  std::optional<time::fiscal_calendar> calendar = time::fiscal_calendar::gregorian();
  std::optional<std::vector<std::string>> months;  // the fiscal year's month labels
  std::set<std::string, std::less<>> unit_ids;
  std::set<std::string, std::less<>> parents;  // units that some unit names as its parent
  std::set<std::string, std::less<>> roots;    // units without a parent
  std::set<std::string, std::less<>> product_ids;

  [[nodiscard]] std::optional<int> scale(measure m) const { return scales[static_cast<std::size_t>(m)]; }
  [[nodiscard]] std::size_t month_count() const { return months ? months->size() : 12; }
};

std::optional<per_measure<bool>> read_measures(const json& v, const std::string& path, problems& p) {
  if (!v.is_array()) {
    p.add(path, "expected an array of measures (" + spellings(measures) + "), got " + found(v));
    return std::nullopt;
  }
  const std::size_t before = p.count();
  per_measure<bool> targets{{false, false}};
  for (std::size_t i = 0; i < v.size(); ++i) {
    const std::optional<measure> m = read_enum(v[i], element(path, i), p, measures);
    if (!m) continue;
    if (targets[*m]) {
      p.add(element(path, i), "measure " + std::string(to_string(*m)) + " is listed twice");
    }
    targets[*m] = true;
  }
  if (v.empty()) p.add(path, "at least one measure must be targeted (" + spellings(measures) + ")");
  if (p.count() != before) return std::nullopt;
  return targets;
}

std::optional<std::vector<std::string>> month_labels(const time::fiscal_calendar& c, std::int64_t year,
                                                     const std::string& path, problems& p) {
  try {
    std::vector<std::string> labels;
    for (const time::period& month : c.periods(c.fiscal_year(static_cast<int>(year)), time::period_kind::month)) {
      labels.push_back(month.label);
    }
    return labels;
  } catch (const error& e) {
    p.add(path, e.what());
    return std::nullopt;
  }
}

context look_ahead(const json& doc, std::string_view source) {
  problems quiet(source, true);
  context c;
  if (!doc.is_object()) return c;
  const auto scale = [&](const char* key, std::size_t m) {
    if (doc.contains(key)) {
      const auto v = read_integer(doc[key], "", quiet, 0, max_measure_scale);
      c.scales[m] = v ? std::optional<int>(static_cast<int>(*v)) : std::nullopt;
    }
  };
  scale("currency_scale", 0);
  scale("quantity_scale", 1);
  if (doc.contains("measures")) c.targets = read_measures(doc["measures"], "", quiet);
  if (doc.contains("calendar")) c.calendar = read_calendar(doc["calendar"], "", quiet);
  if (c.calendar && doc.contains("fiscal_year")) {
    if (const auto year = read_integer(doc["fiscal_year"], "", quiet, 1, 9999)) {
      c.months = month_labels(*c.calendar, *year, "", quiet);
    }
  }
  const auto ids = [&](const char* key, std::set<std::string, std::less<>>& out, bool parents) {
    if (!doc.contains(key) || !doc[key].is_array()) return;
    for (const json& x : doc[key]) {
      if (!x.is_object()) continue;
      if (parents && x.contains("parent") && x["parent"].is_string()) c.parents.insert(x["parent"].get<std::string>());
      if (!x.contains("id") || !x["id"].is_string()) continue;
      out.insert(x["id"].get<std::string>());
      if (parents && !x.contains("parent")) c.roots.insert(x["id"].get<std::string>());
    }
  };
  ids("units", c.unit_ids, true);
  ids("products", c.product_ids, false);
  return c;
}

// ---- small readers ----

// An id of the plan, a unit or a product line: the organisation's rule for ids.
std::optional<std::string> read_id(const json& v, const std::string& path, problems& p) {
  std::optional<std::string> id = read_string(v, path, p);
  if (id && !org::is_well_formed_org_id(*id)) {
    p.add(path, "malformed id " + json_quoted(*id) + ": must match [a-z][a-z0-9_]* and have at most " +
                    std::to_string(org::max_org_id_length) + " characters");
    return std::nullopt;
  }
  return id;
}

// A reference to a unit or product line: an id, "" refused (leave the key out instead
// where leaving it out means something).
std::optional<std::string> read_reference(const json& v, const std::string& path, problems& p) {
  std::optional<std::string> id = read_string(v, path, p);
  if (id && id->empty()) {
    p.add(path, "expected an id, got \"\"");
    return std::nullopt;
  }
  return id;
}

std::optional<alloc::method> read_method(const json& v, const std::string& path, problems& p) {
  alloc::method m{};
  if (v.is_string() && alloc::parse_method(v.get_ref<const std::string&>(), m)) return m;
  std::string names;
  for (const alloc::method x : alloc::all_methods()) names += (names.empty() ? "" : ", ") + std::string(to_string(x));
  p.add(path, "expected a method (" + names + ", or an alias such as dhondt), got " + found(v));
  return std::nullopt;
}

std::string not_targeted(measure m) {
  return "measure " + std::string(to_string(m)) + " is not targeted (it is not in $.measures)";
}

// A measure named as a key: known, and targeted when the targets are known.
std::optional<measure> targeted_key(const std::string& key, const std::string& path, const context& c, problems& p) {
  const std::optional<measure> m = exact_value(key, measures);
  if (!m) {
    p.add(path, "unknown measure; the measures are " + spellings(measures));
    return std::nullopt;
  }
  if (c.targets && !(*c.targets)[*m]) {
    p.add(path, not_targeted(*m));
    return std::nullopt;
  }
  return m;
}

// Each member of an object keyed by measure, in file order; `read` gets the measure,
// the value and its path. Unknown and untargeted measures are reported; with
// `only_targeted` false every measure is allowed (a rule's quantum).
template <class F>
void for_each_measure(const json& v, const std::string& path, const context& c, problems& p, std::string_view what,
                      bool only_targeted, F&& read) {
  if (!v.is_object()) {
    p.add(path, "expected " + std::string(what) + " (an object keyed by measure), got " + found(v));
    return;
  }
  for (const auto& [key, value] : v.items()) {
    const std::string at = member(path, key);
    std::optional<measure> m;
    if (only_targeted) {
      m = targeted_key(key, at, c, p);
    } else if (!(m = exact_value(key, measures))) {
      p.add(at, "unknown measure; the measures are " + spellings(measures));
    }
    if (m) read(*m, value, at);
  }
}

// min <= fixed <= max where they are given.
bool check_bound_order(const bounds& b, const std::string& path, int scale, problems& p) {
  const auto text = [scale](std::int64_t v) { return "\"" + format_units(v, scale) + "\""; };
  const std::size_t before = p.count();
  if (b.min != alloc::unset && b.max != alloc::unset && b.min > b.max) {
    p.add(path, "min " + text(b.min) + " is above max " + text(b.max));
  }
  if (b.fixed != alloc::unset && b.min != alloc::unset && b.fixed < b.min) {
    p.add(path, "fixed " + text(b.fixed) + " is below min " + text(b.min));
  }
  if (b.fixed != alloc::unset && b.max != alloc::unset && b.fixed > b.max) {
    p.add(path, "fixed " + text(b.fixed) + " is above max " + text(b.max));
  }
  return p.count() == before;
}

// min, max and fixed of one measure, at the measure's scale; none below zero.
std::optional<bounds> read_bound_values(const json& v, const std::string& path, std::optional<int> scale,
                                        problems& p) {
  bounds b;
  const std::size_t before = p.count();
  const auto value = [&p, scale](std::int64_t& out) {
    return [&p, scale, target = &out](const json& x, const std::string& at) {
      if (!scale) return;  // the scale's own problem is reported
      if (const auto u = read_units(x, at, p, *scale)) *target = *u;
    };
  };
  const std::vector<field> fields{{"min", value(b.min)}, {"max", value(b.max)}, {"fixed", value(b.fixed)}};
  if (!read_object(v, path, p, "bounds", {}, fields) || p.count() != before) {
    return std::nullopt;
  }
  if (scale && !check_bound_order(b, path, *scale, p)) return std::nullopt;
  return b;
}

std::optional<per_measure<bounds>> read_bounds(const json& v, const std::string& path, const context& c,
                                               problems& p) {
  per_measure<bounds> out{};
  const std::size_t before = p.count();
  for_each_measure(v, path, c, p, "bounds", true, [&](measure m, const json& x, const std::string& at) {
    if (const auto b = read_bound_values(x, at, c.scale(m), p)) out[m] = *b;
  });
  if (p.count() != before) return std::nullopt;
  return out;
}

std::optional<level_rule> read_rule(const json& v, const std::string& path, const context& c, problems& p,
                                    bool is_level) {
  level_rule rule;
  const std::size_t before = p.count();
  read_object(v, path, p, "a rule", {},
              {{"split",
                [&](const json& x, const std::string& at) {
                  if (const auto m = read_method(x, at, p)) rule.split = *m;
                }},
               {"cells",
                [&](const json& x, const std::string& at) {
                  const auto m = read_method(x, at, p);
                  if (!m) return;
                  // The children x product lines matrix is biproportional (levels only).
                  if (is_level && (!alloc::is_divisor_method(*m) || *m == alloc::method::huntington_hill)) {
                    p.add(at, "cells need a divisor method other than huntington-hill, got " + found(x));
                    return;
                  }
                  rule.cells = *m;
                }},
               {"quantum", [&](const json& x, const std::string& at) {
                  const auto quantum = [&](measure m, const json& q, const std::string& qa) {
                    if (!c.scale(m)) return;
                    if (const auto u = read_units(q, qa, p, *c.scale(m), true)) rule.quantum[m] = *u;
                  };
                  for_each_measure(x, at, c, p, "a quantum", false, quantum);
                }}});
  if (p.count() != before) return std::nullopt;
  return rule;
}

// "fixed" means the targets are the locks: one per targeted measure.
void check_fixed_basis(share_basis basis, const per_measure<bounds>& limits, const std::string& path,
                       const context& c, problems& p) {
  if (basis != share_basis::fixed || !c.targets) return;
  for (const measure m : measures) {
    if ((*c.targets)[m] && limits[m].fixed == alloc::unset) {
      p.add(path, "basis \"fixed\" needs bounds." + std::string(to_string(m)) + ".fixed");
    }
  }
}

// ---- the sections ----

struct unit_entry {
  std::string id;
  std::string parent;
  std::string path;         // the unit's
  std::string parent_path;  // its "parent" member's
};

// One root and no cycle (an unknown parent is reported where it is read), each fault
// reported once, at the unit at fault (a cycle: at its first unit in the file).
// Linear: each unit is walked once (marked on the walk, then cleared).
void check_tree(const std::vector<unit_entry>& units, const std::string& path, problems& p) {
  std::map<std::string_view, std::size_t> index;
  for (std::size_t i = 0; i < units.size(); ++i) index.emplace(units[i].id, i);
  const auto parent_of = [&](std::size_t i) -> std::optional<std::size_t> {
    const auto it = units[i].parent.empty() ? index.end() : index.find(units[i].parent);
    if (it == index.end()) return std::nullopt;
    return it->second;
  };
  std::optional<std::size_t> root;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const unit_entry& u = units[i];
    if (u.parent.empty()) {
      if (root) {
        p.add(u.path, "unit '" + u.id + "' has no parent, but '" + units[*root].id +
                          "' is the root already (" + units[*root].path + "): there is one root");
      } else {
        root = i;
      }
    }
  }
  enum class mark : std::uint8_t { unvisited, on_walk, cleared };
  std::vector<mark> marks(units.size(), mark::unvisited);
  std::vector<std::size_t> walk;
  bool cycle = false;
  for (std::size_t start = 0; start < units.size(); ++start) {
    walk.clear();
    std::optional<std::size_t> at = start;
    while (at && marks[*at] == mark::unvisited) {
      marks[*at] = mark::on_walk;
      walk.push_back(*at);
      at = parent_of(*at);
    }
    if (at && marks[*at] == mark::on_walk) {
      const auto loop_start = std::find(walk.begin(), walk.end(), *at);
      const std::size_t first = *std::min_element(loop_start, walk.end());
      std::string text = "parent cycle: " + units[first].id;
      std::size_t k = first;
      do {
        k = *parent_of(k);
        text += " -> " + units[k].id;
      } while (k != first);
      p.add(units[first].parent_path, text);
      cycle = true;
    }
    for (const std::size_t i : walk) marks[i] = mark::cleared;
  }
  if (!units.empty() && !root && !cycle) p.add(path, "no unit is the root: exactly one unit has no parent");
}

std::vector<sales_unit> read_sales_units(const json& v, const std::string& path, const context& c, problems& p) {
  std::vector<sales_unit> out;
  if (!v.is_array()) {
    p.add(path, "expected an array of units, got " + found(v));
    return out;
  }
  if (v.empty()) p.add(path, "a plan needs at least one unit (the root)");
  std::map<std::string, std::string, std::less<>> seen;  // id -> path of its first unit
  std::vector<unit_entry> tree;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const std::string at = element(path, i);
    sales_unit u;
    std::string parent_path = member(at, "parent");
    bool id_ok = false;
    bool parent_bad = false;
    read_object(v[i], at, p, "a unit", {"id"},
                {{"id",
                  [&](const json& x, const std::string& a) {
                    const auto id = read_id(x, a, p);
                    if (!id) return;
                    if (const auto it = seen.find(*id); it != seen.end()) {
                      p.add(a, "duplicate unit id '" + *id + "' (first at " + it->second + ")");
                      return;
                    }
                    seen.emplace(*id, at);
                    u.id = *id;
                    id_ok = true;
                  }},
                 {"zh", [&](const json& x, const std::string& a) { u.zh = read_string(x, a, p).value_or(""); }},
                 {"en", [&](const json& x, const std::string& a) { u.en = read_string(x, a, p).value_or(""); }},
                 {"kind",
                  [&](const json& x, const std::string& a) {
                    if (const auto k = read_enum(x, a, p, unit_kinds)) u.kind = *k;
                  }},
                 {"parent",
                  [&](const json& x, const std::string& a) {
                    const auto r = read_reference(x, a, p);
                    if (!r) {
                      parent_bad = true;  // reported; not a second root
                      return;
                    }
                    u.parent = *r;
                    if (!c.unit_ids.contains(*r)) p.add(a, "unknown parent unit '" + *r + "'");
                  }},
                 {"basis",
                  [&](const json& x, const std::string& a) {
                    if (const auto b = read_enum(x, a, p, share_bases)) u.basis = *b;
                  }},
                 {"weight",
                  [&](const json& x, const std::string& a) {
                    if (const auto w = read_decimal(x, a, p)) u.weight = *w;
                  }},
                 {"bounds", [&](const json& x, const std::string& a) {
                    if (const auto b = read_bounds(x, a, c, p)) u.limits = *b;
                  }}});
    if (v[i].is_object() && !v[i].contains("parent")) {
      if (u.basis == share_basis::fixed || !u.limits[measure::amount].empty() || !u.limits[measure::quantity].empty()) {
        p.add(at, "unit '" + u.id + "' is the root: its target is the annual target, so it takes no bounds and no "
                  "basis \"fixed\"");
      }
    } else {
      check_fixed_basis(u.basis, u.limits, at, c, p);
    }
    if (id_ok && !parent_bad) tree.push_back({u.id, u.parent, at, parent_path});
    out.push_back(std::move(u));
  }
  // Right after the units, so problems come in file order.
  check_tree(tree, path, p);
  return out;
}

std::optional<std::vector<amount>> read_key(const json& v, const std::string& path, const context& c, problems& p) {
  if (!v.is_array()) {
    p.add(path, "expected an array of " + std::to_string(c.month_count()) + " decimal strings, got " + found(v));
    return std::nullopt;
  }
  const std::size_t before = p.count();
  std::vector<amount> key;
  bool any = false;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (const auto w = read_decimal(v[i], element(path, i), p)) {
      any = any || w->units() != 0;
      key.push_back(*w);
    }
  }
  if (v.size() != c.month_count()) {
    p.add(path, "expected one weight per month of the fiscal year (" + std::to_string(c.month_count()) + "), got " +
                    std::to_string(v.size()));
  } else if (p.count() == before && !any) {
    p.add(path, "every weight of the key is zero");
  }
  if (p.count() != before) return std::nullopt;
  return key;
}

std::vector<product_line> read_products(const json& v, const std::string& path, const context& c, problems& p) {
  std::vector<product_line> out;
  if (!v.is_array()) {
    p.add(path, "expected an array of product lines, got " + found(v));
    return out;
  }
  if (v.empty()) p.add(path, "a plan needs at least one product line");
  std::map<std::string, std::string, std::less<>> seen;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const std::string at = element(path, i);
    product_line l;
    std::optional<std::string> key_path;
    bool seasonality_ok = true;
    read_object(v[i], at, p, "a product line", {"id"},
                {{"id",
                  [&](const json& x, const std::string& a) {
                    const auto id = read_id(x, a, p);
                    if (!id) return;
                    if (const auto it = seen.find(*id); it != seen.end()) {
                      p.add(a, "duplicate product line id '" + *id + "' (first at " + it->second + ")");
                      return;
                    }
                    seen.emplace(*id, at);
                    l.id = *id;
                  }},
                 {"zh", [&](const json& x, const std::string& a) { l.zh = read_string(x, a, p).value_or(""); }},
                 {"en", [&](const json& x, const std::string& a) { l.en = read_string(x, a, p).value_or(""); }},
                 {"stage",
                  [&](const json& x, const std::string& a) {
                    if (const auto s = read_enum(x, a, p, lifecycle_stages)) l.stage = *s;
                  }},
                 {"basis",
                  [&](const json& x, const std::string& a) {
                    if (const auto b = read_enum(x, a, p, share_bases)) l.basis = *b;
                  }},
                 {"weight",
                  [&](const json& x, const std::string& a) {
                    if (const auto w = read_decimal(x, a, p)) l.weight = *w;
                  }},
                 {"bounds",
                  [&](const json& x, const std::string& a) {
                    if (const auto b = read_bounds(x, a, c, p)) l.limits = *b;
                  }},
                 {"seasonality",
                  [&](const json& x, const std::string& a) {
                    const auto s = read_enum(x, a, p, seasonality_bases);
                    if (s) l.seasonality = *s;
                    seasonality_ok = s.has_value();
                  }},
                 {"key", [&](const json& x, const std::string& a) {
                    key_path = a;
                    if (const auto k = read_key(x, a, c, p)) l.key = *k;
                  }}});
    check_fixed_basis(l.basis, l.limits, at, c, p);
    if (v[i].is_object() && seasonality_ok) {
      const bool keyed = l.seasonality == seasonality_basis::key;
      if (keyed && !key_path) p.add(at, "seasonality \"key\" needs a \"key\": one weight per month");
      if (!keyed && key_path) {
        p.add(*key_path, "a key is only for seasonality \"key\" (this line's seasonality is " +
                             std::string(to_string(l.seasonality)) + ")");
      }
    }
    out.push_back(std::move(l));
  }
  return out;
}

std::vector<mix_entry> read_mix(const json& v, const std::string& path, const context& c, problems& p) {
  std::vector<mix_entry> out;
  if (!v.is_array()) {
    p.add(path, "expected an array of mix entries, got " + found(v));
    return out;
  }
  std::map<std::pair<std::string, std::string>, std::string> seen;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const std::string at = element(path, i);
    mix_entry e;
    bool unit_ok = false;
    bool product_ok = false;
    read_object(v[i], at, p, "a mix entry", {"unit", "product", "weight"},
                {{"unit",
                  [&](const json& x, const std::string& a) {
                    const auto r = read_reference(x, a, p);
                    if (!r) return;
                    if (!c.unit_ids.contains(*r)) {
                      p.add(a, "unknown unit '" + *r + "'");
                    } else if (c.roots.contains(*r)) {
                      p.add(a, "unit '" + *r + "' is the root: its mix is the product lines' split (give the product "
                               "lines weights)");
                    } else {
                      e.unit = *r;
                      unit_ok = true;
                    }
                  }},
                 {"product",
                  [&](const json& x, const std::string& a) {
                    const auto r = read_reference(x, a, p);
                    if (r && !c.product_ids.contains(*r)) p.add(a, "unknown product line '" + *r + "'");
                    if (r && c.product_ids.contains(*r)) {
                      e.product = *r;
                      product_ok = true;
                    }
                  }},
                 {"weight", [&](const json& x, const std::string& a) {
                    if (const auto w = read_decimal(x, a, p)) e.weight = *w;
                  }}});
    if (unit_ok && product_ok) {
      const auto [it, added] = seen.emplace(std::pair(e.unit, e.product), at);
      if (!added) {
        p.add(at, "unit '" + e.unit + "' and product line '" + e.product + "' are in the mix already (" + it->second +
                      ")");
      }
    }
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<period_bounds> read_period_bounds(const json& v, const std::string& path, const context& c, problems& p) {
  std::vector<period_bounds> out;
  if (!v.is_array()) {
    p.add(path, "expected an array of period bounds, got " + found(v));
    return out;
  }
  std::map<std::tuple<std::string, std::string, std::string, measure>, std::string> seen;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const std::string at = element(path, i);
    period_bounds b;
    bool complete = true;
    std::optional<measure> m;
    // The values' scale depends on "measure", which may come after them in the file.
    std::vector<std::pair<const json*, std::string>> values[3];
    const auto keep = [&](int which) {
      return [&, which](const json& x, const std::string& a) { values[which].emplace_back(&x, a); };
    };
    read_object(v[i], at, p, "a period bound", {"unit", "product", "period", "measure"},
                {{"unit",
                  [&](const json& x, const std::string& a) {
                    const auto r = read_reference(x, a, p);
                    if (!r) {
                      complete = false;
                    } else if (!c.unit_ids.contains(*r)) {
                      p.add(a, "unknown unit '" + *r + "'");
                      complete = false;
                    } else if (c.parents.contains(*r)) {
                      p.add(a, "unit '" + *r + "' is not a leaf: period bounds are on leaf units' months");
                      complete = false;
                    } else {
                      b.unit = *r;
                    }
                  }},
                 {"product",
                  [&](const json& x, const std::string& a) {
                    const auto r = read_reference(x, a, p);
                    if (r && !c.product_ids.contains(*r)) p.add(a, "unknown product line '" + *r + "'");
                    if (r && c.product_ids.contains(*r)) {
                      b.product = *r;
                    } else {
                      complete = false;
                    }
                  }},
                 {"period",
                  [&](const json& x, const std::string& a) {
                    const auto r = read_string(x, a, p);
                    if (r && c.months && std::find(c.months->begin(), c.months->end(), *r) == c.months->end()) {
                      p.add(a, "no month " + json_quoted(*r) + " in the fiscal year; its months are " +
                                   json_quoted(c.months->front()) + " to " + json_quoted(c.months->back()));
                      complete = false;
                    } else if (r) {
                      b.period = *r;
                    } else {
                      complete = false;
                    }
                  }},
                 {"measure",
                  [&](const json& x, const std::string& a) {
                    m = read_enum(x, a, p, measures);
                    if (m && c.targets && !(*c.targets)[*m]) {
                      p.add(a, not_targeted(*m));
                      m.reset();
                    }
                    if (m) b.m = *m;
                  }},
                 {"min", keep(0)},
                 {"max", keep(1)},
                 {"fixed", keep(2)}});
    std::int64_t* const fields[3] = {&b.limits.min, &b.limits.max, &b.limits.fixed};
    for (int k = 0; k < 3; ++k) {
      for (const auto& [x, a] : values[k]) {
        if (!m || !c.scale(*m)) continue;  // reported at "measure" or its scale
        if (const auto u = read_units(*x, a, p, *c.scale(*m))) *fields[k] = *u;
      }
    }
    if (v[i].is_object() && values[0].empty() && values[1].empty() && values[2].empty()) {
      p.add(at, "a period bound needs at least one of min, max, fixed");
    } else if (m && c.scale(*m)) {
      (void)check_bound_order(b.limits, at, *c.scale(*m), p);
    }
    if (complete && m) {
      const auto [it, added] = seen.emplace(std::tuple(b.unit, b.product, b.period, *m), at);
      if (!added) p.add(at, "the same unit, product line, month and measure are bounded already (" + it->second + ")");
    }
    out.push_back(std::move(b));
  }
  return out;
}

plan_spec load(const json& doc, problems& p, const context& c) {
  check_schema_version(doc, p, plan_document_schema_version);
  plan_spec s;
  const auto scale = [&p](int& out) {
    return [&p, target = &out](const json& x, const std::string& a) {
      if (const auto v = read_integer(x, a, p, 0, max_measure_scale)) *target = static_cast<int>(*v);
    };
  };
  const bool is_object = read_object(
      doc, "$", p, "a plan document",
      {"schema_version", "fiscal_year", "measures", "annual_target", "units", "products"},
      {{"schema_version",
        [&](const json& x, const std::string& a) {
          if (!x.is_number_integer()) {
            p.add(a, "expected the integer " + std::to_string(plan_document_schema_version) + ", got " + found(x));
          }
        }},
       {"id",
        [&](const json& x, const std::string& a) {
          if (const auto id = read_id(x, a, p)) s.id = *id;
        }},
       {"calendar",
        [&](const json& x, const std::string& a) {
          if (const auto calendar = read_calendar(x, a, p)) s.calendar = *calendar;
        }},
       {"fiscal_year",
        [&](const json& x, const std::string& a) {
          const auto year = read_integer(x, a, p, 1, 9999);
          if (!year) return;
          s.fiscal_year = static_cast<int>(*year);
          // The year must exist in the calendar (wherever the calendar stands in the file).
          if (c.calendar) (void)month_labels(*c.calendar, *year, a, p);
        }},
       {"currency",
        [&](const json& x, const std::string& a) {
          const auto code = read_string(x, a, p);
          if (!code) return;
          const auto upper = [](char ch) { return ch >= 'A' && ch <= 'Z'; };
          if (code->size() != 3 || !std::all_of(code->begin(), code->end(), upper)) {
            p.add(a, "expected an ISO 4217 code of three upper-case letters such as \"CNY\", got " + found(x));
            return;
          }
          s.currency = *code;
        }},
       {"currency_scale", scale(s.currency_scale)},
       {"quantity_scale", scale(s.quantity_scale)},
       {"measures",
        [&](const json& x, const std::string& a) {
          if (const auto t = read_measures(x, a, p)) s.targets = *t;
        }},
       {"annual_target",
        [&](const json& x, const std::string& a) {
          if (x.is_object() && c.targets) {
            for (const measure m : measures) {
              if ((*c.targets)[m] && !x.contains(to_string(m))) {
                p.add(a, "missing the target of measure " + std::string(to_string(m)));
              }
            }
          }
          for_each_measure(x, a, c, p, "the annual target", true, [&](measure m, const json& t, const std::string& ta) {
            if (!c.scale(m)) return;
            if (const auto u = read_units(t, ta, p, *c.scale(m))) s.annual_target[m] = *u;
          });
        }},
       {"rules",
        [&](const json& x, const std::string& a) {
          read_object(x, a, p, "the rules", {},
                      {{"products",
                        [&](const json& r, const std::string& ra) {
                          if (const auto rule = read_rule(r, ra, c, p, false)) s.product_rule = *rule;
                        }},
                       {"levels",
                        [&](const json& r, const std::string& ra) {
                          if (!r.is_array()) {
                            p.add(ra, "expected an array of rules (one per depth of the tree), got " + found(r));
                            return;
                          }
                          for (std::size_t i = 0; i < r.size(); ++i) {
                            s.levels.push_back(read_rule(r[i], element(ra, i), c, p, true).value_or(level_rule{}));
                          }
                        }},
                       {"periods", [&](const json& r, const std::string& ra) {
                          if (const auto rule = read_rule(r, ra, c, p, false)) s.period_rule = *rule;
                        }}});
        }},
       {"units", [&](const json& x, const std::string& a) { s.units = read_sales_units(x, a, c, p); }},
       {"products", [&](const json& x, const std::string& a) { s.products = read_products(x, a, c, p); }},
       {"mix", [&](const json& x, const std::string& a) { s.mix = read_mix(x, a, c, p); }},
       {"period_bounds",
        [&](const json& x, const std::string& a) { s.period_limits = read_period_bounds(x, a, c, p); }}});
  if (!is_object || p.count() > 0) p.raise();
  return s;
}

}  // namespace

plan_spec load_plan_document(std::string_view json_text, std::string_view source_name) {
  problems p(source_name);
  const json doc = parse_checked(json_text, p);
  const context c = look_ahead(doc, source_name);
  return load(doc, p, c);
}

plan_spec load_plan_document_file(const std::filesystem::path& path) {
  return load_plan_document(read_document_file(path), path.string());
}

}  // namespace tandem::plan
