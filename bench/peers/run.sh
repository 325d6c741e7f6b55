#!/usr/bin/env bash
# Side by side: tandem's largest remainder against dinero.js `allocate`, on the same
# weights. One command; it builds what it needs:
#   bench/peers/run.sh
# Environment: TANDEM_BENCH_BUILD (default build/bench), SIZES (default
# "1000 10000 100000"), TOTAL (default 1000000000 minor units), MAX_WEIGHT
# (default 1000000: dinero.js multiplies amount * ratio in doubles, and
# 1e9 * 1e6 = 1e15 stays below 2^53, so its arithmetic is exact here).
# For each size it prints both results, checks both sums equal the total, counts
# the children whose shares differ (and that none differs by more than one unit),
# and prints the time ratio dinero / tandem. Exits non-zero if a check fails.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${TANDEM_BENCH_BUILD:-$root/build/bench}
sizes=${SIZES:-"1000 10000 100000"}
total=${TOTAL:-1000000000}
max_weight=${MAX_WEIGHT:-1000000}
seed=20240611

# The C++ timer, in a Release build (configured once, rebuilt when sources change).
if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release \
    -DTANDEM_BUILD_TOOLS=OFF -DTANDEM_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target tandem_allocate_timer -j 2 >/dev/null
timer=$build/bench/tandem_allocate_timer

# dinero.js, exactly as pinned by package-lock.json.
if [[ ! -d $here/node_modules/dinero.js ]]; then
  (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
fi
echo "node $(node --version), dinero.js $(node -p "require('$here/node_modules/dinero.js/package.json').version")"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

field() {  # field NAME "k=v k=v ..." -> v
  tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"
}

status=0
table=$(printf '%8s %14s %14s %10s %18s' N tandem_ns dinero_ns ratio shares_differ)
for n in $sizes; do
  repeats=$((n <= 1000 ? 1000 : n <= 10000 ? 200 : 20))  # enough for the JIT to settle
  node "$here/make_weights.mjs" "$n" "$seed" "$max_weight" >"$work/weights_$n.txt"
  t=$("$timer" "$work/weights_$n.txt" "$total" "$repeats" "$work/tandem_$n.txt")
  d=$(node "$here/dinero_allocate.mjs" "$work/weights_$n.txt" "$total" "$repeats" "$work/dinero_$n.txt")
  echo "N=$n total=$total repeats=$repeats"
  echo "  tandem: $t"
  echo "  dinero: $d"
  for result in "$t" "$d"; do
    if [[ $(field sum "$result") != "$total" ]]; then
      echo "FAIL: N=$n: shares sum to $(field sum "$result"), not $total" >&2
      status=1
    fi
  done
  # Both rules give every child the floor of its quota or one more, so two shares
  # may differ by one unit at most: more would be a bug on one side.
  read -r differ max_gap < <(paste -d ' ' "$work/tandem_$n.txt" "$work/dinero_$n.txt" |
    awk '{ g = $1 - $2; if (g < 0) g = -g; if (g) c++; if (g > m) m = g } END { print c + 0, m + 0 }')
  if ((max_gap > 1)); then
    echo "FAIL: N=$n: two shares differ by $max_gap units" >&2
    status=1
  fi
  tandem_ns=$(field best_ns "$t")
  dinero_ns=$(field best_ns "$d")
  ratio=$(awk -v a="$dinero_ns" -v b="$tandem_ns" 'BEGIN { printf "%.1f", a / b }')
  table+=$'\n'$(printf '%8s %14s %14s %9sx %18s' "$n" "$tandem_ns" "$dinero_ns" "$ratio" "$differ of $n")
done
echo
echo "best time of the repeats, ns; ratio = dinero / tandem; shares_differ = children"
echo "whose shares differ (the two rules for leftover units differ: docs/performance.md)"
echo "$table"
exit "$status"
