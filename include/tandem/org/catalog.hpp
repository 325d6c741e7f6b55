// tandem/org/catalog.hpp — the built-in domain catalog: departments, roles, duties,
// lifecycle stages, information flows, organisation models, as read-only data.
//
// The catalog is a bilingual (zh/en) reading of the seed document on how the marketing
// department (市场部) and the sales department (销售部) divide the work. It is compiled
// into the library (src/org/catalog_data.cpp, generated from data/domain/catalog.json),
// so every view below points into static storage: lookups never allocate, and the
// spans and string_views stay valid for the life of the program.
//
//   using namespace tandem::org;
//   for (const marketing_area& area : marketing_areas())
//     for (const marketing_duty& duty : area.duties)
//       std::cout << duty.id << "  " << duty.text(lang::zh) << '\n';
//   const role& vp = at<role>("role_marketing_vp");        // throws if unknown
//   const org_unit* unit = find<org_unit>("org_x");        // nullptr if unknown
//
// Ids are the catalog's stable snake_case ids, unique across the whole catalog. What
// is runtime data and what stays reference only (source line numbers, text
// corrections, ambiguities, inferred pairings) is documented in docs/domain.md.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace tandem::org {

/// Language of the text returned by the accessors. Numbers are pinned.
enum class lang : std::uint8_t {
  zh = 0,  ///< Chinese, the seed's own wording (corrected where the source is garbled)
  en = 1,  ///< English translation or gloss
};

/// "zh", "en".
[[nodiscard]] std::string_view to_string(lang l) noexcept;
/// Parses "zh" or "en" (any case); nullopt otherwise.
[[nodiscard]] std::optional<lang> lang_from_name(std::string_view name) noexcept;

/// What kind of thing an entry is. Numbers are pinned.
enum class entry_kind : std::uint8_t {
  org_unit = 0,
  role = 1,
  relation = 2,
  marketing_area = 3,
  marketing_duty = 4,
  sales_responsibility = 5,
  lifecycle_stage = 6,
  lifecycle_activity = 7,
  information_flow = 8,
  org_model = 9,
  capability = 10,
  comparison_dimension = 11,
  planning_period = 12,
  time_horizon = 13,
  workflow = 14,
  workflow_step = 15,
};

/// "org_unit", "role", ... (the enumerator names).
[[nodiscard]] std::string_view to_string(entry_kind k) noexcept;

/// A pair of texts, one per language (used for secondary texts such as descriptions).
/// Both are empty when the catalog has no such text.
struct bilingual {
  std::string_view zh;
  std::string_view en;

  /// The text in `l`.
  [[nodiscard]] constexpr std::string_view in(lang l) const noexcept { return l == lang::zh ? zh : en; }
  [[nodiscard]] constexpr bool empty() const noexcept { return zh.empty() && en.empty(); }
};

/// What every catalog entry has: a stable id and its text in both languages.
struct entry {
  /// Stable snake_case id, unique across the catalog, exactly as in catalog.json.
  std::string_view id;
  std::string_view zh;
  std::string_view en;
  entry_kind kind = entry_kind::org_unit;
  /// True when the entry is the cataloguer's interpretation rather than stated in the seed.
  bool inferred = false;

  /// The entry's text (name, duty, plan...) in `l`.
  [[nodiscard]] constexpr std::string_view text(lang l) const noexcept { return l == lang::zh ? zh : en; }
};

// ---------------------------------------------------------------------------------
// Departments, roles and their relations (部门、岗位及其关系)
// ---------------------------------------------------------------------------------

/// A department or the division above departments: 营销部门, 市场部, 销售部.
struct org_unit : entry {
  /// Id of the org unit containing this one ("contains" relations); empty for the top.
  std::string_view parent_id;
  /// Ids of the roles or units this one reports to ("reports_to" relations). More than
  /// one means alternatives: the marketing department reports to the marketing director
  /// or the marketing VP (营销总监或营销副总), whichever the company has.
  std::span<const std::string_view> superior_ids;
  /// Ids of the roles this unit supervises ("supervises" relations): for 市场部 the five
  /// supervisors 业务主管, 策划主管, 内勤主管, 新品开发主管, 配送主管.
  std::span<const std::string_view> subordinate_ids;
};

/// A role (岗位): a director, a supervisor, a group of staff, a reviewer.
struct role : entry {
  /// Ids of the units or roles this role reports to (empty when the seed says nothing).
  std::span<const std::string_view> superior_ids;
  /// Ids of the units or roles it supervises (empty when the seed says nothing).
  std::span<const std::string_view> subordinate_ids;
};

