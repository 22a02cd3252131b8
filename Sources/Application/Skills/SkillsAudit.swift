import Governance
import Store

/// The skills audit (docs/skills.md), as every edge loads frameworks, records answers and reads a
/// body's summary.
public struct SkillsAudit: Sendable {
    public let register: Register

    public init(register: Register) { self.register = register }

    /// Reads and stores a framework file under `name`; answers its id and questions.
    public func load(path: String, displayName: String, name: String, on date: CalendarDate) async throws -> StoredSkillsFramework
    {
        let (questions, sha) = try Register.readSkillsFramework(path: path, displayName: displayName)
        _ = try await register.loadSkillsFramework(name: name, questions: questions, loadedOn: date, sha256: sha)
        return try await register.skillsFramework(named: name)
    }

    /// Records a governor's answer to a question of the framework (the latest loaded when nil).
    public func answer(
        _ appointmentID: AppointmentID, framework: String?, code: String, on date: CalendarDate, score: Int?, text: String?
    ) async throws -> Int64 {
        let stored = try await register.skillsFramework(named: framework)
        return try await register.recordSkillAnswer(
            appointmentID: appointmentID, framework: stored, code: code, on: date, score: score, text: text)
    }

    /// Who "what if these people left" supposes gone.
    public enum Leaving: Sendable, Equatable {
        /// Members whose term of office ends within this many months of the date.
        case termsEndingWithin(months: Int)
        /// These appointments.
        case appointments([AppointmentID])
    }

    /// A body's summary on `asOf`: the members serving then, their latest scores, the gaps, and
    /// the gaps if `leaving` went; with the members supposed gone (name and term end).
    public func summary(bodyID: BodyID, framework: String?, asOf: CalendarDate, leaving: Leaving) async throws
        -> (framework: StoredSkillsFramework, summary: SkillsSummary, leavers: [Appointment])
    {
        let stored = try await register.skillsFramework(named: framework)
        let members = try await register.appointments(bodyID: bodyID, servingOn: asOf)
        let scores = try await register.skillScores(bodyID: bodyID, framework: stored, asOf: asOf)
        let leavers: [Appointment]
        switch leaving {
        case .termsEndingWithin(let months):
            let horizon = asOf.adding(months: months)
            leavers = members.filter { $0.termEnd.map { $0 <= horizon } ?? false }
        case .appointments(let ids):
            if let stranger = ids.first(where: { id in !members.contains { $0.id == id } }) {
                throw RuleViolation("--leaving: appointment \(stranger.labelled) is not a member of this body on \(asOf.iso)")
            }
            leavers = members.filter { ids.contains($0.id) }
        }
        let summary = SkillsSummary(
            framework: stored.questions, members: members.map(\.id), scores: scores, leaving: Set(leavers.map(\.id)))
        return (stored, summary, leavers)
    }

    /// Days a skills audit link works.
    public static let linkDays = 28

    /// A one-time link path (`/skills/SECRET`) to the framework's form (the latest loaded when
    /// nil) for a governor serving on `today`, who answers without signing in.
    public func invite(_ appointmentID: AppointmentID, framework: String?, today: CalendarDate) async throws
        -> (path: String, framework: StoredSkillsFramework, appointment: Appointment)
    {
        let stored = try await register.skillsFramework(named: framework)
        let appointment = try await register.appointment(appointmentID)
        guard appointment.serves(on: today) else {
            throw RuleViolation(
                "appointment \(appointmentID.labelled) is not serving on \(today.iso); a skills audit link is for a serving governor"
            )
        }
        let secret = try await register.createSkillsLink(
            appointmentID: appointmentID, frameworkID: stored.id, validDays: Self.linkDays)
        return ("/skills/" + secret, stored, appointment)
    }

    /// The framework a link's form asks, or nil when the link has expired or been used.
    public func form(_ secret: String) async throws -> StoredSkillsFramework? {
        guard case .skills(_, let frameworkID) = try await register.oneTimeLink(secret) else { return nil }
        return try await register.skillsFramework(id: frameworkID)
    }

    /// Records a governor's form (every answer or none) and uses the link up; false when the link
    /// has expired or been used.
    public func submit(_ secret: String, answers: [SkillFormAnswer], on date: CalendarDate) async throws -> Bool {
        try await register.submitSkillsForm(secret, answers: answers, on: date)
    }

    /// Tags an open vacancy with the skills it seeks, as questions of the framework (the latest
    /// loaded when nil); answers the codes newly tagged. `field` names the codes in an error: the
    /// command line's `--question`, the API's `questions`, the page's `question`.
    public func seek(
        _ vacancyID: VacancyID, codes: [String], framework: String?, on date: CalendarDate, field: String = "--question"
    ) async throws -> [String] {
        guard !codes.isEmpty else { throw RuleViolation("\(field): expected at least one question code") }
        let stored = try await register.skillsFramework(named: framework)
        return try await register.seekSkills(vacancyID, codes: codes, framework: stored, on: date, field: field)
    }

    /// The skills the body's vacancies open on `date` seek, by vacancy then framework order.
    public func sought(bodyID: BodyID, openOn date: CalendarDate) async throws -> [SoughtSkill] {
        try await register.skillsSought(bodyID: bodyID, openOn: date)
    }

    /// The skills one vacancy seeks while open on `date`.
    public func sought(vacancyID: VacancyID, openOn date: CalendarDate) async throws -> [SoughtSkill] {
        let vacancy = try await register.vacancy(vacancyID)
        return try await sought(bodyID: vacancy.bodyID, openOn: date).filter { $0.vacancyID == vacancyID }
    }

    /// Removes questions from the skills a vacancy seeks.
    public func stopSeeking(_ vacancyID: VacancyID, codes: [String], framework: String?, field: String = "--question")
        async throws
    {
        guard !codes.isEmpty else { throw RuleViolation("\(field): expected at least one question code") }
        let stored = try await register.skillsFramework(named: framework)
        try await register.stopSeekingSkills(vacancyID, codes: codes, framework: stored, field: field)
    }
}
