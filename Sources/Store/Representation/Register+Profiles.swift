import Governance
import PostgresNIO

/// A stored profile with its id.
public struct StoredProfile: Sendable {
    public var id: Int64
    public var profile: CommunityProfile
}

extension Register {
    /// Every profile (without counts' detail beyond the profile), by name.
    public func profiles() async throws -> [StoredProfile] {
        try await database.read { connection in
            let ids = try await connection.query("SELECT profile_id FROM community_profiles ORDER BY name", logger: logger)
                .collect(Int64.self)
            let profiles = try await self.profiles(ids: ids, on: connection)
            return ids.compactMap { id in profiles[id].map { StoredProfile(id: id, profile: $0) } }
        }
    }

    /// A profile by id or exact name.
    public func profile(_ reference: String) async throws -> StoredProfile {
        let id = Int64(reference)
        let found = try await database.read { connection in
            try await connection.query(
                """
                SELECT profile_id FROM community_profiles
                WHERE profile_id = \(id)::bigint OR lower(name) = lower(\(reference))
                """, logger: logger
            ).collect(Int64.self)
        }
        guard found.count == 1, let profileID = found.first else {
            throw StoreError.notFound("no profile \"\(reference)\" (give its id or exact name; 'govmon profile list' shows them)")
        }
        let profiles = try await database.read { connection in try await self.profiles(ids: [profileID], on: connection) }
        return StoredProfile(id: profileID, profile: profiles[profileID]!)
    }

    /// Links a body to the profile it is judged against for a dimension (replacing any earlier link;
    /// the audit trail keeps it).
    public func linkComparator(bodyID: Int64, profileID: Int64, dimension: String) async throws {
        try await database.write { connection in
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
    public func linkComparator(bodyID: Int64, profile: StoredProfile) async throws -> String {
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
