#!/bin/sh
# A local PostgreSQL for development, the DB tests and CI (docs/deploy.md): idempotent, loopback only, prints the
# app's URL. Installs Debian's postgresql when missing (needs root). PostgreSQL refuses to run as root, so the server
# runs as the `postgres` user on a data folder in /tmp. Stop: scripts/pg-start.sh stop
#   PGDATA (default /tmp/readout-pg)  PGPORT (default 5433)  role/database/password: readout
set -e
PGDATA=${PGDATA:-/tmp/readout-pg}
PGPORT=${PGPORT:-5433}
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "[pg-start] apt-get install postgresql" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_postgres() { if [ "$(id -un)" = postgres ]; then sh -c "$1"; else runuser -u postgres -- sh -c "$1"; fi; }
cd /tmp # runuser keeps the working directory; postgres may not read the checkout's
if [ "${1:-}" = stop ]; then as_postgres "$PGBIN/pg_ctl -D $PGDATA -m fast stop"; exit 0; fi
mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA" && chmod 700 "$PGDATA"
[ -f "$PGDATA/PG_VERSION" ] ||
  as_postgres "$PGBIN/initdb -D $PGDATA -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
as_postgres "$PGBIN/pg_ctl -D $PGDATA status" >/dev/null 2>&1 ||
  as_postgres "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/server.log -w -o '-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1' start" >/dev/null
P="$PGBIN/psql -h 127.0.0.1 -p $PGPORT -U postgres -tAq"
[ "$($P -c "select 1 from pg_roles where rolname='readout'")" = 1 ] || $P -c "create role readout login password 'readout' createdb"
[ "$($P -c "select 1 from pg_database where datname='readout'")" = 1 ] || $P -c "create database readout owner readout"
echo "postgresql://readout:readout@127.0.0.1:$PGPORT/readout"
