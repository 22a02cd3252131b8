import APIContract
import Application
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
        let name = b.forename.flatMap { forename in
            b.surname.map { PersonName(title: b.title, forename1: forename, surname: $0) }
        }
        let appointment = try await entry().appoint(
            .init(
                body: b.body, personID: b.personId.map { PersonID($0) }, name: name, category: Wire.map(b.category),
                appointingBody: b.appointingBody, role: b.role.map { Wire.map($0) } ?? .member,
                start: try bodyDate(b.start, "start"), termEnd: try bodyDate(b.termEnd, "term_end"), termYears: b.termYears,
                employedAtSchool: b.employedAtSchool ?? false, fillsVacancy: b.fillsVacancy.map { VacancyID($0) },
                allowOverEstablishment: b.allowOverEstablishment ?? false, confirmedNewPerson: b.newPerson ?? false,
                reason: b.reason))
        return .created(.init(body: .json(.init(appointment))))
    }

    func postAppointmentsIdEnd(_ input: Operations.PostAppointmentsIdEnd.Input) async throws
        -> Operations.PostAppointmentsIdEnd.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let ended = try await entry().end(AppointmentID(input.path.id), on: try bodyDate(b.on, "on"), reason: Wire.map(b.reason))
        return .ok(.init(body: .json(.init(ended))))
    }

    func postAppointmentsIdReappoint(_ input: Operations.PostAppointmentsIdReappoint.Input) async throws
        -> Operations.PostAppointmentsIdReappoint.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let next = try await entry().reappoint(
            AppointmentID(input.path.id), start: try bodyDate(b.start, "start"), termEnd: try bodyDate(b.termEnd, "term_end"),
            termYears: b.termYears)
        return .created(.init(body: .json(.init(next))))
    }

    func postAppointmentsIdRole(_ input: Operations.PostAppointmentsIdRole.Input) async throws
        -> Operations.PostAppointmentsIdRole.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        return .ok(.init(body: .json(.init(try await entry().setRole(AppointmentID(input.path.id), role: Wire.map(b.role))))))
    }

    func postAppointmentsIdSurplusDeparture(_ input: Operations.PostAppointmentsIdSurplusDeparture.Input) async throws
        -> Operations.PostAppointmentsIdSurplusDeparture.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let leaving = try await entry().departAsSurplus(
            AppointmentID(input.path.id), decidedBy: Wire.map(b.decidedBy), decidedOn: try bodyDate(b.decidedOn, "decided_on"),
            leavesOn: try bodyDate(b.leavesOn, "leaves_on"), note: b.note)
        return .created(.init(body: .json(.init(leaving))))
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
        let id = try await VacancyEntry(register: try register()).open(
            body: b.body, category: Wire.map(b.category), openedOn: try bodyDate(b.opened, "opened"),
            reason: Wire.map(b.reason), note: b.note)
        return .created(.init(body: .json(.init(id: id.rawValue))))
    }

    func postVacanciesIdFill(_ input: Operations.PostVacanciesIdFill.Input) async throws -> Operations.PostVacanciesIdFill.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let filled = try await VacancyEntry(register: try register())
            .fill(VacancyID(input.path.id), with: AppointmentID(b.appointmentId), on: try bodyDate(b.on, "on"))
        return .ok(.init(body: .json(.init(filled))))
    }

    func postVacanciesIdClose(_ input: Operations.PostVacanciesIdClose.Input) async throws
        -> Operations.PostVacanciesIdClose.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let closed = try await VacancyEntry(register: try register()).close(
            VacancyID(input.path.id), on: try bodyDate(b.on, "on"), reason: b.reason)
        return .ok(.init(body: .json(.init(closed))))
    }

    /// The appointments use case for the caller.
    private func entry() throws -> AppointmentEntry { AppointmentEntry(register: try register(), today: deps.today) }
}
