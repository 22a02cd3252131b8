/// The kind of a training course.
public enum CourseKind: String, CaseIterable, Sendable, Codable {
    case induction, refresher
    case headteacherRecruitment = "headteacher_recruitment"
    case safeguarding, other

    /// The name used on the command line, e.g. `headteacher-recruitment`.
    public var commandLineName: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// Reads `induction`, `headteacher-recruitment`, ...
    public init?(userInput: String) {
        self.init(rawValue: userInput.lowercased().replacingOccurrences(of: "-", with: "_"))
    }
}

/// A course.
public struct Course: Sendable, Codable, Equatable {
    public var id: Int64
    public var title: String
    public var kind: CourseKind
    public var provider: String?

    /// The record as given, field by field.
    public init(id: Int64, title: String, kind: CourseKind, provider: String? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.provider = provider
    }
}

/// Someone's completion of a course.
public struct TrainingRecord: Sendable, Codable, Equatable {
    public var id: Int64
    public var personID: PersonID
    public var personName: String
    public var course: Course
    public var completedOn: CalendarDate

    /// The record as given, field by field.
    public init(id: Int64, personID: PersonID, personName: String, course: Course, completedOn: CalendarDate) {
        self.id = id
        self.personID = personID
        self.personName = personName
        self.course = course
        self.completedOn = completedOn
    }
}
