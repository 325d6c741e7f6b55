#!/usr/bin/env bash
# Installs the Debian 12 packages Tandem needs, and only those that are missing.
# Idempotent: a second run installs nothing and does not touch the network.
set -euo pipefail

packages=(
  g++ make cmake pkg-config python3
  libboost-dev libboost-date-time-dev   # Multiprecision (header-only), Date_Time
  libmsgsl-dev                          # Microsoft GSL
  libgtest-dev libgmock-dev             # GoogleTest
  libbenchmark-dev                      # Google Benchmark
  libfmt-dev nlohmann-json3-dev libcli11-dev   # the CLI: formatting, JSON, arguments
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
