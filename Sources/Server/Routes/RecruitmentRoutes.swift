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
            let (_, register, body) = try await context.body(deps)
            let b = try await Query.body(request, as: PlanBody.self)
            let id = try await register.planHeadteacherRecruitment(
                bodyID: body.id, recordedOn: try W.date(b.recorded, "recorded") ?? deps.today,
                plannedOn: try W.requiredDate(b.planned, "planned"), note: b.note)
            return try JSON.response(["headteacher_recruitment_id": id], status: .created)
        }
        api.post("headteacher-recruitments/:id/cancel") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let planned = try await register.headteacherRecruitment(try context.pathID("id"))
            let b = try await Query.body(request, as: CancelBody.self)
            try await register.cancelHeadteacherRecruitment(planned.id, on: try W.requiredDate(b.on, "on"))
            return try JSON.response(try await register.headteacherRecruitment(planned.id))
        }
        api.get("headteacher-recruitments") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let bodyID = try await context.listedBody(Query.string(request, "body"), register)
            return try JSON.response(try await register.headteacherRecruitments(bodyID: bodyID))
        }
    }
}
