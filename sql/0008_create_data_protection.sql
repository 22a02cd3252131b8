-- Data protection: retention runs, least-privilege roles, and row-level security by authority.
--
-- Roles (cluster-wide, created once, NOLOGIN: logins are granted membership; see deploy/README.md):
--   govmon_owner      owns every table and function; migrations run as it
--   govmon_app        the service and officers' commands: reads and writes rows, no DDL; may add
--                     to the audit trail but never change or delete it
--   govmon_reporting  reads the register's structure and the aggregate tables, never a person's
--                     name or diversity declaration
-- Row-level security: when a session sets govmon.la_codes (e.g. '315'), govmon_app sees and
-- writes only rows of those authorities; unset or empty means every authority. The owner is
-- exempt (migrations, imports run by the owner login).

-- Retention (govmon retention run): what each run did, by person id, never the erased values.
ALTER TABLE people ADD COLUMN pseudonymised_on date;

CREATE TABLE retention_runs (
    retention_run_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    as_of                date        NOT NULL,
    demographics_months  integer     NOT NULL CHECK (demographics_months > 0),
    identity_years       integer     NOT NULL CHECK (identity_years > 0),
    actor                text        NOT NULL DEFAULT govmon_actor(),
    ran_at               timestamptz NOT NULL DEFAULT now(),
    declarations_erased  integer     NOT NULL,
    people_pseudonymised integer     NOT NULL,
    audit_entries_scrubbed integer   NOT NULL
);

CREATE TABLE retention_actions (
    retention_action_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    retention_run_id    bigint NOT NULL REFERENCES retention_runs,
    person_id           bigint NOT NULL REFERENCES people,
    action              text   NOT NULL CHECK (action IN ('demographics_erased', 'pseudonymised')),
    -- Why: the rule and the date it turned on (e.g. "left 2014-08-31; kept 12 months").
    reason              text   NOT NULL
);
CREATE INDEX retention_actions_person_id_idx ON retention_actions (person_id);

SELECT govmon_audit_table('retention_runs', 'retention_run_id');

