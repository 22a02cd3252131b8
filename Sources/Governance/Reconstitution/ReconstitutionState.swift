/// Where a governing body stands with reconstitution under the 2012 regulations on a date
/// (docs/constitution.md section 5; the action plan's milestone "all governing bodies reconstituted by
/// Sept 2015").
public enum ReconstitutionState: Sendable, Equatable, Codable {
    /// Constituted under the 2012 regulations: an instrument made under them took effect on `on`.
    case reconstituted(on: CalendarDate, byDeadline: Bool)
    /// A round has started and reached `stage` on `since`; no 2012 instrument in force yet.
    case inProgress(stage: ReconstitutionStage, since: CalendarDate, overdue: Bool)
    /// Nothing recorded and no 2012 instrument in force.
    case notStarted(overdue: Bool)

    /// Whether the deadline has passed without a 2012 instrument in force.
    public var isOverdue: Bool {
        switch self {
        case .reconstituted: return false
        case .inProgress(_, _, let overdue), .notStarted(let overdue): return overdue
        }
    }

    /// A short plain-English phrase, e.g. "in progress: draft IoG sent to the LA (since 2015-06-02), overdue".
    public var phrase: String {
        switch self {
        case let .reconstituted(on, byDeadline):
            return "reconstituted on \(on.iso)" + (byDeadline ? "" : " (after the deadline)")
        case let .inProgress(stage, since, overdue):
            return "in progress: \(stage.label) (since \(since.iso))" + (overdue ? ", overdue" : "")
        case let .notStarted(overdue):
            return "not started" + (overdue ? ", overdue" : "")
        }
    }

    /// A one-word key for tables and JSON: reconstituted, in_progress, not_started.
    public var key: String {
        switch self {
        case .reconstituted: return "reconstituted"
        case .inProgress: return "in_progress"
        case .notStarted: return "not_started"
        }
    }
}

/// Works out a body's reconstitution state from its instruments and recorded stages.
public enum ReconstitutionTracker {
    /// An instrument as the tracker needs it.
    public struct InstrumentDates: Sendable, Equatable {
        public var effectiveFrom: CalendarDate
        public var regulations: Int
        public init(effectiveFrom: CalendarDate, regulations: Int) {
            self.effectiveFrom = effectiveFrom
            self.regulations = regulations
        }
    }

    /// The state on `asOf`: reconstituted when the instrument in force was made under the 2012
    /// regulations (dated by the first such instrument's effective date); otherwise in progress at
    /// the furthest stage reached by then in the latest round, or not started; overdue after `deadline`.
    public static func state(
        instruments: [InstrumentDates], stages: [(stage: ReconstitutionStage, on: CalendarDate)],
        deadline: CalendarDate, asOf: CalendarDate
    ) -> ReconstitutionState {
        let inForce = instruments.filter { $0.effectiveFrom <= asOf }.max { $0.effectiveFrom < $1.effectiveFrom }
        if let inForce, inForce.regulations == 2012 {
            let first =
                instruments.filter { $0.regulations == 2012 && $0.effectiveFrom <= asOf }
                .map(\.effectiveFrom).min() ?? inForce.effectiveFrom
            return .reconstituted(on: first, byDeadline: first <= deadline)
        }
        let overdue = asOf > deadline
        let reached = stages.filter { $0.on <= asOf }
        guard let furthest = reached.max(by: { ($0.stage, $0.on) < ($1.stage, $1.on) }) else {
            return .notStarted(overdue: overdue)
        }
        return .inProgress(stage: furthest.stage, since: furthest.on, overdue: overdue)
    }
}
