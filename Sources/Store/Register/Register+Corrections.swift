import Governance
import Logging
import PostgresNIO

// Voids, corrections and histories, written once for every kind of record (docs/corrections.md).
// Table and column names come from the fixed tables below and PostgreSQL's own catalogue, never
// from input; values are always bound.

extension CorrectableRecord {
    /// The table holding this kind of record.
    var table: String {
        switch self {
        case .appointment: "appointments"
        case .person: "people"
        case .vacancy: "vacancies"
        case .instrument: "instruments"
        case .training: "training_records"
        case .stage: "reconstitution_stages"
        case .declaration: "diversity_declarations"
        case .dbsCheck: "dbs_checks"
        case .review: "chair_reviews"
        case .recruitment: "headteacher_recruitments"
        case .policy: "succession_policies"
        case .recruitmentStage: "recruitment_stages"
        case .panelMember: "recruitment_panel_members"
        case .panelConfirmation: "panel_confirmations"
        case .candidate: "candidates"
        case .candidateStage: "candidate_stages"
        }
    }

    /// Its primary key column.
    var key: String {
        switch self {
        case .appointment: "appointment_id"
        case .person: "person_id"
        case .vacancy: "vacancy_id"
        case .instrument: "instrument_id"
        case .training: "training_record_id"
        case .stage: "reconstitution_stage_id"
        case .declaration: "declaration_id"
        case .dbsCheck: "dbs_check_id"
        case .review: "chair_review_id"
        case .recruitment: "headteacher_recruitment_id"
        case .policy: "succession_policy_id"
        case .recruitmentStage: "recruitment_stage_id"
        case .panelMember: "recruitment_panel_member_id"
        case .panelConfirmation: "panel_confirmation_id"
        case .candidate: "candidate_id"
        case .candidateStage: "candidate_stage_id"
        }
    }

    /// Columns a history never shows: special category data stays in `diversity show`, and
    /// the name key is derived.
    var hiddenInHistory: [String] {
        switch self {
        case .declaration: ["sex", "ethnicity", "void_reason"]
        case .person: ["name_key"]
        default: []
        }
    }
}

extension Register {
    /// Voids a record: it stays, with who voided it, when and why, and drops out of every
    /// computation and listing. Voiding an appointment that filled a vacancy opens the vacancy
    /// again (a corrected version of it, unfilled); returns those vacancies.
    @discardableResult
    public func void(_ kind: CorrectableRecord, id: Int64, reason: String) async throws -> [VacancyID] {
        let reason = try Self.checkedReason(reason)
        return try await database.write { connection in
            try await Self.seeingVoid(connection, logger: logger) {
                try await voidRow(kind, id: id, reason: reason, replacedBy: nil, on: connection)
                guard kind == .appointment else { return [] }
                var reopened: [VacancyID] = []
                let filled = try await connection.query(
                    "SELECT vacancy_id FROM vacancies WHERE filled_by_appointment_id = \(id) AND voided_at IS NULL",
                    logger: logger
                ).collect(Int64.self)
                for vacancy in filled {
                    var unfill = Correction()
                    unfill.set(.filledBy, nil as String?)
                    unfill.set(.filledOn, nil as String?)
                    let why = "the appointment that filled it, \(AppointmentID(id).labelled), was voided: \(reason)"
                    _ = try await correctRow(.vacancy, id: vacancy, with: unfill, reason: why, on: connection)
                    reopened.append(VacancyID(vacancy))
                }
                return reopened
            }
        }
    }

