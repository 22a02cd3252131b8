import Foundation
import Governance
import Interchange
import Reports
import Store

/// One run of the MGA Board report, as the command line and the service both make it: load the
/// authority's data (and the earlier date's, for what changed), compose the report for an
/// audience, and, once the caller has rendered it, record the run with its hash.
public struct BoardReportRun: Sendable {
    public let register: Register
    public let settings: BoardReportSettings

    public init(register: Register, settings: BoardReportSettings) {
        self.register = register
        self.settings = settings
    }

    /// The report for authority `laCode` on `asOf` for `audience`, with changes since `since`.
    public func compose(laCode: Int, asOf: CalendarDate, since: CalendarDate?, audience: ReportAudience) async throws
        -> BoardReport
    {
        if let since, since >= asOf {
            // A well-formed date that cannot be a comparison point: a rule, not malformed input.
            throw RuleViolation("since: expected a date before the report's date (\(asOf.iso)), found \"\(since.iso)\"")
        }
        let data = try await load(laCode: laCode, asOf: asOf, since: since)
        let previous = try await since.asyncMap { try await load(laCode: laCode, asOf: $0, since: nil) }
        // Consistent suppression: what a recorded board version for this authority and date hid
        // stays hidden, even if a correction since has made the count publishable.
        let earlier =
            audience == .board
            ? try await register.hiddenCells(kind: Self.kind, laCode: laCode, asOf: asOf, audience: audience.rawValue) : []
        return BoardReportComposer(
            data: data, previous: previous, audience: audience, settings: settings, earlierHidden: earlier
        ).compose()
    }

    /// Records a rendered run: who (the register's actor), when, its parameters and the output's hash.
    @discardableResult
    public func record(_ report: BoardReport, format: String, sha256: String, path: String?, via: String) async throws -> Int64 {
        let parameters =
            "{\"definition\": \(JSONText.quote(settings.definition.commandLineName)), \"format\": \(JSONText.quote(format)), "
            + "\"via\": \(JSONText.quote(via))}"
        return try await register.recordReportRun(
            kind: Self.kind, laCode: report.laCode, asOf: report.asOf, since: report.since,
            audience: report.audience.rawValue, format: format, parameters: parameters, sha256: sha256, path: path,
            hiddenCells: report.audience == .board ? report.hiddenCells : [])
    }

    /// The report runs' kind.
    static let kind = "mga_board"

    /// Everything the report reads for `laCode` on `asOf`, in set-based queries.
    public func load(laCode: Int, asOf: CalendarDate, since: CalendarDate?) async throws -> BoardReportData {
        let la = try await register.localAuthority(String(laCode))
        var tracking = try await register.trackingInputs(
            asOf: asOf, deadline: settings.tracking.reconstitutionDeadline, laCode: laCode)
        let bodyIDs = Set(tracking.bodies.filter { $0.laCode == laCode }.map(\.id))
        tracking.bodies = tracking.bodies.filter { bodyIDs.contains($0.id) }
        tracking.serving = tracking.serving.filter { bodyIDs.contains($0.bodyID) }
        tracking.vacancies = tracking.vacancies.filter { bodyIDs.contains($0.bodyID) }
        tracking.recruitments = tracking.recruitments.filter { bodyIDs.contains($0.bodyID) }
        return BoardReportData(
            la: la, asOf: asOf, since: since,
            summary: try await register.summary(laCode: laCode, asOf: asOf), tracking: tracking,
            reconstitution: try await register.reconstitutionOverview(
                laCode: laCode, asOf: asOf, deadline: settings.tracking.reconstitutionDeadline),
            constitution: try await register.constitutionInputs(laCode: laCode, asOf: asOf),
            vacancies: try await register.vacancies(laCode: laCode, openOn: asOf),
            serving: try await register.appointments(servingOn: asOf, laCode: laCode),
            representation: try await register.representationInputs(laCode: laCode, asOf: asOf, since: since),
            reviews: try await register.chairReviews(laCode: laCode),
            recruitments: try await register.headteacherRecruitments().filter { bodyIDs.contains($0.bodyID) },
            snapshots: try await register.snapshots(laCode: laCode, boroughOnly: true),
            coverage: try await register.declarationCoverage(laCode: laCode, asOf: asOf),
            lastGIASImport: try await register.lastImport(kind: "gias_governance"),
            nationalGovernors: try await register.governorProfiles(laCode: laCode, asOf: asOf),
            policies: try await register.successionPolicies(laCode: laCode),
            candidates: try await register.funnelCandidates(laCode: laCode, to: asOf))
    }
}
