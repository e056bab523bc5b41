#!/usr/bin/env bash
# Restores a dump made by tools/ops/backup.sh into a new, empty database (it refuses a database that exists, so that
# nothing is restored on top of live data). Then point the nodes' A4P_DB_URL at it and start them: Flyway finds the
# schema at its version and changes nothing. Usage:
#   PGHOST=db.example.org PGPORT=5432 PGUSER=a4p PGPASSWORD=... tools/ops/restore.sh backups/a4p-2026-12-05.dump a4p_restored
set -euo pipefail
file="${1:?dump file}"
database="${2:?name of the new database}"
case "$database" in *[!a-z0-9_]*|"") echo "database name: lower-case letters, digits and _ only" >&2; exit 1 ;; esac
if [ "$(psql -X -At -d postgres -c "select count(*) from pg_database where datname = '$database'" )" != "0" ]; then
  echo "database $database exists: restore into a new, empty database" >&2
  exit 1
fi
createdb "$database"
pg_restore --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$database" "$file"
psql -X -q -d "$database" -c 'analyze'
echo "restored $file into $database"
