-- What the deadline checks need (planned headteacher recruitments, DBS checks, chairs' reviews),
-- who decided which surplus governors left on reconstitution, and alerts with memory.

-- Rec 11: refresher training when a headteacher appointment is coming up.
CREATE TABLE headteacher_recruitments (
    headteacher_recruitment_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_id                    bigint NOT NULL REFERENCES governing_bodies,
    recorded_on                date   NOT NULL,
    planned_appointment_on     date   NOT NULL,
    note                       text,
    cancelled_on               date,
    CONSTRAINT headteacher_recruitments_planned_after_recorded CHECK (planned_appointment_on >= recorded_on)
);
CREATE INDEX headteacher_recruitments_body_id_idx ON headteacher_recruitments (body_id);

-- Enhanced DBS checks applied for (governors appointed from 1 April 2016: within 21 days).
CREATE TABLE dbs_checks (
    dbs_check_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id    bigint NOT NULL REFERENCES people,
    applied_on   date   NOT NULL,
    certificate_issued_on date,
    CONSTRAINT dbs_checks_issued_after_applied CHECK (certificate_issued_on IS NULL OR certificate_issued_on >= applied_on),
    CONSTRAINT dbs_checks_one_per_day UNIQUE (person_id, applied_on)
);

-- A chair's review of whether their body represents its community (rec 10).
CREATE TABLE chair_reviews (
    chair_review_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_id              bigint NOT NULL REFERENCES governing_bodies,
    chair_appointment_id bigint REFERENCES appointments,
    reviewed_on          date   NOT NULL,
    judgement            text   NOT NULL CHECK (judgement IN (
        'representative', 'partly_representative', 'not_representative', 'cannot_tell')),
    actions_agreed       text,
    taken_to_board_on    date,
    -- The aggregate figures the chair looked at (attached by the representativeness work).
    figures              jsonb,
    CONSTRAINT chair_reviews_board_after_review CHECK (taken_to_board_on IS NULL OR taken_to_board_on >= reviewed_on)
);
CREATE INDEX chair_reviews_body_id_idx ON chair_reviews (body_id);

-- Who decided that a surplus governor leaves on reconstitution (reg 15 as substituted in 2014):
-- the governing body, the appointing body for foundation governors, the LA for LA governors.
CREATE TABLE surplus_departures (
    surplus_departure_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appointment_id       bigint NOT NULL UNIQUE REFERENCES appointments,
    reconstitution_id    bigint REFERENCES reconstitutions,
    decided_by           text   NOT NULL CHECK (decided_by IN (
        'governing_body', 'appointing_body', 'local_authority', 'resignation')),
    decided_on           date   NOT NULL,
    note                 text
);

-- Alerts with memory: one row per problem while it lasts. A problem seen again does not raise a
-- second alert; a problem gone resolves it.
CREATE TABLE alerts (
    alert_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    check_name   text   NOT NULL,
    -- What the problem is about, stable across runs (e.g. "appointment:42:30").
    subject      text   NOT NULL,
    body_id      bigint REFERENCES governing_bodies,
    la_code      integer REFERENCES local_authorities,
    severity     text   NOT NULL CHECK (severity IN ('info', 'warning', 'overdue')),
    message      text   NOT NULL,
    due_on       date,
    raised_on    date   NOT NULL,
    resolved_on  date,
    CONSTRAINT alerts_resolved_after_raised CHECK (resolved_on IS NULL OR resolved_on >= raised_on)
);
CREATE UNIQUE INDEX alerts_check_name_subject_idx ON alerts (check_name, subject) WHERE resolved_on IS NULL;
CREATE INDEX alerts_body_id_idx ON alerts (body_id);

-- Every tracking run and every raise and resolve it made.
CREATE TABLE tracking_runs (
    tracking_run_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    as_of           date        NOT NULL,
    started_at      timestamptz NOT NULL DEFAULT now(),
    actor           text        NOT NULL DEFAULT govmon_actor(),
    raised          integer     NOT NULL,
    resolved        integer     NOT NULL,
    still_open      integer     NOT NULL
);

CREATE TABLE alert_events (
    alert_event_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id        bigint NOT NULL REFERENCES alerts,
    tracking_run_id bigint NOT NULL REFERENCES tracking_runs,
    event           text   NOT NULL CHECK (event IN ('raised', 'resolved')),
    occurred_on     date   NOT NULL
);

SELECT govmon_audit_table('headteacher_recruitments', 'headteacher_recruitment_id');
SELECT govmon_audit_table('dbs_checks', 'dbs_check_id');
SELECT govmon_audit_table('chair_reviews', 'chair_review_id');
SELECT govmon_audit_table('surplus_departures', 'surplus_departure_id');
