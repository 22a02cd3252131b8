import APIContract
import Application
import Foundation
import Governance
import Store

/// What the service does and keeps about its own work: alerts and tracking runs, the deadline
/// rules, imports, report runs, the audit trail and retention (`govmon track`, `import`, `report
/// runs`, `audit`, `retention run`).
extension GovmonAPI {
    func getAlerts(_ input: Operations.GetAlerts.Input) async throws -> Operations.GetAlerts.Output {
        let (identity, register) = try caller()
        let bodyID: BodyID?
        if identity.role == .chair {
            bodyID = identity.bodyID
        } else if let reference = input.query.body {
            bodyID = try await register.body(reference).id
        } else {
            bodyID = nil
        }
        let openOnly = input.query.open == true
        let la = try await authority(input.query.la, register)
        // A page at a time: the borough's alert history runs to thousands.
        let limit = try bounded(input.query.limit, "limit", default: 100, 1...1_000)
        let offset = try bounded(input.query.offset, "offset", default: 0, 0...Int.max)
        let key = "alerts|\(identity.scope)|\(bodyID ?? 0)|\(la ?? 0)|\(openOnly)"
        let alerts = try await deps.responses.value(key) {
            try await register.alerts(openOnly: openOnly, bodyID: bodyID, laCode: la).map(Schemas.Alert.init)
        }
        return .ok(
            .init(headers: .init(xTotalCount: alerts.count), body: .json(Array(alerts.dropFirst(offset).prefix(limit)))))
    }

    func postTrackingRuns(_ input: Operations.PostTrackingRuns.Input) async throws -> Operations.PostTrackingRuns.Output {
        // A token for some authorities checks and resolves only their alerts (row-level security
        // limits what the run loads and what it may resolve).
        let outcome = try await TrackingRunner(register: try register(), thresholds: deps.tracking)
            .run(asOf: try asOf(input.query.asOf))
        return .created(.init(body: .json(.init(outcome.result))))
    }

    func getTrackingChecks(_ input: Operations.GetTrackingChecks.Input) async throws -> Operations.GetTrackingChecks.Output {
        // The rules are no one's data: every role may read them.
        .ok(.init(body: .json(DeadlineChecks.rules.map { Schemas.CheckRule(name: $0.name, rule: $0.rule) })))
    }

    func postImportsKind(_ input: Operations.PostImportsKind.Input) async throws -> Operations.PostImportsKind.Output {
        guard case .csv(let body) = input.body else { throw APIError.unsupportedBody }
        let kind: ImportRun.Extract = input.path.kind == .gias ? .gias : .schools
        let upload = try await Upload.receive(body, prefix: "govmon-upload")
        defer { upload.remove() }
        let options = ImportOptions(skipInvalid: false, rejectsPath: upload.path + ".rejects.csv", today: deps.today)
        let report = try await ImportRun(register: try register()).extract(
            kind, path: upload.path, displayName: input.query.name ?? "upload.csv", encoding: nil, options: options)
        return .created(.init(body: .json(.init(report))))
    }

    func getReportsRuns(_ input: Operations.GetReportsRuns.Input) async throws -> Operations.GetReportsRuns.Output {
        let limit = try bounded(input.query.limit, "limit", default: 50, 1...1_000)
        return .ok(.init(body: .json(try await register().reportRuns(limit: limit).map(Schemas.ReportRun.init))))
    }

    func getAudit(_ input: Operations.GetAudit.Input) async throws -> Operations.GetAudit.Output {
        // Audit entries are not tagged by authority (a person or a course spans several), so the
        // trail is for tokens covering every authority (AccessPolicy).
        let limit = try bounded(input.query.limit, "limit", default: 50, 1...1_000)
        let entries = try await register().audit(table: input.query.table, rowKey: input.query.row, limit: limit)
        return .ok(.init(body: .json(try entries.map(Schemas.AuditEntry.init))))
    }

    func postRetentionRuns(_ input: Operations.PostRetentionRuns.Input) async throws -> Operations.PostRetentionRuns.Output {
        // Retention acts on the whole register, so it needs a token for every authority (AccessPolicy).
        let asOf = try asOf(input.query.asOf)
        let retention = RetentionRun(register: try register(), policy: deps.retention)
        if input.query.dryRun == true {
            let plan = try await retention.plan(asOf: asOf)
            let erased = plan.filter { $0.action.kind == .demographicsErased }.count
            let candidacies = try await retention.candidatePlan(asOf: asOf)
            let answers = candidacies.filter { $0.action.kind == .answersErased }.count
            return .ok(
                .init(
                    body: .json(
                        .init(
                            dryRun: true, asOf: asOf.iso, runId: nil, declarationsErased: erased,
                            peoplePseudonymised: plan.count - erased, auditEntriesScrubbed: 0,
                            actions: plan.map { .init($0, showingName: true) }, candidateAnswersErased: answers,
                            candidatesPseudonymised: candidacies.count - answers,
                            candidateActions: candidacies.map { .init($0, showingName: true) }))))
        }
        let (outcome, acted) = try await retention.run(asOf: asOf, confirmedLarge: input.query.confirmLarge == true)
        return .created(
            .init(
                body: .json(
                    .init(
                        dryRun: false, asOf: asOf.iso, runId: outcome.runID, declarationsErased: outcome.declarationsErased,
                        peoplePseudonymised: outcome.peoplePseudonymised, auditEntriesScrubbed: outcome.auditEntriesScrubbed,
                        actions: acted.map { .init($0, showingName: false) },
                        candidateAnswersErased: outcome.candidateAnswersErased,
                        candidatesPseudonymised: outcome.candidatesPseudonymised,
                        candidateActions: outcome.candidateActions.map { .init($0, showingName: false) }))))
    }
}
