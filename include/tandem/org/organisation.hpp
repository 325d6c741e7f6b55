// tandem/org/organisation.hpp — one company's organisation: departments and roles in a
// reporting tree, people in roles, and who owns which duty (职责).
//
// Ids of the built-in catalog (tandem/org/catalog.hpp) can be used directly: a unit
// whose id is a catalog org unit or role takes its zh/en names from the catalog, and
// the catalog's 22 marketing duties and its sales responsibilities are always known
// duties. Hosts add their own units and duties with their own ids.
//
//   using namespace tandem::org;
//   organisation org;
//   org.add_unit({.id = "role_marketing_director", .kind = unit_kind::role});
//   org.add_unit({.id = "org_marketing_department", .superior_id = "role_marketing_director"});
//   org.add_unit({.id = "org_sales_department", .superior_id = "role_marketing_director"});
//   org.add_duty({.id = "key_account_reviews", .zh = "大客户评审", .en = "Key account reviews"});
//   org.assign_duty("mkt_resp_org_actions_01_set_and_assign_targets", "org_marketing_department");
//   org.assign_person("li_lei", "role_marketing_director");
//   org.validate();                          // throws on a cycle or a dangling superior
//   org.owners_of("key_account_reviews");    // {} : unowned
//
// Building is incremental: units may name a superior that is added later, so the tree
// is checked by validate(), which every tree query calls first. Every mutator has the
// strong guarantee. Which unit is "the marketing department" and which "the sales
// department" is said by unit_function (docs/domain.md, "Organisation model").
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "tandem/org/catalog.hpp"

namespace tandem::org {

/// Whether a unit is a department or a role (岗位). Numbers are pinned.
enum class unit_kind : std::uint8_t {
  department = 0,
  role = 1,
};

/// The part a unit plays between marketing and sales. Numbers are pinned.
enum class unit_function : std::uint8_t {
  /// Derived from the id: org_marketing_department -> marketing, org_sales_department ->
  /// sales, anything else -> none. The value of a spec, never of a stored unit.
  from_id = 0,
  none = 1,                 ///< neither (the director, a supervisor, a host's finance dept)
  marketing = 2,            ///< the marketing department (市场部), whatever the host calls it
  sales = 3,                ///< the sales department (销售部, 业务部...)
  marketing_and_sales = 4,  ///< one unit doing both (市场营销部): organisation model 1
};

/// "department", "role".
[[nodiscard]] std::string_view to_string(unit_kind k) noexcept;
/// "from_id", "none", "marketing", "sales", "marketing_and_sales".
[[nodiscard]] std::string_view to_string(unit_function f) noexcept;

/// Where a duty comes from. Numbers are pinned.
enum class duty_source : std::uint8_t {
  marketing_duty = 0,        ///< one of the catalog's 22 marketing duties
  sales_responsibility = 1,  ///< one of the catalog's sales responsibilities
  host = 2,                  ///< added by the host with add_duty
};

/// What add_unit takes. Names may be left empty for a catalog id (the catalog's are
/// used); a host id needs at least one name (the other falls back to it).
struct unit_spec {
  std::string id{};
  unit_kind kind = unit_kind::department;
  std::string zh{};
  std::string en{};
  /// Id of the unit this one reports to; empty for a top of the tree.
  std::string superior_id{};
  unit_function function = unit_function::from_id;
};

/// A unit as stored: names resolved, function resolved (never from_id).
struct unit {
  std::string id;
  unit_kind kind = unit_kind::department;
  std::string zh;
  std::string en;
  std::string superior_id;
  unit_function function = unit_function::none;

  [[nodiscard]] const std::string& name(lang l) const noexcept { return l == lang::zh ? zh : en; }
};

/// What add_duty takes: a host duty. At least one name; the other falls back to it.
struct duty_spec {
  std::string id{};
  std::string zh{};
  std::string en{};
};

/// A known duty: a catalog one or a host one.
struct duty {
  std::string id;
  std::string zh;
  std::string en;
  duty_source source = duty_source::host;

  [[nodiscard]] const std::string& name(lang l) const noexcept { return l == lang::zh ? zh : en; }
};

/// A duty and one of its owners.
struct duty_assignment {
  std::string duty_id;
  std::string owner_id;

  friend bool operator==(const duty_assignment&, const duty_assignment&) = default;
};

/// A duty with all its owners (for duties owned more than once).
struct duty_owners {
  std::string duty_id;
  /// In the order the assignments were made.
  std::vector<std::string> owner_ids;

  friend bool operator==(const duty_owners&, const duty_owners&) = default;
};

/// Longest id accepted (unit, duty, person).
inline constexpr std::size_t max_org_id_length = 64;

/// True when `id` matches [a-z][a-z0-9_]* and has at most max_org_id_length characters.
[[nodiscard]] bool is_well_formed_org_id(std::string_view id) noexcept;

/// A company's organisation. Errors are tandem::error(errc::invalid_argument, message)
/// naming the ids at fault. Distinct objects may be used from different threads; one
/// object must not be mutated while another thread reads it.
class organisation {
 public:
  organisation() = default;

