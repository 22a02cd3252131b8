-- The skills audit (docs/skills.md): a framework each authority loads from its own file (the
-- DfE's competency framework was withdrawn in 2024), and governors' answers, a new row each time
-- (the latest on or before a date is theirs), so nothing is overwritten.

CREATE TABLE skills_frameworks (
    framework_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text   NOT NULL UNIQUE CHECK (btrim(name) <> ''),
    loaded_on    date   NOT NULL,
    file_sha256  text   NOT NULL
);

CREATE TABLE skills_questions (
    question_id  bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    framework_id bigint  NOT NULL REFERENCES skills_frameworks,
    position     integer NOT NULL,
    category     text    NOT NULL CHECK (btrim(category) <> ''),
    code         text    NOT NULL CHECK (btrim(code) <> ''),
    question     text    NOT NULL CHECK (btrim(question) <> ''),
    answer_kind  text    NOT NULL CHECK (answer_kind IN ('scale', 'text')),
    CONSTRAINT skills_questions_code_once UNIQUE (framework_id, code),
    CONSTRAINT skills_questions_position_once UNIQUE (framework_id, position)
);

CREATE TABLE skills_answers (
    answer_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appointment_id bigint NOT NULL REFERENCES appointments,
    question_id    bigint NOT NULL REFERENCES skills_questions,
    answered_on    date   NOT NULL,
    score          integer CHECK (score BETWEEN 1 AND 5),
    answer_text    text CHECK (answer_text IS NULL OR btrim(answer_text) <> ''),
    CONSTRAINT skills_answers_score_or_text CHECK ((score IS NULL) <> (answer_text IS NULL)),
    CONSTRAINT skills_answers_once_a_day UNIQUE (appointment_id, question_id, answered_on)
);
CREATE INDEX skills_answers_question_idx ON skills_answers (question_id);

-- Answers are about a governor: seen where their body's authority is.
ALTER TABLE skills_answers ENABLE ROW LEVEL SECURITY;
ALTER TABLE skills_answers FORCE ROW LEVEL SECURITY;
CREATE POLICY by_authority ON skills_answers USING (public.govmon_scope_is_all() OR EXISTS (
    SELECT 1 FROM public.appointments a JOIN public.governing_bodies b ON b.body_id = a.body_id
    WHERE a.appointment_id = skills_answers.appointment_id AND b.la_code = ANY(public.govmon_la_scope())));

SELECT govmon_audit_table('skills_frameworks', 'framework_id');
SELECT govmon_audit_table('skills_questions', 'question_id');
SELECT govmon_audit_table('skills_answers', 'answer_id');
