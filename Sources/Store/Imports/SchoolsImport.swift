import Governance
import Interchange
import Logging
import PostgresNIO

/// Imports GIAS establishment data ("all establishment data" extract) into the register, all or
/// nothing: new schools are added, changed ones updated (audited), unknown local authorities
/// added, and every maintained school without a governing body gets one of its own, so that a
/// governance import right after lands on the right bodies.
public struct SchoolsImport: Sendable {
    let register: Register

    public init(register: Register) { self.register = register }

    static let stageColumns = [
        "line", "urn", "la_code", "la_name", "establishment_number", "name", "establishment_type", "category", "phase",
        "status", "open_date", "close_date", "ward",
    ]

    /// Imports the file at `path` (named `displayName` in messages).
    /// - Throws: `StoreError.importRefused` naming file, line, field and what was expected.
    public func run(path: String, displayName: String, encoding: TextEncoding?, options: ImportOptions) async throws
        -> ImportReport
    {
        let reader: CSVReader
        do { reader = try CSVReader(path: path, displayName: displayName, encoding: encoding) } catch let error as CSVError {
            throw StoreError.importRefused(error.description)
        }
        guard let header = try GIASGovernanceImport.next(reader) else {
            throw StoreError.importRefused("\(displayName):1: the file is empty; expected the GIAS establishment header")
        }
        let columns: [GIASEstablishmentField: Int]
        switch GIASEstablishmentField.columns(of: header.fields) {
        case .success(let found): columns = found
        case .failure(let problem):
            throw StoreError.importRefused(
                "\(displayName):\(header.line): header: expected a column named "
                    + "\"\(problem.expected ?? "")\" (GIAS establishment data), found none")
        }
        let rejects = RejectsWriter(path: options.rejectsPath, header: header.fields)
        let sha = try FileDigest.sha256(path: path)
        let logger = register.logger
        var report = try await register.importing(dryRun: options.dryRun) { connection in
            var report = ImportReport(file: displayName, encoding: reader.encoding.rawValue)
            try await connection.query(
                """
                CREATE TEMP TABLE schools_stage (
                    line integer NOT NULL, urn integer NOT NULL, la_code integer NOT NULL, la_name text NOT NULL,
                    establishment_number integer, name text NOT NULL, establishment_type text NOT NULL,
                    category text NOT NULL, phase text, status text, open_date date, close_date date, ward text
                ) ON COMMIT DROP
                """, logger: logger)
            report.rowsRead = try await stream(reader, columns: columns, into: connection, rejects: rejects, options: options)
            for check in [Self.duplicateURNs, Self.clashingNumbers] {
                let problems = try await connection.query(PostgresQuery(unsafeSQL: check), logger: logger)
                    .collect((Int, String, String, String).self)
                    .map { RowProblem(line: $0.0, field: $0.1, expected: $0.2, found: $0.3) }
                if problems.isEmpty { continue }
                guard options.skipInvalid else { throw problems.refusal(file: displayName) }
                for problem in problems {
                    try rejects.reject([String(problem.found)], line: problem.line, reason: problem.sentence(file: displayName))
                }
                try await connection.query(
                    "DELETE FROM schools_stage WHERE line = ANY(\(problems.map(\.line)))", logger: logger)
            }
            try await SchoolsApply(connection: connection, logger: logger).write(into: &report)
            report.rejected = rejects.count
            try await connection.query(
                """
                INSERT INTO import_runs (kind, file_name, file_sha256, rows_read, inserted, updated, unchanged, rejected, summary)
                VALUES ('gias_establishments', \(displayName), \(sha), \(report.rowsRead), \(report.inserted),
                        \(report.updated), \(report.unchanged), \(report.rejected),
                        jsonb_build_object('bodies_created', \(report.bodiesCreated), 'encoding', \(report.encoding),
                                           'changes', to_jsonb(\(report.changes)::text[])))
                RETURNING import_run_id
                """, logger: logger)
            return report
        }
        try rejects.close()
        if rejects.count > 0 { report.rejectsFile = options.rejectsPath }
        return report
    }

    /// Rows repeating an earlier row's URN.
    static let duplicateURNs = """
        SELECT line, 'URN', 'each URN once in the file (line ' || first || ' has it too)', urn::text
        FROM (SELECT line, urn, min(line) OVER (PARTITION BY urn) AS first FROM schools_stage) d
        WHERE line <> first ORDER BY 1
        """

