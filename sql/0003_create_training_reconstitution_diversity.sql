-- Training, reconstitution stages, self-declared diversity data and the import log.

CREATE TABLE courses (
    course_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title     text NOT NULL CHECK (btrim(title) <> ''),
    kind      text NOT NULL CHECK (kind IN (
        'induction', 'refresher', 'headteacher_recruitment', 'safeguarding', 'other')),
    provider  text,
    UNIQUE (title, kind)
);

CREATE TABLE training_records (
    training_record_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id          bigint NOT NULL REFERENCES people,
    course_id          bigint NOT NULL REFERENCES courses,
    completed_on       date   NOT NULL,
    UNIQUE (person_id, course_id, completed_on)
);
CREATE INDEX training_records_course_id_idx ON training_records (course_id);

-- One row per round of reconstitution of a body (a body may reconstitute more than once).
CREATE TABLE reconstitutions (
    reconstitution_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_id           bigint NOT NULL REFERENCES governing_bodies,
    started_on        date   NOT NULL,
    instrument_id     bigint REFERENCES instruments,
    note              text
);
CREATE INDEX reconstitutions_body_id_idx ON reconstitutions (body_id);

-- Stages (constitution.md section 5), each reached once per round.
CREATE TABLE reconstitution_stages (
    reconstitution_stage_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reconstitution_id       bigint NOT NULL REFERENCES reconstitutions,
    stage                   text   NOT NULL CHECK (stage IN (
        'review_started', 'proposal_agreed', 'consultation', 'draft_sent_to_la',
        'instrument_made', 'instrument_effective', 'surplus_resolved')),
    reached_on              date   NOT NULL,
    note                    text,
    UNIQUE (reconstitution_id, stage)
);

-- Self-declared diversity data, kept apart from identity. A new declaration is a new row;
-- the latest by recorded_on is current. The audit trail never copies sex or ethnicity.
CREATE TABLE diversity_declarations (
    declaration_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id      bigint NOT NULL REFERENCES people,
    recorded_on    date   NOT NULL,
    sex            text   NOT NULL CHECK (sex IN ('female', 'male', 'prefer_not_to_say', 'not_asked')),
    -- Census 2021 categories (ethnicity.md) plus the two unknowns.
    ethnicity      text   NOT NULL CHECK (ethnicity IN (
        'bangladeshi', 'chinese', 'indian', 'pakistani', 'other_asian',
        'african', 'caribbean', 'other_black',
        'white_and_asian', 'white_and_black_african', 'white_and_black_caribbean', 'other_mixed',
        'white_british', 'irish', 'gypsy_or_irish_traveller', 'roma', 'other_white',
        'arab', 'any_other',
        'prefer_not_to_say', 'not_asked')),
    collected_by   text   NOT NULL CHECK (collected_by IN ('paper_form', 'online_form', 'interview', 'other')),
    UNIQUE (person_id, recorded_on)
);

-- A written objection (DPA 2018 Sch 1 para 8): from objected_on the person's values count as unknown.
CREATE TABLE diversity_objections (
    diversity_objection_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id              bigint NOT NULL UNIQUE REFERENCES people,
    objected_on            date   NOT NULL
);

-- One row per import run, whatever its outcome (a failed run leaves no other trace).
CREATE TABLE import_runs (
    import_run_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text        NOT NULL,
    file_name     text        NOT NULL,
    file_sha256   text        NOT NULL,
    actor         text        NOT NULL DEFAULT govmon_actor(),
    started_at    timestamptz NOT NULL DEFAULT now(),
    rows_read     integer     NOT NULL,
    inserted      integer     NOT NULL,
    updated       integer     NOT NULL,
    unchanged     integer     NOT NULL,
    rejected      integer     NOT NULL,
    summary       jsonb       NOT NULL DEFAULT '{}'
);

-- Records an import could not settle by itself, for an officer to resolve.
CREATE TABLE identity_questions (
    identity_question_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    import_run_id        bigint   NOT NULL REFERENCES import_runs,
    body_id              bigint   NOT NULL REFERENCES governing_bodies,
    person_ids           bigint[] NOT NULL,
    question             text     NOT NULL,
    resolved_on          date,
    resolution           text
);

SELECT govmon_audit_table('courses', 'course_id');
SELECT govmon_audit_table('training_records', 'training_record_id');
SELECT govmon_audit_table('reconstitutions', 'reconstitution_id');
SELECT govmon_audit_table('reconstitution_stages', 'reconstitution_stage_id');
SELECT govmon_audit_table('diversity_declarations', 'declaration_id', ARRAY['sex', 'ethnicity']);
SELECT govmon_audit_table('diversity_objections', 'diversity_objection_id');
SELECT govmon_audit_table('identity_questions', 'identity_question_id');
