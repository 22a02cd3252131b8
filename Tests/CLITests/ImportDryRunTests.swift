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
            let drySchools = try await CommandRunner.run(
                ["import", "schools", schools, "--dry-run", "--quiet"], database: settings)
            #expect(drySchools.status == 0 && drySchools.stdout.hasPrefix("Dry run, nothing written:"), "\(drySchools.stderr)")
            #expect(try await register.database.fingerprint() == empty)
            #expect(try await CommandRunner.run(["import", "schools", schools, "--quiet"], database: settings).status == 0)

            let before = try await register.database.fingerprint()
            let dry = try await CommandRunner.run(["import", "gias", governance, "--dry-run", "--quiet"], database: settings)
            #expect(dry.status == 0 && dry.stdout.hasPrefix("Dry run, nothing written:"), "\(dry.stderr)")
            #expect(try await register.database.fingerprint() == before)
            // The real import then does what the dry run said, count for count.
            let real = try await CommandRunner.run(["import", "gias", governance, "--quiet"], database: settings)
            // The counts line (the itemised lines after it differ in their heading).
            func counts(_ text: String) -> String {
                (text.components(separatedBy: "rows read;").last ?? "").split(whereSeparator: \.isNewline).first.map(String.init)
                    ?? ""
            }
            #expect(
                real.stdout.hasPrefix("Imported") && counts(dry.stdout) == counts(real.stdout), "\(dry.stdout)\n\(real.stdout)")
            // Against what is now held, the same file would add nothing.
            let again = try await CommandRunner.run(["import", "gias", governance, "--dry-run", "--quiet"], database: settings)
            #expect(again.stdout.contains("appointments: 0 new"), "\(again.stdout)")
        }
    }

    @Test func aNewerExtractIsItemisedRecordByRecord() async throws {
        try await TestDatabase.withRegister { register, settings in
            try await Fixtures.loadSchools(register)
            _ = try await Fixtures.importGovernance(register, Fixtures.governance)
            let cara = try #require(try await register.appointments().first { $0.giasGID == 1003 })
            let dan = try #require(try await register.appointments().first { $0.giasGID == 1005 })
            // A newer extract: Cara Lee (GID 1003) gone, Dan Wu's term a year shorter, one new governor.
            let newer =
                Fixtures.governance.split(whereSeparator: \.isNewline)
                .filter { !$0.hasPrefix("1003,") }
                .map {
                    $0.hasPrefix("1005,")
                        ? "1005,102649,,Governor,Mr,Dan,,Wu,01/09/2014,31/08/2017,Appointed by GB/board" : String($0)
                }
                .joined(separator: "\n") + "\n1008,102649,,Governor,Ms,Gita,,Rao,01/10/2015,30/09/2019,Elected by parents\n"
            let file = try Fixtures.file(newer, name: "newer.csv")
            let before = try await register.database.fingerprint()
            let dry = try await CommandRunner.run(["import", "gias", file, "--dry-run", "--quiet"], database: settings)
            #expect(
                dry.status == 0 && dry.stdout.contains("What it would change, record by record:"), "\(dry.stdout)\(dry.stderr)")
            #expect(dry.stdout.contains("new: GID 1008"), "\(dry.stdout)")
            #expect(
                dry.stdout.contains("changed: \(dan.id.labelled) (GID 1005")
                    && dry.stdout.contains("term end 2018-08-31 to 2017-08-31"))
            #expect(dry.stdout.contains("possible leaver: \(cara.id.labelled) (GID 1003"), "\(dry.stdout)")
            // People are named by id, not by name: the report is kept with the import run.
            #expect(!dry.stdout.contains("Gita") && !dry.stdout.contains("Cara"))
            #expect(try await register.database.fingerprint() == before)

            // Schools: one closes, one converts to an academy, one is new.
            let schools =
                Fixtures.establishments
                .replacingOccurrences(
                    of: "Community school,Open,Primary,01-09-1990,,",
                    with: "Community school,Closed,Primary,01-09-1990,31-08-2016,"
                )
                .replacingOccurrences(of: "Voluntary controlled school,Open", with: "Academy converter,Open")
                + "102701,319,Sutton,2002,Barrow Hedges Primary School,Community school,Open,Primary,,,300,Carshalton\n"
            let drySchools = try await CommandRunner.run(
                ["import", "schools", try Fixtures.file(schools, name: "establishments.csv"), "--dry-run", "--quiet"],
                database: settings)
            #expect(drySchools.stdout.contains("closed: 102649 Abbotsbury Primary School on 2016-08-31"), "\(drySchools.stdout)")
            #expect(drySchools.stdout.contains("converted to an academy: 102679 Rutlish School (was voluntary controlled)"))
            #expect(drySchools.stdout.contains("new school: 102701 Barrow Hedges Primary School"))
            #expect(try await register.database.fingerprint() == before)
        }
    }
}