-- Replaces what identifies a person in the audit trail, and their name where text quotes it
-- (alerts, identity questions), by their pseudonym; called by retention before the names in
-- `people` are replaced. SECURITY DEFINER: the application may add to the audit trail but never
-- change it; this function is the one narrow exception. Returns the audit entries changed.
CREATE FUNCTION govmon_scrub_person(p bigint, pseudonym text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    names   text[] := ARRAY['title', 'forename1', 'forename2', 'surname', 'name_key'];
    marker  jsonb  := jsonb_build_object('pseudonymised', true);
    spelled text[];
    touched integer := 0;
    n       integer;
    name    text;
BEGIN
    -- Changes made from here to the end of the transaction leave these out of the trail.
    PERFORM set_config('govmon.redact', 'title,forename1,forename2,surname,name_key,gias_gid,question', true);
    -- The ways the store spells a name in text (alerts use all forenames, import questions one).
    SELECT ARRAY[concat_ws(' ', forename1, forename2, surname), forename1 || ' ' || surname]
    INTO spelled FROM people WHERE person_id = p;
    UPDATE audit_log
    SET before = CASE WHEN before IS NULL THEN NULL ELSE (before - names) || marker END,
        after  = CASE WHEN after IS NULL THEN NULL ELSE (after - names) || marker END
    WHERE table_name = 'people' AND row_key = p::text
      AND (before ?| names OR after ?| names);
    GET DIAGNOSTICS n = ROW_COUNT;
    touched := touched + n;
    -- The GIAS governance id links a record to the DfE's published list of names.
    UPDATE audit_log
    SET before = CASE WHEN before IS NULL THEN NULL ELSE before - 'gias_gid' END,
        after  = CASE WHEN after IS NULL THEN NULL ELSE after - 'gias_gid' END
    WHERE table_name = 'appointments'
      AND row_key IN (SELECT appointment_id::text FROM appointments WHERE person_id = p)
      AND (before ? 'gias_gid' OR after ? 'gias_gid');
    GET DIAGNOSTICS n = ROW_COUNT;
    touched := touched + n;
    FOREACH name IN ARRAY coalesce(spelled, ARRAY[]::text[]) LOOP
        UPDATE audit_log
        SET before = CASE WHEN before IS NULL THEN NULL
                          ELSE jsonb_set(before, '{question}', to_jsonb(replace(before ->> 'question', name, pseudonym))) END,
            after  = CASE WHEN after IS NULL THEN NULL
                          ELSE jsonb_set(after, '{question}', to_jsonb(replace(after ->> 'question', name, pseudonym))) END
        WHERE table_name = 'identity_questions' AND strpos(coalesce(after, before) ->> 'question', name) > 0;
        GET DIAGNOSTICS n = ROW_COUNT;
        touched := touched + n;
        UPDATE identity_questions SET question = replace(question, name, pseudonym)
        WHERE p = ANY(person_ids) AND strpos(question, name) > 0;
        UPDATE alerts SET message = replace(message, name, pseudonym)
        WHERE strpos(message, name) > 0
          AND ((split_part(subject, ':', 1) = 'person' AND split_part(subject, ':', 2) = p::text)
            OR (split_part(subject, ':', 1) = 'appointment'
                AND split_part(subject, ':', 2) IN (SELECT appointment_id::text FROM appointments WHERE person_id = p)));
    END LOOP;
    RETURN touched;
END
$$;

-- Roles. Created only when missing (they belong to the cluster and other databases may share
-- them); a concurrent creation elsewhere is not an error.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['govmon_owner', 'govmon_app', 'govmon_reporting'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    IF NOT pg_has_role(current_user, 'govmon_owner', 'MEMBER') THEN
        EXECUTE format('GRANT govmon_owner TO %I', current_user);
    END IF;
END
$$;

GRANT CREATE, USAGE ON SCHEMA public TO govmon_owner;

-- Everything govmon made so far now belongs to the owner role.
DO $$
DECLARE
    item record;
BEGIN
    FOR item IN
        SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
        WHERE s.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'p')
    LOOP
        EXECUTE format('ALTER TABLE %I OWNER TO govmon_owner', item.relname);
    END LOOP;
    FOR item IN
        SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace
        WHERE s.nspname = 'public' AND p.proname LIKE 'govmon\_%'
    LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO govmon_owner', item.signature);
    END LOOP;
END
$$;

GRANT USAGE ON SCHEMA public TO govmon_app, govmon_reporting;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- The application: rows, not structure. The audit trail is append-only for it.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO govmon_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM govmon_app;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM govmon_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO govmon_app;
ALTER DEFAULT PRIVILEGES FOR ROLE govmon_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO govmon_app;
ALTER DEFAULT PRIVILEGES FOR ROLE govmon_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO govmon_app;

-- Reporting: structure and aggregates. No people, no appointments' GIAS ids, no declarations or
-- objections, no audit trail, no alerts (their messages name people), no tokens.
GRANT SELECT ON local_authorities, schools, governing_bodies, body_schools, instruments, instrument_seats,
    vacancies, courses, reconstitutions, reconstitution_stages, community_profiles, profile_counts,
    body_comparators, representation_snapshots, report_runs, tracking_runs, retention_runs, schema_migrations
    TO govmon_reporting;

-- Row-level security by local authority.
CREATE FUNCTION govmon_la_scope() RETURNS integer[]
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN coalesce(current_setting('govmon.la_codes', true), '') = '' THEN NULL
                ELSE string_to_array(current_setting('govmon.la_codes', true), ',')::integer[] END
$$;

CREATE FUNCTION govmon_la_visible(la integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT govmon_la_scope() IS NULL OR la = ANY(govmon_la_scope())
$$;

-- SECURITY DEFINER so that the answer does not depend on what the caller can see.
CREATE FUNCTION govmon_body_visible(body bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT govmon_la_scope() IS NULL
        OR EXISTS (SELECT 1 FROM governing_bodies b WHERE b.body_id = body AND b.la_code = ANY(govmon_la_scope()))
$$;

-- A person is visible to an authority that they serve or served, or when they serve nowhere yet
-- (just entered, about to be appointed).
CREATE FUNCTION govmon_person_visible(p bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT govmon_la_scope() IS NULL
        OR NOT EXISTS (SELECT 1 FROM appointments a WHERE a.person_id = p)
        OR EXISTS (SELECT 1 FROM appointments a JOIN governing_bodies b ON b.body_id = a.body_id
                   WHERE a.person_id = p AND b.la_code = ANY(govmon_la_scope()))
$$;

ALTER FUNCTION govmon_scrub_person(bigint, text) OWNER TO govmon_owner;
ALTER FUNCTION govmon_la_scope() OWNER TO govmon_owner;
ALTER FUNCTION govmon_la_visible(integer) OWNER TO govmon_owner;
ALTER FUNCTION govmon_body_visible(bigint) OWNER TO govmon_owner;
ALTER FUNCTION govmon_person_visible(bigint) OWNER TO govmon_owner;
ALTER TABLE retention_runs OWNER TO govmon_owner;
ALTER TABLE retention_actions OWNER TO govmon_owner;
GRANT SELECT, INSERT, UPDATE, DELETE ON retention_runs, retention_actions TO govmon_app;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['local_authorities', 'schools', 'governing_bodies', 'body_schools', 'instruments',
        'instrument_seats', 'people', 'appointments', 'vacancies', 'training_records', 'reconstitutions',
        'reconstitution_stages', 'diversity_declarations', 'diversity_objections', 'identity_questions',
        'headteacher_recruitments', 'dbs_checks', 'chair_reviews', 'surplus_departures', 'alerts', 'alert_events',
        'body_comparators', 'representation_snapshots', 'report_runs', 'retention_actions'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    END LOOP;
END
$$;

CREATE POLICY by_authority ON local_authorities USING (govmon_la_visible(la_code));
CREATE POLICY by_authority ON schools USING (govmon_la_visible(la_code));
CREATE POLICY by_authority ON governing_bodies USING (govmon_la_visible(la_code));
CREATE POLICY by_authority ON representation_snapshots USING (govmon_la_visible(la_code));
CREATE POLICY by_authority ON report_runs USING (govmon_la_visible(la_code));
CREATE POLICY by_authority ON alerts
    USING (CASE WHEN body_id IS NOT NULL THEN govmon_body_visible(body_id)
                WHEN la_code IS NOT NULL THEN govmon_la_visible(la_code) ELSE true END);
CREATE POLICY by_authority ON body_schools USING (govmon_body_visible(body_id));
CREATE POLICY by_authority ON instruments USING (govmon_body_visible(body_id));
CREATE POLICY by_authority ON appointments USING (govmon_body_visible(body_id));
CREATE POLICY by_authority ON vacancies USING (govmon_body_visible(body_id));
CREATE POLICY by_authority ON reconstitutions USING (govmon_body_visible(body_id));
CREATE POLICY by_authority ON identity_questions USING (govmon_body_visible(body_id));
CREATE POLICY by_authority ON headteacher_recruitments USING (govmon_body_visible(body_id));
CREATE POLICY by_authority ON chair_reviews USING (govmon_body_visible(body_id));
CREATE POLICY by_authority ON body_comparators USING (govmon_body_visible(body_id));
CREATE POLICY by_authority ON instrument_seats
    USING (EXISTS (SELECT 1 FROM instruments i WHERE i.instrument_id = instrument_seats.instrument_id));
CREATE POLICY by_authority ON reconstitution_stages
    USING (EXISTS (SELECT 1 FROM reconstitutions r WHERE r.reconstitution_id = reconstitution_stages.reconstitution_id));
CREATE POLICY by_authority ON surplus_departures
    USING (EXISTS (SELECT 1 FROM appointments a WHERE a.appointment_id = surplus_departures.appointment_id));
CREATE POLICY by_authority ON alert_events
    USING (EXISTS (SELECT 1 FROM alerts a WHERE a.alert_id = alert_events.alert_id));
CREATE POLICY by_authority ON people USING (govmon_person_visible(person_id));
CREATE POLICY by_authority ON training_records USING (govmon_person_visible(person_id));
CREATE POLICY by_authority ON diversity_declarations USING (govmon_person_visible(person_id));
CREATE POLICY by_authority ON diversity_objections USING (govmon_person_visible(person_id));
CREATE POLICY by_authority ON dbs_checks USING (govmon_person_visible(person_id));
CREATE POLICY by_authority ON retention_actions USING (govmon_person_visible(person_id));
