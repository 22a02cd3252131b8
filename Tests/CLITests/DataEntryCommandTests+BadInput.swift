import Foundation
import Governance
import Store
import TestSupport
import Testing

/// Broken GIAS files through `govmon import`: each is refused with one line on stderr naming the
/// file and line, a non-zero exit, and a database exactly as it was (`Database.fingerprint`).
extension DataEntryCommandTests {
    /// A register that already holds data: the establishments fixture (5 schools, 4 bodies) and
    /// the governance fixture imported on top (6 appointments; GIASImportTests explains both).
    static func registerWithData(_ register: Register) async throws -> [String: String] {
        try await Fixtures.loadSchools(register)
        _ = try await Fixtures.importGovernance(register, Fixtures.governance)
        let fingerprint = try await register.database.fingerprint()
        #expect(rowCount(fingerprint, "schools") == 5 && rowCount(fingerprint, "appointments") == 6)
        return fingerprint
    }

    /// A governance file whose header is not GIAS's is refused before anything is read.
    @Test func anUnknownGovernanceHeaderIsRefusedAndChangesNothing() async throws {
        try await TestDatabase.withRegister { register, settings in
            let before = try await Self.registerWithData(register)
            let path = try Fixtures.file(
                Fixtures.governance.replacingOccurrences(of: "Forename 1", with: "First name"), name: "governance.csv")
            let result = try await Self.govmon(settings, "import", "gias", path)
            // 1: refused (bad input, GovmonCommand's exit codes).
            #expect(result.status == 1)
            // Line 1 is the header; "Forename 1" is its sixth column.
            #expect(
                result.stderr
                    == "govmon: \(path):1: header: column 6 is \"First name\"; expected \"Forename 1\" "
                    + "(the GIAS governance header)\n")
            #expect(result.stdout.isEmpty)
            #expect(try await register.database.fingerprint() == before)
        }
    }

    /// Broken establishment files. Each is the fixture with the Sutton school renamed (so that,
    /// were any of it imported, a row would change) and one fault.
    enum BrokenSchoolsFile: String, CaseIterable, Sendable {
        case missingColumn, badOpenDate, strayQuote

        /// The file's text.
        var text: String {
            let renamed = Fixtures.establishments.replacingOccurrences(
                of: "Avenue Primary School", with: "Avenue Primary School and Nursery")
            switch self {
            case .missingColumn:
                // EstablishmentNumber is the fourth column of every line: drop it from the header and the rows.
                let lines = renamed.split(separator: "\n").map { line in
                    var fields = line.split(separator: ",", omittingEmptySubsequences: false)
                    fields.remove(at: 3)
                    return fields.joined(separator: ",")
                }
                return lines.joined(separator: "\n") + "\n"
            case .badOpenDate:
                // Abbotsbury's row (line 2): September has 30 days.
                return renamed.replacingOccurrences(of: "01-09-1990", with: "31-09-1990")
            case .strayQuote:
                // All Saints' row (line 3): a double quote inside the unquoted fifth field.
                return renamed.replacingOccurrences(of: "All Saints' CofE", with: "All Saints\" CofE")
            }
        }

        /// The refusal, after "govmon: FILE:".
        var refusal: String {
            switch self {
            case .missingColumn:
                return "1: header: expected a column named \"EstablishmentNumber\" (GIAS establishment data), "
                    + "found none"
            case .badOpenDate:
                return "2: field \"OpenDate\": expected a date as dd-mm-yyyy, found \"31-09-1990\"; "
                    + "nothing was imported"
            case .strayQuote:
                return "3: field \"column 5\": a double quote inside an unquoted field; "
                    + "expected the whole field in quotes"
            }
        }
    }

    /// Each broken establishments file is refused by `govmon import schools` and changes nothing.
    @Test(arguments: DataEntryCommandTests.BrokenSchoolsFile.allCases)
    func brokenSchoolsFilesAreRefusedAndChangeNothing(_ broken: BrokenSchoolsFile) async throws {
        try await TestDatabase.withRegister { register, settings in
            let before = try await Self.registerWithData(register)
            let path = try Fixtures.file(broken.text, name: "schools.csv")
            let result = try await Self.govmon(settings, "import", "schools", path)
            // 1: refused (bad input, GovmonCommand's exit codes).
            #expect(result.status == 1, "\(broken): \(result.stderr)")
            // One line: the file, the line, what was wrong.
            #expect(result.stderr == "govmon: \(path):\(broken.refusal)\n", "\(broken)")
            #expect(result.stdout.isEmpty)
            #expect(try await register.database.fingerprint() == before, "\(broken)")
        }
    }
}
