#!/usr/bin/env bash
# Whether `golive import` is linear in what a checklist holds (issue #18): import wall time of
# SMALL_TASKS / LARGE_TASKS task items (bench/make-checklist.sh) and of one line with SMALL_BLANKS
# / LARGE_BLANKS blanks ("- [ ] many x: ____ x: ____ …"), the median of RUNS runs each into a new
# store, and the time per item of the large case against the small one (1.0: linear), both less the
# import of a one-task checklist (starting the process, creating the store: the same for any size).
#   bench/run-input-size.sh [BUILD_DIR] [RUNS]      (default build-rel 3)
# Build the binary first: cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release … &&
# ninja -C build-rel golive.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-rel}
runs=${2:-3}
golive=$PWD/$build/golive
[ -x "$golive" ] || { echo "no $golive: build the golive target in $build first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

blanks_line() {
    awk -v n="$1" 'BEGIN { printf "# Blanks\n\n- [ ] many"; for (i = 0; i < n; ++i) printf " x: ____"; print "" }'
}

# Median wall milliseconds of importing $1 into a new store, RUNS times.
import_ms() {
    local file=$1 i t0 t1
    for i in $(seq 1 "$runs"); do
        rm -f "$work/store.sqlite"*
        t0=$(date +%s%N)
        "$golive" import "$file" --db "$work/store.sqlite" --as "Bench Runner" >/dev/null
        t1=$(date +%s%N)
        echo $(((t1 - t0) / 1000000))
    done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

echo "load average: $(uptime | sed 's/.*load average: //')"
printf '# Base\n\n- [ ] one\n' >"$work/base.md"
base_ms=$(import_ms "$work/base.md")
echo "one task (start-up and a new store): $base_ms ms"
printf '%-20s %9s %9s %12s %14s\n' input items "wall ms" "less base" "ratio per item"
row() { # name small large small_file large_file
    local small_ms large_ms
    small_ms=$(import_ms "$4")
    large_ms=$(import_ms "$5")
    printf '%-20s %9s %9s %12s %14s\n' "$1" "$2" "$small_ms" "$((small_ms - base_ms))" "1.00"
    printf '%-20s %9s %9s %12s %14s\n' "$1" "$3" "$large_ms" "$((large_ms - base_ms))" \
        "$(awk -v a="$((large_ms - base_ms))" -v b="$((small_ms - base_ms))" -v l="$3" -v s="$2" \
            'BEGIN { if (b <= 0) b = 1; printf "%.2f", (a / l) / (b / s) }')"
}
bench/make-checklist.sh 1000 >"$work/tasks-small.md"
bench/make-checklist.sh 40000 >"$work/tasks-large.md"
blanks_line 2000 >"$work/blanks-small.md"
blanks_line 200000 >"$work/blanks-large.md"
row "tasks" 1000 40000 "$work/tasks-small.md" "$work/tasks-large.md"
row "blanks on one line" 2000 200000 "$work/blanks-small.md" "$work/blanks-large.md"
