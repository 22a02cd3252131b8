import Foundation
import Governance
import HTTPTypes
import Hummingbird
import Reports
import Store

/// Register resources under /api/v1: schools, bodies, instruments, appointments, vacancies,
/// training, reconstitution, profiles.
enum RegisterRoutes {
    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        api.get("schools") { request, context -> Response in
            let identity = try context.require(.officer)
            let la = try Query.int(request, "la")
            let schools = try await deps.register.schools(laCode: la).filter { identity.mayRead(laCode: $0.school.laCode) }
            return try JSON.response(schools)
        }
        api.get("schools/:urn") { _, context -> Response in
            let identity = try context.require(.officer)
            let school = try await deps.register.school(urn: try context.parameters.require("urn", as: Int.self))
            guard identity.mayRead(laCode: school.school.laCode) else { throw APIError.forbidden }
            return try JSON.response(school)
        }
        api.get("bodies") { request, context -> Response in
            let identity = try context.require(.officer, .board)
            let bodies = try await deps.register.bodies(laCode: try Query.int(request, "la"))
            return try JSON.response(bodies.filter { identity.mayRead(laCode: $0.laCode) })
        }
        api.get("bodies/:body") { _, context -> Response in
            let body = try await deps.register.body(try context.parameters.require("body"))
            _ = try context.requireBody(body, allowBoard: true)
            return try JSON.response(body)
        }
        api.get("bodies/:body/instruments") { _, context -> Response in
            let body = try await deps.register.body(try context.parameters.require("body"))
            _ = try context.requireBody(body)
            return try JSON.response(try await deps.register.instruments(bodyID: body.id))
        }
        api.get("bodies/:body/appointments") { request, context -> Response in
            let body = try await deps.register.body(try context.parameters.require("body"))
            _ = try context.requireBody(body)
            let date = try Query.date(request, "as_of") ?? deps.today
            let history = Query.string(request, "history") == "true"
            return try JSON.response(try await deps.register.appointments(bodyID: body.id, servingOn: history ? nil : date))
        }
        api.get("bodies/:body/check") { request, context -> Response in
            let body = try await deps.register.body(try context.parameters.require("body"))
            _ = try context.requireBody(body)
            return try JSON.response(
                try await ConstitutionReport.make(
                    register: deps.register, body: body, on: try Query.date(request, "as_of") ?? deps.today,
                    rules: deps.settings.rules))
        }
        api.get("vacancies") { request, context -> Response in
            let identity = try context.require(.officer)
            let date = try Query.date(request, "as_of")
            let vacancies = try await deps.register.vacancies(
                laCode: try Query.int(request, "la"),
                openOn: Query.string(request, "all") == "true" ? nil : date ?? deps.today)
            let bodies = try await deps.register.bodies()
            let allowed = Set(bodies.filter { identity.mayRead(laCode: $0.laCode) }.map(\.id))
            return try JSON.response(vacancies.filter { allowed.contains($0.bodyID) })
        }
        api.get("people/:person/training") { _, context -> Response in
            let person = try context.parameters.require("person", as: Int64.self)
            _ = try await context.requireOfficer(forPerson: person, deps.register)
            return try JSON.response(try await deps.register.training(personID: person))
        }
        api.get("reconstitution") { request, context -> Response in
            let identity = try context.require(.officer, .board)
            let la = try Query.int(request, "la")
            if let la, !identity.mayRead(laCode: la) { throw APIError.forbidden }
            let overview = try await deps.register.reconstitutionOverview(
                laCode: la, asOf: try Query.date(request, "as_of") ?? deps.today,
                deadline: deps.tracking.reconstitutionDeadline)
            return try JSON.response(overview.filter { identity.mayRead(laCode: $0.laCode) })
        }
        api.get("profiles") { _, context -> Response in
            _ = try context.require(.officer, .board)
            return try JSON.response(try await deps.register.profiles().map { ProfileSummary(id: $0.id, profile: $0.profile) })
        }
        api.get("alerts") { request, context -> Response in
            let identity = try context.caller()
            var bodyID: Int64? = nil
            switch identity.role {
            case .board: throw APIError.forbidden
            case .chair: bodyID = identity.bodyID
            case .officer:
                if let reference = Query.string(request, "body") { bodyID = try await deps.register.body(reference).id }
            }
            let openOnly = Query.string(request, "open") == "true"
            let la = try Query.int(request, "la")
            // A page at a time: the borough's alert history runs to thousands.
            let limit = try Query.int(request, "limit") ?? 100
            let offset = try Query.int(request, "offset") ?? 0
            guard (1...1_000).contains(limit) else { throw APIError(.badRequest, "limit: expected 1 to 1000, found \(limit)") }
            guard offset >= 0 else { throw APIError(.badRequest, "offset: expected 0 or more, found \(offset)") }
            let key = "alerts|\(identity.laCodes ?? [])|\(bodyID ?? 0)|\(la ?? 0)|\(openOnly)|\(limit)|\(offset)"
            let cached = try await deps.responses.value(key) { [bodyID] in
                let alerts = try await deps.register.alerts(openOnly: openOnly, bodyID: bodyID, laCode: la)
                    .filter { a in a.laCode.map(identity.mayRead(laCode:)) ?? true }
                let page = Array(alerts.dropFirst(offset).prefix(limit))
                return try JSON.cached(page, extra: [.totalCount: String(alerts.count)])
            }
            return cached.response
        }
    }
}

extension HTTPField.Name {
    /// How many items a paged list holds in all.
    static let totalCount = HTTPField.Name("X-Total-Count")!
}

/// A profile as the API lists it.
struct ProfileSummary: Encodable {
    var id: Int64
    var profile: CommunityProfile
}
