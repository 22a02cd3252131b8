-- An instrument that breaks the 2012 regulations is recorded only as a draft (docs/constitution.md
-- section 5: the governing body drafts, the local authority makes it). A draft is listed with the
-- body's instruments but is never in force: the checks, tracking, reconstitution status and the
-- board report look at adopted instruments only. The co-opted seats the instrument expects to
-- be filled by people eligible to be staff governors (reg 13(5)) are stored with it, so the
-- one-third check need not be told at every run.
ALTER TABLE instruments
    ADD COLUMN draft boolean NOT NULL DEFAULT false,
    ADD COLUMN staff_eligible_co_opted smallint NOT NULL DEFAULT 0
        CONSTRAINT instruments_staff_eligible_in_range CHECK (staff_eligible_co_opted BETWEEN 0 AND 100);

-- Drafts may share an effective date with the adopted instrument (or each other).
DROP INDEX instruments_one_per_effective_date;
CREATE UNIQUE INDEX instruments_one_per_effective_date ON instruments (body_id, effective_from)
    WHERE voided_at IS NULL AND NOT draft;

CREATE OR REPLACE VIEW reporting_instruments AS
    SELECT instrument_id, body_id, made_on, effective_from, regulations, head_is_governor
    FROM instruments WHERE voided_at IS NULL AND NOT draft;
CREATE OR REPLACE VIEW reporting_instrument_seats AS
    SELECT s.instrument_id, s.category, s.seats, s.term_years
    FROM instrument_seats s JOIN instruments i USING (instrument_id) WHERE i.voided_at IS NULL AND NOT i.draft;
