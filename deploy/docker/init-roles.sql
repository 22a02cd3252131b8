-- Run once by the postgres image on a new volume (docker-entrypoint-initdb.d), as its superuser:
-- the roles govmon's migrations expect, a migration login that owns the database, and a service
-- login that is only a member of govmon_app (see deploy/README.md, "Database roles").
CREATE ROLE govmon_owner NOLOGIN;
CREATE ROLE govmon_app NOLOGIN;
CREATE ROLE govmon_reporting NOLOGIN;
CREATE ROLE govmon_migrator LOGIN PASSWORD 'migrator-demo-only' IN ROLE govmon_owner;
CREATE ROLE govmon_service LOGIN PASSWORD 'service-demo-only' IN ROLE govmon_app;
CREATE DATABASE govmon OWNER govmon_migrator;
\connect govmon
-- The migrations give the schema to govmon_owner; the public schema itself belongs to the superuser.
GRANT CREATE, USAGE ON SCHEMA public TO govmon_owner;
CREATE EXTENSION IF NOT EXISTS btree_gist;