/// The relation types the catalog states. Numbers are pinned.
enum class relation_kind : std::uint8_t {
  contains = 0,              ///< an org unit has another under it
  includes = 1,              ///< a concept includes others
  part_of = 2,               ///< the inverse of includes
  reports_to = 3,            ///< a unit reports to a role
  supervises = 4,            ///< a unit supervises a role
  reviews = 5,               ///< a role reviews a workflow's output
  assigns_targets_to = 6,    ///< marketing assigns stage targets to sales
  co_trains_with = 7,        ///< marketing trains together with the sales manager
  plans_training_for = 8,    ///< marketing plans training for staff and channel partners
  supports = 9,              ///< marketing supports sales
  supports_and_manages = 10, ///< marketing supports and manages sales (model 4)
  feeds_back_to = 11,        ///< sales feeds information back to marketing
  jointly_set_targets = 12,  ///< marketing and sales set targets together
};

/// "contains", "reports_to", ... (as in catalog.json).
[[nodiscard]] std::string_view to_string(relation_kind k) noexcept;

/// A stated relation between units, roles, concepts or workflows. `from` and `to` hold
/// ids; some relations have several on one side (营销部门下设市场部和销售部).
/// Ids may name concepts, external parties or workflows that are not typed entries here.
struct relation : entry {
  relation_kind type = relation_kind::contains;
  std::span<const std::string_view> from_ids;
  std::span<const std::string_view> to_ids;
  /// Relations sharing a non-empty group are alternatives (either one holds).
  std::string_view alternative_group;
};

// ---------------------------------------------------------------------------------
// Responsibilities (职责)
// ---------------------------------------------------------------------------------

/// One numbered duty (工作要点) within a marketing responsibility area.
struct marketing_duty : entry {
  /// 1-based number within its area, as the seed numbers it.
  std::uint8_t number = 0;
  /// Id of the area it belongs to.
  std::string_view area_id;
};

/// One of the marketing department's 5 responsibility areas (市场部职责), with its duties.
struct marketing_area : entry {
  /// 1-based number, as the seed numbers it.
  std::uint8_t number = 0;
  std::span<const marketing_duty> duties;
};

/// One of the sales department's responsibilities (销售部职责), in the catalog's order.
struct sales_responsibility : entry {};

// ---------------------------------------------------------------------------------
// Product lifecycle (产品生命周期)
// ---------------------------------------------------------------------------------

/// Something marketing focuses on at a lifecycle stage (市场部在各阶段的侧重点).
struct lifecycle_activity : entry {};

/// A lifecycle stage the seed names: 导入期, 成长期, 成熟期, with marketing's focus in it.
/// (衰退期, decline, is not in the seed and is not part of the catalog; see
/// docs/domain.md.) Named ..._entry because tandem/org/lifecycle.hpp's enum is
/// `lifecycle_stage`; the ids agree: find<lifecycle_stage_entry>(stage_id(s)).
struct lifecycle_stage_entry : entry {
  /// 1-based position in the progression.
  std::uint8_t order = 0;
  /// The activities marketing focuses on at this stage, in the seed's order. One
  /// activity may be the focus of more than one stage.
  std::span<const lifecycle_activity* const> focus;
};

// ---------------------------------------------------------------------------------
// Information flows (信息流)
// ---------------------------------------------------------------------------------

/// Which way a flow goes. Numbers are pinned.
enum class flow_direction : std::uint8_t {
  marketing_to_sales = 0,  ///< 市场部 -> 销售部 (plans, 企划)
  sales_to_marketing = 1,  ///< 销售部 -> 市场部 (reports, 反馈)
};

/// "marketing_to_sales", "sales_to_marketing".
[[nodiscard]] std::string_view to_string(flow_direction d) noexcept;

/// A plan, report or other piece of information one department owes the other.
struct information_flow : entry {
  flow_direction direction = flow_direction::marketing_to_sales;
  /// 1-based number in the seed's numbered list; 0 for sub-items and other flows.
  std::uint8_t number = 0;
  /// For a sub-item, the id of the numbered flow it belongs to; empty otherwise.
  std::string_view parent_id;
};

// ---------------------------------------------------------------------------------
// Organisation models, capabilities (组织模式、能力)
// ---------------------------------------------------------------------------------