    /// Corrects a record: the old version is voided with the reason and a new one, the old with
    /// `correction`'s changes, takes its place. What pointed at an appointment (the vacancy it
    /// filled, a surplus departure, a chair's review) points at the new version, and a person's
    /// records move to the corrected person. Returns the new version's id.
    public func correct(_ kind: CorrectableRecord, id: Int64, with correction: Correction, reason: String) async throws
        -> Int64
    {
        let reason = try Self.checkedReason(reason)
        guard !correction.isEmpty else { throw StoreError.invalid("a correction needs at least one field to change") }
        if let field = correction.changes.keys.first(where: { !kind.correctableFields.contains($0) }) {
            throw StoreError.invalid("a \(kind.noun) has no field \(field.rawValue) to correct")
        }
        return try await database.write { connection in
            let new = try await Self.seeingVoid(connection, logger: logger) {
                let new = try await correctRow(kind, id: id, with: correction, reason: reason, on: connection)
                if kind == .instrument {
                    // The seats are part of the instrument: the new version has the same.
                    try await connection.query(
                        """
                        INSERT INTO instrument_seats (instrument_id, category, seats, term_years)
                        SELECT \(new), category, seats, term_years FROM instrument_seats WHERE instrument_id = \(id)
                        """, logger: logger)
                }
                return new
            }
            switch kind {
            case .appointment:
                for statement: PostgresQuery in [
                    "UPDATE vacancies SET filled_by_appointment_id = \(new) WHERE filled_by_appointment_id = \(id)",
                    "UPDATE surplus_departures SET appointment_id = \(new) WHERE appointment_id = \(id)",
                    "UPDATE chair_reviews SET chair_appointment_id = \(new) WHERE chair_appointment_id = \(id)",
                    "UPDATE recruitment_panel_members SET appointment_id = \(new) WHERE appointment_id = \(id)",
                ] {
                    try await connection.query(statement, logger: logger)
                }
            case .person:
                // A person's records belong to whichever version is in force.
                var moved = PersonMerge()
                try await movePersonRecords(from: PersonID(id), to: PersonID(new), into: &moved, on: connection)
            default:
                break
            }
            return new
        }
    }

    /// Every version of a record, oldest first: the versions it corrected, itself, and those
    /// that corrected it, each with who entered it and when, and, once voided, who, when and why.
    public func history(_ kind: CorrectableRecord, id: Int64) async throws -> [RecordVersion] {
        try await database.includingVoid().read { connection in
            let table = kind.table
            let key = kind.key
            let hidden = ["voided_at", "voided_by", "void_reason", "replaced_by"] + kind.hiddenInHistory
            let hiddenList = hidden.map { "'\($0)'" }.joined(separator: ", ")
            var bindings = PostgresBindings()
            bindings.append(id)
            bindings.append(table)
            let sql = """
                WITH RECURSIVE earlier(id) AS (
                    SELECT \(key) FROM \(table) WHERE \(key) = $1
                    UNION SELECT t.\(key) FROM \(table) t JOIN earlier e ON t.replaced_by = e.id),
                later(id) AS (
                    SELECT $1::bigint
                    UNION SELECT t.replaced_by FROM \(table) t JOIN later l ON t.\(key) = l.id WHERE t.replaced_by IS NOT NULL),
                chain AS (SELECT id FROM earlier UNION SELECT id FROM later)
                SELECT t.\(key), to_char(entered.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), entered.actor,
                       to_char(t.voided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), t.voided_by,
                       \(kind == .declaration ? "CASE WHEN t.voided_at IS NULL THEN NULL ELSE '(kept with the declaration)' END" : "t.void_reason"),
                       t.replaced_by, (to_jsonb(t) - ARRAY[\(hiddenList), '\(key)'])::text
                FROM \(table) t JOIN chain c ON c.id = t.\(key)
                LEFT JOIN LATERAL (
                    SELECT occurred_at, actor FROM audit_log
                    WHERE table_name = $2 AND row_key = t.\(key)::text AND operation = 'insert'
                    ORDER BY audit_id LIMIT 1) entered ON true
                ORDER BY t.\(key)
                """
            let versions = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
                .collect((Int64, String?, String?, String?, String?, String?, Int64?, String).self)
                .map {
                    RecordVersion(
                        id: $0.0, enteredAt: $0.1, enteredBy: $0.2, voidedAt: $0.3, voidedBy: $0.4, voidReason: $0.5,
                        replacedBy: $0.6, fields: $0.7)
                }
            guard !versions.isEmpty else { throw StoreError.notFound("no \(kind.noun) \(kind.label(id))") }
            return versions
        }
    }

    // MARK: - The steps, on one transaction's connection

    /// Runs `body` with voided rows visible in this transaction (the void itself and the copy of
    /// a voided version need them), hiding them again before the transaction goes on.
    static func seeingVoid<Result>(
        _ connection: PostgresConnection, logger: Logger, _ body: () async throws -> Result
    ) async throws -> Result {
        try await connection.query("SELECT set_config('govmon.include_void', 'on', true)", logger: logger)
        let result = try await body()
        try await connection.query("SELECT set_config('govmon.include_void', '', true)", logger: logger)
        return result
    }

