import Governance
import Store

/// What is recorded about a person, as every edge records it: diversity declarations and a
/// written objection (special category data), DBS checks, training; and the courses training is
/// recorded against. Each write about a person first finds them in the register, so another
/// authority's person is not found.
public struct PersonEntry: Sendable {
    public let register: Register
    /// Today: training cannot be recorded as completed after it.
    public let today: CalendarDate

    public init(register: Register, today: CalendarDate) {
        self.register = register
        self.today = today
    }

    /// Records a self-declared sex and ethnicity; answers the declaration's id.
    public func recordDiversity(
        personID: PersonID, on date: CalendarDate, sex: DeclaredSex, ethnicity: Ethnicity2021, collectedBy: CollectionMethod
    ) async throws -> Int64 {
        _ = try await register.person(personID)
        return try await register.recordDiversity(
            personID: personID, on: date, sex: sex, ethnicity: ethnicity, collectedBy: collectedBy)
    }

    /// Records a batch of monitoring forms (`diversity import`), each as `recordDiversity` would,
    /// all or none: one that cannot be recorded refuses the batch, naming its line in `file`.
    public func importDiversity(_ forms: [(line: Int, form: DiversityForm)], file: String) async throws -> Int {
        try await register.inOneTransaction { register in
            let entry = PersonEntry(register: register, today: today)
            for (line, form) in forms {
                if form.date > today {
                    throw RuleViolation("\(file):\(line): date: expected today (\(today.iso)) or earlier")
                }
                do {
                    _ = try await entry.recordDiversity(
                        personID: form.person, on: form.date, sex: form.sex, ethnicity: form.ethnicity,
                        collectedBy: form.collectedBy)
                } catch let error as StoreError {
                    throw StoreError.importRefused("\(file):\(line): \(error)")
                }
            }
            return forms.count
        }
    }

    /// Records a written objection: from `date` the person's values count as unknown everywhere.
    public func recordObjection(personID: PersonID, on date: CalendarDate) async throws {
        _ = try await register.person(personID)
        try await register.recordObjection(personID: personID, on: date)
    }

    /// Records an enhanced DBS check applied for (and issued); answers its id.
    public func recordDBSCheck(personID: PersonID, appliedOn: CalendarDate, issuedOn: CalendarDate?) async throws -> Int64 {
        _ = try await register.person(personID)
        return try await register.recordDBSCheck(personID: personID, appliedOn: appliedOn, issuedOn: issuedOn)
    }

    /// Records a course completed, on a day not after today; answers the record's id.
    public func recordTraining(personID: PersonID, courseID: Int64, completedOn: CalendarDate) async throws -> Int64 {
        guard completedOn <= today else {
            throw RuleViolation("completed: expected a date not after today (\(today.iso)), found \(completedOn.iso)")
        }
        _ = try await register.person(personID)
        return try await register.recordTraining(personID: personID, courseID: courseID, completedOn: completedOn)
    }

    /// Adds a training course (courses belong to no authority); answers its id.
    public func addCourse(title: String, kind: CourseKind, provider: String?) async throws -> Int64 {
        try await register.addCourse(title: title, kind: kind, provider: provider)
    }
}
