-- Candidates' records are kept no longer than they are needed (docs/data-protection.md
-- "Candidates"): retention.candidate_months after a candidacy's last recorded activity, its
-- monitoring answers are erased and its name and note are replaced by a pseudonym; its route and
-- stages stay, so the counts of how far candidates got survive (as "not declared").

ALTER TABLE candidates ADD COLUMN pseudonymised_on date;

ALTER TABLE retention_runs
    ADD COLUMN candidate_answers_erased integer NOT NULL DEFAULT 0,
    ADD COLUMN candidates_pseudonymised integer NOT NULL DEFAULT 0;

-- A retention action is about a person or about a candidate, never both.
ALTER TABLE retention_actions ALTER COLUMN person_id DROP NOT NULL;
ALTER TABLE retention_actions ADD COLUMN candidate_id bigint REFERENCES candidates;
CREATE INDEX retention_actions_candidate_id_idx ON retention_actions (candidate_id);
ALTER TABLE retention_actions DROP CONSTRAINT retention_actions_action_check;
ALTER TABLE retention_actions ADD CONSTRAINT retention_actions_subject CHECK (
    (person_id IS NOT NULL AND candidate_id IS NULL AND action IN ('demographics_erased', 'pseudonymised'))
    OR (candidate_id IS NOT NULL AND person_id IS NULL
        AND action IN ('candidate_answers_erased', 'candidate_pseudonymised')));

DROP POLICY by_authority ON retention_actions;
CREATE POLICY by_authority ON retention_actions USING (
    public.govmon_scope_is_all()
    OR (person_id IS NOT NULL AND public.govmon_person_visible(person_id))
    OR (candidate_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM public.candidates c
        WHERE c.candidate_id = retention_actions.candidate_id AND c.la_code = ANY(public.govmon_la_scope()))));

-- Takes a candidate's name and note out of the audit trail, as govmon_scrub_person does for a
-- governor's; called by retention before the candidate's row is pseudonymised. SECURITY DEFINER:
-- the application may add to the audit trail but never change it. Returns the entries changed.
CREATE FUNCTION govmon_scrub_candidate(c bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    names  text[] := ARRAY['name', 'note'];
    marker jsonb  := jsonb_build_object('pseudonymised', true);
    n      integer;
BEGIN
    UPDATE audit_log
    SET before = CASE WHEN before IS NULL THEN NULL ELSE (before - names) || marker END,
        after  = CASE WHEN after IS NULL THEN NULL ELSE (after - names) || marker END
    WHERE table_name = 'candidates' AND row_key = c::text
      AND (before ?| names OR after ?| names);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
REVOKE ALL ON FUNCTION govmon_scrub_candidate(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION govmon_scrub_candidate(bigint) TO govmon_app;

-- A subject access export for a candidate holds their monitoring answers, so it is recorded as a
-- read as a governor's is (sql/0018): who, when, why; never the values.
ALTER TABLE declaration_reads ALTER COLUMN person_id DROP NOT NULL;
ALTER TABLE declaration_reads ADD COLUMN candidate_id bigint REFERENCES candidates;
ALTER TABLE declaration_reads ADD CONSTRAINT declaration_reads_subject
    CHECK ((person_id IS NULL) <> (candidate_id IS NULL));
CREATE INDEX declaration_reads_candidate ON declaration_reads (candidate_id);
