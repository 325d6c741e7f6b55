#!/usr/bin/env bash
# Builds and runs the allocation benchmarks, then prints the tables of
# docs/performance.md. One command:
#   bench/alloc/run.sh [extra benchmark flags, e.g. --benchmark_filter=hamilton]
# Environment: TANDEM_BENCH_BUILD (default build/bench), OUT (default
# $TANDEM_BENCH_BUILD/alloc_bench.json).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${TANDEM_BENCH_BUILD:-$root/build/bench}
out=${OUT:-$build/alloc_bench.json}

if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release \
    -DTANDEM_BUILD_TOOLS=OFF -DTANDEM_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target tandem_alloc_bench -j 2 >/dev/null

echo "load before: $(cut -d ' ' -f 1-3 /proc/loadavg)" >&2
"$build/bench/tandem_alloc_bench" \
  --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
  --benchmark_out="$out" --benchmark_out_format=json "$@" >&2
echo "load after: $(cut -d ' ' -f 1-3 /proc/loadavg)" >&2
python3 "$here/summarize.py" "$out"
