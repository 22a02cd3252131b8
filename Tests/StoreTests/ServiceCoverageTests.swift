import Foundation
import Governance
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Reports
import Server
import Store
import Testing

/// The routes that give every command-line capability an HTTP form: each answers its role with
/// what the register holds, each write reaches the database (read back through the register or
/// the audit trail, with the token's owner as the actor), and each write refuses a wrong role.
@Suite struct ServiceCoverageTests {
    /// The register of RepresentationTests (Merton, one body, nine governors from 2015-01-01 with
    /// declarations, a census profile) plus Sutton, and a token for each kind of caller.
    struct World {
        var body: Int64
        var people: [Int64]
        var officer: String
        var admin: String
        var sutton: String
        var board: String
        var chair: String
    }

    static func world(_ register: Register) async throws -> World {
        let (body, people) = try await RepresentationTests.setUp(register)
        try await register.addLocalAuthority(LocalAuthority(code: 319, name: "Sutton"))
        func token(_ owner: String, _ role: ServiceRole, body: Int64? = nil, las: [Int]? = nil) async throws -> String {
            try await register.createToken(owner: owner, role: role, bodyID: body, laCodes: las, expiresOn: nil).1
        }
        return World(
            body: body, people: people, officer: try await token("Olive Officer", .officer, las: [315]),
            admin: try await token("Ada Admin", .officer), sutton: try await token("Sam Sutton", .officer, las: [319]),
            board: try await token("Bob Board", .board, las: [315]), chair: try await token("Cath Chair", .chair, body: body))
    }

    /// Calls routes as a token and reads the answer as JSON.
    struct Caller {
        let client: any TestClientProtocol

        func call(_ method: HTTPRequest.Method, _ uri: String, as token: String, _ body: String? = nil) async throws -> (
            status: HTTPResponse.Status, json: Any?
        ) {
            let response = try await client.execute(
                uri: uri, method: method, headers: ServiceTests.bearer(token), body: body.map { ByteBuffer(string: $0) })
            return (response.status, try? JSONSerialization.jsonObject(with: Data(buffer: response.body)))
        }

        /// A page of a list: the ids on it and the X-Total-Count header.
        func page(_ uri: String, as token: String) async throws -> (status: HTTPResponse.Status, ids: [Int64], total: Int?) {
            let response = try await client.execute(uri: uri, method: .get, headers: ServiceTests.bearer(token), body: nil)
            let rows = try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [[String: Any]]
            return (
                response.status, (rows ?? []).compactMap { $0["id"] as? Int64 },
                response.headers[HTTPField.Name("X-Total-Count")!].flatMap { Int($0) }
            )
        }

        /// Expects 403 for each token.
        func refuses(_ method: HTTPRequest.Method, _ uri: String, _ tokens: [String], _ body: String = "{}") async throws {
            for token in tokens {
                let status = try await call(method, uri, as: token, body).status
                #expect(status.isRefusal, "\(method) \(uri): \(status)")
            }
        }
    }

    /// Runs `test` against the router; `cacheSeconds` 0 (the default) turns the response cache off.
    static func run(
        _ register: Register, cacheSeconds: Double = 0, _ test: @Sendable @escaping (Caller) async throws -> Void
    ) async throws {
        let app = Application(router: ServerApp.router(ServiceTests.deps(register.database, cacheSeconds: cacheSeconds)))
        try await app.test(.router) { client in try await test(Caller(client: RecordingClient(client))) }
    }

    static func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static func object(_ json: Any?) -> [String: Any] { json as? [String: Any] ?? [:] }
    static func list(_ json: Any?) -> [[String: Any]] { json as? [[String: Any]] ?? [] }

    /// Every key anywhere in a JSON value.
    static func keys(_ json: Any?) -> Set<String> {
        switch json {
        case let object as [String: Any]: return Set(object.keys).union(object.values.flatMap { keys($0) })
        case let array as [Any]: return array.reduce(into: Set<String>()) { $0.formUnion(keys($1)) }
        default: return []
        }
    }

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
                #expect(added.status == .created && Self.object(added.json)["name"] as? String == "Kingston")
                #expect(try await register.localAuthority("Kingston").code == 320)
                let insert = try await Self.lastAudit(register, "local_authorities")
                #expect(insert.after?.contains("E09000021") == true && insert.actor.hasPrefix("Ada Admin (token "))
                // The board sees only its own authorities.
                let listed = try await api.call(.get, "/api/v1/authorities", as: w.board)
                #expect(Self.list(listed.json).compactMap { $0["code"] as? Int } == [315])
                #expect(try await api.call(.get, "/api/v1/authorities", as: w.chair).status.isRefusal)

