#!/usr/bin/env bash
# Builds Go-Live Control (Release) and starts it. Arguments go to golive, e.g.
#   scripts/run.sh --db /tmp/launch.sqlite
#   scripts/run.sh tick "E2E Tests Passed" --as ci
# Run it as yourself (sudo is called to install packages only) or as root; under sudo the build and
# the window run as the user who called sudo (scripts/lib/privileges.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/privileges.sh

scripts/install-deps.sh
reclaim_for_user build
as_user cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOLIVE_BUILD_TESTS=OFF -DGOLIVE_BUILD_BENCH=OFF >/dev/null
as_user cmake --build build --parallel "${GOLIVE_JOBS:-$(nproc)}" --target golive
as_user ./build/golive "$@"
