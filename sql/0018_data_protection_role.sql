-- The data-protection role (docs/data-protection.md, "Who reads an individual's declarations"):
-- officers see whether a person has declared, never what; reading an individual's values takes a
-- `dpo` token or account, a reason, and leaves a row here (who, when, why, through what; never
-- the values), itself in the audit trail. `privacy.officer_reads_declarations` lets officers read
-- them too (with the same record).

ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_role_check;
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_role_check CHECK (role IN ('officer', 'board', 'chair', 'dpo'));

CREATE TABLE declaration_reads (
    read_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id bigint NOT NULL REFERENCES people,
    reason    text   NOT NULL CHECK (btrim(reason) <> ''),
    -- 'cli', 'api' or 'web', and what was read: the declarations, or a subject access export.
    via       text   NOT NULL CHECK (via IN ('cli', 'api', 'web')),
    what      text   NOT NULL CHECK (what IN ('declarations', 'export')),
    read_by   text   NOT NULL DEFAULT govmon_actor(),
    read_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX declaration_reads_person ON declaration_reads (person_id);

SELECT govmon_audit_table('declaration_reads', 'read_id');
