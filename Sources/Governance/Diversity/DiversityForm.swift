import Foundation

/// One paper monitoring form, as a line of the file `govmon diversity import` reads:
/// `person,date,sex,ethnicity,classification,collected_by` (classification only with a numbered
/// ethnicity; docs/ethnicity.md). Read with the same rules as `diversity record`.
public struct DiversityForm: Sendable, Equatable {
    public var person: PersonID
    public var date: CalendarDate
    public var sex: DeclaredSex
    public var ethnicity: Ethnicity2021
    public var collectedBy: CollectionMethod

    /// The columns, in the order the template gives them; `classification` may be left out.
    public static let columns = ["person", "date", "sex", "ethnicity", "classification", "collected_by"]

    /// What is wrong with a line: the field and what was expected, never the value found (a sex
    /// or an ethnicity is special category data even when it is mistyped).
    public struct Problem: Error, Sendable, Equatable {
        public var field: String
        public var expected: String
    }

    /// Reads one line, the columns found by name in `header` (column name to index).
    public static func read(_ fields: [String], header: [String: Int]) -> Result<DiversityForm, Problem> {
        func value(_ name: String) -> String {
            header[name].flatMap { $0 < fields.count ? fields[$0] : nil }?.trimmingCharacters(in: .whitespaces) ?? ""
        }
        guard let person = Identified.number(in: value("person"), prefix: Identified.Person.prefix) else {
            return .failure(Problem(field: "person", expected: "a person id (P12 or 12)"))
        }
        guard let date = CalendarDate(typed: value("date")) else {
            return .failure(Problem(field: "date", expected: "a date as YYYY-MM-DD or DD/MM/YYYY"))
        }
        guard let sex = DeclaredSex(userInput: value("sex")) else {
            return .failure(Problem(field: "sex", expected: "female, male, prefer-not-to-say or not-asked"))
        }
        let typed = value("ethnicity"), classification = value("classification")
        let ethnicity: Ethnicity2021?
        if let code = Int(typed) {
            guard let year = Int(classification) else {
                return .failure(
                    Problem(
                        field: "ethnicity",
                        expected: "a category's name, or a number with its classification (2011 or 2021) in classification"))
            }
            ethnicity = Ethnicity2021(code: code, classification: year)
        } else {
            guard classification.isEmpty else {
                return .failure(Problem(field: "classification", expected: "empty unless ethnicity is a number"))
            }
            ethnicity = Ethnicity2021(userInput: typed)
        }
        guard let ethnicity else {
            return .failure(Problem(field: "ethnicity", expected: "a census category (e.g. indian, white-british)"))
        }
        guard let collectedBy = CollectionMethod(userInput: value("collected_by")) else {
            return .failure(Problem(field: "collected_by", expected: "paper-form, online-form, interview or other"))
        }
        return .success(
            DiversityForm(person: PersonID(person), date: date, sex: sex, ethnicity: ethnicity, collectedBy: collectedBy))
    }
}
