import Foundation
import Store
import TestSupport
import Testing

/// The board version of the MGA Board report against an auditor's interval attack
/// (scripts/references/interval_attack.py: scipy's linprog over every relation a reader can see
/// in the CSV data pack, the JSON and the Markdown, the membership table's seats and vacancies
/// included), on the demo borough of two seeds.
@Suite struct DisclosureAuditTests {
    /// Writes the board version for LA 315 on 30 November 2015 through `govmon report board` and
    /// attacks it; returns the auditor's output. Checks on the way that the Markdown holds no
    /// HTML entity references.
    static func attack(_ settings: DatabaseSettings) async throws -> CommandRunner.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-audit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (format, out) in [("md", "/report.md"), ("json", "/report.json"), ("csv", "/data")] {
            let written = try await CommandRunner.run(
                [
                    "report", "board", "--la", "315", "--as-of", "2015-11-30", "--since", "2014-11-30", "--format", format,
                    "--out", folder + out,
                ], database: settings)
            #expect(written.status == 0, "\(written.stderr)")
        }
        // The Markdown is plain text: no HTML entity references (issue 15, "a clean page").
        let markdown = try String(contentsOfFile: folder + "/report.md", encoding: .utf8)
        #expect(markdown.range(of: #"&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);"#, options: .regularExpression) == nil)
        let script = TestDatabase.root.appendingPathComponent("scripts/references/interval_attack.py").path
        return try await ScriptRunner.program(
            "/usr/bin/env", ["python3", script, folder + "/data", folder + "/report.json", folder + "/report.md", "5"])
    }

    /// Seed 7 (seed 2015 is attacked in DemoLoadTests, on the database it loads anyway).
    @Test func aSecondSeedsBoardReportSurvivesTheIntervalAttack() async throws {
        try await TestDatabase.withRegister { _, settings in
            let load = try await CommandRunner.run(["demo", "load", "--seed", "7"], database: settings)
            #expect(load.status == 0, "\(load.stderr)")
            let audit = try await Self.attack(settings)
            print(audit.stdout)
            #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
            // The attack had something to attack: hidden cells with relations.
            #expect(audit.stdout.contains("audit: ") && !audit.stdout.contains("audit: 0 hidden"), "\(audit.stdout)")
        }
    }
}
