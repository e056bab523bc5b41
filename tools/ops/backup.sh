#!/usr/bin/env bash
# Consistent backup of an A4P Tracker database: one pg_dump (a single snapshot, taken while the nodes keep running),
# custom format, compressed. Attachments are stored in the database (table action_attachment), sessions too: the
# dump is the whole state. Usage:
#   PGHOST=db.example.org PGPORT=5432 PGUSER=a4p PGPASSWORD=... tools/ops/backup.sh a4p backups/a4p-$(date +%F).dump
set -euo pipefail
database="${1:?database name}"
file="${2:?output file}"
mkdir -p "$(dirname "$file")"
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$file.partial" "$database"
mv "$file.partial" "$file"   # a file with the final name is always a complete dump
echo "backup of $database written to $file ($(stat -c %s "$file") bytes)"
