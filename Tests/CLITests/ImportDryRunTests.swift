import Foundation
import Governance
import Store
import TestSupport
import Testing

/// `import gias|schools --dry-run`: the import runs and is rolled back; its report says what the
/// file would change, and the database is exactly as it was.
@Suite struct ImportDryRunTests {
    @Test func aDryRunReportsWhatTheImportWouldDoAndWritesNothing() async throws {
        try await TestDatabase.withRegister { register, settings in
            let schools = try Fixtures.file(Fixtures.establishments, name: "establishments.csv")
            let governance = try Fixtures.file(Fixtures.governance, name: "governance.csv")
            let empty = try await register.database.fingerprint()
            let drySchools = try CommandRunner.run(["import", "schools", schools, "--dry-run", "--quiet"], database: settings)
            #expect(drySchools.status == 0 && drySchools.stdout.hasPrefix("Dry run, nothing written:"), "\(drySchools.stderr)")
            #expect(try await register.database.fingerprint() == empty)
            #expect(try CommandRunner.run(["import", "schools", schools, "--quiet"], database: settings).status == 0)

            let before = try await register.database.fingerprint()
            let dry = try CommandRunner.run(["import", "gias", governance, "--dry-run", "--quiet"], database: settings)
            #expect(dry.status == 0 && dry.stdout.hasPrefix("Dry run, nothing written:"), "\(dry.stderr)")
            #expect(try await register.database.fingerprint() == before)
            // The real import then does what the dry run said, count for count.
            let real = try CommandRunner.run(["import", "gias", governance, "--quiet"], database: settings)
            func counts(_ text: String) -> String { text.components(separatedBy: "rows read;").last ?? "" }
            #expect(
                real.stdout.hasPrefix("Imported") && counts(dry.stdout) == counts(real.stdout), "\(dry.stdout)\n\(real.stdout)")
            // Against what is now held, the same file would add nothing.
            let again = try CommandRunner.run(["import", "gias", governance, "--dry-run", "--quiet"], database: settings)
            #expect(again.stdout.contains("appointments: 0 new"), "\(again.stdout)")
        }
    }
}
