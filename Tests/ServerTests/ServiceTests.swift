import Bootstrap
import Foundation
import Governance
import Hummingbird
import HummingbirdTesting
import Reports
import Server
import Store
import TestSupport
import Testing

/// The HTTP service through Hummingbird's testing client, against a real PostgreSQL.
@Suite struct ServiceTests {

    /// The document is valid OpenAPI 3.1 (checked by an independent tool), every operation in it has
    /// exactly one access rule (or is one of the open ones), no rule names an operation it lacks,
    /// and each operation's "Roles:" line says what its rule says.
    @Test func theDocumentIsValidAndEveryOperationHasItsAccessRule() async throws {
        let path = TestDatabase.root.appendingPathComponent("openapi.yaml").path
        // Validated by Python's openapi-spec-validator (PyPI), which reads the 3.1 schema dialect.
        let check = try await Python.run(
            """
            import sys, yaml
            from openapi_spec_validator import validate
            validate(yaml.safe_load(open(sys.argv[1])))
            print("valid")
            """, path)
        #expect(check == "valid", "openapi-spec-validator: \(check)")
        let roles = try await Python.run(
            """
            import sys, yaml
            doc = yaml.safe_load(open(sys.argv[1]))
            for path, item in doc['paths'].items():
                for method, op in item.items():
                    line = (op.get('description') or '').split('.')[0]
                    print(op['operationId'] + '|' + (line[len('Roles: '):] if line.startswith('Roles: ') else '-'))
            """, path)
        var documented: [String: String] = [:]
        for line in roles.split(separator: "\n") {
            let parts = line.split(separator: "|", maxSplits: 1).map(String.init)
            documented[parts[0]] = parts[1]
        }
        #expect(documented.count >= 66)
        // Every domain enum and its twin in the document share their values, case by case.
        #expect(ContractEnums.mismatches() == [])
        #expect(Set(documented.keys) == Set(AccessPolicy.rules.keys).union(AccessPolicy.open))
        #expect(AccessPolicy.open.isDisjoint(with: AccessPolicy.rules.keys))
        for operation in AccessPolicy.rules.keys {
            // The service's default: privacy.officer_reads_declarations false.
            let access = try #require(AccessPolicy.rule(operation, officerReadsDeclarations: false))
            let order: [ServiceRole] = [.officer, .board, .chair, .dpo]
            var expected = order.filter { access.roles.contains($0) }.map(\.rawValue).joined(separator: ", ")
            if access.reach == .everyAuthority { expected += " with a token for every authority" }
            #expect(documented[operation] == expected, "\(operation): the document says \(documented[operation] ?? "nothing")")
        }
    }

