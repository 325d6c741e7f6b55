// apportion(): validates the request, reduces it to a `problem` in quanta, runs the
// method into a scratch buffer and copies the result out only on success.
#include "tandem/alloc/apportion.hpp"

#include <algorithm>
#include <string>
#include <tuple>

#include "divisor.hpp"
#include "hamilton.hpp"
#include "problem.hpp"
#include "workspace_state.hpp"
#include "tandem/core/checked.hpp"
#include "tandem/core/error.hpp"
#include "tandem/core/multiprecision.hpp"

namespace tandem::alloc {
namespace {

using detail::problem;

std::string child_name(std::size_t i) { return "child " + std::to_string(i + 1); }

[[noreturn]] void fail(errc code, const std::string& message, std::size_t child) {
  throw error(code, child_name(child) + ": " + message, child);
}

void check_sizes(std::size_t n, const limits& lim, std::size_t out_size) {
  const auto check = [n](std::size_t size, const char* what) {
    if (size != 0 && size != n) {
      throw error(errc::invalid_argument, std::string(what) + " has " + std::to_string(size) +
                                              " entries for " + std::to_string(n) + " children");
    }
  };
  check(lim.min.size(), "min");
  check(lim.max.size(), "max");
  check(lim.fixed.size(), "fixed");
  if (out_size != n) {
    throw error(errc::invalid_argument, "the output has " + std::to_string(out_size) +
                                            " entries for " + std::to_string(n) + " children");
  }
}

void check_options(const options& opts) {
  if (opts.quantum <= 0) {
    throw error(errc::invalid_argument,
                "the quantum must be positive, got " + std::to_string(opts.quantum));
  }
  if (static_cast<unsigned>(opts.m) > static_cast<unsigned>(method::huntington_hill)) {
    throw error(errc::invalid_argument, "unknown method " + std::to_string(static_cast<unsigned>(opts.m)));
  }
  if (static_cast<unsigned>(opts.ties) > static_cast<unsigned>(tie_rule::error)) {
    throw error(errc::invalid_argument,
                "unknown tie rule " + std::to_string(static_cast<unsigned>(opts.ties)));
  }
}

std::int64_t value_or(std::span<const std::int64_t> values, std::size_t i, std::int64_t fallback) {
  if (values.empty() || values[i] == unset) return fallback;
  return values[i];
}

// Checks one child's limits and returns them in quanta as [lower, upper].
std::pair<std::int64_t, std::int64_t> child_bounds(const limits& lim, std::size_t i,
                                                   std::int64_t quantum) {
  const auto checked_limit = [&](std::span<const std::int64_t> values, const char* what) {
    const std::int64_t v = value_or(values, i, unset);
    if (v == unset) return v;
    if (v < 0) fail(errc::out_of_range, std::string(what) + " must not be negative, got " + std::to_string(v), i);
    if (v % quantum != 0) {
      fail(errc::infeasible, std::string(what) + " " + std::to_string(v) +
                                 " is not a multiple of the quantum " + std::to_string(quantum), i);
    }
    return v / quantum;
  };
  const std::int64_t min = checked_limit(lim.min, "min");
  const std::int64_t max = checked_limit(lim.max, "max");
  const std::int64_t fixed = checked_limit(lim.fixed, "fixed");
  const std::int64_t lower = min == unset ? 0 : min;
  const std::int64_t upper = max == unset ? detail::no_upper_bound : max;
  if (lower > upper) {
    fail(errc::out_of_range, "min " + std::to_string(min * quantum) + " is above max " +
                                 std::to_string(max * quantum), i);
  }
  if (fixed == unset) return {lower, upper};
  if (fixed < lower || fixed > upper) {
    fail(errc::out_of_range, "fixed value " + std::to_string(fixed * quantum) +
                                 " lies outside its bounds", i);
  }
  return {fixed, fixed};
}

problem prepare(std::int64_t total, std::span<const std::int64_t> weights, const options& opts,
                const limits& lim) {
  const std::int64_t q = opts.quantum;
  if (total < 0) throw error(errc::out_of_range, "the total must not be negative, got " + std::to_string(total));
  // One read of the weights checks them and, without limits, sums the movable ones.
  uint128 weight_sum = 0;
  std::uint64_t positive = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (weights[i] < 0) fail(errc::out_of_range, "weight must not be negative, got " + std::to_string(weights[i]), i);
    weight_sum += static_cast<std::uint64_t>(weights[i]);
    positive += weights[i] > 0 ? 1U : 0U;
  }
  if (total % q != 0) {
    throw error(errc::infeasible, "the total " + std::to_string(total) +
                                      " is not a multiple of the quantum " + std::to_string(q));
  }
  problem p;
  p.total = total / q;
  p.weights = weights;
  p.ties = opts.ties;
  p.quantum = q;
  const bool has_limits = !lim.min.empty() || !lim.max.empty() || !lim.fixed.empty();
  if (!has_limits) {
    p.movable_weight = weight_sum;
    p.movable_count = positive;
    return p;
  }

