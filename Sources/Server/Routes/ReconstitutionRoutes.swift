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
            let (_, register, body) = try await context.body(deps)
            let b = try await Query.body(request, as: StartBody.self)
            let id = try await register.startReconstitution(
                bodyID: body.id, on: try WriteRoutes.requiredDate(b.date, "date"), note: b.note)
            return try JSON.response(["reconstitution_id": id], status: .created)
        }
        api.get("reconstitution/rounds") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let bodyID = try await context.listedBody(Query.string(request, "body"), register)
            let rounds = try await register.reconstitutions(bodyID: bodyID, laCode: try await Query.authority(request, register))
            return try JSON.response(rounds)
        }
    }
}
