#!/usr/bin/env bash
# Builds Go-Live Control with its tests (assertions on) and runs the whole suite with CTest.
# A throwaway PostgreSQL server runs meanwhile, for the tests of the postgres probe against the
# real thing (scripts/lib/test-postgres.sh); it is stopped and deleted on exit.
# Run it as yourself (sudo is called for packages and to run PostgreSQL as its own user) or as root;
# under sudo the build and the tests run as the user who called sudo (scripts/lib/privileges.sh).
# GOLIVE_WERROR=ON makes every compiler warning an error (.ci/run sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/privileges.sh
source scripts/lib/test-postgres.sh

jobs=${GOLIVE_JOBS:-$(nproc)}
scripts/install-deps.sh postgresql poppler-utils python3
reclaim_for_user build-tests
as_user cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGOLIVE_BUILD_TESTS=ON -DGOLIVE_BUILD_BENCH=ON \
    -DGOLIVE_WERROR="${GOLIVE_WERROR:-OFF}" >/dev/null
as_user cmake --build build-tests --parallel "$jobs"

start_test_postgres
cd build-tests
# Tests render offscreen: no display is needed.
as_user env QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs" --timeout 900
