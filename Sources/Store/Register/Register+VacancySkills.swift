import Foundation
import Governance
import PostgresNIO

/// A skill an open vacancy seeks: the vacancy, its category, and the framework's question.
public struct SoughtSkill: Sendable, Equatable {
    public var vacancyID: VacancyID
    public var vacancyCategory: GovernorCategory
    public var code: String
    public var category: String
    public var question: String
}

extension Register {
    /// Tags an open vacancy with questions of a framework as the skills it seeks (docs/skills.md);
    /// a question tagged already stays as it was. Answers the codes newly tagged. `field` names the
    /// codes' field in an error (`--question` on the command line, `questions` in the API).
    public func seekSkills(
        _ vacancyID: VacancyID, codes: [String], framework: StoredSkillsFramework, on date: CalendarDate, field: String
    ) async throws -> [String] {
        let questions = try codes.map { code in
            guard let question = framework.question(code: code) else {
                throw StoreError.invalid(
                    "\(field): expected a code of the framework \"\(framework.name)\", found \"\(code)\"")
            }
            return question.code
        }
        let vacancy = try await vacancy(vacancyID)
        guard vacancy.filledOn == nil, vacancy.closedOn == nil else {
            throw StoreError.conflict("vacancy \(vacancyID.labelled) is no longer open (it was filled or closed)")
        }
        return try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO vacancy_skills_sought (vacancy_id, question_id, tagged_on)
                SELECT \(vacancyID), question_id, \(date) FROM skills_questions
                WHERE framework_id = \(framework.id) AND code = ANY(\(questions)::text[])
                ON CONFLICT DO NOTHING
                RETURNING (SELECT code FROM skills_questions q WHERE q.question_id = vacancy_skills_sought.question_id)
                """, logger: logger
            ).collect(String.self)
        }
    }

    /// Removes questions from the skills a vacancy seeks (the audit trail keeps the tag); refused
    /// for a question the vacancy does not seek (`field` names the codes' field in that error).
    public func stopSeekingSkills(
        _ vacancyID: VacancyID, codes: [String], framework: StoredSkillsFramework, field: String
    ) async throws {
        _ = try await vacancy(vacancyID)
        let wanted = codes.map { $0.uppercased() }
        try await database.write { connection in
            // Refused whole (the transaction rolls back) when any code is not sought.
            let removed = try await connection.query(
                """
                DELETE FROM vacancy_skills_sought s USING skills_questions q
                WHERE s.question_id = q.question_id AND s.vacancy_id = \(vacancyID)
                  AND q.framework_id = \(framework.id) AND upper(q.code) = ANY(\(wanted)::text[])
                RETURNING upper(q.code)
                """, logger: logger
            ).collect(String.self)
            if let missing = codes.first(where: { !removed.contains($0.uppercased()) }) {
                throw StoreError.invalid(
                    "\(field): vacancy \(vacancyID.labelled) does not seek \"\(missing)\"; expected a code it seeks")
            }
        }
    }

    /// The skills the body's vacancies open on `date` seek, by vacancy then framework order.
    public func skillsSought(bodyID: BodyID, openOn date: CalendarDate) async throws -> [SoughtSkill] {
        try await database.read { connection in
            try await connection.query(
                """
                SELECT v.vacancy_id, v.category, q.code, q.category, q.question
                FROM vacancy_skills_sought s
                JOIN vacancies v USING (vacancy_id) JOIN skills_questions q USING (question_id)
                WHERE v.body_id = \(bodyID) AND v.voided_at IS NULL AND v.opened_on <= \(date)
                  AND (v.filled_on IS NULL OR v.filled_on > \(date)) AND (v.closed_on IS NULL OR v.closed_on > \(date))
                ORDER BY v.vacancy_id, q.framework_id, q.position
                """, logger: logger
            ).collect((VacancyID, String, String, String, String).self).map {
                SoughtSkill(
                    vacancyID: $0.0, vacancyCategory: GovernorCategory(rawValue: $0.1) ?? .coOpted, code: $0.2,
                    category: $0.3, question: $0.4)
            }
        }
    }
}
