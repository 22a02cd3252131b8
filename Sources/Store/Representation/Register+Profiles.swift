import Governance
import PostgresNIO

/// A stored profile with its id, the authority it belongs to (nil: shared), and when it was withdrawn.
public struct StoredProfile: Sendable {
    public var id: Int64
    public var profile: CommunityProfile
    public var laCode: Int? = nil
    public var withdrawnOn: CalendarDate? = nil
}

extension Register {
    /// Every profile (without counts' detail beyond the profile), by name, withdrawn ones included.
    public func profiles() async throws -> [StoredProfile] {
        try await database.read { connection in
            let rows = try await connection.query(
                "SELECT profile_id, la_code, withdrawn_on FROM community_profiles ORDER BY name, profile_id", logger: logger
            ).collect((Int64, Int?, CalendarDate?).self)
            let profiles = try await self.profiles(ids: rows.map(\.0), on: connection)
            return rows.compactMap { row in
                profiles[row.0].map { StoredProfile(id: row.0, profile: $0, laCode: row.1, withdrawnOn: row.2) }
            }
        }
    }

    /// A profile by id, or by exact name among those not withdrawn.
    public func profile(_ reference: String) async throws -> StoredProfile {
        let id = Int64(reference)
        let found = try await database.read { connection in
            try await connection.query(
                """
                SELECT profile_id, la_code, withdrawn_on FROM community_profiles
                WHERE profile_id = \(id)::bigint OR (lower(name) = lower(\(reference)) AND withdrawn_on IS NULL)
                """, logger: logger
            ).collect((Int64, Int?, CalendarDate?).self)
        }
        guard found.count == 1, let row = found.first else {
            throw StoreError.notFound("no profile \"\(reference)\" (give its id or exact name; 'govmon profile list' shows them)")
        }
        let profiles = try await database.read { connection in try await self.profiles(ids: [row.0], on: connection) }
        return StoredProfile(id: row.0, profile: profiles[row.0]!, laCode: row.1, withdrawnOn: row.2)
    }

    /// Withdraws a profile from a date, with the reason: it is kept (and audited) but no body is
    /// compared with it any more. Only a session of the profile's authority (or, for a shared
    /// profile, of every authority) may; for anyone else it is not found.
    public func withdrawProfile(_ id: Int64, on date: CalendarDate, reason: String) async throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw StoreError.invalid("--reason: expected why the profile is withdrawn") }
        try await database.write { connection in
            let rows = try await connection.query(
                """
                UPDATE community_profiles SET withdrawn_on = \(date), withdrawn_reason = \(reason)
                WHERE profile_id = \(id) AND withdrawn_on IS NULL RETURNING 1
                """, logger: logger
            ).collect(Int.self)
            guard rows.isEmpty else { return }
            // Profiles are published statistics anyone may read, so saying why is no disclosure.
            let found = try await connection.query(
                "SELECT withdrawn_on FROM community_profiles WHERE profile_id = \(id)", logger: logger
            ).collect(CalendarDate?.self)
            guard let withdrawn = found.first else { throw StoreError.notFound("no profile \(id)") }
            if let withdrawn { throw StoreError.conflict("profile \(id) was withdrawn already, on \(withdrawn.iso)") }
            throw StoreError.forbidden(
                "profile \(id) belongs to another authority (or is shared): only an officer of that authority (or of every "
                    + "authority, for a shared one) may withdraw it")
        }
    }

    /// Links a body to the profile it is judged against for a dimension (replacing any earlier link;
    /// the audit trail keeps it).
    public func linkComparator(bodyID: BodyID, profileID: Int64, dimension: String) async throws {
        try await database.write { connection in
            let kinds = try await connection.query(
                "SELECT geography_kind FROM community_profiles WHERE profile_id = \(profileID)", logger: logger
            ).collect(String.self)
            if kinds.first == GeographyKind.governors.rawValue {
                throw StoreError.invalid(
                    "profile \(profileID) describes governors (national context), not a community: a body is compared "
                        + "with its community; choose a borough, ward or school profile")
            }
            try await connection.query(
                """
                INSERT INTO body_comparators (body_id, profile_id, dimension) VALUES (\(bodyID), \(profileID), \(dimension))
                ON CONFLICT (body_id, dimension) DO UPDATE SET profile_id = excluded.profile_id
                """, logger: logger)
        }
    }

    /// Links a body to `profile` for the dimension its classification describes (ethnicity or sex);
    /// returns that dimension.
    @discardableResult
    public func linkComparator(bodyID: BodyID, profile: StoredProfile) async throws -> String {
        if let withdrawn = profile.withdrawnOn {
            throw StoreError.invalid("profile \(profile.id) was withdrawn on \(withdrawn.iso); choose a current one")
        }
        let dimension = profile.profile.classification.isEthnicity ? "ethnicity" : "sex"
        try await linkComparator(bodyID: bodyID, profileID: profile.id, dimension: dimension)
        return dimension
    }

    /// Sets a local authority's ONS code (e.g. E09000024), which links it to census geographies.
    public func setONSCode(laCode: Int, onsCode: String) async throws {
        try await database.write { connection in
            let rows = try await connection.query(
                "UPDATE local_authorities SET ons_code = \(onsCode) WHERE la_code = \(laCode) RETURNING 1", logger: logger
            ).collect(Int.self)
            if rows.isEmpty { throw StoreError.notFound("no local authority \(laCode)") }
        }
    }
}
