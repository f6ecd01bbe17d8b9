#!/usr/bin/env bash
# Whether the checklist's size matters to a command (issue #22): `golive tick` and `golive --smoke`
# on a store holding a SMALL-task checklist and on one holding a LARGE-task checklist
# (bench/make-checklist.sh), RUNS runs each alternating between the two; median wall time and
# peak RSS (GNU time), and the ratio large/small against the aim of at most 2.
#   bench/run-checklist-size.sh [LARGE] [SMALL] [RUNS]      (default 20000 1250 9)
# GOLIVE_BENCH_BUILD=0 times the binary in build-bench/ as it is (no build first).
set -euo pipefail
cd "$(dirname "$0")/.."
large=${1:-20000}
small=${2:-1250}
runs=${3:-9}
root=$PWD
if [ "${GOLIVE_BENCH_BUILD:-1}" != 0 ]; then
    cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOLIVE_BUILD_TESTS=OFF \
        -DGOLIVE_BUILD_BENCH=ON >/dev/null
    flock /tmp/golive-build.lock nice -n 5 cmake --build build-bench --target golive >/dev/null
fi
golive=$root/build-bench/golive
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
who=(--as "Bench Runner" --role "Platform Lead")

# A store per size with the checklist imported, and the ids of its tasks (ticked in turn).
for size in "$small" "$large"; do
    bench/make-checklist.sh "$size" >"$work/$size.md"
    "$golive" import "$work/$size.md" --db "$work/$size.sqlite" "${who[@]}" >/dev/null
    "$golive" export --format json --db "$work/$size.sqlite" |
        grep -B2 '"kind": "task"' | grep -o '"id": "[0-9a-f]*"' | grep -o '[0-9a-f]\{10\}' >"$work/$size.ids"
done

# One timed run: prints "milliseconds maxrss_kib" (wall from the clock, memory from GNU time).
timed() {
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        echo "failed: $*" >&2
        cat "$work/stderr" >&2
        exit 1
    }
    t1=$(date +%s%N)
    echo "$(((t1 - t0) / 1000000)) $(cat "$work/time")"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for i in $(seq 1 "$runs"); do
    for size in "$small" "$large"; do
        # Tasks spread over the whole checklist, first to last: where an item sits must not matter.
        id=$(sed -n "$(((i - 1) * (size - 1) / (runs > 1 ? runs - 1 : 1) + 1))p" "$work/$size.ids")
        timed "$golive" tick "$id" --db "$work/$size.sqlite" "${who[@]}" >>"$work/tick-$size"
        timed "$golive" --smoke --db "$work/$size.sqlite" >>"$work/smoke-$size"
    done
done

echo "load average: $(uptime | sed 's/.*load average: //')"
printf '%-7s %7s %9s %9s\n' command tasks "wall ms" "peak MiB"
for what in tick smoke; do
    declare -A ms=()
    for size in "$small" "$large"; do
        ms[$size]=$(cut -d' ' -f1 "$work/$what-$size" | median)
        kib=$(cut -d' ' -f2 "$work/$what-$size" | median)
        printf '%-7s %7s %9s %9s\n' "$what" "$size" "${ms[$size]}" "$(awk -v k="$kib" 'BEGIN { printf "%.1f", k / 1024 }')"
    done
    awk -v w="$what" -v a="${ms[$large]}" -v b="${ms[$small]}" -v l="$large" -v s="$small" \
        'BEGIN { printf "%s: %s tasks / %s tasks = %.2fx (aim <= 2)\n", w, l, s, a / b }'
done
