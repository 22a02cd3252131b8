import Foundation
import Governance
import Hummingbird
import Store

/// Governors across bodies and changes to an appointment: listing, re-appointment, office,
/// leaving as surplus on reconstitution; and closing a vacancy (`governor list|reappoint|set-role`,
/// `reconstitution depart`, `vacancy close`). Officers only, within their authorities.
enum GovernorRoutes {
    struct ReappointBody: Decodable {
        var start: String?
        var termEnd: String?
        var termYears: Int?
    }

    struct RoleBody: Decodable { var role: String }

    struct DepartureBody: Decodable {
        var decidedBy: String
        var decidedOn: String
        var leavesOn: String?
        var note: String?
    }

    struct CloseBody: Decodable {
        var on: String
        var reason: String
    }

    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        typealias W = WriteRoutes
        api.get("appointments") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let date = try Query.date(request, "as_of") ?? deps.today
            let servingOn = Query.string(request, "history") == "true" ? nil : date
            return try JSON.response(
                try await register.appointments(servingOn: servingOn, laCode: try await Query.authority(request, register)))
        }
        api.post("appointments/:id/reappoint") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let previous = try await register.appointment(try context.pathID("id"))
            let b = try await Query.body(request, as: ReappointBody.self)
            let id = try await register.reappoint(
                previous.id, start: try W.date(b.start, "start"), termEnd: try W.date(b.termEnd, "term_end"),
                termYears: b.termYears, today: deps.today)
            return try JSON.response(try await register.appointment(id), status: .created)
        }
        api.post("appointments/:id/role") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let appointment = try await register.appointment(try context.pathID("id"))
            let b = try await Query.body(request, as: RoleBody.self)
            try await register.setRole(
                appointment.id,
                role: try W.value(GovernorRole(userInput: b.role), "role", b.role, expected: "member, chair or vice-chair"),
                today: deps.today)
            return try JSON.response(try await register.appointment(appointment.id))
        }
        api.post("appointments/:id/surplus-departure") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let appointment = try await register.appointment(try context.pathID("id"))
            let b = try await Query.body(request, as: DepartureBody.self)
            try await register.recordSurplusDeparture(
                appointmentID: appointment.id,
                decidedBy: try W.value(
                    DepartureAuthority(userInput: b.decidedBy), "decided_by", b.decidedBy,
                    expected: "governing-body, appointing-body, local-authority or resignation"),
                decidedOn: try W.requiredDate(b.decidedOn, "decided_on"), leavesOn: try W.date(b.leavesOn, "leaves_on"),
                note: b.note)
            return try JSON.response(try await register.appointment(appointment.id), status: .created)
        }
        api.post("vacancies/:id/close") { request, context -> Response in
            let register = deps.register(for: try context.caller())
            let vacancy = try await register.vacancy(try context.pathID("id"))
            let b = try await Query.body(request, as: CloseBody.self)
            try await register.closeVacancy(vacancy.id, on: try W.requiredDate(b.on, "on"), reason: b.reason)
            return try JSON.response(try await register.vacancy(vacancy.id))
        }
    }
}
