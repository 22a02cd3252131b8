import Governance
import Interchange
import Logging
import PostgresNIO

/// Imports a GIAS governance extract (docs/gias.md) into the register, all or nothing.
///
/// The file is streamed: each row is validated in Swift and sent to a temporary staging table
/// with COPY; checks that need the register (unknown schools, repeated records, overlaps) and
/// the updates themselves are set-based SQL over the staging table. Re-importing the same or a
/// newer file updates appointments by GID and date of appointment without duplicating them.
public struct GIASGovernanceImport: Sendable {
    let register: Register

    public init(register: Register) { self.register = register }

    static let stageColumns = [
        "line", "gid", "urn", "uid", "role_raw", "role", "title", "forename1", "forename2", "surname", "appointed",
        "appointed_raw", "term_end", "term_end_raw", "appointing_raw", "category", "ex_officio", "outside_reason",
    ]

    /// Imports the file at `path` (named `displayName` in messages).
    /// - Throws: `StoreError.importRefused` with one line naming file, line, field and what was
    ///   expected; the database is then exactly as it was.
    public func run(path: String, displayName: String, encoding: TextEncoding?, options: ImportOptions) async throws
        -> ImportReport
    {
        let reader: CSVReader
        do { reader = try CSVReader(path: path, displayName: displayName, encoding: encoding) } catch let error as CSVError {
            throw StoreError.importRefused(error.description)
        }
        guard let header = try Self.next(reader) else {
            throw StoreError.importRefused("\(displayName):1: the file is empty; expected the GIAS governance header")
        }
        let columns: [String: Int]
        switch GIASGovernanceHeader.columns(of: header.fields) {
        case .success(let found): columns = found
        case .failure(let problem): throw StoreError.importRefused("\(displayName):\(header.line): header: \(problem.sentence)")
        }
        let rejects = RejectsWriter(path: options.rejectsPath, header: header.fields)
        let sha = try FileDigest.sha256(path: path)
        let logger = register.logger
        var report = try await register.importing(dryRun: options.dryRun) { connection in
            var report = ImportReport(file: displayName, encoding: reader.encoding.rawValue)
            try await connection.query(
                """
                CREATE TEMP TABLE gias_stage (
                    line integer NOT NULL, gid bigint NOT NULL, urn integer NOT NULL, uid text, role_raw text NOT NULL,
                    role text, title text, forename1 text NOT NULL, forename2 text, surname text NOT NULL,
                    appointed date NOT NULL, appointed_raw text NOT NULL, term_end date, term_end_raw text,
                    appointing_raw text NOT NULL, category text, ex_officio boolean NOT NULL, outside_reason text,
                    body_id bigint, school_known boolean NOT NULL DEFAULT false, person_id bigint,
                    name_key text, existing_appointment bigint
                ) ON COMMIT DROP
                """, logger: logger)
            report.importRunID = try await connection.query(
                """
                INSERT INTO import_runs (kind, file_name, file_sha256, rows_read, inserted, updated, unchanged, rejected)
                VALUES ('gias_governance', \(displayName), \(sha), 0, 0, 0, 0, 0) RETURNING import_run_id
                """, logger: logger
            ).collect(Int64.self)[0]
            var clock = PhaseClock(report: options.timing)
            report.rowsRead = try await stream(reader, columns: columns, into: connection, rejects: rejects, options: options)
            clock.lap("read, validate and COPY")
            let checks = GIASGovernanceChecks(connection: connection, logger: logger, file: displayName)
            try await checks.resolveSchools()
            try await settle(try await checks.basicProblems(), checks: checks, rejects: rejects, options: options)
            clock.lap("schools and repeated records")
            var apply = GIASGovernanceApply(connection: connection, logger: logger, importRunID: report.importRunID)
            try await apply.resolvePeople(clock: &clock)
            try await settle(try await checks.overlapProblems(), checks: checks, rejects: rejects, options: options)
            clock.lap("overlaps")
            try await apply.write(into: &report, clock: &clock)
            report.rejected = rejects.count
            try await connection.query(
                """
                UPDATE import_runs SET rows_read = \(report.rowsRead), inserted = \(report.inserted),
                    updated = \(report.updated), unchanged = \(report.unchanged), rejected = \(report.rejected),
                    summary = \(Self.summaryJSON(report))::jsonb
                WHERE import_run_id = \(report.importRunID)
                """, logger: logger)
            return report
        }
        try rejects.close()
        if rejects.count > 0 { report.rejectsFile = options.rejectsPath }
        return report
    }

