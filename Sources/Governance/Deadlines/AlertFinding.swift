/// A problem a deadline check found on a date. Its `subject` is stable across runs, so that the
/// tracker raises an alert once, keeps it while the problem lasts and resolves it when it goes.
public struct AlertFinding: Sendable, Equatable, Codable, Hashable {
    /// How urgent: `info` (coming up), `warning` (soon or a data problem), `overdue` (past due).
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        case info, warning, overdue

        public static func < (a: Self, b: Self) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// The check's name, e.g. `term_ending`.
    public var check: String
    /// What the problem is about, e.g. `appointment:42:30`.
    public var subject: String
    public var bodyID: BodyID?
    public var laCode: Int?
    public var severity: Severity
    /// One plain sentence.
    public var message: String
    /// When the thing is due, if it has a date.
    public var dueOn: CalendarDate?

    public init(
        check: String, subject: String, bodyID: BodyID?, laCode: Int?, severity: Severity, message: String,
        dueOn: CalendarDate?
    ) {
        self.check = check
        self.subject = subject
        self.bodyID = bodyID
        self.laCode = laCode
        self.severity = severity
        self.message = message
        self.dueOn = dueOn
    }
}
