import Foundation
import Governance
import Store
import TestSupport
import Testing

/// `person find`: people by the words of their name or a GIAS governor id, across bodies, with ids
/// that carry their letter and are taken back by other commands.
@Suite struct PersonFindTests {
    @Test func peopleAreFoundByNameOrGIDAndIdsCarryTheirLetter() async throws {
        try await TestDatabase.withRegister { register, settings in
            try await Fixtures.loadSchools(register)
            _ = try await Fixtures.importGovernance(register, Fixtures.governance)
            func rows(_ words: [String]) async throws -> [[String]] {
                let run = try await CommandRunner.run(["person", "find"] + words + ["--format", "csv"], database: settings)
                #expect(run.status == 0, "\(run.stderr)")
                return run.stdout.split(whereSeparator: \.isNewline).dropFirst().map {
                    $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                }
            }
            // The fixture's extract lists Ann Smith twice at Abbotsbury (GIDs 1001 and 1004): any case,
            // any order of the words finds both appointments, and nobody else.
            let smith = try await rows(["SMITH", "ann"])
            #expect(smith.count == 2 && smith.allSatisfy { $0[1] == "Ann Smith" && $0[2].hasPrefix("A") }, "\(smith)")
            #expect(try await rows(["smi"]).count == 2)
            let eve = try await rows(["--gid", "1006"])
            #expect(eve.count == 1 && eve.first?[1] == "Eve Okafor", "\(eve)")
            let nobody = try await CommandRunner.run(["person", "find", "zzz"], database: settings)
            #expect(nobody.status == 0 && nobody.stderr.contains("nobody found"))
            #expect(try await CommandRunner.run(["person", "find"], database: settings).status == 1)

            // The person's id as shown (P…) is taken back, in either case or bare; an appointment's
            // letter where a person is meant is refused before anything is read.
            let shown = try #require(smith.first?[0])
            #expect(shown.hasPrefix("P"))
            let number = String(shown.dropFirst())
            for typed in [shown, shown.lowercased(), number] {
                let show = try await CommandRunner.run(["governor", "show", typed], database: settings)
                #expect(show.status == 0 && show.stdout.contains("Ann Smith"), "\(typed): \(show.stderr)")
            }
            let wrongKind = try await CommandRunner.run(["governor", "show", "A" + number], database: settings)
            #expect(wrongKind.status != 0 && !wrongKind.stdout.contains("Ann Smith"))
        }
    }
}
