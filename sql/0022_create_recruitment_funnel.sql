-- The governor recruitment funnel (action plan recs 5 and 10; docs/recruitment.md): candidates for
-- governor vacancies, the route they came by and the stages they reached; and their diversity
-- monitoring, kept apart from the application as public appointments keep it, and used only in
-- aggregate.

CREATE TABLE candidates (
    candidate_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    la_code        integer NOT NULL REFERENCES local_authorities,
    name           text    NOT NULL CHECK (btrim(name) <> ''),
    route          text    NOT NULL CHECK (route IN ('parent_election', 'la_nomination', 'co_option',
        'foundation_appointment', 'inspiring_governance', 'governors_for_schools', 'other')),
    vacancy_id     bigint REFERENCES vacancies,
    -- Set when the candidate is elected or appointed: the appointment that followed.
    appointment_id bigint REFERENCES appointments,
    recorded_on    date   NOT NULL,
    note           text
);
CREATE INDEX candidates_la_code_idx ON candidates (la_code);
CREATE INDEX candidates_vacancy_id_idx ON candidates (vacancy_id);

CREATE TABLE candidate_stages (
    candidate_stage_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    candidate_id       bigint NOT NULL REFERENCES candidates,
    stage       text NOT NULL CHECK (stage IN ('expressed_interest', 'applied', 'shortlisted', 'appointed',
        'withdrew', 'not_appointed')),
    reached_on  date NOT NULL
);
CREATE INDEX candidate_stages_candidate_id_idx ON candidate_stages (candidate_id);

-- Monitoring answers, apart from the application: no listing shows them, no one who decides sees
-- them; the funnel reads them only to count. The latest answer on or before a date counts.
CREATE TABLE candidate_monitoring (
    candidate_monitoring_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    candidate_id   bigint NOT NULL REFERENCES candidates,
    recorded_on    date   NOT NULL,
    sex            text   NOT NULL CHECK (sex IN ('female', 'male', 'prefer_not_to_say', 'not_asked')),
    ethnicity      text   NOT NULL CHECK (ethnicity IN (
        'bangladeshi', 'chinese', 'indian', 'pakistani', 'other_asian',
        'african', 'caribbean', 'other_black',
        'white_and_asian', 'white_and_black_african', 'white_and_black_caribbean', 'other_mixed',
        'white_british', 'irish', 'gypsy_or_irish_traveller', 'roma', 'other_white',
        'arab', 'any_other',
        'prefer_not_to_say', 'not_asked')),
    collected_by   text   NOT NULL CHECK (collected_by IN ('paper_form', 'online_form', 'interview', 'other')),
    CONSTRAINT candidate_monitoring_one_per_day UNIQUE (candidate_id, recorded_on)
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['candidates', 'candidate_stages'] LOOP
        EXECUTE format(
            'ALTER TABLE %1$I
                 ADD COLUMN voided_at timestamptz,
                 ADD COLUMN voided_by text,
                 ADD COLUMN void_reason text,
                 ADD COLUMN replaced_by bigint,
                 ADD CONSTRAINT %2$I CHECK (
                     (voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL)
                     AND (void_reason IS NULL OR btrim(void_reason) <> '''')),
                 ADD CONSTRAINT %3$I CHECK (replaced_by IS NULL OR voided_at IS NOT NULL)',
            t, t || '_void_with_reason', t || '_replaced_only_when_void');
        EXECUTE format(
            'CREATE POLICY not_void ON %I AS RESTRICTIVE FOR SELECT
                 USING (voided_at IS NULL OR public.govmon_include_void())', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['candidates', 'candidate_stages', 'candidate_monitoring'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['candidate_stages', 'candidate_monitoring'] LOOP
        EXECUTE format(
            'CREATE POLICY by_authority ON %1$I USING (public.govmon_scope_is_all() OR EXISTS (
                 SELECT 1 FROM public.candidates c
                 WHERE c.candidate_id = %1$I.candidate_id AND c.la_code = ANY(public.govmon_la_scope())))', t);
    END LOOP;
END
$$;

CREATE POLICY by_authority ON candidates
    USING (public.govmon_scope_is_all() OR la_code = ANY(public.govmon_la_scope()));

CREATE UNIQUE INDEX candidate_stages_once ON candidate_stages (candidate_id, stage) WHERE voided_at IS NULL;

SELECT govmon_audit_table('candidates', 'candidate_id');
SELECT govmon_audit_table('candidate_stages', 'candidate_stage_id');
-- The trail says a monitoring answer was recorded, and by whom; never what it was.
SELECT govmon_audit_table('candidate_monitoring', 'candidate_monitoring_id', ARRAY['sex', 'ethnicity']);

-- A candidate's self-service monitoring form opens by a one-time link, as a governor's does (sql/0017).
ALTER TABLE one_time_links ADD COLUMN candidate_id bigint REFERENCES candidates;
ALTER TABLE one_time_links DROP CONSTRAINT one_time_links_purpose_check;
ALTER TABLE one_time_links ADD CONSTRAINT one_time_links_purpose_check
    CHECK (purpose IN ('account', 'diversity', 'candidate_monitoring'));
ALTER TABLE one_time_links DROP CONSTRAINT one_time_links_target;
ALTER TABLE one_time_links ADD CONSTRAINT one_time_links_target CHECK (
    (purpose = 'account' AND user_id IS NOT NULL AND person_id IS NULL AND candidate_id IS NULL)
    OR (purpose = 'diversity' AND person_id IS NOT NULL AND user_id IS NULL AND candidate_id IS NULL)
    OR (purpose = 'candidate_monitoring' AND candidate_id IS NOT NULL AND user_id IS NULL AND person_id IS NULL));
