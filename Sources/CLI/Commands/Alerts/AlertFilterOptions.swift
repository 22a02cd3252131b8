import ArgumentParser
import Governance
import Store

/// Which alerts a command is about: the same filters for listing, counting and acting on many.
struct AlertFilterOptions: ParsableArguments {
    @Option(help: "Only this check (e.g. induction_overdue; 'govmon alerts list' shows them).") var check: String?
    @Option(help: "Only this body (id, URN or name).") var body: String?
    @Option(help: "Only this LA (code or name).") var la: String?
    @Option(help: "Only this severity: info, warning or overdue.") var severity: AlertFinding.Severity?
    @Option(help: "Only alerts assigned to this officer.") var assignee: String?
    @Option(help: "Only alerts in this state: open, acknowledged, snoozed, resolved (repeat for several).")
    var state: [AlertState] = []

    /// The filter, with names looked up in `register`; `ids` and `openOnly` from the command.
    func filter(ids: [Int64] = [], openOnly: Bool = false, register: Register) async throws -> AlertFilter {
        var states: Set<AlertState>? = state.isEmpty ? nil : Set(state)
        if openOnly { states = (states ?? Set(AlertState.allCases)).subtracting([.resolved]) }
        return AlertFilter(
            ids: ids.isEmpty ? nil : ids, check: check,
            bodyID: try await body.asyncMap { try await register.body($0).id },
            laCode: try await la.asyncMap { try await register.localAuthority($0).code }, severity: severity,
            assignee: assignee, states: states)
    }
}
