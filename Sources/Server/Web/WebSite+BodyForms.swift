import Application
import Foundation
import Governance
import Hummingbird
import Store

/// An officer's forms on the body page beside appointing: ending an appointment, opening a
/// vacancy and filling one; and the body's history (ended and voided appointments too).
extension WebSite {
    func endAppointment(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let (register, body) = try await self.body(page.parameter("body"), for: person)
        let appointment = Identified.number(in: page.field("appointment"), prefix: Identified.Appointment.prefix)
        let date = CalendarDate(typed: page.field("end_date"))
        let reason = EndReason(rawValue: page.field("end_reason"))
        var errors: [FieldError] = []
        if appointment == nil { errors.append(FieldError(field: "appointment", message: "Select the appointment to end")) }
        if date == nil { errors.append(FieldError(field: "end_date", message: "Enter the date it ends as YYYY-MM-DD")) }
        if reason == nil { errors.append(FieldError(field: "end_reason", message: "Select why it ends")) }
        if errors.isEmpty, let appointment, let date, let reason {
            let id = AppointmentID(appointment)
            // Only an appointment on this body: another body's is not found here.
            guard try await register.appointment(id).bodyID == body.id else {
                throw StoreError.notFound("no appointment \(id.labelled) on this body")
            }
            do {
                _ = try await AppointmentEntry(register: register, today: deps.today).end(id, on: date, reason: reason)
                deps.responses.clear()
                return Self.redirect("/bodies/\(body.id.rawValue)?ended=\(appointment)#members")
            } catch let violation as RuleViolation {
                errors.append(FieldError(field: "end_date", message: Self.sentence(violation.description)))
            } catch StoreError.conflict(let sentence) {
                errors.append(FieldError(field: "appointment", message: Self.sentence(sentence)))
            }
        }
        return try await bodyPageWithErrors(page, register: register, body: body, errors: errors)
    }

    func openVacancy(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let (register, body) = try await self.body(page.parameter("body"), for: person)
        let category = GovernorCategory(rawValue: page.field("vacancy_category"))
        let date = CalendarDate(typed: page.field("opened"))
        let reason = VacancyReason(rawValue: page.field("vacancy_reason"))
        var errors: [FieldError] = []
        if category == nil { errors.append(FieldError(field: "vacancy_category", message: "Select the seat's category")) }
        if date == nil {
            errors.append(FieldError(field: "opened", message: "Enter the date the seat fell vacant as YYYY-MM-DD"))
        }
        if reason == nil { errors.append(FieldError(field: "vacancy_reason", message: "Select why the seat is vacant")) }
        if errors.isEmpty, let category, let date, let reason {
            do {
                let vacancy = try await VacancyEntry(register: register).open(
                    body: String(body.id.rawValue), category: category, openedOn: date, reason: reason, note: nil)
                deps.responses.clear()
                return Self.redirect("/bodies/\(body.id.rawValue)?opened=\(vacancy.rawValue)#vacancies")
            } catch let violation as RuleViolation {
                errors.append(FieldError(field: "opened", message: Self.sentence(violation.description)))
            }
        }
        return try await bodyPageWithErrors(page, register: register, body: body, errors: errors)
    }

    func fillVacancy(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let (register, body) = try await self.body(page.parameter("body"), for: person)
        let vacancy = Identified.number(in: page.field("vacancy"), prefix: Identified.Vacancy.prefix)
        let appointment = Identified.number(in: page.field("filled_by"), prefix: Identified.Appointment.prefix)
        var errors: [FieldError] = []
        if vacancy == nil { errors.append(FieldError(field: "vacancy", message: "Select the vacancy")) }
        if appointment == nil { errors.append(FieldError(field: "filled_by", message: "Select the appointment that fills it")) }
        if errors.isEmpty, let vacancy, let appointment {
            guard try await register.vacancy(VacancyID(vacancy)).bodyID == body.id else {
                throw StoreError.notFound("no vacancy \(VacancyID(vacancy).labelled) on this body")
            }
            do {
                _ = try await VacancyEntry(register: register).fill(VacancyID(vacancy), with: AppointmentID(appointment), on: nil)
                deps.responses.clear()
                return Self.redirect("/bodies/\(body.id.rawValue)?filled=\(vacancy)#vacancies")
            } catch let violation as RuleViolation {
                errors.append(FieldError(field: "vacancy", message: Self.sentence(violation.description)))
            } catch StoreError.conflict(let sentence) {
                errors.append(FieldError(field: "vacancy", message: Self.sentence(sentence)))
            } catch StoreError.invalid(let sentence) {
                errors.append(FieldError(field: "vacancy", message: Self.sentence(sentence)))
            }
        }
        return try await bodyPageWithErrors(page, register: register, body: body, errors: errors)
    }

    /// The body page again, answering a form that was refused, its errors in the summary.
    func bodyPageWithErrors(_ page: PageRequest, register: Register, body: GoverningBody, errors: [FieldError])
        async throws -> Response
    {
        let overview = try await BodyOverviewQuery(register: register, settings: deps.settings).load(body, asOf: deps.today)
        var view = try await BodyView(overview, for: page.signedIn, register: register)
        view.date = deps.today.iso
        return self.page(
            .unprocessableContent, title: body.name, template: "body", view: view.finished(), person: page.signedIn,
            path: Self.formPage(forPost: page.path), errors: errors)
    }

    /// The body's appointments over time, ended and voided ones too (marked), for an officer.
    func bodyHistory(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let (register, body) = try await self.body(page.parameter("body"), for: person)
        let all = try await Register(register.database.includingVoid()).appointments(bodyID: body.id)
            .sorted { ($0.startDate, $0.id.rawValue) > ($1.startDate, $1.id.rawValue) }
        let voided = try await register.voided(.appointment, among: all.map(\.id.rawValue))
        struct Row {
            var label: String
            var href: String?
            var name: String
            var category: String
            var role: String
            var start: String
            var end: String
            var state: String
        }
        struct View {
            var id: Int64
            var name: String
            var rows: [Row]
        }
        let rows = all.map { a in
            let why = a.endedReason?.replacingOccurrences(of: "_", with: " ") ?? "ended"
            let void = voided.contains(a.id.rawValue)
            return Row(
                label: a.id.labelled, href: void ? nil : "/appointments/\(a.id.rawValue)", name: a.personName,
                category: a.category.label,
                role: a.role.rawValue.replacingOccurrences(of: "_", with: " "), start: a.startDate.iso,
                end: a.endedOn.map { "\($0.iso) (\(why))" } ?? "",
                state: void ? "void" : (a.serves(on: deps.today) ? "serving" : "ended"))
        }
        let banner = Self.query(page.request, "voided").map { "Appointment A\($0) is void; this history keeps it." }
        return self.page(
            title: "History of \(body.name)", template: "body-history",
            view: View(id: body.id.rawValue, name: body.name, rows: rows),
            person: person, path: page.path, banner: banner)
    }
}
