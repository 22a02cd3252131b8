import Foundation
import Governance
import PostgresNIO
import Store
import TestSupport
import Testing

/// Declared sex and ethnicity live in `diversity_declarations` and nowhere else (issue 11, item 5).
/// Every accepted value is declared through the command line and the HTTP service (a real
/// `govmon serve` process), with mistakes on the way (unknown people, duplicate dates, a bad
/// date, NUL bytes); people object and retention erases. Then every table but the declarations,
/// the aggregate snapshots and the published census profiles, every line the service and the
/// commands wrote, and every error body are searched for every accepted spelling of every value.
@Suite struct SpecialCategoryScanTests {
    /// Every spelling govmon accepts for a declared value (the stored one and the dashed one), as
    /// whole words; the one-letter and numeric forms are left out, as they would match anything.
    static let spellings: [String] = {
        let values = Ethnicity2021.allCases.map(\.rawValue) + DeclaredSex.allCases.map(\.rawValue)
        return Array(Set(values + values.map { $0.replacingOccurrences(of: "_", with: "-") })).sorted()
    }()

    /// The spellings found in `text`, as whole words, ignoring case.
    static func declaredValues(in text: String) -> [String] {
        spellings.filter { value in
            text.range(
                of: #"(?<![A-Za-z_-])"# + NSRegularExpression.escapedPattern(for: value) + #"(?![A-Za-z_-])"#,
                options: [.regularExpression, .caseInsensitive]) != nil
        }
    }

    /// Tables that may hold declared values or their aggregates: the declarations themselves (and
    /// candidates' monitoring answers, kept apart in their own table), the aggregate snapshots, and
    /// the published census profiles (categories, not people).
    static let exempt: Set<String> = [
        "diversity_declarations", "candidate_monitoring", "representation_snapshots", "community_profiles", "profile_counts",
    ]

    @Test func declaredValuesAppearNowhereButTheirOwnTable() async throws {
        try await TestDatabase.withRegister { register, settings in
            let w = try await TwoAuthorities.make(register)
            let (_, admin) = try await register.createToken(
                owner: "Ada Admin", role: .officer, bodyID: nil, laCodes: nil, expiresOn: nil)
            let serve = try ServeProcess(port: ServeProcess.port(), database: settings)
            defer { serve.signal(SIGTERM) }
            try await serve.waitUntilUp()
            let base = "http://127.0.0.1:\(serve.port)/api/v1"
            var errorBodies: [String] = []
            var commandOutput: [String] = []
            let sexes = DeclaredSex.allCases
            // Over HTTP: every value for the Merton member, and mistakes made with real values.
            for (i, ethnicity) in Ethnicity2021.allCases.enumerated() {
                let sex = sexes[i % sexes.count]
                let body = """
                    {"date": "\(Fixtures.d("2016-01-01").adding(days: i).iso)", "sex": "\(sex.rawValue)", \
                    "ethnicity": "\(ethnicity.rawValue)", "collected_by": "online_form"}
                    """
                let made = try await ServeProcess.curl(
                    "\(base)/people/\(w.merton.person)/diversity", method: "POST", token: admin, body: body)
                #expect(made.status == 201, "\(made.body)")
                for (uri, mistake) in [
                    ("\(base)/people/999999/diversity", body),  // no such person
                    ("\(base)/people/\(w.merton.person)/diversity", body),  // the same date again
                    ("\(base)/people/\(w.merton.person)/diversity", body.replacingOccurrences(of: "2016-", with: "2016-13-")),
                    (
                        "\(base)/people/\(w.merton.person)/diversity",
                        body.replacingOccurrences(of: "online-form", with: "x\\u0000y")
                    ),
                ] {
                    let refused = try await ServeProcess.curl(uri, method: "POST", token: admin, body: mistake)
                    #expect(refused.status >= 400, "\(mistake) was accepted")
                    errorBodies.append(refused.body)
                }
            }
            // On the command line: every value for the Sutton member, and the same mistakes.
            for (i, ethnicity) in Ethnicity2021.allCases.enumerated() {
                let sex = sexes[i % sexes.count]
                let words = [
                    "--date", Fixtures.d("2016-01-01").adding(days: i).iso, "--sex", sex.rawValue, "--ethnicity",
                    ethnicity.rawValue, "--collected-by",
                    "paper-form",
                ]
                for person in [String(w.sutton.person), String(w.sutton.person), "999999"] {
                    let run = try await CommandRunner.run(["diversity", "record", person] + words, database: settings)
                    commandOutput.append(run.stdout + run.stderr)
                }
            }
            // The scan can see a value where one is: in the declarations table itself.
            let stored = try await Self.rows(register, "diversity_declarations")
            // Two values for each of the 21 categories, and the fixture's four (TwoAuthorities).
            #expect(stored.count == 2 * Ethnicity2021.allCases.count + 4)
            #expect(stored.allSatisfy { Self.declaredValues(in: $0).count >= 2 })
            // Objections (HTTP and command line), then retention erases what they withhold.
            let objected = try await ServeProcess.curl(
                "\(base)/people/\(w.merton.person)/objection", method: "POST", token: admin, body: #"{"date": "2016-06-01"}"#)
            #expect(objected.status == 201, "\(objected.body)")
            for words in [
                ["diversity", "object", String(w.sutton.person), "--date", "2016-06-01"],
                ["retention", "run", "--as-of", "2016-07-01", "--confirm-large"],
                ["retention", "run", "--as-of", "2016-07-01", "--dry-run"],
            ] {
                let run = try await CommandRunner.run(words, database: settings)
                #expect(run.status == 0, "\(words): \(run.stderr)")
                commandOutput.append(run.stdout + run.stderr)
            }
            #expect(try await register.diversity(personID: w.merton.person).declarations.isEmpty)

            // The scan.
            var found: [String] = []
            for table in try await Self.tables(register) where !Self.exempt.contains(table) {
                for row in try await Self.rows(register, table) {
                    let values = Self.declaredValues(in: row)
                    if !values.isEmpty { found.append("table \(table): \(values) in \(row.prefix(200))") }
                }
            }
            var written: [(String, String)] = [("govmon serve's log", serve.output)]
            written += commandOutput.map { ("a command's output", $0) }
            written += errorBodies.map { ("an error body", $0) }
            for (name, text) in written {
                for line in text.split(separator: "\n") {
                    let values = Self.declaredValues(in: String(line))
                    if !values.isEmpty { found.append("\(name): \(values) in \(line.prefix(200))") }
                }
            }
            #expect(found.isEmpty, "declared values outside their table:\n\(found.prefix(20).joined(separator: "\n"))")
        }
    }

    static func tables(_ register: Register) async throws -> [String] {
        let list = try await DatabaseProbe.text(
            register, "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'")
        return list.split(separator: ",").map(String.init)
    }

    /// Every row of a table as text (trusted table names from the catalogue). The audit trail's
    /// entries about published census counts and aggregate snapshots are left out with those
    /// tables; its entries about declarations are searched, source and all.
    static func rows(_ register: Register, _ table: String) async throws -> [String] {
        try await register.database.read { connection in
            var rows: [String] = []
            let exempt = Self.exempt.subtracting(["diversity_declarations"]).sorted().map { "'\($0)'" }
                .joined(separator: ", ")
            let filter = table == "audit_log" ? " WHERE table_name NOT IN (\(exempt))" : ""
            let query = PostgresQuery(unsafeSQL: "SELECT t::text FROM \"\(table)\" t" + filter)
            for try await row in try await connection.query(query, logger: register.database.logger).decode(String.self) {
                rows.append(row)
            }
            return rows
        }
    }
}
