import Governance

/// An alert as recorded: a problem raised by a tracking run, open until a run no longer finds it.
public struct Alert: Sendable, Codable, Equatable {
    public var id: Int64
    public var check: String
    public var subject: String
    public var bodyID: Int64?
    public var bodyName: String?
    public var laCode: Int?
    public var severity: AlertFinding.Severity
    public var message: String
    public var dueOn: CalendarDate?
    public var raisedOn: CalendarDate
    public var resolvedOn: CalendarDate?
    /// The rule the check applies, with its source (DeadlineChecks), so every alert cites it.
    public var rule: String
}

/// What one tracking run did.
public struct TrackingRunResult: Sendable, Codable, Equatable {
    public var runID: Int64
    public var asOf: CalendarDate
    public var found: Int
    public var raised: Int
    public var resolved: Int
    public var stillOpen: Int
}
