-- An appointment an officer let through an entry check (over establishment, a seat the instrument
-- lacks, a second headteacher, a new person named like one who served): the rules overridden and
-- the officer's reason, kept with the row and so in its audit entry (who and when).
ALTER TABLE appointments
    ADD COLUMN override_rules text[],
    ADD COLUMN override_reason text,
    ADD CONSTRAINT appointments_override_with_reason CHECK (
        (override_rules IS NULL) = (override_reason IS NULL)
        AND (override_reason IS NULL OR btrim(override_reason) <> ''));