    /// Open schools whose LA code and establishment number (LAESTAB) another open school has: an
    /// earlier row of the file, or a school in the register that the file does not mention.
    static let clashingNumbers = """
        SELECT s.line, 'EstablishmentNumber',
               'an establishment number no other open school in the LA has (line ' || min(o.line) || ' has it too)',
               s.establishment_number::text
        FROM schools_stage s JOIN schools_stage o
          ON o.la_code = s.la_code AND o.establishment_number = s.establishment_number AND o.urn <> s.urn
         AND o.line < s.line AND o.close_date IS NULL
        WHERE s.close_date IS NULL
        GROUP BY s.line, s.establishment_number
        UNION ALL
        SELECT s.line, 'EstablishmentNumber',
               'an establishment number no other open school in the LA has (school ' || min(e.urn) || ' in the register has it)',
               s.establishment_number::text
        FROM schools_stage s JOIN schools e
          ON e.la_code = s.la_code AND e.establishment_number = s.establishment_number AND e.urn <> s.urn
         AND e.close_date IS NULL
        WHERE s.close_date IS NULL AND NOT EXISTS (SELECT 1 FROM schools_stage x WHERE x.urn = e.urn)
        GROUP BY s.line, s.establishment_number
        ORDER BY 1
        """

    private func stream(
        _ reader: CSVReader, columns: [GIASEstablishmentField: Int], into connection: PostgresConnection,
        rejects: RejectsWriter, options: ImportOptions
    ) async throws -> Int {
        var rows = 0
        try await connection.copyFrom(table: "schools_stage", columns: Self.stageColumns, logger: register.logger) { writer in
            var buffer = CopyTextBuffer()
            while let record = try GIASGovernanceImport.next(reader) {
                rows += 1
                switch Result(catching: { () throws(FieldProblem) in
                    try GIASEstablishmentRecord(fields: record.fields, columns: columns)
                }) {
                case .success(let r):
                    buffer.append([
                        String(record.line), String(r.urn), String(r.laCode), r.laName, r.establishmentNumber.map(String.init),
                        r.name, r.type, r.category.rawValue, r.phase, r.status, r.openDate?.iso, r.closeDate?.iso, r.ward,
                    ])
                case .failure(let error):
                    let problem = RowProblem(line: record.line, field: error.field, expected: error.expected, found: error.found)
                    guard options.skipInvalid else { throw [problem].refusal(file: reader.displayName) }
                    try rejects.reject(record.fields, line: record.line, reason: problem.sentence(file: reader.displayName))
                }
                if buffer.isFull { try await writer.write(buffer.take()) }
                if rows % 50_000 == 0 { options.progress?(rows, reader.bytesRead, reader.fileSize) }
            }
            if !buffer.isEmpty { try await writer.write(buffer.take()) }
        }
        return rows
    }
}

/// The set-based SQL of a schools import.
struct SchoolsApply {
    let connection: PostgresConnection
    let logger: Logger

    /// A line per school the file opens, closes, converts (to an academy or another category) or
    /// renames, compared with the register before it is written.
    func itemisedChanges() async throws -> [String] {
        try await connection.query(
            """
            SELECT CASE
                     WHEN s.urn IS NULL THEN 'new school: ' || st.urn || ' ' || st.name || ' (' || replace(st.category, '_', ' ')
                          || coalesce(', opened ' || st.open_date, '') || ')'
                     WHEN st.close_date IS NOT NULL AND s.close_date IS NULL
                          THEN 'closed: ' || st.urn || ' ' || st.name || ' on ' || st.close_date
                     WHEN st.category <> s.category AND st.category IN ('academy', 'free_school')
                          THEN 'converted to an academy: ' || st.urn || ' ' || st.name || ' (was ' || replace(s.category, '_', ' ') || ')'
                     WHEN st.category <> s.category
                          THEN 'category changed: ' || st.urn || ' ' || st.name || ' from ' || replace(s.category, '_', ' ')
                               || ' to ' || replace(st.category, '_', ' ')
                     WHEN st.name <> s.name THEN 'renamed: ' || st.urn || ' ' || s.name || ' to ' || st.name
                   END
            FROM schools_stage st LEFT JOIN schools s USING (urn)
            WHERE s.urn IS NULL OR (st.close_date IS NOT NULL AND s.close_date IS NULL) OR st.category <> s.category
               OR st.name <> s.name
            ORDER BY st.line
            """, logger: logger
        ).collect(String.self)
    }

