import Foundation
import Governance
import Store
import TestSupport
import Testing

extension ServiceCoverageTests {
    @Test func trainingReconstitutionAndRecruitment() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            try await Self.run(register) { api in
                let course =
                    "{\"title\": \"Induction for new governors\", \"kind\": \"induction\", \"provider\": \"Governor Services\"}"
                try await api.refuses(.post, "/api/v1/courses", [w.board, w.chair], course)
                let added = try await api.call(.post, "/api/v1/courses", as: w.officer, course)
                let courseID = try #require(JSONShape.object(added.json)["id"] as? Int64)
                #expect(added.status == .created)
                #expect(try await register.courses().map(\.title) == ["Induction for new governors"])
                let courses = JSONShape.list(try await api.call(.get, "/api/v1/courses", as: w.officer).json)
                #expect(courses.first?["id"] as? Int64 == courseID && courses.first?["kind"] as? String == "induction")
                #expect(try await api.call(.get, "/api/v1/courses", as: w.board).status.isRefusal)

                // A body's training: officers and its own chair.
                _ = try await register.recordTraining(
                    personID: w.people[1], courseID: courseID, completedOn: Self.d("2015-03-01"))
                let training = JSONShape.list(try await api.call(.get, "/api/v1/bodies/\(w.body)/training", as: w.chair).json)
                #expect(training.count == 1 && training.first?["person_id"] as? Int64 == w.people[1].rawValue)
                #expect(training.first?["completed_on"] as? String == "2015-03-01")
                for token in [w.board, w.sutton] {
                    #expect(try await api.call(.get, "/api/v1/bodies/\(w.body)/training", as: token).status.isRefusal)
                }

                // Reconstitution: start a round, list the rounds.
                let start = "{\"date\": \"2015-03-01\", \"note\": \"review of the 2012 regulations\"}"
                try await api.refuses(
                    .post, "/api/v1/bodies/\(w.body)/reconstitution-rounds", [w.board, w.chair, w.sutton], start)
                let started = try await api.call(.post, "/api/v1/bodies/\(w.body)/reconstitution-rounds", as: w.officer, start)
                let roundID = try #require(JSONShape.object(started.json)["id"] as? Int64)
                let stored = try #require(try await register.reconstitutions(bodyID: w.body).first)
                #expect(started.status == .created && stored.id == roundID && stored.startedOn == Self.d("2015-03-01"))
                let rounds = JSONShape.list(try await api.call(.get, "/api/v1/reconstitution/rounds", as: w.chair).json)
                #expect(rounds.count == 1 && rounds.first?["note"] as? String == "review of the 2012 regulations")
                let stages = JSONShape.list(rounds.first?["stages"]).compactMap { $0["stage"] as? String }
                #expect(stages == ["review_started"])
                #expect(
                    JSONShape.list(try await api.call(.get, "/api/v1/reconstitution/rounds?la=315", as: w.officer).json).count
                        == 1)
                #expect(JSONShape.list(try await api.call(.get, "/api/v1/reconstitution/rounds", as: w.sutton).json).isEmpty)
                #expect(try await api.call(.get, "/api/v1/reconstitution/rounds", as: w.board).status.isRefusal)

