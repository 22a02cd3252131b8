import Foundation
import Governance
import Hummingbird
import Reports
import Store

/// Representativeness and the board report. Officers see counts; the board and chairs see what
/// the disclosure rule allows (bands per body; suppressed borough tables; the board report).
enum FiguresRoutes {
    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        api.get("bodies/:body/representativeness") { request, context -> Response in
            let reference = try context.parameters.require("body")
            let body = try await deps.responses.body(reference) { try await deps.register.body(reference) }
            let identity = try context.requireBody(body, allowBoard: true)
            let date = try Query.date(request, "as_of") ?? deps.today
            let definition = try Self.definition(request, deps)
            let key = "body|\(body.id)|\(date.iso)|\(definition.rawValue)|\(identity.role.rawValue)"
            let cached = try await deps.responses.value(key) {
                let inputs = try await deps.register.representationInputs(laCode: nil, bodyID: body.id, asOf: date)
                guard
                    let figures = RepresentationFigures.bodies(
                        inputs, groups: RepresentationFigures.groups(definition),
                        bands: deps.settings.bands, asOf: date
                    ).first
                else { throw APIError(.notFound, "body \(body.id) has no schools on \(date.iso)") }
                // Only officers see a body's counts; everyone else sees bands.
                if identity.role == .officer { return try JSON.cached(figures) }
                return try JSON.cached(BandsOnly(figures))
            }
            return cached.response
        }
        api.get("authorities/:la/representativeness") { request, context -> Response in
            let la = try await deps.register.localAuthority(try context.parameters.require("la"))
            let identity = try context.requireAuthority(la.code, roles: .officer, .board)
            let date = try Query.date(request, "as_of") ?? deps.today
            let since = try Query.date(request, "since")
            let definition = try Self.definition(request, deps)
            let key = "borough|\(la.code)|\(date.iso)|\(since?.iso ?? "")|\(definition.rawValue)|\(identity.role.rawValue)"
            let cached = try await deps.responses.value(key) {
                let groups = RepresentationFigures.groups(definition)
                let inputs = try await deps.register.representationInputs(laCode: la.code, asOf: date, since: since)
                let borough = RepresentationFigures.borough(
                    inputs, laCode: la.code, groups: groups, bands: deps.settings.bands,
                    asOf: date, since: since)
                if identity.role == .officer { return try JSON.cached(borough) }
                let members = inputs.members.values.flatMap { $0 }
                let published = PublishedBorough(
                    laCode: la.code, asOf: date, definition: definition.label, bands: borough.bands,
                    tables: groups.map { g in
                        PublishedBorough.Table(
                            group: g.label, rows: BoardDisclosure.byCategory(members, group: g, policy: deps.settings.disclosure))
                    }, footnote: deps.settings.disclosure.footnote)
                return try JSON.cached(published)
            }
            return cached.response
        }
        api.get("reports/board") { request, context -> Response in
            let identity = try context.require(.officer, .board)
            guard let reference = Query.string(request, "la") else {
                throw APIError(.badRequest, "la: expected an LA code or name")
            }
            let la = try await deps.register.localAuthority(reference)
            guard identity.mayRead(laCode: la.code) else { throw APIError.forbidden }
            let date = try Query.date(request, "as_of") ?? deps.today
            let since = try Query.date(request, "since")
            let requested = Query.string(request, "audience").flatMap(ReportAudience.init(rawValue:)) ?? .board
            // The board role always gets the board version.
            let audience: ReportAudience = identity.role == .officer ? requested : .board
            let format = Query.string(request, "format") ?? "html"
            let data = try await BoardReportData.load(
                register: deps.register, laCode: la.code, asOf: date, since: since,
                settings: deps.settings)
            let previous = try await since.asyncMap {
                try await BoardReportData.load(
                    register: deps.register, laCode: la.code, asOf: $0, since: nil, settings: deps.settings)
            }
            let report = BoardReportComposer(data: data, previous: previous, audience: audience, settings: deps.settings)
                .compose()
            let rendered = try ReportOutput.render(report, format: format, table: Query.string(request, "table"))
            _ = try await deps.register(for: identity).recordReportRun(
                kind: "mga_board", laCode: la.code, asOf: date, since: since, audience: audience.rawValue, format: format,
                parameters: "{\"via\": \"api\"}", sha256: ReportOutput.sha256(rendered.bytes), path: nil)
            return JSON.raw(rendered.bytes, contentType: rendered.contentType)
        }
    }

    static func definition(_ request: Request, _ deps: ServiceDependencies) throws -> MinorityDefinition {
        guard let text = Query.string(request, "definition") else { return deps.settings.definition }
        guard let value = MinorityDefinition(commandLineName: text) else {
            throw APIError(.badRequest, "definition: expected not-white-british or not-white, found \"\(text)\"")
        }
        return value
    }
}

/// A body's figures as the board and chairs may see them: bands only.
struct BandsOnly: Encodable {
    struct Group: Encodable {
        var group: String
        var label: String
        var comparator: String?
        var band: String
    }

    var bodyID: Int64
    var bodyName: String
    var asOf: CalendarDate
    var groups: [Group]

    init(_ figures: BodyRepresentation) {
        bodyID = figures.bodyID
        bodyName = figures.bodyName
        asOf = figures.asOf
        groups = figures.groups.map { Group(group: $0.group, label: $0.label, comparator: $0.comparator, band: $0.band.rawValue) }
    }
}

/// The borough as the board may see it: disclosure-controlled tables and bands of bodies.
struct PublishedBorough: Encodable {
    struct Table: Encodable {
        var group: String
        var rows: [BoardDisclosure.PublishedRow]
    }

    var laCode: Int
    var asOf: CalendarDate
    var definition: String
    var bands: [String: [String: Int]]
    var tables: [Table]
    var footnote: String
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
