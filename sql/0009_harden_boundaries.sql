-- Boundaries that hold (docs/data-protection.md): a session sees only the authorities it names,
-- an appointment cannot reach a person outside them, the personal tables hold even their owner to
-- the rules, no function or database is open to PUBLIC, the reporting role reads disclosure-
-- controlled views only, community profiles belong to authorities and can be withdrawn, and one
-- definition of "serving" and "has left" is shared by every query.

-- Scope: govmon.la_codes is '*' for every authority, a comma-separated list of LA codes for
-- those, and unset or empty for none. Before this migration empty meant every authority, so a
-- code path that forgot to set it saw everything; now it sees nothing.
CREATE FUNCTION govmon_la_scope_all() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('govmon.la_codes', true), '') = '*'
$$;

-- The LA codes named (empty for '*' and for none).
CREATE OR REPLACE FUNCTION govmon_la_scope() RETURNS integer[]
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN coalesce(current_setting('govmon.la_codes', true), '') IN ('', '*') THEN ARRAY[]::integer[]
                ELSE string_to_array(current_setting('govmon.la_codes', true), ',')::integer[] END
$$;

-- Schema-qualified calls: policies evaluate this with whatever search_path the session has (pg_dump
-- empties it), and a SET clause would stop PostgreSQL inlining it into every policy check.
CREATE OR REPLACE FUNCTION govmon_la_visible(la integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT public.govmon_la_scope_all() OR la = ANY(public.govmon_la_scope())
$$;

CREATE OR REPLACE FUNCTION govmon_body_visible(body bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT govmon_la_scope_all()
        OR EXISTS (SELECT 1 FROM governing_bodies b WHERE b.body_id = body AND b.la_code = ANY(govmon_la_scope()))
$$;

-- A person is visible to a session whose authorities they serve or served, or, for a session
-- that names some authority, when they serve nowhere yet (just entered, about to be appointed).
CREATE OR REPLACE FUNCTION govmon_person_visible(p bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT govmon_la_scope_all()
        OR (cardinality(govmon_la_scope()) > 0
            AND (NOT EXISTS (SELECT 1 FROM appointments a WHERE a.person_id = p)
                 OR EXISTS (SELECT 1 FROM appointments a JOIN governing_bodies b ON b.body_id = a.body_id
                            WHERE a.person_id = p AND b.la_code = ANY(govmon_la_scope()))))
$$;

-- Alerts about no body and no authority (a held retention run) are for every-authority sessions.
DROP POLICY by_authority ON alerts;
CREATE POLICY by_authority ON alerts
    USING (CASE WHEN body_id IS NOT NULL THEN govmon_body_visible(body_id)
                WHEN la_code IS NOT NULL THEN govmon_la_visible(la_code) ELSE govmon_la_scope_all() END);

-- An appointment may only name a person the session may already see: the foreign key alone
-- would let an officer of one authority attach another authority's person to their own body and
-- so reach that person's declarations.
CREATE POLICY appointee_in_scope ON appointments AS RESTRICTIVE FOR INSERT
    WITH CHECK (govmon_person_visible(person_id));
CREATE POLICY appointee_in_scope_on_update ON appointments AS RESTRICTIVE FOR UPDATE
    USING (true) WITH CHECK (govmon_person_visible(person_id));

-- The owner is held to the policies too on the tables of people's data. governing_bodies and
-- appointments are left out: the SECURITY DEFINER visibility helpers above read them as the
-- owner and must see every row to answer correctly (under FORCE they would see only the
-- session's own rows, and a person serving elsewhere would look as if they served nowhere).
ALTER TABLE people FORCE ROW LEVEL SECURITY;
ALTER TABLE diversity_declarations FORCE ROW LEVEL SECURITY;
ALTER TABLE diversity_objections FORCE ROW LEVEL SECURITY;
ALTER TABLE training_records FORCE ROW LEVEL SECURITY;
ALTER TABLE dbs_checks FORCE ROW LEVEL SECURITY;
ALTER TABLE identity_questions FORCE ROW LEVEL SECURITY;
ALTER TABLE chair_reviews FORCE ROW LEVEL SECURITY;
ALTER TABLE alerts FORCE ROW LEVEL SECURITY;
ALTER TABLE alert_events FORCE ROW LEVEL SECURITY;
ALTER TABLE retention_actions FORCE ROW LEVEL SECURITY;
ALTER TABLE surplus_departures FORCE ROW LEVEL SECURITY;
ALTER TABLE headteacher_recruitments FORCE ROW LEVEL SECURITY;

-- Serving, defined once (docs/glossary.md): a governor serves from the start date to the
-- recorded end date, both included. A term end that has passed without a recorded end does not
-- end service (the register flags it as "past term end" for an officer to resolve).
CREATE FUNCTION govmon_serves(start_date date, ended_on date, on_date date) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT start_date <= on_date AND (ended_on IS NULL OR ended_on >= on_date)
$$;

-- Has not left on a date: serving, or appointed to start later. A person has left when none of
-- their appointments has not left.
CREATE FUNCTION govmon_not_left(ended_on date, on_date date) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT ended_on IS NULL OR ended_on >= on_date
$$;

-- Webhook delivery is recorded per event, so events a dying replica did not deliver are sent by
-- the next scheduled tick. Events from before this migration count as delivered.
ALTER TABLE alert_events ADD COLUMN notified_at timestamptz;
UPDATE alert_events SET notified_at = now();
CREATE INDEX alert_events_unnotified_idx ON alert_events (alert_event_id) WHERE notified_at IS NULL;

-- Community profiles belong to the authority whose bodies they judge (NULL: a shared profile,
-- such as a national survey, that only an every-authority officer may add or withdraw), and
-- can be withdrawn (kept, audited, no longer used).
ALTER TABLE community_profiles ADD COLUMN la_code integer REFERENCES local_authorities;
ALTER TABLE community_profiles ADD COLUMN withdrawn_on date;
ALTER TABLE community_profiles ADD COLUMN withdrawn_reason text;
ALTER TABLE community_profiles ADD CONSTRAINT community_profiles_withdrawn_with_reason
    CHECK ((withdrawn_on IS NULL) = (withdrawn_reason IS NULL));
UPDATE community_profiles p SET la_code = la.la_code
FROM local_authorities la WHERE la.ons_code = p.geography_code;
UPDATE community_profiles p SET la_code = s.la_code
FROM schools s WHERE p.la_code IS NULL AND s.urn = p.urn;
-- A withdrawn profile keeps its name; a replacement may take it.
ALTER TABLE community_profiles DROP CONSTRAINT community_profiles_name_key;
CREATE UNIQUE INDEX community_profiles_current_name_idx ON community_profiles (lower(name)) WHERE withdrawn_on IS NULL;

ALTER TABLE community_profiles ENABLE ROW LEVEL SECURITY;
ALTER TABLE profile_counts ENABLE ROW LEVEL SECURITY;
-- Published statistics: everyone reads them; only the owning authority's sessions change them.
CREATE POLICY readable ON community_profiles FOR SELECT USING (true);
CREATE POLICY by_authority_insert ON community_profiles FOR INSERT
    WITH CHECK (CASE WHEN la_code IS NULL THEN govmon_la_scope_all() ELSE govmon_la_visible(la_code) END);
CREATE POLICY by_authority_update ON community_profiles FOR UPDATE
    USING (CASE WHEN la_code IS NULL THEN govmon_la_scope_all() ELSE govmon_la_visible(la_code) END);
CREATE POLICY by_authority_delete ON community_profiles FOR DELETE
    USING (CASE WHEN la_code IS NULL THEN govmon_la_scope_all() ELSE govmon_la_visible(la_code) END);
CREATE POLICY readable ON profile_counts FOR SELECT USING (true);
CREATE POLICY by_authority_write ON profile_counts FOR ALL
    USING (EXISTS (SELECT 1 FROM community_profiles p WHERE p.profile_id = profile_counts.profile_id
                   AND CASE WHEN p.la_code IS NULL THEN govmon_la_scope_all() ELSE govmon_la_visible(p.la_code) END));

-- A body may be compared only with a profile of its own authority or a shared one.
CREATE FUNCTION govmon_profile_usable(profile bigint, body bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM community_profiles p JOIN governing_bodies b ON b.body_id = body
                   WHERE p.profile_id = profile AND (p.la_code IS NULL OR p.la_code = b.la_code))
$$;
ALTER TABLE body_comparators ADD CONSTRAINT body_comparators_profile_usable
    CHECK (govmon_profile_usable(profile_id, body_id)) NOT VALID;

-- The audit trail's source once held whole command lines, declared sex and ethnicity included
-- (`govmon diversity record 7 --sex female ...`). The command line now records no option values;
-- these rows are scrubbed the same way.
UPDATE audit_log
SET source = regexp_replace(source, '(--(sex|ethnicity))(=|\s+)("[^"]*"|''[^'']*''|\S+)', '\1 (hidden)', 'g')
WHERE source ~ '--(sex|ethnicity)';

-- The reporting role reads structure and disclosure-controlled aggregates through these views,
-- never the tables: no free-text notes (they name people), no per-body counts, and borough
-- counts only when every cell of the row is at least 5 (the default disclosure threshold,
-- docs/disclosure.md); a row with a smaller cell shows its community share and band only.
CREATE VIEW reporting_local_authorities AS
    SELECT la_code, name, ons_code FROM local_authorities;
CREATE VIEW reporting_schools AS
    SELECT urn, la_code, establishment_number, name, phase, establishment_type, category, foundation_status, status,
           ward, open_date, close_date
    FROM schools;
CREATE VIEW reporting_governing_bodies AS
    SELECT body_id, la_code, name, is_federation, formed_on, dissolved_on FROM governing_bodies;
CREATE VIEW reporting_body_schools AS
    SELECT body_id, urn, joined_on, left_on FROM body_schools;
CREATE VIEW reporting_instruments AS
    SELECT instrument_id, body_id, made_on, effective_from, regulations, head_is_governor FROM instruments;
CREATE VIEW reporting_instrument_seats AS
    SELECT instrument_id, category, seats, term_years FROM instrument_seats;
CREATE VIEW reporting_vacancies AS
    SELECT vacancy_id, body_id, category, opened_on, reason, filled_on, closed_on FROM vacancies;
CREATE VIEW reporting_courses AS
    SELECT course_id, title, kind, provider FROM courses;
CREATE VIEW reporting_reconstitutions AS
    SELECT reconstitution_id, body_id, started_on, instrument_id FROM reconstitutions;
CREATE VIEW reporting_reconstitution_stages AS
    SELECT reconstitution_id, stage, reached_on FROM reconstitution_stages;
CREATE VIEW reporting_community_profiles AS
    SELECT profile_id, name, geography_kind, geography_code, geography_name, classification, source, reference_date,
           unknown_count, la_code, withdrawn_on
    FROM community_profiles;
CREATE VIEW reporting_profile_counts AS
    SELECT profile_id, category, count FROM profile_counts;
CREATE VIEW reporting_borough_snapshots AS
    SELECT as_of, la_code, measured_group, profile_name, community_share, band,
           CASE WHEN publishable THEN in_post END AS in_post,
           CASE WHEN publishable THEN in_group END AS in_group,
           CASE WHEN publishable THEN unknown END AS unknown
    FROM (SELECT s.*, (in_group >= 5 AND unknown >= 5 AND in_post - in_group - unknown >= 5) AS publishable
          FROM representation_snapshots s WHERE body_id IS NULL) borough;
CREATE VIEW reporting_body_bands AS
    SELECT as_of, la_code, body_id, measured_group, profile_name, community_share, band
    FROM representation_snapshots WHERE body_id IS NOT NULL;
CREATE VIEW reporting_report_runs AS
    SELECT report_run_id, kind, la_code, as_of, since, audience, format, output_sha256, generated_at FROM report_runs;
CREATE VIEW reporting_tracking_runs AS
    SELECT tracking_run_id, as_of, started_at, raised, resolved, still_open FROM tracking_runs;
CREATE VIEW reporting_retention_runs AS
    SELECT retention_run_id, as_of, ran_at, declarations_erased, people_pseudonymised FROM retention_runs;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM govmon_reporting;
GRANT SELECT ON reporting_local_authorities, reporting_schools, reporting_governing_bodies, reporting_body_schools,
    reporting_instruments, reporting_instrument_seats, reporting_vacancies, reporting_courses, reporting_reconstitutions,
    reporting_reconstitution_stages, reporting_community_profiles, reporting_profile_counts, reporting_borough_snapshots,
    reporting_body_bands, reporting_report_runs, reporting_tracking_runs, reporting_retention_runs
    TO govmon_reporting;
-- The application keeps its rights on tables, not on the reporting views.
REVOKE ALL ON reporting_local_authorities, reporting_schools, reporting_governing_bodies, reporting_body_schools,
    reporting_instruments, reporting_instrument_seats, reporting_vacancies, reporting_courses, reporting_reconstitutions,
    reporting_reconstitution_stages, reporting_community_profiles, reporting_profile_counts, reporting_borough_snapshots,
    reporting_body_bands, reporting_report_runs, reporting_tracking_runs, reporting_retention_runs
    FROM govmon_app;

-- No govmon function is open to PUBLIC (PostgreSQL's default): a login with no grants could
-- otherwise call govmon_scrub_person, a SECURITY DEFINER function that rewrites the audit trail.
-- The application may call them all; the reporting role needs none.
DO $$
DECLARE
    item record;
BEGIN
    FOR item IN
        SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace
        WHERE s.nspname = 'public' AND p.proname LIKE 'govmon\_%'
    LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO govmon_owner', item.signature);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', item.signature);
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO govmon_app', item.signature);
    END LOOP;
END
$$;
ALTER DEFAULT PRIVILEGES FOR ROLE govmon_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE govmon_owner GRANT EXECUTE ON FUNCTIONS TO govmon_app;
-- Tables made by later migrations are not given to the reporting role by default either.
ALTER DEFAULT PRIVILEGES FOR ROLE govmon_owner IN SCHEMA public REVOKE ALL ON TABLES FROM govmon_reporting;

-- Which authority an area or a school belongs to, whatever the session may see: an import asks
-- this to attribute a profile to its authority and to refuse one for an authority the importer
-- does not act for. (Authorities' ONS codes and schools' LAs are public facts.)
CREATE FUNCTION govmon_authority_of_area(code text) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT la_code FROM local_authorities WHERE ons_code = code
$$;
CREATE FUNCTION govmon_authority_of_school(school integer) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT la_code FROM schools WHERE urn = school
$$;
REVOKE ALL ON FUNCTION govmon_authority_of_area(text), govmon_authority_of_school(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION govmon_authority_of_area(text), govmon_authority_of_school(integer) TO govmon_app;
