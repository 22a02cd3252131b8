import Foundation
import Governance
import Hummingbird
import Store

/// Training courses and a body's training records (`training add-course|courses|list`).
enum TrainingRoutes {
    struct CourseBody: Decodable {
        var title: String
        var kind: String
        var provider: String?
    }

    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        api.get("courses") { _, context -> Response in
            return try JSON.response(try await deps.register(for: try context.caller()).courses())
        }
        api.post("courses") { request, context -> Response in
            // Courses belong to no authority: any officer may add one.
            let register = deps.register(for: try context.caller())
            let b = try await Query.body(request, as: CourseBody.self)
            let id = try await register.addCourse(
                title: b.title,
                kind: try WriteRoutes.value(
                    CourseKind(userInput: b.kind), "kind", b.kind,
                    expected: "induction, refresher, headteacher-recruitment, safeguarding or other"),
                provider: b.provider)
            return try JSON.response(["course_id": id], status: .created)
        }
        api.get("bodies/:body/training") { _, context -> Response in
            let (_, register, body) = try await context.body(deps)
            return try JSON.response(try await register.training(bodyID: body.id))
        }
    }
}
