/// The stages of a headteacher appointment (docs/succession.md), in the order they come. A
/// recruitment may skip a stage (an internal appointment need not be advertised) but not go back;
/// appointed and withdrawn end it.
public enum RecruitmentStage: String, CaseIterable, Sendable, Codable, Comparable {
    case advertised
    case shortlisted
    case interviewed
    case appointed
    case withdrawn

    /// Reads `advertised`, `shortlisted`, ...
    public init?(userInput: String) { self.init(rawValue: userInput.lowercased()) }

    /// Whether the recruitment is over once this stage is reached.
    public var ends: Bool { self == .appointed || self == .withdrawn }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Why `stage` cannot be reached on `date` after the stages already `reached`, as one sentence
    /// naming the option; nil when it can.
    public static func problem(adding stage: RecruitmentStage, on date: CalendarDate, after reached: [RecruitmentStageReached])
        -> String?
    {
        if let same = reached.first(where: { $0.stage == stage }) {
            return "--stage: \(stage.rawValue) was already reached on \(same.reachedOn.iso)"
        }
        if let end = reached.first(where: { $0.stage.ends }) {
            return "--stage: the recruitment ended (\(end.stage.rawValue)) on \(end.reachedOn.iso); nothing can follow"
        }
        if stage != .withdrawn, let later = reached.first(where: { $0.stage > stage }) {
            return "--stage: expected a stage after \(later.stage.rawValue), which was reached on \(later.reachedOn.iso)"
        }
        if let latest = reached.map(\.reachedOn).max(), date < latest {
            return "--on: expected a date on or after the last stage's \(latest.iso), found \(date.iso)"
        }
        return nil
    }
}

/// A stage a recruitment reached.
public struct RecruitmentStageReached: Sendable, Codable, Equatable {
    public var id: Int64
    public var stage: RecruitmentStage
    public var reachedOn: CalendarDate
    public var note: String?

    /// The stage, field by field.
    public init(id: Int64, stage: RecruitmentStage, reachedOn: CalendarDate, note: String? = nil) {
        self.id = id
        self.stage = stage
        self.reachedOn = reachedOn
        self.note = note
    }
}

/// A governor on a headteacher appointment panel, by their appointment to the body.
public struct PanelMember: Sendable, Codable, Equatable {
    public var id: Int64
    public var appointmentID: AppointmentID
    public var personName: String
    public var joinedOn: CalendarDate

    /// The member, field by field.
    public init(id: Int64, appointmentID: AppointmentID, personName: String, joinedOn: CalendarDate) {
        self.id = id
        self.appointmentID = appointmentID
        self.personName = personName
        self.joinedOn = joinedOn
    }
}

/// The panel's confirmation to the full governing body that representation and diversity were
/// considered at every stage of recruitment (action plan rec 12).
public struct PanelConfirmation: Sendable, Codable, Equatable {
    public var id: Int64
    public var confirmedOn: CalendarDate
    public var minute: String
    public var note: String?

    /// The confirmation, field by field.
    public init(id: Int64, confirmedOn: CalendarDate, minute: String, note: String? = nil) {
        self.id = id
        self.confirmedOn = confirmedOn
        self.minute = minute
        self.note = note
    }
}
