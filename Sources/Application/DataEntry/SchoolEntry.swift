import Governance
import Store

/// Schools, federations and local authorities, as every edge records them.
public struct SchoolEntry: Sendable {
    public let register: Register

    public init(register: Register) { self.register = register }

    /// What a new school needs; `authority` is its LA's code or name.
    public struct NewSchool: Sendable {
        public var urn: Int
        public var authority: String
        public var number: Int
        public var name: String
        public var category: SchoolCategory
        public var foundation: FoundationStatus?
        public var phase: String?
        public var ward: String?
        public var opened: CalendarDate?

        public init(
            urn: Int, authority: String, number: Int, name: String, category: SchoolCategory, foundation: FoundationStatus?,
            phase: String?, ward: String?, opened: CalendarDate?
        ) {
            self.urn = urn
            self.authority = authority
            self.number = number
            self.name = name
            self.category = category
            self.foundation = foundation
            self.phase = phase
            self.ward = ward
            self.opened = opened
        }
    }

    /// Adds an open school; a maintained school gets a body of its own, whose id is answered.
    public func add(_ new: NewSchool) async throws -> BodyID? {
        if new.foundation != nil && !new.category.hasFoundationStatus {
            throw RuleViolation("foundation status applies only to foundation and foundation special schools")
        }
        let la = try await register.localAuthority(new.authority)
        return try await register.addSchool(
            School(
                urn: new.urn, laCode: la.code, establishmentNumber: new.number, name: new.name, phase: new.phase,
                category: new.category, foundationStatus: new.foundation, status: "Open", ward: new.ward,
                openDate: new.opened))
    }

    /// Changes a school's details (the audit trail keeps the old values); answers the school now.
    public func update(urn: Int, changes: SchoolChanges) async throws -> SchoolListing {
        _ = try await register.school(urn: urn)
        try await register.updateSchool(urn: urn, changes: changes)
        return try await register.school(urn: urn)
    }

    /// Federates schools under one new body from `date`; every school must be one the register
    /// can see (another authority's is not found).
    public func federate(name: String, urns: [Int], on date: CalendarDate) async throws -> FederationResult {
        for urn in urns { _ = try await register.school(urn: urn) }
        return try await register.federate(name: name, urns: urns, on: date)
    }

    /// Adds a local authority (with its ONS code, which links it to census geographies).
    public func addAuthority(_ authority: LocalAuthority, onsCode: String?) async throws -> LocalAuthority {
        try await register.addLocalAuthority(authority, onsCode: onsCode)
        return try await register.localAuthority(String(authority.code))
    }

    /// Records the ONS code of the authority `authority` names; answers the authority.
    public func setONSCode(authority: String, onsCode: String) async throws -> LocalAuthority {
        // The GSS form: E (England) or W (Wales), then eight digits, e.g. E09000024 (Merton).
        let digits = onsCode.dropFirst()
        let isDigit: (Character) -> Bool = { ("0"..."9").contains($0) }
        guard let nation = onsCode.first, "EW".contains(nation), digits.count == 8, digits.allSatisfy(isDigit) else {
            throw InputError.badValue(option: "ons code", expected: "E or W and eight digits, e.g. E09000024", found: onsCode)
        }
        let la = try await register.localAuthority(authority)
        try await register.setONSCode(laCode: la.code, onsCode: onsCode)
        return la
    }

    /// Whether any current profile covers this ONS code: without one the authority's figures have
    /// nothing to compare with (a warning, not a refusal: the profile may be imported next).
    public func hasProfile(onsCode: String) async throws -> Bool {
        try await register.profiles().contains { $0.profile.geographyCode == onsCode && $0.withdrawnOn == nil }
    }
}
