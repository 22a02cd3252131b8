import Governance
import Logging
import PostgresNIO

/// Turns the staged GIAS rows into people and appointments, set-based.
///
/// Identity: a row whose GID and date of appointment are already recorded updates that
/// appointment. A new row whose GID is already recorded belongs to the same person (a
/// re-appointment). Otherwise rows are grouped by body and name (forename and surname, case and
/// spacing folded) with the appointments of same-named people already on that body: a group whose
/// terms follow each other without overlapping is one person; a group that overlaps, or that
/// matches more than one recorded person, is ambiguous: each row becomes a separate person and the
/// group is listed as an identity question for an officer to resolve.
struct GIASGovernanceApply {
    let connection: PostgresConnection
    let logger: Logger
    let importRunID: Int64

    /// Sets `person_id` on every governor row (new people get ids reserved from the sequence,
    /// inserted later by `write`).
    mutating func resolvePeople(clock: inout PhaseClock) async throws {
        let statements: [PostgresQuery] = [
            "CREATE INDEX ON gias_stage (gid, appointed)",
            "ANALYZE gias_stage",
            // Every statement from here joins the whole stage with the register, which this same
            // transaction is filling: the register's statistics say nothing yet about the rows it
            // inserts, and the service's login may not ANALYZE tables it does not own. Measured as
            // that login, a first import of 20,000 rows then planned the possible-leaver check as
            // a nested loop scanning the stage once per appointment (75 s, twice; EXPLAIN in
            // docs/gias.md, "Speed"). Hash and merge joins are right for a set-based import at
            // any size, so nested loops are off for the rest of the transaction.
            "SET LOCAL enable_nestloop = off",
            """
            UPDATE gias_stage g SET existing_appointment = a.appointment_id, person_id = a.person_id
            FROM appointments a WHERE a.gias_gid = g.gid AND a.start_date = g.appointed AND g.outside_reason IS NULL
            """,
            // An appointment an officer voided stays void: the extract does not bring it back
            // (docs/corrections.md). Voided rows are visible only while include_void is on.
            "SELECT set_config('govmon.include_void', 'on', true)",
            """
            UPDATE gias_stage g SET outside_reason = 'voided on the register by an officer (governor history shows why)'
            FROM appointments a
            WHERE a.gias_gid = g.gid AND a.start_date = g.appointed AND a.voided_at IS NOT NULL
              AND g.outside_reason IS NULL AND g.existing_appointment IS NULL
            """,
            "SELECT set_config('govmon.include_void', '', true)",
            """
            UPDATE gias_stage g SET person_id = p.person_id
            FROM (SELECT DISTINCT ON (gias_gid) gias_gid, person_id FROM appointments WHERE gias_gid IS NOT NULL
                  ORDER BY gias_gid, start_date DESC) p
            WHERE p.gias_gid = g.gid AND g.outside_reason IS NULL AND g.existing_appointment IS NULL
            """,
            """
            UPDATE gias_stage SET name_key = lower(forename1) || '|' || lower(surname)
            WHERE outside_reason IS NULL AND person_id IS NULL
            """,
            """
            CREATE TEMP TABLE gias_members ON COMMIT DROP AS
            SELECT body_id, name_key, line, NULL::bigint AS person_id, daterange(appointed, term_end, '[]') AS period
            FROM gias_stage WHERE outside_reason IS NULL AND person_id IS NULL
            """,
            """
            INSERT INTO gias_members
            SELECT k.body_id, k.name_key, NULL, a.person_id, daterange(a.start_date, coalesce(a.ended_on, a.term_end), '[]')
            FROM (SELECT DISTINCT body_id, name_key FROM gias_members) k
            JOIN people p ON p.name_key = k.name_key
            JOIN appointments a ON a.person_id = p.person_id AND a.body_id = k.body_id
            """,
            "ALTER TABLE gias_members ADD COLUMN member_id bigint GENERATED ALWAYS AS IDENTITY",
            """
            CREATE TEMP TABLE gias_groups ON COMMIT DROP AS
            SELECT body_id, name_key, count(DISTINCT person_id) AS existing_people, min(person_id) AS existing_person,
                   count(DISTINCT person_id) > 1 AS ambiguous
            FROM gias_members GROUP BY body_id, name_key
            """,
            """
            UPDATE gias_groups g SET ambiguous = true
            FROM (SELECT DISTINCT x.body_id, x.name_key FROM gias_members x
                  JOIN gias_members y ON x.body_id = y.body_id AND x.name_key = y.name_key AND x.member_id < y.member_id
                  WHERE x.period && y.period) o
            WHERE g.body_id = o.body_id AND g.name_key = o.name_key
            """,
            """
            UPDATE gias_stage s SET person_id = g.existing_person FROM gias_groups g
            WHERE s.person_id IS NULL AND s.outside_reason IS NULL AND g.body_id = s.body_id AND g.name_key = s.name_key
              AND NOT g.ambiguous AND g.existing_people = 1
            """,
            """
            CREATE TEMP TABLE gias_slots ON COMMIT DROP AS
            SELECT nextval(pg_get_serial_sequence('people', 'person_id')) AS person_id, body_id, name_key, line, representative
            FROM (SELECT DISTINCT ON (s.body_id, s.name_key, CASE WHEN g.ambiguous THEN s.line END)
                         s.body_id, s.name_key, CASE WHEN g.ambiguous THEN s.line END AS line, s.line AS representative
                  FROM gias_stage s JOIN gias_groups g ON g.body_id = s.body_id AND g.name_key = s.name_key
                  WHERE s.person_id IS NULL AND s.outside_reason IS NULL
                  ORDER BY s.body_id, s.name_key, CASE WHEN g.ambiguous THEN s.line END, s.appointed DESC) x
            """,
            """
            UPDATE gias_stage s SET person_id = sl.person_id FROM gias_slots sl
            WHERE s.person_id IS NULL AND s.outside_reason IS NULL AND sl.body_id = s.body_id AND sl.name_key = s.name_key
              AND (sl.line IS NULL OR sl.line = s.line)
            """,
        ]
        for (index, statement) in statements.enumerated() {
            try await connection.query(statement, logger: logger)
            clock.lap("identity step \(index + 1)")
        }
    }

