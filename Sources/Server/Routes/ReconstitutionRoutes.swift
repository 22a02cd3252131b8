import Foundation
import Governance
import Hummingbird
import Store

/// Rounds of reconstitution (`reconstitution start|list`); the status of every body is
/// GET /reconstitution, stages are POST /bodies/{body}/reconstitution-stages.
enum ReconstitutionRoutes {
    struct StartBody: Decodable {
        var date: String
        var note: String?
    }

    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        api.post("bodies/:body/reconstitution-rounds") { request, context -> Response in
            let body = try await deps.register.body(try context.parameters.require("body"))
            let identity = try MoreWriteRoutes.officer(context, body: body)
            let b = try await Query.body(request, as: StartBody.self)
            let id = try await deps.register(for: identity).startReconstitution(
                bodyID: body.id, on: try WriteRoutes.requiredDate(b.date, "date"), note: b.note)
            return try JSON.response(["reconstitution_id": id], status: .created)
        }
        api.get("reconstitution/rounds") { request, context -> Response in
            let (identity, bodyID) = try await context.listedBody(
                Query.string(request, "body"), deps.register, roles: .officer, .chair)
            let la = try Query.int(request, "la")
            if let la, !identity.mayRead(laCode: la) { throw APIError.forbidden }
            let readable = try await context.readableBodies(deps.register)
            let rounds = try await deps.register.reconstitutions(bodyID: bodyID, laCode: la)
            return try JSON.response(rounds.filter { readable.contains($0.bodyID) })
        }
    }
}
