#!/usr/bin/env bash
# Installs (if missing) and starts Debian's PostgreSQL, creates a throwaway test database and prints
# its DATABASE_URL. Used by .ci/run; safe to run again.
set -euo pipefail
{
if ! command -v pg_lsclusters >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then pg_createcluster "$version" main >/dev/null; fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
as_postgres() { runuser -u postgres -- "$@"; }
as_postgres psql -q -c "DROP DATABASE IF EXISTS linkki_test" >/dev/null
as_postgres psql -q -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'linkki') THEN CREATE ROLE linkki LOGIN PASSWORD 'linkki-ci'; END IF; END\$\$" >/dev/null
as_postgres psql -q -c "CREATE DATABASE linkki_test OWNER linkki" >/dev/null
} >&2
# Only the URL goes to stdout.
echo "postgres://linkki:linkki-ci@127.0.0.1:5432/linkki_test"
