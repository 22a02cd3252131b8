import Foundation
import Governance
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Reports
import Server
import Store
import TestSupport
import Testing

/// The routes that give every command-line capability an HTTP form: each answers its role with
/// what the register holds, each write reaches the database (read back through the register or
/// the audit trail, with the token's owner as the actor), and each write refuses a wrong role.
@Suite struct ServiceCoverageTests {
    /// The register of RepresentationTests (Merton, one body, nine governors from 2015-01-01 with
    /// declarations, a census profile) plus Sutton, and a token for each kind of caller.
    struct World {
        var body: BodyID
        var people: [PersonID]
        var officer: String
        var admin: String
        var sutton: String
        var board: String
        var chair: String
        /// The data-protection officer: the only one who reads an individual's declarations.
        var dpo: String
    }

    static func world(_ register: Register) async throws -> World {
        let (body, people) = try await Fixtures.representedBody(register)
        try await register.addLocalAuthority(LocalAuthority(code: 319, name: "Sutton"))
        func token(_ owner: String, _ role: ServiceRole, body: BodyID? = nil, las: [Int]? = nil) async throws -> String {
            try await register.createToken(owner: owner, role: role, bodyID: body, laCodes: las, expiresOn: nil).1
        }
        return World(
            body: body, people: people, officer: try await token("Olive Officer", .officer, las: [315]),
            admin: try await token("Ada Admin", .officer), sutton: try await token("Sam Sutton", .officer, las: [319]),
            board: try await token("Bob Board", .board, las: [315]), chair: try await token("Cath Chair", .chair, body: body),
            dpo: try await token("Dee Protection", .dpo, las: [315]))
    }

    /// Runs `test` against the router; `cacheSeconds` 0 (the default) turns the response cache off.
    static func run(
        _ register: Register, cacheSeconds: Double = 0, _ test: @Sendable @escaping (APICaller) async throws -> Void
    ) async throws {
        let app = Application(router: ServerApp.router(ServiceFixture.deps(register.database, cacheSeconds: cacheSeconds)))
        try await app.test(.router) { client in try await test(APICaller(client: RecordingClient(client))) }
    }

    static func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    /// The newest audit entry of a table: what was written, and by whom.
    static func lastAudit(_ register: Register, _ table: String) async throws -> AuditEntry {
        try #require(try await register.audit(table: table, limit: 1).first)
    }

    @Test func authoritiesSummaryAndTrend() async throws {
        try await TestDatabase.withRegister { register, _ in
            let w = try await Self.world(register)
            try await Self.run(register) { api in
                let kingston = "{\"code\": 320, \"name\": \"Kingston\", \"ons_code\": \"E09000021\"}"
                // Writes: officers only, and only for their own authorities.
                try await api.refuses(.post, "/api/v1/authorities", [w.board, w.chair, w.officer], kingston)
                let added = try await api.call(.post, "/api/v1/authorities", as: w.admin, kingston)
                #expect(added.status == .created && JSONShape.object(added.json)["name"] as? String == "Kingston")
                #expect(try await register.localAuthority("Kingston").code == 320)
                let insert = try await Self.lastAudit(register, "local_authorities")
                #expect(insert.after?.contains("E09000021") == true && insert.actor.hasPrefix("Ada Admin (token "))
                // The board sees only its own authorities.
                let listed = try await api.call(.get, "/api/v1/authorities", as: w.board)
                #expect(JSONShape.list(listed.json).compactMap { $0["code"] as? Int } == [315])
                #expect(try await api.call(.get, "/api/v1/authorities", as: w.chair).status.isRefusal)

                // The board sees the summary's structure, not its counts of people.
                let publishedSummary = JSONShape.object(
                    try await api.call(.get, "/api/v1/authorities/315/summary?as_of=2016-01-01", as: w.board).json)
                #expect(publishedSummary["maintained_schools"] as? Int == 1 && publishedSummary["bodies"] as? Int == 1)
                #expect(
                    JSONShape.keys(publishedSummary).isDisjoint(with: [
                        "serving_governors", "serving_by_category", "declared_ethnicity",
                    ]))
                // The summary: nine serving governors, one LA governor and eight co-opted.
                let summary = JSONShape.object(
                    try await api.call(.get, "/api/v1/authorities/315/summary?as_of=2016-01-01", as: w.officer).json)
                #expect(summary["serving_governors"] as? Int == 9 && summary["maintained_schools"] as? Int == 1)
                let byCategory = summary["serving_by_category"] as? [String: Int]
                #expect(byCategory?["co_opted"] == 8 && byCategory?["local_authority"] == 1 && byCategory?["parent"] == 0)
                #expect(try await api.call(.get, "/api/v1/authorities/315/summary", as: w.chair).status.isRefusal)
                #expect(try await api.call(.get, "/api/v1/authorities/315/summary", as: w.sutton).status.isRefusal)

                // The trend from stored snapshots: officers see counts, the board the disclosure rule's.
                let stored = try await api.call(.post, "/api/v1/representativeness/snapshots?as_of=2015-11-30", as: w.officer)
                #expect(stored.status == .created)
                let officersTrend = JSONShape.object(
                    try await api.call(.get, "/api/v1/authorities/315/representativeness/trend", as: w.officer).json)
                #expect(officersTrend["audience"] as? String == "officer")
                let trend = JSONShape.list(officersTrend["points"])
                let women = try #require(trend.first { $0["group"] as? String == "women" })
                #expect(women["as_of"] as? String == "2015-11-30" && women["in_post"] as? Int == 9)
                #expect(women["in_group"] as? Int == 3 && women["unknown"] as? Int == 1)
                #expect((women["share"] as? Double).map { abs($0 - 3.0 / 8.0) < 1e-12 } == true)
                let published = try await api.call(.get, "/api/v1/authorities/315/representativeness/trend", as: w.board)
                let publishedTrend = JSONShape.object(published.json)
                #expect(published.status == .ok && publishedTrend["audience"] as? String == "board")
                #expect(!JSONShape.list(publishedTrend["points"]).isEmpty)
                for point in JSONShape.list(publishedTrend["points"]) {
                    #expect(point["in_post"] == nil && point["in_group"] == nil)
                    let row = JSONShape.object(point["published"])
                    for key in ["in_group", "not_in_group", "unknown", "total"] {
                        if let count = row[key] as? Int { #expect(count == 0 || count >= 5, "\(key) \(count)") }
                    }
                }
                let publishedWomen = try #require(
                    JSONShape.list(publishedTrend["points"]).first { $0["group"] as? String == "women" })
                #expect(JSONShape.object(publishedWomen["published"])["in_group"] as? String == "c")
                #expect(
                    try await api.call(.get, "/api/v1/authorities/315/representativeness/trend", as: w.chair).status
                        .isRefusal)

                // Last, as it moves the borough away from its census profile.
                try await api.refuses(
                    .post, "/api/v1/authorities/315/ons-code", [w.board, w.chair, w.sutton], "{\"ons_code\": \"E09000098\"}")
                let coded = try await api.call(
                    .post, "/api/v1/authorities/Merton/ons-code", as: w.officer, "{\"ons_code\": \"E09000098\"}")
                #expect(coded.status == .ok && JSONShape.object(coded.json)["ons_code"] as? String == "E09000098")
                let update = try await Self.lastAudit(register, "local_authorities")
                #expect(update.rowKey == "315" && update.after?.contains("E09000098") == true)
                #expect(update.actor.hasPrefix("Olive Officer (token "))
            }
        }
    }
}
