#!/usr/bin/env bash
# Team record benchmark (issue #10): PROCESSES desk processes × TICKS ticks, one transaction each,
# all at once, against one record on a PostgreSQL cluster of its own (fsync on, so a commit is on
# disk as on a real server), with a listening desk following it; then the same against one SQLite
# file (the baseline). Needs the postgresql package.
#   bench/run-teamrecord.sh [PROCESSES] [TICKS] [window]   (default 5 1000; window: the listening desk
#                                                         opened as the window opens it, reading on its writer thread)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DGOLIVE_BUILD_TESTS=OFF -DGOLIVE_BUILD_BENCH=ON >/dev/null
nice -n 10 cmake --build build-bench --parallel 2 --target teamrecord_bench teamrecord_writer

pg=$(mktemp -d /tmp/golive-teambench-pg.XXXXXX)
work=$(mktemp -d /tmp/golive-teambench.XXXXXX)
trap '"$root/scripts/lib/pg-cluster.sh" remove "$pg"; rm -rf "$work"' EXIT
scripts/lib/pg-cluster.sh init "$pg"
# Port 55700, or the next free one.
port=55700
until ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null \
    && scripts/lib/pg-cluster.sh start "$pg" "$port" --fsync; do
    port=$((port + 1))
    [ "$port" -lt 55720 ] || { echo "run-teamrecord.sh: no free port for PostgreSQL" >&2; exit 1; }
done
createdb -h 127.0.0.1 -p "$port" -U postgres teamrecord
echo "PostgreSQL $(psql -h 127.0.0.1 -p "$port" -U postgres -Atc 'SHOW server_version') on 127.0.0.1:$port," \
    "fsync $(psql -h 127.0.0.1 -p "$port" -U postgres -Atc 'SHOW fsync')," \
    "synchronous_commit $(psql -h 127.0.0.1 -p "$port" -U postgres -Atc 'SHOW synchronous_commit');" \
    "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

cd "$work"
"$root/build-bench/bench/teamrecord_bench" \
    --record "postgresql://postgres@127.0.0.1:$port/teamrecord?sslmode=prefer" \
    --baseline "$work/launch.sqlite" --processes "${1:-5}" --ticks "${2:-1000}" ${3:+--window}
