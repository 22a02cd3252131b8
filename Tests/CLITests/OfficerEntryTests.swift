import Foundation
import Governance
import Store
import TestSupport
import Testing

/// Mistakes an officer makes at the command line, caught where they are made: dates typed the UK
/// way, a numbered ethnicity without its classification, a body check that finds a broken rule,
/// a database that is not there.
@Suite struct OfficerEntryTests {
    @Test func datesAreTakenInEitherFormAndAnythingElseNamesBoth() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            let appointed = try await CommandRunner.run(
                [
                    "governor", "appoint", String(body), "--forename", "Ann", "--surname", "Smith", "--category", "parent",
                    "--start", "01/09/2015", "--term-years", "3",
                ], database: settings)
            #expect(appointed.status == 0, "\(appointed.stderr)")
            let stored = try #require(try await register.appointments(bodyID: body).first)
            // 01/09/2015 is the first of September (day first), not the ninth of January.
            #expect(stored.startDate == Fixtures.d("2015-09-01") && stored.termEnd == Fixtures.d("2018-08-31"))

            let before = try await register.database.fingerprint()
            for typed in ["09/31/2015", "2015-9-1", "1 Sept 2015"] {
                let refused = try await CommandRunner.run(
                    [
                        "governor", "appoint", String(body), "--forename", "Bo", "--surname", "Lee", "--category", "parent",
                        "--start", typed, "--term-years", "3",
                    ], database: settings)
                #expect(refused.status != 0, "\(typed) was taken")
                #expect(refused.stderr.contains("YYYY-MM-DD") && refused.stderr.contains("DD/MM/YYYY"), "\(refused.stderr)")
            }
            #expect(try await register.database.fingerprint() == before)
        }
    }

    @Test func aNumberedEthnicityNeedsItsClassification() async throws {
        try await TestDatabase.withRegister { register, settings in
            let (_, people) = try await Fixtures.representedBody(register)
            let person = String(people[0])
            func record(_ extra: [String], on date: String) async throws -> CommandRunner.Result {
                try await CommandRunner.run(
                    ["diversity", "record", person, "--date", date, "--sex", "female", "--collected-by", "paper-form"] + extra,
                    database: settings)
            }
            let before = try await register.database.fingerprint()
            let bare = try await record(["--ethnicity", "10"], on: "2016-02-01")
            #expect(bare.status == 1 && bare.stderr.contains("ambiguous") && bare.stderr.contains("--classification"))
            // The value typed is not repeated: it is special category data even when it is refused.
            #expect(!bare.stderr.contains(" 10"), "\(bare.stderr)")
            let outOfRange = try await record(["--ethnicity", "19", "--classification", "2011"], on: "2016-02-01")
            #expect(outOfRange.status == 1 && outOfRange.stderr.contains("1 to 18"))
            let classificationAlone = try await record(["--ethnicity", "indian", "--classification", "2011"], on: "2016-02-01")
            #expect(classificationAlone.status == 1)
            #expect(try await register.database.fingerprint() == before)

            // 10 is Pakistani in the 2011 numbering (9 Indian, 10 Pakistani, 11 Bangladeshi) and
            // White and Black African in the ONS 2021 one (9 White and Asian, 10 White and Black African).
            #expect(try await record(["--ethnicity", "10", "--classification", "2011"], on: "2016-02-01").status == 0)
            #expect(try await record(["--ethnicity", "10", "--classification", "2021"], on: "2016-02-02").status == 0)
            #expect(try await record(["--ethnicity", "white-british"], on: "2016-02-03").status == 0)
            let (declarations, _) = try await register.diversity(personID: people[0])
            let recent = declarations.filter { $0.recordedOn >= Fixtures.d("2016-02-01") }.sorted {
                $0.recordedOn < $1.recordedOn
            }
            #expect(recent.map(\.ethnicity) == [.pakistani, .whiteAndBlackAfrican, .whiteBritish])
        }
    }

    @Test func aBodyCheckThatFindsABreachFails() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            _ = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Pat", surname: "Parent")), bodyID: body, category: .parent,
                    role: .chair, startDate: Fixtures.d("2015-09-01"), termYears: 3))
            let fine = try await CommandRunner.run(["body", "check", String(body), "--as-of", "2015-11-30"], database: settings)
            #expect(fine.status == 0 && !fine.stdout.contains("breach"), "\(fine.stdout)\(fine.stderr)")

            // A staff governor in the chair breaks reg 13(5)'s rule on who may chair (docs/constitution.md).
            _ = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Sam", surname: "Staff")), bodyID: body, category: .staff,
                    role: .chair, startDate: Fixtures.d("2015-10-01"), termYears: 4, employedAtSchool: true))
            let broken = try await CommandRunner.run(
                ["body", "check", String(body), "--as-of", "2015-11-30"], database: settings)
            #expect(broken.status == 1 && broken.stdout.contains("breach"), "\(broken.stdout)\(broken.stderr)")
            #expect(broken.stderr.contains("rule(s) broken"))
        }
    }

    @Test func aDatabaseThatIsNotThereIsNamedAtOnce() async throws {
        try await TestDatabase.withRegister { _, settings in
            var missing = settings
            missing.database = "govmon_no_such_database"
            let started = Date()
            let noDatabase = try await CommandRunner.run(["school", "list"], database: missing)
            let seconds = Date().timeIntervalSince(started)
            #expect(noDatabase.status == 4)
            #expect(
                noDatabase.stderr.contains("\"govmon_no_such_database\" does not exist")
                    && noDatabase.stderr.contains("createdb"),
                "\(noDatabase.stderr)")
            #expect(noDatabase.stderr.split(separator: "\n").count == 1, "one sentence: \(noDatabase.stderr)")
            // The bound: under 3 s (the pool alone would retry for a minute).
            #expect(seconds < 3, "took \(seconds) s")

            var wrongPort = settings
            wrongPort.port = ServeProcess.port()
            let nobody = try await CommandRunner.run(["school", "list"], database: wrongPort)
            #expect(nobody.status == 4 && nobody.stderr.contains("nothing is listening on"), "\(nobody.stderr)")
        }
    }
}

/// `vacancy open-empty-seats`: a vacancy for each seat the body check counts empty, once.
@Suite struct EmptySeatVacancyTests {
    @Test func emptySeatsGetVacanciesOnce() async throws {
        try await TestDatabase.withRegister { register, settings in
            // 7 seats (2 parent, 1 head, 1 staff, 1 LA, 2 co-opted) and one parent serving: 6 empty.
            let body = try await Fixtures.communitySchool(register)
            _ = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Ann", surname: "Parent")), bodyID: body, category: .parent,
                    startDate: Fixtures.d("2015-09-01"), termYears: 3))
            let words = ["vacancy", "open-empty-seats", "102649", "--as-of", "2015-11-30", "--format", "csv"]
            let first = try await CommandRunner.run(words, database: settings)
            #expect(first.status == 0, "\(first.stderr)")
            let open = try await register.vacancies(bodyID: body, openOn: Fixtures.d("2015-11-30"))
            let byCategory = Dictionary(grouping: open, by: \.category).mapValues(\.count)
            #expect(byCategory == [.parent: 1, .headteacher: 1, .staff: 1, .localAuthority: 1, .coOpted: 2], "\(byCategory)")
            #expect(open.allSatisfy { $0.openedOn == Fixtures.d("2015-11-30") && $0.note?.contains("open-empty-seats") == true })
            let again = try await CommandRunner.run(words, database: settings)
            #expect(again.status == 0)
            #expect(try await register.vacancies(bodyID: body, openOn: Fixtures.d("2015-11-30")).count == 6)
        }
    }
}
