import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Store
import TestSupport
import Testing

/// Every documented operation, as every kind of caller, against an object of the token's own
/// authority and one of another's, through the service connected as the least-privilege login
/// with a pool that sees no authority until a token names one (as `govmon serve` runs).
///
/// The expected outcome comes from the route's declared rule (`AccessPolicy`): no, expired or
/// revoked token 401; a role the rule leaves out 403; a token limited to Merton asking for
/// Sutton's object 404, worded exactly as for an object that does not exist; otherwise the request
/// passes the boundary (any answer but 401, 403, 404, 429 or a server error). Every answer to a
/// Merton token is checked for Sutton's names, and every refused request for changes to the
/// database (none allowed). An operation in openapi.yaml without a rule or a request here fails,
/// named.
@Suite struct BoundaryMatrixTests {
    enum Caller: String, CaseIterable, Sendable {
        case officer, officerAll = "officer-all", board, chair, dpo, expired, revoked, none
    }

    enum Outcome: Equatable, CustomStringConvertible {
        case status(HTTPResponse.Status)
        case passes

        var description: String {
            switch self {
            case .status(let status): return "\(status.code)"
            case .passes: return "passes the boundary"
            }
        }
    }

    /// The documented /api/v1 operations: "METHOD /path" to its operationId, which keys `AccessPolicy`.
    static func documentedOperations() throws -> [String: String] {
        let document = try String(contentsOf: TestDatabase.root.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        var operations: [String: String] = [:]
        var path = ""
        var operation: String? = nil
        for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  /") && line.hasSuffix(":") { path = String(line.dropFirst(2).dropLast()) }
            if line.hasPrefix("components:") { path = "" }
            for method in ["get", "post", "put", "patch", "delete"] where line == "    \(method):" {
                operation = path.hasPrefix("/api/v1/") ? "\(method.uppercased()) \(path)" : nil
            }
            if let current = operation, line.hasPrefix("      operationId: ") {
                operations[current] = String(line.dropFirst("      operationId: ".count))
                operation = nil
            }
        }
        return operations
    }

    /// What `caller` should get from `operation` for Merton's object (`mine`) or Sutton's.
    static func expected(_ access: Access, _ route: MatrixRoute, _ caller: Caller, mine: Bool) -> Outcome {
        let role: ServiceRole
        switch caller {
        case .expired, .revoked, .none: return .status(.unauthorized)
        case .officer, .officerAll: role = .officer
        case .board: role = .board
        case .chair: role = .chair
        case .dpo: role = .dpo
        }
        guard access.roles.contains(role) else { return .status(.forbidden) }
        if access.reach == .everyAuthority && caller != .officerAll { return .status(.forbidden) }
        if !mine && route.reachesObject && !route.publicData && caller != .officerAll { return .status(route.outside) }
        return .passes
    }

