/// One scheduled check: a rule, with the thresholds it reads, that turns the register on a date
/// into findings. Pure and deterministic; the tracker persists what they find.
public protocol DeadlineCheck: Sendable {
    /// The check's stable name, e.g. `term_ending`.
    static var name: String { get }
    /// The rule in one sentence, with its source.
    static var rule: String { get }
    /// The problems on `inputs.asOf`.
    func findings(_ inputs: TrackingInputs, _ thresholds: TrackingThresholds) -> [AlertFinding]
}

/// Every check, in the order reports list them.
public enum DeadlineChecks {
    public static let all: [any DeadlineCheck] = [
        TermEndingCheck(), LongVacancyCheck(), InductionOverdueCheck(), RefresherBeforeHeadAppointmentCheck(),
        ReconstitutionDeadlineCheck(), ChairReviewCheck(), DBSCheck(), SuccessionPolicyCheck(),
        SuccessionDiversityCheck(), PanelConfirmationCheck(),
    ]

    /// Each check's name and the rule it applies, in the order they run.
    public static var rules: [(name: String, rule: String)] {
        all.map { (type(of: $0).name, type(of: $0).rule) }
    }

    /// The rule a check applies, by the check's name (as stored on its alerts).
    public static func rule(named name: String) -> String? { rulesByName[name] }

    // Looked up once per alert row read, so by name rather than by a scan of the checks.
    private static let rulesByName = Dictionary(uniqueKeysWithValues: rules)

    /// Runs every check; findings sorted by check then subject.
    public static func run(_ inputs: TrackingInputs, _ thresholds: TrackingThresholds) -> [AlertFinding] {
        all.flatMap { $0.findings(inputs, thresholds) }.sorted { ($0.check, $0.subject) < ($1.check, $1.subject) }
    }
}

extension TrackingInputs {
    /// Bodies by id.
    func bodyIndex() -> [BodyID: Body] { Dictionary(uniqueKeysWithValues: bodies.map { ($0.id, $0) }) }
}
