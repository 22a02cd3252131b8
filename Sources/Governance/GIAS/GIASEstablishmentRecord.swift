import Foundation

/// The GIAS establishment fields govmon reads from the "all establishment data" extract (about
/// 130 columns, matched by header name; the rest are ignored). Each field also answers to the
/// snake_case name that tools such as R's janitor give it.
public enum GIASEstablishmentField: String, CaseIterable, Sendable {
    case urn = "URN"
    case laCode = "LA (code)"
    case laName = "LA (name)"
    case establishmentNumber = "EstablishmentNumber"
    case name = "EstablishmentName"
    case type = "TypeOfEstablishment (name)"
    case phase = "PhaseOfEducation (name)"
    case status = "EstablishmentStatus (name)"
    case openDate = "OpenDate"
    case closeDate = "CloseDate"
    case ward = "AdministrativeWard (name)"

    /// Fields an import cannot do without.
    public static let required: [GIASEstablishmentField] = [.urn, .laCode, .laName, .establishmentNumber, .name, .type]

    /// Header spellings accepted, compared case-insensitively.
    public var aliases: [String] {
        switch self {
        case .urn: return ["URN"]
        case .laCode: return ["LA (code)", "la_code"]
        case .laName: return ["LA (name)", "la_name"]
        case .establishmentNumber: return ["EstablishmentNumber", "establishment_number"]
        case .name: return ["EstablishmentName", "establishment_name"]
        case .type: return ["TypeOfEstablishment (name)", "establishment_type", "type_of_establishment_name"]
        case .phase: return ["PhaseOfEducation (name)", "education_phase", "phase_of_education_name"]
        case .status: return ["EstablishmentStatus (name)", "establishment_status", "establishment_status_name"]
        case .openDate: return ["OpenDate", "open_date"]
        case .closeDate: return ["CloseDate", "close_date"]
        case .ward: return ["AdministrativeWard (name)", "administrative_ward", "administrative_ward_name"]
        }
    }

    /// The column of each field found in `header`, or the first required field that is missing.
    public static func columns(of header: [String]) -> Result<[GIASEstablishmentField: Int], HeaderProblem> {
        let folded = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var map: [GIASEstablishmentField: Int] = [:]
        for field in allCases {
            if let index = folded.firstIndex(where: { name in field.aliases.contains { $0.lowercased() == name } }) {
                map[field] = index
            }
        }
        if let missing = required.first(where: { map[$0] == nil }) {
            return .failure(HeaderProblem(column: header.count + 1, found: nil, expected: missing.rawValue))
        }
        return .success(map)
    }
}

/// One validated establishment row.
public struct GIASEstablishmentRecord: Sendable, Equatable {
    public var urn: Int
    public var laCode: Int
    public var laName: String
    public var establishmentNumber: Int?
    public var name: String
    public var type: String
    public var category: SchoolCategory
    public var phase: String?
    public var status: String?
    public var openDate: CalendarDate?
    public var closeDate: CalendarDate?
    public var ward: String?

    /// Validates one row. Dates may be `dd-mm-yyyy` (GIAS), `dd/mm/yyyy` or ISO.
    public init(fields: [String], columns: [GIASEstablishmentField: Int]) throws(FieldProblem) {
        func value(_ field: GIASEstablishmentField) -> String? {
            guard let index = columns[field], index < fields.count else { return nil }
            let text = NameText.normalized(fields[index])
            return text.isEmpty ? nil : text
        }
        func date(_ field: GIASEstablishmentField) throws(FieldProblem) -> CalendarDate? {
            guard let text = value(field) else { return nil }
            let slashed = text.replacingOccurrences(of: "-", with: "/")
            guard let parsed = CalendarDate(iso: text) ?? CalendarDate(dayMonthYear: slashed) else {
                throw FieldProblem(field: field.rawValue, expected: "a date as dd-mm-yyyy", found: text)
            }
            return parsed
        }
        let urnText = value(.urn) ?? ""
        guard let urn = Int(urnText), (100000...999999).contains(urn) else {
            throw FieldProblem(field: "URN", expected: "a six-digit URN", found: urnText)
        }
        self.urn = urn
        let laText = value(.laCode) ?? ""
        guard let la = Int(laText), (100...999).contains(la) else {
            throw FieldProblem(field: "LA (code)", expected: "a three-digit LA code", found: laText)
        }
        laCode = la
        guard let laName = value(.laName) else { throw FieldProblem(field: "LA (name)", expected: "the LA's name", found: "") }
        self.laName = laName
        if let text = value(.establishmentNumber) {
            guard let number = Int(text), (1...9999).contains(number) else {
                throw FieldProblem(field: "EstablishmentNumber", expected: "a number from 1 to 9999", found: text)
            }
            establishmentNumber = number
        }
        guard let name = value(.name) else {
            throw FieldProblem(field: "EstablishmentName", expected: "the establishment's name", found: "")
        }
        self.name = name
        guard let type = value(.type) else {
            throw FieldProblem(field: "TypeOfEstablishment (name)", expected: "a GIAS establishment type", found: "")
        }
        self.type = type
        category = SchoolCategory(giasEstablishmentType: type)
        if category.isMaintained && establishmentNumber == nil {
            throw FieldProblem(field: "EstablishmentNumber", expected: "a number for a maintained school", found: "")
        }
        phase = value(.phase)
        status = value(.status)
        ward = value(.ward)
        openDate = try date(.openDate)
        closeDate = try date(.closeDate)
        if let open = openDate, let close = closeDate, close < open {
            throw FieldProblem(field: "CloseDate", expected: "a date on or after OpenDate (\(open.iso))", found: close.iso)
        }
    }
}
