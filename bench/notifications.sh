#!/usr/bin/env bash
# Enqueue and deliver 10,000 emails (bench/notifications_bench.cpp) to a real
# SMTP server (Debian's aiosmtpd, writing a Maildir), on SQLite and on
# PostgreSQL (when POSTGRES_URL or ./scripts/postgres.sh gives one).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${ROUNDTABLE_NOTIFICATIONS_BENCH:-build/rt_notifications_bench}
workers=${BENCH_WORKERS:-2}
work=$(mktemp -d)
maildir="$work/mail" # aiosmtpd makes the Maildir (tmp, new, cur) only where nothing is yet
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$maildir" 2>"$work/smtp.log" &
smtp_pid=$!
cleanup() { kill "$smtp_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 50); do (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Run: $(date -u +%Y-%m-%dT%H:%MZ); 10,000 emails, $workers workers, aiosmtpd on loopback"
echo
echo "| database | enqueue: notices/s | deliver: emails/s | delivered in s |"
echo "| --- | --- | --- | --- |"
row() {
    local result
    local before
    before=$(find "$maildir" -type f | wc -l)
    result=$("$binary" "$1" "smtp://127.0.0.1:$port" "$workers" 2>/dev/null | grep '^{' || true)
    field() { printf '%s' "$result" | sed -n "s/.*\"$1\":\([-0-9.e+]*\).*/\1/p"; }
    local arrived
    arrived=$(( $(find "$maildir" -type f | wc -l) - before ))
    printf '| %s | %.0f | %.0f | %.1f (%s messages in the mailbox) |\n' "$2" "$(field enqueue_per_second)" "$(field deliver_per_second)" "$(field deliver_seconds)" "$arrived"
}
row sqlite SQLite
postgres=${POSTGRES_URL:-$(./scripts/postgres.sh 2>/dev/null || true)}
if [ -n "$postgres" ]; then
    name="rt_notify_bench_$$"
    psql -q "$postgres" -c "CREATE DATABASE $name"
    trap 'psql -q "$postgres" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)"; cleanup' EXIT
    row "${postgres%/*}/$name" PostgreSQL
else
    echo "| PostgreSQL | not run: no PostgreSQL (run as root, or set POSTGRES_URL) | | |"
fi
