import Foundation
import Governance
import Store
import TestSupport
import Testing

/// Hostile text through the command line into PostgreSQL and out again: stored verbatim, never
/// breaking SQL, escaped in HTML, defused in CSV.
@Suite struct HostileInputTests {
    /// Names an attacker (or an unlucky user) might type. Each is stored and read back exactly.
    static let schoolName = "<script>alert('x')</script> St Mary's & \"All\" \u{202E}fdp.exe 🏫"
    static let forename = "Robert'); DROP TABLE people;--"
    static let surname = "O'Brien <b>bold</b> \u{200F}שלום 👩🏽‍🏫 \\ %_ $$ ;"
    static let formula = "=HYPERLINK(\"http://evil.example\",\"click\")"

    @Test func hostileTextIsStoredVerbatimAndShownSafely() async throws {
        try await TestDatabase.withRegister { register, settings in
            func govmon(_ words: [String]) async throws -> CommandRunner.Result {
                try await CommandRunner.run(words, database: settings)
            }
            try await register.addLocalAuthority(LocalAuthority(code: 315, name: "Merton"))
            let school = try await govmon([
                "school", "add", "--urn", "102649", "--la", "315", "--number", "2077", "--name", Self.schoolName,
                "--category", "community",
            ])
            #expect(school.status == 0, "\(school.stderr)")
            let appoint = try await govmon([
                "governor", "appoint", "102649", "--forename", Self.forename, "--surname", Self.surname, "--category",
                "parent", "--start", "2015-09-01",
            ])
            #expect(appoint.status == 0, "\(appoint.stderr)")
            // Names that a spreadsheet would run as formulas (the listing's name cell starts with the forename).
            for (forename, surname) in [
                (Self.formula, "Link"), ("@SUM(A1:A9)", "Sum"), ("-2+3", "Minus"), ("+1+1", "Plus"),
            ] {
                let formula = try await govmon([
                    "governor", "appoint", "102649", "--forename=\(forename)", "--surname", surname, "--category",
                    "co-opted", "--start", "2015-09-01", "--term-years", "4",
                ])
                #expect(formula.status == 0, "\(formula.stderr)")
            }

            // Stored exactly, and the tables are all still there.
            let serving = try await register.appointments(bodyID: register.body("102649").id)
            let people = try await serving.asyncMap { try await register.person($0.personID) }
            #expect(people.contains { $0.forename1 == Self.forename && $0.surname == Self.surname })
            #expect(try await register.schools().first?.school.name == Self.schoolName)
            #expect(try await register.database.fingerprint().keys.contains("people"))

            // JSON output carries the text exactly.
            let json = try await govmon(["governor", "list", "102649", "--as-of", "2015-11-30", "--format", "json"])
            let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
            let names = (rows ?? []).flatMap { $0.values.compactMap { $0 as? String } }
            #expect(names.contains { $0.contains(Self.surname) }, "\(json.stdout)")

            // CSV output defuses formulas: the cell starts with a quote mark, not "=" or "@".
            let csv = try await govmon(["governor", "list", "102649", "--as-of", "2015-11-30", "--format", "csv"])
            #expect(
                csv.stdout.contains("'=HYPERLINK") && csv.stdout.contains("'@SUM") && csv.stdout.contains("'-2+3")
                    && csv.stdout.contains("'+1+1"),
                "\(csv.stdout)")
            #expect(!csv.stdout.contains(",=HYPERLINK") && !csv.stdout.contains(",\"=HYPERLINK"))

            // HTML escapes everything the text contains.
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).html").path
            let report = try await govmon([
                "report", "board", "--la", "315", "--as-of", "2015-11-30", "--audience", "officer", "--format", "html",
                "--out", out,
            ])
            #expect(report.status == 0, "\(report.stderr)")
            let html = try String(contentsOfFile: out, encoding: .utf8)
            #expect(html.contains("&lt;script&gt;alert(") && !html.contains("<script>alert("))
            #expect(html.contains("\u{202E}fdp.exe") && html.contains("🏫"))

            // The audit trail recorded the text as data too.
            let audit = try await register.audit(table: "people", limit: 10)
            #expect(audit.contains { $0.after?.contains("DROP TABLE people") == true })
        }
    }
}