/// How marketing and sales are arranged in each of the four models. Numbers are pinned.
enum class org_structure : std::uint8_t {
  merged = 0,                                ///< 1. 市场部=销售部
  marketing_subordinate_to_sales = 1,        ///< 2. 市场部隶属于销售部
  independent_peers = 2,                     ///< 3. 市场部独立于销售部
  marketing_supports_and_manages_sales = 3,  ///< 4. 市场部对销售部履行支持和管理职能
};

/// "merged", "marketing_subordinate_to_sales", ... (as in catalog.json).
[[nodiscard]] std::string_view to_string(org_structure s) noexcept;

/// One of the four ways industrial firms see the marketing department (四种认知).
struct org_model : entry {
  /// 1..4, as the seed numbers them.
  std::uint8_t number = 0;
  org_structure structure = org_structure::merged;
  /// True for the model the seed recommends for industrial-goods firms (model 4 only).
  bool recommended_for_industrial = false;
  bilingual description;
};

/// One of the 8 capabilities an industrial marketing department should have (能力).
struct capability : entry {
  /// 1-based number.
  std::uint8_t number = 0;
  /// The seed's list marker, e.g. "①".
  std::string_view symbol;
};

// ---------------------------------------------------------------------------------
// Comparison of the two departments, periods and horizons (区别、周期)
// ---------------------------------------------------------------------------------

/// One dimension on which the seed contrasts marketing with sales (市场部与销售部的区别).
struct comparison_dimension : entry {
  /// 1-based number.
  std::uint8_t number = 0;
  /// The marketing side; empty when the seed states none (it is truncated in the source).
  bilingual marketing;
  bilingual sales;
  /// A one-line summary of the contrast when the seed gives one; empty otherwise.
  bilingual summary;
  /// True when the seed's text for this dimension is cut off.
  bool truncated_in_source = false;
};

/// A planning period the seed uses: year, quarter, month, stage, five and ten years.
struct planning_period : entry {
  /// Length in months; 0 when it has no fixed length (a campaign stage, 阶段).
  std::uint16_t months = 0;
};

/// Whether a horizon is how results are counted or how often they are checked.
enum class horizon_role : std::uint8_t {
  unit_of_account = 0,     ///< sales targets are set and counted per month/quarter/year
  verification_cycle = 1,  ///< marketing's results are verified over one, five, ten years
};

/// "unit_of_account", "verification_cycle".
[[nodiscard]] std::string_view to_string(horizon_role r) noexcept;

/// A time horizon of one department's work (时间跨度).
struct time_horizon : entry {
  /// org_marketing_department or org_sales_department.
  std::string_view org_unit_id;
  const planning_period* period = nullptr;
  horizon_role role = horizon_role::unit_of_account;
  /// True for a stated maximum ("at most a year").
  bool is_maximum = false;
};

// ---------------------------------------------------------------------------------
// Workflows (工作流程)
// ---------------------------------------------------------------------------------

/// One step of a workflow. The lifecycle progression's steps are its stages: their
/// ids are the lifecycle stage ids.
struct workflow_step : entry {
  /// 1-based position.
  std::uint8_t order = 0;
  /// True for an input the workflow starts from rather than work done in it.
  bool is_input = false;
  /// Id of the org unit that does the step; empty when the seed does not say.
  std::string_view actor_id;
};

/// A workflow the seed describes (annual marketing plan, new product development...).
struct workflow : entry {
  /// True when the order of the steps is the cataloguer's reading, not stated.
  bool sequence_inferred = false;
  std::span<const workflow_step> steps;
};

// ---------------------------------------------------------------------------------
// The catalog
// ---------------------------------------------------------------------------------

/// Catalog metadata: the catalog's id and schema version, and the sha256 of the seed.
[[nodiscard]] std::string_view catalog_id() noexcept;
[[nodiscard]] std::string_view catalog_schema_version() noexcept;
[[nodiscard]] std::string_view catalog_source_sha256() noexcept;
/// The catalog's title.
[[nodiscard]] bilingual catalog_title() noexcept;

