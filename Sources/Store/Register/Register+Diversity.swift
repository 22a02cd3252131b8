import Governance
import PostgresNIO

extension Register {
    /// Records a person's self-declared sex and ethnic group on a date (a new row: earlier
    /// declarations stay as history). Refused for someone who has objected.
    public func recordDiversity(
        personID: PersonID, on date: CalendarDate, sex: DeclaredSex, ethnicity: Ethnicity2021,
        collectedBy: CollectionMethod
    ) async throws -> Int64 {
        try await database.write { connection in
            let objection = try await connection.query(
                "SELECT objected_on FROM diversity_objections WHERE person_id = \(personID)", logger: logger
            ).collect(CalendarDate.self)
            if let date = objection.first {
                throw StoreError.invalid(
                    "person \(personID) objected on \(date.iso) to the use of their diversity data; "
                        + "nothing more is recorded for them")
            }
            return try await connection.query(
                """
                INSERT INTO diversity_declarations (person_id, recorded_on, sex, ethnicity, collected_by)
                VALUES (\(personID), \(date), \(sex), \(ethnicity), \(collectedBy.rawValue)) RETURNING declaration_id
                """, logger: logger
            ).collect(Int64.self)[0]
        }
    }

    /// A person's declarations, oldest first, and the date of any objection. After an objection
    /// the declarations are withheld (none are returned): the objection stops their use for
    /// anything but the fact of the objection, and the next retention run erases them. Only a
    /// subject access export (`personExport`) still shows what is held.
    public func diversity(personID: PersonID) async throws -> (declarations: [DiversityDeclaration], objectedOn: CalendarDate?) {
        try await database.read { connection in
            let objection = try await connection.query(
                "SELECT objected_on FROM diversity_objections WHERE person_id = \(personID)", logger: logger
            ).collect(CalendarDate.self).first
            if let objection { return ([], objection) }
            let declarations = try await connection.query(
                """
                SELECT declaration_id, person_id, recorded_on, sex, ethnicity, collected_by
                FROM diversity_declarations WHERE person_id = \(personID) ORDER BY recorded_on
                """, logger: logger
            ).collect((Int64, PersonID, CalendarDate, DeclaredSex, Ethnicity2021, String).self).map {
                DiversityDeclaration(
                    id: $0.0, personID: $0.1, recordedOn: $0.2, sex: $0.3, ethnicity: $0.4,
                    collectedBy: CollectionMethod(rawValue: $0.5) ?? .other)
            }
            return (declarations, nil)
        }
    }
}

extension Register {
    /// Records a written objection: from `date` the person's values count as unknown in every
    /// computation and report, and are withheld everywhere but a subject access export.
    public func recordObjection(personID: PersonID, on date: CalendarDate) async throws {
        try await database.write { connection in
            try await connection.query(
                "INSERT INTO diversity_objections (person_id, objected_on) VALUES (\(personID), \(date))", logger: logger)
        }
    }
}

/// Where an individual's declarations were read from, and what was read.
public enum DeclarationReadVia: String, Sendable { case cli, api, web }

extension Register {
    /// An individual's declarations read for `reason` (docs/data-protection.md): the read is
    /// recorded (who, when, why, through what; never the values) in the same transaction, so a
    /// read that is not recorded returns nothing. A blank reason is refused.
    public func readDeclarations(personID: PersonID, reason: String, via: DeclarationReadVia) async throws
        -> (declarations: [DiversityDeclaration], objectedOn: CalendarDate?)
    {
        try await inOneTransaction { register in
            _ = try await register.person(personID)
            try await register.recordDeclarationRead(personID: personID, reason: reason, via: via, what: "declarations")
            return try await register.diversity(personID: personID)
        }
    }

    /// Records that an individual's special category data was read (a subject access export, or
    /// the declarations themselves).
    public func recordDeclarationRead(personID: PersonID, reason: String, via: DeclarationReadVia, what: String) async throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw StoreError.invalid("reason: expected why this person's declarations are read (it is kept in the audit trail)")
        }
        try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO declaration_reads (person_id, reason, via, what)
                VALUES (\(personID), \(String(reason.prefix(1000))), \(via.rawValue), \(what))
                """, logger: logger)
        }
    }
}