                // Planned headteacher appointments: plan, list, cancel.
                let plan = "{\"planned\": \"2016-09-01\", \"recorded\": \"2016-03-01\", \"note\": \"head retiring\"}"
                try await api.refuses(
                    .post, "/api/v1/bodies/\(w.body)/headteacher-recruitments", [w.board, w.chair, w.sutton], plan)
                let planned = try await api.call(.post, "/api/v1/bodies/\(w.body)/headteacher-recruitments", as: w.officer, plan)
                let planID = try #require(JSONShape.object(planned.json)["id"] as? Int64)
                // Planned before it is recorded: a database check, refused as a rule (422) in a sentence.
                let backwards = "{\"planned\": \"2016-02-01\", \"recorded\": \"2016-03-01\"}"
                let refused = try await api.call(
                    .post, "/api/v1/bodies/\(w.body)/headteacher-recruitments", as: w.officer, backwards)
                #expect(refused.status == .unprocessableContent)
                #expect((JSONShape.object(refused.json)["detail"] as? String)?.hasPrefix("the planned appointment date") == true)
                #expect(try await register.headteacherRecruitment(planID).plannedOn == Self.d("2016-09-01"))
                let plans = JSONShape.list(try await api.call(.get, "/api/v1/headteacher-recruitments", as: w.chair).json)
                #expect(plans.count == 1 && plans.first?["planned_on"] as? String == "2016-09-01")
                #expect(try await api.call(.get, "/api/v1/headteacher-recruitments", as: w.board).status.isRefusal)
                let cancel = "{\"on\": \"2016-05-01\"}"
                try await api.refuses(
                    .post, "/api/v1/headteacher-recruitments/\(planID)/cancel", [w.board, w.chair, w.sutton], cancel)
                let cancelled = try await api.call(
                    .post, "/api/v1/headteacher-recruitments/\(planID)/cancel", as: w.officer, cancel)
                #expect(cancelled.status == .ok && JSONShape.object(cancelled.json)["cancelled_on"] as? String == "2016-05-01")
                #expect(try await register.headteacherRecruitment(planID).cancelledOn == Self.d("2016-05-01"))
                let again = try await api.call(.post, "/api/v1/headteacher-recruitments/\(planID)/cancel", as: w.officer, cancel)
                #expect(again.status == .conflict)
                let missing = try await api.call(.post, "/api/v1/headteacher-recruitments/999999/cancel", as: w.officer, cancel)
                #expect(missing.status == .notFound)
                #expect(try await Self.lastAudit(register, "headteacher_recruitments").actor.hasPrefix("Olive Officer"))
            }
        }
    }

    @Test func profilesReportRunsAndChecks() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            let sexProfile = try #require(try await register.profiles().first { $0.profile.classification == .sex })
            try await Self.run(register) { api in
                // A profile with its headline share (the census profile: 506 of 1000 women).
                let shown = JSONShape.object(try await api.call(.get, "/api/v1/profiles/\(sexProfile.id)", as: w.board).json)
                let share = try #require(JSONShape.list(shown["headline_shares"]).first)
                #expect(share["group"] as? String == "women" && share["share"] as? Double == 0.506)
                #expect(JSONShape.object(shown["profile"])["counts"] as? [String: Int] == ["female": 506, "male": 494])
                #expect(try await api.call(.get, "/api/v1/profiles/\(sexProfile.id)", as: w.chair).status.isRefusal)

                let link = "{\"profile\": \"\(sexProfile.id)\"}"
                try await api.refuses(.post, "/api/v1/bodies/\(w.body)/comparators", [w.board, w.chair, w.sutton], link)
                let linked = try await api.call(.post, "/api/v1/bodies/\(w.body)/comparators", as: w.officer, link)
                #expect(linked.status == .ok && JSONShape.object(linked.json)["dimension"] as? String == "sex")
                let comparator = try await Self.lastAudit(register, "body_comparators")
                #expect(comparator.after?.contains("\"profile_id\": \(sexProfile.id)") == true)
                #expect(comparator.actor.hasPrefix("Olive Officer (token "))

                // Report runs: an officer's run of the board report is listed for their authority only.
                let report = try await api.call(.get, "/api/v1/reports/board?la=315&as_of=2015-11-30&format=json", as: w.officer)
                #expect(report.status == .ok)
                let runs = JSONShape.list(try await api.call(.get, "/api/v1/reports/runs", as: w.officer).json)
                #expect(runs.count == 1 && runs.first?["la_code"] as? Int == 315 && runs.first?["format"] as? String == "json")
                #expect((runs.first?["actor"] as? String)?.hasPrefix("Olive Officer (token ") == true)
                #expect(JSONShape.list(try await api.call(.get, "/api/v1/reports/runs", as: w.sutton).json).isEmpty)
                #expect(try await api.call(.get, "/api/v1/reports/runs", as: w.board).status.isRefusal)

                // The deadline checks: no one's data, so every role may read them.
                let checks = JSONShape.list(try await api.call(.get, "/api/v1/tracking/checks", as: w.chair).json)
                #expect(checks.compactMap { $0["name"] as? String } == DeadlineChecks.rules.map(\.name))
                #expect(checks.first?["name"] as? String == "term_ending")
            }
        }
    }
}
