import Foundation
import Governance
import Store
import TestSupport
import Testing

/// `instrument template` and `instrument import` (docs/instrument-file.md): instruments, with the
/// stages that led to them, loaded from a file all or none.
@Suite struct InstrumentImportTests {
    @Test func instrumentsLoadFromAFileAllOrNone() async throws {
        try await TestDatabase.withRegister { register, settings in
            try await Fixtures.loadSchools(register)  // two Merton maintained schools, no instruments
            let template = try await CommandRunner.run(["instrument", "template", "--la", "315"], database: settings)
            let lines = template.stdout.split(whereSeparator: \.isNewline).map(String.init)
            #expect(template.status == 0 && lines.first?.hasPrefix("body,urn,made,effective,regulations") == true)
            // The fixture's three maintained Merton schools each have a body (the academy has none).
            #expect(lines.count == 4 && lines.contains { $0.contains(",102649,") }, "\(template.stdout)")

            let header = InstrumentFileRow.columns.joined(separator: ",")
            func file(_ rows: [String]) throws -> String {
                try Fixtures.file(([header] + rows).joined(separator: "\n") + "\n", name: "instruments.csv")
            }
            // Columns: urn,made,effective,regulations,head_is_governor, parent..partnership (7), the 7 stages, note.
            let abbotsbury2009 = "102649,2009-06-01,2009-09-01,2007,yes,3:4,1,1:4,1:4,2:4,,,,,,,,,,"
            let abbotsbury2015 =
                "102649,01/06/2015,2015-09-01,2012,yes,2:4,1,1:4,1:4,2:4,,,2015-01-15,2015-03-01,,,2015-06-01,2015-09-01,,reviewed"
            let before = try await register.database.fingerprint()
            for (rows, words) in [
                (
                    [abbotsbury2009, "102649,2015-06-01,2015-09-01,2012,yes,2:9,1,,,,,,,,,,,,,"],
                    "instruments.csv:3: parent: expected"
                ),
                (
                    [abbotsbury2009, "999999,2015-06-01,2015-09-01,2012,yes,2:4,1,,,,,,,,,,,,,"],
                    "instruments.csv:3: no governing body"
                ),
                (
                    [abbotsbury2009, abbotsbury2009],
                    "instruments.csv:3: this body already has an adopted instrument taking effect"
                ),
                // Three seats under the 2012 regulations (at least 7 are needed), not marked a draft.
                (
                    [abbotsbury2009, "102649,2015-06-01,2015-09-01,2012,yes,1:4,1,1:4,,,,,,,,,,,,"],
                    "instruments.csv:3: the instrument breaks the 2012 regulations"
                ),
                // More staff-eligible co-opted seats (3) than co-opted seats (2).
                (
                    [abbotsbury2009, "102649,2015-06-01,2015-09-01,2012,yes,2:4,1,1:4,1:4,2:4,,,,,,,,,,,3,no"],
                    "instruments.csv:3: staff_eligible_co_opted: expected 0 to the co-opted seats (2)"
                ),
            ] {
                let refused = try await CommandRunner.run(["instrument", "import", try file(rows)], database: settings)
                #expect(refused.status == 1 && refused.stderr.contains(words), "\(refused.stderr)")
                #expect(try await register.database.fingerprint() == before)
            }
            // The same unlawful seats as a draft are taken (kept, never in force).
            let draft2015 = "102649,2015-05-01,2015-09-01,2012,yes,1:4,1,1:4,,,,,,,,,,,,draft seats,0,yes"
            let loaded = try await CommandRunner.run(
                ["instrument", "import", try file([abbotsbury2009, abbotsbury2015, draft2015])], database: settings)
            #expect(loaded.status == 0 && loaded.stdout.contains("Recorded 3 instrument(s)"), "\(loaded.stderr)")
            let body = try await register.body("102649")
            let all = try await register.instruments(bodyID: body.id)
            #expect(all.filter(\.draft).map(\.note) == ["draft seats"])
            let instruments = all.filter { !$0.draft }
            #expect(instruments.map(\.effectiveFrom) == [Fixtures.d("2009-09-01"), Fixtures.d("2015-09-01")])
            #expect(instruments.last?.note == "reviewed" && instruments.last?.seats.count == 5)
            // The 2015 line's stages: review started, proposal agreed, instrument made and effective.
            let status = try await CommandRunner.run(
                ["reconstitution", "status", "--la", "315", "--as-of", "2015-11-30", "--format", "csv"], database: settings)
            let abbotsbury = status.stdout.split(whereSeparator: \.isNewline).first { $0.contains("Abbotsbury") } ?? ""
            #expect(abbotsbury.contains("reconstituted"), "\(status.stdout)")
        }
    }
}
