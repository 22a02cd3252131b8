-- The governor register: schools, governing bodies, instruments of government, people and their
-- appointments. PostgreSQL enforces what it can; the Swift domain module mirrors the value lists.
-- Dates are calendar dates (`date`); ranges are inclusive of both ends ('[]') unless noted.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE local_authorities (
    la_code integer PRIMARY KEY CHECK (la_code BETWEEN 100 AND 999),
    name    text    NOT NULL UNIQUE CHECK (btrim(name) <> '')
);

CREATE TABLE schools (
    urn                  integer PRIMARY KEY CHECK (urn BETWEEN 100000 AND 999999),
    la_code              integer NOT NULL REFERENCES local_authorities,
    -- NULL for establishments GIAS gives no number (some non-maintained types).
    establishment_number integer CHECK (establishment_number BETWEEN 1 AND 9999),
    name                 text    NOT NULL CHECK (btrim(name) <> ''),
    phase                text,
    -- The GIAS "TypeOfEstablishment (name)" exactly as published.
    establishment_type   text,
    -- Which constitution rules apply (constitution.md section 2); academies and others are
    -- recorded but are not maintained schools.
    category             text    NOT NULL CHECK (category IN (
        'community', 'community_special', 'maintained_nursery', 'foundation', 'foundation_special',
        'voluntary_aided', 'voluntary_controlled', 'academy', 'free_school', 'independent',
        'pupil_referral_unit', 'other')),
    -- For foundation and foundation special schools: NULL until an officer records it.
    foundation_status    text CHECK (foundation_status IN (
        'without_foundation', 'with_foundation', 'qualifying_foundation')),
    status               text,
    ward                 text,
    open_date            date,
    close_date           date,
    CONSTRAINT schools_close_after_open CHECK (close_date IS NULL OR open_date IS NULL OR close_date >= open_date),
    CONSTRAINT schools_foundation_status_only_for_foundation
        CHECK (foundation_status IS NULL OR category IN ('foundation', 'foundation_special'))
);

-- LAESTAB identifies an open school; a closed school's number may be reused.
CREATE UNIQUE INDEX schools_la_code_establishment_number_idx
    ON schools (la_code, establishment_number) WHERE close_date IS NULL;

CREATE TABLE governing_bodies (
    body_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    la_code       integer NOT NULL REFERENCES local_authorities,
    name          text    NOT NULL CHECK (btrim(name) <> ''),
    is_federation boolean NOT NULL DEFAULT false,
    formed_on     date,
    dissolved_on  date,
    CONSTRAINT governing_bodies_dissolved_after_formed
        CHECK (dissolved_on IS NULL OR formed_on IS NULL OR dissolved_on >= formed_on)
);

-- Which schools a body governs, over time: one body per school, or one for a federation.
-- joined_on NULL means "since before the register began"; left_on is exclusive.
CREATE TABLE body_schools (
    body_school_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_id        bigint  NOT NULL REFERENCES governing_bodies,
    urn            integer NOT NULL REFERENCES schools,
    joined_on      date,
    left_on        date,
    CONSTRAINT body_schools_left_after_joined CHECK (left_on IS NULL OR joined_on IS NULL OR left_on > joined_on),
    CONSTRAINT body_schools_one_body_at_a_time
        EXCLUDE USING gist (urn WITH =, daterange(joined_on, left_on, '[)') WITH &&)
);
CREATE INDEX body_schools_body_id_idx ON body_schools (body_id);

CREATE TABLE instruments (
    instrument_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_id          bigint   NOT NULL REFERENCES governing_bodies,
    made_on          date     NOT NULL,
    effective_from   date     NOT NULL,
    regulations      smallint NOT NULL CHECK (regulations IN (2007, 2012)),
    head_is_governor boolean  NOT NULL DEFAULT true,
    note             text,
    CONSTRAINT instruments_effective_after_made CHECK (effective_from >= made_on),
    CONSTRAINT instruments_one_per_effective_date UNIQUE (body_id, effective_from)
);

CREATE TABLE instrument_seats (
    instrument_seat_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    instrument_id      bigint   NOT NULL REFERENCES instruments ON DELETE CASCADE,
    category           text     NOT NULL CHECK (category IN (
        'parent', 'staff', 'headteacher', 'local_authority', 'foundation', 'partnership', 'co_opted')),
    seats              integer  NOT NULL CONSTRAINT instrument_seats_seats_in_range CHECK (seats BETWEEN 0 AND 100),
    -- Term of office in years (1-4); NULL for the ex officio headteacher.
    term_years         smallint CONSTRAINT instrument_seats_term_1_to_4_years CHECK (term_years BETWEEN 1 AND 4),
    CONSTRAINT instrument_seats_one_row_per_category UNIQUE (instrument_id, category),
    CONSTRAINT instrument_seats_term_unless_headteacher CHECK ((category = 'headteacher') = (term_years IS NULL))
);

