-- The action plan's other outcome measures (docs/succession.md): schools' succession planning
-- policies (recs 1, 4, 12) and the recruitment record of a headteacher appointment, with its panel
-- and the panel's confirmation to the full governing body that representation and diversity were
-- considered at every stage (rec 12).

-- A school's succession planning policy as adopted: its own, or the authority's model (with the
-- model's version). A re-adoption or a new version is a new row; the latest adopted on a date is
-- the one in force then.
CREATE TABLE succession_policies (
    succession_policy_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    urn                  integer NOT NULL REFERENCES schools,
    source               text    NOT NULL CHECK (source IN ('own', 'model')),
    model_version        text,
    adopted_on           date    NOT NULL,
    review_on            date,
    diversity_evidenced  boolean NOT NULL,
    diversity_note       text,
    -- The governing body's minute that adopted it ("FGB 12 March 2015, minute 7").
    minute               text    NOT NULL CHECK (btrim(minute) <> ''),
    CONSTRAINT succession_policies_model_has_version CHECK (
        (source = 'model') = (model_version IS NOT NULL AND btrim(model_version) <> '')),
    CONSTRAINT succession_policies_review_after_adoption CHECK (review_on IS NULL OR review_on > adopted_on)
);
CREATE INDEX succession_policies_urn_idx ON succession_policies (urn);

-- The stages a headteacher appointment goes through; each reached once.
CREATE TABLE recruitment_stages (
    recruitment_stage_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    headteacher_recruitment_id bigint NOT NULL REFERENCES headteacher_recruitments,
    stage     text NOT NULL CHECK (stage IN ('advertised', 'shortlisted', 'interviewed', 'appointed', 'withdrawn')),
    reached_on date NOT NULL,
    note       text
);
CREATE INDEX recruitment_stages_recruitment_idx ON recruitment_stages (headteacher_recruitment_id);

-- The appointment panel: governors serving on the body (by their appointment).
CREATE TABLE recruitment_panel_members (
    recruitment_panel_member_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    headteacher_recruitment_id  bigint NOT NULL REFERENCES headteacher_recruitments,
    appointment_id              bigint NOT NULL REFERENCES appointments,
    joined_on                   date   NOT NULL
);
CREATE INDEX recruitment_panel_members_recruitment_idx ON recruitment_panel_members (headteacher_recruitment_id);
CREATE INDEX recruitment_panel_members_appointment_idx ON recruitment_panel_members (appointment_id);

-- The panel's confirmation to the full governing body that representation and diversity were
-- considered at every stage of recruitment (rec 12): the meeting's date and minute.
CREATE TABLE panel_confirmations (
    panel_confirmation_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    headteacher_recruitment_id bigint NOT NULL REFERENCES headteacher_recruitments,
    confirmed_on               date   NOT NULL,
    minute                     text   NOT NULL CHECK (btrim(minute) <> ''),
    note                       text
);
CREATE INDEX panel_confirmations_recruitment_idx ON panel_confirmations (headteacher_recruitment_id);

-- Voids as every other record has them (sql/0012, docs/corrections.md): kept, hidden from every
-- computation unless a transaction asks for voided rows.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['succession_policies', 'recruitment_stages', 'recruitment_panel_members',
        'panel_confirmations'] LOOP
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
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format(
            'CREATE POLICY not_void ON %I AS RESTRICTIVE FOR SELECT
                 USING (voided_at IS NULL OR public.govmon_include_void())', t);
    END LOOP;
    -- A recruitment's records are visible where its body is (as sql/0020 writes the check).
    FOREACH t IN ARRAY ARRAY['recruitment_stages', 'recruitment_panel_members', 'panel_confirmations'] LOOP
        EXECUTE format(
            'CREATE POLICY by_authority ON %1$I USING (public.govmon_scope_is_all() OR EXISTS (
                 SELECT 1 FROM public.headteacher_recruitments r JOIN public.governing_bodies b USING (body_id)
                 WHERE r.headteacher_recruitment_id = %1$I.headteacher_recruitment_id
                   AND b.la_code = ANY(public.govmon_la_scope())))', t);
    END LOOP;
END
$$;

CREATE POLICY by_authority ON succession_policies USING (public.govmon_scope_is_all() OR EXISTS (
    SELECT 1 FROM public.schools s WHERE s.urn = succession_policies.urn AND s.la_code = ANY(public.govmon_la_scope())));

-- One in force per school and day, per recruitment and stage, per panel and governor, and one
-- confirmation per recruitment: a correction voids the old row first.
CREATE UNIQUE INDEX succession_policies_one_per_day ON succession_policies (urn, adopted_on) WHERE voided_at IS NULL;
CREATE UNIQUE INDEX recruitment_stages_once ON recruitment_stages (headteacher_recruitment_id, stage)
    WHERE voided_at IS NULL;
CREATE UNIQUE INDEX recruitment_panel_members_once ON recruitment_panel_members (headteacher_recruitment_id, appointment_id)
    WHERE voided_at IS NULL;
CREATE UNIQUE INDEX panel_confirmations_once ON panel_confirmations (headteacher_recruitment_id) WHERE voided_at IS NULL;

SELECT govmon_audit_table('succession_policies', 'succession_policy_id');
SELECT govmon_audit_table('recruitment_stages', 'recruitment_stage_id');
SELECT govmon_audit_table('recruitment_panel_members', 'recruitment_panel_member_id');
SELECT govmon_audit_table('panel_confirmations', 'panel_confirmation_id');