    /// Validates and copies every data row into the staging table; returns the number read.
    private func stream(
        _ reader: CSVReader, columns: [String: Int], into connection: PostgresConnection,
        rejects: RejectsWriter, options: ImportOptions
    ) async throws -> Int {
        var rows = 0
        try await connection.copyFrom(table: "gias_stage", columns: Self.stageColumns, logger: register.logger) { writer in
            var buffer = CopyTextBuffer()
            while let record = try Self.next(reader) {
                rows += 1
                switch Result(catching: { () throws(FieldProblem) in
                    try GIASGovernanceRecord(fields: record.fields, columns: columns, today: options.today)
                }) {
                case .success(let row):
                    buffer.append(Self.stageRow(row, line: record.line, fields: record.fields, columns: columns))
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

    /// Refuses the import on the first problem, or (with --skip-invalid) rejects the problem rows.
    private func settle(
        _ problems: [RowProblem], checks: GIASGovernanceChecks, rejects: RejectsWriter,
        options: ImportOptions
    ) async throws {
        guard !problems.isEmpty else { return }
        guard options.skipInvalid else { throw problems.refusal(file: checks.file) }
        let raw = try await checks.rawRows(lines: problems.map(\.line))
        for problem in problems.sorted(by: { $0.line < $1.line }) {
            var fields = raw[problem.line] ?? []
            // The variant header has "Companies House Number" (not staged) after UID.
            if rejects.header.count == fields.count + 1 { fields.insert("", at: 3) }
            try rejects.reject(fields, line: problem.line, reason: problem.sentence(file: checks.file))
        }
        try await checks.drop(lines: problems.map(\.line))
    }

    static func next(_ reader: CSVReader) throws -> CSVRecord? {
        do { return try reader.next() } catch let error as CSVError { throw StoreError.importRefused(error.description) }
    }

    static func stageRow(_ r: GIASGovernanceRecord, line: Int, fields: [String], columns: [String: Int]) -> [String?] {
        var role: String? = nil
        if case .governor(let office) = r.role { role = office.rawValue }
        var category: String? = nil
        var exOfficio = false
        var outside: String? = nil
        switch r.appointingBody {
        case .governor(let c, let flag):
            category = c.rawValue
            exOfficio = flag
        case .academyOnly: outside = "an academy trust appointment"
        case .interimExecutiveBoard: outside = "an interim executive board member"
        case .notApplicable: outside = "appointing body N/A"
        }
        if role == nil && outside == nil { outside = "a role that is not a governor (\(r.rawRole))" }
        func raw(_ name: String) -> String { columns[name].map { fields[$0] } ?? "" }
        return [
            String(line), String(r.gid), String(r.urn), r.uid, r.rawRole, role, r.title, r.forename1, r.forename2,
            r.surname, r.appointedOn.iso, raw("Date of appointment"), r.termEnd?.iso, raw("Date term of office ends/ended"),
            r.rawAppointingBody, category, exOfficio ? "t" : "f", outside,
        ]
    }

    static func summaryJSON(_ report: ImportReport) -> String {
        let outside = report.outside.sorted { $0.key < $1.key }
            .map { "\(JSONText.quote($0.key)): \($0.value)" }.joined(separator: ", ")
        return "{\"people_created\": \(report.peopleCreated), \"outside_register\": {\(outside)}, "
            + "\"questions\": \(report.questions.count), \"encoding\": \(JSONText.quote(report.encoding)), "
            + "\"changes\": [\(report.changes.map(JSONText.quote).joined(separator: ", "))]}"
    }
}
