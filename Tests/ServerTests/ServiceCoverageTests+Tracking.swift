import Foundation
import Governance
import Store
import TestSupport
import Testing

extension ServiceCoverageTests {
    /// Deadline checks run over HTTP, and the alert list a page at a time: every page is the
    /// register's own list (Register.alerts) cut at the offset, with the total in X-Total-Count.
    @Test func trackingRunsAndPagedAlerts() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            try await Self.run(register) { api in
                // The nine terms end on 2018-12-31: on 2018-11-15 they are inside the 90-day warning.
                try await api.refuses(.post, "/api/v1/tracking/runs?as_of=2018-11-15", [w.board, w.chair])
                let run = try await api.call(.post, "/api/v1/tracking/runs?as_of=2018-11-15", as: w.officer)
                let result = JSONShape.object(run.json)
                let all = try await register.alerts(openOnly: false)
                #expect(run.status == .created && result["run_id"] is Int64 && result["raised"] as? Int == all.count)
                #expect(all.filter { $0.check == "term_ending" }.count == 9)
                try #require(all.count >= 3)

                let first = try await api.page("/api/v1/alerts", as: w.officer)
                #expect(first.status == .ok && first.ids == all.prefix(100).map(\.id) && first.total == all.count)
                let middle = try await api.page("/api/v1/alerts?limit=2&offset=1", as: w.officer)
                #expect(middle.ids == all[1..<3].map(\.id) && middle.total == all.count)
                let beyond = try await api.page("/api/v1/alerts?offset=\(all.count)", as: w.officer)
                #expect(beyond.status == .ok && beyond.ids.isEmpty && beyond.total == all.count)
                for bad in ["limit=0", "limit=1001", "offset=-1", "limit=ten"] {
                    #expect(try await api.call(.get, "/api/v1/alerts?\(bad)", as: w.officer).status == .badRequest, "\(bad)")
                }
                // A chair sees their body's alerts; Sutton's officer, only alerts of no authority or of Sutton.
                let chair = try await api.page("/api/v1/alerts?limit=1000", as: w.chair)
                #expect(chair.ids == all.filter { $0.bodyID == w.body }.map(\.id))
                let sutton = try await api.page("/api/v1/alerts?limit=1000", as: w.sutton)
                #expect(sutton.ids == all.filter { $0.laCode == nil || $0.laCode == 319 }.map(\.id))
                #expect(try await api.call(.get, "/api/v1/alerts", as: w.board).status.isRefusal)
                let open = try await api.page("/api/v1/alerts?open=true&limit=1000", as: w.officer)
                #expect(open.ids == all.filter { $0.resolvedOn == nil }.map(\.id))
            }
        }
    }

    /// GIAS extracts and census profiles uploaded over HTTP: all or nothing, by the right token.
    @Test func uploadsImportWholeFilesOrNothing() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            try await Self.run(register) { api in
                // An extract spans authorities: only an officer for every authority may send one.
                let schools = "/api/v1/imports/schools?name=establishments.csv"
                try await api.refuses(.post, schools, [w.board, w.chair, w.officer, w.sutton], Fixtures.establishments)
                let broken = Fixtures.establishments.replacingOccurrences(of: "102663,315", with: "102663,three-one-five")
                let refused = try await api.call(.post, schools, as: w.admin, broken)
                let detail = JSONShape.object(refused.json)["detail"] as? String ?? ""
                #expect(refused.status == .unprocessableContent && detail.hasPrefix("establishments.csv:3:"), "\(detail)")
                #expect(try await register.schools().count == 1)
                let imported = try await api.call(.post, schools, as: w.admin, Fixtures.establishments)
                // Fixtures.establishments has five data rows.
                #expect(imported.status == .created && JSONShape.object(imported.json)["rows_read"] as? Int == 5)
                #expect(try await register.school(urn: 102700).school.laCode == 319)
                #expect(try await Self.lastAudit(register, "schools").actor.hasPrefix("Ada Admin (token "))

                let governance = try await api.call(
                    .post, "/api/v1/imports/gias?name=governance.csv", as: w.admin, Fixtures.governance)
                // Fixtures.governance has seven data rows.
                #expect(governance.status == .created && JSONShape.object(governance.json)["rows_read"] as? Int == 7)
                #expect(try await register.appointments(bodyID: w.body, servingOn: nil).count > 9)
                // Only the document's kinds (gias, schools).
                #expect(try await api.call(.post, "/api/v1/imports/pupils", as: w.admin, "x").status == .badRequest)

                // A census profile for Sutton (counts by hand: 10 female, 9 male).
                let profile = """
                    geography_code,geography_name,dimension,category,count
                    E09000029,Sutton,sex,female,10
                    E09000029,Sutton,sex,male,9

                    """
                let upload = "/api/v1/profiles?source=Test%20census&date=2011-03-27&name=sutton.csv"
                try await api.refuses(.post, upload, [w.board, w.chair], profile)
                let before = try await register.profiles().count
                let badCount = profile.replacingOccurrences(of: "female,10", with: "female,ten")
                let refusedProfile = try await api.call(.post, upload, as: w.officer, badCount)
                #expect(refusedProfile.status == .unprocessableContent)
                #expect((JSONShape.object(refusedProfile.json)["detail"] as? String)?.hasPrefix("sutton.csv:2:") == true)
                let added = try await api.call(.post, upload, as: w.officer, profile)
                #expect(added.status == .created && JSONShape.object(added.json)["stored"] as? Int == 1)
                let stored = try #require(try await register.profiles().first { $0.profile.geographyCode == "E09000029" })
                #expect(stored.profile.counts == ["female": 10, "male": 9] && stored.profile.source == "Test census")
                #expect(try await register.profiles().count == before + 1)
                #expect(try await api.call(.post, "/api/v1/profiles", as: w.officer, profile).status == .badRequest)
            }
        }
    }

    /// With the response cache on, figures are served from it until a write through the service
    /// clears it; concurrent requests for the same figures all get the same answer.
    @Test func cachedFiguresAreClearedByWrites() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            try await Self.run(register, cacheSeconds: 600) { api in
                let uri = "/api/v1/bodies/\(w.body)/representativeness?as_of=2015-11-30"
                func women() async throws -> (inGroup: Int?, unknown: Int?) {
                    let figures = JSONShape.object(try await api.call(.get, uri, as: w.officer).json)
                    let group = JSONShape.list(figures["groups"]).first { $0["group"] as? String == "women" }
                    let counts = JSONShape.object(group?["counts"])
                    return (counts["in_group"] as? Int, counts["unknown"] as? Int)
                }
                // RepresentationTests.setUp: women are G0, G2 and G7; G8 was not asked.
                #expect(try await women() == (3, 1))
                // A write straight to the database does not reach the cached figures...
                try await register.recordObjection(personID: w.people[0], on: Self.d("2016-01-01"))
                #expect(try await women() == (3, 1))
                // ...a write through the service clears them: G0's objection now counts (her values
                // are unknown), and G1's (a man) makes him unknown too: in group G2 and G7, unknown G0, G1, G8.
                let objected = try await api.call(
                    .post, "/api/v1/people/\(w.people[1])/objection", as: w.officer, "{\"date\": \"2016-01-01\"}")
                #expect(objected.status == .created)
                let answers = try await withThrowingTaskGroup(of: [Int?].self) { group in
                    for _ in 0..<16 {
                        group.addTask {
                            let w = try await women(); return [w.inGroup, w.unknown]
                        }
                    }
                    return try await group.reduce(into: [[Int?]]()) { $0.append($1) }
                }
                #expect(answers.count == 16 && answers.allSatisfy { $0 == [2, 3] }, "\(answers)")
            }
        }
    }
}
