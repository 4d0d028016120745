#!/usr/bin/env bash
# docker-compose only: runs once, when the postgres volume is empty (docker-entrypoint-initdb.d).
# One database and one login role per service, so that no service can touch another's tables.
# Passwords come from the environment (KOEPEL_DEV_<SERVICE>_DB_PASSWORD in docker-compose.yml);
# nothing secret is written in this file.
set -euo pipefail

for service in referral volunteer group notification; do
  var="KOEPEL_DEV_${service^^}_DB_PASSWORD"
  password="${!var:?$var is not set}"
  name="koepel_${service}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
  echo "postgres-init: created database $name owned by role $name"
done
