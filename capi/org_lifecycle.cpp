// The product lifecycle section of tandem.h: stage names, the product stage
// history handle, the classifier options handle and the classifier.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>

#include "firewall.hpp"
#include "tandem.h"
#include "tandem/core/error.hpp"
#include "tandem/org/lifecycle.hpp"
#include "text_output.hpp"
#include "time_handles.hpp"

struct tandem_product_lifecycle {
  tandem::org::product_lifecycle product;
};

struct tandem_lifecycle_options {
  tandem::org::lifecycle_options settings;
};

namespace {

namespace org = tandem::org;
using tandem::capi::firewall;
using tandem::capi::require_non_null;

static_assert(static_cast<int>(org::lifecycle_stage::introduction) == TANDEM_LIFECYCLE_INTRODUCTION);
static_assert(static_cast<int>(org::lifecycle_stage::growth) == TANDEM_LIFECYCLE_GROWTH);
static_assert(static_cast<int>(org::lifecycle_stage::maturity) == TANDEM_LIFECYCLE_MATURITY);
static_assert(static_cast<int>(org::lifecycle_stage::decline) == TANDEM_LIFECYCLE_DECLINE);
static_assert(static_cast<int>(org::lifecycle_rule::insufficient_data) ==
              TANDEM_LIFECYCLE_RULE_INSUFFICIENT_DATA);
static_assert(static_cast<int>(org::lifecycle_rule::no_sales) == TANDEM_LIFECYCLE_RULE_NO_SALES);
static_assert(static_cast<int>(org::lifecycle_rule::falling) == TANDEM_LIFECYCLE_RULE_FALLING);
static_assert(static_cast<int>(org::lifecycle_rule::young) == TANDEM_LIFECYCLE_RULE_YOUNG);
static_assert(static_cast<int>(org::lifecycle_rule::sporadic) == TANDEM_LIFECYCLE_RULE_SPORADIC);
static_assert(static_cast<int>(org::lifecycle_rule::takeoff) == TANDEM_LIFECYCLE_RULE_TAKEOFF);
static_assert(static_cast<int>(org::lifecycle_rule::rising) == TANDEM_LIFECYCLE_RULE_RISING);
static_assert(static_cast<int>(org::lifecycle_rule::plateau) == TANDEM_LIFECYCLE_RULE_PLATEAU);
static_assert(static_cast<int>(org::lifecycle_rule::below_peak) == TANDEM_LIFECYCLE_RULE_BELOW_PEAK);

bool is_stage(tandem_lifecycle_stage stage) {
  return stage >= TANDEM_LIFECYCLE_INTRODUCTION && stage <= TANDEM_LIFECYCLE_DECLINE;
}

void require_stage(tandem_lifecycle_stage stage) {
  tandem::capi::require_enum(stage, TANDEM_LIFECYCLE_INTRODUCTION, TANDEM_LIFECYCLE_DECLINE,
                             "tandem_lifecycle_stage");
}

tandem_lifecycle_stage stage_or_none(std::optional<org::lifecycle_stage> stage) {
  return stage ? static_cast<tandem_lifecycle_stage>(*stage) : TANDEM_LIFECYCLE_NO_STAGE;
}

// Changes one setting on a copy, validates the copy, then commits: a rejected value
// leaves the old one.
template <class Change>
tandem_status set_option(tandem_lifecycle_options* options, Change&& change) {
  return firewall([&] {
    require_non_null(options, "options");
    org::lifecycle_options updated = options->settings;
    change(updated);
    org::validate(updated);
    options->settings = updated;
  });
}

// An int64 argument for a uint32 option. Values that do not fit are rejected here,
// with the caller's number in the message, rather than wrapped; the C++ validator
// then checks the option's own range.
std::uint32_t count_option(int64_t value, const char* field) {
  if (value < 0 || value > 0xFFFFFFFF) {
    throw tandem::error(tandem::errc::out_of_range, std::string("lifecycle option ") + field + " = " +
                                                        std::to_string(value) + " is out of range");
  }
  return static_cast<std::uint32_t>(value);
}

}  // namespace

