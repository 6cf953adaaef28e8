#!/usr/bin/env bash
# Starts a local PostgreSQL 15 for the tests (as in ../shared/STACK.md) and
# makes sure the role and database `rt` exist. Idempotent; prints the URL.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    echo "postgresql://rt:rt@127.0.0.1:5432/rt"
    exit 0
  fi
  echo "PostgreSQL is not running on 127.0.0.1:5432 and starting it needs root." >&2
  echo "Run as root, or start it yourself with a role rt (password rt, CREATEDB) owning a database rt." >&2
  exit 1
fi

pg_lsclusters -h | grep -q '^15 main ' || pg_createcluster 15 main >/dev/null
# NOTE: pg_conftool writes the address unquoted and the server then refuses to start.
printf "listen_addresses = '127.0.0.1'\nport = 5432\nfsync = on\n" > /etc/postgresql/15/main/conf.d/local.conf
pg_ctlcluster 15 main status >/dev/null 2>&1 || pg_ctlcluster 15 main start
pg_isready -q -h 127.0.0.1 -p 5432 -t 30

# The tests create a fresh database per suite, so the role may create databases.
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<'SQL' >/dev/null
SELECT 'CREATE ROLE rt LOGIN CREATEDB PASSWORD ''rt''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rt')\gexec
ALTER ROLE rt CREATEDB;
SELECT 'CREATE DATABASE rt OWNER rt' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'rt')\gexec
SQL
echo "postgresql://rt:rt@127.0.0.1:5432/rt"