/// Each list in the catalog's order (the seed's order). All views are static.
[[nodiscard]] std::span<const org_unit> org_units() noexcept;
[[nodiscard]] std::span<const role> roles() noexcept;
[[nodiscard]] std::span<const relation> relations() noexcept;
[[nodiscard]] std::span<const marketing_area> marketing_areas() noexcept;
/// All 22 duties of all areas, area by area.
[[nodiscard]] std::span<const marketing_duty> marketing_duties() noexcept;
[[nodiscard]] std::span<const sales_responsibility> sales_responsibilities() noexcept;
[[nodiscard]] std::span<const lifecycle_stage_entry> lifecycle_stages() noexcept;
/// Each activity once, in order of first mention.
[[nodiscard]] std::span<const lifecycle_activity> lifecycle_activities() noexcept;
/// The 5 numbered plans marketing provides to sales (市场部应提供给销售部的企划).
[[nodiscard]] std::span<const information_flow> marketing_to_sales_plans() noexcept;
/// The 2 sub-items of those plans (parent_id names the plan).
[[nodiscard]] std::span<const information_flow> marketing_to_sales_sub_items() noexcept;
/// The 9 numbered reports sales provides to marketing (销售部应向市场部提供的工作).
[[nodiscard]] std::span<const information_flow> sales_to_marketing_reports() noexcept;
/// Other flows the seed mentions in passing, either direction (reference).
[[nodiscard]] std::span<const information_flow> other_information_flows() noexcept;
[[nodiscard]] std::span<const org_model> org_models() noexcept;
/// The model the seed recommends for industrial firms (model 4).
[[nodiscard]] const org_model& recommended_org_model() noexcept;
[[nodiscard]] std::span<const capability> capabilities() noexcept;
[[nodiscard]] std::span<const comparison_dimension> comparison_dimensions() noexcept;
[[nodiscard]] std::span<const planning_period> planning_periods() noexcept;
[[nodiscard]] std::span<const time_horizon> marketing_time_horizons() noexcept;
[[nodiscard]] std::span<const time_horizon> sales_time_horizons() noexcept;
[[nodiscard]] std::span<const workflow> workflows() noexcept;

/// Any entry by id, whatever its kind (entry::kind tells which); nullptr if unknown.
/// Workflow steps of the lifecycle progression share their ids with the stages: the
/// stage is returned.
[[nodiscard]] const entry* find_entry(std::string_view id) noexcept;

/// The entry of type T with this id; nullptr if there is none. T is one of the entry
/// types above (org_unit, role, relation, marketing_area, marketing_duty,
/// sales_responsibility, lifecycle_stage_entry, lifecycle_activity, information_flow,
/// org_model, capability, comparison_dimension, planning_period, time_horizon,
/// workflow, workflow_step).
template <class T>
[[nodiscard]] const T* find(std::string_view id) noexcept;

/// The entry of type T with this id. Throws tandem::error(errc::invalid_argument,
/// "unknown <kind> id '<id>'") if there is none.
template <class T>
[[nodiscard]] const T& at(std::string_view id);

// The entry types find<T> and at<T> serve, listed once: the header declares their
// instantiations extern and src/org/catalog_lookup.cpp defines them from this list.
#define TANDEM_ORG_CATALOG_ENTRY_TYPES(X)                                                        \
  X(org_unit) X(role) X(relation) X(marketing_area) X(marketing_duty) X(sales_responsibility)    \
  X(lifecycle_stage_entry) X(lifecycle_activity) X(information_flow) X(org_model) X(capability) \
  X(comparison_dimension) X(planning_period) X(time_horizon) X(workflow) X(workflow_step)

#define TANDEM_ORG_CATALOG_EXTERN_LOOKUP(T)                      \
  extern template const T* find<T>(std::string_view) noexcept; \
  extern template const T& at<T>(std::string_view);
TANDEM_ORG_CATALOG_ENTRY_TYPES(TANDEM_ORG_CATALOG_EXTERN_LOOKUP)
#undef TANDEM_ORG_CATALOG_EXTERN_LOOKUP

/// The catalog's sections, as `tandem catalog --section` names them. Numbers are pinned.
enum class section : std::uint8_t {
  org_units = 0,               ///< org units
  roles = 1,                   ///< roles
  relations = 2,               ///< relations
  marketing_responsibilities = 3,  ///< the 5 areas and their 22 duties
  sales_responsibilities = 4,  ///< the sales department's responsibilities
  lifecycle = 5,               ///< stages with their focus activities
  information_flows = 6,       ///< plans, sub-items, reports, other flows
  org_models = 7,              ///< the four organisation models
  capabilities = 8,            ///< the 8 capabilities
  comparison = 9,              ///< comparison dimensions
  time_horizons = 10,          ///< planning periods and both departments' horizons
  workflows = 11,              ///< workflows with their steps
};

/// "org_units", "roles", ... (the enumerator names).
[[nodiscard]] std::string_view to_string(section s) noexcept;
/// Parses the names above (any case); nullopt otherwise.
[[nodiscard]] std::optional<section> section_from_name(std::string_view name) noexcept;
/// Every section, in the order above.
[[nodiscard]] std::span<const section> all_sections() noexcept;

}  // namespace tandem::org
