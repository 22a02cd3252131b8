-- The audit trail: every insert, update and delete on a register table is recorded with who
-- (the govmon.actor setting, else the database session user), when, which command, and the row
-- before and after. Statement-level triggers with transition tables keep bulk imports set-based:
-- one INSERT ... SELECT per statement instead of one trigger call per row.

CREATE TABLE audit_log (
    audit_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    actor       text        NOT NULL,
    source      text,
    table_name  text        NOT NULL,
    operation   text        NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    row_key     text        NOT NULL,
    before      jsonb,
    after       jsonb,
    tx          bigint      NOT NULL DEFAULT txid_current()
);

CREATE INDEX audit_log_table_name_row_key_idx ON audit_log (table_name, row_key);

-- Who is acting: set per session by the store (SET govmon.actor), defaulting to the DB user.
CREATE FUNCTION govmon_actor() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('govmon.actor', true), ''), session_user::text)
$$;

-- TG_ARGV[0]: the primary-key column; TG_ARGV[1..]: columns never copied into the trail
-- (special category data such as ethnicity), replaced by the list of their names under "redacted".
-- A transaction may name more columns to leave out in `govmon.redact` (comma-separated): the
-- retention run uses it so that erasing a name does not copy the name into the trail.
CREATE FUNCTION govmon_audit_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    pk      text   := TG_ARGV[0];
    redact  text[] := coalesce(TG_ARGV[1:], ARRAY[]::text[])
                      || coalesce(string_to_array(nullif(current_setting('govmon.redact', true), ''), ','), ARRAY[]::text[]);
    marker  jsonb  := CASE WHEN cardinality(redact) > 0
                           THEN jsonb_build_object('redacted', to_jsonb(redact))
                           ELSE '{}'::jsonb END;
    -- Evaluated once per statement, not once per row.
    who     text   := govmon_actor();
    via     text   := current_setting('govmon.source', true);
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO audit_log (actor, source, table_name, operation, row_key, before, after)
        SELECT who, via, TG_TABLE_NAME, 'insert', n.j ->> pk, NULL,
               CASE WHEN cardinality(redact) = 0 THEN n.j ELSE (n.j - redact) || marker END
        FROM (SELECT to_jsonb(x) AS j FROM new_rows x) n;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO audit_log (actor, source, table_name, operation, row_key, before, after)
        SELECT who, via, TG_TABLE_NAME, 'update', n.j ->> pk, (o.j - redact) || marker, (n.j - redact) || marker
        FROM (SELECT to_jsonb(x) AS j FROM old_rows x) o
        JOIN (SELECT to_jsonb(y) AS j FROM new_rows y) n ON (o.j -> pk) = (n.j -> pk)
        WHERE o.j IS DISTINCT FROM n.j;
    ELSE
        INSERT INTO audit_log (actor, source, table_name, operation, row_key, before, after)
        SELECT who, via, TG_TABLE_NAME, 'delete', o.j ->> pk, (o.j - redact) || marker, NULL
        FROM (SELECT to_jsonb(x) AS j FROM old_rows x) o;
    END IF;
    RETURN NULL;
END
$$;

-- Attaches the three statement-level audit triggers to a table (PostgreSQL allows transition
-- tables only on single-event triggers, hence three).
CREATE FUNCTION govmon_audit_table(target regclass, pk text, redact text[] DEFAULT ARRAY[]::text[])
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    args text := array_to_string(
        ARRAY(SELECT quote_literal(a) FROM unnest(ARRAY[pk] || redact) AS a), ', ');
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION govmon_audit_rows(%s)',
                   'audit_insert', target, args);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows
                    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION govmon_audit_rows(%s)',
                   'audit_update', target, args);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION govmon_audit_rows(%s)',
                   'audit_delete', target, args);
END
$$;
