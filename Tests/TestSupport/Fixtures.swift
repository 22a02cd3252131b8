import Foundation
import Governance
import Store

/// Files and records the tests write for themselves (a user's clone has no ../shared).
package enum Fixtures {
    package static let today = CalendarDate(iso: "2019-06-30")!

    /// Writes `text` (or raw bytes) to a new temporary file and returns its path.
    package static func file(_ text: String, name: String = "fixture.csv") throws -> String {
        try file(bytes: Array(text.utf8), name: name)
    }

    package static func file(bytes: [UInt8], name: String = "fixture.csv") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A GIAS establishment extract in the DfE's own header names, with columns govmon ignores.
    package static let establishments = """
        URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name),OpenDate,CloseDate,NumberOfPupils,AdministrativeWard (name)
        102649,315,Merton,2077,Abbotsbury Primary School,Community school,Open,Primary,01-09-1990,,420,Lower Morden
        102663,315,Merton,3300,All Saints' CofE Primary School,Voluntary aided school,Open,Primary,,,210,Abbey
        102679,315,Merton,4703,Rutlish School,Voluntary controlled school,Open,Secondary,,,1200,Merton Park
        144838,315,Merton,2094,Aragon Primary School,Academy converter,Open,Primary,01-08-2017,,400,Lower Morden
        102700,319,Sutton,2001,Avenue Primary School,Community school,Open,Primary,,,300,Belmont

        """

    package static let governanceHeader =
        "GID,URN,UID,Role,Title,Forename 1,Forename 2,Surname,Date of appointment,Date term of office ends/ended,Appointing body"

    /// A governance extract for the two Merton maintained schools above.
    package static let governance = """
        \(governanceHeader)
        1001,102649,,Chair of Governors,Mrs,Ann,,Smith,01/09/2011,31/08/2015,Elected by parents
        1002,102649,,Governor,Mr,Bob,,Jones,01/09/2012,,Ex-officio by virtue of office as headteacher/principal
        1003,102649,,Governor,Ms,Cara,,Lee,01/09/2015,31/08/2019,Nominated by LA and appointed by GB
        1004,102649,,Governor,Mrs,Ann,,Smith,01/09/2015,31/08/2019,Elected by parents
        1005,102649,,Governor,Mr,Dan,,Wu,01/09/2014,31/08/2018,Appointed by GB/board
        1006,102663,,Governor,Revd,Eve,,Okafor,01/01/2015,31/12/2018,Appointed by foundation/Trust
        1007,144838,,Trustee,Mr,Finn,,Ade,01/09/2015,31/08/2019,Appointed by academy members

        """

    /// Loads the establishments fixture into a register.
    package static func loadSchools(_ register: Register) async throws {
        let path = try file(establishments)
        _ = try await SchoolsImport(register: register).run(
            path: path, displayName: "schools.csv", encoding: nil,
            options: ImportOptions(skipInvalid: false, rejectsPath: path + ".rejects.csv", today: today))
    }

    package static func importGovernance(
        _ register: Register, _ text: String, skipInvalid: Bool = false,
        name: String = "governance.csv"
    ) async throws -> ImportReport {
        let path = try file(text, name: name)
        return try await GIASGovernanceImport(register: register).run(
            path: path, displayName: name, encoding: nil,
            options: ImportOptions(skipInvalid: skipInvalid, rejectsPath: path + ".rejects.csv", today: today))
    }
}
