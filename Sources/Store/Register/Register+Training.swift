import Governance
import PostgresNIO

extension Register {
    /// Adds a course; returns its id.
    public func addCourse(title: String, kind: CourseKind, provider: String?) async throws -> Int64 {
        try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO courses (title, kind, provider) VALUES (\(title), \(kind.rawValue), \(provider))
                RETURNING course_id
                """, logger: logger
            ).collect(Int64.self)[0]
        }
    }

    /// Every course, by title.
    public func courses() async throws -> [Course] {
        try await database.read { connection in
            try await connection.query("SELECT course_id, title, kind, provider FROM courses ORDER BY title", logger: logger)
                .collect((Int64, String, String, String?).self)
                .map { Course(id: $0.0, title: $0.1, kind: CourseKind(rawValue: $0.2) ?? .other, provider: $0.3) }
        }
    }

    /// Records that a person completed a course on a date; returns the record id.
    public func recordTraining(personID: PersonID, courseID: Int64, completedOn: CalendarDate) async throws -> Int64 {
        try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO training_records (person_id, course_id, completed_on)
                VALUES (\(personID), \(courseID), \(completedOn)) RETURNING training_record_id
                """, logger: logger
            ).collect(Int64.self)[0]
        }
    }

    /// Training records, optionally of one person, or of the people who served on one body.
    public func training(personID: PersonID? = nil, bodyID: BodyID? = nil, id: Int64? = nil) async throws -> [TrainingRecord] {
        try await database.read { connection in
            var filters = FilterClause()
            try filters.add(personID) { "t.person_id = \($0)" }
            try filters.add(id) { "t.training_record_id = \($0)" }
            // The body's people as an array the scan can use: row-level security checks each row
            // a scan reads, so a semi-join here would check every training record held.
            try filters.add(bodyID) { "t.person_id = ANY(ARRAY(SELECT a.person_id FROM appointments a WHERE a.body_id = \($0)))" }
            return try await connection.cachedQuery(
                filters.query(
                    """
                    SELECT t.training_record_id, t.person_id, concat_ws(' ', p.forename1, p.forename2, p.surname),
                           c.course_id, c.title, c.kind, c.provider, t.completed_on
                    FROM training_records t JOIN people p USING (person_id) JOIN courses c USING (course_id)
                    {where}
                    ORDER BY t.completed_on, t.training_record_id
                    """), logger: logger
            ).collect((Int64, PersonID, String, Int64, String, String, String?, CalendarDate).self).map { r in
                TrainingRecord(
                    id: r.0, personID: r.1, personName: r.2,
                    course: Course(id: r.3, title: r.4, kind: CourseKind(rawValue: r.5) ?? .other, provider: r.6),
                    completedOn: r.7)
            }
        }
    }
}
