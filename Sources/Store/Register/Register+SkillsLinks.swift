import Foundation
import Governance
import PostgresNIO

/// One answer on a governor's skills audit form: a score for a 1-5 question, words for a text one.
public struct SkillFormAnswer: Sendable, Equatable {
    public var code: String
    public var score: Int?
    public var text: String?

    public init(code: String, score: Int?, text: String?) {
        self.code = code
        self.score = score
        self.text = text
    }
}

extension Register {
    /// A one-time link for a governor's skills audit form for a framework (docs/skills.md).
    public func createSkillsLink(appointmentID: AppointmentID, frameworkID: Int64, validDays: Int) async throws -> String {
        let secret = Self.newSecret()
        try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO one_time_links (link_sha256, purpose, appointment_id, framework_id, expires_at)
                VALUES (\(Self.tokenHash(secret)), 'skills', \(appointmentID), \(frameworkID),
                        now() + make_interval(days => \(validDays)::integer))
                """, logger: logger)
        }
        return secret
    }

    /// Records a governor's skills audit form and uses the link up, in one transaction: every
    /// answer or none. False when the link is no longer valid.
    public func submitSkillsForm(_ secret: String, answers: [SkillFormAnswer], on date: CalendarDate) async throws -> Bool {
        try await inOneTransaction { register in
            let targets = try await register.database.write { connection in
                try await connection.query(
                    """
                    UPDATE one_time_links SET used_at = now()
                    WHERE link_sha256 = \(Self.tokenHash(secret)) AND purpose = 'skills' AND used_at IS NULL
                      AND expires_at > now()
                    RETURNING appointment_id, framework_id
                    """, logger: logger
                ).collect((AppointmentID, Int64).self)
            }
            guard let (appointmentID, frameworkID) = targets.first else { return false }
            let framework = try await register.skillsFramework(id: frameworkID)
            for answer in answers {
                _ = try await register.recordSkillAnswer(
                    appointmentID: appointmentID, framework: framework, code: answer.code, on: date, score: answer.score,
                    text: answer.text)
            }
            return true
        }
    }
}
