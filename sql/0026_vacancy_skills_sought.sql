-- The skills a vacancy seeks (docs/skills.md): questions of a skills audit framework, so a body
-- recruits for its gaps. Tagging adds a row and untagging removes it; the audit trail keeps both.
CREATE TABLE vacancy_skills_sought (
    vacancy_id  bigint NOT NULL REFERENCES vacancies,
    question_id bigint NOT NULL REFERENCES skills_questions,
    tagged_on   date   NOT NULL,
    CONSTRAINT vacancy_skills_sought_once PRIMARY KEY (vacancy_id, question_id)
);
CREATE INDEX vacancy_skills_sought_question_idx ON vacancy_skills_sought (question_id);

-- Seen where the vacancy's body is.
ALTER TABLE vacancy_skills_sought ENABLE ROW LEVEL SECURITY;
ALTER TABLE vacancy_skills_sought FORCE ROW LEVEL SECURITY;
CREATE POLICY by_authority ON vacancy_skills_sought USING (public.govmon_scope_is_all() OR EXISTS (
    SELECT 1 FROM public.vacancies v WHERE v.vacancy_id = vacancy_skills_sought.vacancy_id
      AND public.govmon_body_visible(v.body_id)));

SELECT govmon_audit_table('vacancy_skills_sought', 'vacancy_id');
