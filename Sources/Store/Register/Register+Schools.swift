import Governance
import PostgresNIO

extension Register {
    /// Adds a local authority, with its ONS code (e.g. E09000024) when given, in one statement.
    public func addLocalAuthority(_ la: LocalAuthority, onsCode: String? = nil) async throws {
        try await database.write { connection in
            try await connection.query(
                "INSERT INTO local_authorities (la_code, name, ons_code) VALUES (\(la.code), \(la.name), \(onsCode))",
                logger: logger)
        }
    }

    /// Every local authority, by code.
    public func localAuthorities() async throws -> [LocalAuthority] {
        try await database.read { connection in
            try await connection.query("SELECT la_code, name FROM local_authorities ORDER BY la_code", logger: logger)
                .collect((Int, String).self).map { LocalAuthority(code: $0.0, name: $0.1) }
        }
    }

    /// The local authority with this code, or the one whose name matches (case-insensitive).
    public func localAuthority(_ reference: String) async throws -> LocalAuthority {
        let code = Int(reference) ?? -1
        let rows = try await database.read { connection in
            try await connection.cachedQuery(
                "SELECT la_code, name FROM local_authorities WHERE la_code = \(code) OR lower(name) = lower(\(reference))",
                logger: logger
            ).collect((Int, String).self)
        }
        guard let row = rows.first else {
            throw StoreError.notFound("no local authority \"\(reference)\" (give its code, e.g. 315, or its name)")
        }
        return LocalAuthority(code: row.0, name: row.1)
    }

    /// Adds a school; a maintained school also gets a governing body of its own (returned).
    public func addSchool(_ school: School) async throws -> BodyID? {
        try await database.write { connection in
            try await insertSchool(school, on: connection)
            guard school.category.isMaintained else { return nil }
            return try await createOwnBody(for: school, on: connection)
        }
    }

    func insertSchool(_ s: School, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO schools (urn, la_code, establishment_number, name, phase, establishment_type, category,
                                 foundation_status, status, ward, open_date, close_date)
            VALUES (\(s.urn), \(s.laCode), \(s.establishmentNumber), \(s.name), \(s.phase), \(s.establishmentType),
                    \(s.category), \(s.foundationStatus), \(s.status), \(s.ward), \(s.openDate), \(s.closeDate))
            """, logger: logger)
    }

    /// A body named after the school, governing it since it opened.
    func createOwnBody(for school: School, on connection: PostgresConnection) async throws -> BodyID {
        // Two statements, not one: row-level security checks the link against its body, and a
        // statement does not see rows it inserted itself.
        let body = try await connection.query(
            """
            INSERT INTO governing_bodies (la_code, name, formed_on)
            VALUES (\(school.laCode), \(school.name + " governing body"), \(school.openDate))
            RETURNING body_id
            """, logger: logger
        ).collect(BodyID.self)[0]
        try await connection.query(
            "INSERT INTO body_schools (body_id, urn, joined_on) VALUES (\(body), \(school.urn), \(school.openDate))",
            logger: logger)
        return body
    }

    /// Applies `changes` to the school with this URN and returns the school as now recorded; the
    /// audit trail keeps the old values. Throws `invalid` when a change breaks a rule.
    @discardableResult
    public func updateSchool(urn: Int, changes: SchoolChanges) async throws -> School {
        let current = try await self.school(urn: urn).school
        let school: School
        do { school = try changes.applied(to: current) } catch let violation as RuleViolation {
            throw StoreError.invalid(violation.description)
        }
        try await updateSchool(school)
        return school
    }

    /// Replaces a school's record with `school` (same URN); the audit trail keeps the old values.
    public func updateSchool(_ s: School) async throws {
        try await database.write { connection in
            let rows = try await connection.query(
                """
                UPDATE schools SET la_code = \(s.laCode), establishment_number = \(s.establishmentNumber),
                    name = \(s.name), phase = \(s.phase), establishment_type = \(s.establishmentType),
                    category = \(s.category), foundation_status = \(s.foundationStatus), status = \(s.status),
                    ward = \(s.ward), open_date = \(s.openDate), close_date = \(s.closeDate)
                WHERE urn = \(s.urn) RETURNING urn
                """, logger: logger
            ).collect(Int.self)
            if rows.isEmpty { throw StoreError.notFound("no school with URN \(s.urn)") }
        }
    }

    /// The school with this URN.
    public func school(urn: Int) async throws -> SchoolListing {
        let rows = try await schools(where: [urn], laCode: nil)
        guard let row = rows.first else { throw StoreError.notFound("no school with URN \(urn)") }
        return row
    }

    /// Schools, optionally of one local authority, by name, each with its body today.
    public func schools(laCode: Int? = nil) async throws -> [SchoolListing] {
        try await schools(where: nil, laCode: laCode)
    }

    /// The schools `body` governs, in the order of its URNs, read in one query.
    public func schools(governedBy body: GoverningBody) async throws -> [School] {
        let found = try await schools(where: body.schoolURNs, laCode: nil)
        return body.schoolURNs.compactMap { urn in found.first { $0.school.urn == urn }?.school }
    }

    private func schools(where urns: [Int]?, laCode: Int?) async throws -> [SchoolListing] {
        try await database.read { connection in
            let rows = try await connection.cachedQuery(
                """
                SELECT s.urn, s.la_code, s.establishment_number, s.name, s.phase, s.establishment_type, s.category,
                       s.foundation_status, s.status, s.ward, s.open_date, s.close_date, b.body_id, b.name
                FROM schools s
                LEFT JOIN body_schools bs ON bs.urn = s.urn AND bs.left_on IS NULL
                LEFT JOIN governing_bodies b ON b.body_id = bs.body_id
                WHERE (\(urns)::integer[] IS NULL OR s.urn = ANY(\(urns)::integer[]))
                  AND (\(laCode)::integer IS NULL OR s.la_code = \(laCode))
                ORDER BY s.name, s.urn
                """, logger: logger)
            var result: [SchoolListing] = []
            for r in try rows.collect(
                (
                    Int, Int, Int?, String, String?, String?, SchoolCategory, FoundationStatus?, String?, String?,
                    CalendarDate?, CalendarDate?, BodyID?, String?
                ).self)
            {
                let school = School(
                    urn: r.0, laCode: r.1, establishmentNumber: r.2, name: r.3, phase: r.4,
                    establishmentType: r.5, category: r.6, foundationStatus: r.7, status: r.8,
                    ward: r.9, openDate: r.10, closeDate: r.11)
                result.append(SchoolListing(school: school, bodyID: r.12, bodyName: r.13))
            }
            return result
        }
    }
}
