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
    public var bodyID: BodyID
    public var bodyName: String
    public var chairAppointmentID: AppointmentID?
    public var chairName: String?
    public var reviewedOn: CalendarDate
    public var judgement: ReviewJudgement
    public var actionsAgreed: String?
    public var takenToBoardOn: CalendarDate?
    /// The aggregate figures the chair looked at, as JSON text, when attached.
    public var figures: String?

    /// The record as given, field by field.
    public init(
        id: Int64, bodyID: BodyID, bodyName: String, chairAppointmentID: AppointmentID? = nil, chairName: String? = nil,
        reviewedOn: CalendarDate, judgement: ReviewJudgement, actionsAgreed: String? = nil, takenToBoardOn: CalendarDate? = nil,
        figures: String? = nil
    ) {
        self.id = id
        self.bodyID = bodyID
        self.bodyName = bodyName
        self.chairAppointmentID = chairAppointmentID
        self.chairName = chairName
        self.reviewedOn = reviewedOn
        self.judgement = judgement
        self.actionsAgreed = actionsAgreed
        self.takenToBoardOn = takenToBoardOn
        self.figures = figures
    }
}

/// A planned headteacher appointment (rec 11).
public struct HeadteacherRecruitment: Sendable, Codable, Equatable {
    public var id: Int64
    public var bodyID: BodyID
    public var bodyName: String
    public var recordedOn: CalendarDate
    public var plannedOn: CalendarDate
    public var note: String?
    public var cancelledOn: CalendarDate?
    /// The stages reached, in order (docs/succession.md).
    public var stages: [RecruitmentStageReached]
    /// The appointment panel.
    public var panel: [PanelMember]
    /// The panel's confirmation to the full governing body (rec 12), once recorded.
    public var confirmation: PanelConfirmation?

    /// The record as given, field by field.
    public init(
        id: Int64, bodyID: BodyID, bodyName: String, recordedOn: CalendarDate, plannedOn: CalendarDate, note: String? = nil,
        cancelledOn: CalendarDate? = nil, stages: [RecruitmentStageReached] = [], panel: [PanelMember] = [],
        confirmation: PanelConfirmation? = nil
    ) {
        self.stages = stages
        self.panel = panel
        self.confirmation = confirmation
        self.id = id
        self.bodyID = bodyID
        self.bodyName = bodyName
        self.recordedOn = recordedOn
        self.plannedOn = plannedOn
        self.note = note
        self.cancelledOn = cancelledOn
    }
}

extension HeadteacherRecruitment {
    /// The latest stage reached on or before `date`, if any.
    public func stage(on date: CalendarDate) -> RecruitmentStageReached? {
        stages.filter { $0.reachedOn <= date }.max { ($0.reachedOn, $0.stage) < ($1.reachedOn, $1.stage) }
    }

    /// The day the headteacher was appointed, when recorded.
    public var appointedOn: CalendarDate? { stages.first { $0.stage == .appointed }?.reachedOn }

    /// The day the recruitment was withdrawn, when recorded.
    public var withdrawnOn: CalendarDate? { stages.first { $0.stage == .withdrawn }?.reachedOn }
}
