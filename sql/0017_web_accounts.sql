-- People who sign in to the browser front (docs/web.md): officers, board members and chairs.
--
-- Each account carries an API token row (never usable as a bearer token: its hash is of a secret
-- nobody is shown), so a signed-in person has the same role, body and authorities, the same
-- access policy and the same row-level security as a token holder: one model of who may do what.

CREATE TABLE user_accounts (
    user_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         text    NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    display_name  text    NOT NULL CHECK (btrim(display_name) <> ''),
    api_token_id  bigint  NOT NULL UNIQUE REFERENCES api_tokens,
    -- bcrypt (HummingbirdBcrypt); NULL until the invitation is accepted.
    password_hash text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text    NOT NULL DEFAULT govmon_actor(),
    disabled_at   timestamptz
);
CREATE UNIQUE INDEX user_accounts_email ON user_accounts (lower(email));

-- One-time links: an account invitation (sets the password) or a governor's self-service
-- diversity monitoring form. Only a hash of the link's secret is stored.
CREATE TABLE one_time_links (
    link_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    link_sha256 text NOT NULL UNIQUE,
    purpose     text NOT NULL CHECK (purpose IN ('account', 'diversity')),
    user_id     bigint REFERENCES user_accounts,
    person_id   bigint REFERENCES people,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT govmon_actor(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    CONSTRAINT one_time_links_target CHECK (
        (purpose = 'account' AND user_id IS NOT NULL AND person_id IS NULL)
        OR (purpose = 'diversity' AND person_id IS NOT NULL AND user_id IS NULL))
);

-- Signed-in sessions: the cookie holds a secret whose hash is the key. A session ends at sign-out,
-- after `idle` without a request, or when the account is disabled.
CREATE TABLE web_sessions (
    session_sha256 text PRIMARY KEY,
    user_id        bigint NOT NULL REFERENCES user_accounts,
    -- The token every form of this session carries (CSRF).
    csrf_token     text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    last_seen_at   timestamptz NOT NULL DEFAULT now(),
    ended_at       timestamptz
);
CREATE INDEX web_sessions_user ON web_sessions (user_id) WHERE ended_at IS NULL;

-- Every sign-in attempt, for throttling and for the officer who asks who tried.
CREATE TABLE sign_in_attempts (
    attempt_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email        text NOT NULL,
    client       text NOT NULL,
    attempted_at timestamptz NOT NULL DEFAULT now(),
    succeeded    boolean NOT NULL
);
CREATE INDEX sign_in_attempts_recent ON sign_in_attempts (lower(email), attempted_at);

-- Accounts and links are audited like every record an officer makes (secrets never: only
-- hashes, and those are left out); sessions and attempts are logs of their own.
SELECT govmon_audit_table('user_accounts', 'user_id', ARRAY['password_hash']);
SELECT govmon_audit_table('one_time_links', 'link_id', ARRAY['link_sha256']);
