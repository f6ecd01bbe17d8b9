#!/usr/bin/env bash
# T+7 report benchmark: a full 7-day launch (SERVICES services with 7 days of 30-second history,
# EVENTS audit events, 6 hourly reports, 3 incidents), then `golive report --out x.pdf` RUNS times
# (and once as HTML): wall time and peak memory from GNU time. Aim: under 2 s.
#   bench/run-report.sh [SERVICES] [EVENTS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
services=${1:-50}
events=${2:-1000}
runs=${3:-5}
build=${GOLIVE_BENCH_BUILD:-build-rel}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOLIVE_BUILD_TESTS=OFF -DGOLIVE_BUILD_BENCH=ON \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
nice -n 10 cmake --build "$build" --parallel 2 --target golive report_bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bench/report_bench" --dir "$work" --services "$services" --events "$events"
unset DISPLAY WAYLAND_DISPLAY
for i in $(seq "$runs"); do
    /usr/bin/time -v "$build/golive" report --db "$work/launch.sqlite" --out "$work/x.pdf" >/dev/null 2>"$work/time.txt"
    wall=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')
    rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
    echo "run $i: pdf  wall $wall  peak RSS $((rss / 1024)) MiB"
done
/usr/bin/time -v "$build/golive" report --db "$work/launch.sqlite" --out "$work/x.html" >/dev/null 2>"$work/time.txt"
echo "html: wall $(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}')  peak RSS $(($(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}') / 1024)) MiB"
echo "pdf: $(pdfinfo "$work/x.pdf" | grep -E '^Pages' | awk '{print $2}') pages, $(stat -c %s "$work/x.pdf") bytes"
