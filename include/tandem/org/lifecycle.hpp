// tandem/org/lifecycle.hpp — product lifecycle stages, a product's stage history,
// and a classifier that proposes a stage from sales per period.
//
// The seed names three stages (导入期 introduction, 成长期 growth, 成熟期 maturity)
// and what marketing should focus on in each; Tandem adds 衰退期 decline as an
// extension (is_extension). Stage ids equal the catalog's ("lifecycle_growth"), so
// that the catalog's marketing focus of a stage can be looked up from them.
//
//   using namespace tandem::org;
//   product_lifecycle p("widget_a");
//   p.enter(lifecycle_stage::introduction, tandem::time::date::from_ymd(2026, 1, 1));
//   p.enter(lifecycle_stage::growth, tandem::time::date::from_ymd(2026, 7, 1));
//   p.stage_on(tandem::time::date::from_ymd(2026, 3, 15)) == lifecycle_stage::introduction;
//
//   std::vector<std::int64_t> units{100, 100, 100, 100, 100, 100, 100};
//   classify_lifecycle(units).stage == lifecycle_stage::maturity;  // flat at its peak
//   // (six periods would still be "young": age <= introduction_periods)
//   marketing_focus(lifecycle_stage::growth, lang::zh)[1].text == "制定年度营销目标计划";
//
// The classifier's rule (docs/domain.md, "Product lifecycle") in short: the level
// of a window is the lower median of its periods' sales; "recent" is the last
// window, "previous" the one before, "peak" the highest level of any window. Rules,
// first match wins: too few periods (no stage); no sales at all (no stage); recent
// fell by at least decline_threshold_bp from previous (decline); the product sold
// first within the last introduction_periods periods (introduction); no window has
// a non-zero level (no stage); previous is zero but recent is not (introduction);
// recent rose by at least growth_threshold_bp (growth); recent is at least
// maturity_level_bp of the peak (maturity); otherwise decline. Integer arithmetic
// only: ratios are compared by cross-multiplication in 128 bits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tandem/org/catalog.hpp"
#include "tandem/time/date.hpp"

namespace tandem::org {

/// The stages of a product's life. Numbers are pinned (the C API uses them).
enum class lifecycle_stage : std::uint8_t {
  introduction = 0,  ///< 导入期 (seed)
  growth = 1,        ///< 成长期 (seed)
  maturity = 2,      ///< 成熟期 (seed)
  decline = 3,       ///< 衰退期 — an extension beyond the seed
};

/// Every stage, in order.
inline constexpr lifecycle_stage all_lifecycle_stages[] = {
    lifecycle_stage::introduction, lifecycle_stage::growth, lifecycle_stage::maturity,
    lifecycle_stage::decline};

/// Short lower-case name: "introduction", "growth", "maturity", "decline";
/// "unknown" for a value outside the enumeration (so does stage_id).
[[nodiscard]] std::string_view to_string(lifecycle_stage s) noexcept;
/// The stable id, equal to the catalog's for the seed's stages: "lifecycle_introduction",
/// "lifecycle_growth", "lifecycle_maturity"; "lifecycle_decline" (ours).
[[nodiscard]] std::string_view stage_id(lifecycle_stage s) noexcept;
/// Parses a short name or a stable id, exactly as above (case-sensitive: ids are ids).
[[nodiscard]] std::optional<lifecycle_stage> lifecycle_stage_from_name(std::string_view name) noexcept;
/// True for a stage the seed does not name (decline): its marketing focus is ours,
/// not the seed's.
[[nodiscard]] constexpr bool is_extension(lifecycle_stage s) noexcept {
  return s == lifecycle_stage::decline;
}

/// One thing marketing focuses on at a stage (市场部在各阶段的侧重点).
struct focus_activity {
  /// The catalog's activity id ("lc_product_pricing"); for decline, Tandem's own
  /// ("lc_decline_harvest"), which the catalog does not hold.
  std::string_view id;
  std::string_view text;  ///< in the language asked for; static storage
  /// True when not from the seed: decline's activities are Tandem's inference.
  bool inferred = false;

  friend bool operator==(const focus_activity&, const focus_activity&) = default;
};

/// What marketing should focus on at `stage`, in the seed's order, with texts in
/// `l`. For the seed's stages these are the catalog's activities (composed through
/// find<lifecycle_stage_entry>(stage_id(stage))); for decline, which the seed
/// leaves without focus, Tandem's three: harvest, prune, reposition or withdraw,
/// marked inferred.
[[nodiscard]] std::vector<focus_activity> marketing_focus(lifecycle_stage stage, lang l);

/// True if `id` is a well-formed product id: 1 to 64 characters of [a-z0-9_],
/// the first a letter ("widget_a", "sku_2027").
[[nodiscard]] bool is_valid_product_id(std::string_view id) noexcept;

/// One entry of a product's history: from `effective` on, the product is in `stage`.
struct lifecycle_transition {
  lifecycle_stage stage{};
  time::date effective;

