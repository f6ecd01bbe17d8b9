# Sourced by scripts/test.sh and scripts/sanitize.sh: starts a throwaway PostgreSQL server for the
# tests of the postgres probe against the real thing (tst_probes reads GOLIVE_TEST_PG_PORT), and
# stops and deletes it when the calling script exits.
#   source scripts/lib/test-postgres.sh
#   start_test_postgres        # exports GOLIVE_TEST_PG_PORT
# Needs the postgresql package (scripts/install-deps.sh postgresql).

source "$(dirname "${BASH_SOURCE[0]}")/privileges.sh" # as_root

# PostgreSQL refuses to run as root: its cluster belongs to the postgres user.
_pg_as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        sudo -u postgres -- "$@"
    fi
}

start_test_postgres() {
    _pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    _pg_dir=$(mktemp -d /tmp/golive-pg.XXXXXX)
    trap stop_test_postgres EXIT
    trap 'exit 130' INT TERM

    as_root chown postgres:postgres "$_pg_dir"
    local initdb_output
    if ! initdb_output=$(_pg_as_postgres "$_pg_bin/initdb" -D "$_pg_dir/data" --auth=trust --no-sync 2>&1); then
        echo "$initdb_output"
        return 1
    fi
    # Port 55432, or the next one that is free if something (another run, another cluster, a client's
    # ephemeral port) already holds it.
    GOLIVE_TEST_PG_PORT=55432
    local attempt
    for attempt in $(seq 1 20); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$GOLIVE_TEST_PG_PORT") 2>/dev/null \
            && _pg_as_postgres "$_pg_bin/pg_ctl" -D "$_pg_dir/data" -l "$_pg_dir/server.log" -w -t 60 \
                -o "-p $GOLIVE_TEST_PG_PORT -k $_pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
            break
        fi
        if [ "$attempt" -eq 20 ]; then
            as_root cat "$_pg_dir/server.log" || true
            return 1
        fi
        GOLIVE_TEST_PG_PORT=$((GOLIVE_TEST_PG_PORT + 1))
    done
    export GOLIVE_TEST_PG_PORT
    echo "PostgreSQL $("$_pg_bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$GOLIVE_TEST_PG_PORT"
}

stop_test_postgres() {
    [ -n "${_pg_dir:-}" ] || return 0
    _pg_as_postgres "$_pg_bin/pg_ctl" -D "$_pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    as_root rm -rf "$_pg_dir"
    _pg_dir=""
}
