// Classifying an organisation into the seed's four models and the changes towards
// model 4 (tandem/org/org_model_classifier.hpp; rules in docs/domain.md).
#include "tandem/org/org_model_classifier.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

#include "tandem/core/error.hpp"

namespace tandem::org {

namespace {

// Duties that let marketing set what sales must achieve and how: the seed's model 4
// is "support *and management*", and these are the catalog duties that manage sales.
constexpr std::string_view management_ids[] = {
    "mkt_resp_marketing_plan_01_annual_plan_for_review",
    "mkt_resp_marketing_plan_02_stage_strategies",
    "mkt_resp_marketing_plan_03_targets_decompose_quantify",
    "mkt_resp_marketing_plan_06_evaluation_and_expense_plans",
    "mkt_resp_org_actions_01_set_and_assign_targets",
};

// Duties that feed sales with market knowledge: model 4's market research and
// information work (the whole market analysis and information management areas).
constexpr std::string_view support_ids[] = {
    "mkt_resp_market_analysis_01_trends_and_customer_relations",
    "mkt_resp_market_analysis_02_environment_and_strategy",
    "mkt_resp_market_analysis_03_survey_and_forecast",
    "mkt_resp_market_analysis_04_target_analysis",
    "mkt_resp_info_mgmt_01_related_information",
    "mkt_resp_info_mgmt_02_competitor_information",
    "mkt_resp_info_mgmt_03_early_warning",
    "mkt_resp_info_mgmt_04_market_survey_information",
};

// The id suggested for a marketing (sales) department the organisation lacks.
constexpr std::string_view new_marketing_id = "org_marketing_department";
constexpr std::string_view new_sales_id = "org_sales_department";

using ids = std::vector<std::string>;

struct bilingual_text {
  std::string zh;
  std::string en;
};

// "市场部(org_marketing_department)" / "Marketing Department (org_marketing_department)".
bilingual_text label(const organisation& org, std::string_view id) {
  std::string zh, en;
  if (const unit* u = org.find_unit(id)) {
    zh = u->zh;
    en = u->en;
  } else if (const entry* e = find_entry(id)) {
    zh = std::string(e->zh);
    en = std::string(e->en);
  }
  if (zh.empty()) return {std::string(id), std::string(id)};
  return {zh + "(" + std::string(id) + ")", en + " (" + std::string(id) + ")"};
}

std::string join(const ids& list, std::string_view sep) {
  std::string out;
  for (const std::string& s : list) out += (out.empty() ? "" : std::string(sep)) + s;
  return out;
}

org_model_reason make(std::string id, bilingual_text text, ids involved) {
  return {std::move(id), std::move(text.zh), std::move(text.en), std::move(involved)};
}

bool contains(const ids& list, std::string_view id) {
  return std::find(list.begin(), list.end(), id) != list.end();
}

ids minus(const ids& a, const ids& b) {
  ids out;
  for (const std::string& s : a)
    if (!contains(b, s)) out.push_back(s);
  return out;
}

// The organisation's structure as the rules see it.
struct layout {
  const unit* marketing = nullptr;
  const unit* sales = nullptr;
  const unit* merged = nullptr;
  ids marketing_side;      // the marketing unit's subtree, minus the sales unit's if sales is below it
  ids marketing_to_sales;  // marketing unit's chain up to and including the sales unit; empty if not under it
  ids sales_to_marketing;  // likewise for sales under marketing
};

ids chain_to(const organisation& org, const unit& from, const unit& to) {
  ids chain = org.superior_chain(from.id);
  const auto it = std::find(chain.begin(), chain.end(), to.id);
  if (it == chain.end()) return {};
  ids out{from.id};
  out.insert(out.end(), chain.begin(), it + 1);
  return out;
}

layout read_layout(const organisation& org) {
  org.validate();
  layout l;
  l.marketing = org.unit_with(unit_function::marketing);
  l.sales = org.unit_with(unit_function::sales);
  l.merged = org.unit_with(unit_function::marketing_and_sales);
  if (l.marketing != nullptr && l.sales != nullptr) {
    const ids m = org.subtree(l.marketing->id);
    const ids s = org.subtree(l.sales->id);
    l.marketing_to_sales = chain_to(org, *l.marketing, *l.sales);
    l.sales_to_marketing = chain_to(org, *l.sales, *l.marketing);
    // Whichever unit is below the other is cut out of the upper one's side.
    l.marketing_side = l.sales_to_marketing.empty() ? m : minus(m, s);
  }
  return l;
}

// Of `duties`, those some unit of `side` owns, and those none does.
std::pair<ids, ids> split_by_owner(const organisation& org, std::span<const std::string_view> duties,
                                   const ids& side) {
  std::pair<ids, ids> owned_missing;
  for (std::string_view d : duties) {
    const ids owners = org.owners_of(d);
    const bool owned =
        std::any_of(owners.begin(), owners.end(), [&](const std::string& o) { return contains(side, o); });
    (owned ? owned_missing.first : owned_missing.second).emplace_back(d);
  }
  return owned_missing;
}

// The reasons about one duty group ("management" or "support").
void duty_group_reasons(const organisation& org, std::span<const std::string_view> group, const ids& side,
                        std::string_view group_en, std::string_view group_zh,
                        std::vector<org_model_reason>& out) {
  auto [owned, missing] = split_by_owner(org, group, side);
  const std::string n = std::to_string(group.size());
  const std::string g(group_en);
  const std::string gz(group_zh);
  if (!owned.empty())
    out.push_back(make("marketing_owns_" + g + "_duties",
                       {"市场部一方承担" + n + "项" + gz + "职责中的" + std::to_string(owned.size()) +
                            "项:" + join(owned, "、"),
                        "The marketing side owns " + std::to_string(owned.size()) + " of the " + n + " " + g +
                            " duties: " + join(owned, ", ")},
                       owned));
  if (missing.empty()) return;
  if (owned.empty())
    out.push_back(
        make("marketing_owns_no_" + g + "_duty",
             {"市场部一方不承担任何" + gz + "职责(共" + n + "项):" + join(missing, "、"),
              "The marketing side owns none of the " + n + " " + g + " duties: " + join(missing, ", ")},
             missing));
  else
    out.push_back(make("marketing_lacks_" + g + "_duties",
                       {"市场部一方不承担以下" + gz + "职责:" + join(missing, "、"),
                        "The marketing side does not own these " + g + " duties: " + join(missing, ", ")},
                       missing));
}

// The catalog's model with this number (1..4): looked up, not indexed, so that the
// classifier does not depend on the catalog's order.
const org_model& model(std::uint8_t number) {
  for (const org_model& m : org_models())
    if (m.number == number) return m;
  throw error(errc::invalid_argument, "the catalog has no organisation model " + std::to_string(number));
}

std::string chain_text(const organisation& org, const ids& chain, lang l) {
  std::string out;
  for (const std::string& id : chain) {
    const bilingual_text t = label(org, id);
    out += (out.empty() ? "" : " -> ") + (l == lang::zh ? t.zh : t.en);
  }
  return out;
}

}  // namespace

std::span<const std::string_view> management_duties() noexcept { return management_ids; }
std::span<const std::string_view> support_duties() noexcept { return support_ids; }

org_model_classification classify_org_model(const organisation& org) {
  const layout l = read_layout(org);
  org_model_classification c;

  if (l.merged != nullptr) {
    const bilingual_text x = label(org, l.merged->id);
    c.model = &model(1);
    c.reasons.push_back(make(
        "marketing_and_sales_in_one_unit",
        {x.zh + "同时承担市场和销售工作,没有独立的市场部",
         x.en + " does both the marketing and the sales work; there is no separate marketing department"},
        {l.merged->id}));
    return c;
  }
  if (l.marketing == nullptr || l.sales == nullptr) {
    c.model = &model(1);
    if (l.marketing == nullptr)
      c.reasons.push_back(make("no_marketing_department",
                               {"没有被标记为市场部的单位", "No unit is marked as the marketing department"},
                               l.sales != nullptr ? ids{l.sales->id} : ids{}));
    if (l.sales == nullptr)
      c.reasons.push_back(make("no_sales_department",
                               {"没有被标记为销售部的单位", "No unit is marked as the sales department"},
                               l.marketing != nullptr ? ids{l.marketing->id} : ids{}));
    return c;
  }
  if (!l.marketing_to_sales.empty()) {
    c.model = &model(2);
    c.reasons.push_back(make("marketing_reports_to_sales",
                             {"市场部隶属于销售部:" + chain_text(org, l.marketing_to_sales, lang::zh),
                              "The marketing department reports to the sales department: " +
                                  chain_text(org, l.marketing_to_sales, lang::en)},
                             l.marketing_to_sales));
    return c;
  }

  if (!l.sales_to_marketing.empty())
    c.reasons.push_back(make("sales_reports_to_marketing",
                             {"销售部隶属于市场部:" + chain_text(org, l.sales_to_marketing, lang::zh),
                              "The sales department reports to the marketing department: " +
                                  chain_text(org, l.sales_to_marketing, lang::en)},
                             l.sales_to_marketing));
  else
    c.reasons.push_back(
        make("marketing_independent_of_sales",
             {label(org, l.marketing->id).zh + "与" + label(org, l.sales->id).zh + "是相互独立的部门",
              label(org, l.marketing->id).en + " and " + label(org, l.sales->id).en +
                  " are separate units, neither under the other"},
             {l.marketing->id, l.sales->id}));
  duty_group_reasons(org, management_ids, l.marketing_side, "management", "管理", c.reasons);
  duty_group_reasons(org, support_ids, l.marketing_side, "support", "支持", c.reasons);
  const bool all_owned = split_by_owner(org, management_ids, l.marketing_side).second.empty() &&
                         split_by_owner(org, support_ids, l.marketing_side).second.empty();
  c.model = &model(all_owned ? 4 : 3);
  return c;
}

std::vector<org_model_change> changes_towards_model_4(const organisation& org) {
  const layout l = read_layout(org);
  std::vector<org_model_change> out;
  ids marketing_side;
  std::string target;

  auto superior_text = [&](const std::string& superior, lang lg) {
    if (superior.empty())
      return std::string(lg == lang::zh ? "不设上级(与之平级)" : "no one (a top unit, as its peer)");
    const bilingual_text t = label(org, superior);
    return lg == lang::zh ? t.zh : t.en;
  };
  auto with_superior = [](std::string first, const std::string& superior) {
    ids v{std::move(first)};
    if (!superior.empty()) v.push_back(superior);
    return v;
  };

  if (l.merged != nullptr) {
    const std::string& sup = l.merged->superior_id;
    const bilingual_text x = label(org, l.merged->id);
    ids v{l.merged->id, std::string(new_marketing_id)};
    if (!sup.empty()) v.push_back(sup);
    out.push_back(
        make("split_marketing_from_sales",
             {"把市场工作从" + x.zh + "分出来,另设市场部(" + std::string(new_marketing_id) + "),上级为" +
                  superior_text(sup, lang::zh),
              "Split the marketing work out of " + x.en + " into a separate marketing department (" +
                  std::string(new_marketing_id) + ") reporting to " + superior_text(sup, lang::en)},
             std::move(v)));
    target = std::string(new_marketing_id);
  } else {
    if (l.marketing == nullptr) {
      const std::string sup = l.sales != nullptr ? l.sales->superior_id : std::string();
      out.push_back(
          make("create_marketing_department",
               {"设立市场部(" + std::string(new_marketing_id) + "),上级为" + superior_text(sup, lang::zh),
                "Set up a marketing department (" + std::string(new_marketing_id) + ") reporting to " +
                    superior_text(sup, lang::en)},
               with_superior(std::string(new_marketing_id), sup)));
      target = std::string(new_marketing_id);
    } else {
      target = l.marketing->id;
      marketing_side = l.sales != nullptr ? l.marketing_side : org.subtree(l.marketing->id);
    }
    if (l.sales == nullptr) {
      const std::string sup = l.marketing != nullptr ? l.marketing->superior_id : std::string();
      out.push_back(
          make("create_sales_department",
               {"设立销售部(" + std::string(new_sales_id) + "),上级为" + superior_text(sup, lang::zh),
                "Set up a sales department (" + std::string(new_sales_id) + ") reporting to " +
                    superior_text(sup, lang::en)},
               with_superior(std::string(new_sales_id), sup)));
    }
    if (!l.marketing_to_sales.empty()) {
      // Marketing moves up to where sales stands, so that it can manage sales.
      const std::string& from = l.marketing->superior_id;
      const std::string& to = l.sales->superior_id;
      ids v{l.marketing->id, l.sales->id, from};
      if (!to.empty()) v.push_back(to);
      out.push_back(
          make("make_marketing_a_peer_of_sales",
               {"让" + label(org, l.marketing->id).zh + "改为向" + superior_text(to, lang::zh) +
                    "汇报,不再向" + label(org, from).zh + "汇报,与" + label(org, l.sales->id).zh + "平级",
                "Make " + label(org, l.marketing->id).en + " report to " + superior_text(to, lang::en) +
                    " instead of " + label(org, from).en + ", as a peer of " + label(org, l.sales->id).en},
               std::move(v)));
    }
  }

  // The duty moves: every management and support duty the marketing side lacks.
  for (std::span<const std::string_view> group :
       {std::span<const std::string_view>(management_ids), std::span<const std::string_view>(support_ids)}) {
    for (std::string_view d : split_by_owner(org, group, marketing_side).second) {
      const std::string duty_id(d);
      const duty info = org.duty_at(duty_id);
      const bilingual_text to = label(org, target);
      const ids owners = org.owners_of(duty_id);
      if (owners.empty()) {
        out.push_back(make("assign_duty_to_marketing",
                           {"把无人承担的职责“" + info.zh + "”(" + duty_id + ")交给" + to.zh,
                            "Give the unowned duty '" + info.en + "' (" + duty_id + ") to " + to.en},
                           {duty_id, target}));
        continue;
      }
      ids v{duty_id, target};
      v.insert(v.end(), owners.begin(), owners.end());
      std::string from_zh, from_en;
      for (const std::string& o : owners) {
        from_zh += (from_zh.empty() ? "" : "、") + label(org, o).zh;
        from_en += (from_en.empty() ? "" : ", ") + label(org, o).en;
      }
      out.push_back(
          make("move_duty_to_marketing",
               {"把职责“" + info.zh + "”(" + duty_id + ")从" + from_zh + "移交给" + to.zh,
                "Move the duty '" + info.en + "' (" + duty_id + ") from " + from_en + " to " + to.en},
               std::move(v)));
    }
  }
  return out;
}

}  // namespace tandem::org
