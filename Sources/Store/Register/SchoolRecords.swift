import Governance

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
    public var bodyID: Int64?
    public var bodyName: String?
}
