import Application
import Foundation
import Governance
import Hummingbird
import Reports
import Store

/// Representativeness and the board report. Every answer goes through `AudienceGate`: officers
/// see counts; the board and chairs see what the disclosure rule allows.
enum FiguresRoutes {
    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        api.get("bodies/:body/representativeness") { request, context -> Response in
            let identity = try context.caller()
            let register = deps.register(for: identity)
            let reference = try context.pathParameter("body")
            // Cached per scope: a body another authority cannot see is never served to it from here.
            let body = try await deps.responses.body("\(identity.scope)|\(reference)") { try await register.body(reference) }
            try context.requireOwnBody(body.id)
            let date = try Query.date(request, "as_of") ?? deps.today
            let definition = try Self.definition(request, deps)
            let audience = AudienceGate.audience(for: identity)
            let key = "body|\(body.id)|\(date.iso)|\(definition.rawValue)|\(audience.rawValue)"
            let cached = try await deps.responses.value(key) {
                let figures = try await FiguresQuery(register: register, bands: deps.settings.bands)
                    .body(body, asOf: date, definition: definition).figures
                return try AudienceGate.encode(figures, for: identity, deps.settings)
            }
            return cached.response
        }
        api.get("authorities/:la/representativeness") { request, context -> Response in
            let identity = try context.caller()
            let register = deps.register(for: identity)
            let la = try await register.localAuthority(try context.pathParameter("la"))
            let date = try Query.date(request, "as_of") ?? deps.today
            let since = try Query.date(request, "since")
            let definition = try Self.definition(request, deps)
            let audience = AudienceGate.audience(for: identity)
            let key = "borough|\(la.code)|\(date.iso)|\(since?.iso ?? "")|\(definition.rawValue)|\(audience.rawValue)"
            let cached = try await deps.responses.value(key) {
                let figures = try await FiguresQuery(register: register, bands: deps.settings.bands)
                    .borough(laCode: la.code, asOf: date, since: since, definition: definition).figures
                return try AudienceGate.encode(figures, for: identity, deps.settings)
            }
            return cached.response
        }
        api.get("authorities/:la/representativeness/trend") { _, context -> Response in
            let identity = try context.caller()
            let register = deps.register(for: identity)
            let la = try await register.localAuthority(try context.pathParameter("la"))
            let snapshots = try await register.snapshots(laCode: la.code, boroughOnly: true)
            return try AudienceGate.encode(TrendFigures(snapshots: snapshots), for: identity, deps.settings).response
        }
        api.get("bodies/:body/reviews") { _, context -> Response in
            let (identity, register, body) = try await context.body(deps)
            let reviews = try await register.chairReviews(bodyID: body.id)
            return try AudienceGate.encode(ReviewFigures(reviews: reviews), for: identity, deps.settings).response
        }
        api.get("reports/board") { request, context -> Response in
            let identity = try context.caller()
            guard let reference = Query.string(request, "la") else {
                throw APIError(.badRequest, "la: expected an LA code or name")
            }
            let register = deps.register(for: identity)
            let la = try await register.localAuthority(reference)
            let date = try Query.date(request, "as_of") ?? deps.today
            let since = try Query.date(request, "since")
            let requested = try Query.choice(request, "audience", ReportAudience.self) ?? .board
            let audience = AudienceGate.audience(for: identity, requested: requested)
            let format = try Query.choice(request, "format", ReportFormatName.self)?.rawValue ?? "html"
            let run = BoardReportRun(register: register, settings: deps.settings)
            let report = try await run.compose(laCode: la.code, asOf: date, since: since, audience: audience)
            let rendered = try await deps.printing.render(
                report, format: format, table: Query.string(request, "table"), channel: context.channel)
            try await run.record(report, format: format, sha256: ReportOutput.sha256(rendered.bytes), path: nil, via: "api")
            return JSON.raw(rendered.bytes, contentType: rendered.contentType)
        }
    }

    static func definition(_ request: Request, _ deps: ServiceDependencies) throws -> MinorityDefinition {
        try MinorityDefinition.parse(Query.string(request, "definition"), option: "definition", default: deps.settings.definition)
    }
}

/// The report formats the API offers.
enum ReportFormatName: String, CaseIterable {
    case html, pdf, md, csv, json
}
