import Governance

/// A chair's judgement of whether their body represents its community.
public enum ReviewJudgement: String, CaseIterable, Sendable, Codable {
    case representative
    case partlyRepresentative = "partly_representative"
    case notRepresentative = "not_representative"
    case cannotTell = "cannot_tell"

    /// The name used on the command line, e.g. `partly-representative`.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// Reads `representative`, `partly-representative`, ...
    public init?(userInput: String) {
        self.init(rawValue: userInput.lowercased().replacingOccurrences(of: "-", with: "_"))
    }
}

/// A chair's review as recorded.
public struct ChairReview: Sendable, Codable, Equatable {
    public var id: Int64
    public var bodyID: Int64
    public var bodyName: String
    public var chairAppointmentID: Int64?
    public var chairName: String?
    public var reviewedOn: CalendarDate
    public var judgement: ReviewJudgement
    public var actionsAgreed: String?
    public var takenToBoardOn: CalendarDate?
    /// The aggregate figures the chair looked at, as JSON text, when attached.
    public var figures: String?
}

/// A planned headteacher appointment (rec 11).
public struct HeadteacherRecruitment: Sendable, Codable, Equatable {
    public var id: Int64
    public var bodyID: Int64
    public var bodyName: String
    public var recordedOn: CalendarDate
    public var plannedOn: CalendarDate
    public var note: String?
    public var cancelledOn: CalendarDate?
}
