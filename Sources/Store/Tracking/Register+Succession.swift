import Governance
import PostgresNIO

extension Register {
    /// Records a school's adoption of a succession planning policy; returns its id. The school must
    /// be one the session sees (row-level security answers "no school" otherwise).
    public func recordSuccessionPolicy(_ policy: NewSuccessionPolicy) async throws -> Int64 {
        if let problem = policy.problem { throw StoreError.invalid(problem) }
        _ = try await school(urn: policy.urn)
        return try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO succession_policies (urn, source, model_version, adopted_on, review_on, diversity_evidenced,
                                                 diversity_note, minute)
                VALUES (\(policy.urn), \(policy.source.rawValue), \(policy.modelVersion), \(policy.adoptedOn), \(policy.reviewOn),
                        \(policy.diversityEvidenced), \(policy.diversityNote), \(policy.minute))
                RETURNING succession_policy_id
                """, logger: logger
            ).collect(Int64.self)[0]
        }
    }

    /// Succession planning policies, of one school or one authority's schools (or all), by
    /// school then adoption date.
    public func successionPolicies(urn: Int? = nil, laCode: Int? = nil) async throws -> [SuccessionPolicy] {
        try await database.read { connection in
            try await connection.query(
                """
                SELECT p.succession_policy_id, p.urn, s.name, p.source, p.model_version, p.adopted_on, p.review_on,
                       p.diversity_evidenced, p.diversity_note, p.minute
                FROM succession_policies p JOIN schools s USING (urn)
                WHERE (\(urn)::integer IS NULL OR p.urn = \(urn)) AND (\(laCode)::integer IS NULL OR s.la_code = \(laCode))
                ORDER BY s.name, p.urn, p.adopted_on, p.succession_policy_id
                """, logger: logger
            ).collect((Int64, Int, String, String, String?, CalendarDate, CalendarDate?, Bool, String?, String).self).map {
                SuccessionPolicy(
                    id: $0.0, urn: $0.1, schoolName: $0.2, source: PolicySource(rawValue: $0.3) ?? .own, modelVersion: $0.4,
                    adoptedOn: $0.5, reviewOn: $0.6, diversityEvidenced: $0.7, diversityNote: $0.8, minute: $0.9)
            }
        }
    }

    /// One policy by id.
    public func successionPolicy(_ id: Int64) async throws -> SuccessionPolicy {
        let found = try await database.read { connection in
            try await connection.query(
                "SELECT urn FROM succession_policies WHERE succession_policy_id = \(id)", logger: logger
            ).collect(Int.self).first
        }
        guard let urn = found, let policy = try await successionPolicies(urn: urn).first(where: { $0.id == id }) else {
            throw StoreError.notFound("no succession planning policy \(id)")
        }
        return policy
    }
}
