import Foundation

/// One validated row of a GIAS governance extract, with the raw values kept beside what was
/// inferred from them.
public struct GIASGovernanceRecord: Sendable, Equatable {
    public var gid: Int64
    public var urn: Int
    public var uid: String?
    public var rawRole: String
    public var role: GIASRole
    public var title: String?
    public var forename1: String
    public var forename2: String?
    public var surname: String
    public var appointedOn: CalendarDate
    public var termEnd: CalendarDate?
    public var rawAppointingBody: String
    public var appointingBody: AppointingBody

    /// Whether this row describes a member of a maintained school's governing body (a governor
    /// category and a governor role); other rows are reported as outside the register.
    public var isGovernorRecord: Bool {
        if case .governor = role, case .governor = appointingBody { return true }
        return false
    }

    /// Validates a row against docs/gias.md's rules and the register's (terms of 1-4 years).
    ///
    /// - Parameters:
    ///   - fields: the row's fields; `columns` maps header names to their index.
    ///   - today: appointments may not start after this date (GIAS's own rule).
    /// - Throws: `FieldProblem` naming the first field that is wrong and what was expected.
    public init(fields: [String], columns: [String: Int], today: CalendarDate) throws(FieldProblem) {
        func value(_ name: String) -> String {
            guard let index = columns[name], index < fields.count else { return "" }
            return NameText.normalized(fields[index])
        }
        func optional(_ name: String) -> String? {
            let text = value(name)
            return text.isEmpty ? nil : text
        }
        func required(_ name: String, _ expected: String) throws(FieldProblem) -> String {
            guard let text = optional(name) else { throw FieldProblem(field: name, expected: expected, found: "") }
            return text
        }
        if fields.count != columns.count {
            throw FieldProblem(
                field: "(row)", expected: "\(columns.count) fields as in the header",
                found: "\(fields.count) fields")
        }
        let gidText = try required("GID", "a whole number (the GIAS governor id)")
        guard let gid = Int64(gidText), gid > 0 else {
            throw FieldProblem(field: "GID", expected: "a whole number (the GIAS governor id)", found: gidText)
        }
        self.gid = gid
        let urnText = try required("URN", "a six-digit school URN")
        guard let urn = Int(urnText), (100000...999999).contains(urn) else {
            throw FieldProblem(field: "URN", expected: "a six-digit school URN", found: urnText)
        }
        self.urn = urn
        uid = optional("UID")
        rawRole = try required("Role", "a GIAS role such as \"Governor\" or \"Chair of Governors\"")
        guard let role = GIASRole(gias: rawRole) else {
            throw FieldProblem(
                field: "Role", expected: "a GIAS role such as \"Governor\" or \"Chair of Governors\"",
                found: rawRole)
        }
        self.role = role
        title = optional("Title")
        forename1 = try required("Forename 1", "the governor's first forename")
        forename2 = optional("Forename 2")
        surname = try required("Surname", "the governor's surname")
        rawAppointingBody = try required("Appointing body", "a GIAS appointing body such as \"Elected by parents\"")
        guard let body = AppointingBody(gias: rawAppointingBody) else {
            throw FieldProblem(
                field: "Appointing body",
                expected: "a GIAS appointing body such as \"Elected by parents\"",
                found: rawAppointingBody)
        }
        appointingBody = body
        let startText = try required("Date of appointment", "a date as dd/mm/yyyy")
        guard let start = CalendarDate(dayMonthYear: startText) else {
            throw FieldProblem(field: "Date of appointment", expected: "a date as dd/mm/yyyy", found: startText)
        }
        guard start <= today else {
            throw FieldProblem(
                field: "Date of appointment", expected: "a date not after today (\(today.iso))",
                found: startText)
        }
        appointedOn = start
        termEnd = try Self.termEnd(optional("Date term of office ends/ended"), start: start, body: body)
    }

    private static func termEnd(_ text: String?, start: CalendarDate, body: AppointingBody)
        throws(FieldProblem) -> CalendarDate?
    {
        let field = "Date term of office ends/ended"
        let exOfficio: Bool
        if case .governor(_, let flag) = body { exOfficio = flag } else { exOfficio = false }
        guard let text else {
            if exOfficio || !isGovernor(body) { return nil }
            throw FieldProblem(field: field, expected: "a date as dd/mm/yyyy (required unless ex officio)", found: "")
        }
        guard let end = CalendarDate(dayMonthYear: text) else {
            throw FieldProblem(field: field, expected: "a date as dd/mm/yyyy", found: text)
        }
        if exOfficio {
            throw FieldProblem(field: field, expected: "no date: ex officio governors have no term end", found: text)
        }
        guard end >= start else {
            throw FieldProblem(
                field: field, expected: "a date on or after the date of appointment (\(start.dayMonthYear))",
                found: text)
        }
        if isGovernor(body), let problem = TermOfOffice.problem(start: start, end: end) {
            throw FieldProblem(field: field, expected: problem, found: text)
        }
        return end
    }

    private static func isGovernor(_ body: AppointingBody) -> Bool {
        if case .governor = body { return true }
        return false
    }
}

/// One field of an input row that is wrong: which, what was expected, what was found.
public struct FieldProblem: Error, Equatable, Sendable {
    public var field: String
    public var expected: String
    public var found: String

    /// `field` and `found` come from the file: control characters are shown escaped (a newline
    /// as `\n`) and a value found is cut at 200 characters, so that the error stays one line.
    public init(field: String, expected: String, found: String) {
        self.field = Self.printable(field, limit: .max)
        self.expected = expected
        self.found = Self.printable(found, limit: 200)
    }

    static func printable(_ text: String, limit: Int) -> String {
        var shown = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                shown += "…"
                break
            }
            count += 1
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            default:
                if scalar.properties.generalCategory == .control {
                    shown += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    shown.unicodeScalars.append(scalar)
                }
            }
        }
        return shown
    }

    /// `expected X, found "Y"` (or `... found nothing`).
    public var sentence: String {
        found.isEmpty ? "expected \(expected), found nothing" : "expected \(expected), found \"\(found)\""
    }
}
