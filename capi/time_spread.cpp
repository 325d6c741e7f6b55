// Spread basis names, the spread options handle, and tandem_spread.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "firewall.hpp"
#include "handles.hpp"
#include "tandem.h"
#include "tandem/core/amount.hpp"
#include "tandem/core/error.hpp"
#include "time_handles.hpp"

namespace {

namespace tt = tandem::time;
using tandem::capi::firewall;
using tandem::capi::require_enum;
using tandem::capi::require_non_null;

static_assert(static_cast<int>(tt::spread_basis::even) == TANDEM_SPREAD_EVEN);
static_assert(static_cast<int>(tt::spread_basis::calendar_days) == TANDEM_SPREAD_CALENDAR_DAYS);
static_assert(static_cast<int>(tt::spread_basis::working_days) == TANDEM_SPREAD_WORKING_DAYS);
static_assert(static_cast<int>(tt::spread_basis::key) == TANDEM_SPREAD_KEY);
static_assert(static_cast<int>(tt::spread_basis::reference) == TANDEM_SPREAD_REFERENCE);
static_assert(static_cast<int>(tt::zero_basis_policy::error) == TANDEM_ZERO_ERROR);
static_assert(static_cast<int>(tt::zero_basis_policy::even) == TANDEM_ZERO_EVEN);
static_assert(static_cast<int>(tt::zero_basis_policy::calendar_days) == TANDEM_ZERO_CALENDAR_DAYS);
static_assert(static_cast<int>(tt::key_unit::weights) == TANDEM_KEY_WEIGHTS);
static_assert(static_cast<int>(tt::key_unit::percent) == TANDEM_KEY_PERCENT);
static_assert(static_cast<int>(tt::value_match::label) == TANDEM_MATCH_LABEL);
static_assert(static_cast<int>(tt::value_match::position) == TANDEM_MATCH_POSITION);

// NULL means "no such limit for any period": the engine's empty span.
std::span<const std::int64_t> optional_limit(const std::int64_t* values, std::size_t count) {
  if (values == nullptr) return {};
  return {values, count};
}

// A key value read exactly at its own number of decimals ("12.5" at scale 1).
tandem::amount value_argument(std::string_view text) {
  const auto point = text.find('.');
  const std::size_t decimals = point == std::string_view::npos ? 0 : text.size() - point - 1;
  const int scale = static_cast<int>(std::min<std::size_t>(decimals, tandem::max_scale));
  return tandem::amount::parse(text, scale);
}

// '_' may replace '-', as for method names. The host's text is read no further
// than the longest name needs.
std::optional<tt::spread_basis> basis_from_name(const char* name) {
  constexpr std::size_t longest = 32;
  std::string spelled;
  for (std::size_t i = 0; name[i] != '\0'; ++i) {
    if (i == longest) return std::nullopt;
    spelled.push_back(name[i] == '_' ? '-' : name[i]);
  }
  return tt::spread_basis_from_name(spelled);
}

std::string pair_name(std::size_t i, const char* label) {
  std::string name = "values[" + std::to_string(i) + "]";
  if (label != nullptr) name += " (label " + tandem::capi::quoted_name(label) + ")";
  return name;
}

std::vector<tt::labelled_value> values_argument(const char* const* labels, const char* const* values,
                                                std::size_t count) {
  tandem::capi::require_array(labels, count, sizeof(tt::labelled_value), "labels");
  tandem::capi::require_array(values, count, sizeof(tt::labelled_value), "values");
  std::vector<tt::labelled_value> parsed;
  parsed.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    if (labels[i] == nullptr) {
      throw tandem::error(tandem::errc::invalid_argument,
                          "labels[" + std::to_string(i) + "] is NULL", i);
    }
    if (values[i] == nullptr) {
      throw tandem::error(tandem::errc::invalid_argument, pair_name(i, labels[i]) + " is NULL", i);
    }
    try {
      parsed.push_back({labels[i], value_argument(values[i])});
    } catch (const tandem::error& e) {
      throw tandem::error(e.code(), pair_name(i, labels[i]) + ": " + e.what(), i);
    }
  }
  return parsed;
}

}  // namespace