    @Test func everyOperationHoldsItsBoundaryForEveryCaller() async throws {
        let documented = try Self.documentedOperations()
        let operations = Array(documented.keys)
        #expect(operations.count >= 60)
        for (operation, id) in documented {
            #expect(MatrixRoute.all[operation] != nil, "no boundary request for \(operation): add it to MatrixRoute.all")
            #expect(AccessPolicy.rules[id] != nil, "no access rule for \(id) (\(operation)) in AccessPolicy")
        }
        try await TestDatabase.withRegister { register, settings in
            let world = try await TwoAuthorities.make(register)
            // A skills framework, so the skills summary has something to answer (docs/skills.md).
            let framework = try Register.readSkillsFramework(
                path: try Fixtures.file(Fixtures.skillsFramework), displayName: "skills.csv")
            _ = try await register.loadSkillsFramework(
                name: "Matrix", questions: framework.questions, loadedOn: Fixtures.d("2015-09-01"), sha256: framework.sha256)
            // The service's own pool: the least-privilege login, seeing no authority until a
            // request's token names some.
            try await Database.with(settings, actor: "govmon serve", maximumConnections: 4, authorityScope: .none) { pool in
                let app = Application(router: ServerApp.router(ServiceFixture.deps(pool)))
                try await app.test(.router) { client in
                    let client = RecordingClient(client)
                    var n = 0
                    // Reads first, then writes, then the writes that spoil objects for later routes.
                    let ordered = operations.sorted { a, b in
                        let rank = { (op: String) in op.hasPrefix("GET") ? 0 : (MatrixRoute.all[op]?.late == true ? 2 : 1) }
                        return (rank(a), a) < (rank(b), b)
                    }
                    for operation in ordered {
                        guard let route = MatrixRoute.all[operation] else { continue }
                        let parts = operation.split(separator: " ").map(String.init)
                        // The service's default: privacy.officer_reads_declarations false.
                        guard let id = documented[operation],
                            let access = AccessPolicy.rule(id, officerReadsDeclarations: false)
                        else { continue }
                        let method = HTTPRequest.Method(parts[0])!
                        var cases: [(Caller, Bool, Outcome)] = []
                        for caller in Caller.allCases {
                            for mine in route.reachesObject ? [true, false] : [true] {
                                cases.append((caller, mine, Self.expected(access, route, caller, mine: mine)))
                            }
                        }
                        // Refusals first, and together they change nothing.
                        let before = try await register.database.fingerprint()
                        for (caller, mine, outcome) in cases where outcome != .passes {
                            n += 1
                            try await Self.check(
                                client, world, route, method, operation, caller, mine: mine, expect: outcome, n: n)
                        }
                        let after = try await register.database.fingerprint()
                        #expect(
                            before == after,
                            "\(operation): a refused request changed \(before.filter { after[$0.key] != $0.value }.keys.sorted())"
                        )
                        for (caller, mine, outcome) in cases where outcome == .passes {
                            n += 1
                            try await Self.check(
                                client, world, route, method, operation, caller, mine: mine, expect: outcome, n: n)
                        }
                    }
                }
            }
        }
    }

    static func token(_ world: TwoAuthorities, _ caller: Caller) -> String? {
        switch caller {
        case .officer: return world.tokens.officer
        case .officerAll: return world.tokens.officerAll
        case .board: return world.tokens.board
        case .chair: return world.tokens.chair
        case .dpo: return world.tokens.dpo
        case .expired: return world.tokens.expired
        case .revoked: return world.tokens.revoked
        case .none: return nil
        }
    }

    static func check(
        _ client: any TestClientProtocol, _ world: TwoAuthorities, _ route: MatrixRoute, _ method: HTTPRequest.Method,
        _ operation: String, _ caller: Caller, mine: Bool, expect outcome: Outcome, n: Int
    ) async throws {
        let side = mine ? world.merton : world.sutton
        let (uri, body) = route.build(side, world, n)
        var headers: HTTPFields = [:]
        if let token = token(world, caller) { headers[.authorization] = "Bearer \(token)" }
        let response = try await client.execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        let text = String(buffer: response.body)
        let label = "\(operation) as \(caller.rawValue) on \(mine ? "its own authority's" : "another authority's") object"
        switch outcome {
        case .status(let status):
            #expect(
                response.status == status, "\(label): expected \(status.code), got \(response.status.code): \(text.prefix(300))")
        case .passes:
            let refused: Set<Int> = [401, 403, 404, 429]
            #expect(
                !refused.contains(response.status.code) && response.status.code < 500,
                "\(label): expected to pass the boundary, got \(response.status.code): \(text.prefix(300))")
        }
        // Nothing of Sutton's reaches a token limited to Merton, allowed or refused.
        if [.officer, .board, .chair].contains(caller) && !route.publicData {
            for marker in TwoAuthorities.suttonMarkers where text.contains(marker) {
                Issue.record("\(label): the answer names \"\(marker)\": \(text.prefix(300))")
            }
        }
        // Another authority's object is answered exactly as one that does not exist.
        if case .status(.notFound) = outcome, !mine, let missing = route.missing?(world) {
            let absent = try await client.execute(
                uri: missing, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
            let detail = { (t: String) in
                t.replacingOccurrences(of: #"\d+"#, with: "#", options: .regularExpression)
                    .replacingOccurrences(of: #""instance": "[^"]*""#, with: "", options: .regularExpression)
            }
            #expect(
                absent.status == response.status && detail(String(buffer: absent.body)) == detail(text),
                "\(label): answered differently from a missing object (\(absent.status.code) \(String(buffer: absent.body)))")
        }
    }
}
