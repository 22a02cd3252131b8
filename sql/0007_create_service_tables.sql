-- The service: bearer tokens (only a hash is stored) and the scheduler's record of slots run.

CREATE TABLE api_tokens (
    api_token_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner        text    NOT NULL CHECK (btrim(owner) <> ''),
    role         text    NOT NULL CHECK (role IN ('officer', 'board', 'chair')),
    -- A chair's body; NULL for other roles.
    body_id      bigint REFERENCES governing_bodies,
    -- The authorities an officer or board member may read (NULL: every authority).
    la_codes     integer[],
    -- SHA-256 of the token, hex: the token itself is shown once and never stored.
    token_sha256 text    NOT NULL UNIQUE,
    created_on   date    NOT NULL DEFAULT current_date,
    created_by   text    NOT NULL DEFAULT govmon_actor(),
    expires_on   date,
    revoked_on   date,
    CONSTRAINT api_tokens_chair_has_body CHECK ((role = 'chair') = (body_id IS NOT NULL))
);

-- One row per scheduled tracking slot that ran to completion, whichever replica ran it.
CREATE TABLE scheduled_runs (
    slot            timestamptz PRIMARY KEY,
    ran_by          text        NOT NULL,
    tracking_run_id bigint      REFERENCES tracking_runs,
    finished_at     timestamptz NOT NULL DEFAULT now()
);

SELECT govmon_audit_table('api_tokens', 'api_token_id', ARRAY['token_sha256']);
