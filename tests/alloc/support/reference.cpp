#include "alloc/support/reference.hpp"

#include <algorithm>
#include <limits>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "tandem/core/multiprecision.hpp"

namespace tandem::alloc::test_support {
namespace {

// Unwinds the reference from wherever it detects a failure.
struct reference_failure {
  errc code;
  std::vector<std::size_t> children;
};

[[noreturn]] void fail(errc code, std::vector<std::size_t> children = {}) {
  throw reference_failure{code, std::move(children)};
}

// The value of limit vector `v` for child i, or nothing.
std::optional<std::int64_t> limit_at(const std::vector<std::int64_t>& v, std::size_t i) {
  if (v.empty() || v[i] == unset) return std::nullopt;
  return v[i];
}

// A child that shares the remainder, everything counted in quanta.
struct free_child {
  std::size_t index;               // position in the input
  big_int weight;
  big_int lower;                   // min (0 when none)
  std::optional<big_int> upper;    // max; none = no upper bound
};

// ---------------------------------------------------------------------------
// The order of units (divisor methods) and of remainders (Hamilton).

// Among two equally entitled children, does `a` come first under the tie rule?
// error breaks ties like input-order; the caller then checks whether it mattered.
bool wins_tie(const free_child& a, const free_child& b, tie_rule rule) {
  switch (rule) {
    case tie_rule::larger_weight:
      if (a.weight != b.weight) return a.weight > b.weight;
      break;
    case tie_rule::smaller_weight:
      if (a.weight != b.weight) return a.weight < b.weight;
      break;
    case tie_rule::input_order:
    case tie_rule::error:
      break;
  }
  return a.index < b.index;
}

// ---------------------------------------------------------------------------
// Divisor methods: unit by unit.

std::vector<big_int> divisor_units(const std::vector<free_child>& kids, const big_int& remainder,
                                   method m, tie_rule rule) {
  std::vector<big_int> units;
  big_int to_hand_out = remainder;
  for (const free_child& c : kids) {
    units.push_back(c.lower);
    to_hand_out -= c.lower;
  }

  // A child may take another unit if it has weight and is below its maximum.
  auto can_take = [&](std::size_t j) {
    return kids[j].weight > 0 && (!kids[j].upper || units[j] < *kids[j].upper);
  };

  std::optional<priority> last;                // priority of the last unit handed out
  std::vector<std::size_t> served_at_last;     // children that got a unit at that priority
  for (big_int u = 0; u < to_hand_out; ++u) {
    std::optional<std::size_t> best;
    priority best_priority;
    for (std::size_t j = 0; j < kids.size(); ++j) {
      if (!can_take(j)) continue;
      const priority pj = unit_priority(m, kids[j].weight, units[j]);
      if (!best) {
        best = j;
        best_priority = pj;
        continue;
      }
      const int c = compare(pj, best_priority);
      if (c > 0 || (c == 0 && wins_tie(kids[j], kids[*best], rule))) {
        best = j;
        best_priority = pj;
      }
    }
    if (!best) fail(errc::infeasible);  // unreachable: feasibility was checked
    if (!last || compare(*last, best_priority) != 0) served_at_last.clear();
    served_at_last.push_back(kids[*best].index);
    last = best_priority;
    units[*best] += 1;
  }

  if (rule == tie_rule::error && last) {
    // Units of the last priority still waiting: the tie straddles the cut.
    std::vector<std::size_t> waiting;
    for (std::size_t j = 0; j < kids.size(); ++j) {
      if (can_take(j) && compare(unit_priority(m, kids[j].weight, units[j]), *last) == 0) {
        waiting.push_back(kids[j].index);
      }
    }
    if (!waiting.empty()) {
      std::vector<std::size_t> tied = served_at_last;
      tied.insert(tied.end(), waiting.begin(), waiting.end());
      std::sort(tied.begin(), tied.end());
      fail(errc::tie, std::move(tied));
    }
  }
  return units;
}

// ---------------------------------------------------------------------------
// Hamilton with bounded quotas.

rational clamp_quota(const free_child& c, const rational& factor) {
  if (c.weight == 0) return rational{c.lower};
  rational q = factor * rational{c.weight};
  if (q < rational{c.lower}) q = rational{c.lower};
  if (c.upper && q > rational{*c.upper}) q = rational{*c.upper};
  return q;
}

rational quota_sum(const std::vector<free_child>& kids, const rational& factor) {
  rational s = 0;
  for (const free_child& c : kids) s += clamp_quota(c, factor);
  return s;
}

// The common factor L >= 0 with sum_i clamp(L w_i, min_i, max_i) = remainder.
// f(L) is continuous, non-decreasing and linear between the breakpoints min_i/w_i
// and max_i/w_i. A binary search finds the first breakpoint where f reaches the
// remainder; L is then interpolated linearly on the segment that ends there.
rational hamilton_factor(const std::vector<free_child>& kids, const big_int& remainder) {
  const rational target{remainder};
  std::vector<rational> points{rational{0}};
  for (const free_child& c : kids) {
    if (c.weight == 0) continue;
    points.emplace_back(c.lower, c.weight);
    if (c.upper) points.emplace_back(*c.upper, c.weight);
  }
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());

