import APIContract
import Application
import Foundation
import Governance
import OpenAPIRuntime
import Reports
import Store

// What the service keeps about its work (checks, alerts, runs, imports, the audit trail), in the
// contract's shapes.

extension Schemas.ConstitutionCheck {
    init(_ r: ConstitutionReport) {
        self.init(
            bodyId: r.bodyID.rawValue, bodyName: r.bodyName, asOf: r.asOf.iso, instrumentId: r.instrumentID,
            instrumentEffective: r.instrumentEffective?.iso, readings: r.readings,
            seats: r.seats.map {
                Schemas.SeatCount(
                    category: Wire.map($0.category), seats: $0.seats, filled: $0.filled, vacant: $0.vacant, surplus: $0.surplus)
            },
            findings: r.lines.map {
                Schemas.Finding(
                    about: $0.about == "instrument" ? .instrument : .members, severity: Wire.map($0.finding.severity),
                    rule: $0.finding.rule.rawValue, citation: $0.finding.citation, message: $0.finding.message,
                    category: $0.finding.category.map { Wire.map($0) }, appointmentIds: $0.finding.appointmentIDs.map(\.rawValue))
            })
    }
}

extension Schemas.Alert {
    init(_ a: Alert) {
        self.init(
            id: a.id, check: a.check, subject: a.subject, bodyId: a.bodyID?.rawValue, bodyName: a.bodyName, laCode: a.laCode,
            severity: Wire.map(a.severity), message: a.message, dueOn: a.dueOn?.iso, raisedOn: a.raisedOn.iso,
            resolvedOn: a.resolvedOn?.iso, rule: a.rule)
    }
}

extension Schemas.TrackingRun {
    init(_ r: TrackingRunResult) {
        self.init(
            runId: r.runID, asOf: r.asOf.iso, found: r.found, raised: r.raised, resolved: r.resolved, stillOpen: r.stillOpen)
    }
}

extension Schemas.ImportReport {
    init(_ r: ImportReport) {
        self.init(
            importRunId: r.importRunID, file: r.file, encoding: r.encoding, rowsRead: r.rowsRead, inserted: r.inserted,
            updated: r.updated, unchanged: r.unchanged, rejected: r.rejected, peopleCreated: r.peopleCreated,
            bodiesCreated: r.bodiesCreated, outside: .init(additionalProperties: r.outside), questions: r.questions,
            notes: r.notes)
    }
}

extension Schemas.FreeJSON {
    /// A JSON object held as text (an audit entry's row, a run's parameters); nil when absent or
    /// not an object.
    init?(text: String?) {
        guard let data = text?.data(using: .utf8),
            let object = try? JSONDecoder().decode(OpenAPIObjectContainer.self, from: data)
        else { return nil }
        self.init(additionalProperties: object)
    }
}

extension Schemas.AuditEntry {
    init(_ e: AuditEntry) throws {
        self.init(
            id: e.id, occurredAt: try Self.instant(e.occurredAt), actor: e.actor, source: e.source, table: e.table,
            operation: OperationPayload(rawValue: e.operation.lowercased()) ?? .update, rowKey: e.rowKey,
            before: Schemas.FreeJSON(text: e.before), after: Schemas.FreeJSON(text: e.after))
    }

    /// A UTC instant as the store writes it (`2015-06-02T10:00:00Z`).
    static func instant(_ text: String) throws -> Foundation.Date {
        guard let date = ISO8601DateFormatter().date(from: text) else {
            throw APIError(.internalServerError, "Something went wrong on the server; it has been logged.")
        }
        return date
    }
}

extension Schemas.ReportRun {
    init(_ r: ReportRun) throws {
        self.init(
            id: r.id, kind: r.kind, laCode: r.laCode, asOf: r.asOf.iso, since: r.since?.iso,
            audience: r.audience == "officer" ? .officer : .board, format: r.format,
            parameters: Schemas.FreeJSON(text: r.parameters) ?? .init(additionalProperties: .init()),
            outputSha256: r.outputSHA256, outputPath: r.outputPath, actor: r.actor,
            generatedAt: try Schemas.AuditEntry.instant(r.generatedAt))
    }
}

extension Schemas.RetentionAction {
    init(_ c: RetentionCandidate, showingName: Bool) {
        self.init(
            personId: c.action.personID.rawValue, name: showingName ? c.name : nil, action: Wire.map(c.action.kind),
            leftOn: c.action.leftOn?.iso, reason: c.action.reason)
    }
}

extension Schemas.CandidateRetentionAction {
    init(_ c: CandidateRetentionEntry, showingName: Bool) {
        self.init(
            candidateId: c.action.candidateID, name: showingName ? c.name : nil,
            action: Wire.map(c.action.kind),
            lastActivityOn: c.action.lastActivityOn.iso, reason: c.action.reason)
    }
}
