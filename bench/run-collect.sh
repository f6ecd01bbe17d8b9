#!/usr/bin/env bash
# Collector benchmark: builds Release and runs `golive collect` over a fake n8n holding EXECUTIONS
# executions in the window (default 100,000: 400 pages of 250), RUNS times (default 3): wall time
# and peak memory against the aim (5 s, 100 MiB).   bench/run-collect.sh [EXECUTIONS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
executions=${1:-100000}
runs=${2:-3}
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOLIVE_BUILD_TESTS=OFF -DGOLIVE_BUILD_BENCH=ON >/dev/null
cmake --build build-bench -j2 --target golive collect_bench >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY
./build-bench/bench/collect_bench --golive ./build-bench/golive --executions "$executions" --runs "$runs"