  // ---- building (strong guarantee) ----

  /// Adds a department or role. Throws on a malformed or duplicate id, a catalog id of
  /// the wrong kind (an org unit added as a role, or a duty id), a host id without a
  /// name, a name that is not valid UTF-8 ("unit 'x': the en name is not valid
  /// UTF-8"), an explicit function that contradicts a catalog id, or a second unit with
  /// the marketing, sales or marketing_and_sales function (the classifier needs to
  /// know which one is meant). The superior is checked by validate().
  void add_unit(const unit_spec& spec);
  /// Adds a host duty. Throws on a malformed id, an id already used by the catalog
  /// (any catalog entry) or by another host duty, no name, or a name that is not
  /// valid UTF-8.
  void add_duty(const duty_spec& spec);
  /// Puts a person (or a position) into a role. Throws on a malformed person id, a
  /// role id that is not a unit of kind role added so far, or the same pair twice.
  void assign_person(std::string_view person_id, std::string_view role_id);
  /// Makes a department or role an owner of a duty. Throws on an unknown duty (neither
  /// a catalog marketing duty or sales responsibility nor a host duty added so far),
  /// an unknown owner, or the same pair twice. A duty may have several owners.
  void assign_duty(std::string_view duty_id, std::string_view owner_id);

  /// Checks the reporting tree: every superior exists (else "unit 'x' reports to
  /// unknown superior 'y'"), and no unit is its own superior at any distance (else
  /// "reporting cycle: a -> b -> a"). Units are checked in the order they were added,
  /// so the first error is deterministic.
  void validate() const;

  // ---- lookups ----

  /// Units in the order they were added.
  [[nodiscard]] const std::vector<unit>& units() const noexcept { return units_; }
  /// nullptr if there is no such unit.
  [[nodiscard]] const unit* find_unit(std::string_view id) const noexcept;
  /// Throws "unknown unit 'x'".
  [[nodiscard]] const unit& unit_at(std::string_view id) const;
  /// The unit with this function, or nullptr (there is at most one per function).
  [[nodiscard]] const unit* unit_with(unit_function f) const noexcept;

  /// Every known duty: the 22 marketing duties and the sales responsibilities in the
  /// catalog's order, then host duties in the order added.
  [[nodiscard]] std::vector<duty> duties() const;
  /// A known duty; throws "unknown duty 'x'".
  [[nodiscard]] duty duty_at(std::string_view id) const;
  /// True for a catalog marketing duty, a catalog sales responsibility or a host duty.
  [[nodiscard]] bool is_known_duty(std::string_view id) const noexcept;

  /// Duty assignments in the order made.
  [[nodiscard]] const std::vector<duty_assignment>& duty_assignments() const noexcept { return assignments_; }

  // ---- queries ----

  /// Owners of a known duty in the order assigned (empty when unowned). Throws on an
  /// unknown duty.
  [[nodiscard]] std::vector<std::string> owners_of(std::string_view duty_id) const;
  /// Known duties nobody owns, in the order of duties().
  [[nodiscard]] std::vector<std::string> unowned_duties() const;
  /// Known duties with more than one owner, in the order of duties().
  [[nodiscard]] std::vector<duty_owners> duties_owned_more_than_once() const;
  /// What a unit owns, in the order of duties() and, for one duty, of the owners'
  /// addition; with include_subordinates also what every unit below it owns. Throws on
  /// an unknown unit; validates the tree first.
  [[nodiscard]] std::vector<duty_assignment> duties_of(std::string_view unit_id,
                                                       bool include_subordinates = false) const;

  /// Units reporting directly to `unit_id`, in the order added. Throws on an unknown
  /// unit; validates the tree first.
  [[nodiscard]] std::vector<std::string> direct_subordinates(std::string_view unit_id) const;
  /// The unit itself and everything below it, depth first in order added.
  [[nodiscard]] std::vector<std::string> subtree(std::string_view unit_id) const;
  /// The unit's superiors, nearest first, up to a top (the unit itself not included).
  /// Validates the tree first.
  [[nodiscard]] std::vector<std::string> superior_chain(std::string_view unit_id) const;

  /// People in a role in the order assigned. Throws on an unknown unit.
  [[nodiscard]] std::vector<std::string> people_in(std::string_view role_id) const;
  /// Roles a person holds in the order assigned (empty for an unknown person).
  [[nodiscard]] std::vector<std::string> roles_of(std::string_view person_id) const;

 private:
  struct person_assignment {
    std::string person_id;
    std::string role_id;
  };

  std::vector<unit> units_;
  std::map<std::string, std::size_t, std::less<>> unit_index_;
  std::vector<duty> host_duties_;
  std::map<std::string, std::size_t, std::less<>> host_duty_index_;
  std::vector<person_assignment> people_;
  std::vector<duty_assignment> assignments_;
  // "person\nrole" and "duty\nowner": the pairs made so far, to refuse repeats in log time.
  std::set<std::string, std::less<>> person_keys_;
  std::set<std::string, std::less<>> assignment_keys_;
};

}  // namespace tandem::org
