import ArgumentParser
import Governance
import Interchange
import Store

// Values typed on the command line, read by the domain's own parsers so that every spelling the
// domain accepts works here too; `allValueStrings` gives --help and error messages the choices.

// Either form a UK officer types; anything else is refused with both forms named ("Please
// provide one of 'YYYY-MM-DD' and 'DD/MM/YYYY'"), as the forms stand in for the value list.
extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(typed: argument) }
    public var defaultValueDescription: String { iso }
    public static var allValueStrings: [String] { typedForms }
    public static var defaultCompletionKind: CompletionKind { .default }
}

extension GovernorCategory: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}

extension GovernorRole: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}

extension SchoolCategory: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}

extension FoundationStatus: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}

extension Ethnicity2021: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}

extension DeclaredSex: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map { $0.rawValue.replacingOccurrences(of: "_", with: "-") } }
}

extension EndReason: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}

extension VacancyReason: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}

extension CourseKind: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}

extension ReconstitutionStage: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}

extension CollectionMethod: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}

extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension DepartureAuthority: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map { $0.rawValue.replacingOccurrences(of: "_", with: "-") } }
}

extension ReviewJudgement: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
}

// A record's id typed as a number, or with its letter for the kinds that have one (`P123` a
// person, `A456` an appointment, `V7` a vacancy): another kind's letter is refused, so a person's
// id cannot be used where an appointment's is meant.
extension Tagged: @retroactive ExpressibleByArgument where RawValue == Int64 {
    public init?(argument: String) {
        let prefix = (Tag.self as? any Identified.Prefixed.Type)?.prefix
        guard let value = Identified.number(in: argument, prefix: prefix) else { return nil }
        self.init(rawValue: value)
    }
}

extension AlertFinding.Severity: ExpressibleByArgument {}

extension AlertState: ExpressibleByArgument {}

extension PolicySource: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension RecruitmentStage: ExpressibleByArgument {
    public init?(argument: String) { self.init(userInput: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
