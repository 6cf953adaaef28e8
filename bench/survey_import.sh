#!/usr/bin/env bash
# Rows per second for POST /api/v1/surveys/{id}/responses/import: a CSV of
# 100,000 responses (five questions of every kind) imported into a fresh
# SQLite database through the HTTP API, as an organiser would. Each round
# uses a new survey; the median of the rounds is reported.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${ROUNDTABLE_BIN:-build/roundtable}
rows=${BENCH_ROWS:-100000}
rounds=${BENCH_ROUNDS:-3}
work=$(mktemp -d)
trap 'kill $server_pid 2>/dev/null || true; rm -rf "$work"' EXIT

"$binary" demo --db "sqlite:$work/bench.db" --password bench-password-1 >/dev/null
"$binary" serve --db "sqlite:$work/bench.db" --listen 127.0.0.1:0 >"$work/out" 2>/dev/null &
server_pid=$!
for _ in $(seq 50); do grep -q listening "$work/out" && break; sleep 0.1; done
base=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$work/out")

login=$(curl -s -c "$work/cookies" -H 'Content-Type: application/json' \
  -d '{"email":"grace.mensah@riverside-vcs.example","password":"bench-password-1"}' "$base/api/v1/auth/login")
csrf=$(printf '%s' "$login" | sed -n 's/.*"csrf_token":"\([^"]*\)".*/\1/p')
session=$(awk '$6 == "rt_session" { print $7 }' "$work/cookies")
project=$(curl -s -b "rt_session=$session" "$base/api/v1/projects" | sed -n 's/^{"items":\[{"id":"\([^"]*\)".*/\1/p')
[ -n "$project" ] || { echo "no demo project found" >&2; exit 1; }

# The CSV: a header naming the questions, then one row per response, with
# commas, quotes, a line break and Arabic in some free-text answers.
python3 - "$rows" >"$work/responses.csv" <<'PY'
import csv, sys, random
random.seed(7)
rows = int(sys.argv[1])
groups = ["residents", "service_users_carers", "staff", "vcs", "health", "local_authority", "provider"]
texts = ["More trips out, please.", "Cheaper, hotter meals", 'A "proper" cup of tea', "Two\nlines", "شكرا لكم على كل شيء", "Nothing to add"]
out = csv.writer(sys.stdout, lineterminator="\r\n")
out.writerow(["Timestamp", "Group", "What would make the centre better?", "How do you get here?", "Which days suit you?",
              "How welcome do you feel?", "Put these in order"])
for i in range(rows):
    order = ["Meals", "Trips", "Company"]
    random.shuffle(order)
    out.writerow(["2026-11-01T10:00:00Z", groups[i % 7], random.choice(texts), random.choice(["Bus", "Walk, or wheel", "Car"]),
                  "; ".join(random.sample(["Monday", "Wednesday", "Friday"], random.randint(1, 3))), random.randint(1, 5), ";".join(order)])
PY
size=$(stat -c %s "$work/responses.csv")

survey_body='{"title":"Bench survey","opens_at":"2020-01-01T00:00:00Z","closes_at":"2099-01-01T00:00:00Z","questions":[
 {"kind":"free_text","text":"What would make the centre better?"},
 {"kind":"single_choice","text":"How do you get here?","options":["Bus","Walk, or wheel","Car"]},
 {"kind":"multiple_choice","text":"Which days suit you?","options":["Monday","Wednesday","Friday"]},
 {"kind":"scale","text":"How welcome do you feel?"},
 {"kind":"ranking","text":"Put these in order","options":["Meals","Trips","Company"]}]}'

: >"$work/seconds"
for _ in $(seq "$rounds"); do
  survey=$(curl -s -b "rt_session=$session" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d "$survey_body" "$base/api/v1/projects/$project/surveys" | sed -n 's/^{.*"id":"\([^"]*\)","project_id".*/\1/p')
  [ -n "$survey" ] || { echo "could not create the survey" >&2; exit 1; }
  result=$(curl -s -H 'Expect:' -b "rt_session=$session" -H "X-CSRF-Token: $csrf" -H 'Content-Type: text/csv' \
    --data-binary "@$work/responses.csv" -w '\n%{http_code} %{time_total}' "$base/api/v1/surveys/$survey/responses/import")
  status=$(printf '%s' "$result" | tail -1 | cut -d' ' -f1)
  seconds=$(printf '%s' "$result" | tail -1 | cut -d' ' -f2)
  imported=$(printf '%s' "$result" | head -1 | sed -n 's/.*"imported":\([0-9]*\).*/\1/p')
  [ "$status" = 201 ] && [ "$imported" = "$rows" ] || { echo "import failed: $result" >&2; exit 1; }
  echo "$seconds" >>"$work/seconds"
done
median=$(sort -n "$work/seconds" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "Run: $(date -u +%Y-%m-%dT%H:%MZ); $rounds rounds, each a new survey; median; curl and the server on the same machine; SQLite"
echo
echo "| import | rows | CSV size | seconds (median) | rows/s |"
echo "| --- | --- | --- | --- | --- |"
awk -v rows="$rows" -v size="$size" -v s="$median" 'BEGIN { printf "| survey responses, 5 questions | %d | %.1f MB | %.2f | %.0f |\n", rows, size / 1e6, s, rows / s }'
awk -v rows="$rows" -v s="$median" 'BEGIN { printf "\nRows per second: %.0f (target: at least 20000)\n", rows / s }'
