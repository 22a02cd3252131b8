/// A local authority: code (e.g. 315) and name (e.g. Merton).
public struct LocalAuthority: Sendable, Codable, Equatable {
    public var code: Int
    public var name: String

    public init(code: Int, name: String) {
        self.code = code
        self.name = name
    }
}

/// A school as the register holds it.
public struct School: Sendable, Codable, Equatable {
    public var urn: Int
    public var laCode: Int
    public var establishmentNumber: Int?
    public var name: String
    public var phase: String?
    public var establishmentType: String?
    public var category: SchoolCategory
    public var foundationStatus: FoundationStatus?
    public var status: String?
    public var ward: String?
    public var openDate: CalendarDate?
    public var closeDate: CalendarDate?

    public init(
        urn: Int, laCode: Int, establishmentNumber: Int?, name: String, phase: String? = nil,
        establishmentType: String? = nil, category: SchoolCategory, foundationStatus: FoundationStatus? = nil,
        status: String? = nil, ward: String? = nil, openDate: CalendarDate? = nil, closeDate: CalendarDate? = nil
    ) {
        self.urn = urn
        self.laCode = laCode
        self.establishmentNumber = establishmentNumber
        self.name = name
        self.phase = phase
        self.establishmentType = establishmentType
        self.category = category
        self.foundationStatus = foundationStatus
        self.status = status
        self.ward = ward
        self.openDate = openDate
        self.closeDate = closeDate
    }

    /// LA code and establishment number, e.g. 3152001 (nil without a number).
    public var laestab: Int? { establishmentNumber.map { laCode * 10000 + $0 } }
}

/// A school with the body that governs it today, for listings.
public struct SchoolListing: Sendable, Codable {
    public var school: School
    public var bodyID: BodyID?
    public var bodyName: String?

    /// The record as given, field by field.
    public init(school: School, bodyID: BodyID? = nil, bodyName: String? = nil) {
        self.school = school
        self.bodyID = bodyID
        self.bodyName = bodyName
    }
}

/// Changes to a school's details; nil leaves a field as it is.
public struct SchoolChanges: Sendable, Equatable {
    public var name: String?
    public var category: SchoolCategory?
    public var foundationStatus: FoundationStatus?
    public var phase: String?
    public var ward: String?
    /// Setting a close date also sets the status to Closed.
    public var closeDate: CalendarDate?

    public init(
        name: String? = nil, category: SchoolCategory? = nil, foundationStatus: FoundationStatus? = nil,
        phase: String? = nil, ward: String? = nil, closeDate: CalendarDate? = nil
    ) {
        self.name = name
        self.category = category
        self.foundationStatus = foundationStatus
        self.phase = phase
        self.ward = ward
        self.closeDate = closeDate
    }

    /// `school` with these changes. A new category without foundation status drops the old status;
    /// a foundation status on a school whose category has none is refused (`RuleViolation`).
    public func applied(to school: School) throws -> School {
        var school = school
        if let name { school.name = name }
        if let category {
            school.category = category
            if !category.hasFoundationStatus { school.foundationStatus = nil }
        }
        if let foundationStatus {
            guard school.category.hasFoundationStatus else {
                throw RuleViolation("foundation status applies only to foundation and foundation special schools")
            }
            school.foundationStatus = foundationStatus
        }
        if let phase { school.phase = phase }
        if let ward { school.ward = ward }
        if let closeDate {
            school.closeDate = closeDate
            school.status = "Closed"
        }
        return school
    }
}