  // First breakpoint with f >= target (f(0) = sum of minimums <= target).
  std::size_t lo = 0;
  std::size_t hi = points.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (quota_sum(kids, points[mid]) >= target) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  if (lo < points.size()) {
    const rational fb = quota_sum(kids, points[lo]);
    if (fb == target || lo == 0) return points[lo];
    const rational fa = quota_sum(kids, points[lo - 1]);
    return points[lo - 1] + (target - fa) * (points[lo] - points[lo - 1]) / (fb - fa);
  }
  // Beyond the last breakpoint f is linear with the slope of the unbounded children.
  const rational a = points.back();
  const rational fa = quota_sum(kids, a);
  const rational slope = quota_sum(kids, a + 1) - fa;
  if (slope <= 0) fail(errc::infeasible);  // unreachable: feasibility was checked
  return a + (target - fa) / slope;
}

big_int floor_of(const rational& r) {  // r >= 0
  return mp::numerator(r) / mp::denominator(r);
}

std::vector<big_int> hamilton_units(const std::vector<free_child>& kids, const big_int& remainder,
                                    tie_rule rule) {
  const rational factor = hamilton_factor(kids, remainder);
  std::vector<big_int> units;
  std::vector<rational> fraction;
  big_int extras = remainder;
  for (const free_child& c : kids) {
    const rational q = clamp_quota(c, factor);
    units.push_back(floor_of(q));
    fraction.push_back(q - rational{units.back()});
    extras -= units.back();
  }

  std::vector<std::size_t> order(kids.size());
  for (std::size_t j = 0; j < order.size(); ++j) order[j] = j;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (fraction[a] != fraction[b]) return fraction[a] > fraction[b];
    return wins_tie(kids[a], kids[b], rule);
  });

  const auto served = static_cast<std::size_t>(extras);
  for (std::size_t r = 0; r < served; ++r) units[order[r]] += 1;

  if (rule == tie_rule::error && served > 0 && served < order.size() &&
      fraction[order[served - 1]] == fraction[order[served]]) {
    const rational cut = fraction[order[served - 1]];
    std::vector<std::size_t> tied;
    for (std::size_t j = 0; j < kids.size(); ++j) {
      if (fraction[j] == cut) tied.push_back(kids[j].index);
    }
    std::sort(tied.begin(), tied.end());
    fail(errc::tie, std::move(tied));
  }
  return units;
}

// ---------------------------------------------------------------------------
// Validation and the whole request.

std::vector<std::int64_t> solve(const problem& p) {
  const std::size_t n = p.weights.size();
  const std::int64_t q = p.opts.quantum;

  for (const auto* v : {&p.min, &p.max, &p.fixed}) {
    if (!v->empty() && v->size() != n) fail(errc::invalid_argument);
  }
  if (q <= 0) fail(errc::invalid_argument);

  if (p.total < 0) fail(errc::out_of_range);
  for (std::size_t i = 0; i < n; ++i) {
    const auto lo = limit_at(p.min, i);
    const auto hi = limit_at(p.max, i);
    const auto fx = limit_at(p.fixed, i);
    if (p.weights[i] < 0) fail(errc::out_of_range, {i});
    if ((lo && *lo < 0) || (hi && *hi < 0) || (fx && *fx < 0)) fail(errc::out_of_range, {i});
    if (lo && hi && *lo > *hi) fail(errc::out_of_range, {i});
    if (fx && ((lo && *fx < *lo) || (hi && *fx > *hi))) fail(errc::out_of_range, {i});
  }

  if (p.total % q != 0) fail(errc::infeasible);
  for (std::size_t i = 0; i < n; ++i) {
    for (const auto* v : {&p.min, &p.max, &p.fixed}) {
      const auto x = limit_at(*v, i);
      if (x && *x % q != 0) fail(errc::infeasible, {i});
    }
  }

  big_int fixed_sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (const auto fx = limit_at(p.fixed, i)) fixed_sum += *fx;
  }
  if (fixed_sum > big_int{p.total}) fail(errc::infeasible);
  const big_int remainder = (big_int{p.total} - fixed_sum) / q;

  std::vector<free_child> kids;
  big_int lowest = 0;
  big_int highest = 0;
  bool unbounded = false;
  for (std::size_t i = 0; i < n; ++i) {
    if (limit_at(p.fixed, i)) continue;
    free_child c{i, big_int{p.weights[i]}, 0, std::nullopt};
    if (const auto lo = limit_at(p.min, i)) c.lower = big_int{*lo / q};
    if (const auto hi = limit_at(p.max, i)) c.upper = big_int{*hi / q};
    lowest += c.lower;
    if (c.weight == 0) {
      highest += c.lower;  // a child without weight never gets more than its minimum
    } else if (c.upper) {
      highest += *c.upper;
    } else {
      unbounded = true;
    }
    kids.push_back(c);
  }
  if (lowest > remainder) fail(errc::infeasible);
  if (!unbounded && highest < remainder) fail(errc::infeasible);

  const std::vector<big_int> units = p.opts.m == method::hamilton
                                         ? hamilton_units(kids, remainder, p.opts.ties)
                                         : divisor_units(kids, remainder, p.opts.m, p.opts.ties);

  std::vector<std::int64_t> shares(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    if (const auto fx = limit_at(p.fixed, i)) shares[i] = *fx;
  }
  for (std::size_t j = 0; j < kids.size(); ++j) {
    shares[kids[j].index] = static_cast<std::int64_t>(units[j] * q);
  }
  return shares;
}

