#!/usr/bin/env bash
# Probe-engine benchmark. bench/http_bench_server answers on every loopback address; a catalogue of
# SERVICES HTTP services on as many distinct hosts (127.0.x.y) is checked by `golive check`, and
# the same URLs are fetched by `curl --parallel --parallel-max 50`: RUNS runs of each, alternating;
# median wall and CPU times and the ratios golive/curl (aim: wall ratio <= 1.5).
# Then bench/monitor_bench monitors the same services every 5 s for MONITOR_SECONDS, connections
# kept alive: probes/s and CPU time per probe, against curl's CPU time per request.
#
#   bench/run-check.sh [SERVICES] [RUNS] [MONITOR_SECONDS]   (defaults 1000, 9, 30; 0 s skips the monitor)
set -euo pipefail
cd "$(dirname "$0")/.."
services=${1:-1000}
runs=${2:-9}
monitor_seconds=${3:-30}
if [ "$services" -lt 1 ] || [ "$services" -gt 60000 ]; then echo "SERVICES: 1 to 60000" >&2; exit 2; fi
if [ "$runs" -lt 1 ] || [ "$runs" -gt 100 ]; then echo "RUNS: 1 to 100" >&2; exit 2; fi

need=()
command -v curl >/dev/null || need+=(curl)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then echo "run-check.sh needs ${need[*]}: install them or run as root" >&2; exit 1; fi
    apt-get install -y "${need[@]}" >/dev/null
fi

cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOLIVE_BUILD_TESTS=OFF -DGOLIVE_BUILD_BENCH=ON >/dev/null
cmake --build build-bench -j2 --target golive http_bench_server monitor_bench >/dev/null

work=$(mktemp -d)
server_pid=
stop_server() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    server_pid=
}
trap 'stop_server; rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# Straight to loopback for both contenders.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY
ulimit -n 8192 2>/dev/null || true

# Starts the server on a free port (the same port again when given one); sets $port.
start_server() {
    ./build-bench/bench/http_bench_server --port "${1:-0}" --max-seconds 1800 >"$work/server.out" 2>"$work/server.err" &
    server_pid=$!
    for _ in $(seq 50); do grep -q '^port ' "$work/server.out" 2>/dev/null && break; sleep 0.1; done
    port=$(awk '/^port /{print $2}' "$work/server.out")
    [ -n "$port" ] || { echo "the bench server did not start" >&2; cat "$work/server.err" >&2; exit 1; }
}
start_server

# 127.0.x.y with x = 1.., y = 1..250: SERVICES distinct hosts, one service each.
{
    echo '{"services": ['
    for ((i = 0; i < services; i++)); do
        host="127.0.$((i / 250 + 1)).$((i % 250 + 1))"
        sep=","; [ $i -eq $((services - 1)) ] && sep=""
        printf '{"name":"svc-%05d","group":"bench","kind":"http","url":"http://%s:%s/healthz/readiness","conditions":["[STATUS] == 200","[BODY].status == ok"]}%s\n' \
            "$i" "$host" "$port" "$sep"
        printf 'url = "http://%s:%s/healthz/readiness"\noutput = "/dev/null"\n' "$host" "$port" >>"$work/curl.cfg"
    done
    echo ']}'
} >"$work/services.json"

now_ns() { date +%s%N; }
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
cpu_ms() { awk '{printf "%d", ($1 + $2) * 1000}' "$1"; } # user + sys from /usr/bin/time -f "%U %S"

golive_wall=() golive_cpu=() curl_wall=() curl_cpu=()
for ((r = 0; r < runs; r++)); do
    t0=$(now_ns)
    if ! /usr/bin/time -f "%U %S" -o "$work/time" ./build-bench/golive check --services "$work/services.json" >"$work/check.out" 2>&1; then
        echo "golive check failed:" >&2; grep -v ' UP ' "$work/check.out" | head -20 >&2; exit 1
    fi
    t1=$(now_ns)
    golive_wall+=($(((t1 - t0) / 1000000))); golive_cpu+=($(cpu_ms "$work/time"))
    t0=$(now_ns)
    /usr/bin/time -f "%U %S" -o "$work/time" curl --parallel --parallel-max 50 -s --no-progress-meter --config "$work/curl.cfg"
    t1=$(now_ns)
    curl_wall+=($(((t1 - t0) / 1000000))); curl_cpu+=($(cpu_ms "$work/time"))
done
up=$(grep -c ' UP ' "$work/check.out" || true)
gw=$(printf '%s\n' "${golive_wall[@]}" | median); cw=$(printf '%s\n' "${curl_wall[@]}" | median)
gc=$(printf '%s\n' "${golive_cpu[@]}" | median); cc=$(printf '%s\n' "${curl_cpu[@]}" | median)
echo "check: $services HTTP services on $services loopback hosts, $runs runs each, alternating (load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "  golive check  wall ms: ${golive_wall[*]}  cpu ms: ${golive_cpu[*]}  (last run: $up UP)"
echo "  curl          wall ms: ${curl_wall[*]}  cpu ms: ${curl_cpu[*]}"
awk -v gw="$gw" -v cw="$cw" -v gc="$gc" -v cc="$cc" 'BEGIN {
    printf "  median wall: golive %d ms, curl %d ms, ratio golive/curl %.2f (aim <= 1.5)\n", gw, cw, gw / cw
    printf "  median CPU (user+sys): golive %d ms, curl %d ms, ratio %.2f\n", gc, cc, gc / cc }'

if [ "$monitor_seconds" -gt 0 ]; then
    echo
    stop_server
    start_server "$port" # fresh counters: connections opened while monitoring
    curl_us=$(awk -v cc="$cc" -v n="$services" 'BEGIN {printf "%.1f", cc * 1000 / n}')
    ./build-bench/bench/monitor_bench --services "$work/services.json" --interval 5 --seconds "$monitor_seconds" \
        --baseline-us "$curl_us"
    stop_server
    echo "  server: $(sed 's/^http_bench_server: //' "$work/server.err") (one connection per host: kept alive)"
fi
