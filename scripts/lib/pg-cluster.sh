#!/usr/bin/env bash
# A PostgreSQL cluster of a test's own, for tests that stop and restart the server (tst_teamrecord):
#   pg-cluster.sh init DIR [--password-auth] [--tls]
#                                   initdb into DIR/data, owned by the server's user; trust on loopback,
#                                   or (--password-auth) scram-sha-256 for every role but postgres;
#                                   --tls: a self-signed certificate for localhost and 127.0.0.1, its
#                                   copy for clients in DIR/root.crt
#   pg-cluster.sh start DIR PORT [--fsync]
#                                   listen on 127.0.0.1:PORT, socket in DIR, fsync off (tests: nothing
#                                   to keep); --fsync: on, every commit on disk (benchmarks)
#   pg-cluster.sh stop DIR          fast stop (connections are cut, as in a real restart)
#   pg-cluster.sh remove DIR        stop if running and delete DIR
# The server refuses to run as root: as root it runs as the postgres user.
set -euo pipefail
command=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "pg-cluster.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case $command in
init)
    # DIR is the caller's (a test's temporary folder): the server's user must own it.
    mkdir -p "$dir"
    [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$dir"
    as_server "$bin/initdb" -D "$dir/data" --auth=trust --no-sync -U postgres >/dev/null
    for option in "${@:3}"; do
        case $option in
        --password-auth)
            printf '%s\n' "local all all trust" "host all postgres 127.0.0.1/32 trust" \
                "host all all 127.0.0.1/32 scram-sha-256" | as_server tee "$dir/data/pg_hba.conf" >/dev/null
            ;;
        --tls)
            as_server openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
                -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
                -keyout "$dir/data/server.key" -out "$dir/data/server.crt" 2>/dev/null
            as_server chmod 600 "$dir/data/server.key"
            cp "$dir/data/server.crt" "$dir/root.crt"
            chmod 644 "$dir/root.crt"
            echo "ssl = on" | as_server tee -a "$dir/data/postgresql.conf" >/dev/null
            ;;
        *)
            echo "pg-cluster.sh: unknown option $option" >&2
            exit 2
            ;;
        esac
    done
    ;;
start)
    fsync=off
    [ "${4:-}" != --fsync ] || fsync=on
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $3 -k $dir -c listen_addresses=127.0.0.1 -c fsync=$fsync" start >/dev/null
    ;;
stop)
    as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
    ;;
remove)
    as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-cluster.sh init|start|stop|remove DIR [PORT [--fsync]]" >&2
    exit 2
    ;;
esac
