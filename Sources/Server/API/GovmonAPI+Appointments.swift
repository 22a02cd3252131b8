import APIContract
import Foundation
import Governance
import Store

/// Appointments and vacancies (`govmon governor`, `vacancy`, `reconstitution depart`). Every write
/// is audited with the token's owner as the actor.
extension GovmonAPI {
    func getAppointments(_ input: Operations.GetAppointments.Input) async throws -> Operations.GetAppointments.Output {
        let register = try register()
        let date = try asOf(input.query.asOf)
        let appointments = try await register.appointments(
            servingOn: input.query.history == true ? nil : date, laCode: try await authority(input.query.la, register))
        return .ok(.init(body: .json(appointments.map(Schemas.Appointment.init))))
    }

    func postAppointments(_ input: Operations.PostAppointments.Input) async throws -> Operations.PostAppointments.Output {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let register = try register()
        let body = try await register.body(b.body)
        let appointee: AppointeeChoice
        if let person = b.personId {
            // Only a person the caller may already see: another authority's person is not found.
            _ = try await register.person(person)
            appointee = .existing(personID: person)
        } else {
            guard let forename = b.forename, let surname = b.surname else {
                throw APIError(.unprocessableContent, "give person_id, or forename and surname")
            }
            appointee = .new(PersonName(title: b.title, forename1: forename, surname: surname))
        }
        let id = try await register.appoint(
            NewAppointment(
                appointee: appointee, bodyID: body.id, category: Wire.map(b.category), appointingBody: b.appointingBody,
                role: b.role.map { Wire.map($0) } ?? .member, startDate: try bodyDate(b.start, "start"),
                termEnd: try bodyDate(b.termEnd, "term_end"), termYears: b.termYears,
                employedAtSchool: b.employedAtSchool ?? false, fillsVacancy: b.fillsVacancy))
        return .created(.init(body: .json(.init(try await register.appointment(id)))))
    }

    func postAppointmentsIdEnd(_ input: Operations.PostAppointmentsIdEnd.Input) async throws
        -> Operations.PostAppointmentsIdEnd.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let register = try register()
        let appointment = try await register.appointment(input.path.id)
        try await register.endAppointment(appointment.id, on: try bodyDate(b.on, "on"), reason: Wire.map(b.reason))
        return .ok(.init(body: .json(.init(try await register.appointment(appointment.id)))))
    }

    func postAppointmentsIdReappoint(_ input: Operations.PostAppointmentsIdReappoint.Input) async throws
        -> Operations.PostAppointmentsIdReappoint.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let register = try register()
        let previous = try await register.appointment(input.path.id)
        let id = try await register.reappoint(
            previous.id, start: try bodyDate(b.start, "start"), termEnd: try bodyDate(b.termEnd, "term_end"),
            termYears: b.termYears, today: deps.today)
        return .created(.init(body: .json(.init(try await register.appointment(id)))))
    }

    func postAppointmentsIdRole(_ input: Operations.PostAppointmentsIdRole.Input) async throws
        -> Operations.PostAppointmentsIdRole.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let register = try register()
        let appointment = try await register.appointment(input.path.id)
        try await register.setRole(appointment.id, role: Wire.map(b.role), today: deps.today)
        return .ok(.init(body: .json(.init(try await register.appointment(appointment.id)))))
    }

    func postAppointmentsIdSurplusDeparture(_ input: Operations.PostAppointmentsIdSurplusDeparture.Input) async throws
        -> Operations.PostAppointmentsIdSurplusDeparture.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let register = try register()
        let appointment = try await register.appointment(input.path.id)
        try await register.recordSurplusDeparture(
            appointmentID: appointment.id, decidedBy: Wire.map(b.decidedBy), decidedOn: try bodyDate(b.decidedOn, "decided_on"),
            leavesOn: try bodyDate(b.leavesOn, "leaves_on"), note: b.note)
        return .created(.init(body: .json(.init(try await register.appointment(appointment.id)))))
    }

    func getVacancies(_ input: Operations.GetVacancies.Input) async throws -> Operations.GetVacancies.Output {
        let register = try register()
        let date = try asOf(input.query.asOf)
        let vacancies = try await register.vacancies(
            laCode: try await authority(input.query.la, register), openOn: input.query.all == true ? nil : date)
        return .ok(.init(body: .json(vacancies.map(Schemas.Vacancy.init))))
    }

    func postVacancies(_ input: Operations.PostVacancies.Input) async throws -> Operations.PostVacancies.Output {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let register = try register()
        let body = try await register.body(b.body)
        let id = try await register.openVacancy(
            bodyID: body.id, category: Wire.map(b.category), openedOn: try bodyDate(b.opened, "opened"),
            reason: Wire.map(b.reason), note: b.note)
        return .created(.init(body: .json(.init(id: id))))
    }

    func postVacanciesIdFill(_ input: Operations.PostVacanciesIdFill.Input) async throws -> Operations.PostVacanciesIdFill.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let register = try register()
        let vacancy = try await register.vacancy(input.path.id)
        let appointment = try await register.appointment(b.appointmentId)
        try await register.fillVacancy(vacancy.id, with: appointment.id, on: try bodyDate(b.on, "on") ?? appointment.startDate)
        return .ok(.init(body: .json(.init(try await register.vacancy(vacancy.id)))))
    }

    func postVacanciesIdClose(_ input: Operations.PostVacanciesIdClose.Input) async throws
        -> Operations.PostVacanciesIdClose.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let register = try register()
        let vacancy = try await register.vacancy(input.path.id)
        try await register.closeVacancy(vacancy.id, on: try bodyDate(b.on, "on"), reason: b.reason)
        return .ok(.init(body: .json(.init(try await register.vacancy(vacancy.id)))))
    }
}
