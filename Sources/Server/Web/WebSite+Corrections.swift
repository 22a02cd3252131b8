import Application
import Foundation
import Governance
import Hummingbird
import Store

/// An officer's page for one appointment: correcting its dates, or voiding it as entered by
/// mistake, each with a reason (docs/corrections.md). Both call `RecordCorrections`, as
/// `govmon appointment correct` and `govmon appointment void` do; the old version is kept, void,
/// in the body's history.
extension WebSite {
    /// What the correction form was given, to show it again beside its errors.
    struct CorrectionForm {
        var start = ""
        var termEnd = ""
        var reason = ""
    }

    func appointmentPage(
        _ page: PageRequest, form: CorrectionForm? = nil, voidReason: String = "", errors: [FieldError] = []
    ) async throws -> Response {
        let person = page.signedIn
        let appointment = try await register(for: person).appointment(try appointmentID(page))
        struct View {
            var id: Int64
            var label: String
            var person: String
            var personHref: String
            var body: String
            var bodyHref: String
            var category: String
            var role: String
            var start: String
            var termEnd: String
            var ended: String
            var csrf: String
            var form: Form
            var voidReason: String
            var startError: String?
            var termEndError: String?
            var reasonError: String?
            var voidReasonError: String?
        }
        struct Form {
            var start: String
            var termEnd: String
            var reason: String
        }
        let shown =
            form
            ?? CorrectionForm(start: appointment.startDate.iso, termEnd: appointment.termEnd?.iso ?? "", reason: "")
        func error(_ field: String) -> String? { errors.first { $0.field == field }?.message }
        let view = View(
            id: appointment.id.rawValue, label: appointment.id.labelled, person: appointment.personName,
            personHref: "/people/\(appointment.personID.rawValue)", body: appointment.bodyName,
            bodyHref: "/bodies/\(appointment.bodyID.rawValue)", category: appointment.category.label,
            role: appointment.role.commandLineName.replacingOccurrences(of: "-", with: " "),
            start: appointment.startDate.iso, termEnd: appointment.termEnd?.iso ?? "none",
            ended: appointment.endedOn.map { "\($0.iso) (\(appointment.endedReason ?? "no reason given"))" } ?? "serving",
            csrf: person.session.csrfToken,
            form: Form(start: shown.start, termEnd: shown.termEnd, reason: shown.reason), voidReason: voidReason,
            startError: error("start"), termEndError: error("term_end"), reasonError: error("reason"),
            voidReasonError: error("void_reason"))
        var banner: String?
        if let old = Self.query(page.request, "corrected") {
            banner = "The correction is saved: this record replaces appointment A\(old), which the history keeps, void."
        }
        return self.page(
            errors.isEmpty ? .ok : .unprocessableContent, title: "Appointment \(appointment.id.labelled)",
            template: "appointment", view: view, person: person, path: "/appointments/\(appointment.id.rawValue)",
            banner: banner, errors: errors)
    }

    func correctAppointment(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let id = try appointmentID(page)
        let current = try await register(for: person).appointment(id)
        let form = CorrectionForm(start: page.field("start"), termEnd: page.field("term_end"), reason: page.field("reason"))
        var errors: [FieldError] = []
        let start = CalendarDate(typed: form.start)
        let termEnd = form.termEnd.isEmpty ? nil : CalendarDate(typed: form.termEnd)
        if start == nil { errors.append(FieldError(field: "start", message: "Enter the start date as YYYY-MM-DD")) }
        if !form.termEnd.isEmpty && termEnd == nil {
            errors.append(FieldError(field: "term_end", message: "Enter the term end as YYYY-MM-DD, or leave it empty"))
        }
        if form.reason.isEmpty { errors.append(FieldError(field: "reason", message: "Enter why the record is corrected")) }
        var correction = Correction()
        if let start, start != current.startDate { correction.set(.startDate, start) }
        if errors.isEmpty, termEnd != current.termEnd { correction.set(.termEnd, termEnd) }
        if errors.isEmpty, correction.isEmpty {
            errors.append(FieldError(field: "start", message: "Change the start date or the term end to correct the record"))
        }
        if errors.isEmpty {
            do {
                let new = try await RecordCorrections(register: register(for: person), today: deps.today).correct(
                    .appointment, id: id.rawValue, with: correction, reason: form.reason)
                deps.responses.clear()
                return Self.redirect("/appointments/\(new)?corrected=\(id.rawValue)")
            } catch {
                guard let message = Self.formProblem(error) else { throw error }
                errors.append(FieldError(field: "start", message: message))
            }
        }
        return try await appointmentPage(page, form: form, errors: errors)
    }

    func voidAppointment(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let id = try appointmentID(page)
        let appointment = try await register(for: person).appointment(id)
        let reason = page.field("void_reason")
        guard !reason.isEmpty else {
            return try await appointmentPage(
                page, errors: [FieldError(field: "void_reason", message: "Enter why the appointment is void")])
        }
        do {
            _ = try await RecordCorrections(register: register(for: person), today: deps.today).void(
                .appointment, id: id.rawValue, reason: reason)
        } catch {
            guard let message = Self.formProblem(error) else { throw error }
            return try await appointmentPage(
                page, voidReason: reason, errors: [FieldError(field: "void_reason", message: message)])
        }
        deps.responses.clear()
        return Self.redirect("/bodies/\(appointment.bodyID.rawValue)/history?voided=\(id.rawValue)")
    }

    func appointmentID(_ page: PageRequest) throws -> AppointmentID {
        guard let number = Identified.number(in: page.parameter("id"), prefix: Identified.Appointment.prefix) else {
            throw StoreError.notFound("no appointment \(page.parameter("id"))")
        }
        return AppointmentID(number)
    }

    /// A refusal the person can act on (a rule broken, a conflict), as a form error; nil for
    /// anything else, which the page's error handling reports.
    static func formProblem(_ error: any Error) -> String? {
        let problem = APIError.from(error)
        guard [400, 409, 422].contains(problem.status.code) else { return nil }
        return sentence(problem.detail)
    }
}
