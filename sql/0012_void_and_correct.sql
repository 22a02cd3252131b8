-- Voids and corrections (docs/corrections.md). An officer's mistake is never deleted: a void
-- keeps the row, says who voided it, when and why, and drops it from every computation and
-- listing; a correction voids the old version and adds the corrected one, linked by replaced_by.
-- A merge of two records of one person voids the other record with replaced_by naming the one kept.
--
-- Hiding is done once, here, by row-level security: a restrictive policy shows a voided row only
-- to a transaction that sets govmon.include_void to 'on' (listings with --include-void, history,
-- the void itself, retention and subject access). Every query the store has, and every one it
-- gains later, leaves voided rows out without having to remember to.

CREATE FUNCTION govmon_include_void() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('govmon.include_void', true), '') = 'on'
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['people', 'appointments', 'vacancies', 'instruments', 'training_records',
        'reconstitution_stages', 'diversity_declarations', 'dbs_checks', 'chair_reviews',
        'headteacher_recruitments'] LOOP
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
END
$$;

-- A corrected version may repeat what made the old one unique (the same date, the same GID):
-- uniqueness and overlap hold among the rows in force, not the voided ones.
ALTER TABLE appointments DROP CONSTRAINT appointments_no_overlap;
ALTER TABLE appointments ADD CONSTRAINT appointments_no_overlap EXCLUDE USING gist (
    person_id WITH =, body_id WITH =, daterange(start_date, coalesce(ended_on, term_end), '[]') WITH &&)
    WHERE (voided_at IS NULL);
DROP INDEX appointments_gias_gid_start_date_idx;
CREATE UNIQUE INDEX appointments_gias_gid_start_date_idx ON appointments (gias_gid, start_date) WHERE voided_at IS NULL;

ALTER TABLE instruments DROP CONSTRAINT instruments_one_per_effective_date;
CREATE UNIQUE INDEX instruments_one_per_effective_date ON instruments (body_id, effective_from) WHERE voided_at IS NULL;

ALTER TABLE vacancies DROP CONSTRAINT vacancies_filled_by_appointment_id_key;
CREATE UNIQUE INDEX vacancies_filled_by_appointment_id_key ON vacancies (filled_by_appointment_id)
    WHERE voided_at IS NULL;

ALTER TABLE training_records DROP CONSTRAINT training_records_person_id_course_id_completed_on_key;
CREATE UNIQUE INDEX training_records_person_id_course_id_completed_on_key
    ON training_records (person_id, course_id, completed_on) WHERE voided_at IS NULL;

ALTER TABLE reconstitution_stages DROP CONSTRAINT reconstitution_stages_reconstitution_id_stage_key;
CREATE UNIQUE INDEX reconstitution_stages_reconstitution_id_stage_key
    ON reconstitution_stages (reconstitution_id, stage) WHERE voided_at IS NULL;

ALTER TABLE diversity_declarations DROP CONSTRAINT diversity_declarations_person_id_recorded_on_key;
CREATE UNIQUE INDEX diversity_declarations_person_id_recorded_on_key
    ON diversity_declarations (person_id, recorded_on) WHERE voided_at IS NULL;

ALTER TABLE dbs_checks DROP CONSTRAINT dbs_checks_one_per_day;
CREATE UNIQUE INDEX dbs_checks_one_per_day ON dbs_checks (person_id, applied_on) WHERE voided_at IS NULL;

-- Why a declaration was voided may quote what it said: the reason stays out of the audit trail
-- with the sex and ethnicity it might name.
DROP TRIGGER audit_insert ON diversity_declarations;
DROP TRIGGER audit_update ON diversity_declarations;
DROP TRIGGER audit_delete ON diversity_declarations;
SELECT govmon_audit_table('diversity_declarations', 'declaration_id', ARRAY['sex', 'ethnicity', 'void_reason']);

-- The reporting views read as their owner, whom these tables' policies do not bind.
CREATE OR REPLACE VIEW reporting_instruments AS
    SELECT instrument_id, body_id, made_on, effective_from, regulations, head_is_governor
    FROM instruments WHERE voided_at IS NULL;
CREATE OR REPLACE VIEW reporting_instrument_seats AS
    SELECT s.instrument_id, s.category, s.seats, s.term_years
    FROM instrument_seats s JOIN instruments i USING (instrument_id) WHERE i.voided_at IS NULL;
CREATE OR REPLACE VIEW reporting_vacancies AS
    SELECT vacancy_id, body_id, category, opened_on, reason, filled_on, closed_on
    FROM vacancies WHERE voided_at IS NULL;
CREATE OR REPLACE VIEW reporting_reconstitution_stages AS
    SELECT reconstitution_id, stage, reached_on FROM reconstitution_stages WHERE voided_at IS NULL;
