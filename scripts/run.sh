#!/usr/bin/env bash
# Builds Go-Live Control (Release) and starts it. Arguments go to golive, e.g.
#   scripts/run.sh --db /tmp/launch.sqlite
#   scripts/run.sh tick "E2E Tests Passed" --as ci
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOLIVE_BUILD_TESTS=OFF -DGOLIVE_BUILD_BENCH=OFF >/dev/null
cmake --build build --parallel "$(nproc)" --target golive
exec ./build/golive "$@"
