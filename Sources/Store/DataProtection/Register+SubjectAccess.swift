import Governance
import PostgresNIO

extension Register {
    /// Everything held about one person, as pretty-printed JSON, for a subject access request:
    /// their record, appointments (with body names), training, diversity declarations (even when
    /// withheld after an objection: the person is entitled to see what is held) and objection,
    /// DBS checks, chairs' reviews they made, surplus decisions about them, identity questions
    /// and alerts that name them, retention actions, headteacher appointment panels they sat on,
    /// their skills audit answers,
    /// candidacies that led to their appointments (the candidacy's own record, answers and history
    /// come with `candidateExport`), and every audit entry about any of these.
    ///
    /// Rows are exported whole (`to_jsonb`), so a column added later is exported without a
    /// change here. The audit entries are found by key where the trail is keyed by the person or
    /// their appointments, and by scanning for `person_id` otherwise (a rare request: no index).
    public func personExport(personID: PersonID) async throws -> String {
        // Voided versions are held too, so they are shown (each says it is void, who voided it and why).
        let rows = try await database.includingVoid().read { connection in
            try await connection.query(
                """
                WITH person AS (SELECT * FROM people WHERE person_id = \(personID)),
                mine AS (SELECT appointment_id FROM appointments WHERE person_id = \(personID))
                SELECT jsonb_pretty(jsonb_build_object(
                    'subject_access_export', jsonb_build_object(
                        'person_id', \(personID), 'generated_at', now(), 'generated_by', govmon_actor()),
                    'person', (SELECT to_jsonb(p) FROM person p),
                    'appointments', coalesce((
                        SELECT jsonb_agg(to_jsonb(a) || jsonb_build_object('body_name', b.name) ORDER BY a.start_date, a.appointment_id)
                        FROM appointments a JOIN governing_bodies b ON b.body_id = a.body_id
                        WHERE a.person_id = \(personID)), '[]'),
                    'training', coalesce((
                        SELECT jsonb_agg(to_jsonb(t) || jsonb_build_object('course', c.title, 'kind', c.kind)
                                         ORDER BY t.completed_on, t.training_record_id)
                        FROM training_records t JOIN courses c ON c.course_id = t.course_id
                        WHERE t.person_id = \(personID)), '[]'),
                    'diversity_declarations', coalesce((
                        SELECT jsonb_agg(to_jsonb(d) ORDER BY d.recorded_on) FROM diversity_declarations d
                        WHERE d.person_id = \(personID)), '[]'),
                    'diversity_objection', (SELECT to_jsonb(o) FROM diversity_objections o WHERE o.person_id = \(personID)),
                    'dbs_checks', coalesce((
                        SELECT jsonb_agg(to_jsonb(d) ORDER BY d.applied_on) FROM dbs_checks d
                        WHERE d.person_id = \(personID)), '[]'),
                    'chair_reviews', coalesce((
                        SELECT jsonb_agg(to_jsonb(r) ORDER BY r.reviewed_on) FROM chair_reviews r
                        WHERE r.chair_appointment_id IN (SELECT appointment_id FROM mine)), '[]'),
                    'surplus_departures', coalesce((
                        SELECT jsonb_agg(to_jsonb(s) ORDER BY s.decided_on) FROM surplus_departures s
                        WHERE s.appointment_id IN (SELECT appointment_id FROM mine)), '[]'),
                    'identity_questions', coalesce((
                        SELECT jsonb_agg(to_jsonb(q) ORDER BY q.identity_question_id) FROM identity_questions q
                        WHERE \(personID) = ANY(q.person_ids)), '[]'),
                    'alerts', coalesce((
                        SELECT jsonb_agg(to_jsonb(a) ORDER BY a.alert_id) FROM alerts a
                        WHERE (split_part(a.subject, ':', 1) = 'person' AND split_part(a.subject, ':', 2) = \(String(personID)))
                           OR (split_part(a.subject, ':', 1) = 'appointment'
                               AND split_part(a.subject, ':', 2) IN (SELECT appointment_id::text FROM mine))), '[]'),
                    'retention_actions', coalesce((
                        SELECT jsonb_agg(to_jsonb(r) ORDER BY r.retention_action_id) FROM retention_actions r
                        WHERE r.person_id = \(personID)), '[]'),
                    'headteacher_appointment_panels', coalesce((
                        SELECT jsonb_agg(to_jsonb(m) ORDER BY m.joined_on, m.recruitment_panel_member_id)
                        FROM recruitment_panel_members m
                        WHERE m.appointment_id IN (SELECT appointment_id FROM mine)), '[]'),
                    'skills_answers', coalesce((
                        SELECT jsonb_agg(to_jsonb(s) || jsonb_build_object('code', q.code, 'question', q.question)
                                         ORDER BY s.answered_on, s.answer_id)
                        FROM skills_answers s JOIN skills_questions q ON q.question_id = s.question_id
                        WHERE s.appointment_id IN (SELECT appointment_id FROM mine)), '[]'),
                    'candidacies', coalesce((
                        SELECT jsonb_agg(to_jsonb(c) ORDER BY c.candidate_id) FROM candidates c
                        WHERE c.appointment_id IN (SELECT appointment_id FROM mine)), '[]'),
                    'audit_entries', coalesce((
                        SELECT jsonb_agg(to_jsonb(l) ORDER BY l.audit_id) FROM audit_log l
                        WHERE (l.table_name = 'people' AND l.row_key = \(String(personID)))
                           OR (l.table_name = 'appointments' AND l.row_key IN (SELECT appointment_id::text FROM mine))
                           OR (l.table_name IN ('training_records', 'diversity_declarations', 'diversity_objections',
                                                'dbs_checks', 'retention_actions')
                               AND coalesce(l.after, l.before) ->> 'person_id' = \(String(personID)))
                           OR (l.table_name = 'chair_reviews'
                               AND coalesce(l.after, l.before) ->> 'chair_appointment_id' IN (SELECT appointment_id::text FROM mine))
                           OR (l.table_name IN ('surplus_departures', 'recruitment_panel_members', 'skills_answers')
                               AND coalesce(l.after, l.before) ->> 'appointment_id' IN (SELECT appointment_id::text FROM mine))
                           OR (l.table_name = 'identity_questions'
                               AND coalesce(l.after, l.before) -> 'person_ids' @> to_jsonb(\(personID)::bigint))), '[]')
                ))
                FROM person
                """, logger: logger
            ).collect(String.self)
        }
        guard let json = rows.first else { throw StoreError.notFound("no person \(personID)") }
        return json
    }
}
