-- A governor answers the skills audit through a one-time link (docs/skills.md), as a governor's
-- monitoring form opens (sql/0017): the link names the appointment and the framework.
ALTER TABLE one_time_links ADD COLUMN appointment_id bigint REFERENCES appointments;
ALTER TABLE one_time_links ADD COLUMN framework_id bigint REFERENCES skills_frameworks;
ALTER TABLE one_time_links DROP CONSTRAINT one_time_links_purpose_check;
ALTER TABLE one_time_links ADD CONSTRAINT one_time_links_purpose_check
    CHECK (purpose IN ('account', 'diversity', 'candidate_monitoring', 'skills'));
ALTER TABLE one_time_links DROP CONSTRAINT one_time_links_target;
ALTER TABLE one_time_links ADD CONSTRAINT one_time_links_target CHECK (
    (purpose = 'account' AND user_id IS NOT NULL AND person_id IS NULL AND candidate_id IS NULL
        AND appointment_id IS NULL AND framework_id IS NULL)
    OR (purpose = 'diversity' AND person_id IS NOT NULL AND user_id IS NULL AND candidate_id IS NULL
        AND appointment_id IS NULL AND framework_id IS NULL)
    OR (purpose = 'candidate_monitoring' AND candidate_id IS NOT NULL AND user_id IS NULL AND person_id IS NULL
        AND appointment_id IS NULL AND framework_id IS NULL)
    OR (purpose = 'skills' AND appointment_id IS NOT NULL AND framework_id IS NOT NULL AND user_id IS NULL
        AND person_id IS NULL AND candidate_id IS NULL));
