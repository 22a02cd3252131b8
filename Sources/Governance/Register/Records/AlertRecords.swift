/// An alert as recorded: a problem raised by a tracking run, open until a run no longer finds it.
public struct Alert: Sendable, Codable, Equatable {
    public var id: Int64
    public var check: String
    public var subject: String
    public var bodyID: BodyID?
    public var bodyName: String?
    public var laCode: Int?
    public var severity: AlertFinding.Severity
    public var message: String
    public var dueOn: CalendarDate?
    public var raisedOn: CalendarDate
    public var resolvedOn: CalendarDate?
    /// The rule the check applies, with its source (DeadlineChecks), so every alert cites it.
    public var rule: String

    /// The record as given, field by field.
    public init(
        id: Int64, check: String, subject: String, bodyID: BodyID? = nil, bodyName: String? = nil, laCode: Int? = nil,
        severity: AlertFinding.Severity, message: String, dueOn: CalendarDate? = nil, raisedOn: CalendarDate,
        resolvedOn: CalendarDate? = nil, rule: String
    ) {
        self.id = id
        self.check = check
        self.subject = subject
        self.bodyID = bodyID
        self.bodyName = bodyName
        self.laCode = laCode
        self.severity = severity
        self.message = message
        self.dueOn = dueOn
        self.raisedOn = raisedOn
        self.resolvedOn = resolvedOn
        self.rule = rule
    }
}

/// What one tracking run did.
public struct TrackingRunResult: Sendable, Codable, Equatable {
    public var runID: Int64
    public var asOf: CalendarDate
    public var found: Int
    public var raised: Int
    public var resolved: Int
    public var stillOpen: Int

    /// The record as given, field by field.
    public init(runID: Int64, asOf: CalendarDate, found: Int, raised: Int, resolved: Int, stillOpen: Int) {
        self.runID = runID
        self.asOf = asOf
        self.found = found
        self.raised = raised
        self.resolved = resolved
        self.stillOpen = stillOpen
    }
}
