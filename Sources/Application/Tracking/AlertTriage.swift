import Foundation
import Governance
import Store

/// Working through the alerts tracking raises: listing them by check, body, authority, severity,
/// assignee and state; acknowledging, assigning, snoozing and annotating many at once by the
/// same filters; counting them by check and state. Each action is kept as an event on the alert
/// with who did it and why (`Register.triageAlerts`).
public struct AlertTriage: Sendable {
    public let register: Register
    /// The day states are judged on (a snooze ends) and actions are dated.
    public let today: CalendarDate

    public init(register: Register, today: CalendarDate) {
        self.register = register
        self.today = today
    }

    /// The alerts `filter` names.
    public func list(_ filter: AlertFilter) async throws -> [Alert] {
        try await register.alerts(matching: filter, on: today)
    }

    /// Applies `action` to every unresolved alert `filter` names; answers their ids. A filter
    /// that names nothing is refused, so that a slip cannot act on every alert at once.
    public func act(_ action: AlertTriageAction, on filter: AlertFilter) async throws -> [Int64] {
        guard !filter.isEmpty else {
            throw RuleViolation("name the alerts: their ids, or filters such as --check, --la or --state")
        }
        switch action {
        case .acknowledge(let reason) where reason.trimmingCharacters(in: .whitespaces).isEmpty:
            throw RuleViolation("--reason: expected why the alerts can wait")
        case .assign(let person) where person.trimmingCharacters(in: .whitespaces).isEmpty:
            throw RuleViolation("--to: expected the name of the officer who takes them")
        case .snooze(let until, _) where until <= today:
            throw RuleViolation("--until: expected a date after today (\(today.iso)), found \(until.iso)")
        case .note(let text) where text.trimmingCharacters(in: .whitespaces).isEmpty:
            throw RuleViolation("--text: expected the note")
        default:
            break
        }
        let ids = try await list(filter).filter { $0.resolvedOn == nil }.map(\.id)
        return try await register.triageAlerts(ids, action, on: today)
    }

    /// How many alerts `filter` names, by check and state, checks in name order.
    public func summary(_ filter: AlertFilter) async throws -> [(check: String, counts: [AlertState: Int])] {
        let alerts = try await list(filter)
        var byCheck: [String: [AlertState: Int]] = [:]
        for alert in alerts { byCheck[alert.check, default: [:]][alert.state(on: today), default: 0] += 1 }
        return byCheck.keys.sorted().map { (check: $0, counts: byCheck[$0] ?? [:]) }
    }
}
