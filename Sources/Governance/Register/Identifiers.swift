@_exported import Tagged

/// Identifiers of the register's records, each its own type (swift-tagged): a person's id cannot
/// be passed where an appointment's is expected. Each wraps the database's bigint and is written
/// as that number everywhere (JSON, command lines, SQL).
public enum Identified {
    /// A person (`people.person_id`).
    public enum Person: Prefixed { public static let prefix: Character = "P" }
    /// A governing body (`governing_bodies.body_id`).
    public enum Body {}
    /// An appointment (`appointments.appointment_id`).
    public enum Appointment: Prefixed { public static let prefix: Character = "A" }
    /// A vacancy (`vacancies.vacancy_id`).
    public enum Vacancy: Prefixed { public static let prefix: Character = "V" }

    /// A kind of record whose id is shown with a letter (`P123`, `A456`, `V7`), so that one kind
    /// of id is not mistaken for another where people read and type them.
    public protocol Prefixed { static var prefix: Character { get } }
}

extension Tagged where Tag: Identified.Prefixed, RawValue == Int64 {
    /// The id as people read it: `P123` for person 123.
    public var labelled: String { "\(Tag.prefix)\(rawValue)" }
}

extension Identified {
    /// The positive number in `text`, bare or after `prefix` (either case); nil for any other
    /// letter, or without a prefix for any letter at all.
    public static func number(in text: String, prefix: Character?) -> Int64? {
        var digits = Substring(text)
        if let first = digits.first, first.isLetter {
            guard let prefix, first.uppercased() == prefix.uppercased() else { return nil }
            digits = digits.dropFirst()
        }
        guard let value = Int64(digits), value > 0 else { return nil }
        return value
    }
}

public typealias PersonID = Tagged<Identified.Person, Int64>
public typealias BodyID = Tagged<Identified.Body, Int64>
public typealias AppointmentID = Tagged<Identified.Appointment, Int64>
public typealias VacancyID = Tagged<Identified.Vacancy, Int64>
