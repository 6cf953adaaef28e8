#!/usr/bin/env bash
# Living documents at size (bench/documents_bench.cpp): a 200-section strategy
# with 5,000 links to contributions, after one linked contribution is
# reworded: all suspect links (GET /documents/{id}/suspect) and the thread of
# an objective with 500 sources (GET /sections/{id}/thread), but the HTTP and
# JSON around them; on SQLite and on PostgreSQL (when POSTGRES_URL or
# ./scripts/postgres.sh gives one); median of 9 rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${ROUNDTABLE_DOCUMENTS_BENCH:-build/rt_documents_bench}
rounds=${BENCH_ROUNDS:-9}
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Run: $(date -u +%Y-%m-%dT%H:%MZ); $rounds rounds"
echo
echo "| database | suspect links: median ms | thread of 500 sources: median ms | found (suspect sections, links; thread entries) |"
echo "| --- | --- | --- | --- |"
row() {
    local result
    result=$("$binary" "$1" "$rounds" 2>/dev/null | grep '^{')
    field() { printf '%s' "$result" | sed -n "s/.*\"$1\":\([-0-9.e+]*\).*/\1/p"; }
    printf '| %s | %.1f | %.1f | %s, %s; %s |\n' "$2" "$(field suspect_median_ms)" "$(field thread_median_ms)" "$(field suspect_sections)" \
        "$(field suspect_links)" "$(field thread_entries)"
}
row sqlite SQLite
postgres=${POSTGRES_URL:-$(./scripts/postgres.sh 2>/dev/null || true)}
if [ -n "$postgres" ]; then
    name="rt_bench_$$"
    psql -q "$postgres" -c "CREATE DATABASE $name"
    trap 'psql -q "$postgres" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)"' EXIT
    row "${postgres%/*}/$name" PostgreSQL
else
    echo "| PostgreSQL | not run: no PostgreSQL (run as root, or set POSTGRES_URL) | | |"
fi
echo
echo "Target: under 50 ms median for each. Expected finds: 2 suspect sections (the action and the objective above it), 1 link; 725 thread entries (500 + its 9 actions' 225)."
