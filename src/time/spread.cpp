// Spreading = weights from a basis, then the apportionment engine. The weights are
// computed once per set of periods (spread_weights), so a caller spreading many
// totals over the same months pays for the calendar only once.
#include "tandem/time/spread.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>

#include "tandem/core/checked.hpp"
#include "tandem/core/error.hpp"
#include "tandem/core/int128.hpp"
#include "spread_internal.hpp"

namespace tandem::time {
namespace {

constexpr std::array<std::string_view, 5> basis_names{"even", "calendar-days", "working-days", "key", "reference"};
constexpr std::array<std::string_view, 3> zero_policy_names{"error", "even", "calendar-days"};
constexpr std::array<std::string_view, 2> match_names{"label", "position"};

// Names are matched in any case, with '_' for '-', so that they can be written as C
// identifiers or enum spellings ("working_days", "Working-Days").
bool same_name(std::string_view canonical, std::string_view name) noexcept {
  if (canonical.size() != name.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i] == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
    if (c != canonical[i]) return false;
  }
  return true;
}

template <typename Enum, std::size_t N>
std::optional<Enum> from_name(const std::array<std::string_view, N>& names, std::string_view name) noexcept {
  for (std::size_t i = 0; i < N; ++i) {
    if (same_name(names[i], name)) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

std::vector<std::int64_t> even_weights(std::span<const period> periods) {
  return std::vector<std::int64_t>(periods.size(), 1);
}

std::vector<std::int64_t> calendar_day_weights(std::span<const period> periods) {
  std::vector<std::int64_t> w;
  w.reserve(periods.size());
  for (const period& p : periods) w.push_back(p.span.days());
  return w;
}

std::vector<std::int64_t> working_day_weights(std::span<const period> periods, const working_calendar* workdays) {
  if (workdays == nullptr) {
    throw error(errc::invalid_argument, "spreading by working days needs a working calendar");
  }
  std::vector<std::int64_t> w;
  w.reserve(periods.size());
  for (const period& p : periods) w.push_back(workdays->working_days(p.span));
  return w;
}

std::vector<std::int64_t> scaled_weights(std::span<const period> periods, const spread_options& opts,
                                         std::string_view what, std::span<const std::size_t> value_of_period,
                                         int scale);

// Values matched by position: the i-th weighs the i-th period, labels unread.
std::vector<std::int64_t> positional_weights(std::span<const period> periods, const spread_options& opts,
                                             std::string_view what) {
  if (opts.values.size() != periods.size()) {
    const bool short_of_values = opts.values.size() < periods.size();
    throw error(errc::invalid_argument,
                std::string(what) + " has " + std::to_string(opts.values.size()) + " values for " +
                    std::to_string(periods.size()) + " periods; matched by position, the counts must be equal",
                short_of_values ? opts.values.size() : periods.size());
  }
  std::vector<std::size_t> value_of_period(periods.size());
  int scale = 0;
  for (std::size_t v = 0; v < opts.values.size(); ++v) {
    if (opts.values[v].value.units() < 0) {
      throw error(errc::out_of_range,
                  std::string(what) + " value " + std::to_string(v + 1) + " ('" + opts.values[v].label +
                      "') is negative (" + opts.values[v].value.to_string() + ")",
                  v);
    }
    value_of_period[v] = v;
    scale = std::max(scale, opts.values[v].value.scale());
  }
  return scaled_weights(periods, opts, what, value_of_period, scale);
}

// Key and reference values, matched to periods by label and brought to one scale.
std::vector<std::int64_t> labelled_weights(std::span<const period> periods, const spread_options& opts) {
  const std::string_view what = opts.basis == spread_basis::key ? "key" : "reference";
  if (opts.match == value_match::position) return positional_weights(periods, opts, what);
  const label_index periods_by_label(periods);
  std::vector<std::size_t> value_of_period(periods.size(), no_index);
  int scale = 0;
  for (std::size_t v = 0; v < opts.values.size(); ++v) {
    const labelled_value& lv = opts.values[v];
    const std::size_t p = periods_by_label.find(lv.label);
    if (p == no_index) {
      throw error(errc::invalid_argument,
                  std::string(what) + " value " + std::to_string(v + 1) + " names period '" + lv.label +
                      "', which is not one of the periods spread over (" + periods_by_label.first_labels() + ")",
                  v);
    }
    if (value_of_period[p] != no_index) {
      throw error(errc::invalid_argument,
                  std::string(what) + " gives period '" + lv.label + "' twice (values " +
                      std::to_string(value_of_period[p] + 1) + " and " + std::to_string(v + 1) + ")",
                  v);
    }
    if (lv.value.units() < 0) {
      throw error(errc::out_of_range,
                  std::string(what) + " value for period '" + lv.label + "' is negative (" +
                      lv.value.to_string() + ")",
                  v);
    }
    value_of_period[p] = v;
    scale = std::max(scale, lv.value.scale());
  }
  for (std::size_t p = 0; p < periods.size(); ++p) {
    if (value_of_period[p] == no_index) {
      throw error(errc::invalid_argument,
                  std::string(what) + " has no value for period '" + periods[p].label +
                      "'; every period needs one (write 0 to give it nothing)",
                  p);
    }
  }
  return scaled_weights(periods, opts, what, value_of_period, scale);
}

// The values, in period order, brought to their common scale; percentages checked.
std::vector<std::int64_t> scaled_weights(std::span<const period> periods, const spread_options& opts,
                                         std::string_view what, std::span<const std::size_t> value_of_period,
                                         int scale) {
  std::vector<std::int64_t> w;
  w.reserve(periods.size());
  int128 sum = 0;
  for (std::size_t p = 0; p < periods.size(); ++p) {
    const labelled_value& lv = opts.values[value_of_period[p]];
    try {
      w.push_back(lv.value.rescale(scale).units());
    } catch (const error&) {
      throw error(errc::overflow,
                  std::string(what) + " value for period '" + lv.label + "' (" + lv.value.to_string() +
                      ") does not fit at the common scale of " + std::to_string(scale) + " decimals",
                  value_of_period[p]);
    }
    sum += w.back();
  }
  if (opts.basis == spread_basis::key && opts.unit == key_unit::percent) {
    int128 hundred = 100;
    for (int i = 0; i < scale; ++i) hundred *= 10;
    if (sum != hundred) {
      const bool fits = sum <= std::numeric_limits<std::int64_t>::max();
      throw error(errc::infeasible, "key percentages sum to " +
                                        (fits ? format_units(static_cast<std::int64_t>(sum), scale)
                                              : std::string("far more than 100")) +
                                        ", not 100");
    }
  }
  return w;
}

bool all_zero(std::span<const std::int64_t> w) noexcept {
  return std::all_of(w.begin(), w.end(), [](std::int64_t x) { return x == 0; });
}

std::string_view zero_cause(spread_basis b) noexcept {
  switch (b) {
    case spread_basis::working_days: return "no period has a working day";
    case spread_basis::key: return "every key value is zero";
    case spread_basis::reference: return "every reference value is zero";
    default: return "every weight is zero";
  }
}

}  // namespace

std::string_view to_string(spread_basis b) noexcept {
  const auto i = static_cast<std::size_t>(b);
  return i < basis_names.size() ? basis_names[i] : std::string_view{"?"};
}

std::optional<spread_basis> spread_basis_from_name(std::string_view name) noexcept {
  return from_name<spread_basis>(basis_names, name);
}

std::string_view to_string(value_match m) noexcept {
  const auto i = static_cast<std::size_t>(m);
  return i < match_names.size() ? match_names[i] : std::string_view{"?"};
}

std::optional<value_match> value_match_from_name(std::string_view name) noexcept {
  return from_name<value_match>(match_names, name);
}

std::string_view to_string(zero_basis_policy p) noexcept {
  const auto i = static_cast<std::size_t>(p);
  return i < zero_policy_names.size() ? zero_policy_names[i] : std::string_view{"?"};
}

std::optional<zero_basis_policy> zero_basis_policy_from_name(std::string_view name) noexcept {
  return from_name<zero_basis_policy>(zero_policy_names, name);
}

std::vector<std::int64_t> apply_zero_policy(std::span<const period> periods, zero_basis_policy policy,
                                            std::string_view cause) {
  switch (policy) {
    case zero_basis_policy::even: return even_weights(periods);
    case zero_basis_policy::calendar_days: return calendar_day_weights(periods);
    case zero_basis_policy::error: break;
  }
  throw error(errc::infeasible, std::string("cannot spread: ") + std::string(cause) +
                                    " (fall back with when_zero = even or calendar-days; --when-zero on the command line)");
}

std::vector<std::int64_t> spread_weights(std::span<const period> periods, const spread_options& opts) {
  const bool takes_values = opts.basis == spread_basis::key || opts.basis == spread_basis::reference;
  if (!takes_values && !opts.values.empty()) {
    throw error(errc::invalid_argument, std::to_string(opts.values.size()) +
                                            " key or reference values were given, but the spread basis is " +
                                            std::string(to_string(opts.basis)) + ", which takes none");
  }
  std::vector<std::int64_t> w;
  switch (opts.basis) {
    case spread_basis::even: return even_weights(periods);
    case spread_basis::calendar_days: return calendar_day_weights(periods);
    case spread_basis::working_days: w = working_day_weights(periods, opts.workdays); break;
    case spread_basis::key:
    case spread_basis::reference: w = labelled_weights(periods, opts); break;
    default: throw error(errc::invalid_argument, "unknown spread basis");
  }
  if (!periods.empty() && all_zero(w)) return apply_zero_policy(periods, opts.when_zero, zero_cause(opts.basis));
  return w;
}

std::vector<std::int64_t> spread(std::int64_t total, std::span<const period> periods, const spread_options& opts,
                                 const alloc::limits& lim) {
  if (periods.empty()) throw error(errc::invalid_argument, "there are no periods to spread over");
  const std::vector<std::int64_t> weights = spread_weights(periods, opts);
  std::vector<std::int64_t> shares(periods.size());
  alloc::workspace scratch;
  spread_by_weights(total, weights, opts.rounding, lim, shares, scratch);
  return shares;
}

void spread_by_weights(std::int64_t total, std::span<const std::int64_t> weights, const alloc::options& rounding,
                       const alloc::limits& lim, std::span<std::int64_t> shares, alloc::workspace& scratch) {
  if (total >= 0) {
    alloc::apportion(total, weights, rounding, lim, shares, scratch);
    return;
  }
  if (total == std::numeric_limits<std::int64_t>::min()) {
    throw error(errc::overflow, "a total of -9223372036854775808 cannot be spread (its magnitude exceeds int64)");
  }
  // A negative total is its magnitude spread and negated; limits mirror: a share s
  // with min <= s <= max becomes -s with -max <= -s <= -min.
  auto negated = [](std::span<const std::int64_t> in) {
    std::vector<std::int64_t> out(in.begin(), in.end());
    for (std::int64_t& x : out) {
      if (x != alloc::unset) x = -x;
    }
    return out;
  };
  // Every share of a negative total is <= 0, so a positive limit is a mistake; say
  // so in the caller's terms before mirroring, as the engine does for negative
  // limits of a positive total.
  const auto reject_positive = [total](std::span<const std::int64_t> values, std::string_view name) {
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (values[i] != alloc::unset && values[i] > 0) {
        throw error(errc::out_of_range,
                    std::string(name) + " of child " + std::to_string(i) + " is " + std::to_string(values[i]) +
                        ", but every share of the negative total " + std::to_string(total) +
                        " is zero or less, so its limits must be too",
                    i);
      }
    }
  };
  reject_positive(lim.min, "the minimum");
  reject_positive(lim.max, "the maximum");
  reject_positive(lim.fixed, "the fixed value");
  const std::vector<std::int64_t> min = negated(lim.max);
  const std::vector<std::int64_t> max = negated(lim.min);
  const std::vector<std::int64_t> fixed = negated(lim.fixed);
  std::vector<std::int64_t> magnitudes(shares.size());
  try {
    alloc::apportion(-total, weights, rounding, alloc::limits{min, max, fixed}, magnitudes, scratch);
  } catch (const error& e) {
    // The engine saw magnitudes; tell the caller how its numbers were turned round.
    throw error(e.code(),
                "the negative total " + std::to_string(total) + " is spread as its magnitude " +
                    std::to_string(-total) + ", with each limit negated (a minimum of -x becomes a maximum of x): " +
                    e.what(),
                e.children());
  }
  std::transform(magnitudes.begin(), magnitudes.end(), shares.begin(), [](std::int64_t m) { return -m; });
}

}  // namespace tandem::time
