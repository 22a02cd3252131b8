import Foundation
import Governance
import Hummingbird
import Store

/// Changing a school's details (`govmon school update`); the audit trail keeps the old values.
enum SchoolUpdateRoutes {
    /// Fields to change; those left out stay as they are.
    struct SchoolChangesBody: Decodable {
        var name: String?
        var category: String?
        var foundation: String?
        var phase: String?
        var ward: String?
        var closed: String?
    }

    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        typealias W = WriteRoutes
        api.post("schools/:urn") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let urn = Int(try context.pathID("urn"))
            _ = try await register.school(urn: urn)
            let b = try await Query.body(request, as: SchoolChangesBody.self)
            let changes = SchoolChanges(
                name: b.name,
                category: try b.category.map {
                    try W.value(SchoolCategory(userInput: $0), "category", $0, expected: "a school category")
                },
                foundationStatus: try b.foundation.map {
                    try W.value(FoundationStatus(userInput: $0), "foundation", $0, expected: "with, without or qualifying")
                },
                phase: b.phase, ward: b.ward, closeDate: try W.date(b.closed, "closed"))
            try await register.updateSchool(urn: urn, changes: changes)
            return try JSON.response(try await register.school(urn: urn))
        }
    }
}
