#!/usr/bin/env bash
# Closing a ranked-choice proposal with 100,000 votes from 7 groups over 10
# options on SQLite (bench/decision_bench.cpp); median of 5 rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${ROUNDTABLE_DECISION_BENCH:-build/rt_decision_bench}
result=$("$binary" "${BENCH_VOTES:-100000}" "${BENCH_ROUNDS:-5}" 2>/dev/null)
field() { printf '%s' "$result" | sed -n "s/.*\"$1\":\([-0-9.e+]*\).*/\1/p"; }
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Run: $(date -u +%Y-%m-%dT%H:%MZ); $(field rounds) rounds, each a new proposal with the same votes; SQLite"
echo
echo "| close | votes | median ms | min ms | max ms |"
echo "| --- | --- | --- | --- | --- |"
printf '| ranked choice, 10 options, 7 groups, equal groups | %s | %.1f | %.1f | %.1f |\n' "$(field votes)" "$(field median_ms)" "$(field min_ms)" "$(field max_ms)"
awk -v m="$(field median_ms)" 'BEGIN { printf "\nMedian %.0f ms (target: under 200 ms)\n", m }'
