import DemoBorough
import Foundation
import Governance

// govmon-bench: writes a national-size synthetic GIAS pair of files for the import benchmark
// (scripts/bench-import.sh). Usage: govmon-bench OUT_DIR [SCHOOLS] [ROWS] [SEED]
// Every school is maintained (community, VA, VC, foundation) so every governance row lands on a
// body; LA codes cycle through 150 authorities.

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: govmon-bench OUT_DIR [SCHOOLS] [ROWS] [SEED]\n".utf8))
    exit(64)
}
let folder = arguments[1]
let schools = arguments.count > 2 ? Int(arguments[2]) ?? 25_000 : 25_000
let rows = arguments.count > 3 ? Int(arguments[3]) ?? 300_000 : 300_000
var random = SeededGenerator(seed: arguments.count > 4 ? UInt64(arguments[4]) ?? 1 : 1)
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

func writer(_ name: String) -> FileHandle {
    let path = folder + "/" + name
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    return FileHandle(forWritingAtPath: path)!
}

let types = ["Community school", "Voluntary aided school", "Voluntary controlled school", "Foundation school"]
let establishments = writer("establishments.csv")
var text =
    "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),"
    + "EstablishmentStatus (name),PhaseOfEducation (name),OpenDate\n"
for index in 0..<schools {
    let la = 200 + index % 150
    text +=
        "\(100_000 + index),\(la),Authority \(la),\(2000 + index / 150),Bench School \(index),"
        + "\(random.element(types)),Open,Primary,01-09-1990\n"
    if text.utf8.count > 1 << 20 { establishments.write(Data(text.utf8)); text = "" }
}
establishments.write(Data(text.utf8))
try establishments.close()

let appointing = [
    ("Elected by parents", 4), ("Elected by school staff", 4), ("Nominated by LA and appointed by GB", 4),
    ("Appointed by GB/board", 4), ("Appointed by foundation/Trust", 4),
]
let forenames = ["Ann", "Bob", "Cara", "Dan", "Eve", "Finn", "Gita", "Hari", "Ike", "Jo", "Kofi", "Lena"]
let surnames = ["Smith", "Jones", "Patel", "Okafor", "Nowak", "Chen", "Khan", "Brown", "Evans", "Wu"]
let governance = writer("governance.csv")
text = "GID,URN,UID,Role,Title,Forename 1,Forename 2,Surname,Date of appointment,Date term of office ends/ended,Appointing body\n"
let perSchool = max(1, rows / schools)
for row in 0..<rows {
    let school = 100_000 + (row / perSchool) % schools
    let seat = row % perSchool
    let start = CalendarDate(year: 2012 + random.int(0...3), month: 9, day: 1)!
    let role = seat == 0 ? "Chair of Governors" : "Governor"
    // Distinct names within a school (the seat number makes each one unique), so identity is unambiguous.
    let forename = forenames[seat % forenames.count] + (seat >= forenames.count ? "\(seat)" : "")
    if seat == 1 {
        text +=
            "\(row + 1),\(school),,\(role),Mx,\(forename),,\(random.element(surnames)),\(start.dayMonthYear),,"
            + "Ex-officio by virtue of office as headteacher/principal\n"
    } else {
        let (body, years) = random.element(appointing)
        let end = TermOfOffice.lastDay(start: start, years: years)
        text +=
            "\(row + 1),\(school),,\(role),Mx,\(forename),,\(random.element(surnames)),\(start.dayMonthYear),"
            + "\(end.dayMonthYear),\(body)\n"
    }
    if text.utf8.count > 1 << 20 { governance.write(Data(text.utf8)); text = "" }
}
governance.write(Data(text.utf8))
try governance.close()
print("wrote \(folder)/establishments.csv (\(schools) schools) and \(folder)/governance.csv (\(rows) rows)")
