#!/usr/bin/env bash
# Builds the release configuration and runs the main job on the bundled example: a
# company's annual sales target decomposed exactly over its sales units, product lines
# and quarters, against what was sold so far (examples/plan/). Then the first job the
# library did, still the core of that decomposition: an annual target (in yuan, at
# scale 2) apportioned to sales regions in proportion to last year's sales, with
# bounds and one locked region (examples/regions.csv).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target tandem
tandem=build/release/tools/tandem/tandem

echo '$ tandem plan examples/plan/huadong_plan.json --actuals examples/plan/actuals.csv'
"$tandem" plan examples/plan/huadong_plan.json --actuals examples/plan/actuals.csv

echo
echo '$ tandem allocate --method hamilton --scale 2 --total 120000000.00 --quantum 1000.00 examples/regions.csv'
"$tandem" allocate --method hamilton --scale 2 --total 120000000.00 --quantum 1000.00 examples/regions.csv
