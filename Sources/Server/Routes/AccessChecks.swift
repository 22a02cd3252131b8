import Foundation
import Governance
import Hummingbird
import Store

/// Who may act on what, for routes that reach a body through a person, an appointment, a
/// vacancy or a planned recruitment: officers act only within their authorities.
extension ServiceContext {
    /// An officer who may see a person: one of the person's appointments, past or present, is on a
    /// body of an authority the officer may read. 403 for other roles; 404 when there is no such person.
    func requireOfficer(forPerson personID: Int64, _ register: Register) async throws -> TokenIdentity {
        let identity = try require(.officer)
        _ = try await register.person(personID)
        guard let codes = identity.laCodes else { return identity }
        for code in codes {
            if !(try await register.appointments(personID: personID, laCode: code)).isEmpty { return identity }
        }
        throw APIError.forbidden
    }

    /// An officer who may act on a body (of one of their authorities).
    func requireOfficer(forBody bodyID: Int64, _ register: Register) async throws -> TokenIdentity {
        let identity = try require(.officer)
        guard identity.mayRead(laCode: try await register.body(String(bodyID)).laCode) else { throw APIError.forbidden }
        return identity
    }

    /// An officer who may act on an appointment's body, with the appointment.
    func requireOfficer(forAppointment id: Int64, _ register: Register) async throws -> (TokenIdentity, Appointment) {
        _ = try require(.officer)
        let appointment = try await register.appointment(id)
        return (try await requireOfficer(forBody: appointment.bodyID, register), appointment)
    }

    /// The body a listing is limited to: a chair's own (403 if they name another), else the body
    /// named in `reference` (checked as `requireBody` checks it), else nil for every body the caller
    /// may read. Roles outside `roles` get 403.
    func listedBody(_ reference: String?, _ register: Register, roles: ServiceRole...) async throws -> (
        TokenIdentity, Int64?
    ) {
        let identity = try caller()
        guard roles.contains(identity.role) else { throw APIError.forbidden }
        if let reference {
            let body = try await register.body(reference)
            _ = try requireBody(body, allowBoard: roles.contains(.board))
            return (identity, body.id)
        }
        if identity.role == .chair { return (identity, identity.bodyID) }
        return (identity, nil)
    }

    /// Ids of the bodies the caller may read (officers and board: their authorities' bodies).
    func readableBodies(_ register: Register) async throws -> Set<Int64> {
        let identity = try caller()
        if identity.role == .chair { return Set(identity.bodyID.map { [$0] } ?? []) }
        return Set(try await register.bodies().filter { identity.mayRead(laCode: $0.laCode) }.map(\.id))
    }
}

extension WriteRoutes {
    /// A required date field of a request body; 422 naming the field when it is not YYYY-MM-DD.
    static func requiredDate(_ text: String, _ field: String) throws -> CalendarDate {
        try value(try date(text, field), field, text, expected: "YYYY-MM-DD")
    }
}
