#!/usr/bin/env bash
# The long torture of the launch record, by hand (CI runs the same test for 12 s per record):
# a window, two `golive monitor` processes, three writers and a reader at once, programs killed
# with SIGKILL at random moments, on a SQLite file and on a team record (a throwaway PostgreSQL
# server, as scripts/test.sh starts). Prints what it tried and fails on anything lost or doubled.
#
#   scripts/torture.sh [SECONDS]      # default 300 per record
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/privileges.sh
source scripts/lib/test-postgres.sh

seconds=${1:-300}
scripts/install-deps.sh postgresql python3
reclaim_for_user build-tests
as_user cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGOLIVE_BUILD_TESTS=ON >/dev/null
as_user cmake --build build-tests --target tst_torture golive
start_test_postgres
cd build-tests
as_user env QT_QPA_PLATFORM=offscreen LANGUAGE= GOLIVE_TORTURE_SECONDS="$seconds" GOLIVE_TEST_PG_PORT="$GOLIVE_TEST_PG_PORT" \
    tests/tst_torture
