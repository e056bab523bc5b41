# Shared settings of the benchmark scripts (sourced, not run). Everything lives under bench-data/ (git-ignored).
BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_DIR="${BENCH_DIR:-$BENCH_ROOT/bench-data}"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
PG_DATA="$BENCH_DIR/pgdata"
PG_PORT="${BENCH_PG_PORT:-5544}"
PG_DB="${BENCH_PG_DB:-a4p}"
PG_USER="${BENCH_PG_USER:-a4p}"
PG_PASSWORD="${BENCH_PG_PASSWORD:-bench-only-password}"
APP_PORT="${BENCH_APP_PORT:-8088}"
export PGHOST=127.0.0.1 PGPORT="$PG_PORT" PGDATABASE="$PG_DB" PGUSER="$PG_USER" PGPASSWORD="$PG_PASSWORD"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# Starts a private PostgreSQL cluster in bench-data/pgdata on $PG_PORT (created on first use) with the database and its owner.
pg_start() {
    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
        mkdir -p "$PG_DATA"
        [ "$(id -u)" = 0 ] && chown -R postgres: "$BENCH_DIR"
        as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
        cat >> "$PG_DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DATA'
shared_buffers = 1GB
work_mem = 32MB
maintenance_work_mem = 512MB
effective_cache_size = 4GB
max_wal_size = 8GB
checkpoint_timeout = 30min
random_page_cost = 1.1
CONF
    fi
    if ! as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$BENCH_DIR/postgresql.log" -w start >/dev/null
    fi
    psql -h "$PG_DATA" -U postgres -d postgres -qAtc "select 1 from pg_roles where rolname = '$PG_USER'" | grep -q 1 \
        || psql -h "$PG_DATA" -U postgres -d postgres -qc "create role $PG_USER login password '$PG_PASSWORD'"
    psql -h "$PG_DATA" -U postgres -d postgres -qAtc "select 1 from pg_database where datname = '$PG_DB'" | grep -q 1 \
        || psql -h "$PG_DATA" -U postgres -d postgres -qc "create database $PG_DB owner $PG_USER"
}

pg_stop() {
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
}
