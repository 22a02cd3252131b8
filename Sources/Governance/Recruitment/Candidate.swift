/// How a candidate came to a governor vacancy (docs/recruitment.md).
public enum CandidateRoute: String, CaseIterable, Sendable, Codable {
    case parentElection = "parent_election"
    case laNomination = "la_nomination"
    case coOption = "co_option"
    case foundationAppointment = "foundation_appointment"
    case inspiringGovernance = "inspiring_governance"
    case governorsForSchools = "governors_for_schools"
    case other

    /// The name used on the command line, e.g. `parent-election`.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// Reads `parent-election`, `la_nomination`, ...
    public init?(userInput: String) {
        self.init(rawValue: userInput.lowercased().replacingOccurrences(of: "-", with: "_"))
    }

    /// How a report names the route.
    public var label: String {
        switch self {
        case .parentElection: "parent election"
        case .laNomination: "LA nomination"
        case .coOption: "co-option"
        case .foundationAppointment: "foundation appointment"
        case .inspiringGovernance: "Inspiring Governance"
        case .governorsForSchools: "Governors for Schools"
        case .other: "other"
        }
    }
}

/// The stages of a candidate's way to a governor post. The first four are progress, in order
/// (nominated and shortlisted are one stage, as are elected and appointed); withdrew and not
/// appointed end it without a post.
public enum CandidateStage: String, CaseIterable, Sendable, Codable {
    case expressedInterest = "expressed_interest"
    case applied
    case shortlisted
    case appointed
    case withdrew
    case notAppointed = "not_appointed"

    /// The name used on the command line, e.g. `expressed-interest`.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// Reads `expressed-interest`, `nominated` (shortlisted), `elected` (appointed), ...
    public init?(userInput: String) {
        let folded = userInput.lowercased().replacingOccurrences(of: "-", with: "_")
        switch folded {
        case "nominated": self = .shortlisted
        case "elected": self = .appointed
        default: self.init(rawValue: folded)
        }
    }

    /// The progress stages, in order.
    public static let progress: [CandidateStage] = [.expressedInterest, .applied, .shortlisted, .appointed]

    /// Its place among the progress stages; nil for withdrew and not appointed.
    public var step: Int? { Self.progress.firstIndex(of: self) }

    /// Whether the candidacy is over once this stage is reached.
    public var ends: Bool { self == .appointed || self == .withdrew || self == .notAppointed }

    /// How a report names the stage.
    public var label: String {
        switch self {
        case .expressedInterest: "expressed interest"
        case .applied: "applied"
        case .shortlisted: "nominated or shortlisted"
        case .appointed: "elected or appointed"
        case .withdrew: "withdrew"
        case .notAppointed: "not appointed"
        }
    }

    /// Why `stage` cannot be reached on `date` after `reached`, as one sentence naming the option;
    /// nil when it can.
    public static func problem(
        adding stage: CandidateStage, on date: CalendarDate, after reached: [(CandidateStage, CalendarDate)]
    )
        -> String?
    {
        if let same = reached.first(where: { $0.0 == stage }) {
            return "--stage: \(stage.commandLineName) was already recorded on \(same.1.iso)"
        }
        if let end = reached.first(where: { $0.0.ends }) {
            return "--stage: the candidacy ended (\(end.0.commandLineName)) on \(end.1.iso); nothing can follow"
        }
        if let step = stage.step, let later = reached.first(where: { ($0.0.step ?? -1) > step }) {
            return "--stage: expected a stage after \(later.0.commandLineName), which was recorded on \(later.1.iso)"
        }
        if let latest = reached.map(\.1).max(), date < latest {
            return "--on: expected a date on or after the last stage's \(latest.iso), found \(date.iso)"
        }
        return nil
    }
}

/// A candidate as officers manage them: no monitoring answers here (they are kept apart and
/// used only in aggregate).
public struct Candidate: Sendable, Codable, Equatable {
    public var id: Int64
    public var laCode: Int
    public var name: String
    public var route: CandidateRoute
    public var vacancyID: VacancyID?
    public var bodyName: String?
    public var appointmentID: AppointmentID?
    public var stages: [CandidateStageReached]

    /// The candidate, field by field.
    public init(
        id: Int64, laCode: Int, name: String, route: CandidateRoute, vacancyID: VacancyID?, bodyName: String?,
        appointmentID: AppointmentID?, stages: [CandidateStageReached]
    ) {
        self.id = id
        self.laCode = laCode
        self.name = name
        self.route = route
        self.vacancyID = vacancyID
        self.bodyName = bodyName
        self.appointmentID = appointmentID
        self.stages = stages
    }
}

/// A stage a candidate reached.
public struct CandidateStageReached: Sendable, Codable, Equatable {
    public var id: Int64
    public var stage: CandidateStage
    public var reachedOn: CalendarDate

    /// The stage, field by field.
    public init(id: Int64, stage: CandidateStage, reachedOn: CalendarDate) {
        self.id = id
        self.stage = stage
        self.reachedOn = reachedOn
    }
}
