#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer + UndefinedBehaviorSanitizer (leak detection on)
# in build-asan/ and runs it with CTest, offscreen, beside the same throwaway PostgreSQL server as
# scripts/test.sh. Any report stops that test and fails it. Arguments go to ctest (e.g. -R markdown).
# Build parallelism: GOLIVE_JOBS (default: the number of cores). Run as yourself or as root, like test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/privileges.sh
source scripts/lib/test-postgres.sh

scripts/install-deps.sh postgresql python3
jobs=${GOLIVE_JOBS:-$(nproc)}
reclaim_for_user build-asan
as_user cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGOLIVE_SANITIZE=ON \
    -DGOLIVE_BUILD_TESTS=ON -DGOLIVE_BUILD_BENCH=OFF >/dev/null
as_user cmake --build build-asan --parallel "$jobs"

# Leaks are reported at exit; a UBSan finding fails the test like an ASan one (halt_on_error).
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Qt and its plugins build their frames without frame pointers: the slow unwinder names the real owner of a leak.
export LSAN_OPTIONS="fast_unwind_on_malloc=0"

start_test_postgres
cd build-asan
as_user env QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs" --timeout 1800 "$@"
