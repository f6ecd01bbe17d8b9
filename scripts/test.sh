#!/usr/bin/env bash
# Builds Go-Live Control with its tests (assertions on) and runs the whole suite with CTest.
# A throwaway PostgreSQL server runs meanwhile, for the tests of the postgres probe against the
# real thing (tst_probes reads GOLIVE_TEST_PG_PORT); it is stopped and deleted on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh postgresql
cmake -S . -B build-tests -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGOLIVE_BUILD_TESTS=ON -DGOLIVE_BUILD_BENCH=ON >/dev/null
cmake --build build-tests --parallel "$(nproc)"

# PostgreSQL refuses to run as root: its cluster belongs to the postgres user.
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        sudo -u postgres -- "$@"
    fi
}

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d /tmp/golive-pg.XXXXXX)
stop_postgres() {
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    $SUDO rm -rf "$pg_dir"
}
trap stop_postgres EXIT
trap 'exit 130' INT TERM

$SUDO chown postgres:postgres "$pg_dir"
if ! initdb_output=$(as_postgres "$pg_bin/initdb" -D "$pg_dir/data" --auth=trust --no-sync 2>&1); then
    echo "$initdb_output"
    exit 1
fi
# Port 55432, or the next one that is free if something (another run, another cluster, a client's
# ephemeral port) already holds it.
GOLIVE_TEST_PG_PORT=55432
for attempt in $(seq 1 20); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$GOLIVE_TEST_PG_PORT") 2>/dev/null \
        && as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
            -o "-p $GOLIVE_TEST_PG_PORT -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
        break
    fi
    if [ "$attempt" -eq 20 ]; then
        $SUDO cat "$pg_dir/server.log" || true
        exit 1
    fi
    GOLIVE_TEST_PG_PORT=$((GOLIVE_TEST_PG_PORT + 1))
done
export GOLIVE_TEST_PG_PORT
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$GOLIVE_TEST_PG_PORT"

cd build-tests
# Tests render offscreen: no display is needed.
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 900
