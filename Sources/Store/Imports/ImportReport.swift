import Governance
import PostgresNIO

/// What an import did, for the command to print and the import log to keep.
public struct ImportReport: Sendable, Codable, Equatable {
    public var importRunID: Int64 = 0
    public var file: String
    public var encoding: String
    public var rowsRead = 0
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    public var rejected = 0
    /// Rows read but outside the register, counted by reason (e.g. academy trust roles).
    public var outside: [String: Int] = [:]
    /// People created, for governance imports.
    public var peopleCreated = 0
    /// Governing bodies created, for establishment imports.
    public var bodiesCreated = 0
    /// Groups of records an officer should look at (ambiguous identities), as sentences.
    public var questions: [String] = []
    /// Other things worth saying (e.g. governors recorded from GIAS who are not in this file).
    public var notes: [String] = []
    /// What the file changes, a line per record, for an officer to review before applying a newer
    /// extract: new and changed appointments, possible leavers, schools opened, closed or
    /// converted. People are named by their ids and GIAS GIDs, never by name (the report is kept
    /// with the import run).
    public var changes: [String] = []
    /// Where the rejected rows were written, when any were.
    public var rejectsFile: String?
    /// A dry run: everything above is what the file would do; nothing was written.
    public var dryRun = false

    public init(file: String, encoding: String) {
        self.file = file
        self.encoding = encoding
    }
}

/// How an import runs.
public struct ImportOptions: Sendable {
    /// Import the good rows and write the bad ones, with reasons, to `rejectsPath`.
    public var skipInvalid: Bool
    public var rejectsPath: String
    /// Dates after this are refused (GIAS: appointment dates are not in the future).
    public var today: Governance.CalendarDate
    /// Called now and then with (rows read, bytes read, file size) on long files.
    public var progress: (@Sendable (Int, Int, Int) -> Void)?
    /// Called after each phase with its name and seconds taken (for benchmarks).
    public var timing: (@Sendable (String, Double) -> Void)?
    /// Do everything but keep nothing: the import runs in its transaction, which is then rolled
    /// back, so the report says what the file would change (for reviewing a newer extract).
    public var dryRun = false

    public init(
        skipInvalid: Bool, rejectsPath: String, today: Governance.CalendarDate,
        progress: (@Sendable (Int, Int, Int) -> Void)? = nil
    ) {
        self.skipInvalid = skipInvalid
        self.rejectsPath = rejectsPath
        self.today = today
        self.progress = progress
    }
}

/// Ends an import's transaction without keeping it: thrown with the report by a dry run, whose
/// rollback is the point.
struct DryRunFinished: Error {
    var report: ImportReport
}

extension Register {
    /// Runs an import's write, or with `dryRun` runs it and rolls it back; answers its report
    /// either way (marked as a dry run).
    func importing(dryRun: Bool, _ body: (PostgresConnection) async throws -> ImportReport) async throws
        -> ImportReport
    {
        do {
            return try await database.write { connection in
                let report = try await body(connection)
                if dryRun { throw DryRunFinished(report: report) }
                return report
            }
        } catch let finished as DryRunFinished {
            var report = finished.report
            report.dryRun = true
            return report
        }
    }
}