extern "C" {

tandem_status tandem_spread_basis_from_name(const char* name, tandem_spread_basis* out) {
  return firewall([&] {
    require_non_null(name, "name");
    require_non_null(out, "out");
    const auto parsed = basis_from_name(name);
    if (!parsed) {
      tandem::capi::throw_invalid_argument(
          "name " + tandem::capi::quoted_name(name) +
          " is not a spread basis (even, calendar-days, working-days, key, reference)");
    }
    *out = static_cast<tandem_spread_basis>(*parsed);
  });
}

const char* tandem_spread_basis_name(tandem_spread_basis basis) {
  if (basis < TANDEM_SPREAD_EVEN || basis > TANDEM_SPREAD_REFERENCE) return nullptr;
  return tt::to_string(static_cast<tt::spread_basis>(basis)).data();
}

tandem_status tandem_spread_options_create(tandem_spread_options** out) {
  return firewall([&] {
    require_non_null(out, "out");
    *out = new tandem_spread_options{};
  });
}

void tandem_spread_options_destroy(tandem_spread_options* options) { delete options; }

tandem_status tandem_spread_options_set_basis(tandem_spread_options* options,
                                              tandem_spread_basis basis) {
  return firewall([&] {
    require_non_null(options, "options");
    require_enum(basis, TANDEM_SPREAD_EVEN, TANDEM_SPREAD_REFERENCE, "tandem_spread_basis");
    options->basis = static_cast<tt::spread_basis>(basis);
  });
}

tandem_status tandem_spread_options_set_rounding(tandem_spread_options* options,
                                                 const tandem_alloc_options* rounding) {
  return firewall([&] {
    require_non_null(options, "options");
    options->rounding = rounding == nullptr ? tandem::alloc::options{} : rounding->settings;
  });
}

tandem_status tandem_spread_options_set_working_calendar(tandem_spread_options* options,
                                                         const tandem_working_calendar* calendar) {
  return firewall([&] {
    require_non_null(options, "options");
    options->workdays = calendar;
  });
}

tandem_status tandem_spread_options_set_values(tandem_spread_options* options, const char* const* labels,
                                               const char* const* values, size_t count) {
  return firewall([&] {
    require_non_null(options, "options");
    std::vector<tt::labelled_value> parsed = values_argument(labels, values, count);
    options->values.swap(parsed);
  });
}

tandem_status tandem_spread_options_set_key_unit(tandem_spread_options* options, tandem_key_unit unit) {
  return firewall([&] {
    require_non_null(options, "options");
    require_enum(unit, TANDEM_KEY_WEIGHTS, TANDEM_KEY_PERCENT, "tandem_key_unit");
    options->unit = static_cast<tt::key_unit>(unit);
  });
}

tandem_status tandem_spread_options_set_match(tandem_spread_options* options, tandem_value_match match) {
  return firewall([&] {
    require_non_null(options, "options");
    require_enum(match, TANDEM_MATCH_LABEL, TANDEM_MATCH_POSITION, "tandem_value_match");
    options->match = static_cast<tt::value_match>(match);
  });
}

tandem_status tandem_spread_options_set_zero_policy(tandem_spread_options* options,
                                                    tandem_zero_policy policy) {
  return firewall([&] {
    require_non_null(options, "options");
    require_enum(policy, TANDEM_ZERO_ERROR, TANDEM_ZERO_CALENDAR_DAYS, "tandem_zero_policy");
    options->when_zero = static_cast<tt::zero_basis_policy>(policy);
  });
}

tandem_status tandem_spread(const tandem_periods* periods, const tandem_spread_options* options,
                            int64_t total, const int64_t* min, const int64_t* max, const int64_t* fixed,
                            int64_t* shares_out) {
  return firewall([&] {
    require_non_null(periods, "periods");
    const std::size_t count = periods->periods.size();
    tandem::capi::require_array(shares_out, count, sizeof(int64_t), "shares_out");
    const tandem::alloc::limits lim{optional_limit(min, count), optional_limit(max, count),
                                    optional_limit(fixed, count)};
    const std::vector<std::int64_t> shares =
        tt::spread(total, periods->periods, tandem::capi::spread_options_or_defaults(options), lim);
    std::copy(shares.begin(), shares.end(), shares_out);
  });
}

}  // extern "C"
