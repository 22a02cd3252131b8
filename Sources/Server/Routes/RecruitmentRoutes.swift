import Foundation
import Governance
import Hummingbird
import Store

/// Planned headteacher appointments, which the refresher-training check reads (`recruitment
/// plan|cancel|list`).
enum RecruitmentRoutes {
    struct PlanBody: Decodable {
        var planned: String
        var recorded: String?
        var note: String?
    }

    struct CancelBody: Decodable { var on: String }

    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        typealias W = WriteRoutes
        api.post("bodies/:body/headteacher-recruitments") { request, context -> Response in
            let body = try await deps.register.body(try context.parameters.require("body"))
            let identity = try MoreWriteRoutes.officer(context, body: body)
            let b = try await Query.body(request, as: PlanBody.self)
            let id = try await deps.register(for: identity).planHeadteacherRecruitment(
                bodyID: body.id, recordedOn: try W.date(b.recorded, "recorded") ?? deps.today,
                plannedOn: try W.requiredDate(b.planned, "planned"), note: b.note)
            return try JSON.response(["headteacher_recruitment_id": id], status: .created)
        }
        api.post("headteacher-recruitments/:id/cancel") { request, context -> Response in
            _ = try context.require(.officer)
            let planned = try await deps.register.headteacherRecruitment(try context.parameters.require("id", as: Int64.self))
            let identity = try await context.requireOfficer(forBody: planned.bodyID, deps.register)
            let b = try await Query.body(request, as: CancelBody.self)
            let register = deps.register(for: identity)
            try await register.cancelHeadteacherRecruitment(planned.id, on: try W.requiredDate(b.on, "on"))
            return try JSON.response(try await register.headteacherRecruitment(planned.id))
        }
        api.get("headteacher-recruitments") { request, context -> Response in
            let (_, bodyID) = try await context.listedBody(Query.string(request, "body"), deps.register, roles: .officer, .chair)
            let readable = try await context.readableBodies(deps.register)
            return try JSON.response(
                try await deps.register.headteacherRecruitments(bodyID: bodyID).filter { readable.contains($0.bodyID) })
        }
    }
}
