#!/usr/bin/env bash
# Store benchmark: 10,000 appends one transaction each; state rebuilt from 100,000 events.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOLIVE_BUILD_TESTS=OFF -DGOLIVE_BUILD_BENCH=ON >/dev/null
cmake --build build-bench --parallel "$(nproc)" --target store_bench
cd "$(mktemp -d)"
"$OLDPWD/build-bench/bench/store_bench" --append "${1:-10000}" --rebuild "${2:-100000}"
