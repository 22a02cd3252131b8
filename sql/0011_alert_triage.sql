-- Alert triage: an officer acknowledges an alert (with the reason), assigns it to someone, snoozes
-- it until a date, or notes something on it. The alert row holds the present state; each action
-- is an event of its own in alert_events, with who did it and why, so the history is kept.
-- Triage events come from a person, not a tracking run; they are marked notified at once, so the
-- webhook hears only what tracking finds (a raise, a severity change, a resolution).
ALTER TABLE alerts
    ADD COLUMN assignee text CONSTRAINT alerts_assignee_not_blank CHECK (assignee IS NULL OR btrim(assignee) <> ''),
    ADD COLUMN acknowledged_on date,
    ADD COLUMN snoozed_until date;

ALTER TABLE alert_events
    ALTER COLUMN tracking_run_id DROP NOT NULL,
    ADD COLUMN actor text,
    ADD COLUMN detail text;
ALTER TABLE alert_events DROP CONSTRAINT alert_events_event_check;
ALTER TABLE alert_events
    ADD CONSTRAINT alert_events_event_check CHECK (
        event IN ('raised', 'resolved', 'severity_changed', 'acknowledged', 'assigned', 'snoozed', 'noted')),
    ADD CONSTRAINT alert_events_from_a_run_or_a_person CHECK ((tracking_run_id IS NULL) = (actor IS NOT NULL));
