#!/usr/bin/env bash
# Loads the generated benchmark data set (labelled as sample) into the benchmark PostgreSQL database.
# Usage: tools/bench/generate.sh [S|L|<scale>]   (L = 500,000 actions ...; S = 1/100 of L; default L)
# The database must have been migrated and seeded by the app once (tools/bench/run.sh does it); loading twice does nothing.
set -euo pipefail
source "$(dirname "$0")/env.sh"
case "${1:-L}" in
    L) scale=1 ;;
    S) scale=0.01 ;;
    *) scale="$1" ;;
esac
psql -X -h "$PG_DATA" -U postgres -d "$PG_DB" -v scale="$scale" -v owner="$PG_USER" -f "$(dirname "$0")/generate.sql"
# the published cycle and status are set on every action after the insert: rebuild its indexes before measuring
psql -X -q -h "$PG_DATA" -U postgres -d "$PG_DB" -c 'reindex table action'
psql -X -q -h "$PG_DATA" -U postgres -d "$PG_DB" -c 'vacuum (analyze)'
