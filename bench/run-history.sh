#!/usr/bin/env bash
# Probe history benchmark: SERVICES × DAYS of 30-second results, then one service's 7-day uptime
# and a ≤ 500-point latency series (median of 21 runs; aim < 20 ms, and a file ≤ 40 MB for 50 × 7).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOLIVE_BUILD_TESTS=OFF -DGOLIVE_BUILD_BENCH=ON >/dev/null
cmake --build build-bench --parallel "$(nproc)" --target history_bench
cd "$(mktemp -d)"
"$OLDPWD/build-bench/bench/history_bench" --services "${1:-50}" --days "${2:-7}"
