#!/usr/bin/env bash
# Builds the release configuration and runs the main job on the bundled example:
# a company's annual sales target (in yuan, at scale 2) apportioned to its sales
# regions in proportion to last year's sales, with bounds and one locked region.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target tandem
exec build/release/tools/tandem/tandem allocate --method hamilton --scale 2 \
  --total 120000000.00 --quantum 1000.00 examples/regions.csv
