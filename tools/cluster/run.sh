#!/usr/bin/env bash
# Two A4P Tracker nodes on one PostgreSQL behind nginx, all on loopback ports, in the foreground (Ctrl-C stops all).
#   A4P_DB_URL=jdbc:postgresql://127.0.0.1:5432/a4p A4P_DB_USER=a4p A4P_DB_PASSWORD=... tools/cluster/run.sh
# Ports: CLUSTER_PORT (nginx, default 8150), NODE_PORTS (default "8151 8152"). Builds the jar if it is missing.
# The first node starts alone (Flyway migrates, the seeders run), then the others. Logs in target/cluster/.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${A4P_DB_URL:?set A4P_DB_URL (and A4P_DB_USER, A4P_DB_PASSWORD) to the PostgreSQL database}"
CLUSTER_PORT="${CLUSTER_PORT:-8150}"
NODE_PORTS="${NODE_PORTS:-8151 8152}"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || { echo "nginx is missing: apt-get install nginx" >&2; exit 1; }
JAR="$(ls target/a4p-tracker-*.jar 2>/dev/null | grep -v plain | head -1 || true)"
[ -n "$JAR" ] || { mvn -q -DskipTests package; JAR="$(ls target/a4p-tracker-*.jar | grep -v plain | head -1)"; }
OUT="$PWD/target/cluster"
mkdir -p "$OUT/nginx/logs"
pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

servers=""
for port in $NODE_PORTS; do
    PORT="$port" java ${JAVA_OPTS:--Xmx512m} -jar "$JAR" --server.address=127.0.0.1 > "$OUT/node-$port.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 900); do
        curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
        kill -0 "${pids[-1]}" 2>/dev/null || { tail -30 "$OUT/node-$port.log" >&2; exit 1; }
        sleep 0.2
    done
    echo "node on 127.0.0.1:$port is up (pid ${pids[-1]}, log $OUT/node-$port.log)"
    servers="$servers        server 127.0.0.1:$port max_fails=1 fail_timeout=30s;\n"
done

sed -e "s|@LISTEN@|127.0.0.1:$CLUSTER_PORT|" -e "s|@PREFIX@|$OUT/nginx|g" -e "s|@SERVERS@|$servers|" \
    tools/cluster/nginx.conf.template > "$OUT/nginx/nginx.conf"
"$NGINX" -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
echo "nginx on http://127.0.0.1:$CLUSTER_PORT in front of: $NODE_PORTS (Ctrl-C stops everything)"
wait -n
