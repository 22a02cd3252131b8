import Foundation
import Governance
import Interchange
import PostgresNIO

/// A skills audit framework as stored: its name, when it was loaded, and its questions in order.
public struct StoredSkillsFramework: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var loadedOn: CalendarDate
    public var questions: [SkillQuestion]

    /// The question with this code (codes are matched without regard to case).
    public func question(code: String) -> SkillQuestion? {
        questions.first { $0.code.uppercased() == code.uppercased() }
    }
}

extension Register {
    /// Reads a framework file (`category,code,question,answer`; docs/skills.md). Bad input is refused
    /// whole with one line naming the file, line, field and what was expected.
    public static func readSkillsFramework(path: String, displayName: String) throws -> (
        questions: [SkillQuestion], sha256: String
    ) {
        let reader: CSVReader
        do { reader = try CSVReader(path: path, displayName: displayName) } catch let error as CSVError {
            throw StoreError.importRefused(error.description)
        }
        var rows: [(fields: [String], line: Int)] = []
        while let record = try GIASGovernanceImport.next(reader) { rows.append((record.fields, record.line)) }
        do {
            return (try SkillsFrameworkFile.questions(rows), try FileDigest.sha256(path: path))
        } catch let problem as SkillsFrameworkProblem {
            throw StoreError.importRefused(
                CSVError(file: displayName, line: problem.line, field: problem.field, problem: problem.problem).description
                    + "; nothing was loaded")
        }
    }

    /// Stores a framework under a name not used before; answers the framework's id.
    public func loadSkillsFramework(name: String, questions: [SkillQuestion], loadedOn: CalendarDate, sha256: String)
        async throws -> Int64
    {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw StoreError.invalid("--name: expected the framework's name, found nothing") }
        return try await database.write { connection in
            let taken = try await connection.query(
                "SELECT count(*) FROM skills_frameworks WHERE name = \(name)", logger: logger
            ).collect(Int.self)[0]
            guard taken == 0 else {
                throw StoreError.invalid("--name: a framework called \"\(name)\" is already loaded; expected a new name")
            }
            let id = try await connection.query(
                """
                INSERT INTO skills_frameworks (name, loaded_on, file_sha256) VALUES (\(name), \(loadedOn), \(sha256))
                RETURNING framework_id
                """, logger: logger
            ).collect(Int64.self)[0]
            try await connection.query(
                """
                INSERT INTO skills_questions (framework_id, position, category, code, question, answer_kind)
                SELECT \(id), t.position, t.category, t.code, t.question, t.kind
                FROM unnest(\(Array(1...questions.count))::integer[], \(questions.map(\.category))::text[],
                            \(questions.map(\.code))::text[], \(questions.map(\.text))::text[],
                            \(questions.map(\.kind.rawValue))::text[]) AS t(position, category, code, question, kind)
                """, logger: logger)
            return id
        }
    }

    /// The framework called `name` (or numbered `id`), or the latest loaded when both are nil.
    public func skillsFramework(named name: String? = nil, id wanted: Int64? = nil) async throws -> StoredSkillsFramework {
        try await database.read { connection in
            let head = try await connection.query(
                """
                SELECT framework_id, name, loaded_on FROM skills_frameworks
                WHERE (\(name)::text IS NULL OR name = \(name)) AND (\(wanted)::bigint IS NULL OR framework_id = \(wanted))
                ORDER BY framework_id DESC LIMIT 1
                """, logger: logger
            ).collect((Int64, String, CalendarDate).self)
            guard let (id, found, loadedOn) = head.first else {
                throw StoreError.notFound(
                    name.map { "no skills framework called \"\($0)\"" }
                        ?? "no skills framework is loaded; load one with 'govmon skills load FILE --name NAME'")
            }
            let questions = try await connection.query(
                """
                SELECT code, category, question, answer_kind FROM skills_questions
                WHERE framework_id = \(id) ORDER BY position
                """, logger: logger
            ).collect((String, String, String, String).self).map {
                SkillQuestion(code: $0.0, category: $0.1, text: $0.2, kind: SkillAnswerKind(rawValue: $0.3) ?? .text)
            }
            return StoredSkillsFramework(id: id, name: found, loadedOn: loadedOn, questions: questions)
        }
    }

    /// Records a governor's answer to one question on a date: a score for a 1-5 question, text for
    /// a text question. The appointment must be serving on that date. Answers the new row's id.
    public func recordSkillAnswer(
        appointmentID: AppointmentID, framework: StoredSkillsFramework, code: String, on date: CalendarDate, score: Int?,
        text: String?
    ) async throws -> Int64 {
        guard let question = framework.question(code: code) else {
            throw StoreError.invalid(
                "--question: expected a code of the framework \"\(framework.name)\" (such as "
                    + "\(framework.questions.prefix(3).map(\.code).joined(separator: ", "))), found \"\(code)\"")
        }
        switch (question.kind, score, text) {
        case (.scale, .some(let s), nil) where (1...5).contains(s): break
        case (.scale, _, _): throw StoreError.invalid("--score: question \(question.code) is answered with a score from 1 to 5")
        case (.text, nil, .some(let t)) where !t.trimmingCharacters(in: .whitespaces).isEmpty: break
        case (.text, _, _): throw StoreError.invalid("--text: question \(question.code) is answered in words")
        }
        return try await database.write { connection in
            let serving = try await connection.query(
                """
                SELECT count(*) FROM appointments
                WHERE appointment_id = \(appointmentID) AND govmon_serves(start_date, ended_on, \(date))
                """, logger: logger
            ).collect(Int.self)[0]
            guard serving == 1 else {
                throw StoreError.invalid(
                    "--on: appointment \(appointmentID.labelled) is not serving on \(date.iso); expected a serving governor")
            }
            return try await connection.query(
                """
                INSERT INTO skills_answers (appointment_id, question_id, answered_on, score, answer_text)
                SELECT \(appointmentID), question_id, \(date), \(score), \(text)
                FROM skills_questions WHERE framework_id = \(framework.id) AND code = \(question.code)
                RETURNING answer_id
                """, logger: logger
            ).collect(Int64.self)[0]
        }
    }

    /// The latest 1-5 score on or before `asOf` of each member of `bodyID` serving then, by
    /// question code, for the framework.
    public func skillScores(bodyID: BodyID, framework: StoredSkillsFramework, asOf: CalendarDate) async throws
        -> [AppointmentID: [String: Int]]
    {
        let rows = try await database.read { connection in
            try await connection.query(
                """
                SELECT DISTINCT ON (s.appointment_id, q.code) s.appointment_id, q.code, s.score
                FROM skills_answers s
                JOIN skills_questions q ON q.question_id = s.question_id
                JOIN appointments a ON a.appointment_id = s.appointment_id
                WHERE q.framework_id = \(framework.id) AND a.body_id = \(bodyID) AND s.answered_on <= \(asOf)
                  AND s.score IS NOT NULL AND govmon_serves(a.start_date, a.ended_on, \(asOf))
                ORDER BY s.appointment_id, q.code, s.answered_on DESC
                """, logger: logger
            ).collect((AppointmentID, String, Int).self)
        }
        var scores: [AppointmentID: [String: Int]] = [:]
        for (appointment, code, score) in rows { scores[appointment, default: [:]][code] = score }
        return scores
    }
}
