#!/usr/bin/env bash
# Builds Go-Live Control with its tests (assertions on) and runs the whole suite with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGOLIVE_BUILD_TESTS=ON -DGOLIVE_BUILD_BENCH=ON >/dev/null
cmake --build build-tests --parallel "$(nproc)"
cd build-tests
# Tests render offscreen: no display is needed.
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 900