    /// Applies updates and inserts, and fills the report's counts, questions and notes.
    func write(into report: inout ImportReport, clock: inout PhaseClock) async throws {
        report.changes += try await itemisedChanges()
        report.updated = try await count(
            """
            WITH changed AS (
                UPDATE appointments a SET term_end = s.term_end, role = s.role, appointing_body = s.appointing_raw,
                    category = CASE WHEN a.appointing_body IS DISTINCT FROM s.appointing_raw THEN s.category ELSE a.category END,
                    ex_officio = CASE WHEN a.appointing_body IS DISTINCT FROM s.appointing_raw THEN s.ex_officio ELSE a.ex_officio END
                FROM gias_stage s
                WHERE s.existing_appointment = a.appointment_id
                  AND (a.term_end, a.role, a.appointing_body) IS DISTINCT FROM (s.term_end, s.role, s.appointing_raw)
                RETURNING 1)
            SELECT count(*) FROM changed
            """)
        clock.lap("update existing")
        let existing = try await count("SELECT count(*) FROM gias_stage WHERE existing_appointment IS NOT NULL")
        report.unchanged = existing - report.updated
        report.peopleCreated = try await count(
            """
            WITH created AS (
                INSERT INTO people (person_id, title, forename1, forename2, surname) OVERRIDING SYSTEM VALUE
                SELECT sl.person_id, s.title, s.forename1, s.forename2, s.surname
                FROM gias_slots sl JOIN gias_stage s ON s.line = sl.representative
                WHERE EXISTS (SELECT 1 FROM gias_stage r WHERE r.person_id = sl.person_id)
                RETURNING 1)
            SELECT count(*) FROM created
            """)
        // A later appointment under the same GID is a new term: the earlier one ends the day before
        // (re-appointed), or at its term end if there was a gap.
        clock.lap("insert people")
        try await connection.query(
            """
            UPDATE appointments a SET ended_on = least(a.term_end, n.appointed - 1),
                   ended_reason = CASE WHEN coalesce(a.term_end, 'infinity'::date) >= n.appointed - 1
                                       THEN 'reappointed' ELSE 'term_ended' END
            FROM gias_stage n
            WHERE n.existing_appointment IS NULL AND n.outside_reason IS NULL AND a.gias_gid = n.gid
              AND a.start_date < n.appointed AND a.ended_on IS NULL
            """, logger: logger)
        report.inserted = try await count(
            """
            WITH added AS (
                INSERT INTO appointments (person_id, body_id, category, appointing_body, role, ex_officio,
                                          employed_at_school, start_date, term_end, gias_gid)
                SELECT person_id, body_id, category, appointing_raw, role, ex_officio, category IN ('staff', 'headteacher'),
                       appointed, term_end, gid
                FROM gias_stage WHERE outside_reason IS NULL AND existing_appointment IS NULL
                RETURNING 1)
            SELECT count(*) FROM added
            """)
        clock.lap("insert appointments")
        for (reason, rows) in try await connection.query(
            "SELECT outside_reason, count(*) FROM gias_stage WHERE outside_reason IS NOT NULL GROUP BY 1", logger: logger
        ).collect((String, Int).self) {
            report.outside[reason] = rows
        }
        report.questions = try await recordQuestions()
        let missing = try await count(
            """
            SELECT count(*) FROM appointments a
            WHERE a.gias_gid IS NOT NULL AND a.ended_on IS NULL
              AND a.body_id IN (SELECT DISTINCT body_id FROM gias_stage WHERE body_id IS NOT NULL)
              AND NOT EXISTS (SELECT 1 FROM gias_stage s WHERE s.gid = a.gias_gid)
            """)
        report.changes += try await connection.query(
            """
            SELECT 'possible leaver: A' || a.appointment_id || ' (GID ' || a.gias_gid || ', person P' || a.person_id
                   || ') on ' || b.name || ': on the register, not in this file'
            FROM appointments a JOIN governing_bodies b ON b.body_id = a.body_id
            WHERE a.gias_gid IS NOT NULL AND a.ended_on IS NULL
              AND a.body_id IN (SELECT DISTINCT body_id FROM gias_stage WHERE body_id IS NOT NULL)
              AND NOT EXISTS (SELECT 1 FROM gias_stage s WHERE s.gid = a.gias_gid)
            ORDER BY b.name, a.appointment_id
            """, logger: logger
        ).collect(String.self)
        clock.lap("questions and notes")
        if missing > 0 {
            report.notes.append(
                "\(missing) appointment(s) recorded from GIAS on these bodies are not in this file: "
                    + "they may have left; check them and end them with 'govmon governor end'")
        }
    }

