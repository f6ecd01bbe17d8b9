#!/usr/bin/env bash
# Builds Go-Live Control with its tests (assertions on) and runs the whole suite with CTest.
# A throwaway PostgreSQL server runs meanwhile, for the tests of the postgres probe against the
# real thing (scripts/lib/test-postgres.sh); it is stopped and deleted on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/test-postgres.sh

scripts/install-deps.sh postgresql
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGOLIVE_BUILD_TESTS=ON -DGOLIVE_BUILD_BENCH=ON >/dev/null
cmake --build build-tests --parallel "$(nproc)"

start_test_postgres
cd build-tests
# Tests render offscreen: no display is needed.
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 900
