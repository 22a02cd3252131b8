import APIContract
import Application
import Foundation
import Governance
import OpenAPIRuntime
import Reports
import Store

/// Community profiles, representativeness, stored snapshots and the board report. Every answer
/// with figures goes through `AudienceGate`: officers see counts; the board and chairs see what
/// the disclosure rule allows.
extension GovmonAPI {
    func getProfiles(_ input: Operations.GetProfiles.Input) async throws -> Operations.GetProfiles.Output {
        .ok(.init(body: .json(try await register().profiles().map(Schemas.CommunityProfile.init))))
    }

    func postProfiles(_ input: Operations.PostProfiles.Input) async throws -> Operations.PostProfiles.Output {
        guard case .csv(let body) = input.body else { throw APIError.unsupportedBody }
        let (identity, register) = try caller()
        let date = try queryDate(input.query.date, "date")
        let la = try await authority(input.query.la, register)
        let upload = try await Upload.receive(body, prefix: "govmon-profile")
        defer { upload.remove() }
        let report = try await ImportRun(register: register).profiles(
            path: upload.path, displayName: input.query.name ?? "upload.csv", encoding: nil,
            source: ProfileSource(source: input.query.source, referenceDate: date ?? deps.today),
            owner: ProfileOwner(laCode: la, scope: identity.scope))
        return .created(.init(body: .json(.init(stored: report.profiles.count))))
    }

    func getProfilesProfile(_ input: Operations.GetProfilesProfile.Input) async throws -> Operations.GetProfilesProfile.Output {
        // Community profiles are published statistics, not data about governors.
        .ok(.init(body: .json(.init(try await register().profile(input.path.profile)))))
    }

    func postProfilesProfileWithdraw(_ input: Operations.PostProfilesProfileWithdraw.Input) async throws
        -> Operations.PostProfilesProfileWithdraw.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let withdrawn = try await BodyEntry(register: try register(), today: deps.today)
            .withdrawProfile(input.path.profile, on: try bodyDate(b.on, "on"), reason: b.reason)
        return .ok(.init(body: .json(.init(withdrawn))))
    }

    func getBodiesBodyRepresentativeness(_ input: Operations.GetBodiesBodyRepresentativeness.Input) async throws
        -> Operations.GetBodiesBodyRepresentativeness.Output
    {
        let (identity, register) = try caller()
        let reference = input.path.body
        // Cached per scope: a body another authority cannot see is never served to it from here.
        let body = try await deps.responses.body("\(identity.scope)|\(reference)") { try await register.body(reference) }
        try requireOwnBody(body.id, identity)
        let date = try asOf(input.query.asOf)
        let definition = input.query.definition.map { Wire.map($0) } ?? deps.settings.definition
        let audience = AudienceGate.audience(for: identity)
        let key = "body|\(body.id)|\(date.iso)|\(definition.rawValue)|\(audience.rawValue)"
        let answer = try await deps.responses.value(key) { [deps] in
            let figures = try await FiguresQuery(register: register, bands: deps.settings.bands)
                .body(body, asOf: date, definition: definition).figures
            return AudienceGate.answer(
                figures, for: identity, deps.settings, officer: { Schemas.BodyRepresentativeness.officer(.init($0)) },
                board: { .board(.init($0)) })
        }
        return .ok(.init(body: .json(answer)))
    }

    func getAuthoritiesLaRepresentativeness(_ input: Operations.GetAuthoritiesLaRepresentativeness.Input) async throws
        -> Operations.GetAuthoritiesLaRepresentativeness.Output
    {
        let (identity, register) = try caller()
        let la = try await register.localAuthority(input.path.la)
        let date = try asOf(input.query.asOf)
        let since = try queryDate(input.query.since, "since")
        let definition = input.query.definition.map { Wire.map($0) } ?? deps.settings.definition
        let audience = AudienceGate.audience(for: identity)
        let key = "borough|\(la.code)|\(date.iso)|\(since?.iso ?? "")|\(definition.rawValue)|\(audience.rawValue)"
        let answer = try await deps.responses.value(key) { [deps] in
            let figures = try await FiguresQuery(register: register, bands: deps.settings.bands)
                .borough(laCode: la.code, asOf: date, since: since, definition: definition).figures
            return AudienceGate.answer(
                figures, for: identity, deps.settings,
                officer: { _ in Schemas.BoroughRepresentativeness.officer(.init(figures)) },
                board: { .board(.init($0)) })
        }
        return .ok(.init(body: .json(answer)))
    }

    func getAuthoritiesLaRepresentativenessTrend(_ input: Operations.GetAuthoritiesLaRepresentativenessTrend.Input)
        async throws -> Operations.GetAuthoritiesLaRepresentativenessTrend.Output
    {
        let (identity, register) = try caller()
        let la = try await register.localAuthority(input.path.la)
        let trend = TrendFigures(snapshots: try await register.snapshots(laCode: la.code, boroughOnly: true))
        let answer = AudienceGate.answer(
            trend, for: identity, deps.settings,
            officer: { Schemas.Trend.officer(.init(audience: .officer, points: $0.map(Schemas.TrendPoint.init))) },
            board: { .board(.init(audience: .board, points: $0.map(Schemas.PublishedTrendPoint.init))) })
        return .ok(.init(body: .json(answer)))
    }

    func postRepresentativenessSnapshots(_ input: Operations.PostRepresentativenessSnapshots.Input) async throws
        -> Operations.PostRepresentativenessSnapshots.Output
    {
        guard let date = try queryDate(input.query.asOf, "as_of") else {
            throw APIError(.badRequest, "as_of: expected YYYY-MM-DD")
        }
        let outcome = try await SnapshotRun(register: try register(), bands: deps.settings.bands).take(asOf: date)
        return .created(.init(body: .json(.init(stored: outcome.stored))))
    }

    func getReportsBoard(_ input: Operations.GetReportsBoard.Input) async throws -> Operations.GetReportsBoard.Output {
        let caller = try Caller.required()
        let register = deps.register(for: caller.identity)
        let la = try await register.localAuthority(input.query.la)
        let requested: ReportAudience = input.query.audience == .officer ? .officer : .board
        let audience = AudienceGate.audience(for: caller.identity, requested: requested)
        let format = input.query.format ?? .html
        let run = BoardReportRun(register: register, settings: deps.settings)
        let report = try await run.compose(
            laCode: la.code, asOf: try asOf(input.query.asOf), since: try queryDate(input.query.since, "since"),
            audience: audience)
        let rendered = try await deps.printing.render(
            report, format: format.rawValue, table: input.query.table, channel: caller.channel)
        try await run.record(
            report, format: format.rawValue, sha256: ReportOutput.sha256(rendered.bytes), path: nil, via: "api")
        let bytes = HTTPBody(rendered.bytes)
        switch format {
        case .html: return .ok(.init(body: .html(bytes)))
        case .pdf: return .ok(.init(body: .pdf(bytes)))
        case .md: return .ok(.init(body: .textMarkdown(bytes)))
        case .csv: return .ok(.init(body: .csv(bytes)))
        case .json:
            guard let object = Schemas.FreeJSON(text: String(decoding: rendered.bytes, as: UTF8.self)) else {
                throw APIError(.internalServerError, "Something went wrong on the server; it has been logged.")
            }
            return .ok(.init(body: .json(object)))
        }
    }
}