    @Test func rolesTokensAndProblems() async throws {
        try await TestDatabase.withRegister { register, _ in
            let (body, _) = try await Fixtures.representedBody(register)
            let other = try #require(
                try await register.addSchool(
                    School(
                        urn: 102650, laCode: 315, establishmentNumber: 2078,
                        name: "Other Primary", category: .community)))
            let (_, officer) = try await register.createToken(
                owner: "Olive Officer", role: .officer, bodyID: nil, laCodes: [315], expiresOn: nil)
            let (_, board) = try await register.createToken(
                owner: "Bob Board", role: .board, bodyID: nil, laCodes: nil, expiresOn: nil)
            let (_, chair) = try await register.createToken(
                owner: "Cath Chair", role: .chair, bodyID: body, laCodes: nil, expiresOn: nil)
            let (_, expired) = try await register.createToken(
                owner: "Old", role: .officer, bodyID: nil, laCodes: nil,
                expiresOn: CalendarDate(iso: "2015-01-01")!)
            let (revokedID, revoked) = try await register.createToken(
                owner: "Gone", role: .officer, bodyID: nil, laCodes: nil, expiresOn: nil)
            try await register.revokeToken(revokedID.id, on: CalendarDate(iso: "2016-01-01")!)
            let app = Application(router: ServerApp.router(ServiceFixture.deps(register.database)))
            try await app.test(.router) { client in
                let client = RecordingClient(client)
                // 401: missing, unknown, expired, revoked; the problem says only that a valid token is needed.
                for headers in [
                    HTTPFields(), ServiceFixture.bearer("gm_nonsense"), ServiceFixture.bearer(expired),
                    ServiceFixture.bearer(revoked),
                ] {
                    try await client.execute(uri: "/api/v1/bodies", method: .get, headers: headers) { response in
                        #expect(response.status == .unauthorized)
                        #expect(response.headers[.contentType] == "application/problem+json")
                        #expect(String(buffer: response.body).contains("A valid bearer token is required."))
                    }
                }
                // 403: the board may not write; a chair may not read another body.
                try await client.execute(
                    uri: "/api/v1/appointments", method: .post, headers: ServiceFixture.bearer(board),
                    body: ByteBuffer(string: "{}")
                ) { #expect($0.status == .forbidden) }
                try await client.execute(
                    uri: "/api/v1/bodies/\(other)/appointments", method: .get, headers: ServiceFixture.bearer(chair)
                ) {
                    #expect($0.status == .forbidden)
                }
                try await client.execute(
                    uri: "/api/v1/bodies/\(body)/appointments", method: .get, headers: ServiceFixture.bearer(chair)
                ) {
                    #expect($0.status == .ok)
                }
                // 404 with a plain sentence.
                try await client.execute(
                    uri: "/api/v1/bodies/no%20such%20body", method: .get, headers: ServiceFixture.bearer(officer)
                ) {
                    response in
                    #expect(response.status == .notFound && String(buffer: response.body).contains("no governing body"))
                }
                // An officer's write is audited with the token's owner as the actor. The fixture's
                // co-opted seats are all filled, so the appointment is refused unless the officer
                // says why (the same entry check as the command line).
                let appoint =
                    "{\"body\": \"\(body)\", \"forename\": \"Newt\", \"surname\": \"Governor\", \"category\": \"co_opted\", \"start\": \"2015-09-01\"}"
                try await client.execute(
                    uri: "/api/v1/appointments", method: .post, headers: ServiceFixture.bearer(officer),
                    body: ByteBuffer(string: appoint)
                ) { response in
                    #expect(response.status == .unprocessableContent)
                    #expect(String(buffer: response.body).contains("seats are filled"), "\(String(buffer: response.body))")
                }
                let overridden =
                    String(appoint.dropLast())
                    + ", \"allow_over_establishment\": true, \"reason\": \"an extra co-opted governor for the 2015 review\"}"
                try await client.execute(
                    uri: "/api/v1/appointments", method: .post, headers: ServiceFixture.bearer(officer),
                    body: ByteBuffer(string: overridden)
                ) { #expect($0.status == .created, "\(String(buffer: $0.body))") }
                try await client.execute(
                    uri: "/api/v1/appointments", method: .post, headers: ServiceFixture.bearer(officer),
                    body: ByteBuffer(string: "{\"body\": 1}")
                ) { response in
                    #expect(response.status == .badRequest && response.headers[.contentType] == "application/problem+json")
                }
                // The board gets no count below the threshold; a chair gets bands, not counts.
                try await client.execute(
                    uri: "/api/v1/authorities/315/representativeness?as_of=2015-11-30", method: .get,
                    headers: ServiceFixture.bearer(board)
                ) { response in
                    #expect(response.status == .ok)
                    let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                    for table in json?["tables"] as? [[String: Any]] ?? [] {
                        for row in table["rows"] as? [[String: Any]] ?? [] {
                            for key in ["in_group", "not_in_group", "unknown", "total"] {
                                if let count = row[key] as? Int {
                                    #expect(count == 0 || count >= 5, "\(key) \(count)")
                                } else {
                                    #expect(row[key] as? String == "c", "\(key): \(String(describing: row[key]))")
                                }
                            }
                        }
                    }
                }
                try await client.execute(
                    uri: "/api/v1/bodies/\(body)/representativeness?as_of=2015-11-30", method: .get,
                    headers: ServiceFixture.bearer(chair)
                ) { response in
                    let text = String(buffer: response.body)
                    #expect(response.status == .ok && text.contains("\"band\"") && !text.contains("\"counts\""))
                }
                try await client.execute(
                    uri: "/api/v1/reports/board?la=315&as_of=2015-11-30&audience=officer", method: .get,
                    headers: ServiceFixture.bearer(board)
                ) { response in
                    // The board role always gets the board version, whatever it asks for.
                    let html = String(buffer: response.body)
                    #expect(response.status == .ok && html.contains("OFFICIAL") && !html.contains("OFFICIAL-SENSITIVE"))
                }
                try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
                try await client.execute(uri: "/ready", method: .get) { #expect($0.status == .ok) }
                try await client.execute(uri: "/openapi.yaml", method: .get) {
                    #expect(String(buffer: $0.body).hasPrefix("openapi: 3.1.0"))
                }
            }
            let audit = try await register.audit(table: "appointments", limit: 1)
            #expect(audit.first?.actor.hasPrefix("Olive Officer (token ") == true)
        }
    }

}
