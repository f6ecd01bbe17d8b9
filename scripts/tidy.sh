#!/usr/bin/env bash
# Runs clang-tidy (clang-tidy-14 from Debian) with the checked-in .clang-tidy over the project's
# sources, using the compile commands of the test build (build-tests/), and prints every
# finding and their count per check. Arguments narrow it to files matching a pattern (e.g. models/record).
# Exit 0 when there are no findings, 1 when there are; it is a report for people, not a CI gate.
# GOLIVE_JOBS sets the parallelism (default: the number of cores).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/privileges.sh

scripts/install-deps.sh clang-tidy-14 python3 >/dev/null
# The test build (scripts/test.sh's build-tests/, same settings) gives the compile commands and the
# files moc and rcc generate that sources include; it is brought up to date first.
out=build-tests
reclaim_for_user "$out"
as_user cmake -S . -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGOLIVE_BUILD_TESTS=ON -DGOLIVE_BUILD_BENCH=ON \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
as_user cmake --build "$out" --parallel "${GOLIVE_JOBS:-$(nproc)}" >/dev/null

pattern=${1:-.}
files=$(python3 -c 'import json,sys; [print(e["file"]) for e in json.load(open(sys.argv[1]))]' \
    "$out/compile_commands.json" | grep -v -e '/build-' -e '_autogen/' | grep -E "$pattern" | sort -u)
log="$out/tidy.log"
echo "$files" | xargs -P "${GOLIVE_JOBS:-$(nproc)}" -n 4 clang-tidy-14 -p "$out" --quiet >"$log" 2>/dev/null || true
grep -E '^/.*: (warning|error): ' "$log" | sort -u >"$out/tidy-findings.txt" || true
count=$(wc -l <"$out/tidy-findings.txt")
grep -o '\[[a-z0-9.,-]*\]$' "$out/tidy-findings.txt" | sort | uniq -c | sort -rn || true
echo "clang-tidy: $count findings in $(echo "$files" | wc -l) files (all: $out/tidy-findings.txt)"
[ "$count" -eq 0 ]
