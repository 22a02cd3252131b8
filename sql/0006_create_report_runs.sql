-- Every report produced: who, when, with which parameters, and a hash of the output, so that a
-- Board paper can be traced to the data it came from.
CREATE TABLE report_runs (
    report_run_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text        NOT NULL,
    la_code       integer     NOT NULL REFERENCES local_authorities,
    as_of         date        NOT NULL,
    since         date,
    audience      text        NOT NULL CHECK (audience IN ('board', 'officer')),
    format        text        NOT NULL,
    parameters    jsonb       NOT NULL DEFAULT '{}',
    output_sha256 text        NOT NULL,
    output_path   text,
    actor         text        NOT NULL DEFAULT govmon_actor(),
    generated_at  timestamptz NOT NULL DEFAULT now()
);
