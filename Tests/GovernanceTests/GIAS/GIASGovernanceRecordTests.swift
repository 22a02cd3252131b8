import Testing

@testable import Governance

@Suite struct GIASGovernanceRecordTests {
    static let header = GIASGovernanceHeader.standard
    static let today = CalendarDate(iso: "2016-06-30")!

    static func columns() throws -> [String: Int] {
        try GIASGovernanceHeader.columns(of: header).get()
    }

    static func row(_ changes: [String: String] = [:]) -> [String] {
        var values = [
            "GID": "1001", "URN": "102649", "UID": "", "Role": "Governor", "Title": "Mrs", "Forename 1": "Ann",
            "Forename 2": "", "Surname": "Smith", "Date of appointment": "01/09/2015",
            "Date term of office ends/ended": "31/08/2019", "Appointing body": "Elected by parents",
        ]
        for (key, value) in changes { values[key] = value }
        return header.map { values[$0]! }
    }

    @Test func readsAValidRow() throws {
        let record = try GIASGovernanceRecord(fields: Self.row(), columns: try Self.columns(), today: Self.today)
        #expect(record.gid == 1001 && record.urn == 102649)
        #expect(record.appointedOn.iso == "2015-09-01" && record.termEnd?.iso == "2019-08-31")
        #expect(record.appointingBody == .governor(.parent, exOfficio: false))
        #expect(record.isGovernorRecord)
    }

    @Test func headerVariantsAndWrongHeaders() {
        #expect((try? GIASGovernanceHeader.columns(of: GIASGovernanceHeader.withCompaniesHouseNumber).get())?["Surname"] == 8)
        var wrong = GIASGovernanceHeader.standard
        wrong[3] = "Roles"
        guard case .failure(let problem) = GIASGovernanceHeader.columns(of: wrong) else {
            Issue.record("a wrong header was accepted")
            return
        }
        #expect(problem.column == 4 && problem.found == "Roles" && problem.expected == "Role")
        guard case .failure(let short) = GIASGovernanceHeader.columns(of: Array(GIASGovernanceHeader.standard.prefix(5))) else {
            Issue.record("a short header was accepted")
            return
        }
        #expect(short.column == 6 && short.found == nil)
    }

    @Test(arguments: [
        (["Date of appointment": "2015-09-01"], "Date of appointment"),
        (["Date of appointment": "01/07/2016"], "Date of appointment"),  // after "today"
        (["Date term of office ends/ended": ""], "Date term of office ends/ended"),  // required unless ex officio
        (["Date term of office ends/ended": "01/09/2019"], "Date term of office ends/ended"),  // 4 years + 1 day
        (["Date term of office ends/ended": "31/08/2015"], "Date term of office ends/ended"),  // before the start
        (["URN": "12345"], "URN"),
        (["GID": "x"], "GID"),
        (["Surname": ""], "Surname"),
        (["Appointing body": "Elected by pupils"], "Appointing body"),
        (["Role": "Head boy"], "Role"),
    ])
    func refusesWithTheFieldNamed(changes: [String: String], field: String) throws {
        let columns = try Self.columns()
        #expect(throws: FieldProblem.self) {
            try GIASGovernanceRecord(fields: Self.row(changes), columns: columns, today: Self.today)
        }
        do {
            _ = try GIASGovernanceRecord(fields: Self.row(changes), columns: columns, today: Self.today)
        } catch {
            #expect(error.field == field)
            #expect(error.sentence.hasPrefix("expected "))
        }
    }

    @Test func exOfficioHasNoTermEnd() throws {
        let columns = try Self.columns()
        let head = Self.row([
            "Appointing body": "Ex-officio by virtue of office as headteacher/principal",
            "Date term of office ends/ended": "",
        ])
        let record = try GIASGovernanceRecord(fields: head, columns: columns, today: Self.today)
        #expect(record.termEnd == nil)
        let headWithEnd = Self.row(["Appointing body": "Ex-officio by virtue of office as headteacher/principal"])
        #expect(throws: FieldProblem.self) { try GIASGovernanceRecord(fields: headWithEnd, columns: columns, today: Self.today) }
    }

    @Test func academyRowsAreReadButAreNotGovernors() throws {
        let trustee = Self.row(["Role": "Trustee", "Appointing body": "Appointed by academy members"])
        let record = try GIASGovernanceRecord(fields: trustee, columns: try Self.columns(), today: Self.today)
        #expect(!record.isGovernorRecord)
    }
}
