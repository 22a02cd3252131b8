-- Row-level security without a function call per row for what can be answered once a query.
--
-- govmon_body_visible() and govmon_person_visible() are SECURITY DEFINER SQL functions with a
-- subquery: PostgreSQL can never inline them, so every row a scan read paid a call through the SQL
-- function executor (tens of microseconds). On the demo borough's dashboard, the reconstitution
-- overview's read of surplus departures spent 31.9 ms in them for 1,783 appointments
-- (EXPLAIN ANALYZE, docs/web.md "Speed").
--
-- A body's rows now carry the check in the policy itself: the bodies in scope are hashed once per
-- query and each row is a probe. Whether the session sees every authority is asked first, through
-- govmon_scope_is_all(), a PL/pgSQL function on purpose: the planner cannot see into it, so it
-- estimates the policy as it estimated the old helper (a third of the rows) instead of as a rare
-- equality, and keeps the hash joins the imports' set-based statements rely on (an inlined
-- `current_setting(...) = '*'` made it estimate one row and choose nested loops that ran for minutes).
-- A session that sees every authority (the command line, imports, snapshots) then never reaches
-- the EXISTS or the person helper at all.
--
-- The answers are the old helpers' answers: a body's row is visible when the session sees every
-- authority or the body belongs to one the session names (the EXISTS names the scope itself, so
-- it holds for the owner too, who is not held to governing_bodies' own policy); a person's rows as
-- govmon_person_visible() decides, which must still read every appointment as the owner.

CREATE FUNCTION govmon_scope_is_all() RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN coalesce(current_setting('govmon.la_codes', true), '') = '*';
END
$$;
ALTER FUNCTION govmon_scope_is_all() OWNER TO govmon_owner;
REVOKE ALL ON FUNCTION govmon_scope_is_all() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION govmon_scope_is_all() TO govmon_app;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['body_schools', 'instruments', 'appointments', 'vacancies', 'reconstitutions',
        'identity_questions', 'headteacher_recruitments', 'chair_reviews', 'body_comparators'] LOOP
        EXECUTE format('DROP POLICY by_authority ON %I', t);
        EXECUTE format(
            'CREATE POLICY by_authority ON %1$I USING (public.govmon_scope_is_all() OR EXISTS (
                 SELECT 1 FROM public.governing_bodies b
                 WHERE b.body_id = %1$I.body_id AND b.la_code = ANY(public.govmon_la_scope())))', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['people', 'training_records', 'diversity_declarations', 'diversity_objections',
        'dbs_checks', 'retention_actions'] LOOP
        EXECUTE format('DROP POLICY by_authority ON %I', t);
        EXECUTE format(
            'CREATE POLICY by_authority ON %1$I
                 USING (public.govmon_scope_is_all() OR public.govmon_person_visible(%1$I.person_id))', t);
    END LOOP;
END
$$;

DROP POLICY by_authority ON alerts;
CREATE POLICY by_authority ON alerts
    USING (CASE WHEN body_id IS NOT NULL
                THEN public.govmon_scope_is_all() OR EXISTS (
                    SELECT 1 FROM public.governing_bodies b
                    WHERE b.body_id = alerts.body_id AND b.la_code = ANY(public.govmon_la_scope()))
                WHEN la_code IS NOT NULL THEN public.govmon_la_visible(la_code)
                ELSE public.govmon_la_scope_all() END);
