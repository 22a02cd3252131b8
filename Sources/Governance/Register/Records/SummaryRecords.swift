/// Headline figures of the register for one local authority on a date.
public struct RegisterSummary: Sendable, Codable, Equatable {
    public var laCode: Int
    public var laName: String
    public var asOf: CalendarDate
    public var schools: Int
    public var maintainedSchools: Int
    public var bodies: Int
    public var federations: Int
    /// Seats on the instruments in force (bodies without an instrument contribute none).
    public var seats: Int
    /// Serving governors by category (associate members listed separately).
    public var servingByCategory: [GovernorCategory: Int]
    public var associateMembers: Int
    public var pastTermEnd: Int
    public var openVacancies: Int
    /// Serving governors with a current declaration (not objected) giving a known ethnic group.
    public var declaredEthnicity: Int
    public var declaredSex: Int
    /// Serving governors with an induction course recorded.
    public var inducted: Int

    /// Serving governors (associates excluded).
    public var servingGovernors: Int { servingByCategory.values.reduce(0, +) }

    /// The record as given, field by field.
    public init(
        laCode: Int, laName: String, asOf: CalendarDate, schools: Int, maintainedSchools: Int, bodies: Int, federations: Int,
        seats: Int, servingByCategory: [GovernorCategory: Int], associateMembers: Int, pastTermEnd: Int, openVacancies: Int,
        declaredEthnicity: Int, declaredSex: Int, inducted: Int
    ) {
        self.laCode = laCode
        self.laName = laName
        self.asOf = asOf
        self.schools = schools
        self.maintainedSchools = maintainedSchools
        self.bodies = bodies
        self.federations = federations
        self.seats = seats
        self.servingByCategory = servingByCategory
        self.associateMembers = associateMembers
        self.pastTermEnd = pastTermEnd
        self.openVacancies = openVacancies
        self.declaredEthnicity = declaredEthnicity
        self.declaredSex = declaredSex
        self.inducted = inducted
    }
}
