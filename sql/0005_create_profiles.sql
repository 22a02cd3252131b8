-- Community profiles (named, dated, sourced distributions a body is compared with), the links
-- from bodies to their comparators, and aggregate snapshots of representativeness.

-- The ONS code of each authority (e.g. Merton E09000024) links it to census geographies.
ALTER TABLE local_authorities ADD COLUMN ons_code text UNIQUE;

CREATE TABLE community_profiles (
    profile_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           text   NOT NULL UNIQUE CHECK (btrim(name) <> ''),
    -- What population it describes.
    geography_kind text   NOT NULL CHECK (geography_kind IN ('borough', 'ward', 'school_pupils', 'school_workforce', 'other')),
    geography_code text,
    geography_name text   NOT NULL,
    -- The school, for pupil and workforce profiles.
    urn            integer REFERENCES schools,
    -- Which classification the categories use.
    classification text   NOT NULL CHECK (classification IN ('census_2011_ethnicity', 'census_2021_ethnicity',
                                                             'dfe_ethnicity', 'sex')),
    source         text   NOT NULL CHECK (btrim(source) <> ''),
    reference_date date   NOT NULL,
    -- People the source counts as not classified (kept out of shares, reported as coverage).
    unknown_count  bigint NOT NULL DEFAULT 0 CHECK (unknown_count >= 0),
    import_run_id  bigint REFERENCES import_runs
);
CREATE INDEX community_profiles_geography_code_idx ON community_profiles (geography_code);
CREATE INDEX community_profiles_urn_idx ON community_profiles (urn);

CREATE TABLE profile_counts (
    profile_count_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    profile_id       bigint NOT NULL REFERENCES community_profiles ON DELETE CASCADE,
    category         text   NOT NULL,
    count            bigint NOT NULL CONSTRAINT profile_counts_not_negative CHECK (count >= 0),
    CONSTRAINT profile_counts_one_per_category UNIQUE (profile_id, category)
);

-- Which profile a body is judged against, per classification family (ethnicity or sex). Without
-- a link, a body is compared with its borough's latest profile.
CREATE TABLE body_comparators (
    body_comparator_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_id            bigint NOT NULL REFERENCES governing_bodies,
    profile_id         bigint NOT NULL REFERENCES community_profiles,
    dimension          text   NOT NULL CHECK (dimension IN ('ethnicity', 'sex')),
    CONSTRAINT body_comparators_one_per_dimension UNIQUE (body_id, dimension)
);

-- Aggregate results on a date, without personal data: they survive when personal data is erased.
CREATE TABLE representation_snapshots (
    snapshot_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    as_of           date    NOT NULL,
    la_code         integer NOT NULL REFERENCES local_authorities,
    -- NULL for the borough as a whole.
    body_id         bigint REFERENCES governing_bodies,
    -- e.g. women, ethnic_minority_not_white_british, ethnic_minority_not_white.
    measured_group  text    NOT NULL,
    profile_name    text,
    in_post         integer NOT NULL CHECK (in_post >= 0),
    unknown         integer NOT NULL CHECK (unknown >= 0),
    in_group        integer NOT NULL CHECK (in_group >= 0),
    community_share double precision,
    band            text,
    measures        jsonb   NOT NULL,
    taken_at        timestamptz NOT NULL DEFAULT now(),
    taken_by        text    NOT NULL DEFAULT govmon_actor()
);
CREATE UNIQUE INDEX representation_snapshots_as_of_body_group_idx
    ON representation_snapshots (as_of, la_code, coalesce(body_id, 0), measured_group);

SELECT govmon_audit_table('community_profiles', 'profile_id');
SELECT govmon_audit_table('profile_counts', 'profile_count_id');
SELECT govmon_audit_table('body_comparators', 'body_comparator_id');
