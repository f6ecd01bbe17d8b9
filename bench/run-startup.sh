#!/usr/bin/env bash
# Start-up benchmark: builds Release, writes a store with 100,000 events and compares
# `golive --smoke` on it with the bare one-label window.   bench/run-startup.sh [EVENTS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-100000}
runs=${2:-20}
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOLIVE_BUILD_TESTS=OFF -DGOLIVE_BUILD_BENCH=ON >/dev/null
cmake --build build-bench --parallel "$(nproc)" --target golive bare_window store_bench startup_bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
./build-bench/bench/store_bench --make-store "$work/launch.sqlite" "$events"
./build-bench/bench/startup_bench ./build-bench/golive ./build-bench/bench/bare_window "$work/launch.sqlite" "$runs"
