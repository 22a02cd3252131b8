import Foundation
import Governance
import Store
import TestSupport
import Testing

extension ServiceCoverageTests {
    /// Candidates and the recruitment funnel over the API (docs/recruitment.md): officers record
    /// candidates, stages and monitoring answers, which are never answered back; the funnel is the
    /// officer's in full and the board's under disclosure control; another authority's officer
    /// reaches none of it.
    @Test func candidatesAndTheRecruitmentFunnel() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            try await Self.run(register) { api in
                let add = #"{"la": "315", "name": "Amina Candidate", "route": "inspiring_governance", "on": "2015-03-01"}"#
                try await api.refuses(.post, "/api/v1/candidates", [w.board, w.chair, w.sutton], add)
                let made = try await api.call(.post, "/api/v1/candidates", as: w.officer, add)
                let id = try #require(JSONShape.object(made.json)["id"] as? Int64)
                #expect(made.status == .created)
                let appointed = #"{"stage": "appointed", "on": "2015-03-20"}"#
                try await api.refuses(.post, "/api/v1/candidates/\(id)/stages", [w.board, w.chair, w.sutton], appointed)
                let stage = try await api.call(.post, "/api/v1/candidates/\(id)/stages", as: w.officer, appointed)
                #expect(
                    JSONShape.list(JSONShape.object(stage.json)["stages"]).compactMap { $0["stage"] as? String }
                        == ["expressed_interest", "appointed"])
                let after = try await api.call(
                    .post, "/api/v1/candidates/\(id)/stages", as: w.officer, #"{"stage": "withdrew", "on": "2015-04-01"}"#)
                #expect(after.status == .unprocessableContent)
                let answers = #"{"on": "2015-03-01", "sex": "female", "ethnicity": "african", "collected_by": "paper_form"}"#
                try await api.refuses(.post, "/api/v1/candidates/\(id)/monitoring", [w.board, w.chair, w.sutton], answers)
                let monitored = try await api.text(.post, "/api/v1/candidates/\(id)/monitoring", as: w.officer, answers)
                #expect(monitored.status == .noContent && monitored.text.isEmpty)
                let listed = try await api.text(.get, "/api/v1/candidates?la=315", as: w.officer)
                #expect(
                    listed.text.contains("Amina Candidate") && !listed.text.contains("african") && !listed.text.contains("female")
                )
                #expect(JSONShape.list(try await api.call(.get, "/api/v1/candidates", as: w.sutton).json).isEmpty)
                // Subject access: the data-protection role sees the candidate's own answers, with a
                // reason, and the read is recorded; officers (privacy default), the board and chairs do not.
                try await api.refuses(.get, "/api/v1/candidates/\(id)/export?reason=sar", [w.officer, w.board, w.chair])
                let export = try await api.call(.get, "/api/v1/candidates/\(id)/export?reason=sar", as: w.dpo)
                let answered = JSONShape.list(JSONShape.object(export.json)["monitoring_answers"])
                #expect(export.status == .ok && answered.first?["ethnicity"] as? String == "african")
                #expect(try await api.call(.get, "/api/v1/candidates/\(id)/export", as: w.dpo).status == .badRequest)
                #expect(
                    try await DatabaseProbe.count(
                        register, "SELECT count(*) FROM declaration_reads WHERE candidate_id = \(id) AND via = 'api'") == 1)
                #expect(try await api.call(.get, "/api/v1/candidates", as: w.board).status.isRefusal)

                // One woman, ethnic minority, appointed: the officer sees 1 in the group's "elected or
                // appointed" cell; the board's version hides it (below 5) and anything that would give it away.
                let funnel = "/api/v1/authorities/315/recruitment-funnel?from=2015-01-01&to=2015-12-31"
                let officer = JSONShape.object(
                    try await api.call(
                        .get, "/api/v1/authorities/315/recruitment-funnel?from=2015-01-01&to=2015-12-31&audience=officer",
                        as: w.officer
                    ).json)
                let officerWomen = JSONShape.list(officer["tables"]).first { $0["id"] as? String == "recruitment-women" }
                let womenRow = (officerWomen?["rows"] as? [[Any]])?.first
                #expect(womenRow?[4] as? Int == 1 && womenRow?[5] as? Int == 1)
                let board = try await api.call(.get, funnel + "&audience=officer", as: w.board)
                let boardWomen = JSONShape.list(JSONShape.object(board.json)["tables"]).first {
                    $0["id"] as? String == "recruitment-women"
                }
                #expect((boardWomen?["rows"] as? [[Any]])?.first?[4] as? String == "c")
                #expect(try await api.call(.get, funnel, as: w.sutton).status == .notFound)
                #expect(try await api.call(.get, funnel, as: w.chair).status.isRefusal)
                let backwards = "/api/v1/authorities/315/recruitment-funnel?from=2015-12-31&to=2015-01-01"
                #expect(try await api.call(.get, backwards, as: w.officer).status == .unprocessableContent)
                #expect(try await Self.lastAudit(register, "candidate_monitoring").after?.contains("african") == false)
            }
        }
    }
}
