/// What the representativeness measures read for a set of bodies on a date.
public struct RepresentationInputs: Sendable {
    public struct Body: Sendable {
        public var id: BodyID
        public var name: String
        public var laCode: Int

        /// The record as given, field by field.
        public init(id: BodyID, name: String, laCode: Int) {
            self.id = id
            self.name = name
            self.laCode = laCode
        }
    }

    public var bodies: [Body]
    /// Serving governors (associates excluded) by body, with their declarations on the date.
    public var members: [BodyID: [MemberDeclaration]]
    /// Governors appointed in the period (when one is asked for) by body.
    public var appointedInPeriod: [BodyID: [MemberDeclaration]]
    /// Vacancies open on the date, by body.
    public var openVacancies: [BodyID: Int]
    /// Each body's comparator profiles.
    public var ethnicityProfile: [BodyID: CommunityProfile]
    public var sexProfile: [BodyID: CommunityProfile]
    /// The authority's own community profiles on the date (its borough profiles of ethnicity and
    /// of sex, when loaded): the community share of the borough, as opposed to the bodies'
    /// comparators, which may be wards'.
    public var boroughProfiles: [CommunityProfile]

    /// The record as given, field by field.
    public init(
        bodies: [Body], members: [BodyID: [MemberDeclaration]], appointedInPeriod: [BodyID: [MemberDeclaration]],
        openVacancies: [BodyID: Int], ethnicityProfile: [BodyID: CommunityProfile], sexProfile: [BodyID: CommunityProfile],
        boroughProfiles: [CommunityProfile] = []
    ) {
        self.bodies = bodies
        self.members = members
        self.appointedInPeriod = appointedInPeriod
        self.openVacancies = openVacancies
        self.ethnicityProfile = ethnicityProfile
        self.sexProfile = sexProfile
        self.boroughProfiles = boroughProfiles
    }

    /// The borough's own share of `group` and the profile it comes from, when one is loaded.
    public func boroughShare(of group: RepresentedGroup) -> (share: Double, profile: CommunityProfile)? {
        for profile in boroughProfiles {
            if let share = profile.share(of: group) { return (share, profile) }
        }
        return nil
    }
}

extension RepresentationInputs {
    /// The profiles these figures compare with that describe the community after `date`, each
    /// once, by name: a body in 2015 judged against a 2021 census is judged against a later
    /// community, which the command says (a warning, not a refusal: it may be the best there is).
    public func profilesDescribingLater(than date: CalendarDate) -> [CommunityProfile] {
        var seen = Set<String>()
        return (Array(ethnicityProfile.values) + Array(sexProfile.values))
            .filter { $0.referenceDate > date && seen.insert($0.name).inserted }
            .sorted { $0.name < $1.name }
    }
}