    func write(into report: inout ImportReport) async throws {
        try await connection.query(
            """
            INSERT INTO local_authorities (la_code, name)
            SELECT DISTINCT ON (la_code) la_code, la_name FROM schools_stage ORDER BY la_code, line
            ON CONFLICT (la_code) DO NOTHING
            """, logger: logger)
        report.changes += try await itemisedChanges()
        let counts = try await connection.query(
            """
            WITH upserted AS (
                INSERT INTO schools AS s (urn, la_code, establishment_number, name, phase, establishment_type, category,
                                          status, ward, open_date, close_date)
                SELECT urn, la_code, establishment_number, name, phase, establishment_type, category, status, ward,
                       open_date, close_date
                FROM schools_stage
                ON CONFLICT (urn) DO UPDATE SET
                    la_code = excluded.la_code, establishment_number = excluded.establishment_number,
                    name = excluded.name, phase = excluded.phase, establishment_type = excluded.establishment_type,
                    category = excluded.category, status = excluded.status, ward = coalesce(excluded.ward, s.ward),
                    open_date = excluded.open_date, close_date = excluded.close_date,
                    -- An officer records foundation status; it survives unless the school stops being a foundation school.
                    foundation_status = CASE WHEN excluded.category IN ('foundation', 'foundation_special')
                                             THEN s.foundation_status END
                WHERE (s.la_code, s.establishment_number, s.name, s.phase, s.establishment_type, s.category, s.status,
                       s.open_date, s.close_date)
                      IS DISTINCT FROM
                      (excluded.la_code, excluded.establishment_number, excluded.name, excluded.phase,
                       excluded.establishment_type, excluded.category, excluded.status, excluded.open_date, excluded.close_date)
                   OR (excluded.ward IS NOT NULL AND excluded.ward IS DISTINCT FROM s.ward)
                RETURNING (xmax = 0) AS inserted)
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted),
                   (SELECT count(*) FROM schools_stage)
            FROM upserted
            """, logger: logger
        ).collect((Int, Int, Int).self)[0]
        report.inserted = counts.0
        report.updated = counts.1
        report.unchanged = counts.2 - counts.0 - counts.1
        // A maintained school that has never had a body gets one of its own, named after it.
        // Bodies, then their links, in separate statements: row-level security checks each link
        // against its body, and a statement does not see rows it inserted itself.
        try await connection.query(
            """
            CREATE TEMP TABLE needing_bodies ON COMMIT DROP AS
            SELECT nextval(pg_get_serial_sequence('governing_bodies', 'body_id')) AS body_id, s.urn, s.la_code,
                   s.name, s.open_date
            FROM schools s JOIN schools_stage st USING (urn)
            WHERE s.category IN ('community','community_special','maintained_nursery','foundation','foundation_special',
                                 'voluntary_aided','voluntary_controlled')
              AND s.close_date IS NULL
              AND NOT EXISTS (SELECT 1 FROM body_schools bs WHERE bs.urn = s.urn)
            """, logger: logger)
        try await connection.query(
            """
            INSERT INTO governing_bodies (body_id, la_code, name, formed_on) OVERRIDING SYSTEM VALUE
            SELECT body_id, la_code, name || ' governing body', open_date FROM needing_bodies
            """, logger: logger)
        let created = try await connection.query(
            """
            INSERT INTO body_schools (body_id, urn, joined_on)
            SELECT body_id, urn, open_date FROM needing_bodies RETURNING body_id
            """, logger: logger
        ).collect(BodyID.self)
        report.bodiesCreated = created.count
        let outside = try await connection.query(
            """
            SELECT count(*) FROM schools_stage WHERE category NOT IN ('community','community_special','maintained_nursery',
                'foundation','foundation_special','voluntary_aided','voluntary_controlled')
            """, logger: logger
        ).collect(Int.self)[0]
        if outside > 0 { report.outside["not a maintained school (recorded, no governing body)"] = outside }
    }
}
