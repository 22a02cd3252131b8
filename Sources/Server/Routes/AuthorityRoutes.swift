import Application
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
            let register = deps.register(for: try context.caller())
            return try JSON.response(try await register.localAuthorities())
        }
        api.post("authorities") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let b = try await Query.body(request, as: NewAuthorityBody.self)
            try await register.addLocalAuthority(LocalAuthority(code: b.code, name: b.name), onsCode: b.onsCode)
            return try JSON.response(try await register.localAuthority(String(b.code)), status: .created)
        }
        api.post("authorities/:la/ons-code") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let la = try await register.localAuthority(try context.pathParameter("la"))
            let b = try await Query.body(request, as: ONSCodeBody.self)
            try await register.setONSCode(laCode: la.code, onsCode: b.onsCode)
            return try JSON.response(ONSCodeResult(laCode: la.code, onsCode: b.onsCode))
        }
        api.get("authorities/:la/summary") { request, context -> Response in
            let identity = try context.caller()
            let register = deps.register(for: identity)
            let la = try await register.localAuthority(try context.pathParameter("la"))
            let summary = try await register.summary(laCode: la.code, asOf: try Query.date(request, "as_of") ?? deps.today)
            return try AudienceGate.encode(SummaryFigures(summary: summary), for: identity, deps.settings).response
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
