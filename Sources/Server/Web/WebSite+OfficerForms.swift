import Application
import Foundation
import Governance
import Hummingbird
import Store

/// An officer's forms: appointing a governor (an entry check overridden with a reason), recording
/// training, and voiding a training record with a reason. Each calls the use case the command
/// line calls; a rule it breaks comes back as the form's error summary.
extension WebSite {
    /// What the appointment form was given, to show it again beside its errors.
    struct AppointForm {
        var forename = ""
        var surname = ""
        var personID = ""
        var category = ""
        var start = ""
        var termYears = "4"
        var reason = ""
        var allowOver = false
        var error: String?
    }

    func appoint(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let (register, body) = try await self.body(page.parameter("body"), for: person)
        var form = AppointForm(
            forename: page.field("forename"), surname: page.field("surname"), personID: page.field("person"),
            category: page.field("category"), start: page.field("start"), termYears: page.field("term_years"),
            reason: page.field("reason"), allowOver: page.field("allow_over") == "yes")
        var errors: [FieldError] = []
        let category = GovernorCategory(rawValue: form.category)
        let start = CalendarDate(typed: form.start)
        let years = Int(form.termYears)
        let existing = form.personID.isEmpty ? nil : Identified.number(in: form.personID, prefix: Identified.Person.prefix)
        if category == nil { errors.append(FieldError(field: "category", message: "Select the governor's category")) }
        if start == nil { errors.append(FieldError(field: "start", message: "Enter the start date as YYYY-MM-DD")) }
        if !form.termYears.isEmpty && (years == nil || !(1...4).contains(years!)) {
            errors.append(FieldError(field: "term_years", message: "Enter the term of office as 1 to 4 years"))
        }
        if !form.personID.isEmpty && existing == nil {
            errors.append(FieldError(field: "person", message: "Enter an existing person's id, such as P12"))
        }
        if form.personID.isEmpty && (form.forename.isEmpty || form.surname.isEmpty) {
            errors.append(
                FieldError(
                    field: "forename", message: "Enter the new governor's forename and surname, or an existing person's id"))
        }
        if errors.isEmpty, let category, let start {
            let request = AppointmentEntry.Request(
                body: String(body.id.rawValue), personID: existing.map { PersonID($0) },
                name: existing == nil ? PersonName(forename1: form.forename, surname: form.surname) : nil, category: category,
                appointingBody: nil, role: .member, start: start, termEnd: nil, termYears: form.termYears.isEmpty ? nil : years,
                employedAtSchool: category == .staff || category == .headteacher, fillsVacancy: nil,
                allowOverEstablishment: form.allowOver, reason: form.allowOver ? form.reason : nil)
            do {
                let appointment = try await AppointmentEntry(register: register, today: deps.today).appoint(request)
                deps.responses.clear()
                return Self.redirect("/bodies/\(body.id.rawValue)?appointed=\(appointment.id.rawValue)#members")
            } catch let violation as RuleViolation {
                // The command line's wording of an override, in the form's words.
                let text = violation.description
                    .replacingOccurrences(
                        of: "; to record it anyway, add --allow-over-establishment --reason \"why\"",
                        with: "; to record it anyway, tick “Record it anyway” and say why"
                    )
                    .replacingOccurrences(
                        of: "--allow-over-establishment needs --reason", with: "“Record it anyway” needs a reason"
                    )
                    .replacingOccurrences(
                        of: "--reason goes with --allow-over-establishment", with: "A reason goes with “Record it anyway”")
                errors.append(FieldError(field: form.allowOver ? "reason" : "allow_over", message: Self.sentence(text)))
            }
        }
        form.error = errors.first?.message
        let overview = try await BodyOverviewQuery(register: register, settings: deps.settings).load(body, asOf: deps.today)
        var view = try await BodyView(overview, for: person, register: register)
        view.date = deps.today.iso
        view.appoint = BodyView.AppointView(form, today: deps.today)
        return self.page(
            .unprocessableContent, title: body.name, template: "body", view: view.finished(), person: person,
            path: Self.formPage(forPost: page.path), errors: errors)
    }

    func recordTraining(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let register = register(for: person)
        let id = try personID(page)
        guard let course = Int64(page.field("course")), let date = CalendarDate(typed: page.field("date")), date <= deps.today
        else {
            return try await personPage(
                page,
                errors: [
                    FieldError(field: "course", message: "Select a course and enter the date it was completed (today or earlier)")
                ])
        }
        _ = try await PersonEntry(register: register, today: deps.today).recordTraining(
            personID: id, courseID: course, completedOn: date)
        return Self.redirect("/people/\(id.rawValue)?trained=1#training")
    }

    func voidTraining(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        guard let id = Int64(page.parameter("id")) else {
            throw StoreError.notFound("no training record \(page.parameter("id"))")
        }
        let reason = page.field("reason")
        let record = try await register(for: person).training(id: id).first
        guard let record else { throw StoreError.notFound("no training record \(id)") }
        guard !reason.isEmpty else {
            return try await personPage(
                page, id: record.personID,
                errors: [FieldError(field: "reason-\(id)", message: "Enter why the training record is void")])
        }
        _ = try await RecordCorrections(register: register(for: person), today: deps.today).void(
            .training, id: id, reason: reason)
        return Self.redirect("/people/\(record.personID.rawValue)?voided=\(id)#training")
    }

    func personID(_ page: PageRequest) throws -> PersonID {
        guard let number = Identified.number(in: page.parameter("person"), prefix: Identified.Person.prefix) else {
            throw StoreError.notFound("no person \(page.parameter("person"))")
        }
        return PersonID(number)
    }

    /// A rule's sentence as a form error: capitalised, without a full stop.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
