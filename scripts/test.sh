#!/usr/bin/env bash
# Builds Tandem and runs every test: first in the release build, then under
# AddressSanitizer + UndefinedBehaviorSanitizer. Ends with ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

jobs=$(nproc)
for preset in release asan-ubsan; do
  echo "== $preset: configure and build" >&2
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
done
for preset in release asan-ubsan; do
  echo "== $preset: test" >&2
  ctest --preset "$preset" -j "$jobs"
done
