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
    /// Who it is assigned to, if anyone.
    public var assignee: String?
    /// When an officer acknowledged it.
    public var acknowledgedOn: CalendarDate?
    /// Snoozed: out of the day's list until this date.
    public var snoozedUntil: CalendarDate?

    /// Where it stands on `date`: resolved, snoozed, acknowledged, or open.
    public func state(on date: CalendarDate) -> AlertState {
        if resolvedOn != nil { return .resolved }
        if let snoozedUntil, snoozedUntil > date { return .snoozed }
        if acknowledgedOn != nil { return .acknowledged }
        return .open
    }

    /// The record as given, field by field.
    public init(
        id: Int64, check: String, subject: String, bodyID: BodyID? = nil, bodyName: String? = nil, laCode: Int? = nil,
        severity: AlertFinding.Severity, message: String, dueOn: CalendarDate? = nil, raisedOn: CalendarDate,
        resolvedOn: CalendarDate? = nil, rule: String, assignee: String? = nil, acknowledgedOn: CalendarDate? = nil,
        snoozedUntil: CalendarDate? = nil
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
        self.assignee = assignee
        self.acknowledgedOn = acknowledgedOn
        self.snoozedUntil = snoozedUntil
    }
}

/// Where an alert stands for the officer working through them.
public enum AlertState: String, Sendable, Codable, CaseIterable {
    /// Raised, not yet looked at.
    case open
    /// An officer has seen it and said why it can wait (it stays until tracking resolves it).
    case acknowledged
    /// Out of the list until a date.
    case snoozed
    /// Tracking no longer finds the problem.
    case resolved
}

/// What an officer does to alerts; each is kept as an event with who did it and why.
public enum AlertTriageAction: Sendable, Equatable {
    case acknowledge(reason: String)
    case assign(to: String)
    case snooze(until: CalendarDate, reason: String?)
    case note(String)

    /// The event's name in alert_events.
    public var event: String {
        switch self {
        case .acknowledge: return "acknowledged"
        case .assign: return "assigned"
        case .snooze: return "snoozed"
        case .note: return "noted"
        }
    }

    /// The event's detail: the reason, the assignee, the date and reason, or the note.
    public var detail: String {
        switch self {
        case .acknowledge(let reason): return reason
        case .assign(let person): return person
        case .snooze(let until, let reason): return "until \(until.iso)" + (reason.map { ": \($0)" } ?? "")
        case .note(let text): return text
        }
    }
}

/// Which alerts a listing or a bulk action is about; nil fields do not filter.
public struct AlertFilter: Sendable, Equatable {
    public var ids: [Int64]?
    public var check: String?
    public var bodyID: BodyID?
    public var laCode: Int?
    public var severity: AlertFinding.Severity?
    public var assignee: String?
    public var states: Set<AlertState>?

    public init(
        ids: [Int64]? = nil, check: String? = nil, bodyID: BodyID? = nil, laCode: Int? = nil,
        severity: AlertFinding.Severity? = nil, assignee: String? = nil, states: Set<AlertState>? = nil
    ) {
        self.ids = ids
        self.check = check
        self.bodyID = bodyID
        self.laCode = laCode
        self.severity = severity
        self.assignee = assignee
        self.states = states
    }

    /// Whether it names anything at all (a bulk action on every alert must say so).
    public var isEmpty: Bool {
        ids == nil && check == nil && bodyID == nil && laCode == nil && severity == nil && assignee == nil && states == nil
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
