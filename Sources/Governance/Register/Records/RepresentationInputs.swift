/// What the representativeness measures read for a set of bodies on a date.
public struct RepresentationInputs: Sendable {
    public struct Body: Sendable {
        public var id: Int64
        public var name: String
        public var laCode: Int

        /// The record as given, field by field.
        public init(id: Int64, name: String, laCode: Int) {
            self.id = id
            self.name = name
            self.laCode = laCode
        }
    }

    public var bodies: [Body]
    /// Serving governors (associates excluded) by body, with their declarations on the date.
    public var members: [Int64: [MemberDeclaration]]
    /// Governors appointed in the period (when one is asked for) by body.
    public var appointedInPeriod: [Int64: [MemberDeclaration]]
    /// Vacancies open on the date, by body.
    public var openVacancies: [Int64: Int]
    /// Each body's comparator profiles.
    public var ethnicityProfile: [Int64: CommunityProfile]
    public var sexProfile: [Int64: CommunityProfile]

    /// The record as given, field by field.
    public init(
        bodies: [Body], members: [Int64: [MemberDeclaration]], appointedInPeriod: [Int64: [MemberDeclaration]],
        openVacancies: [Int64: Int], ethnicityProfile: [Int64: CommunityProfile], sexProfile: [Int64: CommunityProfile]
    ) {
        self.bodies = bodies
        self.members = members
        self.appointedInPeriod = appointedInPeriod
        self.openVacancies = openVacancies
        self.ethnicityProfile = ethnicityProfile
        self.sexProfile = sexProfile
    }
}