  friend bool operator==(const lifecycle_transition&, const lifecycle_transition&) = default;
};

/// A product and the dated stages it went through, in strictly increasing date
/// order. A stage holds from its effective date until the next entry's.
class product_lifecycle {
 public:
  /// A product with no history yet. Throws errc::invalid_argument naming the id if
  /// it is not well formed (is_valid_product_id).
  explicit product_lifecycle(std::string product_id);

  [[nodiscard]] const std::string& product_id() const noexcept { return id_; }

  /// Records that the product enters `stage` on `effective`. Throws
  /// errc::invalid_argument, leaving the history as it was, if `effective` is not
  /// after the last entry's date (one stage per day, history in order) or `stage`
  /// is the current stage. Going back to an earlier stage is allowed (a relaunch
  /// takes a mature product back to growth).
  void enter(lifecycle_stage stage, time::date effective);

  /// The stage on day `d`; none before the first entry.
  [[nodiscard]] std::optional<lifecycle_stage> stage_on(time::date d) const noexcept;
  /// The stage of the latest entry (the library has no clock: "current" is the
  /// last one recorded, even if dated in the future); none for an empty history.
  [[nodiscard]] std::optional<lifecycle_stage> current_stage() const noexcept;
  /// Every entry, oldest first.
  [[nodiscard]] std::span<const lifecycle_transition> history() const noexcept { return history_; }

 private:
  std::string id_;
  std::vector<lifecycle_transition> history_;
};

/// The classifier's thresholds. Basis points: 10000 bp = 100 %.
struct lifecycle_options {
  /// Periods per window, 1..1000. A window's level is the lower median of its
  /// periods: one outlying period moves it by at most one rank (to a neighbouring
  /// actual sale), not to the outlier, but that can still cross a threshold.
  /// Lumpy orders (every second or third period) need a window that is a multiple
  /// of their cycle; see docs/domain.md.
  std::uint32_t window = 3;
  /// A product whose first non-zero sale lies within the last this many periods is
  /// in introduction (unless falling); 0..1000000, 0 turns the rule off.
  std::uint32_t introduction_periods = 6;
  /// Growth: recent level at least this much above previous; 1..1000000.
  std::int64_t growth_threshold_bp = 1000;
  /// Decline: recent level at least this much below previous; 1..10000.
  std::int64_t decline_threshold_bp = 1000;
  /// Maturity: neither growth nor decline, and recent level at least this share of
  /// the peak level; 1..10000 (below it: decline, a plateau under the peak).
  std::int64_t maturity_level_bp = 8000;
};

/// Throws errc::out_of_range naming the field if an option lies outside its range.
void validate(const lifecycle_options& options);

/// Which rule of the classifier fired. Numbers are pinned (the C API uses them).
enum class lifecycle_rule : std::uint8_t {
  insufficient_data = 0,  ///< fewer than 2 * window periods: no stage
  no_sales = 1,           ///< every period is zero: no stage
  falling = 2,            ///< decline: recent <= previous * (1 - decline threshold)
  young = 3,              ///< introduction: first sale within introduction_periods
  sporadic = 4,           ///< sales, but no window has a non-zero level: no stage
  takeoff = 5,            ///< introduction: previous level zero, recent level positive
  rising = 6,             ///< growth: recent >= previous * (1 + growth threshold)
  plateau = 7,            ///< maturity: steady and at least maturity_level of the peak
  below_peak = 8,         ///< decline: steady but under maturity_level of the peak
};

/// Lower-case name of a rule: "insufficient_data", "below_peak"...
[[nodiscard]] std::string_view to_string(lifecycle_rule r) noexcept;

/// A proposed stage and why.
struct lifecycle_proposal {
  std::optional<lifecycle_stage> stage;  ///< none for insufficient_data, no_sales, sporadic
  lifecycle_rule rule = lifecycle_rule::insufficient_data;
  std::size_t periods = 0;               ///< number of periods given
  /// Periods from the first non-zero sale to the end, that sale included; 0 if none.
  std::size_t periods_since_first_sale = 0;
  std::int64_t recent_level = 0;    ///< lower median of the last window
  std::int64_t previous_level = 0;  ///< lower median of the window before
  std::int64_t peak_level = 0;      ///< highest lower median of any window
  /// (recent - previous) * 10000 / previous, rounded toward negative infinity and
  /// capped at INT64_MAX; none when previous is zero. Decisions use the exact
  /// ratio, never this figure.
  std::optional<std::int64_t> growth_bp;
  /// recent * 10000 / peak, rounded down (0..10000); 0 when peak is zero.
  std::int64_t level_bp = 0;

  friend bool operator==(const lifecycle_proposal&, const lifecycle_proposal&) = default;
};

/// Proposes a stage from sales per period (oldest first; quantities or amounts in
/// the smallest unit, each >= 0). Too few periods or no sales is a result, not an
/// error. Throws errc::out_of_range for an invalid option (naming it) or a negative
/// sale (naming its index, which error::child() gives). Deterministic; values up to
/// INT64_MAX are exact.
[[nodiscard]] lifecycle_proposal classify_lifecycle(std::span<const std::int64_t> sales,
                                                    const lifecycle_options& options = {});

}  // namespace tandem::org
