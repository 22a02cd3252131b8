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
            let identity = try context.require(.officer)
            let date = try Query.date(request, "as_of") ?? deps.today
            let servingOn = Query.string(request, "history") == "true" ? nil : date
            let codes: [Int?]
            if let la = try Query.int(request, "la") {
                guard identity.mayRead(laCode: la) else { throw APIError.forbidden }
                codes = [la]
            } else {
                codes = identity.laCodes ?? [nil]
            }
            var rows: [Appointment] = []
            for code in codes { rows += try await deps.register.appointments(servingOn: servingOn, laCode: code) }
            return try JSON.response(rows)
        }
        api.post("appointments/:id/reappoint") { request, context -> Response in
            let (identity, previous) = try await context.requireOfficer(
                forAppointment: try context.parameters.require("id", as: Int64.self), deps.register)
            let b = try await Query.body(request, as: ReappointBody.self)
            let register = deps.register(for: identity)
            let id = try await register.reappoint(
                previous.id, start: try W.date(b.start, "start"), termEnd: try W.date(b.termEnd, "term_end"),
                termYears: b.termYears, today: deps.today)
            deps.responses.clear()
            return try JSON.response(try await register.appointment(id), status: .created)
        }
        api.post("appointments/:id/role") { request, context -> Response in
            let (identity, appointment) = try await context.requireOfficer(
                forAppointment: try context.parameters.require("id", as: Int64.self), deps.register)
            let b = try await Query.body(request, as: RoleBody.self)
            let register = deps.register(for: identity)
            try await register.setRole(
                appointment.id,
                role: try W.value(GovernorRole(userInput: b.role), "role", b.role, expected: "member, chair or vice-chair"),
                today: deps.today)
            // Chairs are a breakdown of the borough's figures.
            deps.responses.clear()
            return try JSON.response(try await register.appointment(appointment.id))
        }
        api.post("appointments/:id/surplus-departure") { request, context -> Response in
            let (identity, appointment) = try await context.requireOfficer(
                forAppointment: try context.parameters.require("id", as: Int64.self), deps.register)
            let b = try await Query.body(request, as: DepartureBody.self)
            let register = deps.register(for: identity)
            try await register.recordSurplusDeparture(
                appointmentID: appointment.id,
                decidedBy: try W.value(
                    DepartureAuthority(userInput: b.decidedBy), "decided_by", b.decidedBy,
                    expected: "governing-body, appointing-body, local-authority or resignation"),
                decidedOn: try W.requiredDate(b.decidedOn, "decided_on"), leavesOn: try W.date(b.leavesOn, "leaves_on"),
                note: b.note)
            deps.responses.clear()
            return try JSON.response(try await register.appointment(appointment.id), status: .created)
        }
        api.post("vacancies/:id/close") { request, context -> Response in
            _ = try context.require(.officer)
            let vacancy = try await deps.register.vacancy(try context.parameters.require("id", as: Int64.self))
            let identity = try await context.requireOfficer(forBody: vacancy.bodyID, deps.register)
            let b = try await Query.body(request, as: CloseBody.self)
            let register = deps.register(for: identity)
            try await register.closeVacancy(vacancy.id, on: try W.requiredDate(b.on, "on"), reason: b.reason)
            deps.responses.clear()
            return try JSON.response(try await register.vacancy(vacancy.id))
        }
    }
}