  p.lower.resize(weights.size());
  p.upper.resize(weights.size());
  for (std::size_t i = 0; i < weights.size(); ++i) {
    std::tie(p.lower[i], p.upper[i]) = child_bounds(lim, i, q);
    if (p.movable(i)) {
      p.movable_weight += p.weight(i);
      ++p.movable_count;
    }
  }
  return p;
}

// The request can be met iff fixed values fit, the minimums of the others fit in
// what remains, and the others can absorb all of it (a zero-weight child never
// rises above its minimum).
void check_feasible(const problem& p, std::int64_t quantum) {
  if (!p.bounded()) {  // no limits: only a positive total with nothing to carry it fails
    if (p.total > 0 && p.movable_weight == 0) {
      throw error(errc::infeasible, std::to_string(p.total * quantum) +
                                        " is left to apportion but every child that is not fixed "
                                        "has weight zero");
    }
    return;
  }
  // Sums are in quanta and may exceed int64; show them exactly in the caller's units.
  const auto in_units = [quantum](int128 v) { return (big_int(v) * quantum).str(); };
  int128 fixed = 0;
  int128 minimums = 0;
  int128 capacity = 0;
  bool any_positive_weight = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const std::int64_t lo = p.lower_of(i);
    const std::int64_t hi = p.upper_of(i);
    if (lo == hi) {
      fixed += lo;
      if (fixed > p.total) {
        throw error(errc::infeasible, "fixed values (and bounds with min = max) sum to more than the total " +
                                          in_units(p.total) + " (at " + child_name(i) + ")", i);
      }
      continue;
    }
    minimums += lo;
    if (p.weights[i] > 0) {
      any_positive_weight = true;
      capacity += hi == detail::no_upper_bound ? int128{p.total} : int128{hi};
    } else {
      capacity += lo;
    }
  }
  const int128 remaining = p.total - fixed;
  if (minimums > remaining) {
    throw error(errc::infeasible, "the minimums sum to " + in_units(minimums) + ", above the " +
                                      in_units(remaining) + " left to apportion");
  }
  if (capacity < remaining) {
    if (!any_positive_weight) {
      throw error(errc::infeasible, in_units(remaining) +
                                        " is left to apportion but every child that is not fixed "
                                        "has weight zero");
    }
    throw error(errc::infeasible, "the maximums (and the minimums of zero-weight children) sum to " +
                                      in_units(capacity) + ", below the " + in_units(remaining) +
                                      " left to apportion");
  }
}

}  // namespace

workspace::workspace() noexcept = default;
workspace::workspace(workspace&&) noexcept = default;
workspace& workspace::operator=(workspace&&) noexcept = default;
workspace::~workspace() = default;

std::size_t workspace::capacity_bytes() const noexcept { return state_ ? state_->capacity_bytes() : 0; }

void workspace::release() noexcept { state_.reset(); }

// Gives the algorithms the workspace's buffers.
struct workspace_access {
  static detail::workspace_state& state(workspace& ws) {
    if (!ws.state_) ws.state_ = std::make_unique<detail::workspace_state>();
    return *ws.state_;
  }
};

void apportion(std::int64_t total, std::span<const std::int64_t> weights, const options& opts,
               const limits& lim, std::span<std::int64_t> shares, workspace& ws) {
  check_sizes(weights.size(), lim, shares.size());
  check_options(opts);
  const problem p = prepare(total, weights, opts, lim);
  check_feasible(p, opts.quantum);

  // The methods write into scratch, copied out only once nothing can fail any more.
  const std::size_t n = weights.size();
  detail::workspace_state& state = workspace_access::state(ws);
  if (state.shares.size() < n) state.shares.resize(n);
  const std::span<std::int64_t> scratch(state.shares.data(), n);
  if (opts.m == method::hamilton) {
    detail::apportion_hamilton(p, scratch, state);
  } else {
    detail::apportion_divisor(p, opts.m, scratch, state);
  }
  const std::int64_t q = opts.quantum;
  if (q == 1) {
    std::copy(scratch.begin(), scratch.end(), shares.begin());
  } else {
    for (std::size_t i = 0; i < n; ++i) shares[i] = scratch[i] * q;  // share <= total / q
  }
}

void apportion(std::int64_t total, std::span<const std::int64_t> weights, const options& opts,
               const limits& lim, std::span<std::int64_t> shares) {
  workspace ws;
  apportion(total, weights, opts, lim, shares, ws);
}

std::vector<std::int64_t> apportion(std::int64_t total, std::span<const std::int64_t> weights,
                                    const options& opts, const limits& lim) {
  std::vector<std::int64_t> shares(weights.size());
  apportion(total, weights, opts, lim, shares);
  return shares;
}

}  // namespace tandem::alloc
