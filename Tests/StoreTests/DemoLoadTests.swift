import Foundation
import Governance
import Store
import Testing

/// The demo borough end to end through the command line (about a minute in a debug build).
@Suite struct DemoLoadTests {
    @Test func theDemoLoadsAndTracksIdempotently() async throws {
        try await TestDatabase.withRegister { register, settings in
            func govmon(_ words: String...) throws -> CommandRunner.Result { try CommandRunner.run(words, database: settings) }
            let load = try govmon("demo", "load", "--seed", "2015")
            #expect(load.status == 0, "\(load.stderr)")
            let summary = try await register.summary(laCode: 315, asOf: CalendarDate(iso: "2015-11-30")!)
            // 62 schools, 54 maintained; 52 own bodies plus the federation = 53 bodies.
            #expect(summary.schools == 62 && summary.maintainedSchools == 54 && summary.bodies == 53 && summary.federations == 1)
            #expect((500...900).contains(summary.servingGovernors))
            #expect(summary.declaredEthnicity < summary.servingGovernors)
            let first = try govmon("track", "run", "--as-of", "2015-11-30")
            let second = try govmon("track", "run", "--as-of", "2015-11-30")
            #expect(first.status == 0 && !first.stdout.contains(" 0 alert(s) raised"))
            #expect(second.stdout.contains(" 0 alert(s) raised, 0 resolved"))
            let status = try govmon("reconstitution", "status", "--as-of", "2015-11-30", "--la", "315")
            #expect(status.status == 0 && status.stdout.contains("overdue:"))
            // Every change the demo made is attributed.
            let audit = try await register.audit(limit: 5)
            #expect(audit.allSatisfy { $0.actor == "cli-tester" })
        }
    }
}
