import Governance
import Store

/// Undoing and correcting what an officer entered (docs/corrections.md), as every edge does it:
/// a void keeps the record with who, when and why and drops it from every computation and
/// listing; a correction is a new version with the old one voided; a merge joins two records of
/// one person. Each is audited; nothing is deleted.
public struct RecordCorrections: Sendable {
    public let register: Register
    /// Today: a correction cannot move a completion, review or record date past it.
    public let today: CalendarDate

    public init(register: Register, today: CalendarDate) {
        self.register = register
        self.today = today
    }

    /// Fields whose dates say something happened, so cannot be later than today.
    static let pastOnlyFields: Set<CorrectableField> = [
        .completedOn, .reviewedOn, .appliedOn, .certificateIssuedOn, .recordedOn, .reachedOn, .madeOn, .takenToBoardOn,
    ]

    /// Voids a record with the reason; answers the vacancies voiding an appointment opened again.
    @discardableResult
    public func void(_ kind: CorrectableRecord, id: Int64, reason: String) async throws -> [VacancyID] {
        try await register.void(kind, id: id, reason: reason)
    }

    /// Corrects a record with the reason; answers the new version's id.
    public func correct(_ kind: CorrectableRecord, id: Int64, with correction: Correction, reason: String) async throws
        -> Int64
    {
        for (field, value) in correction.changes where Self.pastOnlyFields.contains(field) {
            if let value, let date = CalendarDate(iso: value), date > today {
                throw RuleViolation("\(field.rawValue): expected today (\(today.iso)) or earlier, found \(date.iso)")
            }
        }
        return try await register.correct(kind, id: id, with: correction, reason: reason)
    }

    /// Every version of a record, oldest first.
    public func history(_ kind: CorrectableRecord, id: Int64) async throws -> [RecordVersion] {
        try await register.history(kind, id: id)
    }

    /// Merges `other` into `keep` (two records of one person).
    public func merge(keep: PersonID, other: PersonID, reason: String) async throws -> PersonMerge {
        try await register.mergePeople(keep: keep, other: other, reason: reason)
    }
}
