import Application
import Foundation
import Governance
import Store
import TestSupport
import Testing

extension ServiceCoverageTests {
    /// A body's skills audit summary over the API (docs/skills.md), for the officer and the body's
    /// own chair; the board and another authority's officer are refused; a bad leaving_within is a
    /// 400 and no framework a 404.
    @Test func aBodysSkillsSummary() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            try await Self.run(register) { api in
                let uri = "/api/v1/bodies/\(w.body.rawValue)/skills?as_of=2015-06-01"
                let none = try await api.call(.get, "/api/v1/bodies/\(w.body.rawValue)/skills", as: w.officer)
                #expect(none.status == .notFound)
                let audit = SkillsAudit(register: register)
                _ = try await audit.load(
                    path: try Fixtures.file(Fixtures.skillsFramework), displayName: "skills.csv", name: "Merton 2015",
                    on: Fixtures.d("2015-03-01"))
                let members = try await register.appointments(bodyID: w.body, servingOn: Fixtures.d("2015-06-01"))
                for (member, code, score) in [(0, "FIN1", 5), (0, "FIN2", 4), (1, "FIN1", 3)] {
                    _ = try await audit.answer(
                        members[member].id, framework: nil, code: code, on: Fixtures.d("2015-04-01"), score: score, text: nil)
                }
                try await api.refuses(.get, uri, [w.board, w.sutton])
                // Hand count: nine members (terms 2015-01-01 to 2018-12-31, none ending within twelve
                // months of 2015-06-01), two answered. FIN1: 5 and 3, mean 4.0, one strong; FIN2: 4,
                // one strong; SL1 unanswered, a gap. Finance: (5 + 4 + 3) / 3 = 4.0, no gaps.
                for token in [w.officer, w.chair] {
                    let answer = try await api.call(.get, uri, as: token)
                    #expect(answer.status == .ok)
                    let summary = JSONShape.object(answer.json)
                    #expect(summary["framework"] as? String == "Merton 2015")
                    #expect(summary["members"] as? Int == 9 && summary["answered_members"] as? Int == 2)
                    #expect(JSONShape.list(summary["leavers"]).isEmpty)
                    let questions = JSONShape.list(summary["questions"])
                    #expect(questions.map { $0["code"] as? String } == ["FIN1", "FIN2", "SL1"])
                    #expect(questions.map { $0["strong"] as? Int } == [1, 1, 0])
                    #expect(questions.map { $0["gap"] as? Bool } == [false, false, true])
                    #expect(questions[0]["mean"] as? Double == 4.0 && questions[2]["mean"] == nil)
                    let categories = JSONShape.list(summary["categories"])
                    #expect(categories.map { $0["category"] as? String } == ["Finance", "Strategy"])
                    #expect(categories[0]["mean"] as? Double == 4.0 && categories.map { $0["gaps"] as? Int } == [0, 1])
                }
                // Everyone's term ends within 48 months: every strong answer would go.
                let all = try await api.call(.get, uri + "&leaving_within=48", as: w.officer)
                #expect(JSONShape.list(JSONShape.object(all.json)["leavers"]).count == 9)
                #expect(
                    JSONShape.list(JSONShape.object(all.json)["questions"]).allSatisfy { $0["gap_if_they_left"] as? Bool == true }
                )
                #expect(try await api.call(.get, uri + "&leaving_within=-1", as: w.officer).status == .badRequest)
            }
        }
    }

    /// Tagging a vacancy with the skills it seeks over the API (`govmon skills seek`): officers
    /// only; an unknown code or a remove of a tag not there refuses the whole request; the body's
    /// summary lists the tags, a gap marked; a closed vacancy is a 409.
    @Test func aVacancysSkillsSought() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            let vacancy = try await register.openVacancy(
                bodyID: w.body, category: .coOpted, openedOn: Fixtures.d("2015-05-01"), reason: .resigned, note: nil)
            _ = try await SkillsAudit(register: register).load(
                path: try Fixtures.file(Fixtures.skillsFramework), displayName: "skills.csv", name: "Merton 2015",
                on: Fixtures.d("2015-03-01"))
            try await Self.run(register) { api in
                let uri = "/api/v1/vacancies/\(vacancy.rawValue)/skills-sought"
                let tag = #"{"questions": ["FIN2", "sl1"], "on": "2015-05-02"}"#
                try await api.refuses(.post, uri, [w.board, w.chair, w.sutton, w.dpo], tag)
                let unknown = try await api.call(.post, uri, as: w.officer, #"{"questions": ["FIN2", "XX9"]}"#)
                #expect(unknown.status == .unprocessableContent)
                #expect(
                    JSONShape.object(unknown.json)["detail"] as? String
                        == #"questions: expected a code of the framework "Merton 2015", found "XX9""#)
                #expect(try await register.skillsSought(bodyID: w.body, openOn: Fixtures.d("2015-06-01")).isEmpty)

                let tagged = try await api.call(
                    .post, "/api/v1/vacancies/\(vacancy.rawValue)/skills-sought", as: w.officer, tag)
                #expect(tagged.status == .ok)
                let sought = JSONShape.list(JSONShape.object(tagged.json)["sought"])
                // Framework order: FIN2 (Finance) before SL1 (Strategy); codes as the framework spells them.
                #expect(sought.map { $0["code"] as? String } == ["FIN2", "SL1"])
                #expect(sought.allSatisfy { $0["vacancy_category"] as? String == "co_opted" && $0["gap"] == nil })
                // No member has answered, so both are gaps in the body's summary.
                let summary = JSONShape.object(
                    try await api.call(.get, "/api/v1/bodies/\(w.body.rawValue)/skills?as_of=2015-06-01", as: w.chair).json)
                let listed = JSONShape.list(summary["sought"])
                #expect(listed.map { $0["code"] as? String } == ["FIN2", "SL1"])
                #expect(listed.map { $0["gap"] as? Bool } == [true, true])

                let notSought = try await api.call(.post, uri, as: w.officer, #"{"questions": ["SL1", "FIN1"], "remove": true}"#)
                #expect(notSought.status == .unprocessableContent)
                #expect(try await register.skillsSought(bodyID: w.body, openOn: Fixtures.d("2015-06-01")).count == 2)
                let removed = try await api.call(.post, uri, as: w.officer, #"{"questions": ["SL1"], "remove": true}"#)
                #expect(removed.status == .ok)
                #expect(JSONShape.list(JSONShape.object(removed.json)["sought"]).map { $0["code"] as? String } == ["FIN2"])
                let entry = try await Self.lastAudit(register, "vacancy_skills_sought")
                #expect(entry.actor.hasPrefix("Olive Officer (token "))

                _ = try await VacancyEntry(register: register).close(vacancy, on: Fixtures.d("2015-07-01"), reason: "not needed")
                #expect(try await api.call(.post, uri, as: w.officer, #"{"questions": ["SL1"]}"#).status == .conflict)
            }
        }
    }
}
