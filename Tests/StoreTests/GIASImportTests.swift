import Foundation
import Governance
import Store
import TestSupport
import Testing

@Suite struct GIASImportTests {
    @Test func establishmentsImportWithBodiesAndReimportUnchanged() async throws {
        try await TestDatabase.withRegister { register, _ in
            try await Fixtures.loadSchools(register)
            // 5 rows: three Merton maintained schools... no: two Merton maintained (community, VA), one VC,
            // one academy, one Sutton community: 4 maintained schools get bodies, the academy none.
            #expect(try await register.bodies().count == 4)
            #expect(try await register.localAuthorities().map(\.code) == [315, 319])
            let rutlish = try await register.school(urn: 102679).school
            #expect(rutlish.category == .voluntaryControlled && rutlish.ward == "Merton Park")
            #expect(try await register.school(urn: 102649).school.openDate == CalendarDate(iso: "1990-09-01"))
            let path = try Fixtures.file(Fixtures.establishments)
            let again = try await SchoolsImport(register: register).run(
                path: path, displayName: "schools.csv", encoding: nil,
                options: ImportOptions(skipInvalid: false, rejectsPath: path + ".r", today: Fixtures.today))
            #expect(again.inserted == 0 && again.updated == 0 && again.unchanged == 5 && again.bodiesCreated == 0)
        }
    }

    @Test func windows1252EstablishmentNamesAreDecoded() async throws {
        try await TestDatabase.withRegister { register, _ in
            let header = "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name)\n"
            let bytes =
                Array(header.utf8) + Array("102663,315,Merton,3300,St Mary".utf8) + [0x92]
                + Array("s RC Primary School,Voluntary aided school\n".utf8)
            let path = try Fixtures.file(bytes: bytes)
            let report = try await SchoolsImport(register: register).run(
                path: path, displayName: "cp1252.csv", encoding: nil,
                options: ImportOptions(skipInvalid: false, rejectsPath: path + ".r", today: Fixtures.today))
            #expect(report.encoding == "windows-1252")
            #expect(try await register.school(urn: 102663).school.name == "St Mary\u{2019}s RC Primary School")
        }
    }

