import Foundation
import Governance
import Store
import TestSupport
import Testing

/// `govmon reconstitution status`, `track run` and `alerts list` end to end, and their bad input.
@Suite struct TrackingCommandTests {
    @Test func statusTrackAndAlertsFromTheCommandLine() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await Fixtures.trackedBody(register)
            func govmon(_ words: String...) async throws -> CommandRunner.Result {
                try await CommandRunner.run(words, database: settings)
            }
            let status = try await govmon("reconstitution", "status", "--as-of", "2015-11-30")
            // The body's only instrument (2012 regulations) took effect on 2015-09-01: reconstituted by the deadline.
            #expect(status.status == 0 && status.stdout.contains("reconstituted by the deadline: 1"))
            let first = try await govmon("track", "run", "--as-of", "2015-12-05")
            #expect(first.status == 0 && first.stdout.contains("4 alert(s) raised"))
            let second = try await govmon("track", "run", "--as-of", "2015-12-05")
            #expect(second.status == 0 && second.stdout.contains("0 alert(s) raised, 0 resolved; 4 open"))
            let alerts = try await govmon("alerts", "list", "--open", "--format", "json")
            let rows = try JSONSerialization.jsonObject(with: Data(alerts.stdout.utf8)) as? [[String: Any]]
            #expect(rows?.count == 4)
            #expect(
                Set(rows?.compactMap { $0["check"] as? String } ?? [])
                    == ["term_ending", "long_vacancy", "chair_review", "induction_overdue"])
            // Every alert cites its rule: the check's own sentence with its source in brackets.
            for row in rows ?? [] {
                let check = try #require(row["check"] as? String)
                #expect(
                    row["rule"] as? String == DeadlineChecks.rule(named: check) && (row["rule"] as? String)?.contains("(") == true
                )
            }
            // A reader that goes away (`| true`, like `| head`) stops the command quietly with success
            // instead of a crash report: the pipeline succeeds even under pipefail.
            let piped = try await ScriptRunner.shell(
                "set -o pipefail; GOVMON_DATABASE_URL='\(settings.url)' '\(CommandRunner.executable)' alerts list --open | true")
            #expect(piped.status == 0 && !piped.stderr.contains("Fatal error"), "\(piped.stderr)")
            let table = try await govmon("alerts", "list", "--open")
            #expect(table.status == 0 && table.stdout.contains("Rules:\n"))
            #expect(
                table.stdout.contains(
                    "  long_vacancy: The clerk keeps the register and reports vacancies (docs/constitution.md s6)"))
            let check = try await govmon("body", "check", "102649", "--as-of", "2015-11-30")
            #expect(check.status == 0 && check.stdout.contains("reg 13(5)") && check.stdout.contains("Readings used"))
        }
    }

    @Test func badInputIsRefusedAndChangesNothing() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await Fixtures.trackedBody(register)
            let before = try await register.database.fingerprint()
            let cases: [[String]] = [
                ["reconstitution", "stage", "no such body", "review-started", "--date", "2015-01-01"],
                ["recruitment", "plan", "102649", "--planned", "2015-01-01", "--recorded", "2015-06-01"],
                ["instrument", "add", "102649", "--made", "2016-06-01", "--effective", "2016-09-01", "--seat", "co-opted=-3:4"],
                ["review", "record", "102649", "--chair", "1", "--date", "2015-10-01", "--judgement", "representative"],
                ["reconstitution", "depart", "1", "--decided-by", "local-authority", "--decided-on", "2015-10-01"],
            ]
            for words in cases {
                let result = try await CommandRunner.run(words, database: settings)
                #expect(result.status == 1, "\(words): \(result.stderr)")
                #expect(
                    result.stderr.split(separator: "\n").count == 1 && result.stderr.hasPrefix("govmon: "),
                    "\(words): \(result.stderr)")
            }
            let impossible = try await CommandRunner.run(
                ["reconstitution", "stage", "102649", "consultation", "--date", "2015-02-30"],
                database: settings)
            #expect(impossible.status != 0 && impossible.stderr.contains("2015-02-30"))
            #expect(try await register.database.fingerprint() == before)
        }
    }
}
