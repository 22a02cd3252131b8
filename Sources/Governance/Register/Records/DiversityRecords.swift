/// How a diversity declaration was collected.
public enum CollectionMethod: String, CaseIterable, Sendable, Codable {
    case paperForm = "paper_form"
    case onlineForm = "online_form"
    case interview, other

    /// The name used on the command line, e.g. `online-form`.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// Reads `paper-form`, `online-form`, ...
    public init?(userInput: String) {
        self.init(rawValue: userInput.lowercased().replacingOccurrences(of: "-", with: "_"))
    }
}

/// A self-declared sex and ethnic group, as recorded on a date.
public struct DiversityDeclaration: Sendable, Codable, Equatable {
    public var id: Int64
    public var personID: PersonID
    public var recordedOn: CalendarDate
    public var sex: DeclaredSex
    public var ethnicity: Ethnicity2021
    public var collectedBy: CollectionMethod

    /// The record as given, field by field.
    public init(
        id: Int64, personID: PersonID, recordedOn: CalendarDate, sex: DeclaredSex, ethnicity: Ethnicity2021,
        collectedBy: CollectionMethod
    ) {
        self.id = id
        self.personID = personID
        self.recordedOn = recordedOn
        self.sex = sex
        self.ethnicity = ethnicity
        self.collectedBy = collectedBy
    }
}
