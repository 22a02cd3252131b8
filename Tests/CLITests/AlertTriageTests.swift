import Foundation
import Governance
import Store
import TestSupport
import Testing

/// Alert triage from the command line: filters, bulk acknowledgement with a reason, assignment,
/// snoozing, notes, the summary, and each action kept in the alert's history.
@Suite struct AlertTriageTests {
    @Test func anOfficerWorksThroughTheAlerts() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await Fixtures.trackedBody(register)
            func govmon(_ words: String...) async throws -> CommandRunner.Result {
                try await CommandRunner.run(words, database: settings, actor: "olive.officer")
            }
            #expect(try await govmon("track", "run", "--as-of", "2016-01-20").status == 0)
            let raised = try await register.alerts(openOnly: true)
            let checks = Set(raised.map(\.check))
            // The fixture (a parent whose term ended 2015-12-31, a vacancy since 2015-09-01, nobody
            // trained) raises alerts of more than one check: enough to filter by one.
            #expect(checks.count >= 2, "\(checks)")
            let target = try #require(checks.sorted().first)
            let ofTarget = raised.filter { $0.check == target }.map(\.id).sorted()

            let before = try await register.database.fingerprint()
            #expect(try await govmon("alerts", "ack", "--reason", "backlog").status == 1)  // names no alerts
            #expect(try await govmon("alerts", "ack", "--check", target, "--reason", " ").status == 1)
            #expect(try await govmon("alerts", "snooze", "--check", target, "--until", "2015-01-01").status == 1)  // in the past
            #expect(try await register.database.fingerprint() == before)

            let ack = try await govmon("alerts", "ack", "--check", target, "--reason", "backlog before the 2016 induction")
            #expect(ack.status == 0 && ack.stdout.contains("\(ofTarget.count) alert(s) acknowledged"), "\(ack.stderr)")
            let acknowledged = try await register.alerts(ids: ofTarget)
            #expect(acknowledged.allSatisfy { $0.acknowledgedOn != nil && $0.resolvedOn == nil })
            let listed = try await govmon("alerts", "list", "--state", "acknowledged", "--format", "csv")
            #expect(listed.stdout.split(whereSeparator: \.isNewline).count == ofTarget.count + 1, "\(listed.stdout)")

            let other = try #require(raised.first { $0.check != target })
            #expect(try await govmon("alerts", "assign", String(other.id), "--to", "Olive").status == 0)
            let olives = try await govmon("alerts", "list", "--assignee", "Olive", "--format", "csv")
            #expect(olives.stdout.split(whereSeparator: \.isNewline).count == 2)
            #expect(
                try await govmon("alerts", "snooze", String(other.id), "--until", "2099-01-01", "--reason", "after the review")
                    .status
                    == 0)
            #expect(try await register.alerts(ids: [other.id]).first?.snoozedUntil == Fixtures.d("2099-01-01"))
            #expect(try await govmon("alerts", "note", String(other.id), "--text", "rang the clerk").status == 0)

            // The summary counts by check and state: the target check's alerts all acknowledged.
            let summary = try await govmon("alerts", "summary", "--format", "csv").stdout
            #expect(summary.hasPrefix("check,open,acknowledged,snoozed,resolved"), "\(summary)")
            #expect(summary.contains("\(target),0,\(ofTarget.count),0,0"), "\(summary)")

            // The history: what tracking raised, then each officer action, by whom.
            let show = try await govmon("alerts", "show", String(other.id))
            for words in [
                "raised", "assigned", "Olive", "snoozed", "until 2099-01-01: after the review", "noted", "rang the clerk",
            ] {
                #expect(show.stdout.contains(words), "\(words): \(show.stdout)")
            }
            #expect(show.stdout.contains("olive.officer"))
        }
    }
}