extern "C" {

tandem_status tandem_lifecycle_stage_from_name(const char* name, tandem_lifecycle_stage* out) {
  return firewall([&] {
    require_non_null(name, "name");
    require_non_null(out, "out");
    const auto stage = org::lifecycle_stage_from_name(name);
    if (!stage) {
      tandem::capi::throw_invalid_argument("name " + tandem::capi::quoted_name(name) +
                                           " is not a lifecycle stage");
    }
    *out = static_cast<tandem_lifecycle_stage>(*stage);
  });
}

const char* tandem_lifecycle_stage_name(tandem_lifecycle_stage stage) {
  if (!is_stage(stage)) return nullptr;
  return org::to_string(static_cast<org::lifecycle_stage>(stage)).data();  // literals: NUL-terminated
}

const char* tandem_lifecycle_stage_id(tandem_lifecycle_stage stage) {
  if (!is_stage(stage)) return nullptr;
  return org::stage_id(static_cast<org::lifecycle_stage>(stage)).data();
}

bool tandem_lifecycle_stage_is_extension(tandem_lifecycle_stage stage) {
  return is_stage(stage) && org::is_extension(static_cast<org::lifecycle_stage>(stage));
}

tandem_status tandem_lifecycle_focus_count(tandem_lifecycle_stage stage, size_t* out) {
  return firewall([&] {
    require_non_null(out, "out");
    require_stage(stage);
    *out = org::marketing_focus(static_cast<org::lifecycle_stage>(stage), org::lang::en).size();
  });
}

tandem_status tandem_lifecycle_focus_get(tandem_lifecycle_stage stage, size_t index, tandem_lang lang,
                                         char* id_buffer, size_t id_capacity, size_t* id_length_out,
                                         char* text_buffer, size_t text_capacity,
                                         size_t* text_length_out, bool* inferred_out) {
  return firewall([&] {
    require_stage(stage);
    tandem::capi::require_enum(lang, TANDEM_LANG_ZH, TANDEM_LANG_EN, "tandem_lang");
    tandem::capi::require_text_buffer(id_buffer, id_capacity);
    tandem::capi::require_text_buffer(text_buffer, text_capacity);
    const auto focus =
        org::marketing_focus(static_cast<org::lifecycle_stage>(stage), static_cast<org::lang>(lang));
    if (index >= focus.size()) {
      tandem::capi::throw_invalid_argument("index " + std::to_string(index) + " is out of range: " +
                                           std::string(org::to_string(static_cast<org::lifecycle_stage>(stage))) +
                                           " has " + std::to_string(focus.size()) + " focus activities");
    }
    tandem::capi::write_text(focus[index].id, id_buffer, id_capacity, id_length_out);
    tandem::capi::write_text(focus[index].text, text_buffer, text_capacity, text_length_out);
    if (inferred_out != nullptr) *inferred_out = focus[index].inferred;
  });
}

tandem_status tandem_product_lifecycle_create(const char* product_id, tandem_product_lifecycle** out) {
  return firewall([&] {
    require_non_null(product_id, "product_id");
    require_non_null(out, "out");
    *out = std::make_unique<tandem_product_lifecycle>(
               tandem_product_lifecycle{org::product_lifecycle(product_id)})
               .release();
  });
}

void tandem_product_lifecycle_destroy(tandem_product_lifecycle* product) { delete product; }

tandem_status tandem_product_lifecycle_id(const tandem_product_lifecycle* product, char* buffer,
                                          size_t capacity, size_t* length_out) {
  return firewall([&] {
    require_non_null(product, "product");
    tandem::capi::require_text_buffer(buffer, capacity);
    tandem::capi::write_text(product->product.product_id(), buffer, capacity, length_out);
  });
}

tandem_status tandem_product_lifecycle_enter(tandem_product_lifecycle* product,
                                             tandem_lifecycle_stage stage, const char* effective) {
  return firewall([&] {
    require_non_null(product, "product");
    require_stage(stage);
    const auto day = tandem::capi::date_argument(effective, "effective");
    product->product.enter(static_cast<org::lifecycle_stage>(stage), day);
  });
}

tandem_status tandem_product_lifecycle_stage_on(const tandem_product_lifecycle* product,
                                                const char* day, tandem_lifecycle_stage* out) {
  return firewall([&] {
    require_non_null(product, "product");
    require_non_null(out, "out");
    const auto d = tandem::capi::date_argument(day, "day");
    *out = stage_or_none(product->product.stage_on(d));
  });
}

tandem_status tandem_product_lifecycle_current(const tandem_product_lifecycle* product,
                                               tandem_lifecycle_stage* out) {
  return firewall([&] {
    require_non_null(product, "product");
    require_non_null(out, "out");
    *out = stage_or_none(product->product.current_stage());
  });
}

size_t tandem_product_lifecycle_count(const tandem_product_lifecycle* product) {
  return product == nullptr ? 0 : product->product.history().size();
}

tandem_status tandem_product_lifecycle_entry(const tandem_product_lifecycle* product, size_t index,
                                             tandem_lifecycle_stage* stage_out, char* effective_out,
                                             size_t effective_capacity) {
  return firewall([&] {
    require_non_null(product, "product");
    require_non_null(stage_out, "stage_out");
    tandem::capi::require_date_buffer(effective_out, effective_capacity, "effective_out");
    const auto history = product->product.history();
    if (index >= history.size()) {
      tandem::capi::throw_invalid_argument("index " + std::to_string(index) +
                                           " is out of range: the history has " +
                                           std::to_string(history.size()) + " entries");
    }
    *stage_out = static_cast<tandem_lifecycle_stage>(history[index].stage);
    tandem::capi::write_date(history[index].effective, effective_out);
  });
}

tandem_status tandem_lifecycle_options_create(tandem_lifecycle_options** out) {
  return firewall([&] {
    require_non_null(out, "out");
    *out = new tandem_lifecycle_options{};
  });
}

void tandem_lifecycle_options_destroy(tandem_lifecycle_options* options) { delete options; }

tandem_status tandem_lifecycle_options_set_window(tandem_lifecycle_options* options, int64_t window) {
  return set_option(options, [&](org::lifecycle_options& o) {
    o.window = count_option(window, "window");
  });
}

tandem_status tandem_lifecycle_options_set_introduction_periods(tandem_lifecycle_options* options,
                                                                int64_t periods) {
  return set_option(options, [&](org::lifecycle_options& o) {
    o.introduction_periods = count_option(periods, "introduction_periods");
  });
}

tandem_status tandem_lifecycle_options_set_growth_threshold_bp(tandem_lifecycle_options* options,
                                                               int64_t basis_points) {
  return set_option(options, [&](org::lifecycle_options& o) { o.growth_threshold_bp = basis_points; });
}

tandem_status tandem_lifecycle_options_set_decline_threshold_bp(tandem_lifecycle_options* options,
                                                                int64_t basis_points) {
  return set_option(options, [&](org::lifecycle_options& o) { o.decline_threshold_bp = basis_points; });
}

tandem_status tandem_lifecycle_options_set_maturity_level_bp(tandem_lifecycle_options* options,
                                                             int64_t basis_points) {
  return set_option(options, [&](org::lifecycle_options& o) { o.maturity_level_bp = basis_points; });
}

tandem_status tandem_lifecycle_options_get(const tandem_lifecycle_options* options,
                                           int64_t* window_out, int64_t* introduction_periods_out,
                                           int64_t* growth_threshold_bp_out,
                                           int64_t* decline_threshold_bp_out,
                                           int64_t* maturity_level_bp_out) {
  return firewall([&] {
    require_non_null(options, "options");
    const org::lifecycle_options& o = options->settings;
    if (window_out != nullptr) *window_out = o.window;
    if (introduction_periods_out != nullptr) *introduction_periods_out = o.introduction_periods;
    if (growth_threshold_bp_out != nullptr) *growth_threshold_bp_out = o.growth_threshold_bp;
    if (decline_threshold_bp_out != nullptr) *decline_threshold_bp_out = o.decline_threshold_bp;
    if (maturity_level_bp_out != nullptr) *maturity_level_bp_out = o.maturity_level_bp;
  });
}

const char* tandem_lifecycle_rule_name(tandem_lifecycle_rule rule) {
  if (rule < TANDEM_LIFECYCLE_RULE_INSUFFICIENT_DATA || rule > TANDEM_LIFECYCLE_RULE_BELOW_PEAK) {
    return nullptr;
  }
  return org::to_string(static_cast<org::lifecycle_rule>(rule)).data();
}

tandem_status tandem_lifecycle_classify(const int64_t* sales, size_t count,
                                        const tandem_lifecycle_options* options,
                                        tandem_lifecycle_proposal* out) {
  return firewall([&] {
    require_non_null(out, "out");
    tandem::capi::require_array(sales, count, sizeof(int64_t), "sales");
    const std::span<const std::int64_t> values(sales, sales == nullptr ? 0 : count);
    const org::lifecycle_proposal p =
        org::classify_lifecycle(values, options == nullptr ? org::lifecycle_options{} : options->settings);
    tandem_lifecycle_proposal result{};
    result.stage = stage_or_none(p.stage);
    result.rule = static_cast<tandem_lifecycle_rule>(p.rule);
    result.periods = p.periods;
    result.periods_since_first_sale = p.periods_since_first_sale;
    result.recent_level = p.recent_level;
    result.previous_level = p.previous_level;
    result.peak_level = p.peak_level;
    result.has_growth = p.growth_bp.has_value();
    result.growth_bp = p.growth_bp.value_or(0);
    result.level_bp = p.level_bp;
    *out = result;
  });
}

}  // extern "C"