    @Test func governanceImportsAndReimportsIdempotently() async throws {
        try await TestDatabase.withRegister { register, _ in
            try await Fixtures.loadSchools(register)
            let first = try await Fixtures.importGovernance(register, Fixtures.governance)
            // 7 rows: 6 governors on maintained schools; the academy trustee is outside the register.
            #expect(first.rowsRead == 7 && first.inserted == 6 && first.updated == 0 && first.rejected == 0)
            #expect(first.outside.values.reduce(0, +) == 1)
            // Ann Smith's two consecutive terms (2011-2015, 2015-2019) are one person: 5 people.
            #expect(first.peopleCreated == 5)
            let annTerms = try await register.appointments().filter { $0.personName == "Ann Smith" }
            #expect(annTerms.count == 2 && Set(annTerms.map(\.personID)).count == 1)
            let head = try #require(try await register.appointments().first { $0.giasGID == 1002 })
            #expect(head.category == .headteacher && head.exOfficio && head.termEnd == nil)
            let fingerprint = try await register.database.fingerprint().filter { !["audit_log", "import_runs"].contains($0.key) }

            let again = try await Fixtures.importGovernance(register, Fixtures.governance)
            #expect(again.inserted == 0 && again.updated == 0 && again.unchanged == 6 && again.peopleCreated == 0)
            #expect(
                try await register.database.fingerprint().filter { !["audit_log", "import_runs"].contains($0.key) } == fingerprint
            )
        }
    }

    @Test func anAppointmentAnOfficerVoidedStaysVoidOnReimport() async throws {
        try await TestDatabase.withRegister { register, _ in
            try await Fixtures.loadSchools(register)
            _ = try await Fixtures.importGovernance(register, Fixtures.governance)
            let dan = try #require(try await register.appointments().first { $0.giasGID == 1005 })
            try await register.void(.appointment, id: dan.id.rawValue, reason: "left before the extract was taken")
            let again = try await Fixtures.importGovernance(register, Fixtures.governance)
            // The five others unchanged; Dan Wu's row is reported, not brought back.
            #expect(again.inserted == 0 && again.unchanged == 5, "\(again)")
            #expect(again.outside.first { $0.key.hasPrefix("voided on the register") }?.value == 1, "\(again.outside)")
            #expect(try await register.appointments().allSatisfy { $0.giasGID != 1005 })
        }
    }

    @Test func aNewerFileUpdatesByGIDAndAddsNewTerms() async throws {
        try await TestDatabase.withRegister { register, _ in
            try await Fixtures.loadSchools(register)
            _ = try await Fixtures.importGovernance(register, Fixtures.governance)
            // Cara Lee's term end is corrected; Dan Wu is re-appointed under the same GID from 2018.
            let newer =
                Fixtures.governance
                .replacingOccurrences(of: "Cara,,Lee,01/09/2015,31/08/2019", with: "Cara,,Lee,01/09/2015,31/08/2018")
                + "1005,102649,,Governor,Mr,Dan,,Wu,01/09/2018,31/08/2022,Appointed by GB/board\n"
            let report = try await Fixtures.importGovernance(register, newer, name: "newer.csv")
            #expect(report.inserted == 1 && report.updated == 1 && report.unchanged == 5 && report.peopleCreated == 0)
            let dan = try await register.appointments().filter { $0.giasGID == 1005 }.sorted { $0.startDate < $1.startDate }
            #expect(dan.count == 2 && dan[0].personID == dan[1].personID)
            #expect(dan[0].endedOn == CalendarDate(iso: "2018-08-31") && dan[0].endedReason == "reappointed")
            let audit = try await register.audit(table: "appointments").filter { $0.operation == "update" }
            #expect(audit.count == 2 && audit.allSatisfy { $0.source == "test" })
        }
    }

    @Test func overlappingNamesarelistedForAnOfficer() async throws {
        try await TestDatabase.withRegister { register, _ in
            try await Fixtures.loadSchools(register)
            let text = """
                \(Fixtures.governanceHeader)
                2001,102649,,Governor,Mr,Sam,,Patel,01/09/2014,31/08/2018,Appointed by GB/board
                2002,102649,,Governor,Mr,Sam,,Patel,01/09/2015,31/08/2019,Elected by parents

                """
            let report = try await Fixtures.importGovernance(register, text)
            // Two records of one name whose terms overlap: two people, and one question for an officer.
            #expect(report.inserted == 2 && report.peopleCreated == 2 && report.questions.count == 1)
            #expect(report.questions[0].contains("Sam Patel") && report.questions[0].contains("lines 2, 3"))
        }
    }

    /// Each broken file is refused with one line naming file, line and field, and changes nothing.
    @Test(arguments: [
        (
            "1008,102649,,Governor,Mr,Al,,Bad,01/09/2015,\"31/08/2019,Elected by parents\n",
            "governance.csv:9: a quoted field is never closed"
        ),
        (
            "1008,102649,,Governor,Mr,Al,,Bad,2015-09-01,31/08/2019,Elected by parents\n",
            "governance.csv:9: field \"Date of appointment\": expected a date as dd/mm/yyyy"
        ),
        (
            "1008,999999,,Governor,Mr,Al,,Bad,01/09/2015,31/08/2019,Elected by parents\n",
            "governance.csv:9: field \"URN\": expected a school in the register"
        ),
        (
            "1008,102649,,Governor,Mr,Al,,Bad,01/09/2015,01/09/2019,Elected by parents\n",
            "governance.csv:9: field \"Date term of office ends/ended\": expected a term of at most 4 years"
        ),
        (
            "1001,102649,,Governor,Mrs,Ann,,Smith,01/09/2011,31/08/2015,Elected by parents\n",
            "governance.csv:9: field \"GID\": expected each GID and date of appointment once"
        ),
        (
            "1001,102649,,Governor,Mrs,Ann,,Smith,01/09/2014,31/08/2016,Elected by parents\n",
            "governance.csv:9: field \"Date of appointment\": expected dates that do not overlap"
        ),
    ])
    func brokenFilesChangeNothing(extraLine: String, expected: String) async throws {
        try await TestDatabase.withRegister { register, _ in
            try await Fixtures.loadSchools(register)
            // The first import makes Ann Smith a person with terms 2011-2015 and 2015-2019.
            _ = try await Fixtures.importGovernance(register, Fixtures.governance, name: "first.csv")
            let before = try await register.database.fingerprint()
            // Line 9: the header, 7 rows, then the bad line (the fixture ends with a newline).
            let text =
                Fixtures.governance.replacingOccurrences(of: "1007,144838", with: "1009,102663")
                .replacingOccurrences(
                    of: "Finn,,Ade,01/09/2015,31/08/2019,Appointed by academy members",
                    with: "Finn,,Ade,01/09/2015,31/08/2019,Appointed by foundation/Trust") + extraLine
            do {
                _ = try await Fixtures.importGovernance(register, text)
                Issue.record("the broken file was imported")
            } catch let error as StoreError {
                #expect(error.description.hasPrefix(expected), "\(error.description)")
                #expect(!error.description.contains("\n"))
            }
            #expect(try await register.database.fingerprint() == before)
        }
    }

    @Test func anUnknownHeaderIsRefused() async throws {
        try await TestDatabase.withRegister { register, _ in
            let text = Fixtures.governance.replacingOccurrences(of: "Forename 1", with: "First name")
            await #expect(
                throws: StoreError.importRefused(
                    "governance.csv:1: header: column 6 is \"First name\"; expected \"Forename 1\" (the GIAS governance header)")
            ) {
                _ = try await Fixtures.importGovernance(register, text)
            }
        }
    }

    @Test func skipInvalidImportsTheGoodRowsAndWritesTheRejects() async throws {
        try await TestDatabase.withRegister { register, _ in
            try await Fixtures.loadSchools(register)
            let text =
                Fixtures.governance
                + "1008,999999,,Governor,Mr,Al,,Bad,01/09/2015,31/08/2019,Elected by parents\n"
                + "1009,102649,,Governor,Mr,Al,,Worse,31/02/2015,31/08/2019,Elected by parents\n"
            let report = try await Fixtures.importGovernance(register, text, skipInvalid: true)
            #expect(report.inserted == 6 && report.rejected == 2)
            let rejects = try String(contentsOfFile: try #require(report.rejectsFile), encoding: .utf8)
            let lines = rejects.split(separator: "\r\n")
            #expect(lines.count == 3)
            #expect(lines[0].hasSuffix(",line,reason"))
            #expect(lines[1].contains("1009") && lines[1].contains("Date of appointment"))
            #expect(lines[2].contains("999999") && lines[2].contains("a school in the register"))
        }
    }
}
