import Foundation
import Governance
import Store
import TestSupport
import Testing

extension ServiceCoverageTests {
    /// The register's read routes, each as every kind of caller. The world (RepresentationTests.setUp):
    /// Merton's one school, URN 102649, with its body, an instrument of seven seats made 2015-06-01
    /// (effective 2015-09-01), nine governors from 2015-01-01 (one LA governor, eight co-opted).
    @Test func registerReadsAnswerEachRole() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            let vacancy = try await register.openVacancy(
                bodyID: w.body, category: .parent, openedOn: Self.d("2015-09-01"), reason: .resigned, note: nil)
            let instrument = try #require(try await register.instruments(bodyID: w.body).first)
            try await Self.run(register) { api in
                // Schools: officers of the school's authority.
                let schools = JSONShape.list(try await api.call(.get, "/api/v1/schools", as: w.officer).json)
                #expect(schools.compactMap { JSONShape.object($0["school"])["urn"] as? Int } == [102649])
                #expect(JSONShape.list(try await api.call(.get, "/api/v1/schools", as: w.sutton).json).isEmpty)
                let school = JSONShape.object(try await api.call(.get, "/api/v1/schools/102649", as: w.officer).json)
                #expect(JSONShape.object(school["school"])["name"] as? String == "Abbotsbury Primary School")
                #expect(school["body_id"] as? Int64 == w.body.rawValue)
                for token in [w.board, w.chair] {
                    #expect(try await api.call(.get, "/api/v1/schools", as: token).status.isRefusal)
                }
                for token in [w.board, w.chair, w.sutton] {
                    #expect(try await api.call(.get, "/api/v1/schools/102649", as: token).status.isRefusal)
                }
                #expect(try await api.call(.get, "/api/v1/schools/999999", as: w.officer).status == .notFound)

                // The body's instruments and its constitution check: officers and its own chair.
                for token in [w.officer, w.chair] {
                    let instruments = JSONShape.list(
                        try await api.call(.get, "/api/v1/bodies/\(w.body)/instruments", as: token).json)
                    #expect(instruments.compactMap { $0["id"] as? Int64 } == [instrument.id])
                    #expect(instruments.first?["effective_from"] as? String == "2015-09-01")
                    // 2 parent + 1 head + 1 staff + 1 LA + 2 co-opted = 7 seats.
                    #expect(JSONShape.list(instruments.first?["seats"]).compactMap { $0["seats"] as? Int }.reduce(0, +) == 7)
                    let check = JSONShape.object(
                        try await api.call(.get, "/api/v1/bodies/\(w.body)/check?as_of=2015-11-30", as: token).json)
                    #expect(check["instrument_id"] as? Int64 == instrument.id && check["as_of"] as? String == "2015-11-30")
                    let seats = JSONShape.list(check["seats"])
                    let coOpted = seats.first { $0["category"] as? String == "co_opted" }
                    let la = seats.first { $0["category"] as? String == "local_authority" }
                    #expect(coOpted?["seats"] as? Int == 2 && coOpted?["filled"] as? Int == 8)
                    #expect(la?["seats"] as? Int == 1 && la?["filled"] as? Int == 1)
                    #expect(!JSONShape.list(check["findings"]).isEmpty)
                }
                for token in [w.board, w.sutton] {
                    #expect(try await api.call(.get, "/api/v1/bodies/\(w.body)/instruments", as: token).status.isRefusal)
                    #expect(try await api.call(.get, "/api/v1/bodies/\(w.body)/check", as: token).status.isRefusal)
                }
                // Before the instrument was effective there is nothing to check against.
                let early = try await api.call(.get, "/api/v1/bodies/\(w.body)/check?as_of=2015-01-01", as: w.officer)
                #expect(early.status == .unprocessableContent)

                // Vacancies: officers, their own authorities only.
                let vacancies = JSONShape.list(try await api.call(.get, "/api/v1/vacancies?as_of=2015-11-30", as: w.officer).json)
                #expect(vacancies.compactMap { $0["id"] as? Int64 } == [vacancy.rawValue])
                #expect(vacancies.first?["category"] as? String == "parent")
                #expect(
                    JSONShape.list(try await api.call(.get, "/api/v1/vacancies?as_of=2015-08-31", as: w.officer).json).isEmpty)
                #expect(JSONShape.list(try await api.call(.get, "/api/v1/vacancies", as: w.sutton).json).isEmpty)
                for token in [w.board, w.chair] {
                    #expect(try await api.call(.get, "/api/v1/vacancies", as: token).status.isRefusal)
                }

                // Reconstitution progress: officers and the board, by authority.
                for token in [w.officer, w.board] {
                    let overview = JSONShape.list(
                        try await api.call(.get, "/api/v1/reconstitution?as_of=2015-11-30", as: token).json)
                    #expect(overview.compactMap { $0["body_id"] as? Int64 } == [w.body.rawValue])
                    #expect(overview.first?["la_code"] as? Int == 315)
                }
                #expect(JSONShape.list(try await api.call(.get, "/api/v1/reconstitution", as: w.sutton).json).isEmpty)
                #expect(try await api.call(.get, "/api/v1/reconstitution?la=315", as: w.sutton).status.isRefusal)
                #expect(try await api.call(.get, "/api/v1/reconstitution", as: w.chair).status.isRefusal)

                // Community profiles (published statistics): officers and the board.
                for token in [w.officer, w.board] {
                    let profiles = JSONShape.list(try await api.call(.get, "/api/v1/profiles", as: token).json)
                    let classes = profiles.compactMap { $0["classification"] as? String }
                    #expect(classes.sorted() == ["census_2011_ethnicity", "sex"], "\(profiles)")
                }
                #expect(try await api.call(.get, "/api/v1/profiles", as: w.chair).status.isRefusal)

                // The audit trail spans authorities: officers whose token covers them all.
                let stored = try await register.audit(table: "appointments", limit: 3)
                let audit = JSONShape.list(try await api.call(.get, "/api/v1/audit?table=appointments&limit=3", as: w.admin).json)
                #expect(audit.compactMap { $0["id"] as? Int64 } == stored.map(\.id) && stored.count == 3)
                #expect(audit.allSatisfy { $0["table"] as? String == "appointments" })
                for token in [w.officer, w.sutton, w.board, w.chair] {
                    #expect(try await api.call(.get, "/api/v1/audit", as: token).status.isRefusal)
                }
            }
        }
    }
}
