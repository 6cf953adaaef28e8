#!/usr/bin/env bash
# The project barometer on a project with 100,000 contributions, 50,000 votes,
# 5,000 attendances and 2,000 claims (bench/barometer_bench.cpp), on SQLite and
# on PostgreSQL (when POSTGRES_URL or ./scripts/postgres.sh gives one); median
# of 9 rounds. "First request" forgets the kept figures before each round, as
# after any change; "unchanged" asks again with nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${ROUNDTABLE_BAROMETER_BENCH:-build/rt_barometer_bench}
rounds=${BENCH_ROUNDS:-9}
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Run: $(date -u +%Y-%m-%dT%H:%MZ); $rounds rounds"
echo
echo "| database | first request: median ms | min ms | max ms | unchanged: median ms |"
echo "| --- | --- | --- | --- | --- |"
row() {
    local result
    result=$("$binary" "$1" "$rounds" 2>/dev/null | grep '^{')
    field() { printf '%s' "$result" | sed -n "s/.*\"$1\":\([-0-9.e+]*\).*/\1/p"; }
    printf '| %s | %.1f | %.1f | %.1f | %.2f |\n' "$2" "$(field median_ms)" "$(field min_ms)" "$(field max_ms)" "$(field unchanged_median_ms)"
}
row sqlite SQLite
postgres=${POSTGRES_URL:-$(./scripts/postgres.sh 2>/dev/null || true)}
if [ -n "$postgres" ]; then
    # A database of its own, dropped afterwards.
    name="rt_bench_$$"
    psql -q "$postgres" -c "CREATE DATABASE $name"
    trap 'psql -q "$postgres" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)"' EXIT
    row "${postgres%/*}/$name" PostgreSQL
else
    echo "| PostgreSQL | not run: no PostgreSQL (run as root, or set POSTGRES_URL) | | | |"
fi
echo
echo "Target: under 100 ms median per request."
