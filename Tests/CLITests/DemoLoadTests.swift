import Foundation
import Governance
import Reports
import Store
import TestSupport
import Testing

/// The demo borough end to end through the command line (about a minute in a debug build).
@Suite struct DemoLoadTests {
    @Test func theDemoLoadsTracksIdempotentlyAndRestoresFromABackup() async throws {
        try await TestDatabase.withRegister { register, settings in
            func govmon(_ words: String...) async throws -> CommandRunner.Result {
                try await CommandRunner.run(words, database: settings)
            }
            let load = try await govmon("demo", "load", "--seed", "2015")
            #expect(load.status == 0, "\(load.stderr)")
            let summary = try await register.summary(laCode: 315, asOf: CalendarDate(iso: "2015-11-30")!)
            // 62 schools, 54 maintained; 52 own bodies plus the federation = 53 bodies.
            #expect(summary.schools == 62 && summary.maintainedSchools == 54 && summary.bodies == 53 && summary.federations == 1)
            #expect((500...900).contains(summary.servingGovernors))
            #expect(summary.declaredEthnicity < summary.servingGovernors)
            let first = try await govmon("track", "run", "--as-of", "2015-11-30")
            let second = try await govmon("track", "run", "--as-of", "2015-11-30")
            #expect(first.status == 0 && !first.stdout.contains(" 0 alert(s) raised"))
            #expect(second.stdout.contains(" 0 alert(s) raised, 0 resolved"))
            let status = try await govmon("reconstitution", "status", "--as-of", "2015-11-30", "--la", "315")
            #expect(status.status == 0 && status.stdout.contains("overdue:"))
            // alerts list on the demo borough: every open alert, each citing its rule.
            let alerts = try await govmon("alerts", "list", "--open", "--format", "json")
            let listed = try JSONSerialization.jsonObject(with: Data(alerts.stdout.utf8)) as? [[String: Any]] ?? []
            let open = try await register.alerts(openOnly: true)
            #expect(alerts.status == 0 && listed.count == open.count && !listed.isEmpty)
            #expect(listed.allSatisfy { ($0["rule"] as? String)?.isEmpty == false })

            // The board report on the demo borough gives nothing away, and it does hide something.
            let board = try await BoardReportTests.report(register, audience: .board)
            #expect(BoardReportTests.expectNothingRecoverable(board, threshold: 5) > 50)
            #expect(board.tables.contains { $0.aboutPeople && $0.rows.contains { $0.contains(.suppressed) } })
            // ... nor to an auditor's interval attack over everything the board is given.
            let attack = try await DisclosureAuditTests.attack(settings)
            #expect(attack.status == 0 && attack.stdout.contains("audit: "), "\(attack.stdout)\(attack.stderr)")

            // ... and both versions print cleanly: no text over other text on any page of the PDF.
            try await Self.pdfPagesAreClean(settings)

            // represent body, borough and trend against an independent computation (scipy, statsmodels).
            let matched = try await DemoRepresentationCheck.run(settings)
            #expect(matched > 1_000)

            // Every change the demo made is attributed.
            let audit = try await register.audit(limit: 5)
            #expect(audit.allSatisfy { $0.actor == "cli-tester" })

            // A backup of the demo borough restores into a new database row for row.
            try await Self.backupRestoresEveryRow(register, settings)
        }
    }

    /// The board and officer versions printed to PDF by `govmon report board --format pdf`, read
    /// back from the PDF's text positions (scripts/references/pdf_layout.py, pdfplumber): no two
    /// words print over each other on any page (the running header and footer over the content,
    /// chart labels over each other), and every page carries its marking below the content.
    static func pdfPagesAreClean(_ settings: DatabaseSettings) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-pdf-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = TestDatabase.root.appendingPathComponent("scripts/references/pdf_layout.py").path
        for (audience, marking) in [("board", "OFFICIAL"), ("officer", "OFFICIAL-SENSITIVE")] {
            let pdf = folder + "/\(audience).pdf"
            let printed = try await CommandRunner.run(
                [
                    "report", "board", "--la", "315", "--as-of", "2015-11-30", "--since", "2014-11-30", "--audience", audience,
                    "--format", "pdf", "--out", pdf,
                ], database: settings)
            #expect(printed.status == 0, "\(printed.stderr)")
            let layout = try await ScriptRunner.program("/usr/bin/env", ["python3", script, pdf, marking])
            #expect(layout.status == 0 && layout.stdout.contains(" 0 problems"), "\(audience): \(layout.stdout)\(layout.stderr)")
        }
    }

    /// deploy/backup.sh, then deploy/restore.sh into an empty database: every table's row count
    /// and the hash of its rows (`Database.fingerprint`) match; the restored register works.
    static func backupRestoresEveryRow(_ register: Register, _ settings: DatabaseSettings) async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-\(UUID().uuidString).dump").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let backup = try await ScriptRunner.run("deploy/backup.sh", [settings.url, file])
        #expect(backup.status == 0, "\(backup.stderr)")
        let target = try await TestDatabase.empty()
        // A restore creates the schema: the owner's login restores; the service's login reads it.
        let restored = TestDatabase.app(target)
        let restore = try await ScriptRunner.run("deploy/restore.sh", [file, TestDatabase.owner(target).url])
        #expect(restore.status == 0, "\(restore.stderr)")
        let original = try await register.database.fingerprint()
        let copy = try await Database.with(restored, actor: "test") { try await $0.fingerprint() }
        // 51 tables by sql/0001-0026, schema_migrations included (35 before sql/0017 added
        // user_accounts, one_time_links, web_sessions and sign_in_attempts, and sql/0018 declaration_reads;
        // sql/0021 added succession_policies, recruitment_stages, recruitment_panel_members, panel_confirmations;
        // sql/0022 candidates, candidate_stages, candidate_monitoring; sql/0024 skills_frameworks,
        // skills_questions, skills_answers; sql/0026 vacancy_skills_sought).
        #expect(
            original.count == 51 && original == copy,
            "tables differ: \(original.filter { copy[$0.key] != $0.value }.keys.sorted())")
        // A second restore into a database that is not empty is refused and changes nothing.
        let again = try await ScriptRunner.run("deploy/restore.sh", [file, TestDatabase.owner(target).url])
        #expect(again.status == 1 && again.stderr.contains("already has"))
        let summary = try await CommandRunner.run(
            ["register", "summary", "--la", "315", "--as-of", "2015-11-30"], database: restored)
        let before = try await CommandRunner.run(
            ["register", "summary", "--la", "315", "--as-of", "2015-11-30"], database: settings)
        #expect(summary.status == 0 && summary.stdout == before.stdout)
        try await TestDatabase.drop(target)
    }
}
