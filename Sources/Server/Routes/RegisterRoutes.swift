import Application
import Foundation
import Governance
import HTTPTypes
import Hummingbird
import Reports
import Store

/// Register resources under /api/v1: schools, bodies, instruments, appointments, vacancies,
/// training, reconstitution, profiles. Every read goes through the caller's scoped register, so
/// another authority's rows are neither listed nor found.
enum RegisterRoutes {
    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        api.get("schools") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            return try JSON.response(try await register.schools(laCode: try await Query.authority(request, register)))
        }
        api.get("schools/:urn") { _, context -> Response in
            let register = deps.register(for: try context.caller())
            return try JSON.response(try await register.school(urn: try Int(context.pathID("urn"))))
        }
        api.get("bodies") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            return try JSON.response(try await register.bodies(laCode: try await Query.authority(request, register)))
        }
        api.get("bodies/:body") { _, context -> Response in
            let (_, _, body) = try await context.body(deps)
            return try JSON.response(body)
        }
        api.get("bodies/:body/instruments") { _, context -> Response in
            let (_, register, body) = try await context.body(deps)
            return try JSON.response(try await register.instruments(bodyID: body.id))
        }
        api.get("bodies/:body/appointments") { request, context -> Response in
            let (_, register, body) = try await context.body(deps)
            let date = try Query.date(request, "as_of") ?? deps.today
            let history = Query.string(request, "history") == "true"
            return try JSON.response(try await register.appointments(bodyID: body.id, servingOn: history ? nil : date))
        }
        api.get("bodies/:body/check") { request, context -> Response in
            let (_, register, body) = try await context.body(deps)
            return try JSON.response(
                try await ConstitutionCheckRun(register: register, rules: deps.settings.rules)
                    .check(body, on: try Query.date(request, "as_of") ?? deps.today))
        }
        api.get("vacancies") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let date = try Query.date(request, "as_of")
            return try JSON.response(
                try await register.vacancies(
                    laCode: try await Query.authority(request, register),
                    openOn: Query.string(request, "all") == "true" ? nil : date ?? deps.today))
        }
        api.get("people/:person/training") { _, context -> Response in
            let register = deps.register(for: try context.caller())
            let person = try context.pathID("person")
            _ = try await register.person(person)
            return try JSON.response(try await register.training(personID: person))
        }
        api.get("reconstitution") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let overview = try await register.reconstitutionOverview(
                laCode: try await Query.authority(request, register), asOf: try Query.date(request, "as_of") ?? deps.today,
                deadline: deps.tracking.reconstitutionDeadline)
            return try JSON.response(overview)
        }
        api.get("profiles") { _, context -> Response in
            let register = deps.register(for: try context.caller())
            return try JSON.response(try await register.profiles().map { ProfileSummary(id: $0.id, profile: $0.profile) })
        }
        api.get("alerts") { request, context -> Response in
            let identity = try context.caller()
            let register = deps.register(for: identity)
            var bodyID: Int64? = nil
            if identity.role == .chair {
                bodyID = identity.bodyID
            } else if let reference = Query.string(request, "body") {
                bodyID = try await register.body(reference).id
            }
            let openOnly = Query.string(request, "open") == "true"
            let la = try await Query.authority(request, register)
            // A page at a time: the borough's alert history runs to thousands.
            let limit = try Query.int(request, "limit") ?? 100
            let offset = try Query.int(request, "offset") ?? 0
            guard (1...1_000).contains(limit) else { throw APIError(.badRequest, "limit: expected 1 to 1000, found \(limit)") }
            guard offset >= 0 else { throw APIError(.badRequest, "offset: expected 0 or more, found \(offset)") }
            let key = "alerts|\(identity.scope)|\(bodyID ?? 0)|\(la ?? 0)|\(openOnly)|\(limit)|\(offset)"
            let cached = try await deps.responses.value(key) { [bodyID] in
                let alerts = try await register.alerts(openOnly: openOnly, bodyID: bodyID, laCode: la)
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
