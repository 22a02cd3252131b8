import Foundation
import Governance
import Store
import TestSupport
import Testing

extension ServiceCoverageTests {
    /// Succession planning policies and a headteacher recruitment's record over the API
    /// (docs/succession.md): officers write; the board reads policies without the officer's note;
    /// another authority's officer neither reads nor writes them.
    @Test func successionPoliciesAndTheRecruitmentRecord() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            let governor = try #require(try await register.appointments(bodyID: w.body).first?.id)
            try await Self.run(register) { api in
                let policy =
                    #"{"source": "model", "model_version": "Merton model v1", "adopted": "2015-03-10", "review": "2017-03-10", "#
                    + #""diversity_evidenced": false, "diversity_note": "silent on diversity", "minute": "FGB 10 March 2015, minute 6"}"#
                try await api.refuses(.post, "/api/v1/schools/102649/succession-policies", [w.board, w.chair, w.sutton], policy)
                let made = try await api.call(.post, "/api/v1/schools/102649/succession-policies", as: w.officer, policy)
                #expect(made.status == .created)
                let noVersion = #"{"source": "model", "adopted": "2015-04-10", "diversity_evidenced": true, "minute": "m"}"#
                let refused = try await api.call(.post, "/api/v1/schools/102649/succession-policies", as: w.officer, noVersion)
                #expect(refused.status == .unprocessableContent)
                #expect((JSONShape.object(refused.json)["detail"] as? String)?.hasPrefix("--model-version") == true)
                let missing = try await api.call(.post, "/api/v1/schools/999999/succession-policies", as: w.officer, policy)
                #expect(missing.status == .notFound)
                let forOfficer = JSONShape.list(
                    try await api.call(.get, "/api/v1/succession-policies?la=315", as: w.officer).json)
                #expect(forOfficer.count == 1 && forOfficer.first?["diversity_note"] as? String == "silent on diversity")
                let forBoard = JSONShape.list(try await api.call(.get, "/api/v1/succession-policies", as: w.board).json)
                #expect(forBoard.count == 1 && forBoard.first?["model_version"] as? String == "Merton model v1")
                #expect(forBoard.first?["diversity_note"] == nil || forBoard.first?["diversity_note"] is NSNull)
                #expect(JSONShape.list(try await api.call(.get, "/api/v1/succession-policies", as: w.sutton).json).isEmpty)
                #expect(try await api.call(.get, "/api/v1/succession-policies", as: w.chair).status.isRefusal)
                #expect(try await Self.lastAudit(register, "succession_policies").actor.hasPrefix("Olive Officer"))

                // A recruitment: panel, stages, the panel's confirmation.
                let planID = try await register.planHeadteacherRecruitment(
                    bodyID: w.body, recordedOn: Self.d("2015-05-01"), plannedOn: Self.d("2015-10-01"), note: nil)
                let panel = #"{"appointment_id": \#(governor.rawValue), "joined": "2015-05-02"}"#
                try await api.refuses(
                    .post, "/api/v1/headteacher-recruitments/\(planID)/panel", [w.board, w.chair, w.sutton], panel)
                let joined = try await api.call(.post, "/api/v1/headteacher-recruitments/\(planID)/panel", as: w.officer, panel)
                #expect(joined.status == .ok && JSONShape.list(JSONShape.object(joined.json)["panel"]).count == 1)
                #expect(
                    try await api.call(.post, "/api/v1/headteacher-recruitments/\(planID)/panel", as: w.officer, panel).status
                        == .conflict)
                let appointed = #"{"stage": "appointed", "on": "2015-09-20"}"#
                try await api.refuses(
                    .post, "/api/v1/headteacher-recruitments/\(planID)/stages", [w.board, w.chair, w.sutton], appointed)
                let stage = try await api.call(
                    .post, "/api/v1/headteacher-recruitments/\(planID)/stages", as: w.officer, appointed)
                #expect(stage.status == .ok)
                let back = try await api.call(
                    .post, "/api/v1/headteacher-recruitments/\(planID)/stages", as: w.officer,
                    #"{"stage": "advertised", "on": "2015-09-21"}"#)
                #expect(back.status == .unprocessableContent)
                let confirm = #"{"on": "2015-10-05", "minute": "FGB 5 October 2015, minute 3"}"#
                try await api.refuses(
                    .post, "/api/v1/headteacher-recruitments/\(planID)/confirmation", [w.board, w.chair, w.sutton], confirm)
                let confirmed = try await api.call(
                    .post, "/api/v1/headteacher-recruitments/\(planID)/confirmation", as: w.officer, confirm)
                let record = JSONShape.object(confirmed.json)
                #expect(
                    confirmed.status == .ok && JSONShape.object(record["confirmation"])["confirmed_on"] as? String == "2015-10-05"
                )
                #expect(JSONShape.list(record["stages"]).compactMap { $0["stage"] as? String } == ["appointed"])
                #expect(
                    try await api.call(.post, "/api/v1/headteacher-recruitments/\(planID)/confirmation", as: w.officer, confirm)
                        .status == .conflict)
                // The chair reads their body's recruitments with the record.
                let plans = JSONShape.list(try await api.call(.get, "/api/v1/headteacher-recruitments", as: w.chair).json)
                #expect(JSONShape.object(plans.first?["confirmation"])["minute"] as? String == "FGB 5 October 2015, minute 3")
                #expect(try await register.headteacherRecruitment(planID).confirmation?.confirmedOn == Self.d("2015-10-05"))
            }
        }
    }
}