void print_limits(std::ostream& out, const char* name, const std::vector<std::int64_t>& v) {
  if (v.empty()) return;
  out << ' ' << name << "=[";
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i > 0) out << ',';
    if (v[i] == unset) {
      out << '-';
    } else {
      out << v[i];
    }
  }
  out << ']';
}

}  // namespace

int compare(const priority& a, const priority& b) {
  if (a.infinite != b.infinite) return a.infinite ? 1 : -1;
  const big_int left = a.num * b.den;  // dens are positive
  const big_int right = b.num * a.den;
  if (left == right) return 0;
  return left > right ? 1 : -1;
}

priority unit_priority(method m, const big_int& w, const big_int& k) {
  switch (m) {
    case method::jefferson:  // s(k) = k + 1
      return {false, w, k + 1};
    case method::webster:  // s(k) = k + 1/2: w / (k + 1/2) = 2w / (2k + 1)
      return {false, 2 * w, 2 * k + 1};
    case method::modified_sainte_lague:  // s(0) = 7/10, then k + 1/2
      if (k == 0) return {false, 10 * w, 7};
      return {false, 2 * w, 2 * k + 1};
    case method::adams:  // s(k) = k
      if (k == 0) return {true, w, 1};
      return {false, w, k};
    case method::dean:  // s(k) = 2k(k+1) / (2k+1)
      if (k == 0) return {true, w, 1};
      return {false, w * (2 * k + 1), 2 * k * (k + 1)};
    case method::huntington_hill:  // s(k) = sqrt(k(k+1)), compared squared
      if (k == 0) return {true, w, 1};
      return {false, w * w, k * (k + 1)};
    case method::hamilton:
      break;
  }
  throw std::logic_error("unit_priority: hamilton is not a divisor method");
}

outcome reference_apportion(const problem& p) {
  outcome o;
  try {
    o.shares = solve(p);
    o.ok = true;
  } catch (const reference_failure& f) {
    o.code = f.code;
    o.children = f.children;
  }
  return o;
}

outcome engine_apportion(const problem& p, workspace* scratch) {
  constexpr std::int64_t sentinel = -777'777'777;
  outcome o;
  std::vector<std::int64_t> out(p.weights.size(), sentinel);
  try {
    if (scratch != nullptr) {
      apportion(p.total, p.weights, p.opts, p.lim(), out, *scratch);
    } else {
      apportion(p.total, p.weights, p.opts, p.lim(), out);
    }
    o.ok = true;
    o.shares = std::move(out);
  } catch (const error& e) {
    o.code = e.code();
    o.children = e.children();
    o.output_touched = std::any_of(out.begin(), out.end(), [](std::int64_t s) { return s != sentinel; });
  }
  return o;
}

bool same_outcome(const outcome& a, const outcome& b) {
  if (a.ok != b.ok) return false;
  if (a.ok) return a.shares == b.shares;
  if (a.code != b.code) return false;
  return a.code != errc::tie || a.children == b.children;
}

std::string describe(const problem& p) {
  std::ostringstream out;
  out << "total=" << p.total << " quantum=" << p.opts.quantum << " method=" << to_string(p.opts.m)
      << " ties=" << to_string(p.opts.ties) << " weights=[";
  for (std::size_t i = 0; i < p.weights.size(); ++i) out << (i > 0 ? "," : "") << p.weights[i];
  out << ']';
  print_limits(out, "min", p.min);
  print_limits(out, "max", p.max);
  print_limits(out, "fixed", p.fixed);
  return out.str();
}

std::string describe(const outcome& o) {
  std::ostringstream out;
  if (o.ok) {
    out << "shares=[";
    for (std::size_t i = 0; i < o.shares.size(); ++i) out << (i > 0 ? "," : "") << o.shares[i];
    out << ']';
  } else {
    out << "error " << to_string(o.code) << " children=[";
    for (std::size_t i = 0; i < o.children.size(); ++i) out << (i > 0 ? "," : "") << o.children[i];
    out << ']';
    if (o.output_touched) out << " (output written despite the failure)";
  }
  return out.str();
}

}  // namespace tandem::alloc::test_support