    /// Marks one row void; refuses a row already void, or one this handle cannot see.
    func voidRow(
        _ kind: CorrectableRecord, id: Int64, reason: String, replacedBy: Int64?, on connection: PostgresConnection
    ) async throws {
        var bindings = PostgresBindings()
        bindings.append(reason)
        try bindings.appendOptional(replacedBy)
        bindings.append(id)
        let sql = """
            UPDATE \(kind.table) SET voided_at = now(), voided_by = govmon_actor(), void_reason = $1, replaced_by = $2
            WHERE \(kind.key) = $3 AND voided_at IS NULL RETURNING 1
            """
        let changed = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
            .collect(Int.self).count
        guard changed == 0 else { return }
        var lookup = PostgresBindings()
        lookup.append(id)
        let state = try await connection.query(
            PostgresQuery(
                unsafeSQL: "SELECT replaced_by FROM \(kind.table) WHERE \(kind.key) = $1 AND voided_at IS NOT NULL",
                binds: lookup), logger: logger
        ).collect(Int64?.self)
        guard let replacement = state.first else { throw StoreError.notFound("no \(kind.noun) \(kind.label(id))") }
        if let replacement {
            throw StoreError.conflict(
                "\(kind.noun) \(kind.label(id)) was already corrected: \(kind.label(replacement)) replaced it")
        }
        throw StoreError.conflict("\(kind.noun) \(kind.label(id)) is already void")
    }

    /// Voids a row and adds its corrected copy; returns the copy's id.
    func correctRow(
        _ kind: CorrectableRecord, id: Int64, with correction: Correction, reason: String, on connection: PostgresConnection
    ) async throws -> Int64 {
        // Void first: the copy may repeat what made the old version unique (sql/0012).
        try await voidRow(kind, id: id, reason: reason, replacedBy: nil, on: connection)
        let columns = try await copiedColumns(of: kind, on: connection)
        var bindings = PostgresBindings()
        bindings.append(id)
        var selected: [String] = []
        for (name, type) in columns {
            if let field = CorrectableField(rawValue: name), let value = correction.changes[field] {
                try bindings.appendOptional(value)
                selected.append("CAST($\(bindings.count) AS \(type))")
            } else {
                selected.append("\"\(name)\"")
            }
        }
        let names = columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let insert = """
            INSERT INTO \(kind.table) (\(names)) SELECT \(selected.joined(separator: ", "))
            FROM \(kind.table) WHERE \(kind.key) = $1 RETURNING \(kind.key)
            """
        let new = try await connection.query(PostgresQuery(unsafeSQL: insert, binds: bindings), logger: logger)
            .collect(Int64.self)[0]
        var link = PostgresBindings()
        link.append(new)
        link.append(id)
        try await connection.query(
            PostgresQuery(unsafeSQL: "UPDATE \(kind.table) SET replaced_by = $1 WHERE \(kind.key) = $2", binds: link),
            logger: logger)
        return new
    }

    /// The columns a corrected copy carries over: all but the key, generated columns and the
    /// void's own, with their types (from PostgreSQL's catalogue).
    private func copiedColumns(of kind: CorrectableRecord, on connection: PostgresConnection) async throws
        -> [(name: String, type: String)]
    {
        try await connection.query(
            """
            SELECT attname::text, format_type(atttypid, atttypmod) FROM pg_attribute
            WHERE attrelid = to_regclass(\(kind.table)) AND attnum > 0 AND NOT attisdropped
              AND attidentity = '' AND attgenerated = ''
              AND attname NOT IN ('voided_at', 'voided_by', 'void_reason', 'replaced_by')
            ORDER BY attnum
            """, logger: logger
        ).collect((String, String).self).map { (name: $0.0, type: $0.1) }
    }

    /// A reason with its white space tidied; refuses a blank one.
    static func checkedReason(_ reason: String) throws -> String {
        let tidy = NameText.normalized(reason)
        guard !tidy.isEmpty else { throw StoreError.invalid("--reason: expected why, found nothing") }
        return tidy
    }
}

extension PostgresBindings {
    /// Appends a value, or NULL for nil.
    mutating func appendOptional<Value: PostgresEncodable>(_ value: Value?) throws {
        if let value { try append(value) } else { appendNull() }
    }
}

extension Register {
    /// Which of `ids` are void: listings with `--include-void` mark them.
    public func voided(_ kind: CorrectableRecord, among ids: [Int64]) async throws -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        return try await database.includingVoid().read { connection in
            var bindings = PostgresBindings()
            bindings.append(ids)
            let sql = "SELECT \(kind.key) FROM \(kind.table) WHERE \(kind.key) = ANY($1) AND voided_at IS NOT NULL"
            return Set(
                try await connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).collect(Int64.self))
        }
    }
}
