#!/usr/bin/env bash
# Runs every libFuzzer harness for SECONDS each (default 60) over its seeds in fuzz/corpus/<name>/ and
# prints, per harness, the executions, executions per second, coverage and findings.
#   fuzz/run.sh 600            # ten minutes each
#   fuzz/run.sh 30 markdown    # one harness
# Builds them first in build-fuzz/ (clang-14; -DGOLIVE_FUZZ=ON). New inputs the fuzzer finds go to
# build-fuzz/corpus/<name>/ (the seeds in the repo stay small); crashes, leaks and time-outs go to
# build-fuzz/findings/<name>/ — each one found becomes a regression test (tests/tst_fuzzfindings.cpp).
# GOLIVE_JOBS sets the build's parallelism; set GOLIVE_FUZZ_BUILD=0 to use the harnesses as built.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(markdown parsed fields condition jsonpath catalogue pgreply n8nexecs n8nflows freescout bconnect1 bconnect2 milvus echoes)
out=build-fuzz

if [ "${GOLIVE_FUZZ_BUILD:-1}" != 0 ]; then
    scripts/install-deps.sh clang-14 libclang-rt-14-dev >/dev/null
    cmake -S . -B "$out" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DGOLIVE_FUZZ=ON -DGOLIVE_BUILD_TESTS=OFF -DGOLIVE_BUILD_BENCH=OFF >/dev/null
    cmake --build "$out" --parallel "${GOLIVE_JOBS:-$(nproc)}" --target fuzzers
fi

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
summary=()
status=0
for name in "${names[@]}"; do
    harness="$out/fuzz/fuzz_$name"
    [ -x "$harness" ] || { echo "no harness $harness" >&2; exit 2; }
    work="$out/corpus/$name"
    findings="$out/findings/$name"
    mkdir -p "$work" "$findings"
    log="$out/fuzz-$name.log"
    before=$(find "$findings" -type f | wc -l)
    # -rss_limit_mb: Qt plus ASan; -max_len: 64 KiB lets the whole checklist and catalogue mutate.
    # fuzz/corpus/<name>-stall/: inputs shaped to stall a scan that is not linear (64 KiB of blanks
    # on one line, many items): a quadratic regression runs into -timeout. Apart from the seeds,
    # which the tests also read as samples of real checklists.
    seeds=("fuzz/corpus/$name")
    [ ! -d "fuzz/corpus/$name-stall" ] || seeds+=("fuzz/corpus/$name-stall")
    "$harness" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
        -artifact_prefix="$findings/" "$work" "${seeds[@]}" >"$log" 2>&1 || true
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*' || echo "?")
    found=$(($(find "$findings" -type f | wc -l) - before))
    [ "$found" -eq 0 ] || status=1
    summary+=("$(printf '%-10s %12s %9s/s %8s %9s' "$name" "${execs:-0}" "${rate:-0}" "$cov" "$found")")
done
printf '%-10s %12s %11s %8s %9s\n' harness executions rate coverage findings
printf '%s\n' "${summary[@]}"
[ "$status" -eq 0 ] || echo "findings in $out/findings/ (logs: $out/fuzz-*.log)"
exit "$status"
