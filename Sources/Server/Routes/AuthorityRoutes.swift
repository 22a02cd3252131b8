import Foundation
import Governance
import Hummingbird
import Reports
import Store

/// Local authorities: the list, adding one, its ONS code, the register summary and the
/// representativeness trend from stored snapshots (`govmon la`, `register summary`, `represent trend`).
enum AuthorityRoutes {
    struct NewAuthorityBody: Decodable {
        var code: Int
        var name: String
        var onsCode: String?
    }

    struct ONSCodeBody: Decodable { var onsCode: String }

    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        api.get("authorities") { _, context -> Response in
            let identity = try context.require(.officer, .board)
            return try JSON.response(try await deps.register.localAuthorities().filter { identity.mayRead(laCode: $0.code) })
        }
        api.post("authorities") { request, context -> Response in
            let identity = try context.require(.officer)
            let b = try await Query.body(request, as: NewAuthorityBody.self)
            // An officer limited to some authorities may not create others.
            guard identity.mayRead(laCode: b.code) else { throw APIError.forbidden }
            let register = deps.register(for: identity)
            try await register.addLocalAuthority(LocalAuthority(code: b.code, name: b.name), onsCode: b.onsCode)
            return try JSON.response(try await register.localAuthority(String(b.code)), status: .created)
        }
        api.post("authorities/:la/ons-code") { request, context -> Response in
            let la = try await deps.register.localAuthority(try context.parameters.require("la"))
            let identity = try context.requireAuthority(la.code, roles: .officer)
            let b = try await Query.body(request, as: ONSCodeBody.self)
            try await deps.register(for: identity).setONSCode(laCode: la.code, onsCode: b.onsCode)
            // The ONS code decides which census profile the borough's figures compare with.
            deps.responses.clear()
            return try JSON.response(ONSCodeResult(laCode: la.code, onsCode: b.onsCode))
        }
        api.get("authorities/:la/summary") { request, context -> Response in
            let la = try await deps.register.localAuthority(try context.parameters.require("la"))
            _ = try context.requireAuthority(la.code, roles: .officer, .board)
            let summary = try await deps.register.summary(laCode: la.code, asOf: try Query.date(request, "as_of") ?? deps.today)
            return try JSON.response(SummaryResponse(summary))
        }
        api.get("authorities/:la/representativeness/trend") { _, context -> Response in
            let la = try await deps.register.localAuthority(try context.parameters.require("la"))
            let identity = try context.requireAuthority(la.code, roles: .officer, .board)
            let snapshots = try await deps.register.snapshots(laCode: la.code, boroughOnly: true)
            if identity.role == .officer { return try JSON.response(snapshots.map(TrendPoint.init)) }
            // The board sees each snapshot's counts through the disclosure rule.
            return try JSON.response(
                snapshots.map { PublishedTrendPoint($0, policy: deps.settings.disclosure) })
        }
    }
}

/// The answer to setting an ONS code.
struct ONSCodeResult: Encodable {
    var laCode: Int
    var onsCode: String

    enum CodingKeys: String, CodingKey {
        case laCode = "la_code", onsCode = "ons_code"
    }
}
