import Governance
import PostgresNIO

extension Register {
    /// Merges two records of one person (the identity questions an import asks): `other`'s
    /// appointments, training, declarations, DBS records and objection move to `keep`, and
    /// `other` is voided with the reason, replaced by `keep`. Records `keep` already has (the
    /// same course on the same day, a declaration or DBS application on the same date) are
    /// voided as duplicates instead of moved. Appointments of both on one body for overlapping
    /// dates refuse the merge (one of them is a mistake to correct first).
    public func mergePeople(keep: PersonID, other: PersonID, reason: String) async throws -> PersonMerge {
        let reason = try Self.checkedReason(reason)
        guard keep != other else { throw StoreError.invalid("a person cannot be merged with themselves") }
        return try await database.write { connection in
            let present = try await connection.query(
                "SELECT person_id FROM people WHERE person_id IN (\(keep), \(other))", logger: logger
            ).collect(PersonID.self)
            for id in [keep, other] where !present.contains(id) {
                throw StoreError.notFound("no person \(id.labelled)")
            }
            let why = "duplicate of \(keep.labelled)'s record, on merging \(other.labelled) into \(keep.labelled): \(reason)"
            var merge = PersonMerge()
            // Marking a row void needs voided rows visible (sql/0012), so each side says "in force".
            merge.duplicatesVoided = try await Self.seeingVoid(connection, logger: logger) {
                try await count(
                    """
                    WITH training AS (
                        UPDATE training_records o SET voided_at = now(), voided_by = govmon_actor(), void_reason = \(why)
                        WHERE o.person_id = \(other) AND o.voided_at IS NULL AND EXISTS (
                            SELECT 1 FROM training_records k
                            WHERE k.person_id = \(keep) AND k.voided_at IS NULL AND k.course_id = o.course_id AND k.completed_on = o.completed_on)
                        RETURNING 1),
                    declarations AS (
                        UPDATE diversity_declarations o SET voided_at = now(), voided_by = govmon_actor(), void_reason = \(why)
                        WHERE o.person_id = \(other) AND o.voided_at IS NULL AND EXISTS (
                            SELECT 1 FROM diversity_declarations k WHERE k.person_id = \(keep) AND k.voided_at IS NULL AND k.recorded_on = o.recorded_on)
                        RETURNING 1),
                    dbs AS (
                        UPDATE dbs_checks o SET voided_at = now(), voided_by = govmon_actor(), void_reason = \(why)
                        WHERE o.person_id = \(other) AND o.voided_at IS NULL AND EXISTS (
                            SELECT 1 FROM dbs_checks k WHERE k.person_id = \(keep) AND k.voided_at IS NULL AND k.applied_on = o.applied_on)
                        RETURNING 1)
                    SELECT (SELECT count(*) FROM training) + (SELECT count(*) FROM declarations) + (SELECT count(*) FROM dbs)
                    """, on: connection)
            }
            try await movePersonRecords(from: other, to: keep, into: &merge, on: connection)
            merge.questionsResolved = try await count(
                """
                WITH answered AS (
                    UPDATE identity_questions SET resolved_on = current_date,
                        resolution = \("merged \(other.labelled) into \(keep.labelled): \(reason)")
                    WHERE person_ids @> ARRAY[\(keep), \(other)]::bigint[] AND resolved_on IS NULL RETURNING 1)
                SELECT count(*) FROM answered
                """, on: connection)
            try await Self.seeingVoid(connection, logger: logger) {
                try await voidRow(.person, id: other.rawValue, reason: reason, replacedBy: keep.rawValue, on: connection)
            }
            return merge
        }
    }

    /// Moves a person's records in force (appointments, training, declarations, DBS records,
    /// objection) to another person: a merge, or a corrected name's new version.
    func movePersonRecords(from: PersonID, to: PersonID, into moved: inout PersonMerge, on connection: PostgresConnection)
        async throws
    {
        moved.appointments = try await count(
            "WITH moved AS (UPDATE appointments SET person_id = \(to) WHERE person_id = \(from) RETURNING 1) SELECT count(*) FROM moved",
            on: connection)
        moved.trainingRecords = try await count(
            "WITH moved AS (UPDATE training_records SET person_id = \(to) WHERE person_id = \(from) RETURNING 1) SELECT count(*) FROM moved",
            on: connection)
        moved.declarations = try await count(
            "WITH moved AS (UPDATE diversity_declarations SET person_id = \(to) WHERE person_id = \(from) RETURNING 1) SELECT count(*) FROM moved",
            on: connection)
        moved.dbsChecks = try await count(
            "WITH moved AS (UPDATE dbs_checks SET person_id = \(to) WHERE person_id = \(from) RETURNING 1) SELECT count(*) FROM moved",
            on: connection)
        // One objection per person: the earlier date holds for the record kept.
        try await connection.query(
            """
            UPDATE diversity_objections k SET objected_on = o.objected_on
            FROM diversity_objections o
            WHERE k.person_id = \(to) AND o.person_id = \(from) AND o.objected_on < k.objected_on
            """, logger: logger)
        try await connection.query(
            """
            UPDATE diversity_objections SET person_id = \(to)
            WHERE person_id = \(from) AND NOT EXISTS (SELECT 1 FROM diversity_objections WHERE person_id = \(to))
            """, logger: logger)
    }
}
