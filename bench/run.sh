#!/usr/bin/env bash
# Requests per second and latency for GET /health and GET /api/v1/organisations
# (50 organisations, signed in) at 64 connections on SQLite, measured with wrk.
# Prints a Markdown table to paste into BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${ROUNDTABLE_BIN:-build/roundtable}
duration=${BENCH_DURATION:-10s}
connections=${BENCH_CONNECTIONS:-64}
threads=${BENCH_THREADS:-2}
work=$(mktemp -d)
trap 'kill $server_pid 2>/dev/null || true; rm -rf "$work"' EXIT

"$binary" init --db "sqlite:$work/bench.db" --partnership "Bench Partnership" \
  --admin-email bench@example.test --admin-name "Bench Convener" --password "bench-password-1" >/dev/null
"$binary" serve --db "sqlite:$work/bench.db" --listen 127.0.0.1:0 >"$work/out" 2>/dev/null &
server_pid=$!
for _ in $(seq 50); do grep -q listening "$work/out" && break; sleep 0.1; done
base=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$work/out")

login=$(curl -s -c "$work/cookies" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.test","password":"bench-password-1"}' "$base/api/v1/auth/login")
csrf=$(printf '%s' "$login" | sed -n 's/.*"csrf_token":"\([^"]*\)".*/\1/p')
session=$(awk '$6 == "rt_session" { print $7 }' "$work/cookies")
sectors=(local_authority health vcs provider other)
for i in $(seq 1 50); do
  curl -s -o /dev/null -w '' -b "rt_session=$session" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Organisation $i\",\"sector\":\"${sectors[$((i % 5))]}\",\"interests\":[\"older-people\",\"loneliness\"],\"communities\":[\"borough-residents\"],\"description\":\"A group that takes part in the partnership.\"}" \
    "$base/api/v1/organisations"
done
count=$(curl -s -b "rt_session=$session" "$base/api/v1/organisations?limit=200" | grep -o '"id"' | wc -l)
[ "$count" -eq 50 ] || { echo "expected 50 organisations, found $count" >&2; exit 1; }

# One wrk run; prints "requests/s p50 p99 non-2xx" with latencies in milliseconds.
measure() {
  wrk --latency -t "$threads" -c "$connections" -d "$duration" "$@" >"$work/wrk.txt"
  awk '
    function ms(text) { if (text ~ /us$/) return text / 1000; if (text ~ /ms$/) return text + 0; if (text ~ /s$/) return text * 1000; return text }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { errors = $5 }
    END { printf "%s %.2f %.2f %d\n", rps, p50, p99, errors }' "$work/wrk.txt"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# The machine is noisy: alternate the two endpoints for a few rounds and
# report the median of each figure.
rounds=${BENCH_ROUNDS:-3}
: >"$work/health"; : >"$work/organisations"
for _ in $(seq "$rounds"); do
  measure "$base/health" >>"$work/health"
  measure -H "Cookie: rt_session=$session" "$base/api/v1/organisations" >>"$work/organisations"
done

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "Run: $(date -u +%Y-%m-%dT%H:%MZ); $rounds alternating rounds of wrk -t$threads -c$connections -d$duration --latency; medians; server and wrk on the same machine; SQLite"
echo
echo "| endpoint | requests/s | p50 (ms) | p99 (ms) | non-2xx |"
echo "| --- | --- | --- | --- | --- |"
for name in health organisations; do
  case $name in
    health) label='`GET /health`' ;;
    organisations) label='`GET /api/v1/organisations` (50, signed in)' ;;
  esac
  rps=$(awk '{ print $1 }' "$work/$name" | median)
  p50=$(awk '{ print $2 }' "$work/$name" | median)
  p99=$(awk '{ print $3 }' "$work/$name" | median)
  errors=$(awk '{ sum += $4 } END { print sum }' "$work/$name")
  echo "| $label | $rps | $p50 | $p99 | $errors |"
  eval "${name}_rps=$rps"
done
echo
awk -v a="$organisations_rps" -v b="$health_rps" 'BEGIN { printf "Ratio organisations / health: %.2f (target: at least 0.33)\n", a / b }'
