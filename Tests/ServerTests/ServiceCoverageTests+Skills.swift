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
}
