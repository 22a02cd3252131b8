import Application
import Foundation
import Governance
import Hummingbird
import Store

/// Subject access and retention (`govmon person export`, `govmon retention run`), officers only.
enum DataProtectionRoutes {
    /// One retention action as the API reports it: the name only in a dry run, for checking.
    struct ActionRow: Encodable {
        var personID: Int64
        var name: String?
        var action: String
        var leftOn: CalendarDate?
        var reason: String

        enum CodingKeys: String, CodingKey {
            case personID = "person_id", name, action, leftOn = "left_on", reason
        }
    }

    struct RetentionResult: Encodable {
        var dryRun: Bool
        var asOf: CalendarDate
        var runID: Int64?
        var declarationsErased: Int
        var peoplePseudonymised: Int
        var auditEntriesScrubbed: Int
        var actions: [ActionRow]

        enum CodingKeys: String, CodingKey {
            case dryRun = "dry_run", asOf = "as_of", runID = "run_id", declarationsErased = "declarations_erased"
            case peoplePseudonymised = "people_pseudonymised", auditEntriesScrubbed = "audit_entries_scrubbed", actions
        }
    }

    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        api.get("people/:person/export") { _, context -> Response in
            let register = deps.register(for: try context.caller())
            let person = try context.pathID("person")
            _ = try await register.person(person)
            let json = try await register.personExport(personID: person)
            return JSON.raw(Array(json.utf8), contentType: "application/json")
        }
        api.post("retention/runs") { request, context -> Response in
            // Retention acts on the whole register, so it needs a token for every authority (AccessPolicy).
            let register = deps.register(for: try context.caller())
            let asOf = try Query.date(request, "as_of") ?? deps.today
            let dryRun = Query.string(request, "dry_run") == "true"
            let confirmed = Query.string(request, "confirm_large") == "true"
            let retention = RetentionRun(register: register, policy: deps.retention)
            if dryRun {
                let plan = try await retention.plan(asOf: asOf)
                let erased = plan.filter { $0.action.kind == .demographicsErased }.count
                return try JSON.response(
                    RetentionResult(
                        dryRun: true, asOf: asOf, runID: nil, declarationsErased: erased,
                        peoplePseudonymised: plan.count - erased, auditEntriesScrubbed: 0,
                        actions: plan.map { row($0, name: $0.name) }))
            }
            let (outcome, acted) = try await retention.run(asOf: asOf, confirmedLarge: confirmed)
            return try JSON.response(
                RetentionResult(
                    dryRun: false, asOf: asOf, runID: outcome.runID, declarationsErased: outcome.declarationsErased,
                    peoplePseudonymised: outcome.peoplePseudonymised, auditEntriesScrubbed: outcome.auditEntriesScrubbed,
                    actions: acted.map { row($0, name: nil) }),
                status: .created)
        }
    }

    static func row(_ candidate: RetentionCandidate, name: String?) -> ActionRow {
        ActionRow(
            personID: candidate.action.personID, name: name, action: candidate.action.kind.rawValue,
            leftOn: candidate.action.leftOn, reason: candidate.action.reason)
    }
}