CREATE TABLE people (
    person_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title      text,
    forename1  text NOT NULL CHECK (btrim(forename1) <> ''),
    forename2  text,
    surname    text NOT NULL CHECK (btrim(surname) <> ''),
    -- Used to recognise the same person across records of one body (case folded; the store
    -- stores names with white space already tidied: trimmed, inner runs made one space).
    name_key   text GENERATED ALWAYS AS (lower(forename1) || '|' || lower(surname)) STORED,
    created_on date NOT NULL DEFAULT current_date
);
CREATE INDEX people_name_key_idx ON people (name_key);

CREATE TABLE appointments (
    appointment_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id          bigint  NOT NULL REFERENCES people,
    body_id            bigint  NOT NULL REFERENCES governing_bodies,
    -- 'associate_member' is recorded but is never a governor (reg 12).
    category           text    NOT NULL CHECK (category IN (
        'parent', 'staff', 'headteacher', 'local_authority', 'foundation', 'partnership', 'co_opted',
        'associate_member')),
    appointing_body    text,
    role               text    NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'chair', 'vice_chair')),
    ex_officio         boolean NOT NULL DEFAULT false,
    -- Co-opted governors employed at the school count towards the one-third rule (reg 13(5)).
    employed_at_school boolean NOT NULL DEFAULT false,
    start_date         date    NOT NULL,
    term_end           date,
    ended_on           date,
    ended_reason       text CHECK (ended_reason IN (
        'term_ended', 'resigned', 'reappointed', 'removed', 'disqualified', 'deceased',
        'surplus_on_reconstitution', 'no_longer_eligible', 'body_dissolved', 'other')),
    gias_gid           bigint,
    CONSTRAINT appointments_headteacher_ex_officio CHECK (category <> 'headteacher' OR ex_officio),
    CONSTRAINT appointments_term_end_unless_ex_officio CHECK (ex_officio = (term_end IS NULL)),
    CONSTRAINT appointments_term_end_after_start CHECK (term_end IS NULL OR term_end >= start_date),
    -- Terms are 1 to 4 years: the last day of a 4-year term is start + 4 years - 1 day.
    CONSTRAINT appointments_term_at_most_4_years
        CHECK (term_end IS NULL OR term_end < (start_date + interval '4 years')::date),
    CONSTRAINT appointments_ended_after_start CHECK (ended_on IS NULL OR ended_on >= start_date),
    CONSTRAINT appointments_ended_with_reason CHECK ((ended_on IS NULL) = (ended_reason IS NULL)),
    CONSTRAINT appointments_associate_not_officer CHECK (role = 'member' OR category <> 'associate_member'),
    CONSTRAINT appointments_no_overlap EXCLUDE USING gist (
        person_id WITH =, body_id WITH =,
        daterange(start_date, coalesce(ended_on, term_end), '[]') WITH &&)
);
CREATE INDEX appointments_body_id_idx ON appointments (body_id);
CREATE UNIQUE INDEX appointments_gias_gid_start_date_idx ON appointments (gias_gid, start_date);

CREATE TABLE vacancies (
    vacancy_id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_id                  bigint NOT NULL REFERENCES governing_bodies,
    category                 text   NOT NULL CHECK (category IN (
        'parent', 'staff', 'headteacher', 'local_authority', 'foundation', 'partnership', 'co_opted')),
    opened_on                date   NOT NULL,
    reason                   text   NOT NULL CHECK (reason IN (
        'term_ended', 'resigned', 'new_seat', 'removed', 'disqualified', 'deceased',
        'no_longer_eligible', 'other')),
    filled_by_appointment_id bigint UNIQUE REFERENCES appointments,
    filled_on                date,
    closed_on                date,
    closed_reason            text,
    note                     text,
    CONSTRAINT vacancies_filled_with_date CHECK ((filled_by_appointment_id IS NULL) = (filled_on IS NULL)),
    CONSTRAINT vacancies_filled_after_opened CHECK (filled_on IS NULL OR filled_on >= opened_on),
    CONSTRAINT vacancies_closed_after_opened CHECK (closed_on IS NULL OR closed_on >= opened_on),
    CONSTRAINT vacancies_filled_or_closed CHECK (filled_on IS NULL OR closed_on IS NULL),
    CONSTRAINT vacancies_closed_with_reason CHECK ((closed_on IS NULL) = (closed_reason IS NULL))
);
CREATE INDEX vacancies_body_id_idx ON vacancies (body_id);

SELECT govmon_audit_table('local_authorities', 'la_code');
SELECT govmon_audit_table('schools', 'urn');
SELECT govmon_audit_table('governing_bodies', 'body_id');
SELECT govmon_audit_table('body_schools', 'body_school_id');
SELECT govmon_audit_table('instruments', 'instrument_id');
SELECT govmon_audit_table('instrument_seats', 'instrument_seat_id');
SELECT govmon_audit_table('people', 'person_id');
SELECT govmon_audit_table('appointments', 'appointment_id');
SELECT govmon_audit_table('vacancies', 'vacancy_id');
