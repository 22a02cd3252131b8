import APIContract
import Application
import Foundation
import Governance
import Store

/// A body's skills audit summary (`govmon skills summary`; docs/skills.md).
extension GovmonAPI {
    func getBodiesBodySkills(_ input: Operations.GetBodiesBodySkills.Input) async throws
        -> Operations.GetBodiesBodySkills.Output
    {
        let (_, register, body) = try await body(input.path.body)
        let date = try asOf(input.query.asOf)
        let months = input.query.leavingWithin ?? 12
        guard (0...120).contains(months) else {
            throw APIError(.badRequest, "leaving_within: expected a number of months from 0 to 120, found \(months)")
        }
        let result = try await SkillsAudit(register: register).summary(
            bodyID: body.id, framework: input.query.framework, asOf: date, leaving: .termsEndingWithin(months: months))
        let s = result.summary
        let gaps = Set(s.questions.filter(\.isGap).map(\.code))
        let sought = try await SkillsAudit(register: register).sought(bodyID: body.id, openOn: date)
        return .ok(
            .init(
                body: .json(
                    .init(
                        framework: result.framework.name, asOf: date.iso, members: s.members,
                        answeredMembers: s.answeredMembers,
                        leavers: result.leavers.map {
                            .init(appointmentId: $0.id.rawValue, name: $0.personName, termEnd: $0.termEnd?.iso)
                        },
                        questions: s.questions.map {
                            .init(
                                category: $0.category, code: $0.code, question: $0.text, answered: $0.answered, mean: $0.mean,
                                strong: $0.strong, strongStaying: $0.strongStaying, gap: $0.isGap,
                                gapIfTheyLeft: $0.isGapIfTheyLeft)
                        },
                        sought: sought.map { Self.sought($0, gap: gaps.contains($0.code)) },
                        categories: s.categories.map {
                            .init(
                                category: $0.name, questions: $0.questions, mean: $0.mean, gaps: $0.gaps,
                                gapsIfTheyLeft: $0.gapsIfTheyLeft)
                        }))))
    }

    /// Tags a vacancy with the skills it seeks, or removes tags (`govmon skills seek`).
    func postVacanciesIdSkillsSought(_ input: Operations.PostVacanciesIdSkillsSought.Input) async throws
        -> Operations.PostVacanciesIdSkillsSought.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let audit = SkillsAudit(register: try register())
        let vacancy = VacancyID(input.path.id)
        let date = try bodyDate(b.on, "on") ?? deps.today
        if b.remove == true {
            try await audit.stopSeeking(vacancy, codes: b.questions, framework: b.framework, field: "questions")
        } else {
            _ = try await audit.seek(vacancy, codes: b.questions, framework: b.framework, on: date, field: "questions")
        }
        let sought = try await audit.sought(vacancyID: vacancy, openOn: date)
        return .ok(.init(body: .json(.init(vacancyId: vacancy.rawValue, sought: sought.map { Self.sought($0, gap: nil) }))))
    }

    private static func sought(_ skill: SoughtSkill, gap: Bool?) -> Components.Schemas.SoughtSkill {
        .init(
            vacancyId: skill.vacancyID.rawValue, vacancyCategory: skill.vacancyCategory.rawValue, category: skill.category,
            code: skill.code, question: skill.question, gap: gap)
    }
}
