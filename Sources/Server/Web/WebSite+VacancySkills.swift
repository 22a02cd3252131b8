import Application
import Foundation
import Governance
import Hummingbird
import Store

/// An officer's skills audit entries in the browser (docs/skills.md): tagging an open vacancy
/// with a skill it seeks, removing a tag, and making a governor's one-time skills audit link.
extension WebSite {
    func tagVacancySkill(_ page: PageRequest) async throws -> Response {
        try await changeVacancySkill(page, remove: false)
    }

    func untagVacancySkill(_ page: PageRequest) async throws -> Response {
        try await changeVacancySkill(page, remove: true)
    }

    // Both forms post a vacancy and a question code; the use case is the command line's.
    private func changeVacancySkill(_ page: PageRequest, remove: Bool) async throws -> Response {
        let person = page.signedIn
        let (register, body) = try await self.body(page.parameter("body"), for: person)
        let vacancy = Identified.number(in: page.field("vacancy"), prefix: Identified.Vacancy.prefix).map { VacancyID($0) }
        let code = page.field("question").trimmingCharacters(in: .whitespaces)
        var errors: [FieldError] = []
        if vacancy == nil { errors.append(FieldError(field: "sought_vacancy", message: "Select the open vacancy")) }
        if code.isEmpty { errors.append(FieldError(field: "sought_question", message: "Select the skill it seeks")) }
        if errors.isEmpty, let vacancy {
            // Only a vacancy on this body: another body's is not found here.
            guard try await register.vacancy(vacancy).bodyID == body.id else {
                throw StoreError.notFound("no vacancy \(vacancy.labelled) on this body")
            }
            let audit = SkillsAudit(register: register)
            do {
                if remove {
                    try await audit.stopSeeking(vacancy, codes: [code], framework: nil, field: "Skill")
                } else {
                    _ = try await audit.seek(vacancy, codes: [code], framework: nil, on: deps.today, field: "Skill")
                }
                deps.responses.clear()
                let outcome = remove ? "untagged" : "tagged"
                return Self.redirect(
                    "/bodies/\(body.id.rawValue)?\(outcome)=\(vacancy.rawValue)&skill=\(Self.percentEncoded(code))#skills-sought")
            } catch let violation as RuleViolation {
                errors.append(FieldError(field: "sought_question", message: Self.sentence(violation.description)))
            } catch StoreError.invalid(let sentence) {
                errors.append(FieldError(field: "sought_question", message: Self.sentence(sentence)))
            } catch StoreError.conflict(let sentence) {
                errors.append(FieldError(field: "sought_vacancy", message: Self.sentence(sentence)))
            }
        }
        return try await bodyPageWithErrors(page, register: register, body: body, errors: errors)
    }

    /// Makes a one-time skills audit link for one of the person's serving appointments and shows it
    /// on the person page, as `govmon skills invite` does.
    func makeSkillsLink(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let register = register(for: person)
        let id = try personID(page)
        guard let number = Identified.number(in: page.field("appointment"), prefix: Identified.Appointment.prefix) else {
            return try await personPage(
                page, id: id, errors: [FieldError(field: "skills_appointment", message: "Select the appointment")])
        }
        let appointment = AppointmentID(number)
        // Only this person's appointment: another's is not found here.
        guard try await register.appointment(appointment).personID == id else {
            throw StoreError.notFound("no appointment \(appointment.labelled) for this person")
        }
        do {
            let made = try await SkillsAudit(register: register).invite(appointment, framework: nil, today: deps.today)
            let origin = page.request.head.authority.map { "http://\($0)" } ?? ""
            return try await personPage(page, id: id, skillsLink: origin + made.path)
        } catch let violation as RuleViolation {
            return try await personPage(
                page, id: id,
                errors: [FieldError(field: "skills_appointment", message: Self.sentence(violation.description))])
        } catch StoreError.notFound(let sentence) {
            // No framework loaded yet: say so on the form rather than as a missing page.
            return try await personPage(
                page, id: id, errors: [FieldError(field: "skills_appointment", message: Self.sentence(sentence))])
        }
    }
}
