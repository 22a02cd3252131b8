import Foundation
import Governance
import Store
import TestSupport
import Testing

/// Succession planning policies and the recruitment record of a headteacher appointment
/// (docs/succession.md), end to end from the command line: recording, bad input, the tracking
/// checks with their alerts, voids, and the board report's section in every format.
@Suite struct SuccessionCommandTests {
    /// Abbotsbury (community, 102649) and Beacon (voluntary aided, 102650) are maintained; Crest
    /// (academy, 102651) is not, so no succession check looks at it. Two governors on Abbotsbury's
    /// body and one on Beacon's.
    static func schools(_ register: Register) async throws -> (
        abbotsbury: BodyID, governors: [AppointmentID], beacon: AppointmentID
    ) {
        let abbotsbury = try await Fixtures.communitySchool(register)
        let beaconBody = try #require(
            try await register.addSchool(
                School(urn: 102650, laCode: 315, establishmentNumber: 3300, name: "Beacon RC Primary", category: .voluntaryAided))
        )
        _ = try await register.addSchool(
            School(urn: 102651, laCode: 315, establishmentNumber: 4000, name: "Crest Academy", category: .academy))
        let (_, chair) = try await Fixtures.appoint(
            register, "Cara", "Chair", body: abbotsbury, start: "2014-09-01", years: 4, declared: nil)
        let (_, second) = try await Fixtures.appoint(
            register, "Dev", "Governor", body: abbotsbury, start: "2014-09-01", years: 4, declared: nil)
        let (_, beacon) = try await Fixtures.appoint(
            register, "Eve", "Elsewhere", body: beaconBody, start: "2014-09-01", years: 4, declared: nil)
        return (abbotsbury, [chair, second], beacon)
    }

    @Test func policiesAndRecruitmentRecordsDriveAlertsAndTheReport() async throws {
        try await TestDatabase.withRegister { register, settings in
            let fixture = try await Self.schools(register)
            func govmon(_ words: String...) async throws -> CommandRunner.Result {
                let result = try await CommandRunner.run(words, database: settings)
                #expect(result.status == 0, "\(words): \(result.stderr)")
                return result
            }
            _ = try await govmon(
                "succession", "record", "102649", "--source", "model", "--model-version", "Merton model v1", "--adopted",
                "2015-03-10", "--review", "2017-03-10", "--diversity-evidenced", "no", "--minute", "FGB 10 March 2015, minute 6")
            _ = try await govmon(
                "succession", "record", "102650", "--source", "own", "--adopted", "2015-06-01", "--diversity-evidenced", "yes",
                "--minute", "FGB 1 June 2015, minute 4")
            // 15 April 2015: past the March milestone, Beacon has no policy yet (overdue); the
            // December deadline's diversity check starts 60 days before it, so not yet.
            _ = try await govmon("track", "run", "--as-of", "2015-04-15")
            var open = try await Self.openAlerts(register)
            #expect(open.filter { $0.check.hasPrefix("succession") }.map(\.subject) == ["school:102650"])
            #expect(open.first { $0.subject == "school:102650" }?.severity == "overdue")

            let plan = try await govmon("recruitment", "plan", "102649", "--planned", "2015-10-01", "--recorded", "2015-05-01")
            let recruitment = try #require(Self.number(after: "appointment ", in: plan.stdout))
            _ = try await govmon(
                "recruitment", "panel", recruitment, "--appointment", fixture.governors[0].labelled, "--joined", "2015-05-02")
            _ = try await govmon(
                "recruitment", "panel", recruitment, "--appointment", fixture.governors[1].labelled, "--joined", "2015-05-02")
            _ = try await govmon("recruitment", "stage", recruitment, "--stage", "advertised", "--on", "2015-06-01")
            _ = try await govmon("recruitment", "stage", recruitment, "--stage", "appointed", "--on", "2015-09-20")

            // 30 November 2015: Beacon's June policy clears its alert; Abbotsbury's policy does not
            // evidence diversity (warning, the deadline is 31 December); the head appointed on
            // 20 September has no confirmation 71 days on (overdue after 60).
            _ = try await govmon("track", "run", "--as-of", "2015-11-30")
            open = try await Self.openAlerts(register)
            #expect(
                Set(
                    open.filter { $0.check.hasPrefix("succession") || $0.check == "panel_confirmation" }.map {
                        "\($0.check) \($0.subject) \($0.severity)"
                    })
                    == ["succession_diversity school:102649 warning", "panel_confirmation recruitment:\(recruitment) overdue"])

            _ = try await govmon(
                "recruitment", "confirm", recruitment, "--on", "2015-12-02", "--minute", "FGB 2 December 2015, minute 5")
            _ = try await govmon("track", "run", "--as-of", "2015-12-05")
            open = try await Self.openAlerts(register)
            #expect(!open.contains { $0.check == "panel_confirmation" })
            let shown = try await govmon("recruitment", "show", recruitment, "--format", "csv")
            #expect(shown.stdout.contains("Cara Chair") && shown.stdout.contains("FGB 2 December 2015, minute 5"))

            // The report on 5 December 2015. Milestone rows, by hand: by 31 March 2015 only
            // Abbotsbury's model policy (adopted 10 March) of the 2 maintained schools, not
            // evidencing diversity: 2 | 1 | 0 | 1 | 0; on 5 December both: 2 | 2 | 1 (Beacon's
            // own) | 1 | 1 (Beacon's). The December deadline is after the report's date: no row.
            // One head appointed in the two years, confirmed: 1 of 1.
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("succession-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: out) }
            for format in ["md", "html", "json"] {
                _ = try await govmon(
                    "report", "board", "--la", "315", "--as-of", "2015-12-05", "--format", format, "--out",
                    out.appendingPathComponent("r.\(format)").path)
            }
            _ = try await govmon(
                "report", "board", "--la", "315", "--as-of", "2015-12-05", "--format", "csv", "--out",
                out.appendingPathComponent("csv").path)
            let md = try String(contentsOf: out.appendingPathComponent("r.md"), encoding: .utf8)
            #expect(md.contains("| By 31 March 2015 (rec 1) | 2 | 1 | 0 | 1 | 0 |"), "\(md)")
            #expect(md.contains("| On 5 December 2015 (this report) | 2 | 2 | 1 | 1 | 1 |"))
            #expect(!md.contains("By 31 December 2015 (recs 4, 12)") && !md.contains("Crest Academy"))
            #expect(md.contains("for 1 of 1 (100.0%) the panel has confirmed"))
            let html = try String(contentsOf: out.appendingPathComponent("r.html"), encoding: .utf8)
            #expect(
                html.contains("Succession planning and headteacher appointments")
                    && html.contains("FGB 2 December 2015, minute 5"))
            let json =
                try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("r.json"))) as? [String: Any]
            let sections = json?["sections"] as? [[String: Any]] ?? []
            let succession = try #require(sections.first { $0["id"] as? String == "succession" })
            let tables = succession["tables"] as? [[String: Any]] ?? []
            #expect(
                tables.compactMap { $0["id"] as? String } == [
                    "succession-milestones", "succession-schools", "succession-head-appointments",
                ])
            let csvFolder = out.appendingPathComponent("csv")
            let milestonesFile = try #require(
                try FileManager.default.contentsOfDirectory(atPath: csvFolder.path).first {
                    $0.hasSuffix("-succession-milestones.csv")
                })
            let csv = try String(contentsOf: csvFolder.appendingPathComponent(milestonesFile), encoding: .utf8)
            #expect(csv.contains("On 5 December 2015 (this report),2,2,1,1,1"), "\(csv)")

            // A mistake is voided, not deleted: the listing drops it, its history keeps it.
            _ = try await govmon("succession", "void", "2", "--reason", "entered for the wrong school")
            #expect(try await govmon("succession", "list").stdout.contains("Beacon") == false)
            #expect(try await govmon("succession", "history", "2").stdout.contains("entered for the wrong school"))
        }
    }

    @Test func badInputIsRefusedInOneLineAndChangesNothing() async throws {
        try await TestDatabase.withRegister { register, settings in
            let fixture = try await Self.schools(register)
            let recruitment = try await register.planHeadteacherRecruitment(
                bodyID: fixture.abbotsbury, recordedOn: Fixtures.d("2015-05-01"), plannedOn: Fixtures.d("2015-10-01"), note: nil)
            _ = try await register.addRecruitmentStage(recruitment, stage: .interviewed, on: Fixtures.d("2015-07-01"), note: nil)
            let before = try await register.database.fingerprint()
            let policy = [
                "succession", "record", "102649", "--adopted", "2015-03-10", "--diversity-evidenced", "yes", "--minute", "m1",
            ]
            let r = String(recruitment)
            let cases: [[String]] = [
                policy + ["--source", "model"],
                policy + ["--source", "own", "--model-version", "v1"],
                policy + ["--source", "own", "--review", "2015-03-01"],
                policy + ["--source", "sideways"],
                [
                    "succession", "record", "999999", "--source", "own", "--adopted", "2015-03-10", "--diversity-evidenced",
                    "yes", "--minute", "m",
                ],
                [
                    "succession", "record", "102649", "--source", "own", "--adopted", "2015-03-10", "--diversity-evidenced",
                    "maybe", "--minute", "m",
                ],
                [
                    "succession", "record", "102649", "--source", "own", "--adopted", "2015-03-10", "--diversity-evidenced",
                    "yes", "--minute", " ",
                ],
                // Another body's governor cannot sit on this panel; stages go forward only.
                ["recruitment", "panel", r, "--appointment", fixture.beacon.labelled, "--joined", "2015-05-02"],
                ["recruitment", "panel", r, "--appointment", fixture.governors[0].labelled, "--joined", "2014-01-01"],
                ["recruitment", "stage", r, "--stage", "shortlisted", "--on", "2015-07-10"],
                ["recruitment", "stage", r, "--stage", "appointed", "--on", "2015-06-30"],
                ["recruitment", "stage", r, "--stage", "interviewed", "--on", "2015-07-02"],
                ["recruitment", "stage", "999", "--stage", "advertised", "--on", "2015-07-02"],
                ["recruitment", "confirm", r, "--on", "2015-06-01", "--minute", "too early"],
                ["recruitment", "confirm", r, "--on", "2015-08-01", "--minute", ""],
            ]
            for words in cases {
                let result = try await CommandRunner.run(words, database: settings)
                // A value the option's type refuses is argument-parser's usage error (exit 64, the
                // first line names the option); every other refusal is one line from govmon (exit 1).
                if result.status == 64 {
                    #expect(
                        result.stderr.hasPrefix("Error: The value") && result.stderr.contains("--"), "\(words): \(result.stderr)")
                } else {
                    #expect(result.status == 1, "\(words): \(result.stdout)")
                    #expect(
                        result.stderr.split(separator: "\n").count == 1 && result.stderr.hasPrefix("govmon: --")
                            || result.stderr.hasPrefix("govmon: no "),
                        "\(words): \(result.stderr)")
                }
            }
            #expect(try await register.database.fingerprint() == before)
        }
    }

    struct OpenAlert { var check: String, subject: String, severity: String }

    /// The open alerts as the tracking runs of the command line left them.
    static func openAlerts(_ register: Register) async throws -> [OpenAlert] {
        try await register.alerts(openOnly: true).map {
            OpenAlert(check: $0.check, subject: $0.subject, severity: $0.severity.rawValue)
        }
    }

    /// The number after `prefix` in `text` ("...appointment 3 for body...": "3").
    static func number(after prefix: String, in text: String) -> String? {
        guard let range = text.range(of: prefix) else { return nil }
        let digits = text[range.upperBound...].prefix { $0.isNumber }
        return digits.isEmpty ? nil : String(digits)
    }
}
