import Foundation
import Governance
import Store
import TestSupport
import Testing

/// `instrument add` refuses an instrument that breaks the 2012 regulations unless it is a draft;
/// a draft is listed but never in force, so it never counts as reconstituted; the staff-eligible
/// co-opted seats are stored with the instrument and the one-third check reads them.
@Suite struct InstrumentDraftTests {
    private func run(_ arguments: [String], _ settings: DatabaseSettings) async throws -> CommandRunner.Result {
        try await CommandRunner.run(arguments, database: settings)
    }

    /// A school with a body and no instrument.
    private func school(_ register: Register) async throws -> BodyID {
        try await register.addLocalAuthority(LocalAuthority(code: 315, name: "Merton"))
        return try #require(
            try await register.addSchool(
                School(
                    urn: 102649, laCode: 315, establishmentNumber: 2077, name: "Abbotsbury Primary School",
                    category: .community)))
    }

    @Test func anUnlawfulInstrumentIsOnlyTakenAsADraftAndADraftNeverReconstitutes() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await school(register)
            // Six seats with one parent: below the minimum of 7 and the 2 parents reg 13 asks for.
            let seats = [
                "--seat", "parent=1:4", "--seat", "headteacher=1", "--seat", "staff=1:4", "--seat", "local-authority=1:4",
                "--seat", "co-opted=2:4",
            ]
            let dates = ["--made", "2015-06-01", "--effective", "2015-09-01"]
            let before = try await register.database.fingerprint()
            let refused = try await run(["instrument", "add", "102649"] + dates + seats, settings)
            #expect(refused.status == 1, "\(refused.stdout)")
            #expect(refused.stderr.contains("breaks the 2012 regulations") && refused.stderr.contains("--draft"))
            #expect(try await register.database.fingerprint() == before)

            let draft = try await run(["instrument", "add", "102649", "--draft"] + dates + seats, settings)
            #expect(draft.status == 0 && draft.stdout.contains("draft"), "\(draft.stderr)")
            let listed = try await run(["instrument", "list", "102649", "--format", "csv"], settings)
            #expect(listed.stdout.contains(",draft"), "\(listed.stdout)")
            #expect(try await register.instrumentInForce(bodyID: body, on: Fixtures.d("2015-11-30")) == nil)
            let check = try await run(["body", "check", "102649", "--as-of", "2015-11-30"], settings)
            #expect(check.status == 1 && check.stderr.contains("no instrument of government in force"), "\(check.stderr)")
            let status = try await run(
                ["reconstitution", "status", "--la", "315", "--as-of", "2015-11-30", "--format", "csv"], settings)
            let row = try #require(status.stdout.split(whereSeparator: \.isNewline).first { $0.hasPrefix("\(body),") })
            #expect(!row.contains("reconstituted,"), "\(row)")
            #expect(row.contains(",yes,"), "overdue: \(row)")

            // The lawful instrument, adopted on the same date as the draft, reconstitutes the body.
            let lawful = [
                "--seat", "parent=2:4", "--seat", "headteacher=1", "--seat", "staff=1:4", "--seat", "local-authority=1:4",
                "--seat", "co-opted=2:4",
            ]
            #expect(try await run(["instrument", "add", "102649"] + dates + lawful, settings).status == 0)
            let after = try await run(
                ["reconstitution", "status", "--la", "315", "--as-of", "2015-11-30", "--format", "csv"], settings)
            let now = try #require(after.stdout.split(whereSeparator: \.isNewline).first { $0.hasPrefix("\(body),") })
            #expect(now.contains("reconstituted,") && now.contains("2015-09-01"), "\(now)")
        }
    }

    @Test func staffEligibleCoOptedSeatsAreStoredAndCounted() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await school(register)
            let dates = ["--made", "2015-06-01", "--effective", "2015-09-01"]
            let eight = [
                "--seat", "parent=2:4", "--seat", "headteacher=1", "--seat", "staff=1:4", "--seat", "local-authority=1:4",
                "--seat", "co-opted=3:4",
            ]
            // 8 seats; head 1 + staff 1 + 1 staff-eligible co-opted = 3, and 3 x 3 = 9 > 8: over one third.
            let overThird = try await run(
                ["instrument", "add", "102649", "--staff-eligible-co-opted", "1"] + dates + eight, settings)
            #expect(overThird.status == 1 && overThird.stderr.contains("one third"), "\(overThird.stderr)")
            let tooMany = try await run(
                ["instrument", "add", "102649", "--staff-eligible-co-opted", "4"] + dates + eight, settings)
            #expect(tooMany.status == 1 && tooMany.stderr.contains("co-opted seats (3)"), "\(tooMany.stderr)")

            // 9 seats (3 parents): 3 x 3 = 9 <= 9, within one third.
            let nine = ["--seat", "parent=3:4"] + eight.dropFirst(2)
            let added = try await run(
                ["instrument", "add", "102649", "--staff-eligible-co-opted", "1"] + dates + nine, settings)
            #expect(added.status == 0, "\(added.stderr)")
            let instrument = try #require(try await register.instrumentInForce(bodyID: body, on: Fixtures.d("2015-11-30")))
            #expect(instrument.staffEligibleCoOpted == 1 && instrument.totalSeats == 9)
            // The check reads it without being told.
            let check = try await run(["body", "check", "102649", "--as-of", "2015-11-30", "--format", "csv"], settings)
            #expect(check.stdout.contains("3 of 9 governors are staff-eligible"), "\(check.stdout)")
            #expect(check.stdout.contains("1 of 3 as given"))
        }
    }
}