                // The board sees the summary's structure, not its counts of people.
                let publishedSummary = Self.object(
                    try await api.call(.get, "/api/v1/authorities/315/summary?as_of=2016-01-01", as: w.board).json)
                #expect(publishedSummary["maintained_schools"] as? Int == 1 && publishedSummary["bodies"] as? Int == 1)
                #expect(
                    Self.keys(publishedSummary).isDisjoint(with: [
                        "serving_governors", "serving_by_category", "declared_ethnicity",
                    ]))
                // The summary: nine serving governors, one LA governor and eight co-opted.
                let summary = Self.object(
                    try await api.call(.get, "/api/v1/authorities/315/summary?as_of=2016-01-01", as: w.officer).json)
                #expect(summary["serving_governors"] as? Int == 9 && summary["maintained_schools"] as? Int == 1)
                let byCategory = summary["serving_by_category"] as? [String: Int]
                #expect(byCategory?["co_opted"] == 8 && byCategory?["local_authority"] == 1 && byCategory?["parent"] == 0)
                #expect(try await api.call(.get, "/api/v1/authorities/315/summary", as: w.chair).status.isRefusal)
                #expect(try await api.call(.get, "/api/v1/authorities/315/summary", as: w.sutton).status.isRefusal)

                // The trend from stored snapshots: officers see counts, the board the disclosure rule's.
                let stored = try await api.call(.post, "/api/v1/representativeness/snapshots?as_of=2015-11-30", as: w.officer)
                #expect(stored.status == .created)
                let officersTrend = Self.object(
                    try await api.call(.get, "/api/v1/authorities/315/representativeness/trend", as: w.officer).json)
                #expect(officersTrend["audience"] as? String == "officer")
                let trend = Self.list(officersTrend["points"])
                let women = try #require(trend.first { $0["group"] as? String == "women" })
                #expect(women["as_of"] as? String == "2015-11-30" && women["in_post"] as? Int == 9)
                #expect(women["in_group"] as? Int == 3 && women["unknown"] as? Int == 1)
                #expect((women["share"] as? Double).map { abs($0 - 3.0 / 8.0) < 1e-12 } == true)
                let published = try await api.call(.get, "/api/v1/authorities/315/representativeness/trend", as: w.board)
                let publishedTrend = Self.object(published.json)
                #expect(published.status == .ok && publishedTrend["audience"] as? String == "board")
                #expect(!Self.list(publishedTrend["points"]).isEmpty)
                for point in Self.list(publishedTrend["points"]) {
                    #expect(point["in_post"] == nil && point["in_group"] == nil)
                    let row = Self.object(point["published"])
                    for key in ["in_group", "not_in_group", "unknown", "total"] {
                        if let count = row[key] as? Int { #expect(count == 0 || count >= 5, "\(key) \(count)") }
                    }
                }
                let publishedWomen = try #require(Self.list(publishedTrend["points"]).first { $0["group"] as? String == "women" })
                #expect(Self.object(publishedWomen["published"])["in_group"] as? String == "c")
                #expect(
                    try await api.call(.get, "/api/v1/authorities/315/representativeness/trend", as: w.chair).status
                        .isRefusal)

                // Last, as it moves the borough away from its census profile.
                try await api.refuses(
                    .post, "/api/v1/authorities/315/ons-code", [w.board, w.chair, w.sutton], "{\"ons_code\": \"E09000098\"}")
                let coded = try await api.call(
                    .post, "/api/v1/authorities/Merton/ons-code", as: w.officer, "{\"ons_code\": \"E09000098\"}")
                #expect(coded.status == .ok && Self.object(coded.json)["ons_code"] as? String == "E09000098")
                let update = try await Self.lastAudit(register, "local_authorities")
                #expect(update.rowKey == "315" && update.after?.contains("E09000098") == true)
                #expect(update.actor.hasPrefix("Olive Officer (token "))
            }
        }
    }
}

extension HTTPResponse.Status {
    /// A refusal that tells nothing: 403 for a role that may not call the route, 404 for an object
    /// outside the token's authorities (exactly as for one that does not exist). The boundary
    /// matrix (BoundaryMatrixTests) holds each route to the precise one.
    var isRefusal: Bool { self == .forbidden || self == .notFound }
}