    /// A line per appointment the file adds or changes (before they are written: the old values
    /// are still there to compare).
    private func itemisedChanges() async throws -> [String] {
        let changed = try await connection.query(
            """
            SELECT 'changed: A' || a.appointment_id || ' (GID ' || s.gid || ', person P' || a.person_id || ') on ' || b.name
                   || ': ' || concat_ws('; ',
                       CASE WHEN a.term_end IS DISTINCT FROM s.term_end
                            THEN 'term end ' || coalesce(a.term_end::text, 'none') || ' to ' || coalesce(s.term_end::text, 'none') END,
                       CASE WHEN a.role IS DISTINCT FROM s.role THEN 'role ' || a.role || ' to ' || s.role END,
                       CASE WHEN a.appointing_body IS DISTINCT FROM s.appointing_raw
                            THEN 'appointed by "' || coalesce(a.appointing_body, '') || '" to "' || coalesce(s.appointing_raw, '') || '"' END)
            FROM gias_stage s JOIN appointments a ON a.appointment_id = s.existing_appointment
            JOIN governing_bodies b ON b.body_id = a.body_id
            WHERE (a.term_end, a.role, a.appointing_body) IS DISTINCT FROM (s.term_end, s.role, s.appointing_raw)
            ORDER BY b.name, a.appointment_id
            """, logger: logger
        ).collect(String.self)
        let added = try await connection.query(
            """
            SELECT 'new: GID ' || s.gid
                   || CASE WHEN EXISTS (SELECT 1 FROM people p WHERE p.person_id = s.person_id)
                           THEN ' (person P' || s.person_id || ') ' ELSE ' (a new person) ' END
                   || replace(s.category, '_', '-') || ' on ' || b.name
                   || ' from ' || s.appointed || coalesce(' to ' || s.term_end, '')
            FROM gias_stage s JOIN governing_bodies b ON b.body_id = s.body_id
            WHERE s.outside_reason IS NULL AND s.existing_appointment IS NULL
            ORDER BY b.name, s.line
            """, logger: logger
        ).collect(String.self)
        return added + changed
    }

    /// Records each ambiguous group as an identity question; returns the questions as sentences.
    private func recordQuestions() async throws -> [String] {
        try await connection.query(
            """
            WITH groups AS (
                SELECT g.body_id, g.name_key, min(s.forename1 || ' ' || s.surname) AS name,
                       array_agg(DISTINCT s.person_id) || coalesce((SELECT array_agg(DISTINCT m.person_id) FROM gias_members m
                           WHERE m.body_id = g.body_id AND m.name_key = g.name_key AND m.person_id IS NOT NULL), '{}') AS people,
                       string_agg(s.line::text, ', ' ORDER BY s.line) AS lines
                FROM gias_groups g JOIN gias_stage s ON s.body_id = g.body_id AND s.name_key = g.name_key
                WHERE g.ambiguous AND s.outside_reason IS NULL
                GROUP BY g.body_id, g.name_key),
            asked AS (
                INSERT INTO identity_questions (import_run_id, body_id, person_ids, question)
                SELECT \(importRunID), body_id, people,
                       'records named ' || name || ' on body ' || body_id || ' (file lines ' || lines
                       || ') overlap in time or match several people; recorded as people '
                       || array_to_string(people, ', ') || '; if they are one person, merge them'
                FROM groups RETURNING question)
            SELECT question FROM asked ORDER BY question
            """, logger: logger
        ).collect(String.self)
    }

    private func count(_ query: PostgresQuery) async throws -> Int {
        try await connection.query(query, logger: logger).collect(Int.self).first ?? 0
    }
}
