#!/usr/bin/env bash
# GUI event-loop lag while monitoring: the real main window (offscreen) with SERVICES HTTP services
# on as many loopback hosts, probed every 5 s and recorded in the history, served by
# bench/http_bench_server; a 5 ms tick on the GUI thread measures how late it runs.
#
#   bench/run-lag.sh [SERVICES] [SECONDS]      (defaults 500, 45)
set -euo pipefail
cd "$(dirname "$0")/.."
services=${1:-500}
seconds=${2:-45}
if [ "$services" -gt 60000 ]; then echo "at most 60000 services" >&2; exit 2; fi

cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOLIVE_BUILD_TESTS=OFF -DGOLIVE_BUILD_BENCH=ON >/dev/null
cmake --build build-bench -j2 --target http_bench_server lag_bench >/dev/null

work=$(mktemp -d)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY
ulimit -n 8192 2>/dev/null || true

./build-bench/bench/http_bench_server --port 0 --max-seconds $((seconds + 300)) >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 50); do grep -q '^port ' "$work/server.out" 2>/dev/null && break; sleep 0.1; done
port=$(awk '/^port /{print $2}' "$work/server.out")
[ -n "$port" ] || { echo "the bench server did not start" >&2; cat "$work/server.err" >&2; exit 1; }

{
    echo '{"services": ['
    for ((i = 0; i < services; i++)); do
        sep=","; [ $i -eq $((services - 1)) ] && sep=""
        printf '{"name":"svc-%05d","group":"bench","kind":"http","url":"http://127.0.%d.%d:%s/healthz/readiness","interval":"5s","conditions":["[STATUS] == 200","[BODY].status == ok"]}%s\n' \
            "$i" $((i / 250 + 1)) $((i % 250 + 1)) "$port" "$sep"
    done
    echo ']}'
} >"$work/services.json"

./build-bench/bench/lag_bench --services "$work/services.json" --seconds "$seconds"
kill "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
server_pid=
cat "$work/server.err"
